/**
 * Markdown edition → document model.
 *
 * In: the text of a PDF-to-markdown conversion, as the converters people use write it: ATX headings
 * (with or without `{#id}` attributes), paragraphs wrapped or not, `- ` lists, footnotes as
 * `<sup>N</sup> text`, `[^N]: text` or `^N^ text` lines, and tables in three forms —
 * tab-separated lines whose cells hold HTML; GitHub pipe tables (`| a | b |` with a `| --- |`
 * separator row, cell paragraphs and list items joined by `<br>`, `\|` for a pipe); and embedded HTML
 * `<table>` blocks (pandoc's output when cells hold lists).
 * Out: `DocumentModel` blocks, each with its 1-based source line. Inline markdown (`**b**`, `*i*`,
 * links, escapes, footnote references) is turned into HTML first, and every table form reaches the
 * same cell reader (html-fragment.ts), so the three forms give the same model.
 */
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import type { Block, DocumentModel, FootnoteBlock, ListItem, TableRow } from '../model/document';
import { foldQuotes } from '../model/quotes';
import { contentText, normalizeSpace, parseCell, parseHtmlFragment, sanitizeTree, tableRows } from './html-fragment';

/** Footnote definition lines: `<sup>12</sup> text`, `[^12]: text`, `^12^ text`. */
const FOOTNOTE_FORMS = [/^<sup>(\d{1,3})<\/sup>\s*(.*)$/, /^\[\^(\d{1,3})\]:\s*(.*)$/, /^\^(\d{1,3})\^\s*(.*)$/];
const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_SEPARATOR = /^\s*\|?(\s*:?-{2,}:?\s*\|)+(\s*:?-{2,}:?\s*)?\|?\s*$/;
/** A bullet that opens a list item inside a pipe-table cell (`N)` is an action number, not a list). */
const CELL_BULLET = /^[•·▪◦‣–\-*+]\s+/;

function footnoteStart(line: string): { n: number; rest: string } | null {
  for (const form of FOOTNOTE_FORMS) {
    const m = form.exec(line);
    if (m) return { n: Number(m[1]), rest: m[2] ?? '' };
  }
  return null;
}
const LIST_ITEM = /^(\s*)([-*+]|\d{1,3}[.)])\s+(.*)$/;
const URL_IN_TEXT = /https?:\/\/[^\s<>()"']+[^\s<>()"'.,;:]/g;

/** Markdown inline syntax → HTML, so that one parser handles prose and table cells alike. */
export function inlineMarkdownToHtml(line: string): string {
  return (
    line
      // Footnote references as converters write them: [^12] and ^12^.
      .replace(/\[\^(\d{1,3})\]/g, '<sup>$1</sup>')
      .replace(/\^(\d{1,3})\^/g, '<sup>$1</sup>')
      // Autolinks <https://…> would otherwise parse as tags.
      .replace(/<(https?:\/\/[^>\s]+)>/g, (_m, url: string) => `<a href="${url}">${url}</a>`)
      .replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, (_m, text: string, url: string) => `<a href="${url}">${text}</a>`)
      .replace(/(^|[^\\*])\*\*(?=\S)(.+?)\*\*/g, '$1<b>$2</b>')
      .replace(/(^|[^\\*\w])\*(?=\S)([^*]+?)\*(?!\w)/g, '$1<i>$2</i>')
      // Backslash escapes (CommonMark: any ASCII punctuation; some conversions escape twice): the
      // document means the bare character. `<`, `>` and `&` stay text, never markup.
      .replace(/\\+([<>&])/g, (_m, c: string) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c] ?? c)
      .replace(/\\+([!-%'-/:;=?@[\]^_`{|}~])/g, '$1')
  );
}

function linkTargets(html: string): string[] {
  const urls: string[] = [];
  for (const m of html.matchAll(/href="([^"]+)"/g)) if (m[1]) urls.push(m[1]);
  const withoutTags = html.replace(/<[^>]*>/g, ' ');
  for (const m of withoutTags.matchAll(URL_IN_TEXT)) urls.push(m[0]);
  return [...new Set(urls)];
}

interface LineRange {
  start: number;
  lines: string[];
}

function headingBlock(level: number, raw: string, line: number): Block {
  return { kind: 'heading', level, text: contentText(parseHtmlFragment(inlineMarkdownToHtml(raw))), source: { line } };
}

function footnoteBlock(n: number, raw: string, line: number): FootnoteBlock {
  const html = inlineMarkdownToHtml(raw);
  return { kind: 'footnote', n, text: contentText(parseHtmlFragment(html)), urls: linkTargets(html), source: { line } };
}

function paragraphBlocks(range: LineRange): Block[] {
  const html = inlineMarkdownToHtml(range.lines.map((l) => l.trim()).join(' '));
  const blocks = parseHtmlFragment(html);
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.kind === 'text') out.push({ ...b, kind: 'paragraph', source: { line: range.start } });
    else out.push({ ...b, source: { line: range.start } });
  }
  return out;
}

function listBlock(range: LineRange): Block {
  const items: ListItem[] = [];
  const indents: number[] = [];
  let ordered = true;
  range.lines.forEach((raw, offset) => {
    const m = LIST_ITEM.exec(raw);
    if (!m) {
      // A wrapped item: the line carries on the item above.
      const last = items[items.length - 1];
      if (last) last.text = normalizeSpace(`${last.text} ${contentText(parseHtmlFragment(inlineMarkdownToHtml(raw)))}`);
      return;
    }
    const [, indent = '', marker = '', body = ''] = m;
    if (!/^\d/.test(marker)) ordered = false;
    const content = parseHtmlFragment(inlineMarkdownToHtml(body));
    const refs = content.flatMap((c) => (c.kind === 'text' ? (c.footnoteRefs ?? []) : []));
    // Depth by how many shallower indents stand open above (2 or 4 spaces per level alike).
    const width = indent.replace(/\t/g, '    ').length;
    while (indents.length > 0 && (indents[indents.length - 1] as number) >= width) indents.pop();
    const item: ListItem = { text: contentText(content), depth: indents.length };
    if (/^\d/.test(marker)) item.marker = marker;
    indents.push(width);
    if (refs.length > 0) item.footnoteRefs = refs;
    item.source = { line: range.start + offset };
    items.push(item);
  });
  return { kind: 'list', ordered, items, source: { line: range.start } };
}

/** Tab-separated lines whose cells hold HTML. */
function tabTableBlock(range: LineRange): Block {
  return {
    kind: 'table',
    source: { line: range.start },
    rows: range.lines.map((raw, i) => ({
      // (An empty cell is read without the HTML parser: a row of 400,000 tabs stays cheap.)
      cells: raw.split('\t').map((cell, column) => (cell.trim() === '' ? { text: '', blocks: [], column } : { ...parseCell(inlineMarkdownToHtml(cell)), column })),
      source: { line: range.start + i },
    })),
  };
}

/**
 * The cells of one pipe-table row: split at pipes that are not escaped (`\|` is a pipe in the
 * text). `outer`: the table is written with outer pipes, so a leading pipe opens the row rather
 * than ending an empty first cell.
 */
export function pipeCells(line: string, outer = true): string[] {
  const cells: string[] = [];
  let current = '';
  const body = outer ? line.trim().replace(/^\|/, '') : line.trim();
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c === '\\' && body[i + 1] === '|') {
      current += '|';
      i++;
    } else if (c === '|') {
      cells.push(current.trim());
      current = '';
    } else current += c;
  }
  if (current.trim() !== '') cells.push(current.trim());
  return cells;
}

/**
 * A pipe-table cell → the HTML of the same cell in the tab form: `<br>` separates paragraphs, and
 * lines that open with a bullet are list items (`◦` one level down), so that the one cell reader
 * gives the same paragraphs and lists whichever way the converter wrote them.
 */
export function pipeCellHtml(cell: string): string {
  let html = '';
  let list = false;
  for (const raw of cell.split(/<br\s*\/?>/i)) {
    const part = raw.trim();
    if (CELL_BULLET.test(part)) {
      if (!list) html += '<ul>';
      list = true;
      const text = part.replace(CELL_BULLET, '');
      html += part.startsWith('◦') ? `<li><ul><li>${text}</li></ul></li>` : `<li>${text}</li>`;
      continue;
    }
    if (list) html += '</ul>';
    list = false;
    if (part !== '') html += `<p>${part}</p>`;
  }
  return inlineMarkdownToHtml(list ? `${html}</ul>` : html);
}

/** A GitHub pipe table; its separator row (`| --- |`) is not a row of the document. */
function pipeTableBlock(range: LineRange): Block {
  const rows: TableRow[] = [];
  const outer = range.lines.some((l) => PIPE_SEPARATOR.test(l) && l.trim().startsWith('|')) || range.lines.every((l) => l.trim().startsWith('|'));
  range.lines.forEach((raw, i) => {
    if (PIPE_SEPARATOR.test(raw)) return;
    rows.push({ cells: pipeCells(raw, outer).map((cell, column) => ({ ...parseCell(pipeCellHtml(cell)), column })), source: { line: range.start + i } });
  });
  return { kind: 'table', source: { line: range.start }, rows };
}

/** An embedded HTML `<table>` block, read by the HTML loader's cell reader; rows keep their line. */
function htmlTableBlock(range: LineRange): Block {
  const html = range.lines.join('\n');
  const roots = parseDocument(html, { decodeEntities: true, withStartIndices: true }).children;
  sanitizeTree(roots);
  const lineStarts = [0];
  for (let i = 0; i < html.length; i++) if (html[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return range.start + lo;
  };
  const tables = roots.filter((n): n is Element => n.type === 'tag' && (n as Element).name === 'table');
  const rows = tables.flatMap((t) => tableRows(t, (el) => ({ line: lineOf(el.startIndex ?? 0) })));
  return { kind: 'table', source: { line: range.start }, rows };
}

/**
 * An ATX heading `## Text ##` → its level and text. Written without a regex whose lazy and
 * optional parts could backtrack over a long line: one pass from each end.
 */
export function parseHeading(line: string): { level: number; text: string } | null {
  let level = 0;
  while (level < line.length && line[level] === '#') level++;
  if (level === 0 || level > 6 || !/\s/.test(line[level] ?? '')) return null;
  let text = line.slice(level).trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  // A closing run of # counts only after white space (`# C#` keeps its #).
  if (end < text.length && (end === 0 || /\s/.test(text[end - 1] ?? ''))) text = text.slice(0, end).trimEnd();
  return { level, text };
}

type PendingKind = 'paragraph' | 'list' | 'tab-table' | 'pipe-table' | 'html-table' | 'footnote';
type Pending = { kind: PendingKind; range: LineRange };

/** The rule line of a grid table (pandoc's `-t markdown` for complex cells): not read as a table. */
const GRID_TABLE_RULE = /^\s*\+(?:[-=:]{3,}\+)+\s*$/;

/** A heading's trailing attribute block (`{#inleiding .unnumbered}`, pandoc and kramdown). */
const HEADING_ATTRIBUTES = /\s*\{[#.][^{}]*\}$/;

/** Parses the markdown edition into the document model. */
export function loadMarkdown(text: string, inputName: string): DocumentModel {
  // Line ends of every system: \r\n (Windows), \n, and a lone \r (old Mac exports).
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let pending: Pending | null = null;

  const flush = (): void => {
    if (!pending) return;
    const { kind, range } = pending;
    pending = null;
    if (kind === 'footnote') {
      const [first = '', ...rest] = range.lines;
      const start = footnoteStart(first);
      blocks.push(footnoteBlock(start?.n ?? NaN, [start?.rest ?? '', ...rest.map((l) => l.trim())].join(' '), range.start));
    } else if (kind === 'tab-table') blocks.push(tabTableBlock(range));
    else if (kind === 'pipe-table') blocks.push(pipeTableBlock(range));
    else if (kind === 'html-table') blocks.push(htmlTableBlock(range));
    else if (kind === 'list') blocks.push(listBlock(range));
    else blocks.push(...paragraphBlocks(range));
  };
  const extend = (kind: PendingKind, line: string, lineNo: number): void => {
    if (pending && pending.kind === kind) pending.range.lines.push(line);
    else {
      flush();
      pending = { kind, range: { start: lineNo, lines: [line] } };
    }
  };

  lines.forEach((line, index) => {
    const lineNo = index + 1;
    // An HTML table runs from <table> to </table>, blank lines and all.
    if (pending?.kind === 'html-table') {
      pending.range.lines.push(line);
      if (/<\/table>/i.test(line)) flush();
      return;
    }
    if (line.trim() === '') {
      flush();
      return;
    }
    if (/^\s*<table[\s>]/i.test(line)) {
      flush();
      pending = { kind: 'html-table', range: { start: lineNo, lines: [line] } };
      if (/<\/table>/i.test(line)) flush();
      return;
    }
    const heading = parseHeading(line);
    if (heading) {
      flush();
      blocks.push(headingBlock(heading.level, heading.text.replace(HEADING_ATTRIBUTES, ''), lineNo));
      return;
    }
    if (footnoteStart(line)) {
      flush();
      pending = { kind: 'footnote', range: { start: lineNo, lines: [line] } };
      return;
    }
    // A pipe table written without outer pipes (`a | b` over `--- | ---`, as html2text writes
    // them): the separator row turns the one-line paragraph above it into the table's header.
    const current = pending as Pending | null;
    if (current?.kind === 'paragraph' && current.range.lines.length === 1 && current.range.lines[0]?.includes('|') && PIPE_SEPARATOR.test(line) && line.includes('|')) {
      current.kind = 'pipe-table';
      current.range.lines.push(line);
      return;
    }
    if (current?.kind === 'pipe-table' && line.includes('|') && !line.includes('\t')) {
      current.range.lines.push(line);
      return;
    }
    const tableLine = line.includes('\t') || PIPE_ROW.test(line);
    // A footnote runs on over the lines below it (a URL after a hard break) until a blank line.
    if (pending?.kind === 'footnote' && !tableLine) extend('footnote', line, lineNo);
    else if (PIPE_ROW.test(line) && !(pending?.kind === 'tab-table')) extend('pipe-table', line, lineNo);
    else if (line.includes('\t')) extend('tab-table', line, lineNo);
    else if (LIST_ITEM.test(line)) extend('list', line, lineNo);
    else if (pending?.kind === 'list' && /^\s{2,}\S/.test(line)) extend('list', line, lineNo);
    else extend('paragraph', line, lineNo);
  });
  flush();

  const title = blocks.find((b) => b.kind === 'heading' && b.level === 1);
  const model: DocumentModel = { inputName, format: 'markdown', title: title && title.kind === 'heading' ? title.text : null, blocks };
  const grid = lines.findIndex((l) => GRID_TABLE_RULE.test(l));
  if (grid >= 0) {
    model.diagnostics = [
      {
        code: 'table-form-unknown',
        severity: 'warning',
        message: `line ${grid + 1} starts a grid table (+---+), a table form this tool does not read: convert with pipe or HTML tables (pandoc -t gfm)`,
        place: { line: grid + 1 },
      },
    ];
  }
  return foldQuotes(model);
}

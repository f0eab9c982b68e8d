/**
 * Markdown edition → document model.
 *
 * In: the text of a PDF-to-markdown conversion (headings, paragraphs, `- ` lists, footnotes as
 * `<sup>N</sup> text` lines, tables as runs of tab-separated lines whose cells hold HTML).
 * Out: `DocumentModel` blocks, each with its 1-based source line. Inline markdown (`**b**`, `*i*`,
 * links, escapes) is turned into HTML first, so prose and cells go through one fragment parser.
 */
import type { Block, DocumentModel, FootnoteBlock, ListItem } from '../model/document';
import { contentText, normalizeSpace, parseCell, parseHtmlFragment } from './html-fragment';

const FOOTNOTE = /^<sup>(\d{1,3})<\/sup>\s*(.*)$/;
const LIST_ITEM = /^(\s*)([-*+]|\d{1,3}[.)])\s+(.*)$/;
const URL_IN_TEXT = /https?:\/\/[^\s<>()"']+[^\s<>()"'.,;:]/g;

/** Markdown inline syntax → HTML, so that one parser handles prose and table cells alike. */
export function inlineMarkdownToHtml(line: string): string {
  return (
    line
      // Autolinks <https://…> would otherwise parse as tags.
      .replace(/<(https?:\/\/[^>\s]+)>/g, (_m, url: string) => `<a href="${url}">${url}</a>`)
      .replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, (_m, text: string, url: string) => `<a href="${url}">${text}</a>`)
      .replace(/(^|[^\\*])\*\*(?=\S)(.+?)\*\*/g, '$1<b>$2</b>')
      .replace(/(^|[^\\*\w])\*(?=\S)([^*]+?)\*(?!\w)/g, '$1<i>$2</i>')
      // The conversion escaped some characters twice (`\\_`); the document means the bare character.
      .replace(/\\+([_*[\]()#.\-!])/g, '$1')
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
    const item: ListItem = { text: contentText(content), depth: Math.floor(indent.replace(/\t/g, '  ').length / 2) };
    if (refs.length > 0) item.footnoteRefs = refs;
    item.source = { line: range.start + offset };
    items.push(item);
  });
  return { kind: 'list', ordered, items, source: { line: range.start } };
}

function tableBlock(range: LineRange): Block {
  return {
    kind: 'table',
    source: { line: range.start },
    rows: range.lines.map((raw, i) => ({
      cells: raw.split('\t').map((cell) => parseCell(inlineMarkdownToHtml(cell))),
      source: { line: range.start + i },
    })),
  };
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

type Pending = { kind: 'paragraph' | 'list' | 'table' | 'footnote'; range: LineRange };

/** Parses the markdown edition into the document model. */
export function loadMarkdown(text: string, inputName: string): DocumentModel {
  // Line ends of every system: \r\n (Windows), \n, and a lone \r (old Mac exports).
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let pending: Pending | null = null;

  const flush = (): void => {
    if (!pending) return;
    if (pending.kind === 'footnote') {
      const [first = '', ...rest] = pending.range.lines;
      const m = FOOTNOTE.exec(first);
      blocks.push(footnoteBlock(Number(m?.[1]), [m?.[2] ?? '', ...rest.map((l) => l.trim())].join(' '), pending.range.start));
    } else if (pending.kind === 'table') blocks.push(tableBlock(pending.range));
    else if (pending.kind === 'list') blocks.push(listBlock(pending.range));
    else blocks.push(...paragraphBlocks(pending.range));
    pending = null;
  };
  const extend = (kind: Pending['kind'], line: string, lineNo: number): void => {
    if (pending && pending.kind === kind) pending.range.lines.push(line);
    else {
      flush();
      pending = { kind, range: { start: lineNo, lines: [line] } };
    }
  };

  lines.forEach((line, index) => {
    const lineNo = index + 1;
    if (line.trim() === '') {
      flush();
      return;
    }
    const heading = parseHeading(line);
    if (heading) {
      flush();
      blocks.push(headingBlock(heading.level, heading.text, lineNo));
      return;
    }
    if (FOOTNOTE.test(line)) {
      flush();
      pending = { kind: 'footnote', range: { start: lineNo, lines: [line] } };
      return;
    }
    // A footnote runs on over the lines below it (a URL after a hard break) until a blank line.
    if (pending?.kind === 'footnote' && !line.includes('\t')) extend('footnote', line, lineNo);
    else if (line.includes('\t')) extend('table', line, lineNo);
    else if (LIST_ITEM.test(line)) extend('list', line, lineNo);
    else if (pending?.kind === 'list' && /^\s{2,}\S/.test(line)) extend('list', line, lineNo);
    else extend('paragraph', line, lineNo);
  });
  flush();

  const title = blocks.find((b) => b.kind === 'heading' && b.level === 1);
  return { inputName, format: 'markdown', title: title && title.kind === 'heading' ? title.text : null, blocks };
}

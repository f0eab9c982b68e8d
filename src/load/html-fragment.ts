/**
 * HTML fragment → cell content (paragraphs and lists).
 *
 * In: the HTML of one table cell or one prose line (`<p>`, `<ul><li>`, `<b>`, `<i>`, `<sup>`, `<a>`
 * mixed with bare text), or DOM nodes already parsed by cheerio. Out: `CellContent[]` with plain
 * text, the emphasis that carries meaning (a bold lead, a wholly italic sub-heading) and footnote
 * references taken out of the text. Used by the markdown and HTML loaders, so both give the same
 * model for the same cell. Fragments are parsed with htmlparser2, the parser under cheerio, without
 * building a cheerio instance per cell: the markdown edition has thousands of them.
 */
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import type { CellContent, ListItem, SourcePlace, TableCell, TableRow } from '../model/document';
import { normalizeSpace, textBlockFromRuns, type StyledRun } from './text-block';

type Run = StyledRun;

const BLOCK_TAGS = new Set(['p', 'div', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th']);
const LIST_TAGS = new Set(['ul', 'ol']);
const BOLD_TAGS = new Set(['b', 'strong']);
const ITALIC_TAGS = new Set(['i', 'em']);
/** Bullet glyphs that some conversions keep inside list items or text. */
const LEADING_BULLET = /^[•·▪◦]\s*/u;
/** Two or more spaces inside a text node: a paragraph break that the conversion flattened. */
const PARAGRAPH_BREAK = /(?: {2,}|\n[^\S\n]*\n)\s*/;
/** Elements whose content is never document text. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'head']);
/** Deeper markup than this is flattened to its text (no document nests a tenth as deep). */
const MAX_DEPTH = 64;

export { normalizeSpace };

class FragmentBuilder {
  readonly blocks: CellContent[] = [];
  private runs: Run[] = [];
  private refs: number[] = [];
  private started = false;

  addText(text: string, bold: boolean, italic: boolean, splitParagraphs: boolean): void {
    const parts = splitParagraphs ? text.split(PARAGRAPH_BREAK) : [text];
    parts.forEach((part, i) => {
      if (i > 0) this.flush(true);
      if (part.length > 0) this.runs.push({ text: part, bold, italic });
    });
  }

  addRef(n: number): void {
    this.refs.push(n);
  }

  /**
   * Ends the current paragraph. An empty paragraph is kept only when it stands between content
   * (`  EZK (Q3)` in a cell shared by two actions: the first one has no owner).
   */
  flush(explicitBreak = false): void {
    const block = buildTextBlock(this.runs, this.refs);
    this.runs = [];
    this.refs = [];
    if (block) {
      this.blocks.push(block);
      this.started = true;
    } else if (explicitBreak && !this.started) {
      this.blocks.push({ kind: 'text', text: '' });
      this.started = true;
    }
  }

  addList(ordered: boolean, items: ListItem[]): void {
    this.flush();
    if (items.length > 0) this.blocks.push({ kind: 'list', ordered, items });
    this.started = true;
  }

  finish(): CellContent[] {
    this.flush();
    // A lone empty paragraph (leading break with nothing after it) carries no meaning.
    while (this.blocks.length > 0) {
      const last = this.blocks[this.blocks.length - 1];
      if (last && last.kind === 'text' && last.text === '') this.blocks.pop();
      else break;
    }
    return this.blocks;
  }
}

const buildTextBlock = textBlockFromRuns;

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function footnoteNumber(el: Element): number | null {
  const text = textOf(el).trim();
  return /^\d{1,3}$/.test(text) ? Number(text) : null;
}

function textOf(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (!isElement(node)) return '';
  return node.children.map(textOf).join('');
}

function walkInline(
  nodes: AnyNode[],
  builder: FragmentBuilder,
  bold: boolean,
  italic: boolean,
  splitParagraphs: boolean,
): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      builder.addText((node as unknown as { data: string }).data, bold, italic, splitParagraphs);
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.name.toLowerCase();
    if (tag === 'sup') {
      const n = footnoteNumber(node);
      if (n !== null) builder.addRef(n);
      else walkInline(node.children, builder, bold, italic, splitParagraphs);
    } else if (tag === 'br') {
      builder.addText(' ', bold, italic, false);
    } else if (LIST_TAGS.has(tag)) {
      builder.addList(tag === 'ol', listItems(node, 0));
    } else if (BLOCK_TAGS.has(tag)) {
      builder.flush();
      walkInline(node.children, builder, bold, italic, splitParagraphs);
      builder.flush();
    } else {
      walkInline(node.children, builder, bold || BOLD_TAGS.has(tag), italic || ITALIC_TAGS.has(tag), splitParagraphs);
    }
  }
}

function listItems(list: Element, depth: number): ListItem[] {
  const items: ListItem[] = [];
  for (const child of list.children) {
    if (!isElement(child) || child.name.toLowerCase() !== 'li') continue;
    const inline = new FragmentBuilder();
    const nested: ListItem[] = [];
    for (const part of child.children) {
      if (isElement(part) && LIST_TAGS.has(part.name.toLowerCase())) nested.push(...listItems(part, depth + 1));
      else walkInline([part], inline, false, false, false);
    }
    const blocks = inline.finish();
    const text = normalizeSpace(blocks.map((b) => (b.kind === 'text' ? b.text : '')).join(' ')).replace(LEADING_BULLET, '');
    const refs = blocks.flatMap((b) => (b.kind === 'text' ? (b.footnoteRefs ?? []) : []));
    if (text !== '') {
      const item: ListItem = { text, depth };
      if (refs.length > 0) item.footnoteRefs = refs;
      items.push(item);
    }
    items.push(...nested);
  }
  return items;
}

/**
 * Makes a parsed tree safe to walk recursively: elements that are never text (scripts, styles)
 * are removed, and below MAX_DEPTH an element's content is replaced by its plain text. Iterative,
 * so hostile nesting cannot overflow the stack here or in any walk after it.
 */
export function sanitizeTree(roots: AnyNode[]): void {
  const stack: { node: AnyNode; depth: number }[] = roots.map((node) => ({ node, depth: 0 }));
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: AnyNode; depth: number };
    if (!isElement(node)) continue;
    node.children = node.children.filter((c) => !(isElement(c) && NOT_TEXT.has(c.name.toLowerCase())));
    if (depth >= MAX_DEPTH) {
      const text = flatText(node);
      node.children = [{ type: 'text', data: text, parent: node } as unknown as AnyNode] as Element['children'];
      continue;
    }
    for (const child of node.children) stack.push({ node: child, depth: depth + 1 });
  }
}

/** The text of a subtree, without recursion. */
function flatText(root: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'text') parts.push((node as unknown as { data: string }).data);
    else if (isElement(node) && !NOT_TEXT.has(node.name.toLowerCase())) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return parts.join('');
}

/** Parses an HTML fragment into paragraphs and lists. */
export function parseHtmlFragment(html: string): CellContent[] {
  if (!/[<&]/.test(html)) {
    // Plain text (most prose lines): no parser needed, same result.
    const builder = new FragmentBuilder();
    builder.addText(html, false, false, true);
    return builder.finish();
  }
  const roots = parseDocument(html, { decodeEntities: true }).children;
  sanitizeTree(roots);
  return parseNodes(roots);
}

/** Parses already-parsed DOM nodes (the children of a cell or paragraph) into paragraphs and lists. */
export function parseNodes(nodes: AnyNode[]): CellContent[] {
  const builder = new FragmentBuilder();
  walkInline(nodes, builder, false, false, true);
  return builder.finish();
}

/** Joins cell content into one line of text. */
export function contentText(blocks: CellContent[]): string {
  return normalizeSpace(
    blocks.map((b) => (b.kind === 'text' ? b.text : b.items.map((i) => i.text).join(' '))).join(' '),
  );
}

/** Parses one table cell's HTML. */
export function parseCell(html: string): TableCell {
  const blocks = parseHtmlFragment(html);
  return { text: contentText(blocks), blocks };
}

/** The cells of one `<tr>`, each with the column it starts in (colspans before it counted). */
export function cellsWithColumns(cells: Element[]): TableCell[] {
  let column = 0;
  return cells.map((el) => {
    const cell = { ...cellFromNodes(el.children), column };
    column += Math.max(1, Number(el.attribs.colspan) || 1);
    return cell;
  });
}

/**
 * The rows of one `<table>` element, in order: its `<tr>`s, directly or in `<thead>`, `<tbody>`,
 * `<tfoot>`, each placed by `placeOf` (the HTML loader and the markdown loader's embedded tables).
 */
export function tableRows(table: Element, placeOf: (el: Element) => SourcePlace): TableRow[] {
  const rows: TableRow[] = [];
  const visit = (node: Element): void => {
    for (const child of node.children) {
      if (child.type !== 'tag') continue;
      const el = child as Element;
      if (el.name === 'tr') {
        const cells = el.children.filter((c): c is Element => c.type === 'tag' && ['td', 'th'].includes((c as Element).name));
        rows.push({ cells: cellsWithColumns(cells), source: placeOf(el) });
      } else if (['thead', 'tbody', 'tfoot'].includes(el.name)) visit(el);
    }
  };
  visit(table);
  return rows;
}

/** Parses one table cell from its DOM nodes. */
export function cellFromNodes(nodes: AnyNode[]): TableCell {
  const blocks = parseNodes(nodes);
  return { text: contentText(blocks), blocks };
}

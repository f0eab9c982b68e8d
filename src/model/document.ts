/**
 * The document model: what every loader produces and every later stage reads.
 *
 * Plain, JSON-serialisable data. A loader turns its format's mess (markdown tabs, HTML tags, PDF
 * coordinates) into these blocks; nothing downstream knows which format the document came from,
 * except through `source`, which says where each block stood in the input.
 */

/** Where something stood in the input: a 1-based line (markdown, HTML) or a page with a box (PDF). */
export interface SourcePlace {
  /** 1-based line in the input file (markdown and HTML). */
  line?: number;
  /** 1-based page (PDF). */
  page?: number;
  /** [x0, y0, x1, y1] in PDF points, origin bottom-left (PDF). */
  bbox?: [number, number, number, number];
}

/** A run of text inside a paragraph or cell, with the emphasis the input gave it. */
export interface TextBlock {
  kind: 'text';
  /** Plain text: markup removed, white space collapsed, footnote markers removed. */
  text: string;
  /** Text of a bold run that opens the block (e.g. a city, an ambition title), if any. */
  lead?: string;
  /** Set when the whole block is bold or italic (a theme row, an italic sub-heading). */
  emphasis?: 'bold' | 'italic';
  /** Footnote numbers referenced by markers inside this block. */
  footnoteRefs?: number[];
}

/** One list item; `depth` 0 for top-level items, 1 for items of a nested list, and so on. */
export interface ListItem {
  text: string;
  depth: number;
  /** The enumerator an ordered item was written with (`12)`, `3.`), where the loader saw it. */
  marker?: string;
  footnoteRefs?: number[];
  /** Where the item stood, when the loader knows it per item. */
  source?: SourcePlace;
}

/** The count an ordered item's enumerator says (`6.` → 6), where the loader saw one. */
export function enumeratorCount(item: ListItem | undefined): number | null {
  const m = /^\d+/.exec(item?.marker ?? '');
  return m ? Number(m[0]) : null;
}

export interface ListContent {
  kind: 'list';
  ordered: boolean;
  items: ListItem[];
}

/** What a table cell holds: paragraphs and lists in order. */
export type CellContent = TextBlock | ListContent;

export interface TableCell {
  /** All text of the cell, blocks joined by a single space. */
  text: string;
  blocks: CellContent[];
  /**
   * The column the cell starts in, 0-based: its position in the row for markdown, counting the
   * colspans before it for HTML, and its left edge among the table's column edges for PDF.
   */
  column?: number;
  /**
   * [x0, y0, x1, y1] in PDF points (PDF only; a row cut by a page break keeps the box of the page it
   * opens on). None for a contents list set as lines of text, made a table by the loader.
   */
  box?: [number, number, number, number];
}

/** Is the cell set in bold throughout (a theme, a title)? An empty cell is. */
export function isBoldThroughout(cell: TableCell): boolean {
  return cell.blocks.every((b) => b.kind === 'text' && b.emphasis === 'bold');
}

export interface TableRow {
  cells: TableCell[];
  source: SourcePlace;
}

export interface HeadingBlock {
  kind: 'heading';
  level: number;
  text: string;
  source: SourcePlace;
}

export interface ParagraphBlock extends Omit<TextBlock, 'kind'> {
  kind: 'paragraph';
  source: SourcePlace;
}

export interface ListBlock extends ListContent {
  source: SourcePlace;
}

export interface TableBlock {
  kind: 'table';
  rows: TableRow[];
  source: SourcePlace;
}

export interface FootnoteBlock {
  kind: 'footnote';
  n: number;
  text: string;
  /** Link targets found in the footnote (markup links and bare URLs), in order. */
  urls: string[];
  source: SourcePlace;
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | FootnoteBlock;

export type InputFormat = 'markdown' | 'html' | 'pdf';

export interface DocumentModel {
  /** File name of the input (no directory: outputs must not depend on where the file was). */
  inputName: string;
  format: InputFormat;
  /** The document title as the input gives it (first level-1 heading, or PDF metadata). */
  title: string | null;
  blocks: Block[];
  /** What the loader could not read (damaged PDF pages, …), with its place. */
  diagnostics?: import('./diagnostics').Diagnostic[];
}

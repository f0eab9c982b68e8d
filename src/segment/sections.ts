/**
 * Document model → sections.
 *
 * In: the blocks of any loader. Out: the table of contents (entries with number, title, page and
 * hierarchy) and one section per entry, located in the body by its heading. A section whose heading
 * the input lost (the first part of appendix 1 in the markdown edition) is placed by inference and
 * reported; headings that the table of contents does not name (text boxes, sub-headings) stay inside
 * the section they fall in.
 */
import { isBoldThroughout, type Block, type DocumentModel, type SourcePlace, type TableBlock, type TableRow } from '../model/document';
import type { Diagnostic } from '../model/diagnostics';

export interface TocEntry {
  /** Stable key: "1", "2.1", "Proeftuin Nederland", "Bijlage 1", "Bijlage 1.2". */
  id: string;
  /** The number as printed ("2.1", "Bijlage 1", "1"), or null. */
  number: string | null;
  title: string;
  page: number | null;
  level: 1 | 2;
  parentId: string | null;
}

export interface Section extends TocEntry {
  /** Index of the first block of the section (its heading when found). */
  startBlock: number;
  /** Index one past the last block. */
  endBlock: number;
  /** False when the heading is absent from the input and the start was inferred. */
  found: boolean;
  source: SourcePlace;
}

export interface SegmentedDocument {
  model: DocumentModel;
  toc: TocEntry[];
  sections: Section[];
}

const TOC_HEADING = /^(content|contents|inhoud|inhoudsopgave)$/i;

/** Lower case, letters and digits only: for comparing titles across formats. */
export function normalizeTitle(text: string): string {
  // (The extractors ask of the same cells and headings many times: the answers are kept, within a
  // budget of characters, so bounded memory. ASCII text needs no Unicode decomposition.)
  const known = normalized.get(text);
  if (known !== undefined) return known;
  const plain = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const title = plain
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (normalizedChars + text.length > NORMALIZED_KEPT_CHARS) {
    normalized.clear();
    normalizedChars = 0;
  }
  normalized.set(text, title);
  normalizedChars += text.length;
  return title;
}

/** normalizeTitle's answers by text, cleared when the texts kept reach NORMALIZED_KEPT_CHARS. */
const normalized = new Map<string, string>();
const NORMALIZED_KEPT_CHARS = 1_000_000;
let normalizedChars = 0;

function isPageNumber(text: string): boolean {
  return /^\d{1,4}$/.test(text.trim());
}

/** A line of a contents list set as text: a title and its page number. */
const CONTENTS_LINE = /^(.*\S)\s+(\d{1,4})$/;

function looksLikeToc(table: TableBlock): boolean {
  const rows = table.rows.filter((r) => r.cells.some((c) => c.text !== ''));
  if (rows.length < 3) return false;
  // Each entry ends in its page number, and in no other number (a table of figures ends in one
  // too); the pages go up, or stay, down the list.
  const pages = rows.flatMap((r) => {
    const filled = r.cells.filter((c) => c.text !== '');
    const last = filled[filled.length - 1];
    const numbers = filled.filter((c) => isPageNumber(c.text)).length;
    return filled.length >= 2 && last !== undefined && isPageNumber(last.text) && numbers === 1 ? [Number(last.text)] : [];
  });
  const rising = pages.filter((p, i) => i === 0 || p >= (pages[i - 1] as number)).length;
  return pages.length / rows.length >= 0.8 && rising >= pages.length * 0.8;
}

function findTocTable(blocks: Block[]): TableBlock | null {
  let afterTocHeading = false;
  for (const block of blocks) {
    if (block.kind === 'heading') afterTocHeading = TOC_HEADING.test(block.text.trim());
    if (block.kind === 'table' && looksLikeToc(block)) return block;
    if (block.kind === 'table' && afterTocHeading) return block;
  }
  return null;
}

/**
 * An entry's number: `2.1`, or an appendix or chapter by number, letter or Roman numeral
 * (`Bijlage 1`, `Bijlage A`, `Bijlage II`), with a stop or colon after it or not. The letter is a
 * capital (`Bijlage bij …` names no appendix), so the words are spelled out in their cases.
 */
const ENTRY_NUMBER = /^((?:[Bb]ijlage|BIJLAGE|[Aa]ppendix|APPENDIX|[Hh]oofdstuk|HOOFDSTUK)\s+(?:\d+|[IVXLC]+|[A-Z])|\d+(?:\.\d+)*)[.:]?\s+(.*)$/;

function splitNumber(title: string): { number: string | null; title: string } {
  const m = ENTRY_NUMBER.exec(title);
  return m ? { number: m[1] ?? null, title: (m[2] ?? '').trim() } : { number: null, title };
}

/** A contents entry's texts, each with whether it is set bold (cells of a row, or one line's title and page). */
interface TocTexts {
  text: string;
  bold: boolean;
}

function rowTexts(row: TableRow): TocTexts[] {
  return row.cells.map((c) => ({ text: c.text, bold: isBoldThroughout(c) }));
}

/** An entry's texts but its page number (all of them where the last is no page number). */
function titleTexts(cells: readonly TocTexts[]): TocTexts[] {
  const filled = cells.filter((c) => c.text !== '');
  const pageCell = filled[filled.length - 1];
  return pageCell && isPageNumber(pageCell.text) ? filled.slice(0, -1) : filled;
}

function tocEntryFrom(cells: readonly TocTexts[], parent: TocEntry | null): TocEntry | null {
  const filled = cells.filter((c) => c.text !== '');
  const pageCell = filled[filled.length - 1];
  if (!pageCell || filled.length < 2) return null;
  const page = isPageNumber(pageCell.text) ? Number(pageCell.text) : null;
  const textCells = titleTexts(cells);
  const first = textCells[0];
  if (!first) return null;
  let number: string | null = null;
  let title: string;
  if (textCells.length >= 2 && /^\d+(\.\d+)*$/.test(first.text)) {
    number = first.text;
    title = textCells.slice(1).map((c) => c.text).join(' ');
  } else {
    ({ number, title } = splitNumber(textCells.map((c) => c.text).join(' ')));
  }
  const bold = textCells.every((c) => c.bold);
  const level: 1 | 2 = bold || parent === null ? 1 : 2;
  const owner = level === 2 ? parent : null;
  return { id: entryId(number, title, owner), number, title, page, level, parentId: owner?.id ?? null };
}

/** An entry's key: its number (`2.1`, `Bijlage 1`) or title, a part's under its section's (`Bijlage 1.1`, `2/Proeftuin Nederland`) where its number does not say whose it is. */
function entryId(number: string | null, title: string, owner: TocEntry | null): string {
  if (owner === null || (number !== null && number.includes('.'))) return number ?? title;
  return number ? `${owner.id}.${number}` : `${owner.id}/${title}`;
}

/**
 * The table of contents: its entries, and the index of the first block after it. A table, or
 * lines of text under a contents heading (a layout that set no table: each line a title and its
 * page number).
 */
function readContents(model: DocumentModel): { entries: TocEntry[]; end: number } {
  const blocks = model.blocks;
  const table = findTocTable(blocks);
  const heading = table ? -1 : blocks.findIndex((b) => b.kind === 'heading' && TOC_HEADING.test(b.text.trim()));
  if (!table && heading < 0) return { entries: [], end: 0 };
  const entries: TocEntry[] = [];
  // (Whether each entry is set bold: the contents' levels, where some are and some not.)
  const bolds: boolean[] = [];
  let parent: TocEntry | null = null;
  const add = (title: string, page: string, bold: boolean): boolean => {
    const entry = tocEntryFrom([{ text: title, bold }, { text: page, bold }], parent);
    if (!entry) return false;
    if (entry.level === 1) parent = entry;
    entries.push(entry);
    bolds.push(bold);
    return true;
  };
  // A contents table that a loader opened late (its first entry, ruled under but not over, read as
  // a line of text above it): the lines between the contents heading and the table, each an entry's
  // number, title and page, are its first entries.
  if (table) {
    const at = blocks.indexOf(table);
    let k = at;
    while (k > 0 && blocks[k - 1]?.kind === 'paragraph' && at - k < 3) k--;
    const above = blocks[k - 1];
    if (k < at && above?.kind === 'heading' && TOC_HEADING.test(above.text.trim())) {
      const lines = blocks.slice(k, at).map((b) => (b.kind === 'paragraph' ? { text: b.text.trim(), bold: b.emphasis === 'bold' } : null));
      const read = lines.map((l) => (l && splitNumber(l.text).number !== null ? contentsLine(l.text, entries) : null));
      if (read.every((m) => m !== null)) read.forEach((m, j) => add(m.title, m.page, lines[j]?.bold ?? false));
    }
  }
  for (const row of table?.rows ?? []) {
    const texts = rowTexts(row);
    const entry = tocEntryFrom(texts, parent);
    if (!entry) continue;
    if (entry.level === 1) parent = entry;
    entries.push(entry);
    bolds.push(titleTexts(texts).every((c) => c.bold));
  }
  // A contents table that a loader closed early (an entry that wrapped onto a line of another
  // type), or no table: the entries go on as lines of text, each ending in its page number; a
  // line without one, short and unfinished, is the rest of the title before it (joined without the
  // hyphen where the title broke a word: `Digi-` / `taliseringsstrategie`).
  let i = table ? blocks.indexOf(table) + 1 : heading + 1;
  // (A title whose page number stands on a line of its own below it, `Bijlage 2 … Digitale` / `70`.)
  let pending: { text: string; bold: boolean; at: number } | null = null;
  for (; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (block.kind !== 'paragraph' && block.kind !== 'heading') break;
    // A heading right under the line before it is a line of the contents that the loader took for
    // a heading: an entry (bold, its page number run into its title: `Bijlage 1 Stand van zaken
    // acties52`), or the rest of a title (`2 Nederlandse` / `Digitaliseringsstrategie`).
    if (block.kind === 'heading' && !((entries.length > 0 || pending !== null) && rightUnder(blocks[i - 1], block))) break;
    const text = block.text.trim();
    const bold = block.kind === 'paragraph' ? block.emphasis === 'bold' : true;
    const m = contentsLine(text, entries);
    if (m || isPageNumber(text)) {
      const title = [pending?.text, m?.title].filter(Boolean).join(' ');
      if (title === '' || !add(title, m?.page ?? text, pending?.bold ?? bold)) break;
      pending = null;
      continue;
    }
    if (text.length > 60 || /[.!?]$/.test(text)) break;
    // A line that opens with an entry's number starts one; another goes on with the title above.
    if (splitNumber(text).number !== null && !pending) {
      pending = { text, bold, at: i };
      continue;
    }
    if (pending) {
      pending.text = `${pending.text} ${text}`;
      continue;
    }
    const last = entries[entries.length - 1];
    if (!last) break;
    last.title = /\p{L}-$/u.test(last.title) && /^\p{Ll}/u.test(text) ? `${last.title.slice(0, -1)}${text}` : `${last.title} ${text}`;
  }
  if (pending) i = pending.at;
  // (Entries all in one weight — a layout that sets a contents column bold, or none of it — say
  // nothing of their levels by it: their numbers do.)
  if (entries.length >= 3 && bolds.every((b) => b === bolds[0])) relevelByNumbers(entries);
  return { entries, end: entries.length > 0 ? i : 0 };
}

/**
 * The entries' levels from their numbers, where their type tells none: a dotted number (`2.1`) is
 * a section's part, and so is a plain one (`1`, `2`) under an appendix (`Bijlage 1`, whose parts
 * number from 1 again); the rest are of the first level. Ids and parents follow (`Bijlage 1.1`).
 */
function relevelByNumbers(entries: TocEntry[]): void {
  let parent: TocEntry | null = null;
  for (const entry of entries) {
    const dotted = entry.number !== null && entry.number.includes('.');
    const plain = entry.number !== null && /^\d+$/.test(entry.number);
    const underAppendix = parent !== null && parent.number !== null && !/^\d/.test(parent.number);
    entry.level = parent !== null && (dotted || (plain && underAppendix)) ? 2 : 1;
    const owner = entry.level === 2 ? parent : null;
    entry.id = entryId(entry.number, entry.title, owner);
    entry.parentId = owner?.id ?? null;
    if (entry.level === 1) parent = entry;
  }
}

/** Does `block` stand on the same page right under `above`, less than half its own height lower (the next line of one text)? */
function rightUnder(above: Block | undefined, block: Block): boolean {
  const [, y0 = 0, , y1 = 0] = block.source?.bbox ?? [];
  const [, aboveY0 = 0] = above?.source?.bbox ?? [];
  if (!above?.source?.bbox || !block.source?.bbox || above.source.page !== block.source.page) return false;
  const gap = aboveY0 - y1;
  return gap > -1 && gap < (y1 - y0) * 0.5;
}

/**
 * A contents line's title and page: after a space, or run into a title that ends in a letter where
 * the title filled its line up to the page number (`… acties52`, when 52 is no earlier a page than
 * the entry before it). Or a title that wrapped under its page number, set level with the title's
 * first line, the two lines read as one text (`2.5 … practice what you 32 preach`): a word or
 * three in lower case after the number go on the title, where the number goes on the list's pages
 * (no earlier than the entry before, and no further on than three of the list's longest steps).
 */
function contentsLine(text: string, entries: readonly TocEntry[]): { title: string; page: string } | null {
  const m = CONTENTS_LINE.exec(text);
  if (m) return { title: m[1] as string, page: m[2] as string };
  const last = entries[entries.length - 1]?.page;
  if (last === undefined || last === null) return null;
  const glued = /^(.*\p{L})(\d{1,3})$/u.exec(text);
  if (glued) return Number(glued[2]) < last ? null : { title: glued[1] as string, page: glued[2] as string };
  const wrapped = WRAPPED_UNDER_PAGE.exec(text);
  if (!wrapped || Number(wrapped[2]) < last || Number(wrapped[2]) - last > 3 * longestStep(entries)) return null;
  return { title: `${wrapped[1]} ${wrapped[3]}`, page: wrapped[2] as string };
}

/** A title, its page number, and the title's rest wrapped under it: a word or three, the first in lower case. */
const WRAPPED_UNDER_PAGE = /^(.*\S)\s+(\d{1,4})\s+(\p{Ll}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2})$/u;

/** The largest step from one entry's page to the next one's so far (ten pages at least). */
function longestStep(entries: readonly TocEntry[]): number {
  let step = 10;
  let before: number | null = null;
  for (const e of entries) {
    if (e.page === null) continue;
    if (before !== null) step = Math.max(step, e.page - before);
    before = e.page;
  }
  return step;
}

function labelOf(entry: TocEntry): string {
  return normalizeTitle(entry.number ? `${entry.number} ${entry.title}` : entry.title);
}

function headingMatches(entry: TocEntry, heading: string): boolean {
  const h = normalizeTitle(heading);
  if (h === '') return false;
  const label = labelOf(entry);
  if (h === label || h === normalizeTitle(entry.title)) return true;
  // (Or the same letters, spaced otherwise: letter-spaced capitals that a PDF's text spaced in part,
  // `BIJLAGE 3 OVERZICHT FI NANCIËLE MIDDELEN`.)
  const letters = (t: string): string => t.replace(/ /g, '');
  if (letters(h) === letters(label)) return true;
  // A heading split over two lines, or a TOC line that abbreviates: one is a long prefix of the other.
  const numbered = entry.number === null || h.startsWith(normalizeTitle(entry.number));
  return numbered && h.length >= 12 && (label.startsWith(h) || h.startsWith(label));
}

/** Locates every TOC entry in the body; entries whose heading is lost get an inferred start. */
export function segmentDocument(model: DocumentModel): { value: SegmentedDocument; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const { entries: toc, end: firstBodyBlock } = readContents(model);
  const starts: (number | null)[] = [];
  let cursor = firstBodyBlock;
  for (const entry of toc) {
    let found: number | null = null;
    const label = labelOf(entry);
    for (let i = cursor; i < model.blocks.length; i++) {
      const b = model.blocks[i];
      // (Or a paragraph that says the entry's number and title and nothing more: a heading set in
      // the body's weight and little larger, which the layout did not tell by its type.)
      // (Normalising can only shorten a text, and a title's punctuation is a few characters: a
      // paragraph many times the label's length is prose, not normalised at all.)
      if (b && ((b.kind === 'heading' && headingMatches(entry, b.text)) || (b.kind === 'paragraph' && entry.number !== null && b.text.length <= label.length * 3 + 24 && normalizeTitle(b.text) === label))) {
        found = i;
        break;
      }
    }
    starts.push(found);
    if (found !== null) cursor = found + 1;
  }

  // Lost headings: start at the first table after the previous located section (appendices are
  // tables), or where the next located section starts.
  const resolved = starts.map((start, i) => {
    if (start !== null) return start;
    const prev = [...starts.slice(0, i)].reverse().find((s) => s !== null) ?? firstBodyBlock;
    const next = starts.slice(i + 1).find((s) => s !== null) ?? model.blocks.length;
    const table = model.blocks.findIndex((b, j) => j > prev && j < next && b.kind === 'table');
    return table >= 0 ? table : next;
  });

  const sections: Section[] = toc.map((entry, i) => {
    const startBlock = resolved[i] ?? model.blocks.length;
    let endBlock = model.blocks.length;
    for (let j = i + 1; j < toc.length; j++) {
      const other = toc[j];
      if (other && other.level <= entry.level) {
        endBlock = Math.max(startBlock, resolved[j] ?? model.blocks.length);
        break;
      }
    }
    const block = model.blocks[startBlock];
    const source = block ? block.source : {};
    const found = starts[i] !== null;
    if (!found) {
      diagnostics.push({
        code: 'section-inferred',
        severity: 'info',
        message: `section "${entry.number ?? ''} ${entry.title}" has no heading in the input; placed at the first table after the previous section`,
        place: source,
      });
    }
    return { ...entry, startBlock, endBlock, found, source };
  });
  return { value: { model, toc, sections }, diagnostics };
}

/** The deepest section that contains a block. */
export function sectionOfBlock(doc: SegmentedDocument, blockIndex: number): Section | null {
  let best: Section | null = null;
  for (const s of doc.sections) {
    if (blockIndex >= s.startBlock && blockIndex < s.endBlock && (!best || s.level >= best.level)) best = s;
  }
  return best;
}

/** The blocks of a section, with their indices into the model. */
export function blocksOf(doc: SegmentedDocument, section: Section): { block: Block; index: number }[] {
  const out: { block: Block; index: number }[] = [];
  for (let i = section.startBlock; i < section.endBlock; i++) {
    const block = doc.model.blocks[i];
    if (block) out.push({ block, index: i });
  }
  return out;
}

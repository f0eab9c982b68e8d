/**
 * Text helpers shared by extractors: every text-bearing place of the document model in order
 * (paragraphs, list items, table cells, footnotes), and sentence boundaries.
 */
import type { Block, SourcePlace, TableCell } from '../../model/document';

export interface TextUnit {
  text: string;
  source: SourcePlace;
  /** Index of the block in the model (for the section it falls in). */
  block: number;
  kind: 'heading' | 'paragraph' | 'list-item' | 'cell' | 'footnote';
  /** For cells: the row's index in its table. */
  row?: number;
}

/** Every piece of text in the document, in reading order. */
export function textUnits(blocks: readonly Block[]): TextUnit[] {
  const units: TextUnit[] = [];
  blocks.forEach((b, block) => {
    if (b.kind === 'heading' || b.kind === 'paragraph' || b.kind === 'footnote') {
      units.push({ text: b.text, source: b.source, block, kind: b.kind });
    } else if (b.kind === 'list') {
      for (const item of b.items) units.push({ text: item.text, source: item.source ?? b.source, block, kind: 'list-item' });
    } else {
      b.rows.forEach((row, r) => {
        for (const cell of row.cells) {
          for (const c of cell.blocks) {
            if (c.kind === 'text') units.push({ text: c.text, source: row.source, block, kind: 'cell', row: r });
            else for (const item of c.items) units.push({ text: item.text, source: row.source, block, kind: 'cell', row: r });
          }
        }
      });
    }
  });
  return units;
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mln', 'mld', 'nr', 'nrs', 'o.a', 'jl', 'bijv', 'incl', 'ca', 'e.d', 'm.b.t', 'i.s.m', 't.b.v', 'v.h', 'n.a.v', 'w.o',
  'resp', 'etc', 'dhr', 'mw', 'blz', 'art', 'min', 'max', 'e.a', 'o.m', 'z.g', 'd.w.z', 'i.p.v', 'm.n', 'vs', 'st',
]);

/** Offsets just after each full stop that ends a sentence (not an abbreviation's). Linear. */
function sentenceBoundaries(text: string): number[] {
  const boundaries: number[] = [];
  const re = /[.!?](?=\s+["'‘“(]?[A-Z0-9€])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // The word before the stop; no abbreviation is longer than the window looked at.
    const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, m.index - 24), m.index))?.[1] ?? '';
    if (ABBREVIATIONS.has(before.toLowerCase()) || /^\p{Lu}$/u.test(before)) continue;
    boundaries.push(m.index + 1);
  }
  return boundaries;
}

/** The sentences of a text, in order. */
export function sentences(text: string): string[] {
  const cuts = [0, ...sentenceBoundaries(text), text.length];
  const out: string[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const s = text.slice(cuts[i], cuts[i + 1]).trim();
    if (s !== '') out.push(s);
  }
  return out;
}

/** A sentence longer than this is not prose: only a window around the range is kept. */
const MAX_SENTENCE = 1000;
const WINDOW = 300;

/**
 * For one text, a function giving the sentence that contains a range [start, end). The boundaries
 * are found once per text and looked up by binary search, so many ranges in one long text stay
 * linear; a "sentence" over 1,000 characters is cut to a window around the range, marked with `…`.
 */
export function sentenceFinder(text: string): (start: number, end: number) => string {
  let boundaries: number[] | null = null;
  return (start, end) => {
    boundaries ??= sentenceBoundaries(text);
    const b = boundaries;
    let lo = 0;
    let hi = b.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((b[mid] as number) <= start) lo = mid + 1;
      else hi = mid;
    }
    const from = lo > 0 ? (b[lo - 1] as number) : 0;
    let k = lo;
    while (k < b.length && (b[k] as number) < end) k++;
    const to = k < b.length ? (b[k] as number) : text.length;
    if (to - from <= MAX_SENTENCE) return text.slice(from, to).trim();
    const a = Math.max(from, start - WINDOW);
    const z = Math.min(to, end + WINDOW);
    return `${a > from ? '…' : ''}${text.slice(a, z).trim()}${z < to ? '…' : ''}`;
  };
}

/** The sentence of `text` that contains the range [start, end). */
export function sentenceAround(text: string, start: number, end: number): string {
  return sentenceFinder(text)(start, end);
}

/**
 * A cell's text with each item of a list after its bullet, as a cell that writes its points inline
 * gives them (`Daartoe wordt ingezet op: • realtime toegang … • een substantiële toename …`): a PDF
 * line that opens with `•` is read as a list item, and the cell's text leaves list marks out. A cell
 * with no bulleted list: its text as it is.
 */
export function textWithBullets(cell: TableCell): string {
  if (!cell.blocks.some((b) => b.kind === 'list' && !b.ordered)) return cell.text;
  return cell.blocks
    .map((b) => (b.kind === 'text' ? b.text : b.items.map((i) => (b.ordered ? i.text : `• ${i.text}`)).join(' ')))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

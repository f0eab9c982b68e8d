/**
 * The text of a page as unruled tables read it: lines by baseline (a raised note number kept on
 * its line), pieces of a line split where they stand apart, runs of figures and runs reaching over
 * a column edge cut into words, and columns as the starts they begin at.
 */
import type { Box, TextRun } from '../page-data';
import { emphasisOf, isNoteNumber, isSuperscript, NOTE_COUNT, type Emphasis } from '../lines';
import { ANY_ANCHOR } from '../../../model/action-anchors';

/** An action number opening a piece of a line, in any of the ways editions write them (`23)`, `Actie 23:`, `A23`). */
export const ANCHOR = ANY_ANCHOR;


export interface Column {
  x0: number;
  x1: number;
}

const NUMBER = /^[\d.,%€-]+$/;

/**
 * Runs of one line split where they stand apart by more than a few character widths — or, in a
 * line of figures (year columns, amounts), between two numbers set with narrow gutters.
 */
export function chunks(line: readonly TextRun[]): TextRun[][] {
  const sorted = [...line].filter((r) => r.text.trim() !== '').sort((a, b) => a.x - b.x);
  const out: TextRun[][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    const gap = prev ? r.x - (prev.x + prev.width) : Infinity;
    const figures = prev !== undefined && NUMBER.test(prev.text.trim()) && NUMBER.test(r.text.trim()) && gap > r.size * 0.4;
    // (Runs of a header's lines on other baselines join where they stand over each other; one that
    // only meets the next where it ends — a label's run set to its column's edge, a space and all,
    // beside the next label's lines — is a label of its own.)
    const stacked = prev !== undefined && Math.abs(prev.y - r.y) > r.size * 0.5 && gap >= -0.5 && gap < r.size * 0.4 && /\s$/.test(prev.text);
    if (last && prev && gap < r.size * 1.5 && !figures && !stacked) last.push(r);
    else out.push([r]);
  }
  return out;
}

/**
 * A run that sets a row of figures as one string (`2017 2018 2019`, `22 27 34`) as one run per
 * figure, each placed where its share of the characters puts it: figures are columns.
 */
export function figures(run: TextRun): TextRun[] {
  const words = run.text.match(/\S+/g) ?? [];
  return words.length >= 2 && words.every((w) => NUMBER.test(w)) ? wordsOf(run) : [run];
}

/** A run cut at its spaces, each word placed where its share of the characters puts it. */
function wordsOf(run: TextRun): TextRun[] {
  const perChar = run.width / Math.max(1, run.text.length);
  return [...run.text.matchAll(/\S+/g)].map((w) => ({ ...run, text: w[0], x: run.x + (w.index ?? 0) * perChar, width: w[0].length * perChar }));
}

/**
 * Is a run set as a header in `face` (see emphasisOf) is? In italic where the header is italic;
 * otherwise bold where it is bold, and not bold where it is neither.
 */
export function inFace(run: TextRun, face: Emphasis): boolean {
  return face === 'italic' ? run.italic : run.bold === (face === 'bold');
}

/**
 * Is every text of a line set as a header's labels in `face` are: italic where they are italic,
 * bold otherwise (the labels of a header in neither are read one line at a time).
 */
export function setIn(line: readonly TextRun[], face: Emphasis): boolean {
  return face === 'italic' ? emphasisOf(line) === 'italic' : line.every((r) => r.bold || r.text.trim() === '');
}

export function text(runs: readonly TextRun[]): string {
  return textAsSet(runs).toLowerCase();
}

/** A piece's text as set, in its case (`text` reads it lower-cased, for comparing). */
export function textAsSet(runs: readonly TextRun[]): string {
  return runs.map((r) => r.text).join(' ').replace(/\s+/g, ' ').trim();
}

export function byBaseline(runs: readonly TextRun[]): TextRun[][] {
  // A note number raised above its line (smaller digits) belongs to that line, not a line of its own.
  // Blank runs (the spaces some producers set as runs of their own) belong to no line.
  // (Whether each run is a note number, asked once: the test is a pattern.)
  const note = new Map<TextRun, boolean>();
  for (const r of runs) if (r.text.trim() !== '') note.set(r, isNoteNumber(r));
  const isNote = (r: TextRun): boolean => note.get(r) === true;
  const raise = (r: TextRun): number => (isNote(r) ? r.size * 0.6 : 0);
  const sorted = [...note.keys()].sort((a, b) => b.y - raise(b) - (a.y - raise(a)) || a.x - b.x);
  // Each line with its base: its first run that is no note number (else its first). Only lines near
  // enough to the run's baseline are looked through: runs come top down, and no run joins a line
  // whose base stands more than 0.6 of the largest size above it (a raised note's key is lower by as much).
  const lines: { runs: TextRun[]; base: TextRun }[] = [];
  // (A loop, not Math.max(...sizes): a page of 100,000 runs would overflow the call stack.)
  let reach = 0;
  for (const r of sorted) reach = Math.max(reach, 1.2 * r.size);
  let open: typeof lines = [];
  for (const r of sorted) {
    const key = r.y - raise(r);
    if (open.some(({ base }) => base.y - key > reach)) open = open.filter(({ base }) => base.y - key <= reach);
    const line = open.find(({ base }) => {
      const dy = r.y - base.y;
      return Math.abs(dy) <= r.size * 0.4 || (isNote(r) && r.size < base.size && dy > 0 && dy <= base.size * 0.6) || (isNote(base) && base.size < r.size && dy < 0 && -dy <= r.size * 0.6);
    });
    if (!line) {
      const made = { runs: [r], base: r };
      lines.push(made);
      open.push(made);
    } else {
      line.runs.push(r);
      if (isNote(line.base) && !isNote(r)) line.base = r;
    }
  }
  // Each line's first run stands on its baseline (lines are read by their first run's y).
  for (const { runs: l } of lines) l.sort((a, b) => (isNote(a) === isNote(b) ? 0 : isNote(a) ? 1 : -1));
  return lines.map((l) => l.runs);
}

/** Columns that start at `starts` (left to right), each ending just before the next; the last at `end`. */
export function columnsFrom(starts: readonly number[], end: number): Column[] {
  return starts.map((x0, k) => ({ x0, x1: (starts[k + 1] ?? end) - 0.5 }));
}

export function columnOf(columns: readonly Column[], x: number): number {
  let best = 0;
  columns.forEach((c, i) => {
    if (x >= c.x0 - 2) best = i;
  });
  return best;
}

/** The column edges a run reaches over. */
function edgesUnder(run: TextRun, columns: readonly Column[]): number[] {
  const end = run.x + run.width;
  return columns.filter((c) => c.x0 > run.x + 1 && c.x0 < end - 1).map((c) => c.x0);
}

/**
 * Does every edge in `edges` fall inside one of the run's words (each where its share of the
 * characters puts it, half a size in from either end)? Then the edges part no two cells' texts: a
 * line set centred in its cell reaches a little over its column's edge (`HCA ICT vernieuwd en meer
 * gericht` starting left of its column, as the line above it does not). (Not an edge near a word's
 * end: two cells' texts in one run, `analyse van` · `te`, part in a space, where a short word's
 * share of the characters may put it.)
 */
function edgesInWords(run: TextRun, edges: readonly number[]): boolean {
  const words = wordsOf(run);
  const margin = run.size * 0.5;
  return edges.every((edge) => words.some((w) => edge > w.x + margin && edge < w.x + w.width - margin));
}

/** How far up or down a line set centred in the same cell is looked for, in sizes (two lines or so). */
export const CENTRED_NEAR = 3.5;

/**
 * A run that reaches over a column's edge as a line set centred in its cell does stands in its
 * middle's column; any other as it is. So it does where the edge falls inside one of its words
 * (see edgesInWords), or where a run on a line next to it (of `near`, the runs around it) that stands
 * within that column shares its middle: the lines of a centred cell do, however wide
 * (`op samenwerking tussen onderwijs` under `Vanaf 2019 is de aanpak van de`), and two cells'
 * texts run together, their middle a gutter off any one cell's, do not. (`near` is asked only of a
 * run that reaches over an edge.)
 */
export function placedInColumn(run: TextRun, columns: readonly Column[], near: () => readonly TextRun[] = () => []): TextRun {
  const edges = edgesUnder(run, columns);
  if (edges.length === 0) return run;
  const middle = run.x + run.width / 2;
  const k = columnOf(columns, middle);
  const centredWith = (n: TextRun): boolean =>
    n !== run && n.text.trim() !== '' && Math.abs(n.y - run.y) > run.size * 0.5 && Math.abs(n.y - run.y) <= run.size * CENTRED_NEAR && Math.abs(n.x + n.width / 2 - middle) <= run.size * 0.1 && columnOf(columns, n.x) === k && columnOf(columns, n.x + n.width - 0.5) === k;
  return edgesInWords(run, edges) || near().some(centredWith) ? toMiddlesColumn(run, columns) : run;
}

/**
 * A run that reaches over a column edge between its words (a producer that set a row of figures
 * as one string) is cut at its spaces, each word placed where its share of the characters puts
 * it; a line set centred that reaches over it stands in its middle's column, whole (see
 * placedInColumn; `near`: the runs around it).
 */
export function splitAcross(run: TextRun, columns: readonly Column[], near: () => readonly TextRun[] = () => []): TextRun[] {
  if (edgesUnder(run, columns).length === 0) return [run];
  const placed = placedInColumn(run, columns, near);
  if (placed !== run) return [placed];
  return /\S\s+\S/.test(run.text) ? wordsOf(run) : [run];
}

/**
 * A run that starts left of the column its middle stands in, moved to start at that column (its end
 * where it was): a cell's text is the column's where it starts (a header's label, a centred line).
 */
export function toMiddlesColumn(run: TextRun, columns: readonly Column[]): TextRun {
  const k = columnOf(columns, run.x + run.width / 2);
  const start = (columns[k] as Column).x0;
  return columnOf(columns, run.x) < k ? { ...run, x: start, width: run.x + run.width - start } : run;
}

/** The usual distance between the baselines of wrapped lines on a page (the median of the small gaps). */
export function wrappedPitch(lines: readonly TextRun[][]): number {
  const gaps: number[] = [];
  for (let k = 1; k < lines.length; k++) {
    const gap = (lines[k - 1]?.[0] as TextRun).y - (lines[k]?.[0] as TextRun).y;
    if (gap > 0 && gap < (lines[k]?.[0] as TextRun).size * 2) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? Infinity;
}

/** Where a piece of a body line starts, and whether words stand before it on its line in its column. */
export interface Start {
  x: number;
  afterText: boolean;
  /** Where the piece's last word ends (blank runs after it aside). */
  end?: number;
  /** From where to where each of its texts stands (blank runs aside). */
  words?: [number, number][];
  /** It follows a list mark (`•`) in the same column: the text of a list item, not a column's start. */
  afterMark?: boolean;
}

/**
 * A line that opens with a raised, smaller number: a footnote, not a table row. Or with its number
 * level and closed by a stop, then raised again (`53. ⁵³ Kamerstuk …`: WeasyPrint's marker of a
 * CSS footnote before the note's own call).
 */
export function opensWithNoteNumber(line: readonly TextRun[]): boolean {
  const sorted = [...line].filter((r) => r.text.trim() !== '').sort((a, b) => a.x - b.x);
  const [first, second] = sorted;
  if (!first || !second) return false;
  const marker = NOTE_COUNT.exec(first.text);
  if (marker) return isNoteNumber(second) && second.text.trim() === marker[1] && second.y - first.y > first.size * 0.2;
  if (!isNoteNumber(first)) return false;
  // (A note's text follows its number: a number set alone in a table's column, far from the next
  // column's text on its line, is a cell's note call that wrapped onto a line of its own.)
  if (second.x - (first.x + first.width) > second.size * 3) return false;
  // (Or one barely shrunk and raised the further, as a line's own superscripts are read.)
  return (first.y - second.y > second.size * 0.2 && first.size < second.size * 0.95) || isSuperscript(first, second.size, second.y);
}

/**
 * A line that opens with an asterisk and words at the table's left edge (`* waaronder digitale
 * innovatie, niet specifiek gelabeld`): the note under a table that explains a starred label, not a
 * row.
 */
export function opensWithNoteMark(line: readonly TextRun[], left: number): boolean {
  const first = [...line].filter((r) => r.text.trim() !== '').sort((a, b) => a.x - b.x)[0];
  return first !== undefined && first.x <= left + 3 && /^\*\s*\p{L}/u.test(first.text.trim());
}

/**
 * Boxes drawn cell by cell along one line (a rule's segments, a shaded row's cells), left to right,
 * each starting where the one before ends (one drawn twice counts once): three or more, none as
 * wide as most of the line. Null when they are fewer, or do not meet so.
 */
export function cellsSideBySide(boxes: readonly Box[]): Box[] | null {
  const cells: Box[] = [];
  for (const b of [...boxes].sort((p, q) => p.x0 - q.x0)) {
    const last = cells[cells.length - 1];
    if (last && Math.abs(b.x0 - last.x0) <= 1 && Math.abs(b.x1 - last.x1) <= 1) continue;
    if (last && Math.abs(b.x0 - last.x1) > 1.5) return null;
    cells.push(b);
  }
  if (cells.length < 3) return null;
  const width = (cells[cells.length - 1] as Box).x1 - (cells[0] as Box).x0;
  return cells.every((c) => c.x1 - c.x0 < width * 0.7) ? cells : null;
}

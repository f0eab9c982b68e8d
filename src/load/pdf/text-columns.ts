/**
 * Pages whose text is set in two columns (tables, headings or a figure across both now and then):
 * the gutter between the columns, and the page's text parted at it into bands read in order —
 * within each band the left column, then the right; a line across the gutter is a band of its own.
 *
 * A gutter is a strip down the middle part of the page that no text crosses (but a few lines that
 * span both columns), with lines of prose on both sides: lines that fill their column. Figures
 * beside labels (a table set as text) or a contents list do not fill their columns, so they are
 * never read as two columns.
 */
import { median } from './lines';
import { lineEnd, lineStart, type TextRun } from './page-data';
import { byBaseline } from './unruled/pieces';

export interface Gutter {
  x0: number;
  x1: number;
}

/** Is `line` set across the gutter (a heading, a line of a single-column part of the page)? */
function crosses(line: readonly TextRun[], gutter: Gutter): boolean {
  // (Over the gutter's middle: a line of a column may reach a little into the gutter's edge.)
  const middle = (gutter.x0 + gutter.x1) / 2;
  return line.some((r) => r.x < middle - 1 && r.x + r.width > middle + 1);
}

const yOf = (line: readonly TextRun[]): number => (line[0] as TextRun).y;

/** The gutter between two columns of prose on this page, or null. */
export function textGutter(runs: readonly TextRun[], width: number): Gutter | null {
  const text = runs.filter((r) => r.text.trim() !== '');
  if (text.length < 12 || width <= 0) return null;
  const lines = byBaseline(text);
  if (lines.length < 6) return null;
  // How many lines cover each point across the middle of the page.
  const from = Math.floor(width * 0.3);
  const to = Math.ceil(width * 0.7);
  const cover = new Array<number>(to - from + 1).fill(0);
  for (const line of lines) {
    for (const r of line) {
      for (let x = Math.max(from, Math.floor(r.x)); x <= Math.min(to, Math.ceil(r.x + r.width)); x++) cover[x - from] = (cover[x - from] as number) + 1;
    }
  }
  // The widest strip crossed by few lines (those that span both columns).
  const few = Math.max(1, Math.floor(lines.length * 0.15));
  let best: Gutter | null = null;
  for (let i = 0; i < cover.length; ) {
    if ((cover[i] as number) > few) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < cover.length && (cover[j + 1] as number) <= few) j++;
    if (!best || j - i > best.x1 - best.x0) best = { x0: from + i, x1: from + j };
    i = j + 1;
  }
  if (!best || best.x1 - best.x0 < 6) return null;
  const gutter = best;
  // Prose on both sides: lines that fill their column.
  const { left: leftLines, right: rightLines } = sidesOf(lines.filter((l) => !crosses(l, gutter)), gutter);
  if (leftLines.length < 6 || rightLines.length < 6) return null;
  const leftEdge = Math.min(...leftLines.map(lineStart));
  const rightEdge = Math.max(...rightLines.map(lineEnd));
  const filled = (ls: TextRun[][], span: number): boolean => median(ls.map((l) => lineEnd(l) - lineStart(l))) >= span * 0.7;
  if (!filled(leftLines, gutter.x0 - leftEdge) || !filled(rightLines, rightEdge - gutter.x1)) return null;
  return gutter;
}

/** Lines beside the gutter (none across it), each cut into its texts left and right of its middle. */
function sidesOf(lines: readonly TextRun[][], gutter: Gutter): { left: TextRun[][]; right: TextRun[][] } {
  const middle = (gutter.x0 + gutter.x1) / 2;
  const side = (keep: (r: TextRun) => boolean): TextRun[][] => lines.map((l) => l.filter(keep)).filter((l) => l.length > 0);
  return { left: side((r) => r.x + r.width <= middle), right: side((r) => r.x >= middle) };
}

/**
 * The gutter that the two-column pages of a document share: three of them or more with their
 * gutters' middles within a few points of each other. Null when no layout in two columns recurs.
 */
export function sharedGutter(gutters: readonly (Gutter | null)[]): Gutter | null {
  const found = gutters.filter((g): g is Gutter => g !== null).sort((a, b) => a.x0 + a.x1 - (b.x0 + b.x1));
  const middle = (g: Gutter): number => (g.x0 + g.x1) / 2;
  let best: Gutter[] = [];
  for (const g of found) {
    const near = found.filter((o) => Math.abs(middle(o) - middle(g)) <= 3);
    if (near.length > best.length) best = near;
  }
  if (best.length < 3) return null;
  return { x0: Math.max(...best.map((g) => g.x0)), x1: Math.min(...best.map((g) => g.x1)) };
}

/**
 * A page of a document set in two columns that keeps them though its lines do not fill them (a
 * list of short entries, each a paragraph of its own): the document's gutter, when few of the
 * page's lines cross it and both columns hold lines of words.
 */
export function keptGutter(runs: readonly TextRun[], gutter: Gutter): Gutter | null {
  const lines = byBaseline(runs.filter((r) => r.text.trim() !== ''));
  if (lines.length < 12) return null;
  const into = (l: readonly TextRun[]): boolean => l.some((r) => r.x < gutter.x1 - 0.5 && r.x + r.width > gutter.x0 + 0.5);
  const clear = lines.filter((l) => !into(l));
  if (lines.length - clear.length > Math.max(1, Math.floor(lines.length * 0.15))) return null;
  const words = (l: TextRun[]): boolean => /\p{L}{2,}.*\s.*\p{L}{2,}/u.test(l.map((r) => r.text).join(' '));
  const { left, right } = sidesOf(clear, gutter);
  const wordy = (ls: TextRun[][]): boolean => ls.length >= 6 && ls.filter(words).length >= ls.length * 0.7;
  return wordy(left) && wordy(right) ? gutter : null;
}

/** A part of the page read as one: the runs of one column in one band, or of a line across both. */
export interface TextPart {
  runs: TextRun[];
  /** 0 for the left column or a line across both, 1 for the right column. */
  column: 0 | 1;
  /** The band the part belongs to (bands are read top to bottom). */
  band: number;
  /** Where the left column's lines end (the gutter's edge); none for the right column or a line across both. */
  right?: number;
}

/**
 * Headings set across both columns that are too short to cross the gutter (a chapter heading over
 * the page's width, `column-span: all`): a line in type larger than the page's text, in the left
 * column, beside which the right column holds nothing while it holds text above it — the columns
 * above were balanced to end over the heading, and text after the heading starts again below it in
 * both. (A heading inside the left column has the right column's text beside it.)
 */
function spanningHeadings(lines: readonly TextRun[][], gutter: Gutter): TextRun[][] {
  const middle = (gutter.x0 + gutter.x1) / 2;
  const chars = new Map<number, number>();
  for (const line of lines) for (const r of line) chars.set(Math.round(r.size * 10), (chars.get(Math.round(r.size * 10)) ?? 0) + r.text.trim().length);
  const body = ([...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0) / 10;
  // The right column's baselines, low to high (searched, not scanned: a page of many lines).
  const right = lines.flatMap((l) => l.filter((r) => r.x >= middle && r.text.trim() !== '').map((r) => r.y)).sort((a, b) => a - b);
  const top = right[right.length - 1] ?? -Infinity;
  const firstFrom = (y: number): number => {
    let lo = 0;
    let hi = right.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((right[mid] as number) < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return lines.filter((line) => {
    const text = line.filter((r) => r.text.trim() !== '');
    if (text.length === 0 || text.some((r) => r.x + r.width > middle)) return false;
    const size = Math.max(...text.map((r) => r.size));
    if (size < body * 1.15) return false;
    const y = yOf(line);
    const beside = right[firstFrom(y - size * 1.5)];
    return top > y + size && (beside === undefined || beside > y + size * 1.5);
  });
}

/**
 * The page's runs in reading order: parted into bands at the lines across the gutter and at the
 * `breaks` (tops and feet of tables across both columns), each band's left column then its right.
 */
export function textParts(runs: readonly TextRun[], gutter: Gutter, breaks: readonly number[]): { parts: TextPart[]; bandOf: (y: number) => number } {
  const lines = byBaseline(runs);
  const across = new Set([...lines.filter((l) => crosses(l, gutter)), ...spanningHeadings(lines, gutter)]);
  // Band edges, top to bottom: each line across the gutter is a band of its own.
  const size = (l: TextRun[]): number => Math.max(...l.map((r) => r.size));
  const edges = [...new Set([...[...across].flatMap((l) => [yOf(l) + size(l), yOf(l) - size(l) * 0.4]), ...breaks])].sort((a, b) => b - a);
  const bandOf = (y: number): number => {
    let k = 0;
    while (k < edges.length && (edges[k] as number) > y) k++;
    return k;
  };
  const parts = new Map<number, TextPart>();
  const add = (r: TextRun, column: 0 | 1, band: number): void => {
    const key = band * 2 + column;
    const part = parts.get(key) ?? { runs: [], column, band };
    part.runs.push(r);
    parts.set(key, part);
  };
  const middle = (gutter.x0 + gutter.x1) / 2;
  const side = (r: TextRun): 0 | 1 => (r.x + r.width / 2 < middle ? 0 : 1);
  const placed = new Set<TextRun>();
  const acrossBands = new Set<number>();
  for (const line of lines) {
    const band = bandOf(yOf(line));
    if (across.has(line)) acrossBands.add(band);
    for (const r of line) {
      add(r, across.has(line) ? 0 : side(r), band);
      placed.add(r);
    }
  }
  // Blank runs (spaces set on their own) go with the text beside them.
  for (const r of runs) {
    if (placed.has(r)) continue;
    const band = bandOf(r.y);
    add(r, acrossBands.has(band) ? 0 : side(r), band);
  }
  for (const part of parts.values()) if (part.column === 0 && !acrossBands.has(part.band)) part.right = gutter.x0;
  return { parts: [...parts.values()].sort((a, b) => a.band - b.band || a.column - b.column), bandOf };
}

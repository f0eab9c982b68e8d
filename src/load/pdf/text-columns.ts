/**
 * Pages whose text is set in columns, two or more (tables, headings or a figure across them now
 * and then): the gutters between the columns, and the page's text parted at them into bands read
 * in order — within each band the columns from left to right; a line across the gutters is a band
 * of its own.
 *
 * A gutter is a strip down the page that no text crosses (but a few lines that span the columns),
 * with lines of prose on both sides: lines that fill their column. Figures beside labels (a table
 * set as text) or a contents list do not fill their columns, so they are never read as columns.
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

const crossesAny = (line: readonly TextRun[], gutters: readonly Gutter[]): boolean => gutters.some((g) => crosses(line, g));

const yOf = (line: readonly TextRun[]): number => (line[0] as TextRun).y;

/** Strips across [from, to] that at most `few` of the lines cover, each at least 6 pt wide. */
function clearStrips(lines: readonly TextRun[][], from: number, to: number, few: number): Gutter[] {
  if (!(to >= from)) return [];
  const cover = new Array<number>(to - from + 1).fill(0);
  for (const line of lines) {
    for (const r of line) {
      for (let x = Math.max(from, Math.floor(r.x)); x <= Math.min(to, Math.ceil(r.x + r.width)); x++) cover[x - from] = (cover[x - from] as number) + 1;
    }
  }
  const strips: Gutter[] = [];
  for (let i = 0; i < cover.length; ) {
    if ((cover[i] as number) > few) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < cover.length && (cover[j + 1] as number) <= few) j++;
    if (j - i >= 6) strips.push({ x0: from + i, x1: from + j });
    i = j + 1;
  }
  return strips;
}

/**
 * The gutters between columns of prose on this page, left to right (one for two columns), or null.
 *
 * Two columns: the widest strip down the middle part of the page (30–70 % of its width) that few
 * lines cross. Three columns or more (a brochure, a landscape page): every such strip inside the
 * text, the columns between them of about one width; taken only when each column holds prose.
 */
export function textGutters(runs: readonly TextRun[], width: number): Gutter[] | null {
  const text = runs.filter((r) => r.text.trim() !== '');
  if (text.length < 12 || width <= 0) return null;
  const lines = byBaseline(text);
  if (lines.length < 6) return null;
  // (Lines that span the columns: a heading, a line under a table across them all.)
  const few = Math.max(1, Math.floor(lines.length * 0.15));
  const left = Math.min(...lines.map(lineStart));
  const right = Math.max(...lines.map(lineEnd));
  // (Strips inside the text only: its margins are no gutters.)
  const inner = clearStrips(lines, Math.ceil(left), Math.floor(right), few).filter((g) => g.x0 > Math.ceil(left) && g.x1 < Math.floor(right));
  if (inner.length >= 2) {
    const edges = [left, ...inner.flatMap((g) => [g.x0, g.x1]), right];
    const widths = Array.from({ length: inner.length + 1 }, (_, k) => (edges[2 * k + 1] as number) - (edges[2 * k] as number));
    if (Math.min(...widths) >= Math.max(...widths) * 0.6 && holdsProse(lines, inner)) return inner;
  }
  const middle = clearStrips(lines, Math.floor(width * 0.3), Math.ceil(width * 0.7), few).sort((a, b) => b.x1 - b.x0 - (a.x1 - a.x0))[0];
  return middle && holdsProse(lines, [middle]) ? [middle] : null;
}

/** Does each column between the gutters hold prose: six lines or more that mostly fill it? */
function holdsProse(lines: readonly TextRun[][], gutters: readonly Gutter[]): boolean {
  const columns = columnsOf(lines.filter((l) => !crossesAny(l, gutters)), gutters);
  if (columns.some((c) => c.length < 6)) return false;
  // (Three columns or more whose blocks start level, row after row, are a table's cells set as
  // text, not prose: read as columns they would run each column's cells together, unsaid.)
  if (gutters.length >= 2 && rowsLevel(columns)) return false;
  const filled = (ls: TextRun[][], span: number): boolean => median(ls.map((l) => lineEnd(l) - lineStart(l))) >= span * 0.7;
  const last = columns.length - 1;
  return columns.every((c, k) => {
    const x0 = k === 0 ? Math.min(...c.map(lineStart)) : (gutters[k - 1] as Gutter).x1;
    const x1 = k === last ? Math.max(...c.map(lineEnd)) : (gutters[k] as Gutter).x0;
    return filled(c, x1 - x0);
  });
}

/**
 * Do the columns' blocks start level, as a table's rows do: three times or more, and at half or
 * more of the first column's blocks, every column has a block starting on the same baseline. A
 * block starts at a column's first line and after a gap wider than its lines' usual spacing.
 */
function rowsLevel(columns: readonly TextRun[][][]): boolean {
  const starts = columns.map((lines) => {
    const ys = lines.map(yOf).sort((a, b) => b - a);
    const gaps = ys.slice(1).map((y, k) => (ys[k] as number) - y);
    const usual = gaps.length > 0 ? median(gaps) : 0;
    return ys.filter((_, k) => k === 0 || (gaps[k - 1] as number) > usual * 1.4);
  });
  const [first = [], ...others] = starts;
  const level = first.filter((y) => others.every((o) => o.some((z) => Math.abs(z - y) <= 2))).length;
  return level >= 3 && level >= first.length * 0.5;
}

/** Lines beside the gutters (none across them), each cut into its texts in each column (between the gutters' middles). */
function columnsOf(lines: readonly TextRun[][], gutters: readonly Gutter[]): TextRun[][][] {
  const middles = gutters.map((g) => (g.x0 + g.x1) / 2);
  return Array.from({ length: gutters.length + 1 }, (_, k) => {
    const from = k === 0 ? -Infinity : (middles[k - 1] as number);
    const to = k === middles.length ? Infinity : (middles[k] as number);
    return lines.map((l) => l.filter((r) => r.x >= from && r.x + r.width <= to)).filter((l) => l.length > 0);
  });
}

/**
 * The gutters that the pages in columns of a document share: three pages or more with as many
 * gutters, each gutter's middle within a few points of theirs. Null when no layout in columns recurs.
 */
export function sharedGutters(perPage: readonly (readonly Gutter[] | null)[]): Gutter[] | null {
  const found = perPage.filter((g): g is readonly Gutter[] => g !== null && g.length > 0);
  const middle = (g: Gutter): number => (g.x0 + g.x1) / 2;
  const alike = (a: readonly Gutter[], b: readonly Gutter[]): boolean => a.length === b.length && a.every((g, k) => Math.abs(middle(g) - middle(b[k] as Gutter)) <= 3);
  let best: (readonly Gutter[])[] = [];
  for (const g of found) {
    const near = found.filter((o) => alike(o, g));
    if (near.length > best.length) best = near;
  }
  if (best.length < 3) return null;
  return (best[0] as readonly Gutter[]).map((_, k) => ({ x0: Math.max(...best.map((g) => (g[k] as Gutter).x0)), x1: Math.min(...best.map((g) => (g[k] as Gutter).x1)) }));
}

/**
 * The gutters a page is read by: its own (`own`, see textGutters), or the document's (`shared`) —
 * where its own hold them, as exact as its fuller pages made them (short lines widen a page's strip
 * into the column before it, so that a full line there would seem to cross it), or where it shows
 * fewer and keeps them (a list of short entries in three columns may show one gutter by itself; a
 * few lines under a table, none; see keptGutters).
 */
export function pageGutters(own: Gutter[] | null, shared: Gutter[] | null, runs: readonly TextRun[]): Gutter[] | null {
  if (!shared) return own;
  if (own && holdsGutters(own, shared)) return [...shared];
  if ((own?.length ?? 0) < shared.length) return keptGutters(runs, shared) ?? own;
  return own;
}

/** Do a page's gutters hold the document's, one for one (each strip around the other's middle)? */
function holdsGutters(own: readonly Gutter[], shared: readonly Gutter[]): boolean {
  return own.length === shared.length && own.every((g, k) => {
    const middle = ((shared[k] as Gutter).x0 + (shared[k] as Gutter).x1) / 2;
    return g.x0 <= middle && middle <= g.x1;
  });
}

/**
 * A page of a document set in columns that keeps them though its lines do not fill them (a list of
 * short entries, each a paragraph of its own; a few lines of text in columns under a table across
 * them; a section's end that leaves the last columns empty): the document's gutters, when few of
 * the page's lines cross them, and two columns or more hold lines of words, every column that holds
 * any.
 */
export function keptGutters(runs: readonly TextRun[], gutters: readonly Gutter[]): Gutter[] | null {
  const lines = byBaseline(runs.filter((r) => r.text.trim() !== ''));
  // (Across a gutter's middle: a line may reach into its edge, the document's gutters being the
  // narrowest its pages showed.)
  const clear = lines.filter((l) => !crossesAny(l, gutters));
  if (lines.length - clear.length > Math.max(1, Math.floor(lines.length * 0.15))) return null;
  const words = (l: TextRun[]): boolean => /\p{L}{2,}.*\s.*\p{L}{2,}/u.test(l.map((r) => r.text).join(' '));
  const held = columnsOf(clear, gutters).filter((c) => c.length > 0);
  if (held.length >= 3 && rowsLevel(held)) return null;
  const wordy = (ls: TextRun[][]): boolean => ls.length >= 2 && ls.filter(words).length >= ls.length * 0.7;
  // (Six lines of columns or more: where columns keep their baselines, a line of the page holds one of each.)
  return held.length >= 2 && held.reduce((n, c) => n + c.length, 0) >= 6 && held.every(wordy) ? [...gutters] : null;
}

/** A part of the page read as one: the runs of one column in one band, or of a line across the columns. */
export interface TextPart {
  runs: TextRun[];
  /** The column, counted from 0 at the left (0 for a line across the columns). */
  column: number;
  /** The band the part belongs to (bands are read top to bottom). */
  band: number;
  /** Where the column's lines end (the next gutter's edge); none for the last column or a line across the columns. */
  right?: number;
}

/**
 * Headings set across the columns that are too short to cross a gutter (a chapter heading over
 * the page's width, `column-span: all`): a line in type larger than the page's text, in the first
 * column, beside which the other columns hold nothing while they hold text above it — the columns
 * above were balanced to end over the heading, and text after the heading starts again below it in
 * each. (A heading inside the first column has the next column's text beside it.)
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
    // (Beside it: a line whose baseline falls within the heading's own height, give or take. The
    // columns start again a line's height under a heading across them, which may be its size.)
    const beside = right[firstFrom(y - size * 0.6)];
    return top > y + size && (beside === undefined || beside > y + size * 1.2);
  });
}

/** Does a line hold two texts that overlap by more than a letter or two (one drawn into the other)? */
function overlapping(line: readonly TextRun[]): boolean {
  const texts = line.filter((r) => r.text.trim() !== '').sort((a, b) => a.x - b.x);
  let end = -Infinity;
  let endText = '';
  for (const r of texts) {
    if (r.x < end - Math.max(2, r.size * 2) && r.text.trim() !== endText) return true;
    if (r.x + r.width > end) {
      end = r.x + r.width;
      endText = r.text.trim();
    }
  }
  return false;
}

/**
 * The page's runs in reading order: parted into bands at the lines across the gutter and at the
 * `breaks` (tops and feet of tables across both columns), each band's left column then its right.
 */
export function textParts(runs: readonly TextRun[], gutters: readonly Gutter[], breaks: readonly number[]): { parts: TextPart[]; bandOf: (y: number) => number } {
  const lines = byBaseline(runs);
  // (Not a line whose texts run into each other: a column's line that overflowed the gutter, an
  // address too long for its note, over the next column's line on about its baseline, is no line set
  // across the columns.)
  const across = new Set([...lines.filter((l) => crossesAny(l, gutters) && !overlapping(l)), ...spanningHeadings(lines, gutters[0] as Gutter)]);
  // Band edges, top to bottom: each line across the gutters is a band of its own.
  const size = (l: TextRun[]): number => Math.max(...l.map((r) => r.size));
  const edges = [...new Set([...[...across].flatMap((l) => [yOf(l) + size(l), yOf(l) - size(l) * 0.4]), ...breaks])].sort((a, b) => b - a);
  const bandOf = (y: number): number => {
    let k = 0;
    while (k < edges.length && (edges[k] as number) > y) k++;
    return k;
  };
  const parts = new Map<string, TextPart>();
  const add = (r: TextRun, column: number, band: number): void => {
    const key = `${band}:${column}`;
    const part = parts.get(key) ?? { runs: [], column, band };
    part.runs.push(r);
    parts.set(key, part);
  };
  const middles = gutters.map((g) => (g.x0 + g.x1) / 2);
  const side = (r: TextRun): number => middles.filter((m) => r.x + r.width / 2 >= m).length;
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
  for (const part of parts.values()) {
    const next = gutters[part.column];
    if (next && !acrossBands.has(part.band)) part.right = next.x0;
  }
  return { parts: [...parts.values()].sort((a, b) => a.band - b.band || a.column - b.column), bandOf };
}

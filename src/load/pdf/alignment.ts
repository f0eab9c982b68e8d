/**
 * How a table column sets its text: flush left, flush right or centred. A column set flush right or
 * centred (a `Wie` column, right-aligned figures, centred labels) starts each line where its width
 * puts it, so where a line starts says nothing about lists or paragraphs there; such lines are read
 * as the same text set flush left (see asFlushLeft).
 */
import { median, type Line } from './lines';

export type Alignment = 'left' | 'right' | 'centre';

/** Fewest lines of a column whose alignment is judged (fewer say nothing). */
const MIN_LINES = 3;
/** Share of a column's lines that must share an edge (or centre) for it to be the column's. */
const SHARED = 0.85;
/** Share of its lines at most that may start (or, centred, end) at one place in a column set otherwise. */
const AT_LEFT = 0.6;

/** How close lines' centres must be to count as one (layout engines centre to a hundredth of a point). */
const CENTRE_TOLERANCE = 0.75;
/** Most centres a centred column's lines take: its paragraphs', and its lists' (set in, their centre moves) to two levels. */
const CENTRES = 3;

/**
 * The alignment of a column's lines (all its cells' lines, in one table on one page). Flush left when
 * more than AT_LEFT of them start at one place (a list set in starts at its indent); flush right when
 * nearly all end at one place; centred when nearly all share one of a few centres (paragraphs and the
 * lists set in among them) and fewer than AT_LEFT end at one place. Flush left otherwise, also when
 * too few lines tell.
 */
export function columnAlignment(lines: readonly Line[]): Alignment {
  const text = lines.filter((l) => l.text.trim() !== '');
  if (text.length < MIN_LINES) return 'left';
  const tol = Math.max(1.5, median(text.map((l) => l.size)) * 0.15);
  if (sharedBy(text.map((l) => l.x0), tol, 1) > AT_LEFT) return 'left';
  const ends = sharedBy(text.map((l) => l.x1), tol, 1);
  if (ends >= SHARED) return 'right';
  return sharedBy(text.map((l) => (l.x0 + l.x1) / 2), CENTRE_TOLERANCE, CENTRES) >= SHARED && ends <= AT_LEFT ? 'centre' : 'left';
}

/** The share of `values` that fall on the `places` most shared places (values within `tol` of a place's first are that place). */
function sharedBy(values: readonly number[], tol: number, places: number): number {
  const sizes: number[] = [];
  let first = -Infinity;
  for (const v of [...values].sort((a, b) => a - b)) {
    if (v - first <= tol) sizes[sizes.length - 1] = (sizes[sizes.length - 1] as number) + 1;
    else {
      sizes.push(1);
      first = v;
    }
  }
  return sizes.sort((a, b) => b - a).slice(0, places).reduce((n, k) => n + k, 0) / values.length;
}

/** The lines moved to start at `left`, each keeping its width: how the same text reads set flush left. */
export function asFlushLeft(lines: readonly Line[], left: number): Line[] {
  return lines.map((l) => ({ ...l, x0: left, x1: left + (l.x1 - l.x0) }));
}

/**
 * Are one cell's lines centred in it, whatever its column does (a theme's title centred in a column
 * set flush left, `Weerbaarheid van` over `burgers en`)? Two lines or more that start apart, all with
 * one middle, the middle of the cell's box (`x0`, `x1`): a line set in from the others, a list's
 * item, keeps its end where the text's right edge is.
 */
export function centredInCell(lines: readonly Line[], x0: number, x1: number): boolean {
  const text = lines.filter((l) => l.text.trim() !== '');
  if (text.length < 2) return false;
  const middles = text.map((l) => (l.x0 + l.x1) / 2);
  const starts = text.map((l) => l.x0);
  return Math.max(...starts) - Math.min(...starts) > 3 && middles.every((m) => Math.abs(m - (x0 + x1) / 2) <= CENTRE_TOLERANCE * 2);
}

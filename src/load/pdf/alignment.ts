/**
 * How a table column sets its text: flush left, flush right or centred. A column set flush right or
 * centred (a `Wie` column, right-aligned figures, centred labels) starts each line where its width
 * puts it, so where a line starts says nothing about lists or paragraphs there; such lines are read
 * as the same text set flush left (see asFlushLeft).
 */
import type { Line } from './lines';

export type Alignment = 'left' | 'right' | 'centre';

/** Fewest lines of a column whose alignment is judged (fewer say nothing). */
const MIN_LINES = 3;
/** Share of a column's lines that must share an edge (or centre) for it to be the column's. */
const SHARED = 0.85;
/** Share of its lines at most that may start at the column's left edge in a column set otherwise. */
const AT_LEFT = 0.6;

/**
 * The alignment of a column's lines (all its cells' lines, in one table on one page). Flush right:
 * nearly all the lines that do not start at the column's left edge end at its right edge, and start
 * at more than one place (the lines of a list set in, justified, end at the right edge too, but start
 * at its indent); fewer than AT_LEFT of all start at the left edge. Centred: nearly all share a centre,
 * and neither edge. Flush left otherwise, also when too few lines tell.
 */
export function columnAlignment(lines: readonly Line[]): Alignment {
  const text = lines.filter((l) => l.text.trim() !== '');
  if (text.length < MIN_LINES) return 'left';
  const tol = (l: Line): number => Math.max(1.5, l.size * 0.15);
  const left = Math.min(...text.map((l) => l.x0));
  const right = Math.max(...text.map((l) => l.x1));
  const atLeft = (l: Line): boolean => l.x0 - left <= tol(l);
  const atRight = (l: Line): boolean => right - l.x1 <= tol(l);
  const share = (of: readonly Line[], test: (l: Line) => boolean): number => of.filter(test).length / of.length;
  if (share(text, atLeft) > AT_LEFT) return 'left';
  const inside = text.filter((l) => !atLeft(l));
  const starts = inside.map((l) => l.x0).sort((a, b) => a - b);
  const oneStart = (starts[starts.length - 1] as number) - (starts[0] as number) <= tol(inside[0] as Line);
  if (share(inside, atRight) >= SHARED) return oneStart ? 'left' : 'right';
  const centres = text.map((l) => (l.x0 + l.x1) / 2).sort((a, b) => a - b);
  const mid = centres[Math.floor(centres.length / 2)] as number;
  return share(text, (l) => Math.abs((l.x0 + l.x1) / 2 - mid) <= tol(l)) >= SHARED && share(text, atRight) <= AT_LEFT ? 'centre' : 'left';
}

/** The lines moved to start at `left`, each keeping its width: how the same text reads set flush left. */
export function asFlushLeft(lines: readonly Line[], left: number): Line[] {
  return lines.map((l) => ({ ...l, x0: left, x1: left + (l.x1 - l.x0) }));
}

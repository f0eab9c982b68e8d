/**
 * Watermarks: text laid across a page's own text — a draft's `CONCEPT` — that is no part of it.
 * Two kinds: text set at a slant (10° or more from any right angle), and text in type many times
 * the page's body size set over lines of the page's other text (no heading or title stands over
 * text). Each is left out of the page's runs and said in one note (see pdf.ts).
 */
import { dominantSize } from './lines';
import type { TextRun } from './page-data';

/** The angle (degrees, 0–359) a run whose transform starts `a`, `b` runs at. */
export const angleOf = (a: number, b: number): number => ((Math.round((Math.atan2(b, a) * 180) / Math.PI) % 360) + 360) % 360;

/** Does a run whose transform starts `a`, `b` run at a slant: 10° or more from any right angle? */
export function atSlant(a: number, b: number): boolean {
  const angle = angleOf(a, b);
  return Math.abs(angle - Math.round(angle / 90) * 90) > 10;
}

/** How many runs in large type a page may hold for them to be sought over its text (the search is bounded). */
const MAX_LARGE = 50;

/**
 * The runs of a page in type 2.5 times its body size or more that lines of its other, smaller text
 * run through (two baselines or more within the letters' height, across their width): a watermark
 * laid over the text. A heading, a cover's title or a drop capital stands beside text, never over it.
 */
export function overlaid(runs: readonly TextRun[]): Set<TextRun> {
  const out = new Set<TextRun>();
  const body = dominantSize(runs);
  const large = runs.filter((r) => r.text.trim() !== '' && r.size >= body * 2.5);
  if (large.length === 0 || large.length > MAX_LARGE) return out;
  for (const mark of large) {
    const baselines = new Set<number>();
    for (const r of runs) {
      if (r === mark || r.size > mark.size * 0.6 || r.text.trim() === '') continue;
      const across = Math.min(r.x + r.width, mark.x + mark.width) - Math.max(r.x, mark.x);
      if (across > 0 && r.y > mark.y - mark.size * 0.1 && r.y < mark.y + mark.size * 0.7) baselines.add(Math.round(r.y));
    }
    if (baselines.size >= 2) out.add(mark);
  }
  return out;
}

/** Rules drawn through text, which are no table's borders. */
import { isUpright, MAX_SHAPES } from './frames';
import type { Box, TextRun } from './page-data';

/**
 * Upright rules that run through text: a rule drawn across words (a column rule that a producer
 * draws on through a table across the columns) is no cell's border, which stands in the padding
 * between texts. A rule through two lines or more, with text beyond it, goes; words that overflowed
 * their cell across a border, on fewer lines than end against it, leave the border.
 */
export function withoutStrikes(rules: readonly Box[], runs: readonly TextRun[]): Box[] {
  const text = runs.filter((r) => r.text.trim().length > 1);
  const struck = (rule: Box): boolean => {
    const x = (rule.x0 + rule.x1) / 2;
    const along = text.filter((r) => r.y >= rule.y0 && r.y + r.size * 0.5 <= rule.y1);
    const lines = (runs: TextRun[]): number => new Set(runs.map((r) => Math.round(r.y))).size;
    const through = lines(along.filter((r) => r.x < x - 2 && r.x + r.width > x + 2));
    // (Text on its far side too: a table's outer border that overflowing words ran past stays.
    // And more lines through it than lines that end against it, as lines of a cell beside a border do.)
    const beyond = along.some((r) => r.x > x + 1);
    const against = lines(along.filter((r) => r.x + r.width <= x - 1 && r.x + r.width >= x - 12));
    return through >= 2 && beyond && through > against;
  };
  // (Bounded: a page of very many upright rules, a chart or hatching, is left as drawn.)
  if (rules.filter((r) => isUpright(r)).length > MAX_SHAPES) return [...rules];
  const kept = rules.filter((r) => !(isUpright(r) && struck(r)));
  return kept.length === rules.length ? [...rules] : kept;
}

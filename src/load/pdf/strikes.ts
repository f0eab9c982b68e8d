/** Rules drawn through text, which are no table's borders. */
import type { Box, TextRun } from './page-data';

/**
 * Upright rules that run through text: a rule drawn across words (a column rule that a producer
 * draws on through a table across the columns) is no cell's border, which stands in the padding
 * between texts. A rule through two lines or more goes; one long word that overflowed its cell
 * across a border leaves the border.
 */
export function withoutStrikes(rules: readonly Box[], runs: readonly TextRun[]): Box[] {
  const text = runs.filter((r) => r.text.trim().length > 1);
  const struck = (rule: Box): boolean => {
    const x = (rule.x0 + rule.x1) / 2;
    const through = text.filter((r) => r.y >= rule.y0 && r.y + r.size * 0.5 <= rule.y1 && r.x < x - 2 && r.x + r.width > x + 2);
    return new Set(through.map((r) => Math.round(r.y))).size >= 2;
  };
  const kept = rules.filter((r) => !(r.y1 - r.y0 >= 20 && r.x1 - r.x0 <= 3 && struck(r)));
  return kept.length === rules.length ? [...rules] : kept;
}

/**
 * An NDS action number where it opens a table cell or paragraph (`23) Het kabinet …`): the anchor
 * of an action row, the evidence that an action is in the text, and what makes a document an NDS
 * edition. One pattern for every stage that looks for it.
 *
 * An edition may write its numbers with a stop instead (`23. Het kabinet …`); a stop is also how a
 * list numbers its points (`1. Versterken …` in a progress cell), so a document's tables are read
 * one way: with a stop where more cells in their first two columns open with a number so than with
 * a bracket, else with a bracket (anchorOf). (A stop must be followed by a space: `1.281` is a figure.)
 */
import type { Block } from '../../model/document';

export const ACTION_ANCHOR = /^(\d{1,3})\)\s/;

/** An action number written with a stop: `23. Het kabinet …`. */
export const DOTTED_ANCHOR = /^(\d{1,3})\.\s/;

/** The anchor each document's tables use (see anchorOf), by its blocks: asked once per document. */
const styles = new WeakMap<readonly Block[], RegExp>();

/** How a document writes its action numbers: DOTTED_ANCHOR where more table cells in a first or second column open with it than with ACTION_ANCHOR, else ACTION_ANCHOR. */
export function anchorOf(blocks: readonly Block[]): RegExp {
  let style = styles.get(blocks);
  if (style) return style;
  let dotted = 0;
  let bracketed = 0;
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    for (const r of b.rows) {
      for (const c of r.cells.slice(0, 2)) {
        if (ACTION_ANCHOR.test(c.text)) bracketed++;
        else if (DOTTED_ANCHOR.test(c.text)) dotted++;
      }
    }
  }
  style = dotted > bracketed ? DOTTED_ANCHOR : ACTION_ANCHOR;
  styles.set(blocks, style);
  return style;
}

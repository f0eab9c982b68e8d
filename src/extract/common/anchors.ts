/**
 * The way each document writes its action numbers (model/action-anchors.ts): the anchor of an
 * action row, the evidence that an action is in the text, and what makes a document an NDS
 * edition. A stop is also how a list numbers its points (`1. Versterken …` in a progress cell) and
 * brackets how a text counts its points (`(1) …`), so a document's tables are read one way: the
 * style that opens the most cells of their first two columns, the 2020 one where none does more.
 */
import type { Block } from '../../model/document';
import { ANCHOR_STYLES, type AnchorStyle } from '../../model/action-anchors';

export { BRACKET, type AnchorStyle } from '../../model/action-anchors';

/** The style each document's tables use (see anchorStyleOf), by its blocks: asked once per document. */
const styles = new WeakMap<readonly Block[], AnchorStyle>();

/** How a document writes its action numbers: the style that opens the most cells in a table's first or second column, else BRACKET. */
export function anchorStyleOf(blocks: readonly Block[]): AnchorStyle {
  let found = styles.get(blocks);
  if (found) return found;
  const counts = ANCHOR_STYLES.map(() => 0);
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    for (const r of b.rows) {
      for (const c of r.cells.slice(0, 2)) {
        const k = ANCHOR_STYLES.findIndex((s) => s.opening.test(c.text));
        if (k >= 0) counts[k] = (counts[k] as number) + 1;
      }
    }
  }
  let best = 0;
  counts.forEach((n, k) => {
    if (n > (counts[best] as number)) best = k;
  });
  found = ANCHOR_STYLES[best] as AnchorStyle;
  styles.set(blocks, found);
  return found;
}

/** The pattern of an action number opening a text, as the document writes them (anchorStyleOf). */
export function anchorOf(blocks: readonly Block[]): RegExp {
  return anchorStyleOf(blocks).opening;
}

/**
 * Cell content → entries: what a status or plans cell says, one string per point.
 *
 * In: the blocks of a cell. Out: `entries` (each list item one entry, each paragraph one entry,
 * points written inline as `• …` one entry each) and, aligned with them, `topics`: the sub-heading
 * an entry stands under (an italic line such as *Big data*, or a short label before a list), or null.
 * Sub-headings are not entries themselves; the parallel array keeps them visible and lossless.
 */
import type { CellContent } from '../../model/document';
import { isTopicLabel } from '../../model/topics';

export interface Entries {
  entries: string[];
  topics: (string | null)[];
}

const INLINE_BULLET = /\s*[•▪]\s+/u;
/** A short capitalised phrase after the last full stop of a text: `… maken. Delen van gegevens`. */
const TRAILING_LABEL = /[.!?]\s+(\p{Lu}[^.!?•]*)$/u;

function stripTopic(text: string): string {
  return text.replace(/(?<!\s)\s*:\s*$/, '').trim();
}

/** Flattens cell blocks into entries with their topics. */
export function cellEntries(blocks: readonly CellContent[]): Entries {
  const out: Entries = { entries: [], topics: [] };
  let topic: string | null = null;
  const push = (text: string): void => {
    const t = text.trim();
    if (t === '') return;
    out.entries.push(t);
    out.topics.push(topic);
  };
  // Points written inline (`• …`), each an entry: a short label before the first heads them, and
  // one closing a point heads the points after it (`… mogelijk maken. Delen van gegevens • We stellen …`).
  const pushPoints = (text: string): void => {
    const pieces = text.split(INLINE_BULLET);
    pieces.forEach((piece, k) => {
      if (k === 0 && pieces.length > 1 && piece !== '' && isTopicLabel(piece)) {
        topic = stripTopic(piece);
        return;
      }
      const tail = k === pieces.length - 1 ? null : TRAILING_LABEL.exec(piece);
      if (tail && tail[1] && isTopicLabel(tail[1]) && tail.index > 0) {
        push(piece.slice(0, tail.index + 1));
        topic = stripTopic(tail[1]);
      } else push(piece);
    });
  };
  blocks.forEach((block, i) => {
    if (block.kind === 'list') {
      // (An item may hold points written inline too: a layout that set the `•` at a line's end
      // left the next point inside the item, `… onderwijs. •` / `Daarnaast …`.)
      for (const item of block.items) pushPoints(item.text);
      return;
    }
    const text = block.text;
    if (text === '') return;
    // (A topic is a label, a few words with no sentence's end, over what follows it in the cell: a
    // text in italics that says a sentence, or stands last with nothing under it, is an entry — in a
    // document set in italics throughout, every paragraph is.)
    if (block.emphasis === 'italic' && isTopicLabel(text) && i < blocks.length - 1) {
      topic = stripTopic(text);
      return;
    }
    const next = blocks[i + 1];
    if (!INLINE_BULLET.test(text) && next && next.kind === 'list' && isTopicLabel(text)) {
      topic = stripTopic(text);
      return;
    }
    pushPoints(text);
  });
  return out;
}

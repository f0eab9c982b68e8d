/**
 * Header rows of status tables recognised by what their cells mean (model/header-meanings.ts),
 * never by one edition's exact labels or dates.
 */
import type { TableRow } from '../../model/document';
import { normalizeTitle } from '../../segment/sections';
import { HEADER_MEANINGS, labelMeaning, type HeaderMeaning } from '../../model/header-meanings';

export { HEADER_MEANINGS, type HeaderMeaning } from '../../model/header-meanings';

/** The column of each meaning in a row (-1 where none), the first matching cell winning. */
export function headerMeanings(row: TableRow): Record<HeaderMeaning, number> {
  const names = row.cells.map((c) => normalizeTitle(c.text));
  // Two labels in one cell beside an empty one (`Thema Opgave` | `` | `Actie`: a layout that set the
  // header's labels off the columns): the second label is the empty cell's.
  for (let i = 0; i + 1 < names.length; i++) {
    if (names[i + 1] !== '') continue;
    const words = (names[i] as string).split(' ');
    const first = labelMeaning(words[0] ?? '');
    const at = words.findIndex((_, k) => k > 0 && labelMeaning(words.slice(k).join(' ')) !== null && labelMeaning(words.slice(k).join(' ')) !== first);
    if (first === null || at < 0) continue;
    names[i + 1] = words.slice(at).join(' ');
    names[i] = words.slice(0, at).join(' ');
  }
  const used = new Set<number>();
  const out = {} as Record<HeaderMeaning, number>;
  // Specific meanings first, so that "Thema's & ambitie" is not read as anything else.
  for (const meaning of ['task', 'status', 'plans', 'who', 'actions', 'theme'] as HeaderMeaning[]) {
    const i = names.findIndex((n, k) => !used.has(k) && HEADER_MEANINGS[meaning].test(n));
    out[meaning] = i;
    if (i >= 0) used.add(i);
  }
  return out;
}

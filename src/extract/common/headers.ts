/**
 * Header rows of status tables recognised by what their cells mean (model/header-meanings.ts),
 * never by one edition's exact labels or dates.
 */
import type { TableRow } from '../../model/document';
import { normalizeTitle } from '../../segment/sections';
import { HEADER_MEANINGS, type HeaderMeaning } from '../../model/header-meanings';

export { HEADER_MEANINGS, type HeaderMeaning } from '../../model/header-meanings';

/** The column of each meaning in a row (-1 where none), the first matching cell winning. */
export function headerMeanings(row: TableRow): Record<HeaderMeaning, number> {
  const names = row.cells.map((c) => normalizeTitle(c.text));
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

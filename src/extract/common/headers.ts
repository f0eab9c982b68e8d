/**
 * Header rows of status tables recognised by what their cells mean (model/header-meanings.ts),
 * never by one edition's exact labels or dates.
 */
import type { TableRow } from '../../model/document';
import { normalizeTitle } from '../../segment/sections';
import { HEADER_MEANINGS, labelBreaks, labelMeaning, type HeaderMeaning } from '../../model/header-meanings';

/** Where further labels start inside one cell's text (`Thema Opgave` → the index of `Opgave`). */
function labelsAfterFirst(name: string): number[] {
  const first = labelMeaning(name.split(' ')[0] ?? '');
  return first === null ? [] : labelBreaks(name, first).at;
}

/** The column of each meaning in a row (-1 where none), the first matching cell winning. */
export function headerMeanings(row: TableRow): Record<HeaderMeaning, number> {
  const names = row.cells.map((c) => normalizeTitle(c.text));
  // Two labels in one cell beside an empty one (`Thema Opgave` | `` | `Actie`: a layout that set the
  // header's labels off the columns): the second label is the empty cell's.
  for (let i = 0; i + 1 < names.length; i++) {
    if (names[i + 1] !== '') continue;
    const name = names[i] as string;
    const at = labelsAfterFirst(name)[0];
    if (at === undefined) continue;
    names[i + 1] = name.slice(at);
    names[i] = name.slice(0, at).trimEnd();
  }
  const used = new Set<number>();
  const out = {} as Record<HeaderMeaning, number>;
  // Specific meanings first, so that "Thema's & ambitie" is not read as anything else.
  for (const meaning of ['task', 'status', 'plans', 'who', 'actions', 'theme'] as HeaderMeaning[]) {
    const i = names.findIndex((n, k) => !used.has(k) && HEADER_MEANINGS[meaning].test(n));
    out[meaning] = i;
    if (i >= 0) used.add(i);
  }
  // Two labels in one cell with no empty cell beside it (`Thema Opgave`: a layout that found one
  // column where the two stand, their cells empty below): the second label's column is that one too.
  names.forEach((name, i) => {
    for (const at of labelsAfterFirst(name)) {
      const second = labelMeaning(name.slice(at));
      if (second !== null && out[second] < 0) out[second] = i;
    }
  });
  return out;
}

/**
 * What a column header of a status table means, whatever words an edition uses: the theme, the
 * task (connectivity plan), the actions, the progress so far, what comes next, who does it (and
 * when). Header rows are recognised by these meanings, never by one edition's exact labels or dates
 * (`Stand van zaken/resultaten (t/m Q2 2020)`, `Voortgang tot 1 januari 2022` and `Status` all mean
 * the progress column).
 */
import type { TableRow } from '../../model/document';
import { normalizeTitle } from '../../segment/sections';

export const HEADER_MEANINGS = {
  theme: /^(thema|domein|onderwerp)/,
  task: /^opgaven?\b/,
  actions: /^acties?\b/,
  status: /\b(stand van zaken|status|voortgang|resultaten|bereikt)\b/,
  plans: /\b(wat gaan we doen|vervolg\w*|volgende stappen|planning|plannen|komende periode)\b/,
  who: /^(wie|eigenaar|trekker|verantwoordelijke?)\b/,
} as const;

export type HeaderMeaning = keyof typeof HEADER_MEANINGS;

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

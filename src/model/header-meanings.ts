/**
 * What a column header of a status table means, whatever words an edition uses: the theme, the
 * task (connectivity plan), the actions, the progress so far, what comes next, who does it (and
 * when). Shared by the PDF loader, which tells two labels set with a narrow gutter apart by them
 * (`Thema Opgave`), and the extractors, which find their columns by them. Never one edition's exact
 * labels or dates: `Stand van zaken/resultaten (t/m Q2 2020)`, `Voortgang tot 1 januari 2022` and
 * `Status` all mean the progress column. Patterns apply to lower-case text.
 */
export const HEADER_MEANINGS = {
  theme: /^(thema|domein|onderwerp)/,
  task: /^opgaven?\b/,
  actions: /^acties?\b/,
  status: /\b(stand van zaken|status|voortgang|resultaten|bereikt)\b/,
  plans: /\b(wat gaan we doen|vervolg\w*|volgende stappen|planning|plannen|komende periode)\b/,
  who: /^(wie|eigenaar|trekker|verantwoordelijke?)\b/,
} as const;

export type HeaderMeaning = keyof typeof HEADER_MEANINGS;

/** The meaning a header label opens with, if any (`Stand van zaken/ resultaten` → status). */
export function labelMeaning(text: string): HeaderMeaning | null {
  const t = text.trim().toLowerCase();
  for (const [meaning, pattern] of Object.entries(HEADER_MEANINGS) as [HeaderMeaning, RegExp][]) {
    const m = pattern.exec(t);
    // The label must open with its meaning (a status word deep inside a label does not open one).
    if (m && m.index <= 1) return meaning;
  }
  return null;
}

/** Texts of a header row: two or more of them open with what a column holds (`Het actieplan …` does not). */
export function namesColumns(texts: readonly string[]): boolean {
  return texts.filter((t) => labelMeaning(t) !== null).length >= 2;
}

/** A year column's label (`2021`). */
export const YEAR_LABEL = /^(19|20)\d{2}$/;

/** Texts of a year table's header row: two or more of them are years. */
export function namesYears(texts: readonly string[]): boolean {
  return texts.filter((t) => YEAR_LABEL.test(t)).length >= 2;
}

/** Texts of a table's header row: labels of two columns, or two years. */
export function namesHeader(texts: readonly string[]): boolean {
  return namesColumns(texts) || namesYears(texts);
}

/**
 * Where further labels begin inside one string (`Opgave Actie`, `Thema's & ambitie Acties zoals in
 * NDS`): the index of each word, after the first, from which the rest opens a meaning other than the
 * one in force (`meaning` at the start). Also the meaning in force at the end.
 */
export function labelBreaks(text: string, meaning: HeaderMeaning | null): { at: number[]; meaning: HeaderMeaning | null } {
  const at: number[] = [];
  let current = meaning;
  [...text.matchAll(/\S+/g)].forEach((w, i) => {
    if (i === 0) return;
    const own = labelMeaning(text.slice(w.index));
    if (own === null || own === current) return;
    at.push(w.index ?? 0);
    current = own;
  });
  return { at, meaning: current };
}

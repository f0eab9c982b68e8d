/**
 * Header rows of status tables recognised by what their cells mean (model/header-meanings.ts),
 * never by one edition's exact labels or dates.
 */
import type { TableRow } from '../../model/document';
import { normalizeTitle } from '../../segment/sections';
import { cutLabelOf, HEADER_MEANINGS, labelBreaks, labelMeaning, mendBrokenLabel, saysMeaning, type HeaderMeaning } from '../../model/header-meanings';

/** Where further labels start inside one cell's text (`Thema Opgave` → the index of `Opgave`). */
function labelsAfterFirst(name: string): number[] {
  const space = name.indexOf(' ');
  const first = labelMeaning(space < 0 ? name : name.slice(0, space));
  return first === null ? [] : labelBreaks(name, first).at;
}

/**
 * A header cell's text that is the rest of a label, not a column's own: in brackets (`(Tijd)`, `Wie`
 * cut from it: see withLostLabel), or closing a bracket it did not open (`wanneer)?`, the rest of
 * `Wat gaan we doen (en wanneer)?` that a narrow column wrapped into the next cell).
 */
export function restOfLabel(text: string): boolean {
  return /^\s*\(/.test(text) || (text.includes(')') && !text.includes('('));
}

/** Rows already read (the extractors and the reconciliation each ask of every row; rows do not change). */
const seen = new WeakMap<TableRow, Record<HeaderMeaning, number>>();

/** The column of each meaning in a row (-1 where none), the first matching cell winning. */
export function headerMeanings(row: TableRow): Record<HeaderMeaning, number> {
  let meanings = seen.get(row);
  if (!meanings) {
    meanings = readMeanings(row);
    seen.set(row, meanings);
  }
  return { ...meanings };
}

function readMeanings(row: TableRow): Record<HeaderMeaning, number> {
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
  // (A label a narrow column broke inside its word is read whole, `Opgav e`: each cell mended once.)
  const mended: string[] = [];
  const mendedOf = (k: number) => (): string => (mended[k] ??= mendBrokenLabel(names[k] as string));
  // Specific meanings first, so that "Thema's & ambitie" is not read as anything else.
  for (const meaning of ['task', 'status', 'plans', 'who', 'timing', 'actions', 'theme', 'ambition'] as HeaderMeaning[]) {
    const i = names.findIndex((n, k) => !used.has(k) && saysMeaning(n, meaning, mendedOf(k)) && !(meaning === 'timing' && restOfLabel(row.cells[k]?.text ?? '')));
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
  return withLostLabel(out, names, row.cells.map((c) => c.text.trim()));
}

/**
 * A label lost (cut off at the page edge, or left on the page before by a page break): a header
 * cell with no label (or only a label's parenthesis, or the start of a label cut short), standing
 * just where one meaning that was not found comes among the columns that were (in the order the
 * tables set them: Thema, Opgave, Actie, Stand van zaken, Wat gaan we doen, Wie), is that
 * meaning's column. Only when one such cell and one such meaning fit, and never the task's nor a
 * timing column's (an empty last column is no evidence of one).
 */
function withLostLabel(found: Record<HeaderMeaning, number>, names: readonly string[], texts: readonly string[]): Record<HeaderMeaning, number> {
  const order = Object.keys(HEADER_MEANINGS) as HeaderMeaning[];
  let out = found;
  const used = new Set(Object.values(out).filter((i) => i >= 0));
  if (used.size < 2) return out;
  // Where a meaning not found may stand: column k, after the columns of the meanings before it and
  // before those of the meanings after it. (Never the task, Opgave: that column is what tells the
  // connectivity plan's tables from the actions' tables, and an empty cell between Thema and Acties
  // is no evidence of it.)
  const fitsAt = (m: HeaderMeaning, k: number): boolean => {
    const i = order.indexOf(m);
    return m !== 'task' && m !== 'timing' && m !== 'ambition' && out[m] < 0 && order.slice(0, i).every((b) => out[b] < k) && order.slice(i + 1).every((a) => out[a] < 0 || out[a] > k);
  };
  // The last label in the row, only the start of one the page edge cut (`Wi`; `Wat gaan we` ·
  // `(vanaf Q2 20`, each line cut, its parenthesis aside), with only empty cells after it (columns
  // past the edge): the meaning it is the start of, where that one alone fits.
  const head = (k: number): string => normalizeTitle((texts[k] ?? '').replace(/\s*\([^()]*\)?$/, ''));
  const last = names.reduce((at, name, k) => (name !== '' ? k : at), -1);
  const cut = last >= 0 && !used.has(last) ? order.filter((m) => fitsAt(m, last) && cutLabelOf(head(last), m)) : [];
  if (cut.length === 1) {
    out = { ...out, [cut[0] as HeaderMeaning]: last };
    used.add(last);
  }
  // A cell with no label, or only the rest of one the page break cut (`(vanaf Q2 2020)`).
  const empty = names.flatMap((name, k) => ((name === '' || /^\([^()]*\)$/.test(texts[k] ?? '')) && !used.has(k) ? [k] : []));
  if (empty.length !== 1) return out;
  const k = empty[0] as number;
  const fits = order.filter((m) => fitsAt(m, k));
  return fits.length === 1 ? { ...out, [fits[0] as HeaderMeaning]: k } : out;
}

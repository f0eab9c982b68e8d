/**
 * What changed in the document as a whole between two editions — title, year, sections (renumbered,
 * added, removed), gaps and table-total checks — and the section renumbering that record fields
 * derived from a section must follow before records are compared.
 *
 * In: the document.json content of each side (or the same built for a document on the fly).
 * Sections are matched by their title: the same title under another number is renumbered.
 */
import { normalizeSpace } from '../load/text-block';

export interface DocumentSide {
  title: string | null;
  year: number | null;
  sections: { id: string; title: string }[];
  gaps: { type: string; key: string }[];
  checks: { table: string; column: string; ok: boolean }[];
}

export interface DocumentChange {
  field: 'title' | 'year' | 'sections' | 'gaps' | 'checks';
  old?: unknown;
  new?: unknown;
  /** sections: old id → new id, for every section whose number changed. */
  renumbered?: Record<string, string>;
  added?: string[];
  removed?: string[];
}

const titleKey = (t: string): string => normalizeSpace(t).toLowerCase();

/** Old section id → new section id, for sections whose title stayed and whose number moved. */
export function sectionRenumbering(a: DocumentSide, b: DocumentSide): Map<string, string> {
  const byTitle = new Map<string, string[]>();
  for (const s of b.sections) byTitle.set(titleKey(s.title), [...(byTitle.get(titleKey(s.title)) ?? []), s.id]);
  const map = new Map<string, string>();
  for (const s of a.sections) {
    const ids = byTitle.get(titleKey(s.title)) ?? [];
    if (ids.length === 1 && ids[0] !== s.id) map.set(s.id, ids[0] as string);
  }
  return new Map([...map].sort(([x], [y]) => x.localeCompare(y, 'en', { numeric: true })));
}

function listChange(field: 'gaps' | 'checks', a: string[], b: string[]): DocumentChange | null {
  const added = b.filter((x) => !a.includes(x));
  const removed = a.filter((x) => !b.includes(x));
  return added.length + removed.length > 0 ? { field, added, removed } : null;
}

export function diffDocuments(a: DocumentSide, b: DocumentSide): DocumentChange[] {
  const changes: DocumentChange[] = [];
  if (a.title !== b.title) changes.push({ field: 'title', old: a.title, new: b.title });
  if (a.year !== b.year) changes.push({ field: 'year', old: a.year, new: b.year });
  const renumbered = sectionRenumbering(a, b);
  const oldTitles = new Set(a.sections.map((s) => titleKey(s.title)));
  const newTitles = new Set(b.sections.map((s) => titleKey(s.title)));
  const added = b.sections.filter((s) => !oldTitles.has(titleKey(s.title))).map((s) => `${s.id} ${s.title}`);
  const removed = a.sections.filter((s) => !newTitles.has(titleKey(s.title))).map((s) => `${s.id} ${s.title}`);
  if (renumbered.size + added.length + removed.length > 0) {
    changes.push({ field: 'sections', renumbered: Object.fromEntries(renumbered), added, removed });
  }
  const gaps = listChange('gaps', a.gaps.map((g) => `${g.type} ${g.key}`), b.gaps.map((g) => `${g.type} ${g.key}`));
  if (gaps) changes.push(gaps);
  const check = (c: DocumentSide['checks'][number]): string => `${c.table} ${c.column}: ${c.ok ? 'adds up' : 'does not add up'}`;
  const checks = listChange('checks', a.checks.map(check), b.checks.map(check));
  if (checks) changes.push(checks);
  return changes;
}

/**
 * Old-side ids written compactly: `2 → 3, 2.1–2.7 → 3.1–3.7, 3 → 4` (runs of consecutive
 * sub-sections that moved the same way are one item).
 */
export function describeRenumbering(map: Record<string, string>): string {
  const items: string[] = [];
  const entries = Object.entries(map).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  for (let i = 0; i < entries.length; i++) {
    const [from, to] = entries[i] as [string, string];
    let j = i;
    const prefix = (id: string): string => id.replace(/\.\d+$/, '');
    while (j + 1 < entries.length && /\.\d+$/.test(from) && prefix((entries[j + 1] as [string, string])[0]) === prefix(from) && prefix((entries[j + 1] as [string, string])[1]) === prefix(to)) j++;
    const [lastFrom, lastTo] = entries[j] as [string, string];
    items.push(j > i ? `${from}–${lastFrom} → ${to}–${lastTo}` : `${from} → ${to}`);
    i = j;
  }
  return items.join(', ');
}

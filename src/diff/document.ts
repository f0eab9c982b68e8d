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
  /** sections: new id → { old title, new title }, for sections that kept their place under another title. */
  retitled?: Record<string, { old: string; new: string }>;
  added?: string[];
  removed?: string[];
}

const titleKey = (t: string): string => normalizeSpace(t).toLowerCase();

type Section = DocumentSide['sections'][number];

function words(title: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const w of titleKey(title).split(/[^\p{L}\p{N}]+/u)) if (w.length > 2) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

function titleSimilarity(a: string, b: string): number {
  const [x, y] = [words(a), words(b)];
  let same = 0;
  for (const [w, k] of x) same += Math.min(k, y.get(w) ?? 0);
  const total = Math.max([...x.values()].reduce((n, k) => n + k, 0), [...y.values()].reduce((n, k) => n + k, 0));
  return total === 0 ? 0 : same / total;
}

/**
 * Old sections paired with new ones: first by the same title; then a section that kept its number
 * and shares words with its old title, or any left whose titles share most of their words, is the
 * same section retitled (and maybe renumbered). What stays unpaired was added or removed.
 */
export function matchSections(a: DocumentSide, b: DocumentSide): [Section, Section][] {
  const pairs: [Section, Section][] = [];
  const freeNew = new Set(b.sections);
  const byTitle = new Map<string, Section[]>();
  for (const s of b.sections) byTitle.set(titleKey(s.title), [...(byTitle.get(titleKey(s.title)) ?? []), s]);
  const rest: Section[] = [];
  for (const s of a.sections) {
    const same = byTitle.get(titleKey(s.title)) ?? [];
    if (same.length === 1 && freeNew.has(same[0] as Section)) {
      pairs.push([s, same[0] as Section]);
      freeNew.delete(same[0] as Section);
    } else rest.push(s);
  }
  for (const s of rest) {
    const candidates = [...freeNew].map((n) => ({ n, sim: titleSimilarity(s.title, n.title) + (n.id === s.id ? 0.25 : 0) }));
    candidates.sort((x, y) => y.sim - x.sim);
    const best = candidates[0];
    if (best && best.sim >= 0.5) {
      pairs.push([s, best.n]);
      freeNew.delete(best.n);
    }
  }
  return pairs;
}

/** What a section became in the new edition: its id and title, for every section paired. */
export interface SectionFate {
  id: string;
  title: string;
}

/** Old section id → its id and title in the new edition, for every paired section that changed. */
export function sectionFates(a: DocumentSide, b: DocumentSide): Map<string, SectionFate> {
  const map = new Map<string, SectionFate>();
  for (const [x, y] of matchSections(a, b)) if (x.id !== y.id || x.title !== y.title) map.set(x.id, { id: y.id, title: y.title });
  return map;
}

/** Old section id → new section id, for sections whose number moved. */
export function sectionRenumbering(a: DocumentSide, b: DocumentSide): Map<string, string> {
  const map = new Map<string, string>();
  for (const [x, y] of matchSections(a, b)) if (x.id !== y.id) map.set(x.id, y.id);
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
  const pairs = matchSections(a, b);
  const renumbered = sectionRenumbering(a, b);
  const retitled = Object.fromEntries(pairs.filter(([x, y]) => titleKey(x.title) !== titleKey(y.title)).map(([x, y]) => [y.id, { old: x.title, new: y.title }]));
  const paired = new Set(pairs.flat());
  const added = b.sections.filter((s) => !paired.has(s)).map((s) => `${s.id} ${s.title}`);
  const removed = a.sections.filter((s) => !paired.has(s)).map((s) => `${s.id} ${s.title}`);
  if (renumbered.size + added.length + removed.length + Object.keys(retitled).length > 0) {
    const change: DocumentChange = { field: 'sections', renumbered: Object.fromEntries(renumbered), added, removed };
    if (Object.keys(retitled).length > 0) change.retitled = retitled;
    changes.push(change);
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

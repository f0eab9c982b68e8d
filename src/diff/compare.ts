/**
 * Two record sets → the changes between them, per record type.
 *
 * Records are matched by their natural key: actions by number (with a text-similarity fallback that
 * reports a moved number as `renumbered`), connectivity actions by their action text (similar text
 * counts as the same action, edited), Proeftuin locations by city and name, budget lines by table,
 * row and year, footnotes by number, priorities by rank, budget mentions by sentence and amount.
 * `source` is provenance, not content: it is never compared, and neither is the way status and plans
 * text is cut into entries (a PDF cannot show every paragraph break a markdown conversion kept), nor
 * a space after a dash (see typeset): the same words in the same order are the same status. List fields report the entries added and
 * removed. Text similarity is the share of words in common (linear, order ignored).
 */
import { diffArrays, diffWords } from 'diff';
import { RECORD_TYPES, type RecordSet, type RecordType } from '../schemas/records';
import type { DocumentChange, SectionFate } from './document';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'renumbered';

/** A run of words: kept (`=`), removed (`-`) or added (`+`); long kept runs are shortened with `…`. */
export interface WordOp {
  op: '=' | '-' | '+';
  text: string;
}

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
  /** For list fields: entries in new that old lacks, and entries of old that new lacks. */
  added?: unknown[];
  removed?: unknown[];
  /** For a changed text (or one list entry replaced by another): the words that changed. */
  words?: WordOp[];
}

export interface Change {
  type: RecordType;
  kind: ChangeKind;
  /** The record's key (in the new edition for added/renumbered, else in the old). */
  key: string;
  /** For renumbered: the key in the old edition. */
  oldKey?: string;
  fields: FieldChange[];
  /** For added and removed: the record itself (without its source). */
  record?: Record<string, unknown>;
}

type Rec = Record<string, unknown>;

const IGNORED_FIELDS = new Set(['source']);

type WordBag = Map<string, number>;

function wordBag(text: string): WordBag {
  const bag: WordBag = new Map();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word !== '') bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}

function bagSize(bag: WordBag): number {
  let n = 0;
  for (const [w, k] of bag) n += w.length * k;
  return n;
}

/**
 * Share of the words (weighted by length) that two texts have in common, 0–1, ignoring order.
 * Linear in the texts' length, so comparing many long records stays bounded.
 */
function bagSimilarity(a: WordBag, b: WordBag): number {
  const size = Math.max(bagSize(a), bagSize(b));
  if (size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let same = 0;
  for (const [w, k] of small) same += w.length * Math.min(k, large.get(w) ?? 0);
  return same / size;
}

/** Share of words the two texts have in common, 0–1. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a === '' || b === '') return 0;
  return bagSimilarity(wordBag(a), wordBag(b));
}

/** Pairs compared by text at most per record type; past it only keys match (bounded time). */
const MAX_TEXT_COMPARISONS = 1_000_000;

/** Entry lists whose cutting into entries depends on the input format (a PDF hides some breaks). */
const SEGMENTED = new Set(['status', 'plans']);

/**
 * A text as compared: spaces collapsed, and none after a dash. Whether a space followed a dash a
 * line ended with a PDF cannot show (`oplossen en –werken` read `en – werken`, `Innovatie-
 * convenant`): the same words either way.
 */
function typeset(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([-–—]) /g, '$1').trim();
}

function joined(value: unknown): string {
  return Array.isArray(value) ? typeset(value.join(' ')) : JSON.stringify(value);
}

/** Topics as runs: the same sub-headings in the same order, however many entries each covers. */
function topicRuns(value: unknown): string {
  if (!Array.isArray(value)) return JSON.stringify(value);
  return JSON.stringify(value.filter((t, i) => i === 0 || t !== value[i - 1]));
}

/** Same content, cut into entries differently: not a change a reader of two editions cares about. */
function sameContent(field: string, a: Rec, b: Rec): boolean {
  if (SEGMENTED.has(field)) return joined(a[field]) === joined(b[field]);
  if (typeof a[field] === 'string' && typeof b[field] === 'string') return typeset(a[field]) === typeset(b[field]);
  const base = field.endsWith('Topics') ? field.slice(0, -'Topics'.length) : null;
  return base !== null && SEGMENTED.has(base) && joined(a[base]) === joined(b[base]) && topicRuns(a[field]) === topicRuns(b[field]);
}

/** Edits beyond which a word diff is not worth reading (and would cost more than it tells). */
const MAX_WORD_EDITS = 300;
const KEEP_CONTEXT = 6;

function shorten(text: string): string {
  const words = text.split(/(\s+)/);
  if (words.length <= KEEP_CONTEXT * 4 + 1) return text;
  return `${words.slice(0, KEEP_CONTEXT * 2).join('')}… ${words.slice(-KEEP_CONTEXT * 2).join('').trimStart()}`;
}

/** The words that changed between two texts, or undefined when they differ too much to say. */
export function wordDiff(a: string, b: string): WordOp[] | undefined {
  if (a.length + b.length > 100_000) return undefined;
  const parts = diffWords(a, b, { maxEditLength: MAX_WORD_EDITS });
  if (!parts) return undefined;
  return parts.map((p) => ({ op: p.added ? '+' : p.removed ? '-' : '=', text: p.added || p.removed ? p.value : shorten(p.value) }));
}

/** Texts shorter than this many words read better as old → new than as a word diff. */
const MIN_WORDS = 8;
const wordCount = (t: string): number => t.split(/\s+/).filter(Boolean).length;

function withWords(change: FieldChange): FieldChange {
  const { old: x, new: y } = change;
  if (typeof x === 'string' && typeof y === 'string') {
    if (Math.max(wordCount(x), wordCount(y)) < MIN_WORDS) return change;
    const words = wordDiff(x, y);
    if (words) change.words = words;
  } else if (change.added?.length === 1 && change.removed?.length === 1 && typeof change.added[0] === 'string' && typeof change.removed[0] === 'string') {
    const words = wordDiff(change.removed[0], change.added[0]);
    if (words) change.words = words;
  } else if (SEGMENTED.has(change.field) && Array.isArray(x) && Array.isArray(y)) {
    const words = wordDiff(joined(x), joined(y));
    if (words) change.words = words;
  }
  return change;
}

function fieldChanges(a: Rec, b: Rec): FieldChange[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !IGNORED_FIELDS.has(k));
  const changes: FieldChange[] = [];
  for (const field of keys) {
    const x = a[field];
    const y = b[field];
    if (JSON.stringify(x) === JSON.stringify(y) || sameContent(field, a, b)) continue;
    const change: FieldChange = { field, old: x ?? null, new: y ?? null };
    if (Array.isArray(x) && Array.isArray(y)) {
      const parts = diffArrays(x.map((e) => JSON.stringify(e)), y.map((e) => JSON.stringify(e)));
      change.added = parts.filter((p) => p.added).flatMap((p) => p.value.map((v) => JSON.parse(v) as unknown));
      change.removed = parts.filter((p) => p.removed).flatMap((p) => p.value.map((v) => JSON.parse(v) as unknown));
    }
    changes.push(withWords(change));
  }
  // `statusTopics` runs parallel to `status`: when the entries changed, the topics shifting with them is no news.
  const changed = new Set(changes.map((c) => c.field));
  return changes.filter((c) => !(c.field.endsWith('Topics') && changed.has(c.field.slice(0, -'Topics'.length))));
}

interface Matcher {
  key: (r: Rec) => string;
  /** Text compared when keys differ (renumbered / edited records); absent: exact keys only. */
  text?: (r: Rec) => string;
  /** Similarity from which two records with different keys are the same record. */
  threshold?: number;
  /** Whether a match on text with a different key is a renumbering (actions) or an edit. */
  renumber?: boolean;
}

const MATCHERS: Record<RecordType, Matcher> = {
  priorities: { key: (r) => String(r.rank) },
  actions: { key: (r) => String(r.number), text: (r) => String(r.text), threshold: 0.8, renumber: true },
  'connectivity-actions': { key: (r) => String(r.action), text: (r) => String(r.action), threshold: 0.75 },
  'budget-lines': { key: (r) => `${r.table} | ${r.row} | ${r.year}` },
  'budget-mentions': { key: (r) => `${r.section} | ${r.raw} | ${r.context}`, text: (r) => `${r.raw} ${r.context}`, threshold: 0.85 },
  'proeftuin-locations': { key: (r) => `${r.city} | ${r.name}` },
  footnotes: { key: (r) => String(r.n), text: (r) => String(r.text), threshold: 0.9, renumber: true },
};

function content(r: Rec): Rec {
  return Object.fromEntries(Object.entries(r).filter(([k]) => !IGNORED_FIELDS.has(k)));
}

/**
 * Fields that only repeat where something stands in the document: when a section is renumbered,
 * they follow it, and a record is not "changed" because of that (the sections are reported once,
 * as a document change). `priorities.section` is the priority's own section and is compared.
 */
const SECTION_FIELDS: Partial<Record<RecordType, (r: Rec, map: Map<string, SectionFate>) => Rec>> = {
  'budget-mentions': (r, map) => {
    const fate = map.get(String(r.section));
    return fate ? { ...r, section: fate.id, sectionTitle: fate.title } : r;
  },
  'proeftuin-locations': (r, map) => {
    const basis = r.priorityBasis as { section?: string } | null;
    const fate = basis?.section ? map.get(basis.section) : undefined;
    return fate ? { ...r, priorityBasis: { ...basis, section: fate.id } } : r;
  },
};

/** Pairs old and new records of one type; returns the changes. */
function compareType(type: RecordType, olds: Rec[], news: Rec[]): Change[] {
  const m = MATCHERS[type];
  const changes: Change[] = [];
  const freeOld = new Set(olds.keys());
  const freeNew = new Set(news.keys());
  const pairs: [number, number][] = [];
  const byKey = new Map<string, number[]>();
  news.forEach((r, j) => byKey.set(m.key(r), [...(byKey.get(m.key(r)) ?? []), j]));
  // 1. Same key, and (where text matters) text still alike.
  olds.forEach((r, i) => {
    const j = (byKey.get(m.key(r)) ?? []).find((k) => freeNew.has(k));
    if (j === undefined) return;
    const other = news[j] as Rec;
    if (m.text && m.renumber && similarity(m.text(r), m.text(other)) < 0.5) return;
    pairs.push([i, j]);
    freeOld.delete(i);
    freeNew.delete(j);
  });
  // 2. Different keys, alike text: renumbered (actions, footnotes) or edited (the rest).
  if (m.text) {
    const candidates: [number, number, number][] = [];
    const text = m.text;
    if (freeOld.size * freeNew.size <= MAX_TEXT_COMPARISONS) {
      const newBags = new Map([...freeNew].map((j) => [j, wordBag(text(news[j] as Rec))]));
      for (const i of freeOld) {
        const bag = wordBag(text(olds[i] as Rec));
        for (const j of freeNew) {
          const s = bagSimilarity(bag, newBags.get(j) as WordBag);
          if (s >= (m.threshold ?? 1)) candidates.push([s, i, j]);
        }
      }
    }
    candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
    for (const [, i, j] of candidates) {
      if (!freeOld.has(i) || !freeNew.has(j)) continue;
      pairs.push([i, j]);
      freeOld.delete(i);
      freeNew.delete(j);
    }
  }
  // 3. Same key left over (an action rewritten beyond recognition keeps its number).
  for (const i of [...freeOld]) {
    const j = (byKey.get(m.key(olds[i] as Rec)) ?? []).find((k) => freeNew.has(k));
    if (j === undefined) continue;
    pairs.push([i, j]);
    freeOld.delete(i);
    freeNew.delete(j);
  }
  pairs.sort((a, b) => a[1] - b[1]);
  for (const [i, j] of pairs) {
    const a = olds[i] as Rec;
    const b = news[j] as Rec;
    const renumbered = m.renumber === true && m.key(a) !== m.key(b);
    const fields = fieldChanges(a, b);
    if (renumbered) changes.push({ type, kind: 'renumbered', key: m.key(b), oldKey: m.key(a), fields });
    else if (fields.length > 0) changes.push({ type, kind: 'changed', key: m.key(b), ...(m.key(a) !== m.key(b) ? { oldKey: m.key(a) } : {}), fields });
  }
  for (const i of freeOld) changes.push({ type, kind: 'removed', key: m.key(olds[i] as Rec), fields: [], record: content(olds[i] as Rec) });
  for (const j of freeNew) changes.push({ type, kind: 'added', key: m.key(news[j] as Rec), fields: [], record: content(news[j] as Rec) });
  return changes;
}

export interface DiffResult {
  /** Changes to the document as a whole (title, year, sections, gaps, checks), when both sides have one. */
  document: DocumentChange[];
  changes: Change[];
  summary: Record<RecordType, Record<ChangeKind, number>>;
}

/**
 * Compares two record sets, type by type, in contract order. `sectionMap` (old section id → its
 * id and title in the new edition) moves the old side's section-derived fields first.
 */
export function diffRecords(
  olds: Partial<RecordSet>,
  news: Partial<RecordSet>,
  types: readonly RecordType[] = RECORD_TYPES,
  sectionMap: Map<string, SectionFate> = new Map(),
  document: DocumentChange[] = [],
): DiffResult {
  const changes: Change[] = [];
  const summary = {} as DiffResult['summary'];
  for (const type of types) {
    const renumber = SECTION_FIELDS[type];
    const oldRecords = (olds[type] ?? []) as unknown as Rec[];
    const typeChanges = compareType(type, renumber && sectionMap.size > 0 ? oldRecords.map((r) => renumber(r, sectionMap)) : oldRecords, (news[type] ?? []) as unknown as Rec[]);
    changes.push(...typeChanges);
    summary[type] = { added: 0, removed: 0, changed: 0, renumbered: 0 };
    for (const c of typeChanges) summary[type][c.kind]++;
  }
  return { document, changes, summary };
}

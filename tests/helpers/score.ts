/**
 * Field-by-field score of an extraction against the markdown edition's records: records matched by
 * their key, every field but `source` compared; status and plans compared as text (how a PDF cuts
 * them into entries is not a field error), their topics likewise. A missing record counts all its
 * fields wrong.
 */
import type { Extraction } from '../../src/pipeline';
import { RECORD_TYPES, type RecordType } from '../../src/schemas/records';

export const RECORD_KEY: Record<RecordType, (r: Record<string, unknown>) => string> = {
  priorities: (r) => String(r.rank),
  actions: (r) => String(r.number),
  'connectivity-actions': (r) => String(r.seq),
  'budget-lines': (r) => `${r.table}|${r.row}|${r.year}`,
  'budget-mentions': (r) => `${r.section}|${r.raw}|${r.context}`,
  'proeftuin-locations': (r) => `${r.city}|${r.name}`,
  footnotes: (r) => String(r.n),
};

const AS_TEXT = new Set(['status', 'plans']);

function same(field: string, a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const joined = (v: unknown): string => (Array.isArray(v) ? v.join(' ').replace(/\s+/g, ' ').trim() : JSON.stringify(v));
  if (AS_TEXT.has(field)) return joined(a[field]) === joined(b[field]);
  if (field === 'statusTopics' || field === 'plansTopics') return joined(a[field.replace('Topics', '')]) === joined(b[field.replace('Topics', '')]) || JSON.stringify(a[field]) === JSON.stringify(b[field]);
  return JSON.stringify(a[field]) === JSON.stringify(b[field]);
}

export interface Score {
  right: number;
  total: number;
  /** Per type: fields right / total, and the first few wrong fields. */
  types: Record<string, { right: number; total: number; wrong: string[] }>;
}

export function scoreAgainst(reference: Extraction, other: Extraction): Score {
  const score: Score = { right: 0, total: 0, types: {} };
  for (const type of RECORD_TYPES) {
    const key = RECORD_KEY[type];
    const theirs = new Map((other.records[type] as unknown as Record<string, unknown>[]).map((r) => [key(r), r]));
    const t = { right: 0, total: 0, wrong: [] as string[] };
    for (const record of reference.records[type] as unknown as Record<string, unknown>[]) {
      const match = theirs.get(key(record));
      for (const field of Object.keys(record).filter((f) => f !== 'source')) {
        t.total++;
        if (match && same(field, record, match)) t.right++;
        else if (t.wrong.length < 6) t.wrong.push(`${key(record)}.${field}`);
      }
    }
    score.types[type] = t;
    score.right += t.right;
    score.total += t.total;
  }
  return score;
}

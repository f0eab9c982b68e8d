/**
 * Diff result → text: a readable markdown report (counts first, then the changes grouped by record
 * type), JSON for machines, or CSV with one row per changed field.
 */
import { emitCsv } from '../emit/csv';
import { emitJson } from '../emit/json';
import type { Change, DiffResult, FieldChange, WordOp } from './compare';
import { describeRenumbering, type DocumentChange } from './document';

export interface DiffSides {
  old: string;
  new: string;
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** Words that changed, inline: `~~removed~~ **added**`, unchanged runs as they are (shortened). */
function wordsMarkdown(words: WordOp[]): string {
  return words.map((w) => (w.op === '=' ? w.text : w.op === '-' ? `~~${w.text.trim()}~~ ` : `**${w.text.trim()}** `)).join('').replace(/\s+/g, ' ').trim();
}

/** The same in plain text, for CSV: `[-removed-]{+added+}`. */
function wordsPlain(words: WordOp[] | undefined): string | null {
  if (!words) return null;
  return words.map((w) => (w.op === '=' ? w.text : w.op === '-' ? `[-${w.text}-]` : `{+${w.text}+}`)).join('');
}

function fieldLine(f: FieldChange): string {
  if (f.words && (typeof f.old === 'string' || (f.added?.length === 1 && f.removed?.length === 1) || (!f.added && !f.removed))) {
    return `  - \`${f.field}\`: ${wordsMarkdown(f.words)}`;
  }
  if (f.added || f.removed) {
    const parts = [
      ...(f.added ?? []).map((e) => `    - added: ${show(e)}`),
      ...(f.removed ?? []).map((e) => `    - removed: ${show(e)}`),
    ];
    return [`  - \`${f.field}\``, ...parts].join('\n');
  }
  return `  - \`${f.field}\`: ${show(f.old)} → ${show(f.new)}`;
}

/** The fields that say what a record is, for added and removed records. */
const SHOWN = ['text', 'action', 'title', 'name', 'context', 'category', 'theme', 'owners', 'timing', 'value', 'part', 'partTitle'];

function recordLines(record: Record<string, unknown> | undefined): string[] {
  if (!record) return [];
  return SHOWN.filter((k) => record[k] !== undefined && record[k] !== null && !(Array.isArray(record[k]) && (record[k] as unknown[]).length === 0)).map((k) => `  - \`${k}\`: ${show(record[k])}`);
}

function changeLines(c: Change): string[] {
  const head =
    c.kind === 'renumbered'
      ? `- **renumbered** ${c.oldKey} → ${c.key}`
      : `- **${c.kind}** ${c.key}${c.oldKey ? ` (was ${c.oldKey})` : ''}`;
  return [head, ...c.fields.map(fieldLine), ...recordLines(c.record)];
}

function documentLine(d: DocumentChange): string[] {
  if (d.field === 'sections') {
    const lines = ['- **sections**'];
    if (d.renumbered && Object.keys(d.renumbered).length > 0) lines.push(`  - renumbered: ${describeRenumbering(d.renumbered)}`);
    for (const [id, t] of Object.entries(d.retitled ?? {})) lines.push(`  - retitled: ${id} "${t.old}" → "${t.new}"`);
    for (const s of d.added ?? []) lines.push(`  - added: ${s}`);
    for (const s of d.removed ?? []) lines.push(`  - removed: ${s}`);
    return lines;
  }
  if (d.added || d.removed) return [`- **${d.field}**`, ...(d.added ?? []).map((x) => `  - added: ${x}`), ...(d.removed ?? []).map((x) => `  - removed: ${x}`)];
  return [`- **${d.field}**: ${show(d.old)} → ${show(d.new)}`];
}

export function renderMarkdown(result: DiffResult, sides: DiffSides): string {
  const lines = [`# NDS diff`, '', `- old: ${sides.old}`, `- new: ${sides.new}`, ''];
  const total = result.changes.length;
  const doc = result.document.length;
  lines.push(
    total + doc === 0 ? 'No differences.' : `${doc > 0 ? `${doc} document change${doc === 1 ? '' : 's'}, ` : ''}${total} record change${total === 1 ? '' : 's'}.`,
    '',
  );
  if (doc > 0) lines.push('## document', '', ...result.document.flatMap(documentLine), '');
  lines.push('| record type | added | removed | changed | renumbered |', '| --- | ---: | ---: | ---: | ---: |');
  for (const [type, s] of Object.entries(result.summary)) lines.push(`| ${type} | ${s.added} | ${s.removed} | ${s.changed} | ${s.renumbered} |`);
  for (const type of Object.keys(result.summary)) {
    const changes = result.changes.filter((c) => c.type === type);
    if (changes.length === 0) continue;
    lines.push('', `## ${type}`, '');
    for (const c of changes) lines.push(...changeLines(c));
  }
  return `${lines.join('\n')}\n`;
}

export function renderJson(result: DiffResult, sides: DiffSides): string {
  return emitJson({ old: sides.old, new: sides.new, document: result.document, summary: result.summary, changes: result.changes });
}

const CSV_COLUMNS = ['type', 'kind', 'key', 'oldKey', 'field', 'old', 'new', 'added', 'removed', 'words'] as const;

export function renderCsv(result: DiffResult): string {
  const rows: Record<string, unknown>[] = [];
  for (const d of result.document) {
    rows.push({ type: 'document', kind: 'changed', key: d.field, oldKey: null, field: d.field, old: d.renumbered ?? d.old ?? null, new: d.new ?? null, added: d.added ?? null, removed: d.removed ?? null, words: null });
  }
  for (const c of result.changes) {
    const base = { type: c.type, kind: c.kind, key: c.key, oldKey: c.oldKey ?? null };
    if (c.fields.length === 0) rows.push({ ...base, field: null, old: c.kind === 'removed' ? (c.record ?? null) : null, new: c.kind === 'added' ? (c.record ?? null) : null, added: null, removed: null, words: null });
    for (const f of c.fields) {
      rows.push({ ...base, field: f.field, old: f.old, new: f.new, added: f.added ?? null, removed: f.removed ?? null, words: wordsPlain(f.words) });
    }
  }
  return emitCsv(CSV_COLUMNS, rows);
}

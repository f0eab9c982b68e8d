/**
 * Diff result → text: a readable markdown report (counts first, then the changes grouped by record
 * type), JSON for machines, or CSV with one row per changed field.
 */
import { emitCsv } from '../emit/csv';
import { emitJson } from '../emit/json';
import type { Change, DiffResult, FieldChange } from './compare';

export interface DiffSides {
  old: string;
  new: string;
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

function fieldLine(f: FieldChange): string {
  if (f.added || f.removed) {
    const parts = [
      ...(f.added ?? []).map((e) => `    - added: ${show(e)}`),
      ...(f.removed ?? []).map((e) => `    - removed: ${show(e)}`),
    ];
    return [`  - \`${f.field}\``, ...parts].join('\n');
  }
  return `  - \`${f.field}\`: ${show(f.old)} → ${show(f.new)}`;
}

function changeLines(c: Change): string[] {
  const head =
    c.kind === 'renumbered'
      ? `- **renumbered** ${c.oldKey} → ${c.key}`
      : `- **${c.kind}** ${c.key}${c.oldKey ? ` (was ${c.oldKey})` : ''}`;
  return [head, ...c.fields.map(fieldLine)];
}

export function renderMarkdown(result: DiffResult, sides: DiffSides): string {
  const lines = [`# NDS diff`, '', `- old: ${sides.old}`, `- new: ${sides.new}`, ''];
  const total = result.changes.length;
  lines.push(total === 0 ? 'No differences.' : `${total} change${total === 1 ? '' : 's'}.`, '');
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
  return emitJson({ old: sides.old, new: sides.new, summary: result.summary, changes: result.changes });
}

const CSV_COLUMNS = ['type', 'kind', 'key', 'oldKey', 'field', 'old', 'new', 'added', 'removed'] as const;

export function renderCsv(result: DiffResult): string {
  const rows: Record<string, unknown>[] = [];
  for (const c of result.changes) {
    const base = { type: c.type, kind: c.kind, key: c.key, oldKey: c.oldKey ?? null };
    if (c.fields.length === 0) rows.push({ ...base, field: null, old: null, new: null, added: null, removed: null });
    for (const f of c.fields) {
      rows.push({ ...base, field: f.field, old: f.old, new: f.new, added: f.added ?? null, removed: f.removed ?? null });
    }
  }
  return emitCsv(CSV_COLUMNS, rows);
}

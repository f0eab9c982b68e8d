/**
 * Extraction → the content of document.json: what was read, what was found, what is missing.
 *
 * No clock, host or path goes in: the same input gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { UNREAD_CODES, type Diagnostic } from '../model/diagnostics';

const isUnread = (d: Diagnostic): boolean => d.severity === 'error' && UNREAD_CODES.has(d.code);
import type { Extraction } from '../pipeline';
import { RECORD_TYPES, type RecordType } from '../schemas/records';
import { TOOL_NAME, TOOL_VERSION } from '../version';

export interface DocumentReport {
  title: string | null;
  year: number | null;
  input: { name: string; sha256: string; bytes: number; format: string };
  tool: { name: string; version: string };
  counts: Partial<Record<RecordType, number>>;
  sections: { id: string; number: string | null; title: string; page: number | null; found: boolean; source: unknown }[];
  gaps: Extraction['gaps'];
  fragments: Extraction['fragments'];
  checks: Extraction['checks'];
  warnings: Omit<Diagnostic, 'severity'>[];
  notes: Omit<Diagnostic, 'severity'>[];
  /** True when every piece of content that looks like a record became one. */
  allRead: boolean;
  /** What was not read and where (only with `--partial`; empty when allRead). */
  unread: Omit<Diagnostic, 'severity'>[];
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function plain(d: Diagnostic): Omit<Diagnostic, 'severity'> {
  const out: Omit<Diagnostic, 'severity'> = { code: d.code, message: d.message };
  if (d.place) out.place = d.place;
  if (d.path) out.path = d.path;
  return out;
}

/** Builds the document.json content for an extraction of `bytes`. */
export function buildReport(extraction: Extraction, bytes: Uint8Array, types: readonly RecordType[] = RECORD_TYPES): DocumentReport {
  const { model } = extraction;
  const year = /\b(19|20)\d{2}\b/.exec(model.title ?? '');
  const counts: Partial<Record<RecordType, number>> = {};
  for (const t of types) counts[t] = extraction.records[t].length;
  return {
    title: model.title,
    year: year ? Number(year[0]) : null,
    input: { name: model.inputName, sha256: sha256(bytes), bytes: bytes.length, format: model.format },
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    counts,
    sections: extraction.document.sections.map((s) => ({
      id: s.id,
      number: s.number,
      title: s.title,
      page: s.page,
      found: s.found,
      source: s.source,
    })),
    gaps: extraction.gaps,
    fragments: extraction.fragments,
    checks: extraction.checks,
    warnings: extraction.diagnostics.filter((d) => d.severity !== 'info' && !isUnread(d)).map(plain),
    notes: extraction.diagnostics.filter((d) => d.severity === 'info').map(plain),
    allRead: !extraction.diagnostics.some(isUnread),
    unread: extraction.diagnostics.filter(isUnread).map(plain),
  };
}

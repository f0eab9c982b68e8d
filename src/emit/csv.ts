/**
 * Records → CSV text (RFC 4180 quoting by csv-stringify, header row, LF line endings).
 *
 * One column per top-level field, named as in JSON. Lists and objects (`status`, `owners`,
 * `source`, …) are written as JSON text in their cell, so the CSV is lossless: parse the cell with
 * any JSON parser. `null` is an empty cell; booleans are `true`/`false`; numbers as in JSON.
 */
import { stringify } from 'csv-stringify/sync';

function cellValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  return JSON.stringify(value);
}

/** Writes records with the given columns (the schema's keys, in order). */
export function emitCsv(columns: readonly string[], records: readonly Record<string, unknown>[]): string {
  const rows = records.map((r) => columns.map((c) => cellValue(r[c])));
  return stringify([columns as string[], ...rows], { record_delimiter: 'unix', quoted_match: /^\s|\s$/ });
}

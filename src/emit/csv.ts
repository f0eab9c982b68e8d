/**
 * Records → CSV text (RFC 4180 quoting by csv-stringify, header row, LF line endings).
 *
 * One column per top-level field, named as in JSON. Lists and objects (`status`, `owners`,
 * `source`, …) are written as JSON text in their cell, so the CSV is lossless: parse the cell with
 * any JSON parser. `null` is an empty cell; booleans are `true`/`false`; numbers as in JSON.
 * By default the text is written as it is (lossless): a cell may begin with `=`; see `--excel`.
 */
import { stringify } from 'csv-stringify/sync';

/**
 * With `--excel`: a text cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab,
 * CR first, after any apostrophes) gets one more leading apostrophe. The rule is reversible
 * (`unescapeFormula`), so `nds validate` reads such a CSV back to the same records; datapackage.json
 * records it in the CSV dialect (`nds:formulaEscape: "apostrophe"`). Numbers are never escaped.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function unescapeFormula(text: string): string {
  return /^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

export interface CsvOptions {
  /** Escape formula-like text cells and start with a byte-order mark (spreadsheets). */
  excel?: boolean;
}

function cellValue(value: unknown, excel: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return excel ? escapeFormula(value) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  return JSON.stringify(value);
}

/** Writes records with the given columns (the schema's keys, in order). */
export function emitCsv(columns: readonly string[], records: readonly Record<string, unknown>[], options: CsvOptions = {}): string {
  const excel = options.excel === true;
  const rows = records.map((r) => columns.map((c) => cellValue(r[c], excel)));
  const text = stringify([columns as string[], ...rows], { record_delimiter: 'unix', quoted_match: /^\s|\s$/ });
  return excel ? `\uFEFF${text}` : text;
}

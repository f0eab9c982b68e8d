/**
 * Extraction → the files of a dataset directory, in memory: `<type>.<json|yaml|csv>`,
 * `document.json` and `datapackage.json`. Writing (or comparing, for --check) is the CLI's business.
 */
import type { Extraction } from '../pipeline';
import { RECORD_SCHEMAS, type RecordType } from '../schemas/records';
import { emitCsv } from './csv';
import { emitDataPackage } from './datapackage';
import { buildReport } from './document';
import { emitJson, sortKeys } from './json';
import { emitYaml } from './yaml';

export const FORMATS = ['json', 'yaml', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** Column names of a record type: the keys of its schema, in order. */
export function columnsOf(type: RecordType): string[] {
  return Object.keys(RECORD_SCHEMAS[type].shape);
}

export interface EmitOptions {
  /** CSV for spreadsheets: formula-like cells escaped (see emit/csv.ts). */
  excel?: boolean;
}

/** Renders one record type in one format. */
export function renderRecords(extraction: Extraction, type: RecordType, format: Format, options: EmitOptions = {}): string {
  const records = extraction.records[type] as unknown as Record<string, unknown>[];
  if (format === 'json') return emitJson(records);
  if (format === 'yaml') return emitYaml(records);
  return emitCsv(columnsOf(type), records, { excel: options.excel });
}

/** Every file of the dataset, keyed by file name, in a stable order. */
export function emitDataset(
  extraction: Extraction,
  bytes: Uint8Array,
  types: readonly RecordType[],
  formats: readonly Format[],
  options: EmitOptions = {},
): Map<string, string> {
  const files = new Map<string, string>();
  for (const type of types) for (const format of formats) files.set(`${type}.${format}`, renderRecords(extraction, type, format, options));
  files.set('document.json', emitJson(sortKeys(buildReport(extraction, bytes, types))));
  const sorted = new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const withPackage = new Map(sorted);
  withPackage.set('datapackage.json', emitDataPackage(sorted, extraction, bytes, options));
  return new Map([...withPackage.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

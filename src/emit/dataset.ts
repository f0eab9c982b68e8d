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
import { emitGeoJson } from './geojson';
import { emitSqlite } from './sqlite';
import { mark } from '../model/timing';

/** A file's content: text, or bytes (the SQLite database). */
export type FileContent = string | Uint8Array;

/** Formats of `-f`: one file per record type (json, yaml, csv), the map layer, the database. */
export const FORMATS = ['json', 'yaml', 'csv', 'geojson', 'sqlite'] as const;
export type Format = (typeof FORMATS)[number];
/** Formats written once per record type; geojson is written for proeftuin-locations only, sqlite once. */
export const RECORD_FORMATS = ['json', 'yaml', 'csv'] as const;
export type RecordFormat = (typeof RECORD_FORMATS)[number];

/** Column names of a record type: the keys of its schema, in order. */
export function columnsOf(type: RecordType): string[] {
  return Object.keys(RECORD_SCHEMAS[type].shape);
}

export interface EmitOptions {
  /** CSV for spreadsheets: formula-like cells escaped (see emit/csv.ts). */
  excel?: boolean;
}

/** Renders one record type in one text format (`geojson`: proeftuin-locations only). */
export function renderRecords(extraction: Extraction, type: RecordType, format: Exclude<Format, 'sqlite'>, options: EmitOptions = {}): string {
  const records = extraction.records[type] as unknown as Record<string, unknown>[];
  if (format === 'json') return emitJson(records);
  if (format === 'yaml') return emitYaml(records);
  if (format === 'geojson') return emitGeoJson(extraction.records['proeftuin-locations']);
  return emitCsv(columnsOf(type), records, { excel: options.excel });
}

/** The name of the SQLite file of a dataset. */
export const SQLITE_FILE = 'nds.sqlite';
export const GEOJSON_FILE = 'proeftuin-locations.geojson';

/** Every file of the dataset, keyed by file name, in a stable order. */
export async function emitDataset(
  extraction: Extraction,
  bytes: Uint8Array,
  types: readonly RecordType[],
  formats: readonly Format[],
  options: EmitOptions = {},
): Promise<Map<string, FileContent>> {
  const files = new Map<string, FileContent>();
  for (const type of types) {
    for (const format of RECORD_FORMATS) if (formats.includes(format)) files.set(`${type}.${format}`, renderRecords(extraction, type, format, options));
  }
  mark('emit json, yaml, csv');
  if (formats.includes('geojson') && types.includes('proeftuin-locations')) files.set(GEOJSON_FILE, renderRecords(extraction, 'proeftuin-locations', 'geojson'));
  if (formats.includes('sqlite')) files.set(SQLITE_FILE, await emitSqlite(extraction.records, types));
  mark('emit geojson, sqlite');
  files.set('document.json', emitJson(sortKeys(buildReport(extraction, bytes, types))));
  const sorted = new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const withPackage = new Map(sorted);
  withPackage.set('datapackage.json', emitDataPackage(sorted, extraction, bytes, options));
  mark('emit document, package');
  return new Map([...withPackage.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * A dataset directory (written by `nds extract`) → records, and every problem found reading it.
 *
 * In: a directory path. Out: the records of each type (from JSON, else YAML, else CSV), and one
 * problem per thing that does not hold: a file that does not parse, a CSV row with the wrong number
 * of columns, a record that fails its schema, a file whose size or sha256 differs from
 * datapackage.json, formats of one type that disagree, counts that differ from document.json.
 * Only a directory that cannot be read at all throws (NdsError, exit 2).
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { load as parseYaml } from 'js-yaml';
import { NdsError } from '../model/diagnostics';
import { nullableFields, tableSchema, type TableField } from '../schemas/table-schema';
import { RECORD_TYPES, type RecordSet, type RecordType } from '../schemas/records';
import { validateType } from '../validate/validate';
import { unescapeFormula } from '../emit/csv';
import { readRegularFile } from '../load/read-file';
import { isDatasetFile } from './files';
import { GEOJSON_FILE, RECORD_FORMATS, SQLITE_FILE, type RecordFormat } from '../emit/dataset';
import { sha256 } from '../emit/document';
import { loadSqlite, tableName } from '../emit/sqlite';

export interface DatasetProblem {
  code: DatasetProblemCode;
  file: string;
  /** `record 3`, `row 7` (CSV rows count the header as row 1), or absent for the whole file. */
  where?: string;
  field?: string;
  message: string;
}

export interface Dataset {
  dir: string;
  records: Partial<RecordSet>;
  /** document.json, when present and valid JSON. */
  document: Record<string, unknown> | null;
  problems: DatasetProblem[];
}

/** What can be wrong with a dataset directory: a closed list, like the extraction's diagnostic codes. */
export const DATASET_PROBLEM_CODES = [
  'dataset-empty',
  'dataset-file-missing',
  'dataset-file-unlisted',
  'dataset-file-unreadable',
  'dataset-parse',
  'dataset-not-records',
  'dataset-record-invalid',
  'dataset-csv-header',
  'dataset-csv-row',
  'dataset-package-missing',
  'dataset-package-invalid',
  'dataset-hash-mismatch',
  'dataset-formats-disagree',
  'dataset-counts-mismatch',
  'dataset-geojson',
  'dataset-sqlite',
] as const;

export type DatasetProblemCode = (typeof DATASET_PROBLEM_CODES)[number];

type Format = RecordFormat;

/** A parser's complaint without the text it quotes (a file may be a link to something private). */
function parseError(format: string, error: unknown): string {
  // (js-yaml says where in `mark`, 0-based.)
  const mark = (error as { mark?: { line?: unknown; column?: unknown } })?.mark;
  if (typeof mark?.line === 'number' && typeof mark.column === 'number') return `not valid ${format} at line ${mark.line + 1}, column ${mark.column + 1}`;
  const message = (error as Error)?.message ?? '';
  const at = /position (\d+)|line (\d+)(?:, column (\d+))?/.exec(message);
  const where = at ? (at[1] ? ` at position ${at[1]}` : ` at line ${at[2]}${at[3] ? `, column ${at[3]}` : ''}`) : '';
  return `not valid ${format}${where}`;
}

/** A file's bytes, or a problem: only regular files of bounded size are read. */
async function readDatasetFile(dir: string, file: string, problems: DatasetProblem[]): Promise<Buffer | null> {
  try {
    return Buffer.from(await readRegularFile(join(dir, file), file));
  } catch (error) {
    problems.push({ code: 'dataset-file-unreadable', file, message: error instanceof NdsError ? error.message : 'cannot be read' });
    return null;
  }
}

function checkRecords(file: string, type: RecordType, data: unknown, rowOffset: number | null, problems: DatasetProblem[]): unknown[] | null {
  if (!Array.isArray(data)) {
    problems.push({ code: 'dataset-not-records', file, message: 'does not hold a list of records' });
    return null;
  }
  for (const d of validateType(type, data).diagnostics) {
    const [, index = 0, ...field] = d.path ?? [];
    problems.push({
      code: 'dataset-record-invalid',
      file,
      where: rowOffset === null ? `record ${index}` : `row ${Number(index) + rowOffset}`,
      field: field.length > 0 ? field.join('.') : undefined,
      message: d.message,
    });
  }
  return data;
}

function decodeCell(field: TableField, text: string, nullable: boolean): unknown {
  if (text === '') return nullable ? null : field.type === 'string' ? '' : null;
  switch (field.type) {
    case 'integer':
    case 'number':
      return /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(text) ? Number(text) : text;
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : text;
    case 'array':
    case 'object':
      return JSON.parse(text) as unknown;
    default:
      return text;
  }
}

function readCsv(file: string, type: RecordType, text: string, problems: DatasetProblem[], escaped: boolean): unknown[] | null {
  let rows: string[][];
  try {
    rows = parseCsv(text, { relax_column_count: true, bom: true }) as string[][];
  } catch (error) {
    problems.push({ code: 'dataset-parse', file, message: parseError('CSV', error) });
    return null;
  }
  const { fields } = tableSchema(type);
  const nullable = nullableFields(type);
  const [header, ...body] = rows;
  const expected = fields.map((f) => f.name);
  if (!header || header.join(',') !== expected.join(',')) {
    problems.push({ code: 'dataset-csv-header', file, where: 'row 1', message: `header is ${JSON.stringify(header ?? [])}, expected ${JSON.stringify(expected)}` });
    return null;
  }
  const records: unknown[] = [];
  let ok = true;
  body.forEach((row, i) => {
    if (row.length !== header.length) {
      problems.push({ code: 'dataset-csv-row', file, where: `row ${i + 2}`, message: `${row.length} columns, the header has ${header.length}` });
      ok = false;
      return;
    }
    const record: Record<string, unknown> = {};
    fields.forEach((field, j) => {
      try {
        const cell = row[j] ?? '';
        record[field.name] = decodeCell(field, escaped && field.type === 'string' ? unescapeFormula(cell) : cell, nullable[field.name] === true);
      } catch {
        problems.push({ code: 'dataset-parse', file, where: `row ${i + 2}`, field: field.name, message: `not valid JSON: ${JSON.stringify((row[j] ?? '').slice(0, 40))}` });
        ok = false;
      }
    });
    records.push(record);
  });
  if (!ok) return null;
  return checkRecords(file, type, records, 2, problems);
}

function parseFile(file: string, format: Format, type: RecordType, text: string, problems: DatasetProblem[], escaped: boolean): unknown[] | null {
  if (format === 'csv') return readCsv(file, type, text, problems, escaped);
  let data: unknown;
  try {
    data = format === 'json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    problems.push({ code: 'dataset-parse', file, message: parseError(format.toUpperCase(), error) });
    return null;
  }
  return checkRecords(file, type, data, null, problems);
}

interface PackageResource {
  path: string;
  /** CSV written with --excel: formula-like cells carry one extra leading apostrophe. */
  escaped: boolean;
  bytes?: number;
  hash?: string;
}

/** The resources datapackage.json lists, or a problem when it is not a data package at all. */
function packageResources(pkg: unknown, problems: DatasetProblem[]): PackageResource[] | null {
  const resources = pkg !== null && typeof pkg === 'object' && !Array.isArray(pkg) ? (pkg as { resources?: unknown }).resources : undefined;
  if (!Array.isArray(resources)) {
    problems.push({ code: 'dataset-package-invalid', file: 'datapackage.json', message: 'is not a data package: it needs an object with a list of resources' });
    return null;
  }
  const out: PackageResource[] = [];
  resources.forEach((r: unknown, i) => {
    const res = r as { path?: unknown; bytes?: unknown; hash?: unknown } | null;
    if (!res || typeof res !== 'object' || typeof res.path !== 'string' || res.path.includes('/') || res.path.startsWith('.')) {
      problems.push({ code: 'dataset-package-invalid', file: 'datapackage.json', where: `resource ${i}`, message: 'needs a path naming a file of this directory' });
      return;
    }
    const dialect = (res as { dialect?: Record<string, unknown> }).dialect;
    out.push({ path: res.path, escaped: dialect?.['nds:formulaEscape'] === 'apostrophe', bytes: typeof res.bytes === 'number' ? res.bytes : undefined, hash: typeof res.hash === 'string' ? res.hash : undefined });
  });
  return out;
}

async function checkPackage(dir: string, names: string[], problems: DatasetProblem[]): Promise<PackageResource[]> {
  if (!names.includes('datapackage.json')) {
    problems.push({ code: 'dataset-package-missing', file: 'datapackage.json', message: 'missing: the dataset has no data package descriptor' });
    return [];
  }
  const raw = await readDatasetFile(dir, 'datapackage.json', problems);
  if (!raw) return [];
  let pkg: unknown;
  try {
    pkg = JSON.parse(raw.toString('utf8'));
  } catch (error) {
    problems.push({ code: 'dataset-package-invalid', file: 'datapackage.json', message: parseError('JSON', error) });
    return [];
  }
  const resources = packageResources(pkg, problems);
  if (!resources) return [];
  for (const resource of resources) {
    const path = resource.path;
    if (!names.includes(path)) {
      problems.push({ code: 'dataset-file-missing', file: path, message: 'listed in datapackage.json but missing' });
      continue;
    }
    const content = await readDatasetFile(dir, path, []);
    if (!content) continue;
    if (resource.bytes !== undefined && resource.bytes !== content.length) {
      problems.push({ code: 'dataset-hash-mismatch', file: path, message: `${content.length} bytes, datapackage.json says ${resource.bytes}` });
    }
    const hash = `sha256:${sha256(content)}`;
    if (resource.hash !== undefined && resource.hash !== hash) problems.push({ code: 'dataset-hash-mismatch', file: path, message: 'sha256 differs from datapackage.json' });
  }
  const listed = new Set(resources.map((r) => r.path));
  for (const name of names) if (name !== 'datapackage.json' && !listed.has(name)) problems.push({ code: 'dataset-file-unlisted', file: name, message: 'not listed in datapackage.json' });
  return resources;
}

function firstDifference(a: unknown[], b: unknown[]): string | null {
  if (a.length !== b.length) return `${b.length} records, not ${a.length}`;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Record<string, unknown>;
    const y = b[i] as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])];
    const fields = keys.filter((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]));
    if (fields.length > 0) return `record ${i} differs in ${fields.join(', ')}`;
  }
  return null;
}

/** The map layer: a FeatureCollection whose features carry the Proeftuin records, in order. */
async function checkGeoJson(dir: string, records: Partial<RecordSet>, problems: DatasetProblem[]): Promise<void> {
  const raw = await readDatasetFile(dir, GEOJSON_FILE, problems);
  if (!raw) return;
  let data: { type?: unknown; features?: { geometry?: { coordinates?: unknown } | null; properties?: unknown }[] };
  try {
    data = JSON.parse(raw.toString('utf8')) as typeof data;
  } catch (error) {
    problems.push({ code: 'dataset-parse', file: GEOJSON_FILE, message: parseError('JSON', error) });
    return;
  }
  if (data?.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
    problems.push({ code: 'dataset-geojson', file: GEOJSON_FILE, message: 'is not a GeoJSON FeatureCollection' });
    return;
  }
  const locations = records['proeftuin-locations'];
  if (!locations) return;
  const diff = firstDifference(locations as unknown[], data.features.map((f) => f?.properties));
  if (diff) problems.push({ code: 'dataset-geojson', file: GEOJSON_FILE, message: `its features disagree with the proeftuin-locations records: ${diff}` });
}

/**
 * The database: it opens, and each record table holds as many rows as the record files — or, for
 * a type written only to the database, as document.json counts.
 */
async function checkSqlite(dir: string, records: Partial<RecordSet>, counts: Record<string, number>, problems: DatasetProblem[]): Promise<void> {
  const raw = await readDatasetFile(dir, SQLITE_FILE, problems);
  if (!raw) return;
  const SQL = await loadSqlite();
  let db: import('sql.js').Database | null = null;
  try {
    db = new SQL.Database(new Uint8Array(raw));
    const expected: [RecordType, number, string][] = [
      ...(Object.entries(records) as [RecordType, unknown[]][]).map(([t, list]): [RecordType, number, string] => [t, list.length, `the ${t} files hold`]),
      ...(Object.entries(counts) as [RecordType, number][]).filter(([t]) => !(t in records)).map(([t, n]): [RecordType, number, string] => [t, n, 'document.json counts']),
    ];
    for (const [type, n, what] of expected) {
      const rows = db.exec(`SELECT count(*) FROM "${tableName(type)}"`)[0]?.values[0]?.[0];
      if (rows !== n) problems.push({ code: 'dataset-sqlite', file: SQLITE_FILE, where: `table ${tableName(type)}`, message: `${String(rows)} rows, ${what} ${n}` });
    }
  } catch (error) {
    problems.push({ code: 'dataset-sqlite', file: SQLITE_FILE, message: `not a readable SQLite database of this dataset (${(error as Error).message.split('\n')[0]})` });
  } finally {
    db?.close();
  }
}

/** Reads and checks a dataset directory. */
export async function readDataset(dir: string, shownDir = dir): Promise<Dataset> {
  let names: string[];
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw new NdsError('dataset-unusable', 'is not a directory', shownDir);
    names = (await readdir(dir)).sort();
  } catch (error) {
    if (error instanceof NdsError) throw error;
    throw new NdsError('dataset-unusable', 'no such directory', shownDir);
  }
  const problems: DatasetProblem[] = [];
  const records: Partial<RecordSet> = {};
  const datasetNames = names.filter((n) => isDatasetFile(n) && n !== 'report.html');
  if (datasetNames.length === 0) {
    problems.push({ code: 'dataset-empty', file: '.', message: 'no dataset files (expected <type>.json|yaml|csv, document.json, datapackage.json)' });
    return { dir, records, document: null, problems };
  }
  const resources = await checkPackage(dir, datasetNames, problems);
  const escaped = new Set(resources.filter((r) => r.escaped).map((r) => r.path));
  for (const type of RECORD_TYPES) {
    const parsed: { format: Format; records: unknown[] }[] = [];
    for (const format of RECORD_FORMATS) {
      const file = `${type}.${format}`;
      if (!datasetNames.includes(file)) continue;
      const raw = await readDatasetFile(dir, file, problems);
      if (!raw) continue;
      const result = parseFile(file, format, type, raw.toString('utf8'), problems, escaped.has(file));
      if (result) parsed.push({ format, records: result });
    }
    const [first, ...others] = parsed;
    if (!first) continue;
    (records as Record<string, unknown[]>)[type] = first.records;
    for (const other of others) {
      const diff = firstDifference(first.records, other.records);
      if (diff) problems.push({ code: 'dataset-formats-disagree', file: `${type}.${other.format}`, message: `disagrees with ${type}.${first.format}: ${diff}` });
    }
  }
  if (datasetNames.includes(GEOJSON_FILE)) await checkGeoJson(dir, records, problems);
  let document: Record<string, unknown> | null = null;
  if (datasetNames.includes('document.json')) {
    const raw = await readDatasetFile(dir, 'document.json', problems);
    let parsed: unknown = {};
    try {
      parsed = raw ? JSON.parse(raw.toString('utf8')) : {};
    } catch (error) {
      problems.push({ code: 'dataset-parse', file: 'document.json', message: parseError('JSON', error) });
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      problems.push({ code: 'dataset-parse', file: 'document.json', message: 'is not a JSON object' });
    } else {
      document = parsed as Record<string, unknown>;
      const counts = (document.counts ?? {}) as Record<string, number>;
      for (const [type, n] of Object.entries(counts)) {
        const held = (records as Record<string, unknown[]>)[type];
        if (held && held.length !== n) problems.push({ code: 'dataset-counts-mismatch', file: 'document.json', field: `counts.${type}`, message: `says ${n}, the ${type} files hold ${held.length}` });
      }
    }
  } else problems.push({ code: 'dataset-file-missing', file: 'document.json', message: 'missing' });
  if (datasetNames.includes(SQLITE_FILE)) await checkSqlite(dir, records, ((document as { counts?: Record<string, number> } | null)?.counts ?? {}), problems);
  return { dir, records, document, problems };
}

/** One line per problem: `actions.csv row 7 owners: …`. */
export function formatProblem(dirLabel: string, p: DatasetProblem): string {
  return `${dirLabel}/${p.file}${p.where ? ` ${p.where}` : ''}${p.field ? ` ${p.field}` : ''}: ${p.message}`;
}

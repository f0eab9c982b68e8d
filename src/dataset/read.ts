/**
 * A dataset directory (written by `nds extract`) → records, and every problem found reading it.
 *
 * In: a directory path. Out: the records of each type (from JSON, else YAML, else CSV), and one
 * problem per thing that does not hold: a file that does not parse, a CSV row with the wrong number
 * of columns, a record that fails its schema, a file whose size or sha256 differs from
 * datapackage.json, formats of one type that disagree, counts that differ from document.json.
 * Only a directory that cannot be read at all throws (NdsError, exit 2).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { NdsError } from '../model/diagnostics';
import { nullableFields, tableSchema, type TableField } from '../schemas/table-schema';
import { RECORD_TYPES, type RecordSet, type RecordType } from '../schemas/records';
import { validateType } from '../validate/validate';

export interface DatasetProblem {
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

const FORMATS = ['json', 'yaml', 'csv'] as const;
type Format = (typeof FORMATS)[number];

function checkRecords(file: string, type: RecordType, data: unknown, rowOffset: number | null, problems: DatasetProblem[]): unknown[] | null {
  if (!Array.isArray(data)) {
    problems.push({ file, message: 'does not hold a list of records' });
    return null;
  }
  for (const d of validateType(type, data).diagnostics) {
    const [, index = 0, ...field] = d.path ?? [];
    problems.push({
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

function readCsv(file: string, type: RecordType, text: string, problems: DatasetProblem[]): unknown[] | null {
  let rows: string[][];
  try {
    rows = parseCsv(text, { relax_column_count: true, bom: true }) as string[][];
  } catch (error) {
    problems.push({ file, message: `not valid CSV: ${(error as Error).message}` });
    return null;
  }
  const { fields } = tableSchema(type);
  const nullable = nullableFields(type);
  const [header, ...body] = rows;
  const expected = fields.map((f) => f.name);
  if (!header || header.join(',') !== expected.join(',')) {
    problems.push({ file, where: 'row 1', message: `header is ${JSON.stringify(header ?? [])}, expected ${JSON.stringify(expected)}` });
    return null;
  }
  const records: unknown[] = [];
  let ok = true;
  body.forEach((row, i) => {
    if (row.length !== header.length) {
      problems.push({ file, where: `row ${i + 2}`, message: `${row.length} columns, the header has ${header.length}` });
      ok = false;
      return;
    }
    const record: Record<string, unknown> = {};
    fields.forEach((field, j) => {
      try {
        record[field.name] = decodeCell(field, row[j] ?? '', nullable[field.name] === true);
      } catch {
        problems.push({ file, where: `row ${i + 2}`, field: field.name, message: `not valid JSON: ${JSON.stringify((row[j] ?? '').slice(0, 40))}` });
        ok = false;
      }
    });
    records.push(record);
  });
  if (!ok) return null;
  return checkRecords(file, type, records, 2, problems);
}

function parseFile(file: string, format: Format, type: RecordType, text: string, problems: DatasetProblem[]): unknown[] | null {
  if (format === 'csv') return readCsv(file, type, text, problems);
  let data: unknown;
  try {
    data = format === 'json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    problems.push({ file, message: `not valid ${format.toUpperCase()}: ${(error as Error).message.split('\n')[0]}` });
    return null;
  }
  return checkRecords(file, type, data, null, problems);
}

async function checkPackage(dir: string, names: string[], problems: DatasetProblem[]): Promise<void> {
  if (!names.includes('datapackage.json')) {
    problems.push({ file: 'datapackage.json', message: 'missing: the dataset has no data package descriptor' });
    return;
  }
  let pkg: { resources?: { path?: string; bytes?: number; hash?: string }[] };
  try {
    pkg = JSON.parse(await readFile(join(dir, 'datapackage.json'), 'utf8')) as typeof pkg;
  } catch (error) {
    problems.push({ file: 'datapackage.json', message: `not valid JSON: ${(error as Error).message}` });
    return;
  }
  for (const resource of pkg.resources ?? []) {
    const path = resource.path ?? '';
    if (!names.includes(path)) {
      problems.push({ file: path, message: 'listed in datapackage.json but missing' });
      continue;
    }
    const content = await readFile(join(dir, path));
    if (resource.bytes !== undefined && resource.bytes !== content.length) {
      problems.push({ file: path, message: `${content.length} bytes, datapackage.json says ${resource.bytes}` });
    }
    const hash = `sha256:${createHash('sha256').update(content).digest('hex')}`;
    if (resource.hash !== undefined && resource.hash !== hash) problems.push({ file: path, message: 'sha256 differs from datapackage.json' });
  }
  const listed = new Set((pkg.resources ?? []).map((r) => r.path));
  for (const name of names) if (name !== 'datapackage.json' && !listed.has(name)) problems.push({ file: name, message: 'not listed in datapackage.json' });
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
  const datasetNames = names.filter((n) => n === 'document.json' || n === 'datapackage.json' || RECORD_TYPES.some((t) => FORMATS.some((f) => n === `${t}.${f}`)));
  if (datasetNames.length === 0) {
    problems.push({ file: '.', message: 'no dataset files (expected <type>.json|yaml|csv, document.json, datapackage.json)' });
    return { dir, records, document: null, problems };
  }
  await checkPackage(dir, datasetNames, problems);
  for (const type of RECORD_TYPES) {
    const parsed: { format: Format; records: unknown[] }[] = [];
    for (const format of FORMATS) {
      const file = `${type}.${format}`;
      if (!datasetNames.includes(file)) continue;
      const text = await readFile(join(dir, file), 'utf8');
      const result = parseFile(file, format, type, text, problems);
      if (result) parsed.push({ format, records: result });
    }
    const [first, ...others] = parsed;
    if (!first) continue;
    (records as Record<string, unknown[]>)[type] = first.records;
    for (const other of others) {
      const diff = firstDifference(first.records, other.records);
      if (diff) problems.push({ file: `${type}.${other.format}`, message: `disagrees with ${type}.${first.format}: ${diff}` });
    }
  }
  let document: Record<string, unknown> | null = null;
  if (datasetNames.includes('document.json')) {
    try {
      document = JSON.parse(await readFile(join(dir, 'document.json'), 'utf8')) as Record<string, unknown>;
      const counts = (document.counts ?? {}) as Record<string, number>;
      for (const [type, n] of Object.entries(counts)) {
        const held = (records as Record<string, unknown[]>)[type];
        if (held && held.length !== n) problems.push({ file: 'document.json', field: `counts.${type}`, message: `says ${n}, the ${type} files hold ${held.length}` });
      }
    } catch (error) {
      problems.push({ file: 'document.json', message: `not valid JSON: ${(error as Error).message}` });
    }
  } else problems.push({ file: 'document.json', message: 'missing' });
  return { dir, records, document, problems };
}

/** One line per problem: `actions.csv row 7 owners: …`. */
export function formatProblem(dirLabel: string, p: DatasetProblem): string {
  return `${dirLabel}/${p.file}${p.where ? ` ${p.where}` : ''}${p.field ? ` ${p.field}` : ''}: ${p.message}`;
}

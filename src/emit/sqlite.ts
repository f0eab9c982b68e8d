/**
 * Records → `nds.sqlite`: one table per record type (`proeftuin_locations`), typed columns named in
 * snake_case (never an SQL keyword: `table` → `table_name`), primary keys, and long link tables for
 * list fields with foreign keys to their record (`action_owners`: number, owner, timing).
 *
 * Written with sql.js (SQLite compiled to WebAssembly, shipped in its npm package: nothing to build
 * or download). The same records give the same bytes: the statements run in a fixed order and the
 * file holds no time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import type { Database, SqlValue } from 'sql.js';
import { tableSchema, type TableField } from '../schemas/table-schema';
import type { RecordSet, RecordType } from '../schemas/records';

interface WhoEntry {
  owners: string[];
  timing: string[];
  others?: string[];
}

/** SQLite's keywords that a column could collide with (lower case). */
const KEYWORDS = new Set(
  'abort action add after all alter always analyze and as asc attach autoincrement before begin between by cascade case cast check collate column commit conflict constraint create cross current current_date current_time current_timestamp database default deferrable deferred delete desc detach distinct do drop each else end escape except exclude exclusive exists explain fail filter first following for foreign from full generated glob group groups having if ignore immediate in index indexed initially inner insert instead intersect into is isnull join key last left like limit match materialized natural no not nothing notnull null nulls of offset on or order others outer over partition plan pragma preceding primary query raise range recursive references regexp reindex release rename replace restrict returning right rollback row rows savepoint select set table temp temporary then ties to transaction trigger unbounded union update using vacuum values view virtual when where window with without'.split(
    ' ',
  ),
);

/** `isTotal` → `is_total`; a keyword gets a suffix that says what it holds. */
export function columnName(field: string): string {
  const snake = field.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  if (!KEYWORDS.has(snake)) return snake;
  return snake === 'action' ? 'action_text' : `${snake}_name`;
}

export function tableName(type: RecordType): string {
  return type.replace(/-/g, '_');
}

const SQL_TYPE: Record<TableField['type'], string> = { string: 'TEXT', integer: 'INTEGER', number: 'REAL', boolean: 'INTEGER', array: 'TEXT', object: 'TEXT' };

type Rec = Record<string, unknown>;

function sqlValue(field: TableField | undefined, value: unknown): SqlValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number' || typeof value === 'string') return field?.type === 'array' || field?.type === 'object' ? JSON.stringify(value) : value;
  return JSON.stringify(value);
}

interface LinkTable {
  name: string;
  /** Column names after the parent key column(s). */
  columns: [string, string][];
  rows: (r: Rec) => SqlValue[][];
  /** Columns (after the parent key) that with it make the primary key. */
  key: string[];
}

/**
 * Owners with the timing written after them: one row per owner (a code, or an organisation
 * without one as written: `ownersOther`), timings joined by "; ".
 */
function ownerRows(r: Rec): SqlValue[][] {
  const timing = new Map<string, string[]>();
  for (const entry of (r.whoEntries as WhoEntry[] | undefined) ?? []) {
    for (const owner of [...entry.owners, ...(entry.others ?? [])]) timing.set(owner, [...(timing.get(owner) ?? []), ...entry.timing]);
  }
  for (const owner of [...((r.owners as string[] | undefined) ?? []), ...((r.ownersOther as string[] | undefined) ?? [])]) if (!timing.has(owner)) timing.set(owner, []);
  return [...timing].map(([owner, t]) => [owner, t.length > 0 ? [...new Set(t)].join('; ') : null]);
}

function entryRows(list: string, topics: string): (r: Rec) => SqlValue[][] {
  return (r) => ((r[list] as string[] | undefined) ?? []).map((text, i) => [i + 1, ((r[topics] as (string | null)[] | undefined) ?? [])[i] ?? null, text]);
}

const ENTRY_COLUMNS: [string, string][] = [['item', 'INTEGER'], ['topic', 'TEXT'], ['text', 'TEXT']];
const OWNER_COLUMNS: [string, string][] = [['owner', 'TEXT'], ['timing', 'TEXT']];

const LINKS: Partial<Record<RecordType, LinkTable[]>> = {
  actions: [
    { name: 'action_owners', columns: OWNER_COLUMNS, rows: ownerRows, key: ['owner'] },
    { name: 'action_status', columns: ENTRY_COLUMNS, rows: entryRows('status', 'statusTopics'), key: ['item'] },
    { name: 'action_plans', columns: ENTRY_COLUMNS, rows: entryRows('plans', 'plansTopics'), key: ['item'] },
    { name: 'action_flags', columns: [['flag', 'TEXT']], rows: (r) => ((r.flags as string[]) ?? []).map((f) => [f]), key: ['flag'] },
  ],
  'connectivity-actions': [
    { name: 'connectivity_owners', columns: OWNER_COLUMNS, rows: ownerRows, key: ['owner'] },
    { name: 'connectivity_status', columns: ENTRY_COLUMNS, rows: entryRows('status', 'statusTopics'), key: ['item'] },
    { name: 'connectivity_plans', columns: ENTRY_COLUMNS, rows: entryRows('plans', 'plansTopics'), key: ['item'] },
  ],
  footnotes: [
    {
      name: 'footnote_kamerstukken',
      columns: [['dossier', 'TEXT'], ['number', 'TEXT']],
      rows: (r) => ((r.kamerstukken as { dossier: string; number: string }[]) ?? []).map((k) => [k.dossier, k.number]),
      key: ['dossier', 'number'],
    },
    { name: 'footnote_urls', columns: [['item', 'INTEGER'], ['url', 'TEXT']], rows: (r) => ((r.urls as string[]) ?? []).map((u, i) => [i + 1, u]), key: ['item'] },
  ],
};

const quote = (name: string): string => `"${name}"`;

/**
 * A value as an SQL literal: text quoted with '' for ', numbers as they are, NULL. (SQL text ends at
 * a NUL, which no loader lets into a record — a PDF's glyph of code 0 reads as U+FFFD — and which
 * reads as U+FFFD here too, so that no value can cut a statement short.)
 */
function literal(value: SqlValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'NULL';
  if (typeof value === 'string') return `'${value.replace(/'/g, "''").replace(/\0/g, '\uFFFD')}'`;
  return 'NULL';
}

/**
 * Rows inserted as literal multi-row INSERT statements run in one call: binding parameters row by
 * row crosses from JavaScript into WebAssembly for every value, which costs more than SQLite's own
 * parsing of the text.
 */
function insertRows(db: Database, head: string, rows: SqlValue[][]): void {
  const batch = 200;
  const statements: string[] = [];
  for (let i = 0; i < rows.length; i += batch) {
    statements.push(`${head} VALUES ${rows.slice(i, i + batch).map((row) => `(${row.map(literal).join(', ')})`).join(', ')};`);
  }
  if (statements.length > 0) db.exec(statements.join('\n'));
}

/** The key that identifies a record in its table: the natural primary key, or a row number `id`. */
function recordKey(type: RecordType): string[] {
  return tableSchema(type).primaryKey ?? [];
}

function createRecordTable(db: Database, type: RecordType, records: Rec[], withPriorities: boolean): void {
  const { fields } = tableSchema(type);
  const natural = recordKey(type);
  const unique = natural.length > 0 && new Set(records.map((r) => JSON.stringify(natural.map((k) => r[k])))).size === records.length;
  const data = fields.filter((f) => f.name !== 'source');
  const columns: string[] = unique ? [] : ['"id" INTEGER NOT NULL'];
  for (const f of data) columns.push(`${quote(columnName(f.name))} ${SQL_TYPE[f.type]}${f.constraints?.required ? ' NOT NULL' : ''}`);
  columns.push('"source_line" INTEGER', '"source_page" INTEGER', '"source_bbox" TEXT');
  const key = unique ? natural.map(columnName) : ['id'];
  columns.push(`PRIMARY KEY (${key.map(quote).join(', ')})`);
  if (type === 'proeftuin-locations' && withPriorities) columns.push('FOREIGN KEY ("priority_rank") REFERENCES "priorities" ("rank")');
  db.run(`CREATE TABLE ${quote(tableName(type))} (${columns.join(', ')})`);
  const names = [...(unique ? [] : ['id']), ...data.map((f) => columnName(f.name)), 'source_line', 'source_page', 'source_bbox'];
  insertRows(
    db,
    `INSERT INTO ${quote(tableName(type))} (${names.map(quote).join(', ')})`,
    records.map((r, i) => {
      const source = (r.source ?? {}) as { line?: number; page?: number; bbox?: number[] };
      return [...(unique ? [] : [i + 1]), ...data.map((f) => sqlValue(f, r[f.name])), source.line ?? null, source.page ?? null, source.bbox ? JSON.stringify(source.bbox) : null];
    }),
  );
  for (const link of LINKS[type] ?? []) createLinkTable(db, type, link, records, unique ? natural : null);
}

function createLinkTable(db: Database, type: RecordType, link: LinkTable, records: Rec[], natural: string[] | null): void {
  const { fields } = tableSchema(type);
  const parent = natural ?? ['id'];
  const parentColumns = parent.map((k) => {
    const f = fields.find((x) => x.name === k);
    return [natural ? columnName(k) : 'id', f ? SQL_TYPE[f.type] : 'INTEGER'] as [string, string];
  });
  const all = [...parentColumns, ...link.columns];
  const pk = [...parentColumns.map(([c]) => c), ...link.key];
  db.run(
    `CREATE TABLE ${quote(link.name)} (${all.map(([c, t]) => `${quote(c)} ${t}`).join(', ')}, PRIMARY KEY (${pk.map(quote).join(', ')}), ` +
      `FOREIGN KEY (${parentColumns.map(([c]) => quote(c)).join(', ')}) REFERENCES ${quote(tableName(type))} (${parentColumns.map(([c]) => quote(c)).join(', ')}))`,
  );
  insertRows(
    db,
    `INSERT OR IGNORE INTO ${quote(link.name)}`,
    records.flatMap((r, i) => {
      const key = natural ? natural.map((k) => sqlValue(undefined, r[k])) : [i + 1];
      return link.rows(r).map((row) => [...key, ...row]);
    }),
  );
}

let engine: Promise<import('sql.js').SqlJsStatic> | null = null;

/** The part of the WebAssembly global used here (the project's type libraries leave it out). */
interface Wasm {
  compile(bytes: Uint8Array): Promise<object>;
  instantiate(module: object, imports: unknown): Promise<never>;
}
const wasm = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;

/**
 * SQLite (sql.js), loaded and its WebAssembly compiled once. The compilation starts here on V8's
 * background threads from the file's bytes, so that calling this early (the CLI does when sqlite
 * output is asked for) lets it run while the document is read; the rest of the load waits for the
 * main thread.
 */
export function loadSqlite(): Promise<import('sql.js').SqlJsStatic> {
  if (engine) return engine;
  // V8 first compiles WebAssembly with its baseline compiler (Liftoff), then recompiles hot code
  // with the optimising one on background threads: on a two-core machine that second compilation
  // competes with the main thread and with the file writes that follow, for longer than the whole
  // database takes to fill. Baseline code is fast enough for a dataset (measured: the markdown
  // extraction in all formats 0.35 s instead of 0.5 s). And all of it at once, on those threads while
  // the document is read: compiled lazily, each function the first statements call compiled then, on
  // the main thread (measured: the database's stage 62 → 55 ms median, 61 → 41 ms at best, 12 runs).
  setFlagsFromString('--liftoff-only');
  setFlagsFromString('--no-wasm-lazy-compilation');
  const require = createRequire(import.meta.url);
  const compiled = Promise.resolve().then(() => wasm.compile(readFileSync(require.resolve('sql.js/dist/sql-wasm.wasm'))));
  compiled.catch(() => undefined);
  engine = new Promise((resolve, reject) => {
    // sql.js is CommonJS: `require` loads it as such, where `import()` would first scan its 64 kB
    // for named exports (cjs-module-lexer, 10–15 ms on the main thread).
    Promise.resolve()
      .then(() => require('sql.js') as typeof import('sql.js').default)
      .then((initSqlJs) =>
        initSqlJs({
          instantiateWasm(imports, done) {
            compiled.then((module) => wasm.instantiate(module, imports)).then(done, reject);
            return undefined;
          },
        }),
      )
      .then(resolve, reject);
  });
  return engine;
}

/** Writes the records of the given types into a new SQLite database; returns its bytes. */
export async function emitSqlite(records: RecordSet, types: readonly RecordType[]): Promise<Uint8Array> {
  const SQL = await loadSqlite();
  const db = new SQL.Database();
  try {
    db.run('PRAGMA foreign_keys = ON');
    db.run('BEGIN');
    // Parents first: proeftuin_locations refers to priorities.
    const ordered = [...types].sort((a, b) => (a === 'priorities' ? -1 : b === 'priorities' ? 1 : 0));
    for (const type of ordered) createRecordTable(db, type, records[type] as unknown as Rec[], types.includes('priorities'));
    db.run('COMMIT');
    return db.export();
  } finally {
    db.close();
  }
}

/** The database and the map layer of a dataset, read back with real SQL (sql.js) and a JSON parser. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import initSqlJs, { type Database } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractedDataset, markdownText } from '../helpers/fixture';
import { extractFromModel } from '../../src/pipeline';
import { loadMarkdown } from '../../src/load/markdown';
import { emitSqlite } from '../../src/emit/sqlite';

let dir: string;
let db: Database;

function rows(sql: string): unknown[][] {
  return db.exec(sql)[0]?.values ?? [];
}

beforeAll(async () => {
  dir = await extractedDataset();
  const SQL = await initSqlJs();
  db = new SQL.Database(new Uint8Array(readFileSync(join(dir, 'nds.sqlite'))));
});

describe('nds.sqlite', () => {
  it('has one table per record type and link tables, with as many rows as the records', () => {
    const tables = rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map((r) => r[0]);
    expect(tables).toEqual([
      'action_flags', 'action_owners', 'action_plans', 'action_status', 'actions', 'budget_lines', 'budget_mentions',
      'connectivity_actions', 'connectivity_owners', 'connectivity_plans', 'connectivity_status', 'footnote_kamerstukken',
      'footnote_urls', 'footnotes', 'priorities', 'proeftuin_locations',
    ]);
    expect(rows('SELECT count(*) FROM actions')).toEqual([[45]]);
    expect(rows('SELECT count(*) FROM proeftuin_locations')).toEqual([[95]]);
    expect(rows('SELECT count(*) FROM budget_lines')).toEqual([[65]]);
  });

  it('answers "actions per ministry" from action_owners', () => {
    const perOwner = Object.fromEntries(rows('SELECT owner, count(*) FROM action_owners GROUP BY owner'));
    expect(perOwner).toMatchObject({ EZK: 20, BZK: 12, OCW: 4 });
    expect(rows("SELECT timing FROM action_owners WHERE number = 14 AND owner = 'IenW'")).toEqual([['2020']]);
  });

  it('types its columns: numbers are numbers, no reserved words as names', () => {
    expect(rows('SELECT max(value) FROM budget_lines')[0]?.[0]).toBe(1629);
    expect(rows("SELECT typeof(value), typeof(year), typeof(is_total) FROM budget_lines LIMIT 1")).toEqual([['real', 'integer', 'integer']]);
    const columns = rows("SELECT name FROM pragma_table_info('budget_lines')").map((r) => r[0]);
    expect(columns).toEqual(expect.arrayContaining(['table_name', 'row_name', 'year', 'value', 'is_total', 'source_line']));
    expect(columns).not.toContain('table');
    expect(rows("SELECT name FROM pragma_table_info('connectivity_actions') WHERE name LIKE 'action%'")).toEqual([['action_text']]);
  });

  it('keys tables and links lists to their record', () => {
    expect(rows("SELECT name FROM pragma_table_info('actions') WHERE pk > 0")).toEqual([['number']]);
    expect(rows("SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list('action_owners')")).toEqual([['actions', 'number', 'number']]);
    expect(rows('PRAGMA foreign_key_check')).toEqual([]);
    expect(rows("SELECT dossier, number FROM footnote_kamerstukken WHERE n = 2 ORDER BY dossier, number")).toEqual([
      ['22 112', '2858'],
      ['22 112', '2859'],
      ['26 643', '680'],
    ]);
  });

  it('joins Proeftuin locations to priorities and counts them per province', () => {
    const top = rows('SELECT province, count(*) AS n FROM proeftuin_locations GROUP BY province ORDER BY n DESC, province LIMIT 2');
    expect(top).toEqual([['Noord-Brabant', 22], ['Zuid-Holland', 21]]);
    expect(rows("SELECT p.title FROM proeftuin_locations l JOIN priorities p ON p.rank = l.priority_rank WHERE l.city = 'Delft' LIMIT 1")[0]?.[0]).toMatch(/^[A-Z]/);
  });

  it('links euro amounts in appendix rows to their action', () => {
    expect(rows("SELECT action_number, raw FROM budget_mentions WHERE action_number IS NOT NULL ORDER BY action_number")).toEqual([
      [21, '48 mln.'],
      [21, '48 mln.'],
      [33, '€ 1 mln.'],
      [49, '5 miljoen'],
    ]);
  });
});

describe('proeftuin-locations.geojson', () => {
  it('is a FeatureCollection with one Point per location carrying the record', () => {
    const geo = JSON.parse(readFileSync(join(dir, 'proeftuin-locations.geojson'), 'utf8'));
    const records = JSON.parse(readFileSync(join(dir, 'proeftuin-locations.json'), 'utf8'));
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(95);
    const eindhoven = geo.features.find((f: { properties: { city: string } }) => f.properties.city === 'Eindhoven');
    expect(eindhoven.geometry).toEqual({ type: 'Point', coordinates: [5.47778, 51.44083] });
    expect(geo.features.map((f: { properties: unknown }) => f.properties)).toEqual(records);
  });
});

describe('a dataset written only as a database', () => {
  it('validates against the counts of document.json', async () => {
    const { runCli, tempDir, MD_PATH } = await import('../helpers/fixture');
    const out = join(tempDir(), 'db');
    expect((await runCli(['extract', MD_PATH, '--only', 'actions', '-f', 'sqlite', '-o', out, '-q'])).status).toBe(0);
    const r = await runCli(['validate', out]);
    expect(r.stderr).toBe(`nds: ${out} is valid (45 actions in nds.sqlite)\n`);
    expect(r.status).toBe(0);
  });
});

describe('nds.sqlite: owners without a code', () => {
  it('lists an organisation a who cell names beside the codes, with its timing', async () => {
    // Action 19's who cell (line 1230), `BZK (Doorlopend)`, as an edition naming a partner writes it.
    const lines = markdownText().split('\n');
    lines[1229] = (lines[1229] as string).replace(/\tBZK \(Doorlopend\)$/, '\tBZK (Q2) VNG (Doorlopend)');
    const records = extractFromModel(loadMarkdown(lines.join('\n'), 'nds-2020.md')).records;
    expect(records.actions.find((a) => a.number === 19)).toMatchObject({ owners: ['BZK'], ownersOther: ['VNG'] });
    const SQL = await initSqlJs();
    const edited = new SQL.Database(await emitSqlite(records, ['actions']));
    expect(edited.exec('SELECT owner, timing FROM action_owners WHERE number = 19 ORDER BY owner')[0]?.values).toEqual([
      ['BZK', 'Q2'],
      ['VNG', 'Doorlopend'],
    ]);
  });
});

describe('nds.sqlite: text no statement can hold', () => {
  it('a NUL in a value reads as U+FFFD, as the loaders read it, and quotes stay quotes', async () => {
    // Footnote 1 (`Kamerstuk 26 643, nr. 623.`), its comma a NUL as a broken font would give it.
    const records = extractFromModel(loadMarkdown(markdownText(), 'nds-2020.md')).records;
    const note = records.footnotes.find((f) => f.n === 1);
    expect(note?.text).toBe('Kamerstuk 26 643, nr. 623.');
    const broken = { ...records, footnotes: records.footnotes.map((f) => (f.n === 1 ? { ...f, text: "Kamerstuk 26 643\u0000 nr. 623 ('x')." } : f)) };
    const SQL = await initSqlJs();
    const written = new SQL.Database(await emitSqlite(broken, ['footnotes']));
    expect(written.exec('SELECT text FROM footnotes WHERE n = 1')[0]?.values).toEqual([["Kamerstuk 26 643\uFFFD nr. 623 ('x')."]]);
    expect(written.exec('SELECT count(*) FROM footnotes')[0]?.values).toEqual([[records.footnotes.length]]);
  });
});

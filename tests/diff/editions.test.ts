/**
 * Editions derived from the 2020 one with listed, realistic changes (scripts/derive-editions.mjs
 * writes them with the change list next to each): `nds diff` must report exactly those changes in
 * every format, and the markdown, HTML and PDF of each edition must give the same records.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { diffRecords } from '../../src/diff/compare';
import { diffDocuments, type DocumentSide } from '../../src/diff/document';
import { buildReport } from '../../src/emit/document';
import type { Extraction } from '../../src/pipeline';
import { MD_PATH, ROOT, runCli, tempDir } from '../helpers/fixture';
import { cachedExtraction } from '../helpers/models';

const DIR = join(ROOT, 'tests', 'fixtures', 'editions');
const EDITIONS = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace('.expected.json', ''));

interface Expected {
  document: Record<string, unknown>[];
  changes: { type: string; kind: string; key: string; fields?: string[] }[];
}

interface JsonChange {
  type: string;
  kind: string;
  key: string;
  fields: { field: string }[];
}

describe.each(EDITIONS)('edition %s', (name) => {
  const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
  const md = join(DIR, `${name}.md`);

  it('nds diff against 2020 reports exactly the listed changes (JSON)', async () => {
    const r = await runCli(['diff', MD_PATH, md, '--format', 'json']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { document: unknown[]; changes: JsonChange[] };
    expect(report.document).toEqual(expected.document);
    expect(report.changes.map((c) => ({ type: c.type, kind: c.kind, key: c.key, ...(c.kind === 'changed' ? { fields: c.fields.map((f) => f.field) } : {}) }))).toEqual(expected.changes);
  });

  it('the CSV and the readable report carry the same changes', async () => {
    const csv = await runCli(['diff', MD_PATH, md, '--format', 'csv']);
    const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
    const keys = [...new Set(rows.map((row) => `${row.type}|${row.kind}|${row.key}`))];
    expect(keys).toEqual([...expected.document.map((d) => `document|changed|${String(d.field)}`), ...expected.changes.map((c) => `${c.type}|${c.kind}|${c.key}`)]);
    const report = (await runCli(['diff', MD_PATH, md])).stdout;
    const n = expected.document.length;
    expect(report).toContain(`${n} document change${n === 1 ? '' : 's'}, ${expected.changes.length} record change${expected.changes.length === 1 ? '' : 's'}.`);
    for (const c of expected.changes) expect(report).toContain(`- **${c.kind}** ${c.key}`);
  });

  it('the html rendering gives the records of the markdown (nds diff: no differences)', async () => {
    const r = await runCli(['diff', md, join(DIR, `${name}.html`), '--format', 'json']);
    const report = JSON.parse(r.stdout) as { document: unknown[]; changes: unknown[] };
    expect(report.changes).toEqual([]);
    expect(report.document).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('the pdf rendering gives the records of the markdown', async () => {
    const [a, b] = [await cachedExtraction(md), await cachedExtraction(join(DIR, `${name}.pdf`))];
    const side = (e: Extraction) => buildReport(e, new Uint8Array()) as unknown as DocumentSide;
    expect(diffDocuments(side(a), side(b))).toEqual([]);
    expect(diffRecords(a.records, b.records).changes).toEqual([]);
  });
});

describe('the restructured 2021 edition is read whole, in every format', () => {
  it.each(['md', 'pdf'])('%s: 47 actions, 50 and 51 in part 3 with theme, owners and timing; priorities in 3.x', async (format) => {
    const out = join(tempDir(), 'd');
    const r = await runCli(['extract', join(DIR, `nds-2021-restructured.${format}`), '-o', out, '-q', '-f', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const actions = JSON.parse(readFileSync(join(out, 'actions.json'), 'utf8')) as { number: number; part: number; partTitle: string; theme: string; owners: string[]; timing: string[] }[];
    expect(actions).toHaveLength(47);
    expect(actions.filter((a) => a.number >= 50)).toEqual([
      expect.objectContaining({ number: 50, part: 3, partTitle: 'Nieuwe acties 2021', theme: 'Digitale overheid', owners: ['BZK'], timing: ['Q3'] }),
      expect.objectContaining({ number: 51, part: 3, partTitle: 'Nieuwe acties 2021', theme: 'Digitale overheid', owners: ['BZK', 'JenV'], timing: ['2022'] }),
    ]);
    const doc = JSON.parse(readFileSync(join(out, 'document.json'), 'utf8')) as { title: string; year: number };
    expect(doc).toMatchObject({ title: 'Nederlandse Digitaliseringsstrategie 2021', year: 2021 });
    const priorities = JSON.parse(readFileSync(join(out, 'priorities.json'), 'utf8')) as { section: string }[];
    expect(priorities.map((p) => p.section)).toEqual(['3.2', '3.3', '3.4', '3.5', '3.6', '3.7']);
  });
});

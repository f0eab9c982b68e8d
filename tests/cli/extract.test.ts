import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectRefused, FIXTURES as ROOT_FIXTURES, MD_PATH, runCli, tempDir } from '../helpers/fixture';

const ALL_FILES = [
  'nds.sqlite',
  'proeftuin-locations.geojson',
  'actions.csv',
  'actions.json',
  'actions.yaml',
  'budget-lines.csv',
  'budget-lines.json',
  'budget-lines.yaml',
  'budget-mentions.csv',
  'budget-mentions.json',
  'budget-mentions.yaml',
  'connectivity-actions.csv',
  'connectivity-actions.json',
  'connectivity-actions.yaml',
  'datapackage.json',
  'document.json',
  'footnotes.csv',
  'footnotes.json',
  'footnotes.yaml',
  'priorities.csv',
  'priorities.json',
  'priorities.yaml',
  'proeftuin-locations.csv',
  'proeftuin-locations.json',
  'proeftuin-locations.yaml',
];

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

describe('nds extract on the markdown edition', () => {
  it('writes every record type in every format plus document.json, and says what it found', async () => {
    const out = tempDir();
    const result = await runCli(['extract', MD_PATH, '-o', out]);
    expect(result.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([...ALL_FILES].sort());
    expect(result.stderr).toContain('45 actions');
    expect(result.stderr).toContain('absent from the input: actions 1, 2, 5, 6');
    expect(result.stdout).toBe('');
    const actions = JSON.parse(readFileSync(join(out, 'actions.json'), 'utf8')) as { number: number; owners: string[] }[];
    expect(actions.find((a) => a.number === 14)?.owners).toEqual(['EZK', 'IenW']);
    const doc = JSON.parse(readFileSync(join(out, 'document.json'), 'utf8')) as Record<string, unknown>;
    expect(doc).toMatchObject({ title: 'Nederlandse Digitaliseringsstrategie 2020', year: 2020, input: { name: 'nds-2020.md', format: 'markdown' } });
    expect((doc.gaps as { type: string; key: string }[]).map((g) => `${g.type} ${g.key}`)).toEqual([
      'actions 1',
      'actions 2',
      'actions 5',
      'actions 6',
      'footnotes 63',
    ]);
    expect(doc.counts).toEqual({
      priorities: 6,
      actions: 45,
      'connectivity-actions': 41,
      'budget-lines': 65,
      'budget-mentions': 41,
      'proeftuin-locations': 95,
      footnotes: 72,
    });
    expect((doc.checks as { ok: boolean }[]).filter((c) => c.ok)).toHaveLength(8);
  });

  it('is byte-identical across runs', async () => {
    const a = tempDir();
    const b = tempDir();
    expect((await runCli(['extract', MD_PATH, '-o', a])).status).toBe(0);
    expect((await runCli(['extract', MD_PATH, '-o', b])).status).toBe(0);
    expect(snapshot(a)).toEqual(snapshot(b));
  });

  it('writes CSV with list fields as JSON text, losslessly', async () => {
    const out = tempDir();
    await runCli(['extract', MD_PATH, '-o', out, '-f', 'csv', '--only', 'actions']);
    expect(readdirSync(out).sort()).toEqual(['actions.csv', 'datapackage.json', 'document.json']);
    const { parse } = await import('csv-parse/sync');
    const rows = parse(readFileSync(join(out, 'actions.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const row33 = rows.find((r) => r.number === '33');
    expect(JSON.parse(row33?.timing ?? '')).toEqual(['Q3-4', 'Doorlopend', 'Doorlopend', 'Doorlopend', 'Doorlopend']);
    expect(JSON.parse(row33?.source ?? '')).toEqual({ line: 1260 });
    expect(rows.find((r) => r.number === '3')?.theme).toBe('');
  });

  it('streams one type in one format to stdout with -o -', async () => {
    const result = await runCli(['extract', MD_PATH, '--only', 'priorities', '-f', 'json', '-o', '-']);
    expect(result.status).toBe(0);
    const priorities = JSON.parse(result.stdout) as { rank: number; section: string }[];
    expect(priorities.map((p) => p.section)).toEqual(['2.2', '2.3', '2.4', '2.5', '2.6', '2.7']);
  });

  it('extracts the bundled fixture when no input is given', async () => {
    const out = tempDir();
    const result = await runCli(['extract', '-o', out, '--only', 'priorities', '-f', 'json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'document.json'), 'utf8')).input.name).toBe('nds-2020.md');
  });

  it('detects the format by content, not by the file name', async () => {
    const dir = tempDir();
    const html = join(dir, 'download.txt');
    writeFileSync(html, readFileSync(join(ROOT_FIXTURES, 'nds-2020.html')));
    const out = join(dir, 'out');
    expect((await runCli(['extract', html, '-o', out, '--only', 'priorities', '-f', 'json'])).status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'document.json'), 'utf8')).input).toMatchObject({ name: 'download.txt', format: 'html' });
    const md = join(dir, 'nds.pdf');
    writeFileSync(md, readFileSync(MD_PATH));
    const out2 = join(dir, 'out2');
    expect((await runCli(['extract', md, '-o', out2, '--only', 'priorities', '-f', 'json'])).status).toBe(0);
    expect(JSON.parse(readFileSync(join(out2, 'document.json'), 'utf8')).input.format).toBe('markdown');
  });

  it('exits 2 on bad usage', async () => {
    expect((await runCli(['extract', MD_PATH, '-f', 'xml'])).status).toBe(2);
    expect((await runCli(['extract', MD_PATH, '--only', 'ministers'])).stderr).toContain('unknown record type ministers');
    expect((await runCli(['extract', MD_PATH, '-o', '-'])).stderr).toContain('streams one record type in one format');
    expect((await runCli(['frobnicate'])).status).toBe(2);
  });
});

describe('nds extract on bad input: exit 2, one line naming the file, nothing written', () => {
  const cases: [string, (dir: string) => string, RegExp][] = [
    ['a missing path', (dir) => join(dir, 'nope.md'), /nope\.md: no such file/],
    ['a directory', (dir) => dir, /is a directory/],
    ['an empty file', (dir) => write(dir, 'empty.md', ''), /empty\.md: the file is empty/],
    ['white space only', (dir) => write(dir, 'blank.md', '\n\n  \n'), /blank\.md: the file holds only white space/],
    ['binary garbage', (dir) => write(dir, 'garbage.md', Buffer.from([0x81, 0xfe, 0x00, 0xff, 0x13, 0x37, 0xc3, 0x28])), /garbage\.md: not a supported format/],
    ['a ZIP file (docx)', (dir) => write(dir, 'nds.docx', Buffer.from('PK\u0003\u0004rest of a zip', 'latin1')), /nds\.docx: not a supported format: the file is a ZIP archive/],
    ['JSON data', (dir) => write(dir, 'data.md', '{"actions": []}'), /data\.md: not a supported format: JSON data/],
    ['markdown that is not an NDS document', (dir) => write(dir, 'recipe.md', '# Appeltaart\n\nNeem drie appels.\n\n- bloem\n- boter\n'), /recipe\.md: not an NDS document/],
  ];

  function write(dir: string, name: string, content: string | Buffer): string {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  }

  it.each(cases)('%s', async (_name, make, message) => {
    await expectRefused(make(tempDir()), message);
  });

  it('writes no output directory when there was none', async () => {
    const out = join(tempDir(), 'fresh');
    expect((await runCli(['extract', join(out, 'missing.md'), '-o', out])).status).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractedDataset as freshDataset, MD_PATH, runCli } from '../helpers/fixture';

describe('nds extract --check', () => {
  it('exits 0 when the directory is up to date, writing nothing', async () => {
    const out = await freshDataset();
    const before = readFileSync(join(out, 'actions.json'), 'utf8');
    const result = await runCli(['extract', MD_PATH, '-o', out, '--check']);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('up to date (25 files)');
    expect(readFileSync(join(out, 'actions.json'), 'utf8')).toBe(before);
  });

  it('exits 1 listing each file that is missing, extra or changed, with the first differing record', async () => {
    const out = await freshDataset();
    const actions = JSON.parse(readFileSync(join(out, 'actions.json'), 'utf8'));
    actions[2].owners = ['BZK'];
    writeFileSync(join(out, 'actions.json'), JSON.stringify(actions, null, 2) + '\n');
    rmSync(join(out, 'footnotes.yaml'));
    writeFileSync(join(out, 'priorities.xml.json'), '[]');
    cpSync(join(out, 'priorities.csv'), join(out, 'ministers.csv'));
    const result = await runCli(['extract', MD_PATH, '-o', out, '--check']);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toContain(`nds: ${out}/actions.json: changed (record 2 differs in owners)`);
    expect(lines).toContain(`nds: ${out}/footnotes.yaml: missing`);
    expect(lines.at(-1)).toContain('is stale: 2 file(s) differ');
    // Files that are not part of a dataset are none of --check's business.
    expect(result.stderr).not.toContain('ministers.csv');
    expect(JSON.parse(readFileSync(join(out, 'actions.json'), 'utf8'))[2].owners).toEqual(['BZK']);
  });

  it('reports an extra file of the dataset kind', async () => {
    const out = await freshDataset();
    const result = await runCli(['extract', MD_PATH, '-o', out, '--check', '-f', 'json']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${out}/actions.csv: extra`);
    expect(result.stderr).toContain(`${out}/datapackage.json: changed`);
  });
});

describe('datapackage.json', () => {
  it('lists every written file with format, media type, size and sha256; CSV with its Table Schema', async () => {
    const out = await freshDataset();
    const pkg = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    expect(pkg).toMatchObject({ name: 'nds-2020', profile: 'data-package', nds: { input: { name: 'nds-2020.md', format: 'markdown' }, tool: { name: 'nds-extract' } } });
    expect(pkg.resources).toHaveLength(24);
    expect(pkg.resources.find((r: { path: string }) => r.path === 'nds.sqlite')).toMatchObject({ format: 'sqlite', mediatype: 'application/vnd.sqlite3' });
    expect(pkg.resources.find((r: { path: string }) => r.path === 'proeftuin-locations.geojson')).toMatchObject({ format: 'geojson', mediatype: 'application/geo+json' });
    expect(pkg.sources[1]).toMatchObject({ licenses: [{ name: 'CC-BY-4.0' }] });
    expect(pkg.sources[1].title).toContain('GeoNames');
    const csv = pkg.resources.find((r: { path: string }) => r.path === 'actions.csv');
    const { createHash } = await import('node:crypto');
    const content = readFileSync(join(out, 'actions.csv'));
    expect(csv).toMatchObject({ format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', bytes: content.length, hash: `sha256:${createHash('sha256').update(content).digest('hex')}` });
    expect(csv.schema.primaryKey).toEqual(['number']);
    expect(pkg.resources.find((r: { path: string }) => r.path === 'footnotes.yaml')).toMatchObject({ mediatype: 'application/yaml' });
    expect(readFileSync(join(out, 'datapackage.json'), 'utf8')).not.toMatch(/\r|created|T\d\d:\d\d/);
  });
});

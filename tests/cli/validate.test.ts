import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MD_PATH, extractedDataset, runCli, tempDir } from '../helpers/fixture';

const dataset = (): Promise<string> => extractedDataset('ds');

describe('nds validate', () => {
  it('exits 0 on a dataset written by nds extract, reading JSON, YAML and CSV back', async () => {
    const out = await dataset();
    const result = await runCli(['validate', out]);
    expect(result.stderr).toContain('is valid (6 priorities, 45 actions, 41 connectivity-actions');
    expect(result.status).toBe(0);
  });

  it('exits 2 for a directory that is missing, or a file', async () => {
    expect(await runCli(['validate', join(tempDir(), 'none')])).toMatchObject({ status: 2, stderr: expect.stringMatching(/none: no such directory\n$/) });
    expect((await runCli(['validate', MD_PATH])).stderr).toContain('is not a directory');
  });

  it('exits 1 for an empty directory', async () => {
    const dir = join(tempDir(), 'empty');
    mkdirSync(dir);
    const result = await runCli(['validate', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('empty/.: no dataset files');
  });

  it('reports a truncated JSON file, a CSV row with a wrong column count and a hash mismatch, one line each', async () => {
    const out = await dataset();
    const json = readFileSync(join(out, 'priorities.json'), 'utf8');
    writeFileSync(join(out, 'priorities.json'), json.slice(0, 200));
    const csv = readFileSync(join(out, 'footnotes.csv'), 'utf8').split('\n');
    csv[3] = `${csv[3]},extra`;
    writeFileSync(join(out, 'footnotes.csv'), csv.join('\n'));
    const result = await runCli(['validate', out]);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toContain(`nds: ${out}/priorities.json: sha256 differs from datapackage.json`);
    expect(lines.some((l) => l.startsWith(`nds: ${out}/priorities.json: not valid JSON`))).toBe(true);
    // The parser's quote of the file is not echoed (the file may be a link to something private).
    expect(result.stderr).not.toContain(json.slice(0, 30));
    expect(lines).toContain(`nds: ${out}/footnotes.csv row 4: 6 columns, the header has 5`);
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('reports YAML that does not parse with its line and column, and quotes none of it', async () => {
    const out = await dataset();
    const lines = readFileSync(join(out, 'footnotes.yaml'), 'utf8').split('\n');
    // (The second line of the first record written again: a key twice in one mapping.)
    lines.splice(2, 0, lines[1] as string);
    writeFileSync(join(out, 'footnotes.yaml'), lines.join('\n'));
    const result = await runCli(['validate', out]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toContain(`nds: ${out}/footnotes.yaml: not valid YAML at line 3, column 3`);
    expect(result.stderr).not.toContain(lines[1]);
  });

  it('reports a record that breaks its schema with file, index and field', async () => {
    const out = await dataset();
    const yaml = readFileSync(join(out, 'actions.yaml'), 'utf8').replace('  owners:\n    - BZK', '  owners:\n    - Ministerie');
    writeFileSync(join(out, 'actions.yaml'), yaml);
    const result = await runCli(['validate', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${out}/actions.yaml record 0 owners.0:`);
    expect(result.stderr).toContain(`${out}/actions.yaml: sha256 differs from datapackage.json`);
  });
});

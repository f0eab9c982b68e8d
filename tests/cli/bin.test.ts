import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/fixture';

const BIN = join(ROOT, 'bin', 'nds.js');

describe('the installed command (bin/nds.js)', () => {
  it('extracts the bundled document with exit 0', () => {
    const out = tempDir();
    const result = spawnSync(process.execPath, [BIN, 'extract', '-o', out], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('6 priorities, 45 actions');
    expect(readdirSync(out)).toContain('actions.json');
  });

  it('reads the untagged PDF on worker threads, with no progress bar when stderr is not a terminal', () => {
    const out = tempDir();
    const result = spawnSync(process.execPath, [BIN, 'extract', join(ROOT, 'fixtures', 'nds-2020-untagged.pdf'), '-o', out, '--only', 'actions,priorities'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^nds-2020-untagged\.pdf \(pdf\): 6 priorities, 45 actions\n/);
    expect(result.stderr).not.toMatch(/\r|pages\]/);
    const actions = JSON.parse(readFileSync(join(out, 'actions.json'), 'utf8')) as { number: number; owners: string[]; source: { page: number } }[];
    expect(actions.find((a) => a.number === 47)).toMatchObject({ owners: ['JenV', 'BZK'] });
  });

  it('exits 2 with one line on stderr for a missing file', () => {
    const result = spawnSync(process.execPath, [BIN, 'extract', 'missing.pdf'], { cwd: tempDir(), encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('nds: missing.pdf: no such file\n');
  });
});

describe('the committed dataset in out/', () => {
  it('is what nds extract gives for the bundled fixture today (golden files)', async () => {
    const result = await runCli(['extract', '--check']);
    expect(result.stderr).toContain('is up to date');
    expect(result.status).toBe(0);
  });
});

describe('NDS_TIMING', () => {
  it('=1 prints one line per stage on stderr, in pipeline order, and nothing on stdout', () => {
    const out = join(tempDir(), 'd');
    const r = spawnSync(process.execPath, [BIN, 'extract', join(ROOT, 'fixtures', 'nds-2020.md'), '-q', '-o', out, '-f', 'json'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NDS_TIMING: '1' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const stages = [...r.stderr.matchAll(/^nds timing: (.+?)\s+[\d.]+ ms {2}\(at \d+ ms\)$/gm)].map((m) => m[1]);
    expect(stages.slice(0, 4)).toEqual(['start-up', 'read input', 'load', 'segment']);
    expect(stages).toContain('extract actions');
    expect(stages.slice(-2)).toEqual(['emit document, package', 'write']);
  });

  it('set to anything but 1 prints nothing', () => {
    const out = join(tempDir(), 'd');
    const r = spawnSync(process.execPath, [BIN, 'extract', join(ROOT, 'fixtures', 'nds-2020.md'), '-q', '-o', out, '-f', 'json'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NDS_TIMING: 'yes' } });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});

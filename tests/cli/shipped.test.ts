/**
 * The command that ships, used the way people use it: in a terminal (a pseudo-terminal made by
 * script(1)), in pipes that close early, onto full disks, re-run into the same directory, and
 * pointed at things that are not documents. Each finding of the "what ships" issue is a case here.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, MD_PATH, ROOT, tempDir } from '../helpers/fixture';
import { BIN, CRASH, runShell, runShipped } from '../helpers/shipped';

const PDF = join(FIXTURES, 'nds-2020.pdf');

/** Runs a command line in a pseudo-terminal; returns the exit status script(1) passes on. */
function inTerminal(command: string, cwd = ROOT): { status: number | null; output: string } {
  const r = runShell(`script -qec ${JSON.stringify(command)} /dev/null`, cwd);
  return { status: r.status, output: r.stdout + r.stderr };
}

describe('in a terminal (pseudo-terminal: stderr is a TTY)', () => {
  it('npm start extracts the bundled document, with a summary and no crash', () => {
    const out = tempDir();
    const r = inTerminal(`node ${BIN} extract -o ${out}/d`);
    expect(r.output).not.toMatch(CRASH);
    expect(r.status).toBe(0);
    expect(r.output).toContain('6 priorities, 45 actions, 41 connectivity-actions, 65 budget-lines');
    expect(readdirSync(join(out, 'd'))).toContain('actions.json');
  });

  it('extracts the PDF with a progress bar that ends at 55/55 pages', () => {
    const out = tempDir();
    const r = inTerminal(`node ${BIN} extract ${PDF} -o ${out}/d --only actions,priorities`);
    expect(r.output).not.toMatch(CRASH);
    expect(r.status).toBe(0);
    expect(r.output).toContain('55/55 pages');
    expect(r.output).toContain('nds-2020.pdf (pdf): 6 priorities, 45 actions');
  });

  it('inspects a document and runs -q and NO_COLOR without a crash', () => {
    const r = inTerminal(`NO_COLOR=1 node ${BIN} inspect ${MD_PATH} --section 2.2 > /dev/null && node ${BIN} extract -q -o ${tempDir()}/q`);
    expect(r.output).not.toMatch(CRASH);
    expect(r.status).toBe(0);
  });
});

describe('pipes and full disks', () => {
  it('a reader that closes early (| head) ends the run quietly with status 0', () => {
    const r = runShell(`$NDS extract --only actions -f json -o - 2>err.txt | head -c 100 > /dev/null; echo "status=\${PIPESTATUS[0]}"; cat err.txt`, tempDir());
    expect(r.stdout).toMatch(/^status=0\n/);
    expect(r.stdout).not.toMatch(CRASH);
    expect(r.stdout).not.toMatch(/EPIPE/);
  });

  it('nds inspect | head ends quietly', () => {
    const r = runShell(`$NDS inspect ${MD_PATH} 2>err.txt | head -n 3; echo "status=\${PIPESTATUS[0]}"; cat err.txt`, tempDir());
    expect(r.stdout).toContain('nds-2020.md (markdown):');
    expect(r.stdout).toMatch(/status=0\n$/);
  });

  it('a full disk on stdout (> /dev/full) is one line and exit 2', () => {
    const r = runShell(`$NDS extract --only actions -f json -o - > /dev/full`);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('nds: cannot write to standard output: no space left on the device (ENOSPC)');
    expect(r.stderr).not.toMatch(CRASH);
  });
});

describe('re-runs into one directory (a run replaces its directory whole)', () => {
  it('a partial run after a full one leaves a directory that validates and holds only what it wrote', async () => {
    const d = join(tempDir(), 'd');
    expect((await runShipped(['extract', '-o', d, '-q'])).status).toBe(0);
    expect(readdirSync(d)).toHaveLength(25);
    expect((await runShipped(['extract', '--only', 'actions', '-f', 'csv', '-o', d, '-q'])).status).toBe(0);
    expect(readdirSync(d).sort()).toEqual(['actions.csv', 'datapackage.json', 'document.json']);
    const v = await runShipped(['validate', d]);
    expect(v.stderr).toBe(`nds: ${d} is valid (45 actions)\n`);
    expect(v.status).toBe(0);
    const doc = JSON.parse(readFileSync(join(d, 'document.json'), 'utf8')) as { counts: Record<string, number> };
    expect(doc.counts).toEqual({ actions: 45 });
  });

  it('another input into the same directory validates too, and no temporary directory is left beside it', async () => {
    const parent = tempDir();
    const d = join(parent, 'd');
    expect((await runShipped(['extract', '-o', d, '-q', '-f', 'json'])).status).toBe(0);
    expect((await runShipped(['extract', join(FIXTURES, 'nds-2020.html'), '-o', d, '-q', '-f', 'yaml,csv'])).status).toBe(0);
    expect((await runShipped(['validate', d])).status).toBe(0);
    expect(readdirSync(parent)).toEqual(['d']);
    expect(JSON.parse(readFileSync(join(d, 'document.json'), 'utf8')).input.format).toBe('html');
  });

  it('carries hidden files (.gitkeep) over into the new dataset', async () => {
    const d = join(tempDir(), 'd');
    mkdirSync(d);
    writeFileSync(join(d, '.gitkeep'), '');
    expect((await runShipped(['extract', '-o', d, '-q', '-f', 'json'])).status).toBe(0);
    expect(readdirSync(d)).toContain('.gitkeep');
    expect((await runShipped(['validate', d])).status).toBe(0);
  });

  it('refuses a directory holding files nds did not write, and leaves it as it was', async () => {
    const d = join(tempDir(), 'mine');
    mkdirSync(d);
    writeFileSync(join(d, 'notes.txt'), 'my notes\n');
    const r = await runShipped(['extract', '-o', d]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`nds: ${d}: holds files that nds did not write (notes.txt); a run replaces its output directory whole: choose an empty directory or a dataset\n`);
    expect(readdirSync(d)).toEqual(['notes.txt']);
  });
});

describe('output paths that cannot be used: a code, one line naming the path, exit 2', () => {
  const cases: [string, (dir: string) => string, RegExp][] = [
    ['an empty path (-o "")', () => '', /^nds: -o needs a directory \(or - for stdout\); it was given an empty path\n$/],
    ['an existing file', (dir) => (writeFileSync(join(dir, 'f'), 'x'), join(dir, 'f')), /: is a file, not a directory/],
    ['a symbolic-link loop', (dir) => (symlinkSync(join(dir, 'b'), join(dir, 'a')), symlinkSync(join(dir, 'a'), join(dir, 'b')), join(dir, 'a')), /too many levels of symbolic links \(ELOOP\)/],
    ['a path under a file', (dir) => (writeFileSync(join(dir, 'f'), 'x'), join(dir, 'f', 'sub')), /a part of the path is a file, not a directory \(ENOTDIR\)/],
    ['/proc/self/x', () => '/proc/self/x', /^nds: \/proc\/self\/x: cannot write the dataset: /],
    ['the current directory', () => '.', /is the current directory or holds it/],
  ];
  it.each(cases)('%s', async (_name, make, message) => {
    const dir = tempDir();
    const r = await runShipped(['extract', '-o', make(dir)], { cwd: dir, timeoutMs: 20_000 });
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(CRASH);
    expect(r.status).toBe(2);
  });

  it('is refused before the document is read: a PDF into a file reads no page', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'f'), 'x');
    const r = await runShipped(['extract', PDF, '-o', join(dir, 'f')], { env: { NDS_TIMING: '1' } });
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines.at(-1)).toBe(`nds: ${join(dir, 'f')}: is a file, not a directory: choose a directory for the dataset`);
    // (The stages timed before the refusal: start-up and reading the file's bytes, no page.)
    expect(lines.slice(0, -1).map((l) => l.replace(/^nds timing: (.*?)\s+[\d.]+ ms.*$/, '$1'))).toEqual(['nds timing: code cache used', 'start-up', 'read input']);
  });

  it('--check against a file is exit 2, not a stale dataset', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'f'), 'x');
    const r = await runShipped(['extract', PDF, '--check', '-o', join(dir, 'f')], { env: { NDS_TIMING: '1' } });
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines.at(-1)).toBe(`nds: ${join(dir, 'f')}: is a file, not a dataset directory`);
    // (Refused before the document is read: no page was.)
    expect(lines.slice(0, -1).map((l) => l.replace(/^nds timing: (.*?)\s+[\d.]+ ms.*$/, '$1'))).toEqual(['nds timing: code cache used', 'start-up', 'read input']);
  });
});

describe('inputs that never end or are too large: refused at once, bounded memory', () => {
  it('/dev/zero is refused within seconds and well under 1 GB', async () => {
    const r = await runShipped(['extract', '/dev/zero', '-o', join(tempDir(), 'd')], { timeoutMs: 20_000 });
    expect(r.stderr).toBe('nds: /dev/zero: is a device, not a regular file; save the document to a file first\n');
    expect(r.status).toBe(2);
    expect(r.ms).toBeLessThan(10_000);
    expect(r.peakMb).toBeLessThan(1024);
  });

  it('a FIFO is refused without waiting for a writer', async () => {
    const dir = tempDir();
    runShell(`mkfifo ${dir}/pipe.md`);
    const r = await runShipped(['extract', join(dir, 'pipe.md')], { timeoutMs: 20_000 });
    expect(r.stderr).toMatch(/pipe\.md: is a named pipe \(FIFO\), not a regular file/);
    expect(r.status).toBe(2);
  });

  it('a file over the size limit is refused with the way to raise it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.md'), `# Nederlandse Digitaliseringsstrategie\n${'x'.repeat(2 * 1024 * 1024)}\n`);
    const r = await runShipped(['extract', join(dir, 'big.md')], { env: { NDS_MAX_INPUT_MB: '1' } });
    expect(r.stderr).toMatch(/big\.md: is larger than 1 MiB, far more than any NDS edition; set NDS_MAX_INPUT_MB to raise the limit\n$/);
    expect(r.status).toBe(2);
  });

  it('validate does not follow a dataset file that links to /dev/zero, nor wait on a FIFO', async () => {
    const parent = tempDir();
    const d = join(parent, 'd');
    expect((await runShipped(['extract', '-o', d, '-q', '-f', 'json'])).status).toBe(0);
    runShell(`rm ${d}/actions.json && ln -s /dev/zero ${d}/actions.json && rm ${d}/footnotes.json && mkfifo ${d}/footnotes.json`);
    const r = await runShipped(['validate', d], { timeoutMs: 20_000 });
    expect(r.stderr).toContain(`nds: ${d}/actions.json: is a device, not a regular file`);
    expect(r.stderr).toContain(`nds: ${d}/footnotes.json: is a named pipe (FIFO), not a regular file`);
    expect(r.status).toBe(1);
    expect(r.peakMb).toBeLessThan(1024);
  });
});

describe('the package installed without its build step (npm ci --ignore-scripts)', () => {
  it('says in one line what to run', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'bin'));
    writeFileSync(join(dir, 'bin', 'nds.js'), readFileSync(BIN));
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    const r = runShell(`node bin/nds.js extract`, dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('nds: the program is not built (dist/ is missing): run `npm run build` in the nds-extract folder\n');
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });
});

describe('the code cache the build makes (dist/nds.cache, bin/bundle.js)', () => {
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

  it('serves the shipped command', async () => {
    const r = await runShipped(['--version'], { env: { NDS_TIMING: '1' } });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${version}\n`);
    expect(r.stderr).toContain('nds timing: code cache used\n');
  });

  /** A copy of the built program (bin/, dist/) whose cache `spoil` changes; node_modules shared. */
  function copyOfProgram(spoil: (cache: Buffer, dir: string) => void): string {
    const dir = tempDir();
    for (const sub of ['bin', 'dist']) {
      mkdirSync(join(dir, sub));
      for (const name of readdirSync(join(ROOT, sub))) writeFileSync(join(dir, sub, name), readFileSync(join(ROOT, sub, name)));
    }
    writeFileSync(join(dir, 'package.json'), readFileSync(join(ROOT, 'package.json')));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    spoil(readFileSync(join(dir, 'dist', 'nds.cache')), dir);
    return dir;
  }

  const priorities = ['extract', MD_PATH, '-o', '-', '--only', 'priorities', '-f', 'csv', '-q'];

  it.each([
    ['damaged', 'bytes changed in its middle', (cache: Buffer, dir: string) => {
      for (let i = cache.length >> 1; i < (cache.length >> 1) + 4096; i++) cache[i] = (cache[i] as number) ^ 0x5a;
      writeFileSync(join(dir, 'dist', 'nds.cache'), cache);
    }],
    ['damaged', 'cut short', (cache: Buffer, dir: string) => writeFileSync(join(dir, 'dist', 'nds.cache'), cache.subarray(0, 1000))],
    ['damaged', 'empty', (_cache: Buffer, dir: string) => writeFileSync(join(dir, 'dist', 'nds.cache'), '')],
    ['stale', 'made for another build of the program', (_cache: Buffer, dir: string) => writeFileSync(join(dir, 'dist', 'nds.cjs'), `${readFileSync(join(dir, 'dist', 'nds.cjs'), 'utf8')}\n// another build\n`)],
    ['absent', 'removed', (_cache: Buffer, dir: string) => rmSync(join(dir, 'dist', 'nds.cache'))],
  ])('a cache %s (%s): set aside, the program compiles without it and gives the same records', async (state, _how, spoil) => {
    const dir = copyOfProgram(spoil);
    const shipped = await runShipped(priorities);
    const r = runShell(`NDS_TIMING=1 node bin/nds.js ${priorities.join(' ')}`, dir);
    expect(r.stderr).not.toMatch(CRASH);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`nds timing: code cache ${state}\n`);
    expect(r.stdout).toBe(shipped.stdout);
    expect(r.stdout).toContain('1,Artificiële Intelligentie,2.2,');
  });
});

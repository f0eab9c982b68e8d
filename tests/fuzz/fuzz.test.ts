/**
 * A bounded, deterministic fuzz suite: seeded mutations of the markdown, HTML and PDF fixtures
 * (lines deleted and duplicated, bytes flipped inside PDF streams, truncations, huge lines, deep
 * markup). Every case must end with exit 0, 1 or 2, no stack trace and no "internal error", write
 * nothing when it fails, and stay within time and memory bounds. Markdown and HTML run in-process
 * (fast); PDFs run through the shipped command, whose worker threads and watchdog are under test.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, markdownText, runCli, tempDir } from '../helpers/fixture';
import { CRASH, runShell, runShipped } from '../helpers/shipped';
import { loadSqlite } from '../../src/emit/sqlite';

/** mulberry32: a small seeded PRNG, so every run tries the same cases. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = (text: string, rnd: () => number) => string;

const pick = (rnd: () => number, n: number): number => Math.floor(rnd() * n);

const TEXT_MUTATIONS: Record<string, Mutation> = {
  'delete lines': (t, rnd) => {
    const lines = t.split('\n');
    for (let k = 0; k < 40; k++) lines.splice(pick(rnd, lines.length), 1 + pick(rnd, 20));
    return lines.join('\n');
  },
  'duplicate lines': (t, rnd) => {
    const lines = t.split('\n');
    for (let k = 0; k < 30; k++) {
      const i = pick(rnd, lines.length);
      lines.splice(i, 0, ...lines.slice(i, i + 1 + pick(rnd, 10)));
    }
    return lines.join('\n');
  },
  'flip characters': (t, rnd) => {
    const chars = [...t];
    for (let k = 0; k < 300; k++) chars[pick(rnd, chars.length)] = String.fromCharCode(32 + pick(rnd, 0x250));
    return chars.join('');
  },
  truncate: (t, rnd) => t.slice(0, Math.floor(t.length * (0.3 + rnd() * 0.6))),
  'huge line': (t, rnd) => {
    const lines = t.split('\n');
    const filler = ['x', ' ', '*', '€ 1 ', '<b>', '\t', '#', '1) '][pick(rnd, 8)] ?? 'x';
    lines.splice(pick(rnd, lines.length), 0, filler.repeat(Math.ceil(30_000 / filler.length)));
    return lines.join('\n');
  },
  'nested markup': (t, rnd) => {
    const lines = t.split('\n');
    const open = ['<ul><li>', '<b><i>', '<p><div>', '<table><tr><td>'][pick(rnd, 4)] ?? '<b>';
    lines.splice(pick(rnd, lines.length), 0, open.repeat(3000));
    return lines.join('\n');
  },
};

interface Outcome {
  status: number | null;
  stderr: string;
  ms: number;
}

function expectContained(outcome: Outcome, out: string, name: string): void {
  expect([0, 1, 2], `${name}: exit status`).toContain(outcome.status);
  expect(outcome.stderr, `${name}: no crash`).not.toMatch(CRASH);
  if (outcome.status !== 0) expect(existsSync(out), `${name}: nothing written on failure`).toBe(false);
  expect(outcome.ms, `${name}: time bound`).toBeLessThan(30_000);
}

function textCases(source: string, seeds: number[]): [string, string][] {
  return Object.entries(TEXT_MUTATIONS).flatMap(([name, mutate]) =>
    seeds.map((seed): [string, string] => [`${name} #${seed}`, mutate(source, random(seed * 7919 + name.length))]),
  );
}

/** Extracts one mutated text document in-process and checks that it stays contained. */
async function extractMutated(name: string, text: string, file: string): Promise<void> {
  const input = join(tempDir(), file);
  writeFileSync(input, text);
  const out = join(tempDir(), 'd');
  const started = Date.now();
  const r = await runCli(['extract', input, '-o', out, '-q']);
  expectContained({ status: r.status, stderr: r.stderr, ms: Date.now() - started }, out, name);
}

describe('fuzz: markdown', () => {
  it.each(textCases(markdownText(), [1, 2, 3]))('%s', (name, text) => extractMutated(name, text, 'fuzz.md'));
});

describe('fuzz: HTML', () => {
  it.each(textCases(readFileSync(join(FIXTURES, 'nds-2020.html'), 'utf8'), [5]))('%s', (name, text) => extractMutated(name, text, 'fuzz.html'));
});

/** Byte ranges of the PDF's streams (between `stream` and `endstream`). */
function streamRanges(pdf: Buffer): [number, number][] {
  const ranges: [number, number][] = [];
  let at = 0;
  for (;;) {
    const s = pdf.indexOf('stream\n', at, 'latin1');
    if (s < 0) break;
    const e = pdf.indexOf('endstream', s + 7, 'latin1');
    if (e < 0) break;
    if (e - s > 40) ranges.push([s + 7, e]);
    at = e + 9;
  }
  return ranges;
}

/** The fuzz seed: six pages of the untagged PDF (notes, budget lines, action and connectivity tables). */
const PDF_SEED = join(ROOT, 'tests', 'fixtures', 'fuzz', 'nds-2020-untagged-6pages.pdf');

function pdfCases(): [string, Buffer][] {
  const pdf = readFileSync(PDF_SEED);
  const ranges = streamRanges(pdf);
  const cases: [string, Buffer][] = [];
  for (const seed of [11, 12]) {
    const rnd = random(seed);
    const b = Buffer.from(pdf);
    for (let k = 0; k < 8; k++) {
      const [s, e] = ranges[pick(rnd, ranges.length)] as [number, number];
      const i = s + pick(rnd, e - s);
      b[i] = (b[i] as number) ^ (1 << pick(rnd, 8));
    }
    cases.push([`stream byte flips #${seed}`, b]);
  }
  cases.push(['truncated at 60 %', pdf.subarray(0, Math.floor(pdf.length * 0.6))]);
  cases.push(['header only', pdf.subarray(0, 2048)]);
  return cases;
}

/**
 * A hostile PDF of tests/fixtures/fuzz run as a user would: as it is (it must fail with exit 1 and
 * write nothing), then with --partial (exit 0, no crash); the records written, by type.
 */
async function strictThenPartial(file: string, ...flags: string[]) {
  const input = join(ROOT, 'tests', 'fixtures', 'fuzz', file);
  const dir = tempDir();
  const strict = await runShipped(['extract', input, '-o', join(dir, 'strict')], { timeoutMs: 90_000 });
  expectContained(strict, join(dir, 'strict'), file);
  expect(strict.status).toBe(1);
  const partial = await runShipped(['extract', input, '-o', join(dir, 'partial'), '--partial', ...flags], { timeoutMs: 90_000 });
  expect(partial.status).toBe(0);
  expect(partial.stderr).not.toMatch(CRASH);
  const written = (name: string): string => readFileSync(join(dir, 'partial', name), 'utf8');
  return { strict, partial, written, dir };
}

describe('fuzz: PDF through the shipped command', () => {
  it.concurrent.each(pdfCases())('%s', async (name, bytes) => {
    const input = join(tempDir(), 'fuzz.pdf');
    writeFileSync(input, bytes);
    const out = join(tempDir(), 'd');
    const r = await runShipped(['extract', input, '-o', out, '-q'], { timeoutMs: 90_000 });
    expectContained(r, out, name);
    expect(r.peakMb, `${name}: memory bound`).toBeLessThan(1024);
    // Damage is never silent: a run that read a damaged page says where, with a code.
    if (r.status === 1) expect(r.stderr).toMatch(/p\.\d+: .*\[pdf-page-damaged\]|\[content-unread\]/);
  });

  it('a decompression bomb is refused under the memory limit, within seconds', async () => {
    const dir = tempDir();
    // (350 MB of spaces against a 250 MiB limit: the bomb is refused as soon as it passes the limit.)
    runShell(`node tests/helpers/bomb-pdf.mjs ${dir}/bomb.pdf 350`);
    const r = await runShipped(['extract', join(dir, 'bomb.pdf'), '-o', join(dir, 'd')], { env: { NDS_MAX_MEMORY_MB: '250' }, timeoutMs: 60_000 });
    expect(r.stderr).toBe('nds: bomb.pdf: reading the PDF needs more than 250 MiB of memory (a decompression bomb?); set NDS_MAX_MEMORY_MB to allow more\n');
    expect(r.status).toBe(2);
    expect(r.peakMb).toBeLessThan(450);
    expect(existsSync(join(dir, 'd'))).toBe(false);
  });

  it.concurrent('fonts whose widths are absurd (10^28) or negative: what stands beyond any page is said, never an internal error', async () => {
    // (tests/fixtures/fuzz/absurd-widths.pdf: the seed's CID fonts, every ninth width 10^28 and every
    // thirteenth negative. A line's glyphs after an absurd width stand past any page; the layout
    // once sized its gutter search by such a line's length and stopped with "Invalid array length".)
    const { strict, partial, written } = await strictThenPartial('absurd-widths.pdf', '-v');
    expect(strict.stderr).toMatch(/text past the edge that was not read\), so it cannot be told whether the input lacks it \[content-unread\]/);
    expect(partial.stderr).toMatch(/absurd-widths\.pdf p\.1: \d+ glyph\(s\) set more than 8 times the page's width or height beyond its edge were not read/);
    expect(JSON.parse(written('document.json')).allRead).toBe(false);
    // (What was read is the document's: note 1, its spaces as the widths left them.)
    const notes = JSON.parse(written('footnotes.json')) as { n: number; text: string }[];
    expect(notes.find((n) => n.n === 1)?.text.replace(/\s/g, '')).toBe('Kamerstuk26643,nr.623.');
  });

  it.concurrent('a page box of no size: the warning of pdfjs is a coded warning of the page, not a raw line on the terminal, and the records are those of the whole seed', async () => {
    const dir = tempDir();
    const seed = await runShipped(['extract', PDF_SEED, '-o', join(dir, 'seed'), '--partial', '-q'], { timeoutMs: 90_000 });
    const input = join(ROOT, 'tests', 'fixtures', 'fuzz', 'page-box-invalid.pdf');
    const r = await runShipped(['extract', input, '-o', join(dir, 'box'), '--partial', '-v'], { timeoutMs: 90_000 });
    expect([seed.status, r.status]).toEqual([0, 0]);
    expect(r.stderr).not.toMatch(/^Warning:/m);
    expect(r.stderr).toContain(`warning: page-box-invalid.pdf p.2: 1 warning(s) while reading the page, e.g. "Empty, or invalid, /MediaBox entry."`);
    for (const type of ['actions', 'connectivity-actions', 'footnotes', 'budget-mentions']) {
      const records = (d: string) => JSON.parse(readFileSync(join(dir, d, `${type}.json`), 'utf8')).map(({ source: _, ...rest }: { source: unknown }) => rest);
      expect(records('box'), type).toEqual(records('seed'));
    }
    // (Notes 49-51 stand on that page.)
    const notes = JSON.parse(readFileSync(join(dir, 'box', 'footnotes.json'), 'utf8')) as { n: number; text: string; source: { page: number } }[];
    expect(notes.filter((n) => n.source.page === 2).map((n) => n.n)).toEqual([49, 50, 51]);
    expect(notes.find((n) => n.n === 49)?.text).toBe('Kamerstuk 26 642, nr. 680.');
  });

  it.concurrent('glyphs a font maps to code 0: they read as U+FFFD, are an error with their place, and --partial writes them into every format (the database once stopped on the NUL)', async () => {
    // (tests/fixtures/fuzz/unicode-unmapped.pdf: one font's `a`, and another's `,` to `9`, mapped to code 0.)
    const { strict, written, dir } = await strictThenPartial('unicode-unmapped.pdf', '-q');
    expect(strict.stderr).toContain('nds: unicode-unmapped.pdf p.1: 3 character(s) on the page cannot be decoded (e.g. "Nederl\uFFFDndse Digit\uFFFDliseringsstr\uFFFDtegie 202"): a font maps their glyphs to no character');
    // (Action 13's ambition is `Innovatie-vriendelijke …`: its hyphen in the font whose `,` to `9` were lost.)
    const actions = JSON.parse(written('actions.json')) as { number: number; ambitionTitle: string | null }[];
    expect(actions.find((a) => a.number === 13)?.ambitionTitle).toBe('Innovatie\uFFFDvriendelijke en toekomstbestendige wetgeving');
    expect(written('actions.json')).not.toContain('\\u0000');
    const SQL = await loadSqlite();
    const db = new SQL.Database(new Uint8Array(readFileSync(join(dir, 'partial', 'nds.sqlite'))));
    expect(db.exec('select ambition_title from actions where number = 13')[0]?.values).toEqual([['Innovatie\uFFFDvriendelijke en toekomstbestendige wetgeving']]);
    db.close();
  });

  it('SIGINT during a PDF run ends with 130 and leaves no temporary directory', async () => {
    const dir = tempDir();
    const r = runShell(`(node bin/nds.js extract fixtures/nds-2020.pdf -o ${dir}/d -q & pid=$!; sleep 0.7; kill -INT $pid; wait $pid; echo "status=$?")`);
    expect(r.stdout).toBe('status=130\n');
    expect(existsSync(join(dir, 'd'))).toBe(false);
    expect(runShell(`ls -A ${dir}`).stdout).toBe('');
  });
});

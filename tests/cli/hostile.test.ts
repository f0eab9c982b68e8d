/**
 * Hostile and odd input, run through the CLI in-process: markup that would run code, encodings
 * other than UTF-8, pathological lines that used to make a regex backtrack for minutes, malformed
 * dataset directories, and the transactional write of a dataset.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDataset } from '../../src/cli/write';
import { DATASET_PROBLEM_CODES, readDataset } from '../../src/dataset/read';
import { diffRecords } from '../../src/diff/compare';
import type { RecordSet } from '../../src/schemas/records';
import { minimalPdf, textContent } from '../helpers/pdf';
import { FIXTURES, MD_PATH, extractedDataset, markdownExtraction, markdownText, runCli, tempDir } from '../helpers/fixture';

function edition(name: string, content: string | Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

async function records<T>(input: string, type: string): Promise<T[]> {
  const out = join(tempDir(), 'd');
  const r = await runCli(['extract', input, '-o', out, '-q', '-f', 'json', '--only', type]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(readFileSync(join(out, `${type}.json`), 'utf8')) as T[];
}

type Footnote = { n: number; text: string; urls: string[] };

describe('executable content is never data', () => {
  it('markdown: javascript: and data: links are not addresses; the real address stays', async () => {
    const md = markdownText().replace(
      /^<sup>2<\/sup> (.*)$/m,
      (line) => `${line} [klik](javascript:alert(1)) [x](data:text/html,alert) [mail](mailto:info@example.nl)`,
    );
    const fn = (await records<Footnote>(edition('nds.md', md), 'footnotes')).find((f) => f.n === 2);
    expect(fn?.urls).toEqual(['mailto:info@example.nl']);
    expect(fn?.text).toContain('Kamerstuk');
  });

  it('HTML: <script> and <style> bodies never become text, javascript: hrefs never addresses', async () => {
    const html = readFileSync(join(FIXTURES, 'nds-2020.html'), 'utf8').replace(
      /(<p class="fn"><sup>2<\/sup>)/,
      '$1<script>stealCookies()</script><style>p{}</style><a href="javascript:alert(1)">x</a> ',
    );
    const fn = (await records<Footnote>(edition('nds.html', html), 'footnotes')).find((f) => f.n === 2);
    expect(fn?.text).not.toMatch(/stealCookies|p\{\}/);
    expect(fn?.urls.every((u) => /^(https?:|mailto:)/.test(u))).toBe(true);
    expect(fn?.text).toMatch(/^x Kamerstukken 22 112/);
  });
});

describe('text encodings', () => {
  const priorities = async (input: string) => (await records<{ title: string }>(input, 'priorities')).map((p) => p.title);
  const expected = markdownExtraction().records.priorities.map((p) => p.title);

  it('UTF-16 LE and BE with a byte-order mark read like UTF-8', async () => {
    const text = markdownText();
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(await priorities(edition('le.md', le))).toEqual(expected);
    expect(await priorities(edition('be.md', be))).toEqual(expected);
  });

  it('a file with lone CR line ends (old Mac exports) reads like LF', async () => {
    expect(await priorities(edition('cr.md', markdownText().replace(/\r?\n/g, '\r')))).toEqual(expected);
  });

  it('Latin-1 text is refused with its name and the way to convert it', async () => {
    const r = await runCli(['extract', edition('latin1.md', Buffer.from(markdownText().slice(0, 5000), 'latin1'))]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/latin1\.md: the text is not UTF-8: it looks like Latin-1 \/ Windows-1252; convert it first \(iconv -f windows-1252 -t utf-8 IN > OUT\)\n$/);
  });
});

describe('pathological lines are read in linear time (bounds catch hangs, not speed)', () => {
  const inserted = (line: string) => markdownText().replace('\n## ', `\n${line}\n\n## `);
  const cases: [string, string][] = [
    ['a 20 kB heading line of spaces', `# a${' '.repeat(20_000)}b`],
    ['20,000 euro amounts in one paragraph', '€ 1 '.repeat(20_000)],
    ['a 400k-tab paragraph in a cell', `a\t<p>${'\t'.repeat(1000)}</p>${'\t'.repeat(400_000)}x`],
    ['markup nested 5,000 deep', `${'<ul><li>'.repeat(5000)}x`],
    ['5,000 unclosed bold tags in a cell', `a\t${'<b>'.repeat(5000)}`],
  ];
  it.each(cases)('%s', async (_name, line) => {
    const started = Date.now();
    const r = await runCli(['extract', edition('long.md', inserted(line)), '-o', join(tempDir(), 'd'), '-q', '-f', 'json']);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  // A PDF line of nearly 100,000 characters (the most a page is laid out with: pdf/overfull.ts) in
  // type too small to see, which pdfjs gives as one run: each used to meet a pattern tried at every
  // character of a long run, or a string read at its end as it grew (the letters: 5 s; the full
  // stops 10 s and more; the spaced euro amounts and bullets, read as letter-spaced text, seconds),
  // or a list spread into a call's arguments (the euro amounts: a stack overflow, "internal error").
  // More text than that on a page is set aside and said as not read.
  const pdfLines: [string, string][] = [
    ['99,000 letters before a word', `${'a'.repeat(99_000)} b`],
    ['99,000 full stops inside a word', `Tekst${'.'.repeat(99_000)}x`],
    ['99,000 spaces before a colon', `Tekst${' '.repeat(99_000)}:x`],
    ['24,000 euro amounts set letter-spaced', '\x80 1 '.repeat(24_000)],
    ['49,000 bullets', '\x95 '.repeat(49_000)],
    ['49,000 lower-case words with a figure inside', 'a1'.repeat(49_000)],
    ['75,000 euro amounts (300,000 characters: the page is set aside)', '\x80 1 '.repeat(75_000)],
  ];
  it.each(pdfLines)('a PDF line of %s', async (_name, line) => {
    const pdf = minimalPdf([textContent([[10, 700, line, { size: 0.05 }], [10, 600, 'Inleiding tekst hier']])]);
    const started = Date.now();
    const r = await runCli(['extract', edition('long.pdf', Buffer.from(pdf)), '-o', join(tempDir(), 'd'), '-q', '-f', 'json']);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.stderr).toContain('long.pdf: not an NDS document: the title and first pages never name the Nederlandse Digitaliseringsstrategie');
    expect(r.status).toBe(2);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it.each(['99999999999', '1e+21'])('an HTML footnote numbered %s is no footnote (the notes up to it were each listed as absent: out of memory)', async (label) => {
    // (Note 1, `Het eindrapport van de Tijdelijke Commissie Digitale Toekomst …`, renumbered.)
    const html = readFileSync(join(FIXTURES, 'nds-2020.html'), 'utf8').replace('<p class="fn"><sup>1</sup>', `<p class="fn"><sup>${label}</sup>`);
    const started = Date.now();
    const r = await runCli(['extract', edition('notes.html', html), '-o', join(tempDir(), 'd'), '-q', '-f', 'json']);
    expect(r.stderr).toMatch(/^nds: notes\.html:\d+: footnote 1 is referenced in the text, but its definition was not read \(footnotes jump from \? to 2 \(line \d+\)\) \[content-unread\]$/m);
    expect(r.status).toBe(1);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('an HTML cell of 400k tabs', async () => {
    const html = readFileSync(join(FIXTURES, 'nds-2020.html'), 'utf8').replace('<td>', `<td>${'\t'.repeat(400_000)}`);
    const started = Date.now();
    const r = await runCli(['extract', edition('tabs.html', html), '-o', join(tempDir(), 'd'), '-q', '-f', 'json']);
    expect(r.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('diff of editions whose 400 long actions were all renumbered stays bounded and pairs them', () => {
    const base = markdownExtraction().records.actions;
    const long = (n: number) => Array.from({ length: 40 }, (_, k) => `${base[n % base.length]?.text} deel ${n} stap ${k}`).join(' ');
    const olds = Array.from({ length: 400 }, (_, n) => ({ ...base[0], number: n + 1, text: long(n) }));
    const news = olds.map((a) => ({ ...a, number: a.number + 1000 }));
    const started = Date.now();
    const result = diffRecords({ actions: olds } as unknown as Partial<RecordSet>, { actions: news } as unknown as Partial<RecordSet>, ['actions']);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(result.summary.actions).toEqual({ added: 0, removed: 0, changed: 0, renumbered: 400 });
    expect(result.changes[0]).toMatchObject({ kind: 'renumbered', key: '1001', oldKey: '1' });
  });
});

describe('malformed dataset directories', () => {
  it('problems carry codes from a closed list (no caller reads message text)', async () => {
    const d = await extractedDataset();
    writeFileSync(join(d, 'datapackage.json'), '{"resources":5}');
    writeFileSync(join(d, 'document.json'), 'null');
    const { problems } = await readDataset(d);
    expect(problems.every((p) => (DATASET_PROBLEM_CODES as readonly string[]).includes(p.code))).toBe(true);
    expect(problems.find((p) => p.file === 'document.json')?.code).toBe('dataset-parse');
    expect(problems.find((p) => p.file === 'datapackage.json')?.code).toBe('dataset-package-invalid');
  });

  it.each([
    ['null', 'is not a data package: it needs an object with a list of resources'],
    ['{"resources":5}', 'is not a data package: it needs an object with a list of resources'],
    ['{"resources":[{"path":"../../etc/passwd"}]}', 'resource 0: needs a path naming a file of this directory'],
  ])('validate reports datapackage.json %s as a problem (exit 1)', async (content, message) => {
    const d = await extractedDataset();
    writeFileSync(join(d, 'datapackage.json'), content);
    const r = await runCli(['validate', d]);
    expect(r.stderr).toContain(`nds: ${d}/datapackage.json${message.startsWith('resource') ? ' ' : ': '}${message}`);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.status).toBe(1);
  });

  it('diff refuses a dataset whose files do not match their package', async () => {
    const d = await extractedDataset();
    const path = join(d, 'actions.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"BZK"', '"EZK"'));
    const r = await runCli(['diff', MD_PATH, d]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is not a valid dataset \(\d+ problem\(s\), first: .*actions\.json: sha256 differs from datapackage\.json\); nds validate lists them/);
  });
});

describe('CSV and spreadsheets', () => {
  const withFormula = () => edition('formula.md', markdownText().replace('<p>3) ', '<p>3) =HYPERLINK("http://x") ').replace('<p>4) ', '<p>4) \'=already quoted '));

  it('by default the CSV holds the text as it is (lossless)', async () => {
    const d = join(tempDir(), 'd');
    expect((await runCli(['extract', withFormula(), '-o', d, '-q', '--only', 'actions'])).status).toBe(0);
    expect(readFileSync(join(d, 'actions.csv'), 'utf8')).toContain(',"=HYPERLINK(""http://x"") ');
  });

  it('--excel escapes formula-like cells, says so in datapackage.json, and validates back to the same records', async () => {
    const d = join(tempDir(), 'd');
    expect((await runCli(['extract', withFormula(), '-o', d, '-q', '--only', 'actions', '--excel'])).status).toBe(0);
    const csv = readFileSync(join(d, 'actions.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`,"'=HYPERLINK(""http://x"") `);
    expect(csv).toContain(`,''=already quoted `);
    const pkg = JSON.parse(readFileSync(join(d, 'datapackage.json'), 'utf8')) as { resources: { path: string; dialect?: Record<string, unknown> }[] };
    expect(pkg.resources.find((r) => r.path === 'actions.csv')?.dialect?.['nds:formulaEscape']).toBe('apostrophe');
    const v = await runCli(['validate', d]);
    expect(v.stderr).toBe(`nds: ${d} is valid (45 actions)\n`);
  });
});

describe('writing a dataset is one unit', () => {
  it('a failure while writing leaves the old dataset whole and no temporary directory', async () => {
    const parent = tempDir();
    const d = join(parent, 'd');
    mkdirSync(d);
    writeFileSync(join(d, 'actions.json'), 'old\n');
    // The second file cannot be created: the write fails half-way through the new directory.
    const files = new Map<string, string>([['actions.json', 'new\n'], ['missing-dir/x.json', '{}']]);
    await expect(writeDataset(d, files, 'd', parent)).rejects.toMatchObject({ code: 'output-unwritable' });
    expect(readdirSync(parent)).toEqual(['d']);
    expect(readFileSync(join(d, 'actions.json'), 'utf8')).toBe('old\n');
  });
});

/**
 * A line justified between its letters (`text-justify: inter-character`): Chromium spreads a short
 * line's letters across its cell and pdfjs gives them one a run (src/load/pdf/spread-letters.ts).
 * Joined, its words parted where letters stand a word space further apart than the line's letters:
 * action 22's number reads `22)` again (excerpt tests/fixtures/excerpts/chromium-inter-character.pdf).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedModel } from '../helpers/models';
import { ROOT } from '../helpers/fixture';
import type { TextRun } from '../../src/load/pdf/page-data';
import { spreadLettersJoined } from '../../src/load/pdf/spread-letters';
import { withWordsUnspaced } from '../../src/load/pdf/letter-spacing';
import { spacedProse } from '../../src/load/pdf/layout';
import type { PageData } from '../../src/load/pdf/page-data';

const EXCERPT = join(ROOT, 'tests', 'fixtures', 'excerpts', 'chromium-inter-character.pdf');
/** The same rendering's pages of notes 37 and 58 and of part 2's first table. */
const NOTES = join(ROOT, 'tests', 'fixtures', 'excerpts', 'chromium-inter-character-notes.pdf');

/** A run of 6.5 pt DejaVu Sans at `x` on the baseline `y`, as wide as its letters (3.9 pt each). */
const run = (text: string, x: number, y = 275, extra: Partial<TextRun> = {}): TextRun => ({ text, x, y, width: 3.9 * text.length, size: 6.5, bold: false, italic: false, font: 'DejaVuSans', ...extra });
/** Letters at the given starts, a space run between each two (as pdfjs gives a spread line). */
const spread = (letters: [string, number][], y = 275): TextRun[] => letters.flatMap(([t, x], k) => (k === 0 ? [run(t, x, y)] : [run(' ', x - 4, y), run(t, x, y)]));

describe('a line justified between its letters', () => {
  it('reads action 22\'s spread first line as `22) Het` (Chromium, inter-character justification)', async () => {
    const model = await cachedModel(EXCERPT);
    const cell = model.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((r) => r.cells) : [])).find((c) => /^22\)/.test(c.text));
    expect(cell?.text.slice(0, 36)).toBe('22) Het Techniepact wordt voortgezet');
  });

  it('joins letters set apart evenly, parting words where a gap is a word space wider (measured: `3` · `)` · `E` · `e` · `n`)', () => {
    // (Letter gaps 7.9 pt; between `)` and `E` 17.9 pt: a word space at 6.5 pt.)
    const line = spread([['3', 155.5], [')', 167.3], ['E', 188.1], ['e', 199.9], ['n', 211.7]]);
    expect(spreadLettersJoined(line).map((r) => [r.text, r.x, Math.round(r.width * 10) / 10])).toEqual([['3) Een', 155.5, 60.1]]);
    // (One short word spread across its cell, its letters all a gap apart: `E` · `Z` · `K`.)
    expect(spreadLettersJoined(spread([['E', 492.9], ['Z', 512.7], ['K', 532.8]])).map((r) => r.text)).toEqual(['EZK']);
  });

  it('leaves alone a bullet before its text, two letters, figures in columns far apart, and letters in another size or line (bad input)', () => {
    const bullet = [run('•', 60), run('Het kabinet zet deze lijn voort.', 70)];
    expect(spreadLettersJoined(bullet)).toEqual(bullet);
    const two = spread([['a', 100], ['b', 108]]);
    expect(spreadLettersJoined(two)).toEqual(two);
    // (A row of one-figure cells: 40 pt apart at 6.5 pt, more than three sizes.)
    const figures = spread([['5', 300], ['5', 340], ['5', 380]]);
    expect(spreadLettersJoined(figures)).toEqual(figures);
    // (Nor figures alone however close: one-figure cells of a narrow budget table.)
    const close = spread([['1', 300], ['1', 315], ['1', 330]]);
    expect(spreadLettersJoined(close)).toEqual(close);
    // (A note's number raised in a smaller size between letters, and letters on the next line.)
    const mixed = [run('a', 100), run('7', 108, 278, { size: 4.5 }), run('b', 116), run('c', 124, 265)];
    expect(spreadLettersJoined(mixed)).toEqual(mixed);
  });
});

describe('a note\'s number and a short word spread as their line is', () => {
  it('reads notes 37 and 58 by their numbers (`3 7`, `5` · `8`), and a theme\'s `o n d e r z o e k` · `e n` as words', async () => {
    const model = await cachedModel(NOTES);
    const notes = model.blocks.flatMap((b) => (b.kind === 'footnote' ? [b] : []));
    expect(notes.map((n) => n.n)).toEqual([33, 34, 35, 36, 37, 58, 59]);
    // (Its words parted by the few the three pages write unspaced: `tijdens AO Digitale overheid van 4`.)
    expect(notes.find((n) => n.n === 37)?.text).toContain('tijdens AO Digitale overheid van 4');
    expect(notes.find((n) => n.n === 58)?.urls).toEqual(['https://www.tweedekamer.nl/sites/default/files/atoms/files/eindrapport_tijdelijke_commissie_digitale_toekomst_tweede_kamer_der_staten-generaal.pdf']);
    const theme = model.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((r) => r.cells) : [])).find((c) => c.text.includes('onderzoek') && c.text.endsWith('innovatie'));
    expect(theme?.text.endsWith('onderzoek en innovatie')).toBe(true);
  });

  it('joins a note number\'s figures where the text right after them is spread (measured: `5` · `8` · `Het eindrapport …`)', () => {
    const number = (text: string, x: number): TextRun => run(text, x, 278, { size: 5.4, width: 3.4 });
    const note = [number('5', 56.2), run(' ', 59.6, 278, { size: 5.4, width: 6.7 }), number('8', 63.9), run(' ', 67.4, 278, { size: 5.4, width: 16.4 }), ...spread([['H', 78.1], ['e', 86.1], ['t', 94.1], ['e', 106.1], ['i', 114.1], ['n', 122.1]])];
    expect(spreadLettersJoined(note).map((r) => r.text)).toEqual(['58', 'Het ein']);
    // (One run, `3 7`, before a run pdfjs spaced between its letters.)
    expect(spreadLettersJoined([run('3 7', 56.2, 278, { size: 5.4, width: 7.6 }), run('To e z e g g i n g t i j d e n s', 67.4)]).map((r) => r.text)).toEqual(['37', 'To e z e g g i n g t i j d e n s']);
  });

  it('leaves figures with no spread text after them, or too far from it, as they are (bad input)', () => {
    // (A year spread across a cell, then the next column's plain text.)
    const year = [run('2 0', 300, 275, { width: 10 }), run('Het kabinet', 330)];
    expect(spreadLettersJoined(year)).toEqual(year);
    // (One-figure cells, then a spread line five sizes on.)
    const cells = [run('5', 56.2, 275), run('8', 64, 275), ...spread([['H', 110], ['e', 118], ['t', 126]])];
    expect(spreadLettersJoined(cells).map((r) => r.text)).toEqual(['5', '8', 'Het']);
    // (Figures on another line than the spread text.)
    expect(spreadLettersJoined([run('3 7', 56.2, 300), run('To e z e g g i n g', 67.4, 275)]).map((r) => r.text)).toEqual(['3 7', 'To e z e g g i n g']);
  });

  it('reads two letters set apart as a word only beside a letter-spaced run on their line (bad input: alone)', () => {
    const lexicon = new Set(['onderzoek', 'en', 'innovatie']);
    expect(withWordsUnspaced([run('o n d e r z o e k', 58.8, 176.9), run('e n', 128.8, 176.9)], lexicon).map((r) => r.text)).toEqual(['onderzoek', 'en']);
    expect(withWordsUnspaced([run('o n d e r z o e k', 58.8, 176.9), run('e n', 128.8, 160)], lexicon).map((r) => r.text)).toEqual(['onderzoek', 'e n']);
    expect(withWordsUnspaced([run('a b', 100, 176.9), run('Het kabinet', 130, 176.9)], lexicon).map((r) => r.text)).toEqual(['a b', 'Het kabinet']);
  });
});

describe('running text read from letters set apart', () => {
  it('is said, with its pages and lines as read: its words may be parted by a guess (pdf-text-letter-spaced)', async () => {
    const model = await cachedModel(NOTES);
    const said = (model.diagnostics ?? []).filter((d) => d.code === 'pdf-text-letter-spaced');
    expect(said).toHaveLength(1);
    expect(said[0]?.severity).toBe('warning');
    expect(said[0]?.place).toEqual({ page: 1 });
    expect(said[0]?.message).toMatch(/^\d+ piece\(s\) of running text set with their letters apart \(2 pages, p\.1–3; justified between its letters, or letter-spaced\)/);
  });

  it('is not said of headings letter-spaced in capitals (Chromium, the producer matrix), nor of a table header in spaced small capitals repeated page after page', async () => {
    const capitals = await cachedModel(join(ROOT, 'tests', 'fixtures', 'producers', 'chromium-right-who.pdf'));
    expect((capitals.diagnostics ?? []).filter((d) => d.code === 'pdf-text-letter-spaced')).toEqual([]);
    const lexicon = new Set(['stand', 'van', 'zaken', 'wat', 'gaan', 'we', 'doen', 'het', 'kabinet', 'zet', 'in', 'op', 'data']);
    const page = (n: number, texts: string[]): PageData => ({ page: n, runs: texts.map((t, k) => run(t, 60, 700 - k * 10)) }) as unknown as PageData;
    const header = ['s t a n d v a n z a k e n', 'w a t g a a n w e d o e n ?', 's t a n d v a n z a k e n', 'w a t g a a n w e d o e n ?'];
    expect(spacedProse([1, 2, 3].map((n) => page(n, header)), lexicon)).toEqual([]);
    // (The same words once, as running text, a line's worth and more on one page: said.)
    const prose = spacedProse([page(1, ['h e t k a b i n e t z e t i n o p d a t a', 'h e t k a b i n e t z e t i n', 'w a t g a a n w e d o e n']), page(2, ['Het kabinet'])], lexicon);
    expect(prose.map((d) => [d.code, d.place])).toEqual([['pdf-text-letter-spaced', { page: 1 }]]);
    expect(prose[0]?.message).toContain('(e.g. "het kabinet zet in op data", "het kabinet zet in", "wat gaan we doen")');
  });
});

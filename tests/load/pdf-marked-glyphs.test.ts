/**
 * Text set a glyph a run: a producer that puts each glyph in a marked-content sequence of its own
 * (`/Span BMC <0031> Tj EMC`) makes pdfjs end a text item at every glyph. The runs that touch are
 * joined again (src/load/pdf/spaced-words.ts, touchingJoined), and web addresses are looked for in
 * what they make: the page reads as the same glyphs drawn without those sequences do
 * (excerpt tests/fixtures/excerpts/chromium-marked-glyphs.pdf, three pages of the bundled untagged
 * PDF; libreoffice-marked-glyphs.pdf, two pages of the matrix's LibreOffice rendering, beside the
 * same pages unmarked).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedModel } from '../helpers/models';
import { ROOT } from '../helpers/fixture';
import type { TextRun } from '../../src/load/pdf/page-data';
import { spacedWordsJoined, touchingJoined } from '../../src/load/pdf/spaced-words';
import { spreadLettersJoined } from '../../src/load/pdf/spread-letters';
import { withPastEdge } from '../../src/load/pdf/past-edge';
import type { DocumentModel, FootnoteBlock } from '../../src/model/document';

const EXCERPT = join(ROOT, 'tests', 'fixtures', 'excerpts', 'chromium-marked-glyphs.pdf');
const UNTAGGED = join(ROOT, 'fixtures', 'nds-2020-untagged.pdf');
const LIBREOFFICE = join(ROOT, 'tests', 'fixtures', 'excerpts', 'libreoffice-marked-glyphs.pdf');
const LIBREOFFICE_PLAIN = join(ROOT, 'tests', 'fixtures', 'excerpts', 'libreoffice-marked-glyphs-plain.pdf');
const WEASYPRINT = join(ROOT, 'tests', 'fixtures', 'excerpts', 'weasyprint-marked-glyphs.pdf');
const WEASYPRINT_PLAIN = join(ROOT, 'tests', 'fixtures', 'excerpts', 'weasyprint-marked-glyphs-plain.pdf');

const notes = (model: DocumentModel): FootnoteBlock[] => model.blocks.filter((b): b is FootnoteBlock => b.kind === 'footnote');
const cells = (model: DocumentModel): string[] => model.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((r) => r.cells.map((c) => c.text)) : []));

describe('a PDF that sets each glyph in a marked-content sequence of its own', () => {
  it('reads its notes as the untagged PDF does: note 37 by both its figures, and the links under notes 20, 21, 38–40', async () => {
    const [excerpt, whole] = await Promise.all([cachedModel(EXCERPT), cachedModel(UNTAGGED)]);
    const read = notes(excerpt);
    expect(read.map((n) => n.n)).toEqual([20, 21, 34, 35, 36, 37, 38, 39, 40, 41, 42]);
    const same = new Map(notes(whole).map((n) => [n.n, n]));
    for (const note of read) expect({ n: note.n, text: note.text, urls: note.urls }).toEqual({ n: note.n, text: same.get(note.n)?.text, urls: same.get(note.n)?.urls });
    expect(read.find((n) => n.n === 37)?.text).toMatch(/^Toezegging tijdens AO Digitale overheid van 4 december 2019\./);
    expect(read.find((n) => n.n === 20)?.urls).toEqual(['https://rijksoverheid.nl/']);
  });

  it('reads the table cells of the page where action 30 opens as the untagged PDF does (a cell the page before began: its rest)', async () => {
    const [excerpt, whole] = await Promise.all([cachedModel(EXCERPT), cachedModel(UNTAGGED)]);
    const theirs = cells(whole);
    // (Actions 29 and 30 share a row: `… van data tussen bedrijven. 30) Data van de overheid …`.)
    const action = cells(excerpt).find((t) => t.includes(' 30) Data van de overheid'));
    expect(action).toMatch(/^29\) /);
    expect(action).toBe(theirs.find((t) => t.includes(' 30) Data van de overheid')));
    for (const text of cells(excerpt)) expect(theirs.some((t) => t === text || t.endsWith(` ${text}`)), text).toBe(true);
  });
});

describe('a LibreOffice rendering with each glyph in a sequence of its own (kerned arrays, a header run past the page\'s edge)', () => {
  it('reads as the same pages unmarked: notes 11–14, and the connectivity table with its `Wie (tijd)` column', async () => {
    const [marked, plain] = await Promise.all([cachedModel(LIBREOFFICE), cachedModel(LIBREOFFICE_PLAIN)]);
    const shape = (model: DocumentModel): unknown[] =>
      model.blocks.flatMap((b): unknown[] => (b.kind === 'footnote' ? [[b.n, b.text]] : b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => [c.column, c.text])) : []));
    expect(shape(marked)).toEqual(shape(plain));
    expect(notes(marked).map((n) => n.n)).toEqual([11, 12, 13, 14]);
    // (`Wi` stands on the page, `e (tijd)` past its edge: read from the drawing and joined to `i`, the run that ends where it starts.)
    const header = marked.blocks.find((b) => b.kind === 'table' && b.rows.some((r) => r.cells.some((c) => c.text === 'Wie (tijd)')));
    expect(header).toBeDefined();
    expect(cells(marked)).toEqual(expect.arrayContaining(['EZK/AT (Q2)', 'EZK (2020)']));
  });
});

/** A run of 6.36 pt DejaVu Sans, its letters 4.04 pt wide. */
const run = (text: string, x: number, extra: Partial<TextRun> = {}): TextRun => ({ text, x, y: 700, width: 4.04 * text.length, size: 6.36, bold: false, italic: false, font: 'DejaVuSans', ...extra });

describe('touchingJoined', () => {
  it('joins runs that touch, or that a kerned pair sets back over each other (`T` · `oezegging`)', () => {
    expect(touchingJoined([run('3', 61.77), run('7', 65.81)]).map((r) => [r.text, r.x, Math.round(r.width * 100) / 100])).toEqual([['37', 61.77, 8.08]]);
    // (`T` ends at 74.41; `oezegging` starts at 73.33, 0.17 of a size back.)
    expect(touchingJoined([run('T', 70.53, { width: 3.88 }), run('oezegging', 73.33)]).map((r) => r.text)).toEqual(['Toezegging']);
  });

  it('leaves apart runs a space apart, in another size, font, style or baseline, one set behind the other, and blanks (bad input)', () => {
    const spaced = [run('nr.', 100), run('7', 100 + 12.12 + 1.5)];
    expect(touchingJoined(spaced)).toEqual(spaced);
    const raised = [run('Groeistrategie', 100), run('5', 156.56, { size: 4.5, y: 702 })];
    expect(touchingJoined(raised)).toEqual(raised);
    const bold = [run('Thema', 100, { bold: true }), run('s', 120.2)];
    expect(touchingJoined(bold)).toEqual(bold);
    const otherFont = [run('a', 100), run('b', 104.04, { font: 'Symbol' })];
    expect(touchingJoined(otherFont)).toEqual(otherFont);
    const nextLine = [run('a', 100), run('b', 104.04, { y: 690 })];
    expect(touchingJoined(nextLine)).toEqual(nextLine);
    // (A copy drawn over the run, a bold strike, starts where it does: not joined to it.)
    const over = [run('Data', 100), run('Data', 100.2)];
    expect(touchingJoined(over)).toEqual(over);
    const blank = [run('a', 100), run(' ', 104.04), run('b', 108.08)];
    expect(touchingJoined(blank)).toEqual(blank);
    // (Cells of two elements of a tagged page touch only when a cell's text runs into the next.)
    const elements = [run('a', 100, { element: 'p1' }), run('b', 104.04, { element: 'p2' })];
    expect(touchingJoined(elements)).toEqual(elements);
    expect(touchingJoined([])).toEqual([]);
  });

  it('leaves letters that touch to it: no spread line, however near the next letter stands (a column\'s gutter 2.8 sizes on)', () => {
    // (`Opgave` a glyph a run, then `Actie` in the next column, 27.7 pt on at 10 pt.)
    const at = (text: string, x: number, width: number): TextRun => ({ text, x, y: 753.1, width, size: 10, bold: true, italic: false, font: 'LiberationSans-Bold' });
    const word = [at('O', 135.5, 7.8), at('p', 143.3, 6.1), at('g', 149.4, 6.1), at('a', 155.5, 5.6), at('v', 161.1, 5.6), at('e', 166.7, 11.7)];
    const line = [...word, at(' ', 178.4, 27.7), at('A', 206.1, 7.2), at('c', 213.3, 5.6)];
    expect(spreadLettersJoined(line)).toEqual(line);
    expect(touchingJoined(spreadLettersJoined(line)).map((r) => r.text)).toEqual(['Opgave', ' ', 'Ac']);
  });
});

describe('text set upside down, a glyph a run (WeasyPrint\'s label in the margin, turned half round)', () => {
  it('reads as the same pages unmarked: the label whole, notes 5–8 and 34–37 (WeasyPrint draft, two pages)', async () => {
    const [marked, plain] = await Promise.all([cachedModel(WEASYPRINT), cachedModel(WEASYPRINT_PLAIN)]);
    const texts = (model: DocumentModel): string[] => model.blocks.map((b) => `${b.kind}: ${b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text).join(' | ')).join(' / ') : b.kind === 'list' ? b.items.map((i) => i.text).join(' / ') : b.text}`);
    expect(texts(marked)).toEqual(texts(plain));
    expect(notes(marked).map((n) => n.n)).toEqual([5, 6, 7, 8, 34, 35, 36, 37]);
    expect(texts(marked).some((t) => t.includes('Ministerie van Economische Zaken en Klimaat'))).toBe(true);
  });

  it('joins leftwards: each run touching the one before from its left, words a space run apart', () => {
    // (Upright coordinates: `M` at 194.1, `i` left of it at 192.1, `n` at 187.1; then a space and `van`.)
    const at = (text: string, x: number, width: number): TextRun => ({ text, x, y: 605.4, width, size: 9, bold: false, italic: false, font: 'DejaVuSans', reversed: true });
    const glyphs = [at('M', 194.1, 7.5), at('i', 192.1, 2), at('n', 187.1, 5), at(' ', 184.2, 2.9), at('v', 179.2, 5), at('a', 173.7, 5.5), at('n', 168.7, 5)];
    const words = touchingJoined(glyphs);
    expect(words.map((r) => [r.text, r.x, Math.round(r.width * 10) / 10])).toEqual([['Min', 187.1, 14.5], [' ', 184.2, 2.9], ['van', 168.7, 15.5]]);
    expect(spacedWordsJoined(words).map((r) => [r.text, r.x, Math.round(r.width * 10) / 10])).toEqual([['Min van', 168.7, 32.9]]);
    // (Bad input: a glyph upright between them joins none; one set rightwards of the run before is no next glyph.)
    expect(touchingJoined([at('M', 194.1, 7.5), { ...at('i', 192.1, 2), reversed: undefined }]).map((r) => r.text)).toEqual(['M', 'i']);
    expect(touchingJoined([at('M', 194.1, 7.5), at('i', 201.6, 2)]).map((r) => r.text)).toEqual(['M', 'i']);
  });
});

describe('withPastEdge', () => {
  it('joins a piece past the edge to the run that ends where it starts, not to one that ends a letter before (bad input: no run near)', () => {
    const at = (text: string, x: number, width: number): TextRun => ({ text, x, y: 753.1, width, size: 10, bold: true, italic: false });
    // (`W` ends at 592.4, `i` at 595.8, where `e (tijd)` starts: past the edge of a 595 pt page.)
    const joined = withPastEdge([at('W', 581.4, 11), at('i', 592.4, 3.4)], [at('e (tijd)', 595.8, 39.2)]);
    expect(joined.map((r) => [r.text, r.x, Math.round(r.width * 10) / 10])).toEqual([['W', 581.4, 11], ['ie (tijd)', 592.4, 42.6]]);
    expect(touchingJoined(joined).map((r) => r.text)).toEqual(['Wie (tijd)']);
    expect(withPastEdge([at('Actie', 206.1, 28.7)], [at('e (tijd)', 595.8, 39.2)]).map((r) => r.text)).toEqual(['Actie', 'e (tijd)']);
  });
});

import { describe, expect, it } from 'vitest';
import { openPdf, readPages } from '../../src/load/pdf';
import type { TextRun } from '../../src/load/pdf/page-data';
import { spacedWordsJoined } from '../../src/load/pdf/spaced-words';
import { minimalPdf } from '../helpers/pdf';

const run = (text: string, x: number, width: number, extra: Partial<TextRun> = {}): TextRun => ({ text, x, y: 291.1, width, size: 7.5, bold: false, italic: false, font: 'DejaVuSans', ...extra });

describe('spacedWordsJoined', () => {
  it('joins words that a space run in a font of its own parts (cairo re-writing wkhtmltopdf: measured)', () => {
    const runs = [run('AI', 253.1, 7.3), run(' ', 260.4, 0.3, { font: 'DejaVuSans-1' }), run('toepassingen.', 262.7, 52.5), run(' ', 315.2, 0.3, { font: 'DejaVuSans-1' }), run('Radiologen', 317.6, 41.9)];
    expect(spacedWordsJoined(runs)).toEqual([{ ...runs[0], text: 'AI toepassingen. Radiologen', width: 317.6 + 41.9 - 253.1 }]);
  });

  it('keeps apart what a gutter, another face, another size or another line parts, and a space run that ends a line', () => {
    // (Two cells' texts 12 pt apart in 7.5 pt type: a gutter, not a word space.)
    const gutter = [run('SZW', 300, 16), run(' ', 316, 2), run('(Doorlopend)', 328, 40)];
    expect(spacedWordsJoined(gutter)).toEqual(gutter);
    const bold = [run('Stand', 100, 20, { bold: true }), run(' ', 120, 2), run('van', 122.5, 12)];
    expect(spacedWordsJoined(bold)).toEqual(bold);
    const smaller = [run('AI', 100, 7.3), run(' ', 107.3, 2), run('64', 109.5, 5, { size: 5 })];
    expect(spacedWordsJoined(smaller)).toEqual(smaller);
    const below = [run('AI', 100, 7.3), run(' ', 107.3, 2), run('kanker', 109.5, 25, { y: 281.3 })];
    expect(spacedWordsJoined(below)).toEqual(below);
    const last = [run('sporen.', 539.3, 28), run(' ', 567.3, 2)];
    expect(spacedWordsJoined(last)).toEqual(last);
  });

  it('joins without a space two pieces of a word that a space glyph narrower than any word space parts (Ghostscript: measured)', () => {
    // (pdfroff's `waarvan`, re-distilled: `(wa)Tj … -2.232 Tw (ar v)Tj`, its space 0.27 pt wide.)
    const runs = [run('(2016) budget € 1.143 mln. waar', 90, 132.26, { size: 9 }), run(' ', 222.26, 0.27, { size: 9 }), run('van 29% naar ICT-innovaties', 222.53, 120, { size: 9 })];
    expect(spacedWordsJoined(runs).map((r) => r.text)).toEqual(['(2016) budget € 1.143 mln. waarvan 29% naar ICT-innovaties']);
    // (A word space shrunk by a justified line stays one: pdfTeX shrinks its spaces to 0.22 of a size.)
    const shrunk = [run('budget', 90, 30, { size: 9 }), run(' ', 120, 2, { size: 9 }), run('waarvan', 122, 30, { size: 9 })];
    expect(spacedWordsJoined(shrunk).map((r) => r.text)).toEqual(['budget waarvan']);
  });

  it('reads as one word what a space glyph shrunk by word spacing parts, read through pdfjs', async () => {
    const content = 'BT /F1 9 Tf 72 700 Td (budget 1.143 mln.) Tj 95 0 Td (wa) Tj 11.502 0 Td -2.232 Tw (ar van) Tj 0 Tw ( 29% naar ICT) Tj ET';
    const { lib, doc } = await openPdf(minimalPdf([content]), 'gs.pdf');
    const [page] = await readPages(doc, lib.OPS as unknown as Record<string, number>, [1]);
    await doc.destroy();
    expect(page?.runs.map((r) => r.text).join('|')).toContain('waarvan 29% naar ICT');
  });

  it('gives one run for a line whose spaces are set in another font, read through pdfjs (which parts its items where the font changes)', async () => {
    // (F2 sets the spaces; F1 the words, as cairo writes a font split into subsets.)
    const words = ['Het', 'actieplan', 'LLO', 'wordt', 'uitgewerkt'];
    const content = `BT /F1 8 Tf 72 700 Td ${words.map((w) => `(${w}) Tj`).join(' /F2 8 Tf ( ) Tj /F1 8 Tf ')} ET`;
    const { lib, doc } = await openPdf(minimalPdf([content]), 'spaces.pdf');
    const [page] = await readPages(doc, lib.OPS as unknown as Record<string, number>, [1]);
    await doc.destroy();
    expect(page?.runs.map((r) => r.text)).toEqual(['Het actieplan LLO wordt uitgewerkt']);
  });
});

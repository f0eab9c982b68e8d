/**
 * Small capitals a font draws with glyphs of its own, which Adobe's glyph list names in the private
 * use area (`Asmall` U+F761 …, `Edieresissmall` U+F7EB, `zerooldstyle` U+F730 …): Chromium sets a
 * header's `font-variant: small-caps` so in TeX Gyre Heros. They read as the letters and figures they
 * stand for (src/load/pdf/page-data.ts, glyphsAsText), so that `Thema's & ambitie` names a column.
 */
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/load/pdf';
import type { PageData, TextRun } from '../../src/load/pdf/page-data';
import { smallCapsJoined } from '../../src/load/pdf/small-caps';
import { minimalPdf, textContent } from '../helpers/pdf';

/** Helvetica with its lower-case codes (a–z), `ë` and the figures naming the small capitals and old-style figures. */
const SMALL_CAPS = `<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [48 ${'zero one two three four five six seven eight nine'.split(' ').map((n) => `/${n}oldstyle`).join(' ')} 97 ${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((c) => `/${c}small`).join(' ')} 235 /Edieresissmall] >>`;

describe('reading small capitals a font names in the private use area', () => {
  it('reads them as the letters and figures they stand for, and the rest of the text as it is', async () => {
    const page = textContent([[72, 700, "Thema's & ambitie"], [250, 700, 'Wie (Tijd)'], [72, 660, 'Continuïteit en ook België in 2020']], 9);
    const { pages } = await readPdf(minimalPdf([page], { encoding: SMALL_CAPS }), 'small-caps.pdf');
    const texts = (pages[0] as PageData).runs.map((r) => r.text).filter((t) => t.trim() !== '');
    expect(texts).toEqual(["Thema's & ambitie", 'Wie (Tijd)', 'Continuïteit en ook België in 2020']);
  });
});

describe('small capitals a producer makes by setting capitals smaller (smallCapsJoined)', () => {
  /** A run as LibreOffice sets a header in `font-variant: small-caps` (measured: 10 pt capitals, 8 pt small ones, p. 51). */
  const run = (text: string, x: number, width: number, y: number, size: number, extra: Partial<TextRun> = {}): TextRun => ({ text, x, y, width, size, bold: true, italic: false, font: 'g_d0_f3', ...extra });

  it('reads each label as the text it sets, in the capitals\' size, its small capitals in lower case', () => {
    const runs = [
      run('D', 58.2, 8.7, 766.5, 10), run('OMEIN', 66.9, 32.9, 766.5, 8), run(' ', 99.8, 3.6, 766.5, 10), run('&', 103.4, 9, 766.5, 10),
      run('W', 397.6, 11.2, 766.5, 10), run('AT GAAN WE DOEN', 408.8, 91.6, 766.5, 8), run('? (', 500.5, 14, 766.5, 10), run('VANAF', 514.6, 31.6, 766.5, 8),
      run('RESULTATEN', 372.6, 62.6, 281.4, 8), run(' ', 435.2, 3.6, 281.4, 8), run('(', 438.8, 4.7, 281.4, 10), run('T', 443.5, 6, 281.4, 8), run('/', 449.5, 3.6, 281.4, 10), run('M', 453.1, 8.9, 281.4, 8),
      run('Q2', 465.4, 15.7, 281.4, 10),
      // (A label's second line, its words all small capitals, on the line of another label's capitals.)
      run('AMBITIE', 58.2, 41.3, 750.6, 8), run('NDS', 171.1, 25, 750.6, 10),
    ];
    const read = smallCapsJoined(runs).filter((r) => r.text.trim() !== '');
    expect(read.map((r) => [r.text, r.size])).toEqual([
      ['Domein &', 10], ['Wat gaan we doen? (vanaf', 10], ['resultaten (t/m Q2', 10], ['ambitie', 10], ['NDS', 10],
    ]);
    expect(read[1]).toMatchObject({ x: 397.6, width: 546.2 - 397.6 });
  });

  it('leaves capitals of another face, size or baseline, and text in lower case, as they are', () => {
    const runs = [
      // (An acronym set smaller in another font beside capitals; a note number raised and half the size.)
      run('EZK', 58, 20, 700, 8, { font: 'other' }), run('BZK', 80, 25, 700, 10),
      run('NDS', 120, 25, 700, 10), run('12', 145, 5, 704, 5),
      // (Small letters by a capital, in lower case as set: ordinary text.)
      run('S', 58, 7, 680, 10), run('tand van zaken', 65, 60, 680, 8),
    ];
    expect(smallCapsJoined(runs)).toEqual(runs);
  });
});

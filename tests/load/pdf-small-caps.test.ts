/**
 * Small capitals a font draws with glyphs of its own, which Adobe's glyph list names in the private
 * use area (`Asmall` U+F761 …, `Edieresissmall` U+F7EB, `zerooldstyle` U+F730 …): Chromium sets a
 * header's `font-variant: small-caps` so in TeX Gyre Heros. They read as the letters and figures they
 * stand for (src/load/pdf/page-data.ts, glyphsAsText), so that `Thema's & ambitie` names a column.
 */
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/load/pdf';
import type { PageData } from '../../src/load/pdf/page-data';
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

import { describe, expect, it } from 'vitest';
import { isIllegible, legibility, mojibake, sampleOf } from '../../src/load/pdf/legibility';
import { markdownText } from '../helpers/fixture';
import { glyphNumbers, proseLines, readAsLatin1 } from '../helpers/pdf';

describe('legibility of a text layer (fonts without a Unicode mapping give glyph numbers)', () => {
  const lines = proseLines(60);

  it('reads the document prose as words', () => {
    const l = legibility(lines.map((text) => ({ text })));
    // (Read until there is enough to judge by: ninety tokens, and the rest of that line.)
    expect(l.tokens).toBeGreaterThanOrEqual(90);
    expect(l.tokens).toBeLessThan(110);
    expect(l.words / l.tokens).toBeGreaterThan(0.85);
    expect(isIllegible(l)).toBe(false);
  });

  it('tells the same prose as glyph numbers (a TrueType font in Macintosh glyph order, no cmap) from words', () => {
    expect(glyphNumbers('Nederlandse Digitaliseringsstrategie')).toBe("1HGHUODQGVH 'LJLWDOLVHULQJVVWUDWHJLH");
    const l = legibility(lines.map((text) => ({ text: glyphNumbers(text) })));
    expect(l.words / l.tokens).toBeLessThan(0.1);
    expect(isIllegible(l)).toBe(true);
  });

  it('tells the same prose as symbols (Ghostscript\'s PostScript of a Chromium print, distilled again: Type 3 fonts, dingbats for letters) from words', () => {
    // (Each letter a dingbat from U+2701 on, as pdftotext reads that file too: `✁✂✁✄☎✆✝✂✞✁`.)
    const dingbats = (text: string): string => text.replace(/\p{L}/gu, (c) => String.fromCodePoint(0x2701 + ((c.codePointAt(0) ?? 0) % 64)));
    const l = legibility(lines.map((text) => ({ text: dingbats(text) })));
    expect(l.words).toBe(0);
    expect(isIllegible(l)).toBe(true);
    // (Prose with its bullets and arrows, a symbol at a time, stays words.)
    expect(isIllegible(legibility(lines.map((text) => ({ text: `• ${text} → ✓` }))))).toBe(false);
  });

  it('shows what reads as no word when it samples a page: glyph numbers under a title in a font that kept its mapping', () => {
    // (Ghostscript's re-distillation of a WeasyPrint rendering, p. 1 measured: the title and the
    // contents heading legible, the entries in glyph numbers.)
    const page = [{ text: 'Nederlandse Digitaliseringsstrategie 2020' }, { text: 'Content' }, ...lines.slice(0, 5).map((text) => ({ text: glyphNumbers(text) }))];
    const [first] = (glyphNumbers(lines[0] as string).match(/\S+/g) ?? []).filter((t) => t.replace(/[^\p{L}]/gu, '').length >= 3);
    expect(sampleOf(page).startsWith(first as string)).toBe(true);
    expect(sampleOf(page)).not.toContain('Nederlandse');
    // (Text that reads as words throughout is shown as it opens.)
    expect(sampleOf([{ text: 'Nederlandse Digitaliseringsstrategie 2020' }, { text: 'Content' }])).toBe('Nederlandse Digitaliseringsstrategie 2020 Content');
  });

  it('does not judge a page with too little text (a title page)', () => {
    expect(isIllegible(legibility([{ text: glyphNumbers('Nederlandse Digitaliseringsstrategie 2020') }]))).toBe(false);
  });
});

describe('UTF-8 that a producer read as Latin-1', () => {
  // The document's lines with amounts and accented letters.
  const lines = markdownText()
    .split('\n')
    .filter((l) => /€ \d|[ëï]/.test(l))
    .slice(0, 10);

  it('is found in the garbled text, with its first place', () => {
    expect(lines.length).toBeGreaterThan(3);
    expect(readAsLatin1('Artificiële € 23 miljoen')).toBe('ArtificiÃ«le â¬ 23 miljoen');
    const found = mojibake(lines.map((l) => ({ text: readAsLatin1(l) })));
    expect(found.count).toBeGreaterThanOrEqual(lines.length);
    expect(found.sample).toBe(readAsLatin1(lines[0] as string).trim().slice(0, 40));
  });

  it('is not found in the text as the document writes it (ë, €, ’ and • are no such pairs)', () => {
    expect(mojibake(markdownText().split('\n').map((text) => ({ text })))).toEqual({ count: 0, sample: null });
  });
});

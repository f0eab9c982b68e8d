import { describe, expect, it } from 'vitest';
import { misnamedDiagnostics, readingByWidth, readMisnamedLetters, readingOf, readSwappedLetters, suspectLetters, swappedDiagnostic } from '../../src/load/pdf/misnamed';
import type { PageData, TextRun } from '../../src/load/pdf/page-data';
import { join } from 'node:path';
import { markdownText, ROOT } from '../helpers/fixture';
import { cachedModel } from '../helpers/models';

/** The document's prose lines (no tables), as the markdown edition writes them. */
const prose = markdownText()
  .split('\n')
  .filter((l) => !l.includes('\t') && !l.startsWith('|') && l.split(' ').length >= 6)
  .slice(0, 400);

/**
 * Pages of those lines set in `font`, with its letter widths as drawn, the text layer read by
 * `misname` (a producer's Unicode mapping).
 */
function pages(lines: readonly string[], font: string, widths: Record<string, number>, misname: (t: string) => string = (t) => t): PageData[] {
  const out: PageData[] = [];
  for (let i = 0; i < lines.length; i += 40) {
    const runs: TextRun[] = lines.slice(i, i + 40).map((text, k) => ({ text: misname(text), x: 72, y: 700 - 14 * k, width: 400, size: 10, bold: false, italic: false, font }));
    out.push({ page: out.length + 1, width: 595, height: 842, runs, rules: [], fills: [], links: [], letterWidths: { [font]: widths } });
  }
  return out;
}

// Chromium sets `fi` as one glyph in lower case (`financiering`), not after a capital (`Fieldlab`);
// Ghostscript then names that glyph `ü`.
const asGhostscript = (t: string): string => t.replace(/fi/g, 'ü');

describe('glyphs a text layer misnames (a ligature named after a letter with a diacritic)', () => {
  it('finds the letter its font draws unlike its base letter', () => {
    const found = suspectLetters([{ letterWidths: { 'GZHKDP+DejaVuSerif': { u: 644, ü: 667, e: 592, ë: 592, i: 320, ï: 320 } } }]);
    expect([...found]).toEqual([['GZHKDP+DejaVuSerif', new Map([['ü', { width: 667, baseWidth: 644 }]])]]);
  });

  it('reads it as the ligature the document spells out elsewhere, and says so', () => {
    const lines = prose.filter((l) => /fi|Fi/.test(l)).slice(0, 120);
    expect(lines.some((l) => l.includes('Fieldlab'))).toBe(true);
    const read = pages(lines, 'GZHKDP+DejaVuSerif', { u: 644, ü: 667 }, asGhostscript);
    expect(read[0]?.runs.some((r) => r.text.includes('ü'))).toBe(true);
    const found = readMisnamedLetters(read);
    expect(found.map((m) => [m.font, m.letter, m.reading])).toEqual([['GZHKDP+DejaVuSerif', 'ü', 'fi']]);
    expect(read.flatMap((p) => p.runs.map((r) => r.text))).toEqual(lines);
    const [note] = misnamedDiagnostics(found);
    expect(note?.code).toBe('pdf-text-misnamed');
    expect(note?.severity).toBe('info');
    expect(note?.message).toContain('"ü" 667 thousandths of an em wide, its "u" 644');
    expect(note?.message).toContain('the ligature "fi"');
  });

  it('reads the same letter in another font of the document by its words, where the widths happen to agree', () => {
    const lines = prose.filter((l) => /fi|Fi/.test(l)).slice(0, 120);
    const [even, odd] = [lines.filter((_, i) => i % 2 === 0), lines.filter((_, i) => i % 2 === 1)];
    const regular = pages(even, 'Serif', { u: 644, ü: 667 }, asGhostscript);
    const bold = pages(odd, 'Serif-Bold', { u: 727, ü: 727 }, asGhostscript).map((p) => ({ ...p, page: p.page + regular.length }));
    const found = readMisnamedLetters([...regular, ...bold]);
    expect(found.map((m) => [m.font, m.reading, m.widths === null])).toEqual([
      ['Serif', 'fi', false],
      ['Serif-Bold', 'fi', true],
    ]);
    expect(bold.flatMap((p) => p.runs.map((r) => r.text))).toEqual(odd);
    expect(misnamedDiagnostics(found)[1]?.message).toContain('the same producer misnames such glyphs in another font');
  });

  it('leaves the letter of another font in doubt, with a warning, when its words are too few to say', () => {
    const lines = prose.filter((l) => /fi|Fi/.test(l)).slice(0, 60);
    const read = pages(lines, 'Serif', { u: 644, ü: 667 }, asGhostscript);
    const italic = { page: 9, width: 595, height: 842, runs: [{ text: 'Een üexibel energiesysteem', x: 72, y: 700, width: 150, size: 10, bold: false, italic: true, font: 'Serif-Italic' }], rules: [], fills: [], links: [] };
    const found = readMisnamedLetters([...read, italic]);
    expect(found.map((m) => [m.font, m.reading])).toEqual([['Serif', 'fi'], ['Serif-Italic', null]]);
    expect(italic.runs[0]?.text).toBe('Een üexibel energiesysteem');
    const [, doubt] = misnamedDiagnostics(found);
    expect([doubt?.severity, doubt?.place]).toEqual(['warning', { page: 9 }]);
    expect(doubt?.message).toContain('1 word holds it as named (e.g. "üexibel")');
  });

  it('leaves the letter as named, with a warning, when the words do not say what it is', () => {
    // Every `a` named `ä`: no ligature makes these words read as the rest of the document does.
    const lines = prose.slice(0, 40);
    const read = pages(lines, 'Sans', { a: 556, ä: 600 }, (t) => t.replace(/a/g, 'ä'));
    const found = readMisnamedLetters(read);
    expect(found.map((m) => [m.letter, m.reading])).toEqual([['ä', null]]);
    expect(read[0]?.runs[0]?.text).toBe(lines[0]?.replace(/a/g, 'ä'));
    expect(misnamedDiagnostics(found)[0]?.severity).toBe('warning');
  });

  it('takes no narrow letter widened for its mark for a misnamed one (Liberation Sans: ï wider than i)', () => {
    const sans = { a: 556, e: 556, n: 556, o: 556, s: 500, t: 278, r: 333, i: 222, ï: 278, u: 556 };
    expect(suspectLetters([{ letterWidths: { 'BAAAAA+LiberationSans': sans } }])).toEqual(new Map());
  });

  it('reads nothing into a document whose fonts draw every letter as named', () => {
    // The document's own ë and ï (Artificiële, geïnteresseerd), as wide as e and i.
    const lines = prose.filter((l) => /[ëï]/.test(l)).slice(0, 40);
    expect(lines.length).toBeGreaterThan(10);
    const read = pages(lines, 'Serif', { e: 592, ë: 592, i: 320, ï: 320 });
    expect(readMisnamedLetters(read)).toEqual([]);
    expect(read.flatMap((p) => p.runs.map((r) => r.text))).toEqual(lines);
  });

  it('reads a glyph its words say nothing of by its width: the ligature of the letters it is as wide as, of those its font draws with no other glyph', () => {
    // DejaVu Sans as Ghostscript rewrote the Chromium fixture (measured): `ff` named `û`, 689 wide;
    // `fi` and `fl` (630) already read from their words.
    const sans = new Map(Object.entries({ f: 352, i: 278, l: 278, t: 392, s: 521, u: 634 }));
    expect(readingByWidth(689, sans, new Set(['fi', 'fl']))).toBe('ff');
    // DejaVu Sans Bold: `fi` and `fl` equally wide (778); its `fi` read from its words, the other is `fl`.
    const bold = new Map(Object.entries({ f: 435, i: 343, l: 343, t: 478, s: 595, u: 712 }));
    expect(readingByWidth(741, bold, new Set(['fi']))).toBe('fl');
    // (Neither when two ligatures are as wide, nor when none is near: the width does not say.)
    expect(readingByWidth(741, bold, new Set())).toBeNull();
    expect(readingByWidth(1400, sans, new Set())).toBeNull();
    // (Nor in a font whose letters were never measured.)
    expect(readingByWidth(689, new Map(), new Set())).toBeNull();
  });

  it('reads a misnamed glyph of a document that spells its ligature out nowhere by its width, and says so', () => {
    // Every `ff` set as one glyph named `û`; `fi` and `fl` spelt out (no ligature glyph for them).
    const lines = prose.filter((l) => /ff/.test(l)).slice(0, 40);
    expect(lines.length).toBeGreaterThan(5);
    const read = pages(lines, 'DejaVuSans', { f: 352, i: 278, l: 278, t: 392, s: 521, u: 634, û: 689 }, (t) => t.replace(/ff/g, 'û'));
    const found = readMisnamedLetters(read);
    expect(found.map((m) => [m.letter, m.reading, m.byWidth])).toEqual([['û', 'ff', true]]);
    expect(read.flatMap((p) => p.runs.map((r) => r.text))).toEqual(lines);
    expect(misnamedDiagnostics(found)[0]?.message).toContain('it is the ligature "ff", as wide as its letters set side by side');
  });

  it('reads a glyph named after a letter with no base letter (`þ`) as the ligature its font\'s other misnamed glyphs put it at, and says so', () => {
    // Ghostscript (`-dPDFSETTINGS=/ebook`) on a Chromium print in DejaVu Sans, measured: `ff`
    // U+FB00 named `û` U+00FB, `fi` `ü`, `fl` `ý`, `ffi` `þ` (no width can show that one: þ has no
    // base letter), `ffl` `ÿ`.
    const asPdfwrite = (t: string): string => t.replace(/ffi/g, 'þ').replace(/ffl/g, 'ÿ').replace(/ff/g, 'û').replace(/fi/g, 'ü').replace(/fl/g, 'ý');
    const lines = prose.filter((l) => /ffi|fi|Fi|fl/.test(l)).slice(0, 160);
    expect(lines.filter((l) => l.includes('ffi')).length).toBeGreaterThan(1);
    const read = pages(lines, 'DejaVuSans', { f: 352, i: 278, l: 278, u: 634, û: 689, ü: 667, y: 592, ý: 630 }, asPdfwrite);
    const found = readMisnamedLetters(read);
    expect(found.filter((m) => m.byOffset).map((m) => [m.letter, m.reading, m.count])).toEqual([['þ', 'ffi', 5], ['ÿ', 'ffl', 1]]);
    expect(read.flatMap((p) => p.runs.map((r) => r.text))).toEqual(lines);
    const note = misnamedDiagnostics(found).find((d) => d.message.includes('"þ"'));
    expect(note?.severity).toBe('info');
    expect(note?.message).toContain('it is the ligature "ffi", named as far from that ligature\'s code as the font\'s other misnamed glyphs are from theirs');
    // (A font whose misnamed glyphs keep no one distance reads nothing so: `þ` stays as named.)
    const mixed = pages(lines, 'DejaVuSans', { f: 352, i: 278, l: 278, u: 634, û: 689, ü: 667, y: 592, ý: 630 }, (t) => t.replace(/ffi/g, 'þ').replace(/ff/g, 'û').replace(/fi/g, 'ý').replace(/fl/g, 'ü'));
    expect(readMisnamedLetters(mixed).filter((m) => m.byOffset)).toEqual([]);
    expect(mixed.flatMap((p) => p.runs.map((r) => r.text)).join(' ')).toContain('eþciënt');
  });

  it('does not read a letter as a ligature on one word alone', () => {
    expect(readingOf('ü', ['üeldlab'], '^fieldlab$^data$')).toBeNull();
    expect(readingOf('ü', ['üeldlab', 'artiüciële'], '^fieldlab$^artificiële$')).toBe('fi');
    // (Two ligatures with as many words each: neither.)
    expect(readingOf('ü', ['üeldlab', 'üex'], '^fieldlab$^flex$')).toBeNull();
  });
});

describe('two glyphs a font names alike (one name, two advances: a ligature and a longer one named after one letter)', () => {
  // Chromium's print in TeX Gyre Pagella (fonts of one name split over several), its fonts'
  // mappings rewritten to name `fi` and `ffi` both `û`, `fl` and `ffl` `ü` (scripts/render-producers.mjs).
  const EXCERPT = join(ROOT, 'tests', 'fixtures', 'excerpts', 'chromium-ligatures-misnamed.pdf');
  const textOf = (blocks: unknown): string => JSON.stringify(blocks);

  it('finds them in a real PDF, reads the body\'s as the ligature its words say, and warns that the other glyph may still read wrong', async () => {
    const model = await cachedModel(EXCERPT);
    const text = textOf(model.blocks);
    expect(text).toContain('smart industry fieldlabs en hubs');
    expect(text).toContain('Uit de fieldlabs zijn inmiddels 17 spin-off bedrijven ontstaan');
    expect(text).toContain('https://www.tweedekamer.nl/sites/default/files/atoms/files/');
    expect(text).not.toMatch(/ûeldlab|ûles/);
    const notes = (model.diagnostics ?? []).filter((d) => d.code === 'pdf-text-misnamed');
    const body = notes.find((d) => d.message.includes('TeXGyrePagella-Regular'));
    expect(body?.severity).toBe('warning');
    expect(body?.message).toContain('draws two glyphs its text layer names "û", 605 and 897 thousandths of an em wide');
    expect(body?.message).toContain('it is the ligature "fi"');
    expect(body?.message).toContain('a word that holds the other glyph may still read wrong');
    // (The headings' bold font names its `fi` so in one word: too few to say; left as named, said.)
    const bold = notes.find((d) => d.message.includes('TeXGyrePagella-Bold"') || d.message.includes('TeXGyrePagella-Bold '));
    expect([bold?.severity, bold?.message.includes('"Artiûciële"')]).toEqual(['warning', true]);
  });

  it('finds a letter drawn with two advances on one page, or on two, and reads it by the ligatures as wide as either glyph', () => {
    const lines = prose.filter((l) => /fi|Fi/.test(l)).slice(0, 120);
    const asOne = (t: string): string => t.replace(/ffi|fi/g, 'û');
    const read = pages(lines, 'Pagella', { f: 333, i: 287, l: 291, s: 424, t: 326, u: 603, û: 605 }, asOne);
    (read[0] as PageData).otherWidths = { Pagella: { û: 897 } };
    const found = readMisnamedLetters(read);
    expect(found.map((m) => [m.font, m.letter, m.reading, m.twoWidths])).toEqual([['Pagella', 'û', 'fi', [605, 897]]]);
    expect(read[0]?.runs.some((r) => r.text.includes('fi'))).toBe(true);
    // The second advance on another page: the same.
    const again = pages(lines, 'Pagella', { f: 333, i: 287, l: 291, u: 603, û: 605 }, asOne);
    (again[1] as PageData).letterWidths = { Pagella: { û: 897 } };
    expect(readMisnamedLetters(again).map((m) => [m.letter, m.twoWidths])).toEqual([['û', [605, 897]]]);
  });

  it('takes no letter for misnamed whose advances differ by rounding, nor a plain letter a font holds twice (an alternate `a`) (bad input)', () => {
    const lines = prose.slice(0, 40);
    const rounding = pages(lines, 'Serif', { u: 603, ü: 605, a: 500 });
    (rounding[0] as PageData).otherWidths = { Serif: { ü: 611 } };
    expect(readMisnamedLetters(rounding)).toEqual([]);
    const alternate = pages(lines, 'Serif', { a: 500, e: 479 });
    (alternate[0] as PageData).otherWidths = { Serif: { a: 556 } };
    expect(readMisnamedLetters(alternate)).toEqual([]);
    expect(alternate.flatMap((p) => p.runs.map((r) => r.text))).toEqual(lines);
  });
});

describe('letters whose UTF-16 bytes a producer swapped (Ghostscript and a font that maps one glyph to two letters)', () => {
  // Lato's `ti` and `tt` ligatures, their letters written little-endian: `t` U+0074 as U+7400.
  const swap = (t: string): string => t.replace(/ti|tt/g, (pair) => [...pair].map((c) => String.fromCharCode((c.charCodeAt(0) as number) << 8)).join(''));

  it('reads them back as the Latin letters they are, in the document’s words, and says so', () => {
    const lines = prose.filter((l) => /ti|tt/.test(l)).slice(0, 40);
    expect(swap('Naast zorg voor COVID-19 patiënten')).toBe('Naast zorg voor COVID-19 pa琀椀ënten');
    const read = pages(lines, 'Lato-Regular', {}, swap);
    const found = readSwappedLetters(read);
    expect(read.flatMap((p) => p.runs.map((r) => r.text))).toEqual(lines);
    expect(found?.firstPage).toBe(1);
    expect(found?.count).toBe((lines.join(' ').match(/ti|tt/g)?.length ?? 0) * 2);
    expect(swappedDiagnostic(found as NonNullable<typeof found>).message).toContain('CJK characters, their UTF-16 bytes swapped');
  });

  it('leaves Chinese text, and such a character standing alone, as it is', () => {
    const read = pages(['数据 共享 琀 and 椀', '人工智能 (AI) 在 荷兰'], 'Noto', {});
    expect(readSwappedLetters(read)).toBeNull();
    expect(read[0]?.runs.map((r) => r.text)).toEqual(['数据 共享 琀 and 椀', '人工智能 (AI) 在 荷兰']);
  });
});

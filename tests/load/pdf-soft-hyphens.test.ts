/**
 * Hyphens a producer set where it broke a word, told from the text's own by their character:
 * WeasyPrint (`hyphens: auto`) sets U+2010 at the line's end and `-` in the text's own compounds
 * (src/load/pdf/page-data.ts, softHyphens). Such a hyphen is read as a soft one (U+00AD): the lines
 * join without it, across a page break too (src/load/pdf/layout.ts), though both halves are words.
 */
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../src/load/pdf';
import { layoutPages } from '../../src/load/pdf/layout';
import { softHyphens, type PageData, type TextRun } from '../../src/load/pdf/page-data';
import { minimalPdf, textContent } from '../helpers/pdf';

/** Helvetica with byte 0xAD naming the glyph `uni2010` (HYPHEN) instead of WinAnsi's soft hyphen. */
const HYPHEN_2010 = '<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [173 /uni2010] >>';

describe('softHyphens', () => {
  it('takes line-end U+2010 for the producer\'s own where the text sets `-` between letters and U+2010 nowhere inside a word', () => {
    expect(softHyphens(['ties en doelstellin\u2010', 'gen van de e-health', 'rwijs en zorg op af\u2010 '])).toBe(true);
    // (XeLaTeX with Lato names every hyphen U+2010, the text's own too: `data\u2010analyses`.)
    expect(softHyphens(['endata\u2010', 'de data\u2010analyses', 'e-health'])).toBe(false);
    // (Nor where the page sets no `-` of its own to tell them from: the lexicon decides, as before.)
    expect(softHyphens(['ties en doelstellin\u2010', 'gen van de strategie'])).toBe(false);
    expect(softHyphens(['e-health', 'geen afbreking'])).toBe(false);
    expect(softHyphens([])).toBe(false);
  });
});

describe('reading a page whose producer marks the hyphens it added', () => {
  it('reads a line-end U+2010 as a soft hyphen on such a page, and as `-` on a page that cannot tell', async () => {
    const page = (lines: [number, number, string][]) => textContent(lines, 10);
    const marked = page([[72, 700, 'de toepassing van AI in\xad'], [72, 688, 'gaat op de e-health van de'], [72, 676, 'energie\xad'], [72, 664, 'netten.']]);
    const unmarked = page([[72, 700, 'de toepassing van AI in\xad'], [72, 688, 'gaat op de zorg.']]);
    const { pages } = await readPdf(minimalPdf([marked, unmarked], { encoding: HYPHEN_2010 }), 'soft.pdf');
    const texts = (k: number) => (pages[k] as PageData).runs.map((r) => r.text).filter((t) => t.trim() !== '');
    expect(texts(0)).toContain('de toepassing van AI in\u00ad');
    expect(texts(0)).toContain('gaat op de e-health van de');
    expect(texts(1)).toContain('de toepassing van AI in-');
  });
});

describe('joining the lines of a producer that marks its hyphens', () => {
  const run = (text: string, x: number, y: number): TextRun => ({ text, x, y, width: text.length * 4.5, size: 9, bold: false, italic: false });
  const page = (n: number, runs: TextRun[]): PageData => ({ page: n, width: 595, height: 842, runs, rules: [], fills: [], links: [] });
  const body = (lines: string[], top = 780): TextRun[] => lines.map((t, k) => run(t, 72, top - k * 12));
  const fill = ['De Nederlandse Digitaliseringsstrategie bundelt de ambities van het kabinet voor een succes-', 'volle digitale transitie van Nederland, met e-health en data-analyses als voorbeelden daarvan.'];

  it('joins a word a soft hyphen broke inside a page and over a page break, though both halves are words', () => {
    const first = page(1, body([...fill, 'Het ministerie verwerkt deze gegevens in een overzicht dat in\u00ad', 'gaat op de belangrijkste initiatieven en dat breder beschik\u00ad']));
    const second = page(2, body(['baar wordt gemaakt voor iedereen die het wil lezen en gebruiken.']));
    const paragraphs = layoutPages([first, second]).filter((b) => b.kind === 'paragraph').map((b) => (b as { text: string }).text);
    expect(paragraphs.join(' | ')).toContain('een overzicht dat ingaat op de belangrijkste initiatieven en dat breder beschikbaar wordt gemaakt voor iedereen');
    // (A hyphen of the text's own, `-`, at a page's foot: the word goes on with it, `e-` / `health`.)
    const own = page(1, body([...fill, 'Het ministerie verwerkt deze gegevens in een overzicht over de e-']));
    const next = page(2, body(['health van de zorg, die breder wordt gemaakt voor iedereen.']));
    expect(layoutPages([own, next]).filter((b) => b.kind === 'paragraph').map((b) => (b as { text: string }).text).join(' | ')).toContain('over de e-health van de zorg');
  });

  it('joins a cell\'s word a soft hyphen broke where the page cut its row', () => {
    const header = (): TextRun[] => [['Thema', 40], ['Acties zoals in NDS', 200], ['Stand van zaken', 360], ['Wie (Tijd)', 500]].map(([t, x]) => ({ ...run(t as string, x as number, 800), bold: true }));
    const cells = (y: number, texts: [string, number][]): TextRun[] => texts.map(([t, x]) => run(t, x, y));
    const first = page(1, [...header(), ...cells(780, [['Energie', 40], ['7) We zoeken naar manieren', 200], ['Er is een plan.', 360], ['EZK (Door\u00ad', 500]]), ...cells(768, [['hoe energiedata breder beschik\u00ad', 200]])]);
    const second = page(2, [...header(), ...cells(780, [['baar kunnen komen.', 200], ['lopend)', 500]])]);
    const rows = layoutPages([first, second]).flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text)) : []));
    expect(rows.at(-1)).toEqual(['Energie', '7) We zoeken naar manieren hoe energiedata breder beschikbaar kunnen komen.', 'Er is een plan.', 'EZK (Doorlopend)']);
  });
});

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectRefused, FIXTURES, ROOT, runCli, tempDir } from '../helpers/fixture';
import { glyphNumbers, minimalPdf, proseLines, textContent } from '../helpers/pdf';

const PDF = join(FIXTURES, 'nds-2020.pdf');

/** A page of the document's prose, from its title on, each line written as `write` gives it. */
function proseOnPage(write: (text: string) => string): string {
  const lines = ['Nederlandse Digitaliseringsstrategie', ...proseLines(40)];
  return textContent(lines.map((text, i) => [56, 800 - 18 * i, write(text)] as [number, number, string]), 9);
}

describe('nds extract on bad PDFs: exit 2, one line naming the file and the problem, nothing written', () => {
  const fixture = readFileSync(PDF);
  const cases: [string, string, Uint8Array, RegExp][] = [
    ['an encrypted PDF', 'encrypted.pdf', readFileSync(join(ROOT, 'tests', 'fixtures', 'encrypted.pdf')), /encrypted\.pdf: the PDF is encrypted/],
    ['a truncated PDF', 'truncated.pdf', fixture.subarray(0, 40_000), /truncated\.pdf: the PDF is corrupt or truncated/],
    ['a corrupt PDF', 'corrupt.pdf', Buffer.from('%PDF-1.7\n1 0 obj <<< garbage >>\n%%EOF'), /corrupt\.pdf: the PDF (is corrupt|has no pages|cannot be read)/],
    ['a scanned PDF without text', 'scan.pdf', minimalPdf(['0 0 1 rg 50 50 400 600 re f']), /scan\.pdf: the PDF has no text to extract/],
    ['a PDF with zero pages', 'empty.pdf', minimalPdf([]), /empty\.pdf: the PDF has no pages/],
    // The document's own prose, set in a font whose glyphs pdfjs can only number (no Unicode mapping).
    ['a PDF whose text is glyph numbers', 'printed-again.pdf', minimalPdf([proseOnPage(glyphNumbers)]), /printed-again\.pdf: the PDF's text cannot be decoded: it reads as glyph numbers or symbols, not words \(p\.1: "1HGHUODQGVH.*"\); its fonts carry no Unicode mapping that gives their letters \(none, or a wrong one\)\. Export/],
    ['a PDF with one page of glyph numbers', 'one-page.pdf', minimalPdf([proseOnPage((t) => t), proseOnPage((t) => t), proseOnPage(glyphNumbers)]), /one-page\.pdf: the text of 1 page\(s\) cannot be decoded \(p\.3\), and what could be read is not recognisable/],
    ['a PDF that is not an NDS document', 'invoice.pdf', minimalPdf([textContent([[72, 770, 'Factuur 2020-114'], [72, 740, 'Te betalen: 12 euro.']])]), /invoice\.pdf: not an NDS document/],
  ];

  it.each(cases)('%s', async (_name, file, bytes, message) => {
    const input = join(tempDir(), file);
    writeFileSync(input, bytes);
    await expectRefused(input, message);
  });
});

describe('nds extract on the PDF editions', () => {
  it('extracts every record type from the tagged PDF with page and box provenance', async () => {
    const out = join(tempDir(), 'pdf');
    const result = await runCli(['extract', PDF, '-o', out, '-q']);
    expect(result.status).toBe(0);
    const actions = JSON.parse(readFileSync(join(out, 'actions.json'), 'utf8')) as { number: number; owners: string[]; source: { page: number; bbox: number[] } }[];
    expect(actions).toHaveLength(45);
    const a14 = actions.find((a) => a.number === 14);
    expect(a14?.owners).toEqual(['EZK', 'IenW']);
    expect(a14?.source.page).toBeGreaterThan(30);
    expect(a14?.source.bbox).toHaveLength(4);
    const doc = JSON.parse(readFileSync(join(out, 'document.json'), 'utf8'));
    expect(doc.input).toMatchObject({ name: 'nds-2020.pdf', format: 'pdf' });
    expect(doc.counts).toEqual({ priorities: 6, actions: 45, 'connectivity-actions': 41, 'budget-lines': 65, 'budget-mentions': 41, 'proeftuin-locations': 95, footnotes: 72 });
    expect(existsSync(join(out, 'datapackage.json'))).toBe(true);
  });
});

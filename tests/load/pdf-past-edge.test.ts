/**
 * Text the file sets past its page's edge (src/load/pdf/past-edge.ts): pdfjs's text content leaves
 * out each glyph whose origin lies outside the page, so a table wider than its page (LibreOffice)
 * read `(Doorlo` for `(Doorlopend)`, and a row taller than its page (LaTeX's longtable) lost its
 * lines past the foot. The drawing operators place every glyph: read from them, joined on.
 */
import { describe, expect, it } from 'vitest';
import { clippedDiagnostics, readPdf } from '../../src/load/pdf';
import { MAX_PAST_EDGE_PIECES, PastEdgeCollector, REACH, withPastEdge, type TextState } from '../../src/load/pdf/past-edge';
import { nearEdge, type TextRun } from '../../src/load/pdf/page-data';
import { minimalPdf, textContent } from '../helpers/pdf';
import { emptyPastEdge } from '../../src/load/pdf/unread';
import type { Grid, GridCell, GridRow } from '../../src/load/pdf/tables';

/** Glyphs as pdfjs's operator list gives them: each letter 500 thousandths of an em wide. */
const glyphs = (text: string): { unicode: string; width: number; isSpace: boolean }[] => [...text].map((c) => ({ unicode: c, width: 500, isSpace: c === ' ' }));

const state = (x: number, y: number, more: Partial<TextState> = {}): TextState => ({ line: [1, 0, 0, 1, x, y], ctm: [1, 0, 0, 1, 0, 0], advance: 0, fontId: 'f1', fontSize: 10, fontScale: 0.001, charSpacing: 0, wordSpacing: 0, hScale: 1, rise: 0, ...more });

const run = (text: string, x: number, y: number, width: number): TextRun => ({ text, x, y, width, size: 10, bold: false, italic: false });

describe('PastEdgeCollector', () => {
  it('keeps the glyphs whose origin lies past the page\'s side, where pdfjs leaves them out, and returns the advance', () => {
    const edge = new PastEdgeCollector([0, 0, 595, 842]);
    // `EZK (Doorlopend)` from x 560, 5 pt a letter: `r` (the 9th) is the first to start past 595.
    expect(edge.show(glyphs('EZK (Doorlopend)'), state(560, 400))).toBe(80);
    edge.close();
    expect(edge.pieces).toEqual([{ text: 'rlopend)', x: 600, y: 400, width: 40, size: 10, fontId: 'f1' }]);
  });

  it('places glyphs by the spacing numbers, character and word spacing, scaling and the page\'s matrix', () => {
    const edge = new PastEdgeCollector([0, 0, 595, 842]);
    // (The page drawn at half size from x 500: text space 200 is user space 600.)
    const s = state(0, 100, { ctm: [0.5, 0, 0, 0.5, 500, 0], charSpacing: 1, wordSpacing: 4, hScale: 1 });
    edge.show([...glyphs('Wie'), -2000, ...glyphs('(Tijd)')], { ...s, advance: 150 });
    edge.close();
    // `Wie` from text x 150 (each letter 5 + 1): origins 150, 156, 162 → user 575, 578, 581: on the
    // page. The spacing number moves 20 on (168 → 188): `(` at user 594 is on it, `Tijd)` from 597.
    expect(edge.pieces).toEqual([{ text: 'Tijd)', x: 597, y: 50, width: 14.5, size: 5, fontId: 'f1' }]);
  });

  it('keeps a line set wholly past the page\'s foot as a piece of its own, spaces and all', () => {
    const edge = new PastEdgeCollector([0, 0, 595, 842]);
    edge.show(glyphs('ring waarmee'), state(280, 5));
    edge.show(glyphs('instellingen zelf'), state(280, -7));
    edge.close();
    expect(edge.pieces.map((p) => [p.text, p.y])).toEqual([['instellingen zelf', -7]]);
  });

  it('keeps at most a bounded number of pieces on a hostile page, and says it overflowed', () => {
    const edge = new PastEdgeCollector([0, 0, 595, 842]);
    for (let k = 0; k < MAX_PAST_EDGE_PIECES + 10; k++) edge.show(glyphs('x'), state(700, 800 - k * 0.3));
    edge.close();
    expect(edge.pieces).toHaveLength(MAX_PAST_EDGE_PIECES);
    expect(edge.overflow).toBe(true);
    // (Glyphs more than REACH pages' widths or heights off it are no table's: counted, not kept;
    // a row's lines two pages under the foot are read.)
    const far = new PastEdgeCollector([0, 0, 595, 842]);
    far.show(glyphs('ver weg'), state(595 * (REACH + 1) + 10, 400));
    far.show(glyphs('lang'), state(100, -2 * 842));
    far.show(glyphs('diep'), state(100, -1e9));
    far.close();
    expect([far.pieces.map((p) => p.text), far.farOff]).toEqual([['lang'], 11]);
    // (Anything but glyphs is passed over.)
    expect(new PastEdgeCollector([0, 0, 595, 842]).show('not glyphs', state(700, 10))).toBe(0);
  });
});

describe('withPastEdge', () => {
  it('joins a piece to the run it goes on from, on its baseline, and keeps any other as a run of its own', () => {
    const cut = run('EZK (Doo', 560, 400, 40);
    const joined = withPastEdge([cut, run('Veiling', 100, 400, 35)], [run('rlopend)', 600, 400, 40), run('instellingen zelf', 280, -7, 85)]);
    expect(joined.map((r) => [r.text, r.x, r.width])).toEqual([
      ['EZK (Doorlopend)', 560, 80],
      ['Veiling', 100, 35],
      ['instellingen zelf', 280, 85],
    ]);
    // (The runs it was given are not changed.)
    expect(cut.text).toBe('EZK (Doo');
    // A piece a word space after the run's end: a space between them.
    expect(withPastEdge([run('Wie', 580, 300, 15)], [run('(Tijd)', 598, 300, 25)]).map((r) => r.text)).toEqual(['Wie (Tijd)']);
  });
});

describe('nearEdge', () => {
  it('is true only where some text comes within a glyph of the page\'s edge', () => {
    const a4: [number, number] = [595, 842];
    expect(nearEdge([run('De tekst van de pagina.', 56.7, 780, 120), run('40', 292.7, 26.8, 10)], a4)).toBe(false);
    expect(nearEdge([run('(Doorlo', 563.6, 400, 36.8)], a4)).toBe(true);
    expect(nearEdge([run('2019 is in totaal', 279.1, 7, 60)], a4)).toBe(true);
    // (Blank runs do not count.)
    expect(nearEdge([run(' ', 590, 400, 3)], a4)).toBe(false);
  });
});

describe('a page whose text runs past its edge', () => {
  // A who cell set past the page's side, and a row's last line past its foot (Helvetica 11).
  const page = textContent([
    [72, 700, 'Stand van zaken'],
    [540, 600, 'EZK (Doorlopend)'],
    [72, 30, 'Cybersecurity: In 2019 is in totaal'],
    [72, -8, 'meer dan 20 miljoen beschikbaar gekomen'],
  ]);

  it('reads the text whole from the file, and warns that a viewer shows only what stands on the page', async () => {
    const { pages } = await readPdf(minimalPdf([page]), 'edge.pdf');
    const [p] = pages;
    const texts = p?.runs.map((r) => r.text.trim());
    expect(texts).toContain('EZK (Doorlopend)');
    expect(texts).toContain('meer dan 20 miljoen beschikbaar gekomen');
    expect(p?.edgeRead).toBe(true);
    expect(p?.pastEdge?.count).toBe(2);
    const diagnostics = clippedDiagnostics(pages);
    expect(diagnostics.map((d) => [d.code, d.severity, d.place?.page])).toEqual([['pdf-text-past-edge', 'warning', 1]]);
    expect(diagnostics[0]?.message).toContain('"EZK (Doorlopend)"');
  });

  it('says a text that stops less than a glyph past the side in the middle of a word, a bracket open, was cut there: the file holds no more of it', async () => {
    // (Ghostscript, rewriting a LibreOffice PDF, keeps only the glyphs that touch the page: `(Doo` of
    // `(Doorlopend)`. Helvetica 11: `EZK (Doo` is 48.3 pt wide, ending 3 pt past the side at 595.)
    const lines: [number, number, string][] = [[72, 700, 'Stand van zaken'], [72, 680, 'BZK (Doorlopend)'], [549.7, 600, 'EZK (Doo']];
    const { pages } = await readPdf(minimalPdf([textContent(lines)]), 'cut.pdf');
    expect(pages[0]?.runs.map((r) => r.text.trim())).toContain('EZK (Doo');
    const diagnostics = clippedDiagnostics(pages);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['pdf-text-cut-at-edge', 'warning']]);
    expect(diagnostics[0]?.message).toContain('"EZK (Doo"');
    expect(diagnostics[0]?.message).toContain('the file holds nothing past the edge there');
  });

  it('says so on every page where a rewrite cut the same word alike: a word cut at the side of each page is written whole on none', async () => {
    // (Cairo's rewrite of a LibreOffice export, held out: `BZK (Doorlo`, `IenW (Doorlo` at the side of
    // page after page; each page's cut counted the others as the word written whole, and the owners'
    // timing was cut short with no word of it.)
    // (Helvetica 11: `BZK (Doorlo` and `EZK (Doorlo` 60.51 pt wide, `IenW (Doorlo` 64.79; each ends 2 pt past the side at 595.)
    const cutPage = (owner: string, width: number): string => textContent([[72, 700, 'Stand van zaken'], [72, 680, 'OCW (Doorlopend)'], [597 - width, 600, owner]]);
    const { pages } = await readPdf(minimalPdf([cutPage('BZK (Doorlo', 60.51), cutPage('IenW (Doorlo', 64.79), cutPage('EZK (Doorlo', 60.51)]), 'cairo.pdf');
    expect(pages.map((p) => p.runs.map((r) => r.text.trim()).find((t) => t.endsWith('Doorlo')))).toEqual(['BZK (Doorlo', 'IenW (Doorlo', 'EZK (Doorlo']);
    const diagnostics = clippedDiagnostics(pages);
    expect(diagnostics.map((d) => [d.code, d.place?.page])).toEqual([['pdf-text-cut-at-edge', 1], ['pdf-text-cut-at-edge', 2], ['pdf-text-cut-at-edge', 3]]);
  });

  it('but not a word the document writes whole elsewhere, nor one with its bracket closed (bad input for the cut)', async () => {
    // (`(Doorlopend` whose `)` LibreOffice set on the next line; `(Doorlopend)` a little past the side.)
    for (const last of ['EZK (Doorlopend', 'EZK (Doorlopend)']) {
      const width = last.endsWith(')') ? 88.15 : 84.49;
      const { pages } = await readPdf(minimalPdf([textContent([[72, 700, 'Stand van zaken'], [72, 680, 'BZK (Doorlopend)'], [595 + 2 - width, 600, last]])]), 'whole.pdf');
      expect(clippedDiagnostics(pages).map((d) => d.code)).toEqual(['pdf-text-past-edge']);
    }
  });

  it('reads no drawing for it on a page whose text keeps its margins', async () => {
    const { pages } = await readPdf(minimalPdf([textContent([[72, 700, 'Stand van zaken']])]), 'margins.pdf');
    expect(pages[0]?.edgeRead).toBeUndefined();
    expect(pages[0]?.pastEdge).toBeUndefined();
  });

  it('does not read text set more than a page beyond its edge (a damaged stream), and says so', async () => {
    const { pages } = await readPdf(minimalPdf([textContent([[540, 700, 'EZK (Doorlopend)'], [72, -90000, 'ver onder de pagina']])]), 'far.pdf');
    const texts = pages[0]?.runs.map((r) => r.text.trim());
    expect(texts).toEqual(['EZK (Doorlopend)']);
    expect(pages[0]?.farOff).toBe(19);
    const diagnostics = clippedDiagnostics(pages);
    expect(diagnostics.map((d) => [d.code, d.severity, d.place])).toEqual([
      ['pdf-text-clipped', 'warning', { page: 1 }],
      ['pdf-text-past-edge', 'warning', { page: 1, bbox: expect.any(Array) }],
    ]);
  });

  it('says the page was not read whole where it sets more pieces past its edge than are kept (bad input)', async () => {
    const lines: [number, number, string][] = Array.from({ length: MAX_PAST_EDGE_PIECES + 5 }, (_, k) => [600, 800 - k * 0.3, 'x']);
    const { pages } = await readPdf(minimalPdf([textContent([[540, 700, 'EZK (Doorlopend)'], ...lines], 8)]), 'hostile.pdf');
    expect(pages[0]?.edgeRead).toBe(false);
    expect(clippedDiagnostics(pages).map((d) => [d.code, d.severity])).toEqual([['pdf-text-clipped', 'warning']]);
  });
});

describe('an owners\' cell in a column the page\'s right edge cut (emptyPastEdge)', () => {
  // A table of five columns on an A4 page 595.3 pt wide, its owners' column from 563 on, its label
  // `Wie (Tijd)` running past the edge.
  const cell = (x0: number, x1: number, text = '', width = (x1 - x0) / 2): GridCell => ({ box: { x0, x1, y0: 100, y1: 200 }, runs: text === '' ? [] : [run(text, x0 + 2, 190, width)] });
  const row = (action: string, status: string, who: string, y0 = 100): GridRow => ({ box: { x0: 57, x1: 627, y0, y1: y0 + 100 }, cells: [cell(57, 157), cell(157, 284, action), cell(284, 446, status), cell(446, 563), cell(563, 627, who)] });
  const header = (label = 'Wie (Tijd)', width = 55): GridRow => ({ box: { x0: 57, x1: 627, y0: 210, y1: 230 }, cells: [cell(57, 157, "Thema's & ambitie"), cell(157, 284, 'Acties zoals in NDS'), cell(284, 446, 'Stand van zaken'), cell(446, 563, 'Wat gaan we doen?'), cell(563, 627, label, width)] });
  const grid = (rows: GridRow[], head = header()): Grid => ({ box: { x0: 57, x1: 627, y0: 100, y1: 230 }, rows: [head, ...rows], openBottom: false });

  it('notes each row that holds nothing there, with its box: whether a record lost its owners, the pipeline tells', () => {
    const said = emptyPastEdge(grid([row('9) We zoeken de maximale verbinding', 'Er is een tweede call.', ''), row('10) De overheid jaagt aan', 'SBIR.', 'Allen', 0)]), 53, 595.3);
    expect(said.map((d) => [d.code, d.severity, d.place?.page, d.pieces])).toEqual([['column-absent', 'info', 53, [{ text: '9) We zoeken de maximale verbinding', bbox: [57, 100, 627, 200] }]]]);
    expect(said[0]?.message).toBe('1 row(s) of a table whose owners\' column ("Wie (Tijd)") runs past the page\'s right edge hold nothing there: what stood wholly past the edge may not be in the file');
  });

  it('notes nothing where no text of the owners\' column runs past the edge, where no label names owners, or where the table stands within its page', () => {
    // (A cell's box may reach past the edge where no text does: wkhtmltopdf's last column.)
    expect(emptyPastEdge(grid([row('9) We zoeken', 'Er is een tweede call.', '')], header('Wie (Tijd)', 20)), 53, 595.3)).toEqual([]);
    expect(emptyPastEdge(grid([row('9) We zoeken', 'Er is een tweede call.', '')], header('Opmerkingen')), 53, 595.3)).toEqual([]);
    expect(emptyPastEdge(grid([row('9) We zoeken', 'Er is een tweede call.', '')]), 53, 842)).toEqual([]);
  });
});

/**
 * Fonts that a producer writes in its own way. A typeface with no bold face (Noto Mono) set bold:
 * Chromium draws the glyphs as outlines in a Type 3 font of the same name, LibreOffice strokes
 * their outlines as well as filling them (`2 Tr`), wkhtmltopdf strikes the text twice, a fraction
 * of a point apart. The loader must read all three as bold (and the doubled text once), as it reads
 * a font named `…-Bold`, or no header and no theme is found. (tests/fixtures/fonts/:
 * `node scripts/render-fonts.mjs`.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/index';
import { overstruck, withoutShadows, type TextRun } from '../../src/load/pdf/page-data';
import { figuresInWords } from '../../src/load/pdf/misnamed';
import type { TableBlock } from '../../src/model/document';

const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/fonts/${name}`, import.meta.url)));
const LABELS = ['Domein & ambitie', 'Acties zoals in NDS', 'Stand van zaken/resultaten (t/m Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (Tijd)'];

describe.each(['chromium-synthetic-bold.pdf', 'wkhtmltopdf-overstruck-bold.pdf'])('a typeface with no bold face, set bold: %s', async (name) => {
  const model = await loadDocument(bytesOf(name), name);
  const table = model.blocks.find((b): b is TableBlock => b.kind === 'table');

  it('reads the header labels and the theme titles as bold, and the table by them', () => {
    expect(table?.rows[0]?.cells.map((c) => c.text)).toEqual(LABELS);
    const action3 = table?.rows.find((r) => r.cells[1]?.text.startsWith('3) Een ambitieuze'));
    expect(action3?.cells[4]?.text).toBe('BZK (Doorlopend)');
    // The ambition's title is its bold lead, the plain text after it its description.
    expect(action3?.cells[0]?.blocks[0]).toMatchObject({ kind: 'text', lead: 'Een transparante en toegankelijke digitale overheid' });
  });

  it('reads the heading once and the body text set in the same typeface as plain', () => {
    expect(model.blocks.filter((b) => b.kind === 'heading' && b.text === 'Tot slot')).toHaveLength(1);
    expect(model.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('De digitalisering heeft de afgelopen jaren'))).toBeDefined();
  });
});

describe('a typeface with no bold face, set bold by stroking its outlines: libreoffice-stroked-bold.pdf', async () => {
  const model = await loadDocument(bytesOf('libreoffice-stroked-bold.pdf'), 'libreoffice-stroked-bold.pdf');
  const table = model.blocks.find((b): b is TableBlock => b.kind === 'table');

  it('reads the header labels as bold and the table by them', () => {
    // (LibreOffice sets the header on two baselines with narrow gutters: its fourth label is read
    // apart; that is no matter of the font.)
    expect(table?.rows[0]?.cells.map((c) => c.text)).toEqual(expect.arrayContaining(['Domein & ambitie', 'Acties zoals in NDS', 'Stand van zaken/resultaten (t/m Q2 2020)', 'Wie (Tijd)']));
    expect(table?.rows.find((r) => r.cells[0]?.text.startsWith('Een transparante en toegankelijke'))?.cells[0]?.blocks[0]).toMatchObject({ kind: 'text', text: 'Een transparante en toegankelijke', emphasis: 'bold' });
  });
});

describe('overstruck', () => {
  const run = (text: string, x: number, y: number, width: number): TextRun => ({ text, x, y, width, size: 14.4, bold: false, italic: false });

  it('keeps one copy, bold, of text struck twice a fraction of a point apart, in one piece or in several', () => {
    // wkhtmltopdf: `Nederlandse`, a space, `Digitaliseringsstrategie 2020`, then the whole line 0.4 pt to the left.
    const runs = [run('Nederlandse', 14.4, 808.6, 95), run(' ', 109.4, 808.6, 8.7), run('Digitaliseringsstrategie 2020', 118.1, 808.6, 250.7), run('Nederlandse Digitaliseringsstrategie 2020', 14, 808.6, 354.4), run('Content', 14.4, 780.4, 60.5), run('Content', 14, 780.4, 60.5)];
    expect(overstruck(runs).map((r) => [r.text, r.x, r.bold])).toEqual([
      ['Nederlandse Digitaliseringsstrategie 2020', 14, true],
      ['Content', 14, true],
    ]);
  });

  it('leaves text alone that is not a copy: the same word elsewhere on the line, text side by side, another baseline', () => {
    const runs = [run('EZK', 14.4, 700, 25), run('EZK', 60, 700, 25), run('Content', 14.4, 680, 60.5), run('Content', 14.4, 660, 60.5), run('Nederlandse', 14.4, 640, 95), run('Digitaliseringsstrategie', 110, 640, 200)];
    expect(overstruck(runs)).toEqual(runs);
  });
});

describe('withoutShadows', () => {
  const run = (text: string, x: number, y: number, width: number, size = 12.9): TextRun => ({ text, x, y, width, size, bold: false, italic: false });

  it('drops the shadow Chromium draws first, 0.6 pt down and right of a heading, and keeps the text as it is', () => {
    // (A heading with `text-shadow: 0.6pt 0.6pt 0 #999`: each line drawn as its shadow, then itself.)
    const runs = [run('STIMULERINGSREGELING DIGITALE ZORG VOOR THUISWONENDE', 57.1, 741.9, 380.2), run('STIMULERINGSREGELING DIGITALE ZORG VOOR THUISWONENDE', 56.5, 742.5, 380.2), run('CLIËNTEN', 57.1, 723.9, 61.3), run('CLIËNTEN', 56.5, 724.5, 61.3)];
    expect(withoutShadows(runs)).toEqual([runs[1], runs[3]]);
  });

  it('keeps a page that repeats one piece many times on one baseline (a dotted leader of full stops), and finds a shadow among them', () => {
    const dots = Array.from({ length: 20000 }, (_, k) => run('.', 50 + k * 0.02, 400, 2, 9));
    const shadow = run('.', 50.6, 399.4, 2, 9);
    expect(withoutShadows([shadow, ...dots])).toEqual(dots);
  });

  it('leaves alone the same text on the next line, a copy on the same baseline (a bold strike), and other widths', () => {
    const runs = [run('Afgerond', 400, 500, 30, 9), run('Afgerond', 400, 489, 30, 9), run('EZK', 50, 300, 20, 9), run('EZK', 50.4, 300, 20, 9), run('Content', 60, 200, 50), run('Content', 60.6, 199.4, 48)];
    expect(withoutShadows(runs)).toEqual(runs);
  });
});

describe('ligatures a Ghostscript rewrite gets wrong in its text layer (Lato): ghostscript-lato-ligatures.pdf', async () => {
  const model = await loadDocument(bytesOf('ghostscript-lato-ligatures.pdf'), 'ghostscript-lato-ligatures.pdf');
  const table = model.blocks.find((b): b is TableBlock => b.kind === 'table');

  it('reads `ti` written with its bytes swapped (`琀椀`) as the letters, and the table by its header', () => {
    expect(table?.rows[0]?.cells.map((c) => c.text)).toEqual(LABELS);
    const closing = model.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('De digitalisering heeft de afgelopen jaren'));
    expect(closing && 'text' in closing ? closing.text : '').toContain('Internationaal doen we het uitstekend');
    expect(JSON.stringify(model.blocks)).not.toMatch(/[\u4100-\u5a00\u6100-\u7a00]/u);
    const notes = (model.diagnostics ?? []).filter((d) => d.code === 'pdf-text-misnamed');
    expect(notes[0]).toMatchObject({ severity: 'info', place: { page: 1 } });
    expect(notes[0]?.message).toMatch(/^the text layer gives \d+ letters of ligatures as CJK characters, their UTF-16 bytes swapped \(e\.g\. "hee昀琀"\)/);
  });
});

describe('hyphens a text layer names U+2010 (XeLaTeX, Lato): xelatex-lato-hyphens.pdf', async () => {
  const model = await loadDocument(bytesOf('xelatex-lato-hyphens.pdf'), 'xelatex-lato-hyphens.pdf');
  const text = JSON.stringify(model.blocks);

  it('reads them as the `-` the document writes, within a line and where a word breaks at a line end', () => {
    const closing = model.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('De digitalisering heeft de afgelopen jaren'));
    expect(closing && 'text' in closing ? closing.text : '').toContain('ten gevolge van de corona-crisis. Internationaal');
    expect(closing && 'text' in closing ? closing.text : '').toContain('in de vele publiek-private partnerschappen');
    // (In the table, `data‐` ends a line and `intensieve` opens the next: one word again.)
    expect(text).toContain('en data-intensieve diensten bijdragen');
    expect(text).not.toMatch(/[\u2010\u2011]/u);
  });

  it('reads the table by its header, the hyphens none the worse', () => {
    const table = model.blocks.find((b): b is TableBlock => b.kind === 'table');
    expect(table?.rows[0]?.cells.map((c) => c.text)).toEqual(LABELS);
    expect(table?.rows.find((r) => r.cells[1]?.text.startsWith('3) Een ambitieuze'))?.cells[4]?.text).toBe('BZK (Doorlopend)');
  });
});

describe('fonts a rewrite left nameless (Chromium\'s Type 3 fonts written again by Ghostscript)', () => {
  it('reads the heavier font as bold, and the bold words apart from the regular ones pdfjs ran on after them', async () => {
    const model = await loadDocument(bytesOf('ghostscript-type3-nameless.pdf'), 'ghostscript-type3-nameless.pdf');
    const table = model.blocks.find((b): b is TableBlock => b.kind === 'table');
    expect(table?.rows[0]?.cells.map((c) => [c.text, c.blocks.map((b) => (b.kind === 'text' ? b.emphasis : b.kind))])).toEqual(LABELS.map((l) => [l, ['bold']]));
    // (The ambition's title in bold, its text after it on the same line in the regular face.)
    const ambitions = (table?.rows ?? []).slice(1).map((r) => r.cells[0]?.blocks[0]).filter((b) => b?.kind === 'text').map((b) => (b?.kind === 'text' ? b.lead : undefined));
    expect(ambitions).toEqual(['Een transparante en toegankelijke digitale overheid', 'Slimme en duurzame mobiliteit']);
  });
});

describe('figures inside words (figuresInWords)', () => {
  const page = (page: number, ...texts: string[]) => ({ page, runs: texts.map((text, k): TextRun => ({ text, x: 50, y: 700 - k * 12, width: 100, size: 7, bold: true, italic: false })) });
  it('says a text layer that names glyphs after figures (Ghostscript\'s rewrite: `ij` read as `4`), with the page of the first', () => {
    const said = figuresInWords([page(43, 'Een dynamische digitale economie'), page(44, 'Weerbaarheid van burgers en bedr4ven', 'digitaliseringsthema9s'), page(48, 'de digitale t4d')]);
    expect(said).toEqual({ code: 'pdf-text-misnamed', severity: 'warning', message: expect.stringContaining('3 words hold a figure between letters (e.g. "bedr4ven", "digitaliseringsthema9s", "t4d")'), place: { page: 44 } });
  });

  it('says nothing of figures that open or end a word, set between capitals, or of one or two such words (bad input)', () => {
    expect(figuresInWords([page(1, 'de 4e Elektriciteitsrichtlijn', '2de fase', 'Commit2Data', 'mp3 en H2O', 'b2b')])).toBeNull();
  });
});

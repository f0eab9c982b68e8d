/**
 * Text set in two columns (a design tool's page, CSS `column-count: 2`): the gutter is found from
 * the text alone, and each column is read before the next, band by band, where headings or tables
 * across both part the page.
 */
import { describe, expect, it } from 'vitest';
import { layoutPages } from '../../src/load/pdf/layout';
import type { PageData, TextRun } from '../../src/load/pdf/page-data';
import { keptGutter, sharedGutter, textGutter, textParts } from '../../src/load/pdf/text-columns';
import { findGrids } from '../../src/load/pdf/tables';
import { linesAtColumns } from '../../src/load/pdf/unread';

const run = (text: string, x: number, y: number, extra: Partial<TextRun> = {}): TextRun => ({ text, x, y, width: 230, size: 9, bold: false, italic: false, ...extra });

// Sentences of the document, one per line of a column 230 pt wide (columns at 50 and 310, a gutter of 30 pt).
const LEFT = [
  'De Nederlandse Digitaliseringsstrategie (NDS) bundelt',
  'kabinetsbreed de ambities en doelstellingen voor een',
  'succesvolle digitale transitie in Nederland. Ieder jaar',
  'bekijkt het kabinet of nieuwe ontwikkelingen een',
  'aanpassing van de strategie noodzakelijk maken.',
  'Vorig jaar is met de NDS 2.0 een nadere prioritering',
  'in de thema’s aangebracht. Deze update van de NDS',
  'komt op een bijzonder moment.',
];
const RIGHT = [
  'De uitbraak van het coronavirus is ook op het terrein',
  'van digitalisering een belangrijke nieuwe ontwikkeling.',
  'Wereldwijd wordt nog hard gewerkt om de gevolgen van',
  'COVID-19 zo beperkt mogelijk te houden. Grote',
  'evenementen, waaronder de conferentie Nederland',
  'Digitaal, zijn afgelast of verzet. Burgers, bedrijven en',
  'instellingen proberen zich aan te passen aan de nieuw',
  'ontstane realiteit.',
];
const column = (lines: string[], x: number, top: number): TextRun[] => lines.map((t, k) => run(t, x, top - k * 12, { width: k === lines.length - 1 ? 120 : 228 }));

describe('textGutter', () => {
  it('finds the gutter between two columns of prose', () => {
    const runs = [...column(LEFT, 50, 700), ...column(RIGHT, 310, 700)];
    expect(textGutter(runs, 595)).toEqual({ x0: 279, x1: 309 });
  });

  it('finds none on a page of one column, nor beside labels and figures (a table set as text)', () => {
    expect(textGutter(column([...LEFT, ...RIGHT], 50, 700).map((r) => ({ ...r, width: r.width * 2 })), 595)).toBeNull();
    const rows = ['PPS-toeslag', 'Internationaal innoveren', 'Innovatiekrediet', 'Eurostars', 'MIT', 'WBSO', 'Totaal', 'Europese Unie', 'Rijk', 'Regio', 'Privaat', 'Totaal'];
    const figures = rows.flatMap((label, k) => [run(label, 50, 700 - k * 12, { width: label.length * 4.5 }), run('137  170  180  193', 310, 700 - k * 12, { width: 80 })]);
    expect(textGutter(figures, 595)).toBeNull();
  });
});

describe('two columns in the layout', () => {
  const page = (runs: TextRun[]): PageData => ({ page: 1, width: 595, height: 842, runs, rules: [], fills: [], links: [] });
  const texts = (runs: TextRun[]) => layoutPages([page(runs)]).map((b) => (b.kind === 'heading' || b.kind === 'paragraph' ? `${b.kind}: ${b.text}` : b.kind));

  it('reads the left column before the right one, and a heading across both between the bands it parts', () => {
    const runs = [
      run('1 Inleiding', 50, 760, { size: 16, bold: true, width: 120 }),
      ...column(LEFT.slice(0, 4), 50, 730),
      ...column(RIGHT.slice(0, 4), 310, 730),
      run('Nederland Digitaal: de kansen van de digitale transitie', 50, 670, { size: 12, bold: true, width: 400 }),
      ...column(LEFT.slice(4), 50, 640),
      ...column(RIGHT.slice(4), 310, 640),
    ];
    expect(texts(runs)).toEqual([
      'heading: 1 Inleiding',
      `paragraph: ${LEFT.slice(0, 4).join(' ')}`,
      `paragraph: ${RIGHT.slice(0, 4).join(' ')}`,
      'heading: Nederland Digitaal: de kansen van de digitale transitie',
      `paragraph: ${LEFT.slice(4).join(' ')}`,
      `paragraph: ${RIGHT.slice(4).join(' ')}`,
    ]);
  });

  it('reads a heading that a narrow column wrapped as one heading, and two headings as two', () => {
    const heading = (text: string, y: number) => run(text, 50, y, { size: 12, bold: true, width: text.length * 6 });
    const body = column(LEFT, 50, 640).map((r) => ({ ...r, width: r.width * 2 }));
    expect(texts([heading('2 Versterken van het fundament', 700), heading('(basisvoorwaarden)', 684), ...body])[0]).toBe('heading: 2 Versterken van het fundament (basisvoorwaarden)');
    expect(texts([heading('Bijlage 1 Stand van zaken', 700), heading('Kansen benutten', 684), ...body]).slice(0, 2)).toEqual(['heading: Bijlage 1 Stand van zaken', 'heading: Kansen benutten']);
  });

  it('parts the bands at a heading set across both columns though too short to cross the gutter (column-span), not at one inside the left column', () => {
    const heading = run('2.1 Prioriteiten', 50, 670, { size: 14, bold: true, width: 110 });
    const above = [...column(LEFT.slice(0, 4), 50, 730), ...column(RIGHT.slice(0, 4), 310, 730)];
    const below = [...column(LEFT.slice(4), 50, 640), ...column(RIGHT.slice(4), 310, 640)];
    expect(texts([...above, heading, ...below])).toEqual([
      `paragraph: ${LEFT.slice(0, 4).join(' ')}`,
      `paragraph: ${RIGHT.slice(0, 4).join(' ')}`,
      'heading: 2.1 Prioriteiten',
      `paragraph: ${LEFT.slice(4).join(' ')}`,
      `paragraph: ${RIGHT.slice(4).join(' ')}`,
    ]);
    // Bad input: the right column's text goes on beside the heading: a heading of the left column.
    const beside = [...column(LEFT.slice(0, 4), 50, 730), heading, ...column(LEFT.slice(4), 50, 640), ...column(RIGHT, 310, 730)];
    expect(texts(beside)).toEqual([
      `paragraph: ${LEFT.slice(0, 4).join(' ')}`,
      'heading: 2.1 Prioriteiten',
      `paragraph: ${LEFT.slice(4).join(' ')}`,
      `paragraph: ${RIGHT.join(' ')}`,
    ]);
  });

  it('carries a sentence the column break cut on into the right column when the left one\'s last line runs to its edge', () => {
    // (The left column's last line breaks off mid-sentence; the right one goes on with a name.)
    const left = [...LEFT.slice(0, 6), 'in de thema’s aangebracht, met als kader de'];
    const right = ['Nederlandse Digitaliseringsstrategie. De uitbraak van', ...RIGHT.slice(1)];
    const full = (lines: TextRun[]) => lines.map((r) => ({ ...r, width: 228 }));
    expect(texts([...full(column(left, 50, 700)), ...column(right, 310, 700)])).toEqual([`paragraph: ${[...left, ...right].join(' ')}`]);
    // Bad input: a last line that ends short is a paragraph's end (a title's words, a list's lead-in).
    const short = column(left, 50, 700);
    expect(texts([...short, ...column(right, 310, 700)])).toEqual([`paragraph: ${left.join(' ')}`, `paragraph: ${right.join(' ')}`]);
  });

  it('parts the page into bands at the lines across the gutter', () => {
    const runs = [...column(LEFT, 50, 700), ...column(RIGHT, 310, 700), run('Een regel over de hele breedte van de pagina.', 50, 580, { width: 480 }), ...column(LEFT.slice(0, 2), 50, 560), ...column(RIGHT.slice(0, 2), 310, 560)];
    const gutter = textGutter(runs, 595);
    expect(gutter).not.toBeNull();
    const { parts } = textParts(runs, gutter!, []);
    expect(parts.map((p) => [p.band, p.column, p.runs.length])).toEqual([
      [0, 0, 8],
      [0, 1, 8],
      [1, 0, 1],
      [2, 0, 2],
      [2, 1, 2],
    ]);
  });
});

describe('a page in two columns whose lines do not fill them', () => {
  // Chromium, CSS columns, justified, p. 13 measured: the Proeftuin list, each entry a paragraph of
  // one or two short lines (left column at 55.2 pt, right at 305.6 pt; the other pages' gutter
  // 291–304 pt).
  const entry = (x: number, y: number, city: string, rest: string): TextRun[] => [run(city, x, y, { width: city.length * 3.4, size: 6.9, bold: true }), run(`• ${rest}`, x + city.length * 3.4 + 1.8, y, { width: rest.length * 3.2, size: 6.9 })];
  const left = ['Alkmaar|Smart Industry Hub Noordwest | Smart Industry Hub', 'Almere|Big Data Value Center locatie Almere | Big Data Hub', 'Amersfoort|Amfors Inclusive Fieldlab | Smart Industry Fieldlab', 'Amsterdam|MKB Digital Workspace (MDW) | MKB Werkplaats', 'Apeldoorn|Industrial Reality Hub | Smart Industry Fieldlab', 'Arnhem|Digitale Werkplaats Arnhem Nijmegen | MKB Werkplaats', 'Beneden-Leeuwen|ConnectaTruet | Cyberweerbaarheidsnetwerk'];
  const right = ['Eindhoven|High Tech Software Competence Center | Smart Industry Fieldlab', 'Emmen|Technologies Added | Smart Industry Fieldlab', 'Enschede|Cybersecurity Center Maakindustrie | Cyberweerbaarheidsnetwerk', 'Enschede|Digitale Werkplaats Twente | MKB Werkplaats', 'Enschede|TechMed Innovation Hub | Artificiële intelligentie', 'Gilze-Rijen|Fieldlab CAMPIONE | Smart Industry Fieldlab', 'Groningen|Data Federation Hub | Big Data Hub'];
  const page = [...left.flatMap((e, k) => entry(55.2, 614.7 - k * 12.5, ...(e.split('|', 2) as [string, string]))), ...right.flatMap((e, k) => entry(305.6, 707.7 - k * 12.5, ...(e.split('|', 2) as [string, string])))];
  const pages = [{ x0: 291, x1: 304 }, { x0: 291, x1: 304 }, { x0: 290.5, x1: 304 }];

  it('keeps the gutter the document\'s other pages share', () => {
    expect(textGutter(page, 595)).toBeNull();
    const shared = sharedGutter([...pages, null]);
    expect(shared).toEqual({ x0: 291, x1: 304 });
    expect(keptGutter(page, shared as { x0: number; x1: number })).toEqual({ x0: 291, x1: 304 });
  });

  it('keeps none where two pages only share one, or on a page whose lines cross it', () => {
    expect(sharedGutter([...pages.slice(0, 2), null, { x0: 150, x1: 170 }])).toBeNull();
    const across = [...page, ...[0, 1, 2].map((k) => run('Een regel over de hele breedte van de pagina, over de goot heen gezet.', 55.2, 500 - k * 12, { width: 480, size: 6.9 }))];
    expect(keptGutter(across, { x0: 291, x1: 304 })).toBeNull();
  });
});

describe('text of the right column right above a table across both', () => {
  // Chromium, `column-count: 2`, p. 21 measured: the right column's caption `Tabel 1: Generieke
  // investeringen` at 305.5, 6 pt over a ruled table across the page whose second column's figures start there too.
  const h = (y: number, x0: number, x1: number) => ({ x0, x1, y0: y - 0.25, y1: y + 0.25 });
  const v = (x: number, y0: number, y1: number) => ({ x0: x - 0.25, x1: x + 0.25, y0, y1 });
  const rules = [h(460, 50, 540), h(440, 50, 540), h(420, 50, 540), ...[50, 302.5, 540].map((x) => v(x, 420, 460))];
  const cells = [run('(x € 1 mln)', 53, 447, { width: 50 }), run('2020', 305.5, 447, { width: 20 }), run('PPS-toeslag', 53, 427, { width: 50 }), run('137', 305.5, 427, { width: 15 })];
  const caption = run('Tabel 1: Generieke investeringen', 305.5, 463, { width: 84 });

  it('is the column’s prose, at the column’s margin: no table’s cell left out', () => {
    const { grids, rest } = findGrids(rules, [...cells, caption]);
    expect(rest.map((r) => r.text)).toEqual(['Tabel 1: Generieke investeringen']);
    expect(linesAtColumns(rest, grids, 21, 305.5)).toEqual([]);
    // (Not known to stand at a text column's margin, a line where a later column's text starts is the rest of a cell.)
    expect(linesAtColumns(rest, grids, 21).map((d) => d.code)).toEqual(['content-unread']);
  });
});

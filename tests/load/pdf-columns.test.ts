/**
 * Text set in two columns (a design tool's page, CSS `column-count: 2`): the gutter is found from
 * the text alone, and each column is read before the next, band by band, where headings or tables
 * across both part the page.
 */
import { describe, expect, it } from 'vitest';
import { layoutPages } from '../../src/load/pdf/layout';
import type { PageData, TextRun } from '../../src/load/pdf/page-data';
import { keptGutters, sharedGutters, textGutters, textParts } from '../../src/load/pdf/text-columns';
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
    expect(textGutters(runs, 595)).toEqual([{ x0: 279, x1: 309 }]);
  });

  it('finds none on a page of one column, nor beside labels and figures (a table set as text)', () => {
    expect(textGutters(column([...LEFT, ...RIGHT], 50, 700).map((r) => ({ ...r, width: r.width * 2 })), 595)).toBeNull();
    const rows = ['PPS-toeslag', 'Internationaal innoveren', 'Innovatiekrediet', 'Eurostars', 'MIT', 'WBSO', 'Totaal', 'Europese Unie', 'Rijk', 'Regio', 'Privaat', 'Totaal'];
    const figures = rows.flatMap((label, k) => [run(label, 50, 700 - k * 12, { width: label.length * 4.5 }), run('137  170  180  193', 310, 700 - k * 12, { width: 80 })]);
    expect(textGutters(figures, 595)).toBeNull();
  });
});

describe('three columns', () => {
  // A landscape page in three columns 230 pt wide (at 40, 296 and 552; gutters of 26 pt), as a
  // brochure or CSS `column-count: 3` sets them; the last column's text ends higher up.
  const THIRD = ['Burgers, bedrijven en instellingen proberen zich aan', 'te passen aan de nieuw ontstane realiteit. Dat vraagt', 'om een wendbare overheid die snel kan schakelen en', 'digitale middelen inzet waar dat kan en helpt bij het', 'beperken van de gevolgen voor de samenleving.', 'Het kabinet blijft hierop inzetten.'];
  const runs = [...column(LEFT, 40, 500), ...column(RIGHT, 296, 500), ...column(THIRD, 552, 500)];
  const page: PageData = { page: 1, width: 842, height: 595, runs, rules: [], fills: [], links: [] };

  it('finds both gutters, and reads the columns from left to right', () => {
    expect(textGutters(runs, 842)).toEqual([
      { x0: 269, x1: 295 },
      { x0: 525, x1: 551 },
    ]);
    expect(layoutPages([page]).map((b) => (b.kind === 'paragraph' ? b.text : b.kind))).toEqual([LEFT.join(' '), RIGHT.join(' '), THIRD.join(' ')]);
  });

  it('finds none where the strips part columns of unlike widths (a table set as text), nor where one column holds no prose', () => {
    const narrow = [...column(LEFT, 40, 500), ...column(RIGHT, 296, 500).map((r) => ({ ...r, width: 60 })), ...column(THIRD, 400, 500)];
    expect(textGutters(narrow, 842)?.length ?? 0).toBeLessThan(2);
    const figures = [...column(LEFT, 40, 500), ...column(RIGHT, 296, 500), ...['137', '170', '180', '193', '201', '212'].map((f, k) => run(f, 552, 500 - k * 12, { width: 15 }))];
    expect(textGutters(figures, 842)?.length ?? 0).toBeLessThan(2);
  });

  it('reads no columns in a table set as text in three columns, its cells\' blocks starting level row after row: it stays a problem said', () => {
    // Rows of three cells of two to five lines each (no header, no rules), the rows 8 pt apart.
    const cellRuns: TextRun[] = [];
    let top = 540;
    for (let row = 0; row < 6; row++) {
      const heights = [3, 4, 2].map((h) => h + (row % 2));
      heights.forEach((h, c) => {
        for (let i = 0; i < h; i++) cellRuns.push(run([LEFT, RIGHT, THIRD][c]?.[(row + i) % 6] as string, 40 + c * 256, top - i * 11, { width: i === h - 1 ? 120 : 225 }));
      });
      top -= Math.max(...heights) * 11 + 8;
    }
    expect(textGutters(cellRuns, 842)?.length ?? 0).toBeLessThan(2);
    const three = [{ x0: 269, x1: 295 }, { x0: 525, x1: 551 }];
    expect(keptGutters(cellRuns, three)).toBeNull();
    const notes: { code: string }[] = [];
    layoutPages([{ ...page, runs: cellRuns }], notes as never);
    expect(notes.map((n) => n.code)).toContain('content-unread');
  });

  it('keeps the gutters that the document\'s pages in three columns share', () => {
    const three = [{ x0: 269, x1: 295 }, { x0: 525, x1: 551 }];
    expect(sharedGutters([three, three, [{ x0: 269, x1: 294 }, { x0: 526, x1: 551 }], [{ x0: 400, x1: 420 }]])).toEqual([{ x0: 269, x1: 294 }, { x0: 526, x1: 551 }]);
    // (Two pages alike are no layout that recurs; nor are pages in two columns and in three.)
    expect(sharedGutters([three, three, [three[0] as { x0: number; x1: number }]])).toBeNull();
  });

  // Pages 2–4 in three full columns, each its own text (lines in another order); the document's gutters are theirs.
  const turned = (lines: string[], n: number): string[] => [...lines.slice(n), ...lines.slice(0, n)];
  const full = (n: number): PageData => ({ ...page, page: n, runs: [...column(turned(LEFT, n), 40, 500), ...column(turned(RIGHT, n), 296, 500), ...column(turned(THIRD, n), 552, 500)] });
  const entries = ['Den Haag • 5G netwerk Den Haag | 5G Fieldlab', 'Helmond • 5G Automotive Fieldlab | 5G Fieldlab', 'Hengelo • Smart Welding Factory | Smart Industry Fieldlab', 'Delft • DigiShape | Data benutten', 'Ede • Fieldlab Smart Base | Smart Industry Fieldlab', 'Emmen • Technologies Added | Smart Industry Fieldlab', 'Breda • Breda Robotics | Smart Industry Fieldlab', 'Dordrecht • Duurzaamheidsfabriek | Smart Industry Fieldlab'];
  const list = (x: number, top: number, widths: number[], count = entries.length): TextRun[] =>
    Array.from({ length: count }, (_, k) => run(entries[k % entries.length] as string, x, top - k * 12, { width: widths[k % widths.length] as number }));
  const paragraphs = (b: { kind: string }[]) => b.filter((x): x is { kind: 'paragraph'; text: string } => x.kind === 'paragraph').map((x) => x.text);

  it('reads a page of short entries in the columns the document\'s other pages share, though its own strips are wider', () => {
    // Page 1: the left column's prose ends in a paragraph of four full lines and a short one under a
    // long list of short entries (their ends widen the page's own strip into the column, so that
    // the full lines would cross its middle); the other two columns hold short entries only.
    const left = [...list(40, 560, [150, 160, 140], 30), ...column(LEFT.slice(0, 5), 40, 190)];
    const first: PageData = { ...page, runs: [...left, ...list(296, 560, [160, 150], 30), ...list(552, 560, [150, 160], 30)] };
    const own = textGutters(first.runs, 842);
    expect(own?.[0]?.x0).toBeLessThan(240);
    const blocks = layoutPages([first, full(2), full(3), full(4)]).filter((b) => b.source?.page === 1);
    expect(paragraphs(blocks)).toContain(LEFT.slice(0, 5).join(' '));
    // (Each entry is read in its own column: none runs on into another column's entry.)
    expect(paragraphs(blocks).filter((t) => t.includes('•')).every((t) => (t.match(/•/g) ?? []).length === 1)).toBe(true);
  });

  it('reads a few lines in three columns under a table across them in the document\'s columns; a line that crosses a gutter leaves the page one column', () => {
    const few = [...column(LEFT.slice(0, 3), 40, 200), ...column(RIGHT.slice(0, 3), 296, 200), ...column(THIRD.slice(0, 3), 552, 200)];
    const shared = sharedGutters([1, 2, 3].map(() => textGutters(runs, 842)));
    expect(shared).toHaveLength(2);
    expect(textGutters(few, 842)).toBeNull();
    expect(keptGutters(few, shared!)).toEqual(shared);
    // (A line reaching into a gutter's edge, short of its middle, is still the column's.)
    expect(keptGutters([...few, run('Het kabinet blijft hierop inzetten, nu en later.', 552, 164, { width: 235 })], shared!)).toEqual(shared);
    const across = run('Een regel over de hele breedte van de pagina, over de goten heen gezet, die geen kolom kent.', 40, 164, { width: 700 });
    expect(keptGutters([...few, across, { ...across, y: 152 }], shared!)).toBeNull();
    // Bad input: figures beside labels are no columns of words.
    const figures = [...column(LEFT.slice(0, 3), 40, 200), ...['137', '170', '180'].map((f, k) => run(f, 296, 200 - k * 12, { width: 15 })), ...['41', '55', '18'].map((f, k) => run(f, 552, 200 - k * 12, { width: 10 }))];
    expect(keptGutters(figures, shared!)).toBeNull();
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
    // (The two bands, the heading between them.)
    const parted = (title: string): string[] => [
      `paragraph: ${LEFT.slice(0, 4).join(' ')}`,
      `paragraph: ${RIGHT.slice(0, 4).join(' ')}`,
      `heading: ${title}`,
      `paragraph: ${LEFT.slice(4).join(' ')}`,
      `paragraph: ${RIGHT.slice(4).join(' ')}`,
    ];
    expect(texts([...above, heading, ...below])).toEqual(parted('2.1 Prioriteiten'));
    // (A chapter heading in large type, the columns starting again a line under it: Chromium, h1 19 pt, 20 pt above the next baselines.)
    const chapter = run('Nederland Digitaal', 50, 670, { size: 19, bold: true, width: 150 });
    const under = [...column(LEFT.slice(4), 50, 650), ...column(RIGHT.slice(4), 310, 650)];
    expect(texts([...above, chapter, ...under])).toEqual(parted('Nederland Digitaal'));
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
    const gutters = textGutters(runs, 595);
    expect(gutters).toHaveLength(1);
    const { parts } = textParts(runs, gutters!, []);
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
  const pages = [[{ x0: 291, x1: 304 }], [{ x0: 291, x1: 304 }], [{ x0: 290.5, x1: 304 }]];

  it('keeps the gutter the document\'s other pages share', () => {
    expect(textGutters(page, 595)).toBeNull();
    const shared = sharedGutters([...pages, null]);
    expect(shared).toEqual([{ x0: 291, x1: 304 }]);
    expect(keptGutters(page, shared!)).toEqual([{ x0: 291, x1: 304 }]);
  });

  it('keeps none where two pages only share one, or on a page whose lines cross it', () => {
    expect(sharedGutters([...pages.slice(0, 2), null, [{ x0: 150, x1: 170 }]])).toBeNull();
    const across = [...page, ...[0, 1, 2].map((k) => run('Een regel over de hele breedte van de pagina, over de goot heen gezet.', 55.2, 500 - k * 12, { width: 480, size: 6.9 }))];
    expect(keptGutters(across, [{ x0: 291, x1: 304 }])).toBeNull();
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

describe('a table of a header only at a page\'s foot', () => {
  // Chromium, A4 landscape, the 2021 edition's connectivity plan measured: a new table's header at
  // the page's foot, ruled above and under; its first row's lines under it, which no grid took (the
  // row stands further under the rule than a row the page cut: 12 pt).
  const h = (y: number, x0: number, x1: number) => ({ x0, x1, y0: y - 0.3, y1: y + 0.3 });
  const edges = [34.5, 139.5, 168.7, 316.5, 638.2, 779.2, 807.7];
  const rules = [76, 55.3].flatMap((y) => edges.slice(1).map((x, k) => h(y, edges[k] as number, x)));
  const header = [['THEMA', 37.5], ['OPGAVE', 142.3], ['ACTIE', 171.7], ['STAND VAN ZAKEN', 319.3], ['WAT GAAN WE DOEN?', 641], ['WIE', 782]].map(([t, x]) => run(t as string, x as number, 66, { size: 7, width: (t as string).length * 4, bold: true }));
  const row = [run('Frequentiebanden met een omroep-', 171.7, 36.3, { size: 7, width: 112 }), run('De Nota omroepdistributie wordt uitgesteld.', 319.3, 36.3, { size: 7, width: 150 })];

  it('says its first row, left out under it at its columns, is content no cell took', () => {
    const { grids, rest } = findGrids(rules, [...header, ...row], [], { rowRules: true });
    expect(grids[0]?.rows).toHaveLength(1);
    expect(rest.map((r) => r.text)).toEqual(['Frequentiebanden met een omroep-', 'De Nota omroepdistributie wordt uitgesteld.']);
    const [said] = linesAtColumns(rest, grids, 49);
    expect(said?.code).toBe('content-unread');
    expect(said?.message).toContain('1 line(s) (e.g. "Frequentiebanden met een omroep- De Nota omroepdistributie w")');
    // (A note under it at the page's margin is the page's.)
    expect(linesAtColumns([run('Kamerstuk 26643, nr. 640', 34.5, 36.3, { size: 7, width: 80 })], grids, 49)).toEqual([]);
  });
});

describe('a note set between two tables ruled over and under their rows, with the body\'s first-line indent', () => {
  // Chromium, `p { text-indent: 12pt }`, Termes 7.5 pt, p. 38 measured: the upper table's last rule
  // at 561.8, the lower table's first at 532.5 in its own columns, and between them note 64, its
  // raised number 12 pt in from the tables' edge, its text across the upper table's columns.
  const h = (y: number, edges: number[]) => edges.slice(1).map((x, k) => ({ x0: edges[k] as number, x1: x, y0: y - 0.3, y1: y + 0.3 }));
  const upper = [63, 145.5, 249, 365.2, 438.7, 486, 533.2];
  const lower = [63, 164.2, 191.2, 347.2, 507.7, 533.2];
  const rules = [...h(784.5, upper), ...h(767.3, upper), ...h(561.8, upper), ...h(532.5, lower), ...h(485, lower), ...h(440, lower)];
  const cell = (text: string, x: number, y: number, extra: Partial<TextRun> = {}): TextRun => run(text, x, y, { size: 7.5, width: text.length * 3.4, ...extra });
  const bold = { bold: true };
  const runs = [
    ...[["Thema's & ambitie", 66], ['Acties zoals in NDS', 148.6], ['Stand van zaken/ resultaten', 251.7], ['Wat gaan we doen?', 368.5], ['Wie (Tijd)', 441.9]].map(([t, x]) => cell(t as string, x as number, 773.7, bold)),
    cell('fundamentele rechten van burgers.', 160.6, 598.2),
    cell('64', 75, 546.4, { size: 6.2, width: 6.2 }),
    cell('Zie verder SAPAI voor een overzicht van alle acties. Kamerstukken II, 2019-2020, 26 643 en 32 761, nr. 640', 83.1, 543.2, { width: 325.1 }),
    ...[["Thema's & ambitie", 66], ['Acties zoals in NDS', 167.4], ['Stand van zaken/ resultaten', 194.4], ['Wat gaan we doen?', 350.4], ['Wie (Tijd)', 510.9]].map(([t, x]) => cell(t as string, x as number, 521.7, bold)),
    cell('Grensverleggend onderzoek', 66, 474.4, bold),
    cell('Eind 2020 zijn 20 labs gerealiseerd.', 194.4, 460),
  ];

  it('leaves the note to the page, and each table its own rows', () => {
    const { grids, rest } = findGrids(rules, runs, [], { rowRules: true });
    expect(rest.map((r) => r.text)).toEqual(['64', 'Zie verder SAPAI voor een overzicht van alle acties. Kamerstukken II, 2019-2020, 26 643 en 32 761, nr. 640']);
    expect(grids.map((g) => g.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(' ')).join(' | ')))).toEqual([
      ["Thema's & ambitie | Acties zoals in NDS | Stand van zaken/ resultaten | Wat gaan we doen? | Wie (Tijd) | ", ' | fundamentele rechten van burgers. |  |  |  | '],
      ["Thema's & ambitie | Acties zoals in NDS | Stand van zaken/ resultaten | Wat gaan we doen? | Wie (Tijd)", 'Grensverleggend onderzoek |  | Eind 2020 zijn 20 labs gerealiseerd. |  | '],
    ]);
  });

  it('but keeps a row whose text opens with a number and stays in its cells (bad input for the note): a cell\'s', () => {
    const inCell = runs.map((r) => (r.text.startsWith('Zie verder') ? { ...r, text: 'Zie verder SAPAI.', width: 50 } : r));
    const { rest } = findGrids(rules, inCell, [], { rowRules: true });
    expect(rest.map((r) => r.text)).toEqual([]);
  });
});

describe('a line of a column that overflows the gutter into the next column\'s line', () => {
  // Chromium, two columns (`column-count: 2`), a note's address too long for its column, measured:
  // `https://www.tweedekamer.nl/…pdf` 4.5 pt from 49 to 387, over the right column's line
  // `Tegelijk met SAPAI …` (305–537) 0.5 pt above its baseline.
  const left = Array.from({ length: 30 }, (_, k) => run(`Regel ${k} van de linker kolom met tekst die de kolom vult tot de rand.`, 49, 760 - k * 18, { width: 232 }));
  const right = Array.from({ length: 30 }, (_, k) => run(`Regel ${k} van de rechter kolom met tekst die de kolom vult tot de rand.`, 305, 760.5 - k * 18, { width: 232 }));
  const address = run('https://www.tweedekamer.nl/sites/default/files/atoms/files/eindrapport_tijdelijke_commissie.pdf', 49, 760 - 30 * 18, { size: 4.5, width: 338 });
  const beside = run('Tegelijk met SAPAI werd ook de Nederlandse AI Coalitie (NL AIC) gelanceerd.', 305, 760.5 - 30 * 18, { width: 232 });
  const more = [run('Slotregel van de linker kolom.', 49, 760 - 31 * 18, { width: 120 }), run('Slotregel van de rechter kolom.', 305, 760.5 - 31 * 18, { width: 120 })];

  it('is read in its own column: no band across the page starts there', () => {
    const runs = [...left, ...right, address, beside, ...more];
    const gutters = textGutters(runs, 595);
    expect(gutters).not.toBeNull();
    const { parts } = textParts(runs, gutters ?? [], []);
    expect(parts.map((p) => [p.band, p.column, p.runs.length])).toEqual([
      [0, 0, 32],
      [0, 1, 32],
    ]);
    expect(parts[0]?.runs.map((r) => r.text)).toContain(address.text);
  });

  it('but a line set across the gutter with nothing drawn into it parts the page in bands (bad input for the overflow)', () => {
    const heading = run('Een kop over de volle breedte van de pagina, over de goot heen gezet, in zijn eigen regel.', 49, 760 - 30 * 18, { width: 450 });
    const runs = [...left, ...right, heading, ...more];
    const { parts } = textParts(runs, textGutters(runs, 595) ?? [], []);
    expect(parts.map((p) => [p.band, p.column])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [2, 0],
      [2, 1],
    ]);
  });
});

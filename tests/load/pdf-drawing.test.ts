/**
 * What a page draws, read from its operators (src/load/pdf/page-data.ts): table borders drawn as
 * stroked lines — one path with no area of its own, solid (pdfTeX's rules) or with a dash pattern —
 * are rules; a link's underline, stroked under its text, is not.
 */
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/index';
import { minimalPdf, proseLines, textContent } from '../helpers/pdf';
import { filledBands, pageTurn, strokedSides, turnPoint, upsideDown, viewableLinks, withoutUnderlines, type PageData, type TextRun } from '../../src/load/pdf/page-data';
import { clippedDiagnostics, openPdf, readPages } from '../../src/load/pdf';
import { buildLines } from '../../src/load/pdf/lines';

/** A table of three columns, 150 pt wide each, with a border under every row drawn cell by cell. */
function table(dash: string): string {
  const rows: [number, string[]][] = [
    [700, ['Thema', 'Opgave', 'Actie']],
    [680, ['Frequenties', 'Verdelen', 'Veiling uitvoeren']],
    [660, ['Netwerken', 'Uitrollen', 'Kennisplatform']],
  ];
  const text = textContent(rows.flatMap(([y, cells]) => cells.map((t, k) => [53 + 150 * k, y, t, y === 700 ? { bold: true } : undefined] as [number, number, string, { bold: true } | undefined])), 9);
  const rules = rows.flatMap(([y]) => [0, 1, 2].map((k) => `${50 + 150 * k} ${y - 5} m ${200 + 150 * k} ${y - 5} l S`));
  return `${text}\n0.5 w ${dash} 0 d\n${rules.join('\n')}`;
}

type Model = Awaited<ReturnType<typeof loadDocument>>;

/** The texts of a model's tables, row by row, cell by cell. */
const tableTexts = (model: Model): string[][][] => model.blocks.flatMap((b) => (b.kind === 'table' ? [b.rows.map((r) => r.cells.map((c) => c.text))] : []));

/** Where the cells of one row of a model's first table start. */
const cellStarts = (model: Model, row: number): (number | undefined)[] | undefined => {
  const first = model.blocks.find((b) => b.kind === 'table');
  return first?.kind === 'table' ? first.rows[row]?.cells.map((c) => c.box?.[0]) : undefined;
};

describe('drawing', () => {
  it.each([
    ['dotted lines (stroked with a dash pattern)', '[1 2]'],
    ['solid lines stroked with a pen (pdfTeX, booktabs)', '[]'],
  ])('reads a table whose borders are %s as a ruled table', async (_, dash) => {
    const model = await loadDocument(minimalPdf([table(dash)]), 'stroked.pdf');
    expect(tableTexts(model)).toEqual([
      [
        ['Thema', 'Opgave', 'Actie'],
        ['Frequenties', 'Verdelen', 'Veiling uitvoeren'],
        ['Netwerken', 'Uitrollen', 'Kennisplatform'],
      ],
    ]);
    expect(cellStarts(model, 1)).toEqual([50, 200, 350]);
  });
});

describe('thick borders', () => {
  it('reads a header\'s bottom border filled 2.6 pt thick (Chromium, `border-bottom: 3pt`) as a rule: the header and the rows under it are one table', async () => {
    // Chromium, `border: 1.5pt; th { border-bottom: 3pt }` (ad-chromium, p. 61 measured): every
    // border a filled rectangle, the cells' sides 1.3 pt wide, the header's bottom 2.6 pt tall, the
    // header's sides ending at its top and the rows' starting at its foot.
    const xs = [50, 203, 356, 509];
    const rows: [number, string[]][] = [
      [700, ['Financieringsbron', '2020', '2021']],
      [672, ['Europese Unie', '41', '40']],
      [644, ['Rijk', '29', '31']],
    ];
    const text = textContent(rows.flatMap(([y, cells]) => cells.map((t, k) => [56 + 153 * k, y, t, y === 700 ? { bold: true } : undefined] as [number, number, string, { bold: true } | undefined])), 9);
    const side = (x: number, y0: number, y1: number) => `${x - 0.65} ${y0} 1.3 ${y1 - y0} re f`;
    const across = (y: number, h: number) => `${xs[0]} ${y} ${(xs[3] as number) - (xs[0] as number)} ${h} re f`;
    const borders = [across(712, 1.3), across(688, 2.6), across(658, 1.3), across(630, 1.3), ...xs.flatMap((x) => [side(x, 690.6, 713.3), side(x, 630, 688)])];
    const model = await loadDocument(minimalPdf([`${text}\n0 g\n${borders.join('\n')}`]), 'thick.pdf');
    expect(tableTexts(model)).toEqual([
      [
        ['Financieringsbron', '2020', '2021'],
        ['Europese Unie', '41', '40'],
        ['Rijk', '29', '31'],
      ],
    ]);
  });
});

/**
 * The same table with its cells' borders apart (CSS `border-collapse: separate`, a browser's
 * default): every cell stroked as a rectangle of its own (`re S`), 3 pt from the next.
 */
function spacedCells(): string {
  // (No header a table is known by: only its frames make it one.)
  const rows: [number, string[]][] = [
    [700, ['Regio', 'Locatie', 'Soort']],
    [672, ['Groningen', 'Zernike Campus', 'Fieldlab']],
    [644, ['Eindhoven', 'Brainport', 'Living lab']],
  ];
  const text = textContent(rows.flatMap(([y, cells]) => cells.map((t, k) => [56 + 153 * k, y, t, y === 700 ? { bold: true } : undefined] as [number, number, string, { bold: true } | undefined])), 9);
  const frames = rows.flatMap(([y]) => [0, 1, 2].map((k) => `${50 + 153 * k} ${y - 8} 150 25 re S`));
  return `${text}\n0.75 w\n${frames.join('\n')}`;
}

describe('pages turned', () => {
  it('reads a landscape table set turned on a portrait page (its text running up) as it reads it upright', async () => {
    const upright = await loadDocument(minimalPdf([table('[]')], { mediaBox: [0, 0, 792, 792] }), 'upright.pdf');
    // The same drawing turned a quarter anticlockwise on its page: `0 1 -1 0 792 0 cm`.
    const turned = await loadDocument(minimalPdf([`q 0 1 -1 0 792 0 cm\n${table('[]')}\nQ`], { mediaBox: [0, 0, 792, 792] }), 'turned.pdf');
    const rows = (m: typeof upright) => m.blocks.flatMap((b) => (b.kind === 'table' ? [b.rows.map((r) => r.cells.map((c) => [c.text, c.box?.map((v) => Math.round(v))]))] : []));
    expect(rows(turned)).toEqual(rows(upright));
    expect(rows(turned)[0]?.[1]?.map(([text]) => text)).toEqual(['Frequenties', 'Verdelen', 'Veiling uitvoeren']);
  });

  it('reads a table on a printer\'s sheet, its box starting below zero (bleed round the page), as it reads it on the page', async () => {
    const page = await loadDocument(minimalPdf([table('[]')]), 'page.pdf');
    // (The same drawing on a sheet 36 pt larger on every side: text and rules keep their
    // coordinates, the page's corner moves to -36 -36.)
    const sheet = await loadDocument(minimalPdf([table('[]')], { mediaBox: [-36, -36, 631, 878] }), 'sheet.pdf');
    expect(tableTexts(sheet)).toEqual(tableTexts(page));
    expect(cellStarts(sheet, 1)).toEqual([86, 236, 386]);
  });

  it('reads a table drawn inside a form scaled to fit a sheet (a print shrunk about the page\'s centre) as it reads it unscaled, its cells where the form puts them', async () => {
    const page = await loadDocument(minimalPdf([table('[]')]), 'page.pdf');
    const fitted = await loadDocument(minimalPdf([table('[]')], { form: [0.9, 0, 0, 0.9, 29.75, 42.1] }), 'fitted.pdf');
    expect(tableTexts(fitted)).toEqual(tableTexts(page));
    // (50, 200 and 350 at 0.9 from 29.75, to a tenth of a point.)
    expect(cellStarts(fitted, 1)).toEqual([74.7, 209.7, 344.7]);
  });

  it('reads a label set upside down on an upright page (WeasyPrint\'s `writing-mode` turned half round) over the place it covers', async () => {
    // The table's last label drawn turned 180° (`-1 0 0 -1` from its right end, at the cell's edge): it runs leftwards
    // from where it starts and hangs under its baseline.
    const label = 'BT /F2 9 Tf 353 700 Td (Actie) Tj ET';
    expect(table('[]')).toContain(label);
    const upside = table('[]').replace(label, 'BT /F2 9 Tf -1 0 0 -1 497 707 Tm (Actie) Tj ET');
    const model = await loadDocument(minimalPdf([upside]), 'upside.pdf');
    expect(tableTexts(model)[0]?.[0]).toEqual(['Thema', 'Opgave', 'Actie']);
    expect(cellStarts(model, 0)).toEqual([50, 200, 350]);
    // (A label of two lines turned half round reads from its lowest line up: `Wie` / `(tijd)`.)
    const turned = (text: string, y: number): TextRun => ({ text, x: 500, y, width: 20, size: 7.5, bold: true, italic: false, reversed: true });
    expect(buildLines([turned('(tijd)', 716), turned('Wie', 707)]).map((l) => l.text)).toEqual(['Wie', '(tijd)']);
    const { reversed: _, ...upright } = turned('(tijd)', 716);
    expect(buildLines([upright, turned('Wie', 707)]).map((l) => l.text)).toEqual(['(tijd)', 'Wie']);
    expect(upsideDown(-9, 0, 0)).toBe(true);
    expect(upsideDown(9, 0, 0)).toBe(false);
    // (On a page turned half round, upright text is what stands upside down; a quarter turn is no half.)
    expect(upsideDown(9, 0, 180)).toBe(true);
    expect(upsideDown(0, 9, 0)).toBe(false);
  });

  it('tells how far a page is turned by the way most of its characters run; a few turned words do not turn it', () => {
    const item = (str: string, [a, b]: [number, number]) => ({ str, transform: [a, b, -b, a, 0, 0] });
    expect(pageTurn([item('Thema Opgave Actie', [9, 0])])).toBe(0);
    expect(pageTurn([item('Thema Opgave Actie', [0, 9]), item('12', [9, 0])])).toBe(90);
    expect(pageTurn([item('Thema Opgave Actie', [0, -9])])).toBe(270);
    expect(pageTurn([item('Thema Opgave Actie', [-9, 0])])).toBe(180);
    // Bad input: a label set at a slant, and a page number upright beside a short turned label.
    expect(pageTurn([item('Concept', [6, 6])])).toBe(0);
    expect(pageTurn([item('Bijlage', [0, 9]), item('Nederlandse Digitaliseringsstrategie 2020', [9, 0])])).toBe(0);
    expect(turnPoint(90, 100, 50, 612, 792)).toEqual([50, 512]);
    expect(turnPoint(270, 100, 50, 612, 792)).toEqual([742, 100]);
  });
});

describe('cells framed one by one', () => {
  it('reads the frames of cells whose borders stand apart as one ruled table, each frame a cell', async () => {
    const model = await loadDocument(minimalPdf([spacedCells()]), 'separate.pdf');
    expect(tableTexts(model)).toEqual([
      [
        ['Regio', 'Locatie', 'Soort'],
        ['Groningen', 'Zernike Campus', 'Fieldlab'],
        ['Eindhoven', 'Brainport', 'Living lab'],
      ],
    ]);
    // Each column starts where its cells' frames meet: in the middle of the space between them.
    expect(cellStarts(model, 1)).toEqual([50, 201.5, 354.5]);
  });

  it('joins a row the page break carried over (its cells framed without a top side) to the header frames over it', async () => {
    const header = [0, 1, 2].map((k) => `${50 + 153 * k} 692 150 25 re S`);
    // Left, bottom and right sides only: the row's top stood on the page before.
    const carried = [0, 1, 2].map((k) => `${50 + 153 * k} 689 m ${50 + 153 * k} 640 l ${200 + 153 * k} 640 l ${200 + 153 * k} 689 l S`);
    const text = textContent([[56, 700, 'Regio', { bold: true }], [209, 700, 'Locatie', { bold: true }], [362, 700, 'Soort', { bold: true }], [56, 676, 'Noord'], [209, 676, 'Zernike Campus'], [209, 664, 'en omgeving'], [362, 652, 'Fieldlab']], 9);
    const model = await loadDocument(minimalPdf([`${text}\n0.75 w\n${[...header, ...carried].join('\n')}`]), 'carried.pdf');
    expect(tableTexts(model)).toEqual([
      [
        ['Regio', 'Locatie', 'Soort'],
        ['Noord', 'Zernike Campus en omgeving', 'Fieldlab'],
      ],
    ]);
  });

  it('takes a stroked rectangle for its four sides, and a stroked curve or slanted line for no rule', () => {
    const identity: [number, number, number, number, number, number] = [1, 0, 0, 1, 0, 0];
    // moveTo 10 10, lineTo 110 10, 110 40, 10 40, close (as pdfjs hands over `10 10 100 30 re`).
    const rect = strokedSides([0, 10, 10, 1, 110, 10, 1, 110, 40, 1, 10, 40, 4], identity, 0.5);
    expect(rect?.map((b) => [b.x0, b.y0, b.x1, b.y1])).toEqual([
      [9.5, 9.5, 110.5, 10.5],
      [109.5, 9.5, 110.5, 40.5],
      [9.5, 39.5, 110.5, 40.5],
      [9.5, 9.5, 10.5, 40.5],
    ]);
    expect(strokedSides([0, 10, 10, 1, 110, 60, 1, 10, 60, 4], identity, 0.5)).toBeNull();
    expect(strokedSides([0, 10, 10, 2, 20, 20, 30, 20, 40, 10], identity, 0.5)).toBeNull();
    // One straight line is read as a line (a rule, or a link's underline), not here.
    expect(strokedSides([0, 10, 10, 1, 110, 10], identity, 0.5)).toBeNull();
  });

  it('takes a rectangle stroked with rounded corners for the four sides of the box it is drawn round', () => {
    const identity: [number, number, number, number, number, number] = [1, 0, 0, 1, 0, 0];
    // 10 10 to 110 40 with corners of 3 pt: four sides that stop short, a curve at each corner.
    const rounded = [0, 13, 10, 1, 107, 10, 2, 109, 10, 110, 11, 110, 13, 1, 110, 37, 2, 110, 39, 109, 40, 107, 40, 1, 13, 40, 2, 11, 40, 10, 39, 10, 37, 1, 10, 13, 2, 10, 11, 11, 10, 13, 10, 4];
    expect(strokedSides(rounded, identity, 0.5)?.map((b) => [b.x0, b.y0, b.x1, b.y1])).toEqual([
      [9.5, 9.5, 110.5, 10.5],
      [109.5, 9.5, 110.5, 40.5],
      [9.5, 39.5, 110.5, 40.5],
      [9.5, 9.5, 10.5, 40.5],
    ]);
    // Bad input: a curve wider than a corner (a circle, a chart's line) is no rule.
    expect(strokedSides([0, 10, 10, 1, 110, 10, 2, 140, 10, 140, 40, 110, 40, 1, 10, 40, 4], identity, 0.5)).toBeNull();
  });

  it('takes a border filled as a ring (two rectangles, even-odd) for its four bands, and a ring open at a page cut for three', () => {
    const identity: [number, number, number, number, number, number] = [1, 0, 0, 1, 0, 0];
    const rect = (x0: number, y0: number, x1: number, y1: number) => [0, x0, y0, 1, x1, y0, 1, x1, y1, 1, x0, y1, 4];
    const bands = (data: number[], evenOdd = true) =>
      filledBands(data, identity, evenOdd)
        ?.map((b) => [b.x0, b.y0, b.x1, b.y1])
        .sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number) || (a[2] as number) - (b[2] as number));
    expect(bands([...rect(10.75, 10.75, 109.25, 39.25), ...rect(10, 10, 110, 40)])).toEqual([
      [10, 10, 10.75, 40],
      [10, 10, 110, 10.75],
      [10, 39.25, 110, 40],
      [109.25, 10, 110, 40],
    ]);
    // (WeasyPrint, a cell the page cut: no border at the cut, the inner rectangle's side on the outer's.)
    expect(bands([...rect(10.75, 10, 109.25, 39.25), ...rect(10, 10, 110, 40)])).toEqual([
      [10, 10, 10.75, 40],
      [10, 39.25, 110, 40],
      [109.25, 10, 110, 40],
    ]);
    // Bad input: a box filled (cell shading), and two rectangles wound alike under the nonzero rule (a box filled too).
    expect(bands(rect(10, 10, 110, 40))).toBeUndefined();
    expect(bands([...rect(10.75, 10.75, 109.25, 39.25), ...rect(10, 10, 110, 40)], false)).toBeUndefined();
  });

  it('reads the cells of a table whose borders are filled through a ring-shaped clip (WeasyPrint, cells the page cut)', async () => {
    const rows: [number, string[]][] = [
      [700, ['Regio', 'Locatie', 'Soort']],
      [672, ['Groningen', 'Zernike Campus', 'Fieldlab']],
    ];
    const text = textContent(rows.flatMap(([y, cells]) => cells.map((t, k) => [56 + 153 * k, y, t, y === 700 ? { bold: true } : undefined] as [number, number, string, { bold: true } | undefined])), 9);
    // Each cell: clip to its border's ring (even-odd), then fill the whole page in the border's colour.
    const ring = (x: number, y: number) => `${x} ${y} 150 25 re ${x + 0.75} ${y + 0.75} 148.5 23.5 re W* n 0.2 g 0 0 612 792 re f`;
    const cells = rows.flatMap(([y]) => [0, 1, 2].map((k) => `q ${ring(50 + 153 * k, y - 8)} Q`));
    const model = await loadDocument(minimalPdf([`${text}\n${cells.join('\n')}`]), 'clipped.pdf');
    expect(tableTexts(model)).toEqual([
      [
        ['Regio', 'Locatie', 'Soort'],
        ['Groningen', 'Zernike Campus', 'Fieldlab'],
      ],
    ]);
  });

  it('keeps a lone framed note as text: one frame with nothing a border spacing from it is no table', async () => {
    const note = `${textContent([[56, 700, 'Een kader om een alinea tekst.'], [56, 686, 'Nog een regel in het kader.']], 9)}\n0.75 w\n50 680 300 32 re S`;
    const model = await loadDocument(minimalPdf([note]), 'note.pdf');
    expect(model.blocks.filter((b) => b.kind === 'table')).toEqual([]);
    expect(model.blocks.map((b) => ('text' in b ? b.text : ''))).toEqual(['Een kader om een alinea tekst. Nog een regel in het kader.']);
  });
});

describe('text clipped away', () => {
  // wkhtmltopdf, measured: the page's content clipped to 9.75–584 × 10.25–832.25 (here to 500 wide);
  // a row the page cut drawn again at its head with its baseline 0.25 pt inside the clip (only the
  // letters' tails show), and the rest of a cut row drawn under the clip's foot.
  const clip = '9.75 10.25 490.25 822 re W n';
  const table = (extra: [number, number, string][]) =>
    `q ${clip}\n${textContent([[20, 800, 'Rijk 29 65 83'], [20, 780, 'Regio 27 29 47'], ...extra], 9)}\n0.5 w 15 770 m 480 770 l S\nQ`;

  it('reads no text its clip hides (a line whose tails alone show, one under the clip\'s foot, one right of it), and says so per page', async () => {
    const model = await loadDocument(minimalPdf([table([[20, 832, 'Europese Unie 22 27 34'], [20, 4, 'eerlijke en'], [510, 700, 'Naast de clip']])]), 'wk.pdf');
    const text = model.blocks.map((b) => ('text' in b ? b.text : b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text).join(' ')).join(' ') : '')).join(' ');
    expect(text).toContain('Rijk 29 65 83');
    expect(text).not.toMatch(/Europese Unie|eerlijke|Naast/);
    const hidden = model.diagnostics?.filter((d) => d.code === 'pdf-text-hidden') ?? [];
    expect(hidden.map((d) => [d.severity, d.place?.page])).toEqual([['info', 1]]);
    expect(hidden[0]?.message).toMatch(/^3 piece\(s\) of text .*\(e\.g\. "Europese Unie 22 27 34", "eerlijke en", "Naast de clip"\)$/);
  });

  it('reads a line the clip cuts only at its tails or tops (most of its letters show)', async () => {
    const model = await loadDocument(minimalPdf([table([[20, 829, 'Europese Unie 22 27 34'], [20, 11, 'eerlijke en']])]), 'wk.pdf');
    const text = JSON.stringify(model.blocks);
    expect(text).toContain('Europese Unie 22 27 34');
    expect(text).toContain('eerlijke en');
    expect(model.diagnostics?.filter((d) => d.code === 'pdf-text-hidden')).toEqual([]);
  });
});

describe('watermarks', () => {
  // A draft's watermark, as Chromium prints `transform: rotate(-45deg)` on a fixed element: the word
  // across the page, in type ten times the body's.
  const mark = (angle: number, x: number, y: number, text: string, size = 110) => {
    const [c, s] = [Math.cos((angle * Math.PI) / 180), Math.sin((angle * Math.PI) / 180)].map((v) => v.toFixed(4));
    return `BT /F1 ${size} Tf ${c} ${s} ${-Number(s)} ${c} ${x} ${y} Tm (${text}) Tj ET`;
  };
  const body = textContent(proseLines(6).map((line, k) => [56, 760 - 14 * k, line] as [number, number, string]), 10);

  it('reads no watermark across the pages (text 10° or more from upright) into the text, and says so once', async () => {
    const model = await loadDocument(minimalPdf([`${body}\n${mark(45, 120, 300, 'CONCEPT')}`, `${body}\n${mark(-45, 120, 600, 'CONCEPT')}`]), 'draft.pdf');
    const text = model.blocks.map((b) => ('text' in b ? b.text : '')).join(' ');
    expect(text).toContain(proseLines(1)[0]);
    expect(text).not.toContain('CONCEPT');
    expect(model.diagnostics?.filter((d) => d.code === 'pdf-text-watermark').map((d) => [d.severity, d.place?.page, d.message])).toEqual([
      ['info', 1, '2 piece(s) of text laid across the text (a watermark: at a slant, or in large type over other lines) were not read as the pages\' text (2 pages, p.1–2; e.g. "CONCEPT")'],
    ]);
  });

  it('reads no watermark set upright in large type over the text, and says so', async () => {
    const model = await loadDocument(minimalPdf([`${body}\n${mark(0, 80, 690, 'CONCEPT', 100)}`]), 'draft.pdf');
    const text = model.blocks.map((b) => ('text' in b ? b.text : '')).join(' ');
    expect(text).toContain(proseLines(6)[5]);
    expect(text).not.toContain('CONCEPT');
    expect(model.diagnostics?.filter((d) => d.code === 'pdf-text-watermark').map((d) => d.place?.page)).toEqual([1]);
  });

  it('reads text set a little askew, and a page whose text is at a slant all through (scanned askew), as the page\'s text', async () => {
    const askew = await loadDocument(minimalPdf([`${body}\n${mark(6, 56, 600, 'Een regel die iets scheef staat.', 10)}`]), 'askew.pdf');
    expect(JSON.stringify(askew.blocks)).toContain('Een regel die iets scheef staat.');
    const lines = proseLines(6).map((line, k) => mark(20, 56, 760 - 14 * k, line, 10)).join('\n');
    const scanned = await loadDocument(minimalPdf([lines]), 'scanned.pdf');
    expect(JSON.stringify(scanned.blocks)).toContain(proseLines(1)[0]?.split(' ')[0]);
    expect(scanned.diagnostics?.filter((d) => d.code === 'pdf-text-watermark')).toEqual([]);
  });
});

describe('withoutUnderlines', () => {
  const run = (text: string, x: number, y: number, width: number): TextRun => ({ text, x, y, width, size: 7, bold: false, italic: false });
  // A cell of weasy-toprules: a link's address on two lines, the second underlined up to its end.
  const runs = [run('https://www.ruimteinregels.nl/', 237.3, 775.5, 108.4), run('thema/digitale-economie .', 237.3, 766.4, 92.3), run('mkb. Dit wordt o.a. gedaan via de', 358.7, 766.4, 120.1)];
  const line = (x0: number, x1: number, y: number) => ({ x0, x1, y0: y - 0.25, y1: y + 0.25 });

  it('passes over a link\'s underline: just under a baseline, within its text, starting with it', () => {
    expect(withoutUnderlines([line(237.3, 325.1, 765.9)], runs)).toEqual([]);
  });

  it('keeps a rule: one that reaches past the text over it, or stands clear of the baseline', () => {
    const rules = [line(235.8, 357.2, 765.9), line(237.3, 325.1, 760)];
    expect(withoutUnderlines(rules, runs)).toEqual(rules);
  });

  it('passes over an underline filled as a thin box (as Chromium draws it), and keeps the rules filled so', async () => {
    // (A note's address underlined by a box 0.5 pt high under its baseline; a table's rules under it.)
    // (Rows of a table of figures below, so that the page's drawing is read.)
    const rows = ([[640, 'Europese Unie', '22', '27'], [620, 'Rijk', '29', '65'], [600, 'Regio', '27', '29']] as const).flatMap(([y, label, a, b]) => [[60, y, label], [400, y, a], [480, y, b]] as [number, number, string][]);
    const content = [textContent([[72, 700, 'https://www.smartindustry.nl/fieldlabs.pdf (rapport over de fieldlabs)'], ...rows], 8), '0 0 1 rg 72 698.6 140 0.5 re f', '0 g 56 650 480 0.5 re f 56 630 0.5 20 re f'].join('\n');
    const { lib, doc } = await openPdf(minimalPdf([content]), 'note.pdf');
    const [page] = await readPages(doc, lib.OPS as unknown as Record<string, number>, [1]);
    await doc.destroy();
    expect(page?.rules.map((r) => [r.x0, r.y0, r.x1, r.y1].map((v) => Math.round(v)))).toEqual([
      [56, 650, 536, 651],
      [56, 630, 57, 650],
    ]);
  });
});

describe('link annotations', () => {
  // WeasyPrint, note 20: `… gepubliceerd op rijksoverheid.nl.`, the address a link to https://rijksoverheid.nl/.
  const note = textContent([[60.2, 434.6, '20 Het rapport wordt op korte termijn gepubliceerd op rijksoverheid.nl.']], 8);
  const read = async (pdf: Uint8Array) => {
    const { lib, doc } = await openPdf(pdf, 'links.pdf');
    const [page] = await readPages(doc, lib.OPS as unknown as Record<string, number>, [1]);
    await doc.destroy();
    return page?.links.map((l) => [l.url, Math.round(l.x0), Math.round(l.y0)]);
  };
  const link = { rect: [268.3, 431.5, 329.7, 443.1] as [number, number, number, number], url: 'https://rijksoverheid.nl/' };

  it('reads links the producer did not mark printable (WeasyPrint) as it reads printable ones', async () => {
    expect(await read(minimalPdf([note], { links: [{ ...link, printable: false }] }))).toEqual([['https://rijksoverheid.nl/', 268, 432]]);
    expect(await read(minimalPdf([note], { links: [{ ...link, printable: true }] }))).toEqual([['https://rijksoverheid.nl/', 268, 432]]);
  });

  it('reads the links a viewer shows, each on its own page, as pdfjs\'s display intent gives them (without its second text pass)', async () => {
    // (Page 1: one shown, one marked no-view (32), one marked invisible (1) — a flag for annotations
    // of no standard type only (PDF 32000 12.5.3), so a link so marked is shown; page 2: its own
    // link. None printable.)
    const pdf = minimalPdf([note, note], {
      links: [
        { ...link, printable: false, onPages: [1] },
        { ...link, url: 'https://example.org/noview', printable: false, flags: 32, onPages: [1] },
        { ...link, url: 'https://example.org/invisible', printable: false, flags: 1, onPages: [1] },
        { ...link, url: 'https://www.rijksoverheid.nl/documenten', printable: false, onPages: [2] },
      ],
    });
    const { lib, doc } = await openPdf(pdf, 'links.pdf');
    const pages = await readPages(doc, lib.OPS as unknown as Record<string, number>, [1, 2]);
    const display = await Promise.all([1, 2].map(async (n) => ((await (await doc.getPage(n)).getAnnotations({ intent: 'display' })) as { url?: string }[]).map((a) => a.url)));
    await doc.destroy();
    const shown = [['https://rijksoverheid.nl/', 'https://example.org/invisible'], ['https://www.rijksoverheid.nl/documenten']];
    expect(pages.map((p) => p.links.map((l) => l.url))).toEqual(shown);
    expect(display).toEqual(shown);
  });

  it('reads the links by type page by page, and says when it cannot (each page then asks for its own)', async () => {
    const shown = { pageIndex: 1, annotationFlags: 0, subtype: 'Link', url: 'https://rijksoverheid.nl/' };
    const byType = viewableLinks({ getAnnotationsByType: async () => [shown, { ...shown, annotationFlags: 32, url: 'https://example.org/noview' }] });
    expect(await byType(1)).toEqual([shown]);
    expect(await byType(0)).toEqual([]);
    const broken = viewableLinks({ getAnnotationsByType: () => Promise.reject(new Error('Bad /Annots')) });
    expect(await broken(1)).toBeNull();
  });

  it('reads none on a page whose text writes no address', async () => {
    const plain = textContent([[60.2, 434.6, '20 Het rapport wordt op korte termijn gepubliceerd.']], 8);
    expect(await read(minimalPdf([plain], { links: [{ ...link, printable: false }] }))).toEqual([]);
  });
});

describe('clippedDiagnostics', () => {
  const page = (runs: TextRun[]): PageData => ({ page: 40, width: 595, height: 842, runs, rules: [], fills: [], links: [] });
  const run = (text: string, x: number, y: number): TextRun => ({ text, x, y, width: 50, size: 8, bold: false, italic: false });

  it('says where a row taller than its page ran off the page\'s foot (pdfTeX: text 7 pt over the edge, under the page number)', () => {
    const [d] = clippedDiagnostics([page([run('Cybersecurity: In', 279.1, 16.5), run('2019 is in totaal', 279.1, 7), run('40', 292.7, 26.8)])]);
    expect(d?.code).toBe('pdf-text-clipped');
    expect(d?.place).toEqual({ page: 40, bbox: [279.1, 7, 329.1, 15] });
    expect(d?.message).toContain('"2019 is in totaal"');
  });

  it('says nothing of a row at the foot of a page set with no margin whose next page\'s text starts at its head (the row goes on there)', () => {
    const foot = page([run('technologieën, zoals AI, verder te', 359.1, 6.5)]);
    const next = { ...page([run('verspreiden naar de brede industrie.', 359.1, 832)]), page: 41 };
    expect(clippedDiagnostics([foot, next])).toEqual([]);
    // (A next page with a margin at its head: the row ran off this one.)
    expect(clippedDiagnostics([foot, { ...next, runs: [run('verspreiden naar de brede industrie.', 359.1, 780)] }]).map((d) => d.code)).toEqual(['pdf-text-clipped']);
    // (Nor is text below the page's edge ever on it.)
    expect(clippedDiagnostics([page([run('2019 is in totaal', 279.1, -3)]), next]).map((d) => d.code)).toEqual(['pdf-text-clipped']);
  });

  it('says where a piece of text ends less than a glyph past the page\'s side (pdfjs dropped the glyphs after it), with each piece and its box', () => {
    // (WeasyPrint at 13 pt: the who cell `EZK (2020-2023)` set past the edge of A4, read as `(2020-20`, 1.9 pt over.)
    const a4 = (runs: TextRun[]): PageData => ({ ...page(runs), width: 595.3 });
    const cut = { ...run('(2020-20', 556.1, 582.2), width: 41.1, size: 9 };
    const other = { ...run('EZK (Q2-', 556.1, 150.4), width: 40, size: 9 };
    const [d] = clippedDiagnostics([a4([cut, other, run('Veiling frequenties', 226.2, 300)])]);
    expect(d?.code).toBe('pdf-text-clipped');
    expect(d?.pieces).toEqual([
      { text: '(2020-20', bbox: [556.1, 582.2, 597.2, 591.2] },
      { text: 'EZK (Q2-', bbox: [556.1, 150.4, 596.1, 159.4] },
    ]);
    expect(d?.place?.bbox).toEqual([556.1, 150.4, 597.2, 591.2]);
    // (Text that ends at the edge is on the page.)
    expect(clippedDiagnostics([a4([{ ...cut, width: 39.2 }])])).toEqual([]);
    // Bad input, a page of 5,000 pieces past its edge: 199 said one by one, the rest as one box with no text.
    const many = Array.from({ length: 5000 }, (_, k) => ({ ...cut, y: 800 - k * 0.15 }));
    const [all] = clippedDiagnostics([a4(many)]);
    expect(all?.pieces).toHaveLength(200);
    expect(all?.pieces?.[199]).toEqual({ text: '', bbox: [556.1, 50.1, 597.2, 779.2] });
    expect(all?.message).toContain('5000 piece(s) of text run past the edge of the page');
  });

  it('says nothing of a page whose text keeps its margins, a page number an inch over the foot included', () => {
    expect(clippedDiagnostics([page([run('De tekst van de pagina.', 56.7, 780), run('40', 292.7, 26.8)])])).toEqual([]);
  });
});

describe('text in layers (optional content)', () => {
  // An editor's note in a layer the document switches off, over the line of text it comments on
  // (on its baseline, in smaller letters), and a line in a layer that is shown.
  const page = [
    textContent([[72, 700, 'De digitalisering van Nederland gaat verder.'], [72, 686, 'Het kabinet zet de koers voort.']], 11),
    `/OC /L0 BDC ${textContent([[20, 700, 'OPMERKING: nog nakijken']], 6)} EMC`,
    `/OC /L1 BDC ${textContent([[72, 672, 'Een regel in een zichtbare laag.']], 11)} EMC`,
  ].join('\n');

  it('reads no text of a layer switched off, reads the text beside it on its baseline and a layer that is shown, and says so once', async () => {
    const model = await loadDocument(minimalPdf([page, page], { layers: [{ on: false }, { on: true }] }), 'layers.pdf');
    const text = model.blocks.map((b) => ('text' in b ? b.text : '')).join(' ');
    expect(text).not.toContain('OPMERKING');
    expect(text).toContain('De digitalisering van Nederland gaat verder.');
    expect(text).toContain('Een regel in een zichtbare laag.');
    const hidden = model.diagnostics?.filter((d) => d.code === 'pdf-text-hidden') ?? [];
    expect(hidden.map((d) => [d.severity, d.place?.page])).toEqual([['info', 1]]);
    expect(hidden[0]?.message).toMatch(/^2 piece\(s\) of text in a layer the document hides .*\(2 pages, p\.1–2; e\.g\. "OPMERKING: nog nakijken"\)$/);
  });

  it('reads every layer of a document whose layers are all shown', async () => {
    const model = await loadDocument(minimalPdf([page], { layers: [{ on: true }, { on: true }] }), 'layers.pdf');
    expect(model.blocks.map((b) => ('text' in b ? b.text : '')).join(' ')).toContain('OPMERKING: nog nakijken');
    expect(model.diagnostics?.filter((d) => d.code === 'pdf-text-hidden')).toEqual([]);
  });
});

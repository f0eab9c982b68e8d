/**
 * Unruled tables whose header cells centre their labels vertically (LibreOffice Writer from HTML,
 * header cells dark with white labels, no rules): labels of one, two, three and four lines each
 * centred on the header's middle, so their baselines stagger by half a line and no one baseline
 * holds every label (src/load/pdf/unruled/header.ts: gapStarts, headerLinesAbove; the header's lines
 * below in src/load/pdf/unruled/index.ts).
 * The shading of each label fits its text only, so it gives no cell to read the columns from:
 * these are read from the texts alone, shading left out. Last, a row of that layout whose cells'
 * last lines stand a point or two apart (src/load/pdf/unruled/rows.ts, scanRows).
 */
import { describe, expect, it } from 'vitest';
import type { TextRun } from '../../src/load/pdf/page-data';
import { findUnruledGrids } from '../../src/load/pdf/unruled';
import { anyRunsAcross, gapStarts, runsAcross } from '../../src/load/pdf/unruled/header';

/** A run as pdftotext -bbox measured it: text, left and right edge, top (down from the page's top); type 10 pt. */
const at = (text: string, x0: number, x1: number, top: number, extra: Partial<TextRun> = {}): TextRun => ({
  text,
  x: x0,
  y: 790 - top,
  width: x1 - x0,
  size: 10,
  bold: false,
  italic: false,
  ...extra,
});
const label = (text: string, x0: number, x1: number, top: number): TextRun => at(text, x0, x1, top, { bold: true });
const cells = (grid: ReturnType<typeof findUnruledGrids>['grids'][number] | undefined): string[][] =>
  (grid?.rows ?? []).map((r) => r.cells.map((c) => c.runs.filter((x) => x.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x).map((x) => x.text).join(' ')));
/** LibreOffice's line spacing in these tables: 18.5 pt; the labels' baselines stagger by half of it. */
const PITCH = 18.5;

describe('a header centred vertically, labels of one to three lines (LibreOffice, Letter, Helvetica-like face)', () => {
  // Measured (connectivity plan, a table's header at the top of its page): one-line labels on the
  // middle baseline (top 72.7), `Stand van zaken /` · `resultaten (t/m Q2 2020)` half a line over
  // and under it, `Wat gaan we` · `doen? (vanaf` · `Q2 2020)` a whole line over, on and under it.
  const header = [
    label('Wat gaan we', 418, 478.51, 54.2),
    label('Stand van zaken /', 287.8, 371.61, 63.4),
    label('Thema', 52.5, 84.65, 72.7),
    label('Opgave', 90.1, 126.74, 72.7),
    label('Actie', 160.1, 184.54, 72.7),
    label('doen? (vanaf', 418, 480.19, 72.7),
    label('Wie (tijd)', 485.6, 527.78, 72.7),
    label('resultaten (t/m Q2 2020)', 287.8, 401, 82),
    label('Q2 2020)', 418, 459.59, 91.3),
  ];
  const row = [
    at('Bevorderen van', 90.1, 155, 123, { bold: true }),
    at('In opdracht van EZK en', 160.1, 265, 123),
    at('De informatie uit dit', 287.8, 380, 123),
    at('Afgerond', 418, 458, 123),
    at('lokaal beleid', 90.1, 150, 141.6, { bold: true }),
    at('BZK heeft VNG een', 160.1, 250, 141.6),
    at('onderzoek is input.', 287.8, 372, 141.6),
  ];

  it('reads every label whole, those over and under the one-line labels\' baseline included', () => {
    const { grids, rest } = findUnruledGrids([...header, ...row], PITCH, 10);
    expect(cells(grids[0])).toEqual([
      ['Thema', 'Opgave', 'Actie', 'Stand van zaken / resultaten (t/m Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (tijd)'],
      ['', 'Bevorderen van lokaal beleid', 'In opdracht van EZK en BZK heeft VNG een', 'De informatie uit dit onderzoek is input.', 'Afgerond', ''],
    ]);
    // (No label is left over as a heading above the table.)
    expect(rest.map((r) => r.text)).toEqual([]);
  });

  it('takes no bold line in a gap of the labels a paragraph\'s distance above the header (a caption), nor one that runs across a label\'s start', () => {
    const caption = label('Tabel 2', 300, 335, 30);
    const across = label('Stand van zaken en plannen per opgave', 160.1, 330, 45);
    const { grids, rest } = findUnruledGrids([caption, across, ...header, ...row], PITCH, 10);
    expect(cells(grids[0])[0]).toEqual(['Thema', 'Opgave', 'Actie', 'Stand van zaken / resultaten (t/m Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (tijd)']);
    expect(rest.map((r) => r.text).sort()).toEqual(['Stand van zaken en plannen per opgave', 'Tabel 2']);
  });
});

describe('a label of two lines in a narrow gap beside a label of three (LibreOffice)', () => {
  it('takes the label whose lines start 8 pt past the end of the one-line labels\' baseline text into the header (a gutter narrower than an em)', () => {
    // Measured (connectivity plan, a second table on its page): `Stand van zaken /` ·
    // `resultaten (t/m Q2` · `2020)` a line apart, its middle line on the one-line labels'
    // baseline; `Wat gaan we doen? (vanaf` · `Q2 2020)` half a line over and under it, starting
    // 8.1 pt past `Q2`'s end.
    const runs = [
      label('Stand van zaken /', 285.9, 369.7, 248.3),
      label('Wat gaan we doen? (vanaf', 379, 504.4, 257.6),
      label('Thema', 52.5, 84.7, 266.9),
      label('Opgave', 121.6, 158.2, 266.9),
      label('Actie', 183.1, 207.5, 266.9),
      label('resultaten (t/m Q2', 285.9, 370.9, 266.9),
      label('Wie (tijd)', 516.5, 558.7, 266.9),
      label('Q2 2020)', 379, 420.6, 276.1),
      label('2020)', 285.9, 311.4, 285.4),
      at('Publicatie op', 183.1, 240.3, 308.2),
      at('Is gepubliceerd op', 285.9, 370, 308.2),
      at('Afgerond', 379, 419, 308.2),
      at('Rijksoverheid.nl van', 183.1, 272.5, 326.8),
      at('Rijksoverheid.nl.', 285.9, 360, 326.8),
    ];
    const { grids, rest } = findUnruledGrids(runs, PITCH, 10);
    expect(cells(grids[0])).toEqual([
      ['Thema', 'Opgave', 'Actie', 'Stand van zaken / resultaten (t/m Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (tijd)'],
      ['', '', 'Publicatie op Rijksoverheid.nl van', 'Is gepubliceerd op Rijksoverheid.nl.', 'Afgerond', ''],
    ]);
    expect(rest).toEqual([]);
  });
});

describe('two labels of two lines side by side in one gap of the one-line labels (LibreOffice)', () => {
  it('parts them where a gutter does on one of their lines, though too narrow on the other (`(t/m` · `Wat gaan`)', () => {
    // Measured (connectivity plan, the header repeated at the top of a page): `Thema  Opgave
    // Actie` on the middle baseline; over it `Stand van zaken / resultaten (t/m`, `Wat gaan we
    // doen?`, `Wie` with gutters of 4.6 and 6.6 pt (a word space is 2.8); under it `Q2 2020)`,
    // `(vanaf Q2 2020)`, `(tijd)`, far apart.
    const runs = [
      label('Stand van zaken / resultaten (t/m', 293.4, 448.8, 54.2),
      label('Wat gaan we doen?', 453.4, 546.6, 54.2),
      label('Wie', 553.2, 571, 54.2),
      label('Thema', 52.5, 84.7, 63.4),
      label('Opgave', 139.6, 176.2, 63.4),
      label('Actie', 180.1, 204.5, 63.4),
      label('Q2 2020)', 293.4, 335, 72.7),
      label('(vanaf Q2 2020)', 453.4, 527.2, 72.7),
      label('(tijd)', 553.2, 574.8, 72.7),
      at('Publicatie op', 180.1, 240, 104),
      at('Is gepubliceerd.', 293.4, 370, 104),
      at('Afgerond', 453.4, 493, 104),
      at('EZK (Q2)', 553.2, 590, 104),
    ];
    expect(cells(findUnruledGrids(runs, PITCH, 10).grids[0])).toEqual([
      ['Thema', 'Opgave', 'Actie', 'Stand van zaken / resultaten (t/m Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (tijd)'],
      ['', '', 'Publicatie op', 'Is gepubliceerd.', 'Afgerond', 'EZK (Q2)'],
    ]);
  });
});

describe('labels of four lines beside labels of one and two (LibreOffice)', () => {
  it('takes a tall label\'s first line, a whole line over its second and twice the half-step, into the header', () => {
    // Measured (connectivity plan, a table's last part on its page): `Stand van` / `zaken /` /
    // `resultaten (t/m` / `Q2 2020)` and `Wat gaan` / `we doen?` / `(vanaf Q2` / `2020)`, `Wie` /
    // `(tijd)` half a line over and under `Thema  Opgave  Actie`.
    const runs = [
      label('Stand van', 370.5, 418.3, 54.2),
      label('Wat gaan', 455.5, 499.9, 54.2),
      label('zaken /', 370.5, 403.8, 72.7),
      label('we doen?', 455.5, 501.6, 72.7),
      label('Wie', 518.3, 536, 72.7),
      label('Thema', 52.5, 84.7, 82),
      label('Opgave', 90.1, 126.7, 82),
      label('Actie', 227.9, 252.3, 82),
      label('resultaten (t/m', 370.5, 439.3, 91.3),
      label('(vanaf Q2', 455.5, 501, 91.3),
      label('(tijd)', 518.3, 539.9, 91.3),
      label('Q2 2020)', 370.5, 412.1, 109.8),
      label('2020)', 455.5, 481, 109.8),
      at('Op basis van een evaluatie', 227.9, 350, 140),
      at('Over deze acties', 370.5, 445, 140),
      at('Doorlopende', 455.5, 510, 140),
    ];
    const { grids, rest } = findUnruledGrids(runs, PITCH, 10);
    expect(cells(grids[0])).toEqual([
      ['Thema', 'Opgave', 'Actie', 'Stand van zaken / resultaten (t/m Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (tijd)'],
      ['', '', 'Op basis van een evaluatie', 'Over deze acties', 'Doorlopende', ''],
    ]);
    expect(rest).toEqual([]);
  });

  it('leaves a line a whole line over the header out when a text of it starts where none of the line under it does (a heading)', () => {
    const heading = label('Bijlage', 52.5, 90, 35.7);
    const runs = [heading, label('Stand van', 370.5, 418.3, 54.2), label('zaken /', 370.5, 403.8, 72.7), label('Thema', 52.5, 84.7, 82), label('Opgave', 90.1, 126.7, 82), label('Actie', 227.9, 252.3, 82), label('resultaten', 370.5, 420, 91.3), at('Op basis van', 227.9, 290, 140), at('Over deze acties', 370.5, 445, 140)];
    const { grids, rest } = findUnruledGrids(runs, PITCH, 10);
    expect(cells(grids[0])[0]).toEqual(['Thema', 'Opgave', 'Actie', 'Stand van zaken / resultaten']);
    expect(rest.map((r) => r.text)).toEqual(['Bijlage']);
  });
});

describe('gapStarts', () => {
  const base = [label('Thema', 52.5, 84.7, 63.4), label('Opgave', 139.6, 176.2, 63.4), label('Actie', 180.1, 204.5, 63.4), label('Wie', 553.2, 571, 63.4)];

  it('gives a start for each label in a gap of the base line, parted by a gutter of an em', () => {
    expect(gapStarts(base, [label('Stand van zaken /', 293.4, 390, 54.2), label('Wat gaan we doen?', 424.7, 517.9, 54.2)])).toEqual([293.4, 424.7]);
  });

  it('gives a start for a label that starts where a base text ending in a space ends (its column\'s edge: a narrow gutter)', () => {
    // LibreOffice, labels in capitals not bold, centred on three baselines 6.7 pt apart, 9 pt type
    // (p. 45 measured): the run `ACTIES ZOALS IN NDS ` ends at 241.0, where `STAND VAN ZAKEN/` over it
    // and `RESULTATEN` under it start.
    const thin = (text: string, x0: number, x1: number, top: number): TextRun => at(text, x0, x1, top, { size: 9 });
    const middle = [thin('ACTIES ZOALS IN NDS ', 140.3, 241, 15.7), thin('WAT GAAN WE DOEN?', 376.5, 474.9, 15.7), thin('WIE (TIJD)', 486.4, 530.8, 15.7)];
    const others = [thin("THEMA'S &", 52.5, 100.2, 9), thin('STAND VAN ZAKEN/', 241, 327.4, 9), thin('AMBITIE', 52.5, 88.5, 22.4), thin('RESULTATEN', 241, 300.5, 22.4)];
    expect(gapStarts(middle, others)).toEqual([52.5, 241]);
    // (Bad input: a text with no space at its end, ending there, is as it was: the next text must
    // stand half an em past it.)
    expect(gapStarts([{ ...(middle[0] as TextRun), text: 'ACTIES ZOALS IN NDS' }, ...middle.slice(1)], others)).toEqual([52.5]);
  });

  it('gives none for text that goes on from a base label (less than half an em past its end), runs into the next, or stands on the base line', () => {
    expect(gapStarts(base, [label('ambitie', 52.5, 88, 72.7), label('zaken', 207, 240, 54.2), label('resultaten (t/m Q2 2020)', 293.4, 560, 54.2), label('Q2', 300, 320, 63.4)])).toEqual([]);
    expect(gapStarts([], [label('Thema', 52.5, 84.7, 63.4)])).toEqual([]);
  });
});

describe('a cell\'s last line pushed down by a note number beside another column\'s (LibreOffice, rows centred, 1.86 em line spacing)', () => {
  it('keeps both last lines in their row: the step is measured in a column both lines fill, not from whichever run comes first', () => {
    // Measured (connectivity plan, p. 102 of a Letter rendering; baselines): `Weverling.` with its
    // raised `66` stands 21.7 pt under `conform de motie`, `delen.` 18.7 pt under `practices te`;
    // the two are one line 1.5 pt apart. The wrapped lines' step is 18.6 pt, 1.86 times the type.
    const t = (text: string, x: number, y: number, size = 10): TextRun => ({ text, x, y, width: text.length * 4, size, bold: false, italic: false });
    const runs = [
      ...[['Actie', 160.1], ['Stand van zaken', 287.8], ['Wat gaan we doen?', 418], ['Wie (tijd)', 500]].map(([text, x]) => ({ ...t(text as string, x as number, 260), bold: true })),
      t('vergemakkelijken en te', 160.1, 222.5),
      t('De eerste best practices', 287.8, 222.5),
      t('oproepen om', 418, 221),
      t('EZK', 500, 221),
      t('komen tot best practices', 160.1, 203.9),
      t('zijn gepubliceerd.', 287.8, 203.9),
      t('meer best', 418, 202.3),
      t('conform de motie', 160.1, 185.2),
      t('practices te', 418, 183.7),
      t('delen.', 418, 165),
      t('Weverling.', 160.1, 163.5),
      t('66', 210.1, 168.2, 8),
      t('Opstellen van een kader.', 160.1, 140.9),
      t('Het kader is gepubliceerd.', 287.8, 140.9),
      t('Afgerond', 418, 140.9),
    ];
    const rows = cells(findUnruledGrids(runs, 18.6, 10).grids[0]).slice(1);
    // (The helper orders a cell's runs by baseline: the raised number before its line.)
    expect(rows.map((r) => r[0]?.replace(' 66', ''))).toEqual(['vergemakkelijken en te komen tot best practices conform de motie Weverling.', 'Opstellen van een kader.']);
    expect(rows[0]?.[0]).toContain('66');
    expect(rows[0]?.[2]).toBe('oproepen om meer best practices te delen.');
  });
});

describe('a header centred vertically under wide line spacing (LibreOffice, A4, 9 pt labels, lines 16.7 pt apart)', () => {
  // Measured (the first appendix table, under the last notes of the body; x from the left, y the
  // baseline up from the page's foot): `Domein & ambitie` and `Wie (Tijd)` on the middle baseline,
  // the two-line labels half a line (8.4 pt, more than nine tenths of the letters' size) over and
  // under it, each label shaded to its own height; the first row a line and more under them.
  const run = (text: string, x: number, x1: number, y: number, extra: Partial<TextRun> = {}): TextRun => ({ text, x, y, width: x1 - x, size: 9, bold: true, italic: false, ...extra });
  const header = [
    run('Domein & ambitie ', 52.5, 133.6, 294.49),
    run('Acties zoals in', 133.6, 196.12, 302.89),
    run('NDS', 133.6, 152.6, 286.09),
    run('Stand van zaken/resultaten (t/m', 200.4, 335.44, 302.89),
    run('Q2 2020)', 200.4, 237.92, 286.09),
    run('Wat gaan we doen? (vanaf Q2', 343.1, 470.63, 302.89),
    run('2020)', 343.1, 366.11, 286.09),
    run(' ', 366.11, 487.4, 286.09),
    run('Wie (Tijd)', 487.4, 527.9, 294.49),
  ];
  const plain = { bold: false };
  const row = [
    run('Impuls', 343.1, 369.61, 265.29, { bold: false, italic: true }),
    run('•', 364.4, 367.59, 246.59, plain),
    run('Om digitalisering en', 378.6, 458.12, 246.59, plain),
    run('automatisering in de', 378.6, 459.64, 229.89, plain),
  ];
  const shading = [
    [52.4, 291.8, 130.6, 304.7],
    [133.5, 283.4, 197.4, 313],
    [200.3, 283.4, 340.1, 313],
    [343, 283.4, 484.5, 313],
    [487.3, 291.8, 543.8, 304.7],
  ].map(([x0, y0, x1, y1]) => ({ x0: x0 as number, y0: y0 as number, x1: x1 as number, y1: y1 as number, color: '#e4ecf4' }));
  const LABELS = ['Domein & ambitie', 'Acties zoals in NDS', 'Stand van zaken/resultaten (t/m Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (Tijd)'];

  it('reads the three staggered lines as one header, every label whole, and the row under it', () => {
    const { grids, rest } = findUnruledGrids([...header, ...row], 16.7, 9, { rules: [], fills: shading });
    const read = cells(grids[0]);
    expect(read[0]?.map((l) => l.trim())).toEqual(LABELS);
    expect(read.slice(1).map((r) => r[3]).join(' ')).toBe('Impuls • Om digitalisering en automatisering in de');
    expect(rest.map((r) => r.text.trim()).filter((t) => t !== '')).toEqual([]);
  });

  it('reads no bold line a whole line under the header into it: a bold theme opening the first row', () => {
    const theme = run('Ander werk,', 52.5, 100, 265.29);
    const { grids } = findUnruledGrids([...header, theme, ...row], 16.7, 9, { rules: [], fills: shading });
    expect(cells(grids[0])[0]?.map((l) => l.trim())).toEqual(LABELS);
    expect(cells(grids[0])[1]?.[0]).toBe('Ander werk,');
  });

  it('takes no bold caption half a line over the labels that runs across where one starts', () => {
    const caption = run('Tabel 3: Acties en hun stand van zaken', 133.6, 300, 311.29);
    const { grids, rest } = findUnruledGrids([caption, ...header, ...row], 16.7, 9, { rules: [], fills: shading });
    expect(cells(grids[0])[0]?.map((l) => l.trim())).toEqual(LABELS);
    expect(rest.map((r) => r.text)).toContain('Tabel 3: Acties en hun stand van zaken');
  });
});

describe('runsAcross', () => {
  const t = (x0: number, x1: number): TextRun => ({ text: 'x', x: x0, y: 700, width: x1 - x0, size: 9, bold: true, italic: false });

  it('tells a caption across the start of the next column\'s label from the lines of one label centred in its cell', () => {
    // (`Stand van zaken en plannen per opgave` 160–330 over `Stand van zaken /` 287.8–371.6.)
    expect(runsAcross([t(160, 330)], [t(287.8, 371.6)])).toBe(true);
    // (`Acti` 181.7–203.9 over `es` 186.8–198.7 and `s in` 182.7–202.8: inside it.)
    expect(runsAcross([t(181.7, 203.9)], [t(186.8, 198.7)])).toBe(false);
    expect(anyRunsAcross([t(181.7, 203.9)], [t(186.8, 198.7), t(182.7, 202.8), t(180.3, 205.3)])).toBe(false);
  });

  it('takes a page of bold text, more texts than any header has labels, for text that does (bounded: not compared pair by pair)', () => {
    const many = Array.from({ length: 5000 }, (_, k) => t(k * 0.1, k * 0.1 + 0.05));
    expect(anyRunsAcross(many, many)).toBe(true);
  });
});

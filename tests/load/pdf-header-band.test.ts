import { describe, expect, it } from 'vitest';
import { layoutPages } from '../../src/load/pdf/layout';
import type { PageData, TextRun } from '../../src/load/pdf/page-data';
import type { Block } from '../../src/model/document';

// Chromium, A4 landscape: `td { border-bottom }` and `th { background: #123; color: #fff }`: the
// header's cells draw no border of their own, only their band; every row is ruled under.
const run = (text: string, x: number, y: number, extra: Partial<TextRun> = {}): TextRun => ({ text, x, y, width: text.length * 4.5, size: 9, bold: false, italic: false, ...extra });
const row = (y: number, cells: [string, number][], extra: Partial<TextRun> = {}): TextRun[] => cells.map(([t, x]) => run(t, x, y, extra));
const rule = (y: number, xs: number[]) => xs.slice(1).map((x, k) => ({ x0: xs[k] as number, x1: x, y0: y - 0.4, y1: y + 0.4 }));
const band = (y0: number, y1: number, xs: number[], color = '#112233') => xs.slice(1).map((x, k) => ({ x0: xs[k] as number, x1: x, y0, y1, color }));
const page = (runs: TextRun[], rules: PageData['rules'], fills: PageData['fills']): PageData => ({ page: 1, width: 842, height: 595, runs, rules, fills, links: [] });
const tables = (blocks: Block[]): string[][][] => blocks.flatMap((b) => (b.kind === 'table' ? [b.rows.map((r) => r.cells.map((c) => c.text))] : []));
const pageText = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.kind === 'table' ? [] : ['text' in b ? b.text : JSON.stringify(b)]));

const columns = [45.7, 446.2, 516, 586.5];

describe('a header band over a table ruled under its rows', () => {
  it('parts the header from the first row at the band’s foot, where no rule is drawn (Tabel 1)', () => {
    const runs = [
      ...row(544, [['(x € 1 mln) Stand Voorjaarsnota 2020', 48.7], ['2020', 449], ['2021', 519.1]], { bold: true }),
      ...row(526, [['PPS-toeslag', 48.7], ['137', 449], ['170', 519.1]]),
      ...row(507.5, [['Internationaal innoveren', 48.7], ['41', 449], ['41', 519.1]]),
      ...row(489.5, [['Totaal', 48.7], ['178', 449], ['211', 519.1]], { bold: true }),
    ];
    const blocks = layoutPages([page(runs, [...rule(519.6, columns), ...rule(500.9, columns), ...rule(482.9, columns)], band(537.2, 555.2, columns))]);
    expect(tables(blocks)).toEqual([
      [
        ['(x € 1 mln) Stand Voorjaarsnota 2020', '2020', '2021'],
        ['PPS-toeslag', '137', '170'],
        ['Internationaal innoveren', '41', '41'],
        ['Totaal', '178', '211'],
      ],
    ]);
  });

  it('takes the band into the table when the row under it is the only one over the first rule (Tabel 2)', () => {
    const runs = [
      run('Tabel 2: Specifieke investeringen Smart Industry', 45.7, 244, { bold: true }),
      ...row(221.5, [['Financieringsbron (x € 1 mln.)', 48.7], ['2017', 449], ['2018', 519.1]], { bold: true }),
      ...row(203.5, [['Europese Unie', 48.7], ['22', 449], ['27', 519.1]]),
      ...row(185, [['Rijk', 48.7], ['29', 449], ['65', 519.1]]),
    ];
    const blocks = layoutPages([page(runs, [...rule(197.1, columns), ...rule(178.4, columns)], band(214.7, 232.7, columns))]);
    expect(tables(blocks)).toEqual([
      [
        ['Financieringsbron (x € 1 mln.)', '2017', '2018'],
        ['Europese Unie', '22', '27'],
        ['Rijk', '29', '65'],
      ],
    ]);
    expect(pageText(blocks)).toEqual(['Tabel 2: Specifieke investeringen Smart Industry']);
  });

  it('leaves a note set between two such tables to the page, and parts the tables at the lower one’s band', () => {
    const upper = [45.7, 185.2, 405, 796.5];
    const lower = [45.7, 132, 403.5, 796.5];
    const runs = [
      ...row(310, [['', 48.7], ['Project van BZK om te kijken hoe', 187.9], ['Op 17 april is het programma gelanceerd.', 408.2]]),
      run('65', 45.7, 268, { size: 7.5 }),
      run('Kamerstuk 24 095, nr. 452', 56.6, 264.2),
      ...row(241.7, [['Thema', 48.7], ['Actie', 134.8], ['Stand van zaken / resultaten', 406.4]], { bold: true }),
      ...row(223.7, [['Bevorderen van lokaal beleid', 48.7], ['In opdracht van EZK heeft VNG een analyse', 134.8], ['De informatie is gepubliceerd.', 406.4]]),
    ];
    const blocks = layoutPages([page(runs, [...rule(330, upper), ...rule(283.7, upper), ...rule(210, lower)], band(235, 253, lower))]);
    const found = tables(blocks);
    expect(found.flat().flat().join(' ')).not.toContain('Kamerstuk');
    expect(found.at(-1)).toEqual([
      ['Thema', 'Actie', 'Stand van zaken / resultaten'],
      ['Bevorderen van lokaal beleid', 'In opdracht van EZK heeft VNG een analyse', 'De informatie is gepubliceerd.'],
    ]);
    expect(JSON.stringify(blocks.filter((b) => b.kind !== 'table'))).toContain('Kamerstuk 24 095, nr. 452');
  });

  it('does not part a row at a shaded band that names no columns (a shaded row of a table ruled under its rows)', () => {
    const runs = [
      ...row(544, [['(x € 1 mln)', 48.7], ['2020', 449], ['2021', 519.1]], { bold: true }),
      ...row(526, [['Totaal van alle', 48.7], ['1.563', 449], ['1.607', 519.1]], { bold: true }),
      run('regelingen samen', 48.7, 515, { bold: true }),
    ];
    // The total's row shaded cell by cell, in bold, on two lines (the band's edges a little inside its rules).
    const blocks = layoutPages([page(runs, [...rule(555, columns), ...rule(537, columns), ...rule(508, columns)], band(508.6, 536.4, columns, '#dddddd'))]);
    expect(tables(blocks)).toEqual([
      [
        ['(x € 1 mln)', '2020', '2021'],
        ['Totaal van alle regelingen samen', '1.563', '1.607'],
      ],
    ]);
  });
});

describe('a shaded note between two tables ruled under their rows', () => {
  it('is no header band: the note is the page’s text, and the lower table’s header keeps its row', () => {
    const years = [...columns, 656.2];
    const runs = [
      ...row(400, [['(x € 1 mln)', 48.7], ['2020', 449], ['2021', 519.1], ['2022', 589.2]], { bold: true }),
      ...row(380, [['WBSO', 48.7], ['1.281', 449], ['1.281', 519.1], ['1.281', 589.2]]),
      run('Let op: de bedragen voor 2021 zijn voorlopig en kunnen nog wijzigen.', 48.7, 352),
      ...row(322, [['Financieringsbron', 48.7], ['2017', 449], ['2018', 519.1], ['2019', 589.2]], { bold: true }),
      ...row(302, [['Rijk', 48.7], ['29', 449], ['65', 519.1], ['83', 589.2]]),
    ];
    const rules = [...rule(410, years), ...rule(392, years), ...rule(372, years), ...rule(314, years), ...rule(294, years)];
    const blocks = layoutPages([page(runs, rules, band(344, 362, years, '#eeeeee'))]);
    // (The two tables read as one: a header of years alone under another is no new table's.)
    const rows = tables(blocks).flat();
    expect(rows.slice(-2)).toEqual([
      ['Financieringsbron', '2017', '2018', '2019'],
      ['Rijk', '29', '65', '83'],
    ]);
    expect(rows.flat().join(' ')).not.toContain('Let op');
    expect(pageText(blocks)).toContain('Let op: de bedragen voor 2021 zijn voorlopig en kunnen nog wijzigen.');
  });
});

describe('tables labelled in other Dutch words, stacked on a page and ruled under their rows', () => {
  // Set 114's wkhtmltopdf rendering: `Pijler & ambitie` · `Maatregelen` · `Realisatie` · `Ministerie (gereed)`,
  // in bold, over each of two tables of one width but their own columns (each sized to its text);
  // no shading, rules under every row, so the two tables' rules make one connected set.
  const upper = [45.7, 185.2, 405, 600, 796.5];
  const lower = [45.7, 160, 420, 640, 796.5];
  const cells = (y: number, texts: string[], xs: number[], extra: Partial<TextRun> = {}): TextRun[] => row(y, texts.map((t, k) => [t, (xs[k] as number) + 3] as [string, number]), extra);
  const LABELS = ['Pijler & ambitie', 'Maatregelen', 'Realisatie', 'Ministerie (gereed)'];
  const rules = [...rule(510, upper), ...rule(492, upper), ...rule(470, upper), ...rule(450, upper), ...rule(432, lower), ...rule(410, lower)];
  const first = cells(480, ['Digitale infrastructuur', '31) Voor de zomer komt er een actieplan.', 'In juli 2018 is het actieplan gepubliceerd.', 'EZK (Doorlopend)'], upper);
  const last = cells(420, ['Een veilige samenleving', '32) Met de Cyber Security Agenda.', 'De agenda verschijnt voor de zomer.', 'JenV (Doorlopend)'], lower);

  it('starts the second table at its header: labels in bold, three or more, in words the extractors know', () => {
    const blocks = layoutPages([page([...cells(500, LABELS, upper, { bold: true }), ...first, ...cells(440, LABELS, lower, { bold: true }), ...last], rules, [])]);
    expect(tables(blocks).map((t) => t.filter((r) => r.some((c) => c !== '')).map((r) => r[1]))).toEqual([
      ['Maatregelen', '31) Voor de zomer komt er een actieplan.'],
      ['Maatregelen', '32) Met de Cyber Security Agenda.'],
    ]);
  });

  it('not at a row whose cells only open with such words, set in the body’s weight (bad input): the table goes on', () => {
    const prose = cells(440, ['Pijler van het beleid', 'Maatregelen zijn genomen.', 'Realisatie loopt.', 'Ministerie voert uit.'], lower);
    const blocks = layoutPages([page([...cells(500, LABELS, upper, { bold: true }), ...first, ...prose, ...last], rules, [])]);
    expect(tables(blocks)).toHaveLength(1);
    expect(tables(blocks)[0]?.map((r) => r[1])).toContain('Maatregelen zijn genomen.');
  });
});

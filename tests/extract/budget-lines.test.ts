import { describe, expect, it } from 'vitest';
import { extractBudgetLines, unitOf, yearOf } from '../../src/extract/budget-lines';
import { parseDutchNumber } from '../../src/extract/common/numbers';
import { loadMarkdown } from '../../src/load/markdown';
import { segmentDocument } from '../../src/segment/sections';
import { markdownText, segmented } from '../helpers/fixture';

/** The budget lines of a markdown edition's text. */
const budgetOf = (md: string) => extractBudgetLines(segmentDocument(loadMarkdown(md, 'nds.md')).value);

describe('parseDutchNumber', () => {
  it.each([
    ['1.521', 1521],
    ['23,5', 23.5],
    ['1.281', 1281],
    ['137', 137],
    ['1.234.567,25', 1234567.25],
    ['abc', null],
    ['1.52', null],
    [' 55 ', 55],
    // A space that groups thousands; two figures that two rows run together are no number.
    ['1 281', 1281],
    ['137 41', null],
  ])('%s → %s', (text, value) => {
    expect(parseDutchNumber(text)).toBe(value);
  });
});

describe('extractBudgetLines on the NDS 2020 markdown edition', () => {
  const { lines, checks, diagnostics } = extractBudgetLines(segmented());
  const value = (table: string, row: string, year: number) => lines.find((l) => l.table === table && l.row === row && l.year === year)?.value;

  it('reads 65 numbers: 12 of the WBSO series, 35 of Tabel 1, 18 of Tabel 2', () => {
    expect(lines).toHaveLength(65);
    expect(lines.filter((l) => l.table === 'WBSO')).toHaveLength(12);
    expect(lines.filter((l) => l.table === 'Tabel 1')).toHaveLength(35);
    expect(lines.filter((l) => l.table === 'Tabel 2')).toHaveLength(18);
  });

  it('reads the WBSO series where a font without a euro sign set another glyph for it (pdfTeX\'s Times: `C`)', () => {
    const md = markdownText().replace(/(\(\d{4}\) budget )€( [\d.]+ mln\. waarvan \d+% naar ICT-innovaties = )€/g, '$1C$2C');
    expect(md).toContain('(2016) budget C 1.143 mln. waarvan 29% naar ICT-innovaties = C 335 mln.');
    const read = budgetOf(md).lines.filter((l) => l.table === 'WBSO');
    expect(read.filter((l) => l.year === 2016).map((l) => [l.row, l.value])).toEqual([['budget', 1143], ['aandeel naar ICT-innovaties', 29], ['naar ICT-innovaties', 335]]);
    expect(read).toHaveLength(12);
  });

  it('reads every year of the WBSO series where a producer ran the years\' sentences into one paragraph (WeasyPrint, double-spaced)', () => {
    // (The four lines joined into one, as the PDF loader read them with no space between them.)
    const md = markdownText().replace(/\n\n(\(20(?:17|18|19)\) budget)/g, ' $1');
    expect(md).toMatch(/= € 335 mln\. \(2017\) budget/);
    const read = budgetOf(md).lines.filter((l) => l.table === 'WBSO');
    expect(read.map((l) => l.year)).toEqual([2016, 2016, 2016, 2017, 2017, 2017, 2018, 2018, 2018, 2019, 2019, 2019]);
    expect(read.filter((l) => l.year === 2019).map((l) => [l.row, l.value])).toEqual([['budget', 1521], ['aandeel naar ICT-innovaties', 20], ['naar ICT-innovaties', 304]]);
  });

  it('reads the WBSO series per year', () => {
    expect(value('WBSO', 'budget', 2016)).toBe(1143);
    expect(value('WBSO', 'aandeel naar ICT-innovaties', 2016)).toBe(29);
    expect(value('WBSO', 'naar ICT-innovaties', 2016)).toBe(335);
    expect(value('WBSO', 'budget', 2019)).toBe(1521);
    expect(value('WBSO', 'aandeel naar ICT-innovaties', 2019)).toBe(20);
    expect(lines.find((l) => l.table === 'WBSO' && l.year === 2017 && l.unit === 'percent')).toMatchObject({ value: 21, source: { line: 1361 } });
  });

  it('reads every cell of Tabel 1 (Generieke investeringen)', () => {
    const expected: Record<string, number[]> = {
      'PPS-toeslag': [137, 170, 180, 193, 183],
      'Internationaal innoveren': [41, 41, 40, 40, 40],
      Innovatiekrediet: [55, 56, 57, 57, 59],
      Eurostars: [18, 18, 18, 18, 18],
      MIT: [31, 41, 40, 40, 41],
      WBSO: [1281, 1281, 1281, 1281, 1281],
      Totaal: [1563, 1607, 1616, 1629, 1622],
    };
    for (const [row, values] of Object.entries(expected)) {
      expect([2020, 2021, 2022, 2023, 2024].map((y) => value('Tabel 1', row, y))).toEqual(values);
    }
    expect(lines.find((l) => l.table === 'Tabel 1')).toMatchObject({ tableTitle: 'Generieke investeringen', unit: 'EUR million' });
    expect(lines.filter((l) => l.table === 'Tabel 1' && l.isTotal).map((l) => l.row)).toEqual(['Totaal', 'Totaal', 'Totaal', 'Totaal', 'Totaal']);
  });

  it('reads every cell of Tabel 2 (Specifieke investeringen Smart Industry)', () => {
    const expected: Record<string, number[]> = {
      'Europese Unie': [22, 27, 34],
      Rijk: [29, 65, 83],
      Regio: [27, 29, 47],
      Privaat: [82, 96, 117],
      Kennisinstellingen: [18, 24, 34],
      Totaal: [178, 241, 315],
    };
    for (const [row, values] of Object.entries(expected)) {
      expect([2017, 2018, 2019].map((y) => value('Tabel 2', row, y))).toEqual(values);
    }
    expect(lines.find((l) => l.table === 'Tabel 2')?.tableTitle).toBe('Specifieke investeringen Smart Industry');
  });

  it('checks every total against its column: all 8 add up', () => {
    expect(checks.map((c) => [c.table, c.column, c.expected, c.sum, c.ok])).toEqual([
      ['Tabel 1', '2020', 1563, 1563, true],
      ['Tabel 1', '2021', 1607, 1607, true],
      ['Tabel 1', '2022', 1616, 1616, true],
      ['Tabel 1', '2023', 1629, 1629, true],
      ['Tabel 1', '2024', 1622, 1622, true],
      ['Tabel 2', '2017', 178, 178, true],
      ['Tabel 2', '2018', 241, 241, true],
      ['Tabel 2', '2019', 315, 315, true],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('reports a total that does not add up as a warning with its place, not a crash', () => {
    const changed = markdownText().replace('Rijk\t29\t65\t83', 'Rijk\t30\t65\t83');
    const result = budgetOf(changed);
    const failed = result.checks.filter((c) => !c.ok);
    expect(failed).toEqual([{ table: 'Tabel 2', column: '2017', expected: 178, sum: 179, ok: false, place: { line: 1431 } }]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'table-total-mismatch', severity: 'warning', place: { line: 1431 } })]);
    expect(result.lines.find((l) => l.table === 'Tabel 2' && l.row === 'Rijk' && l.year === 2017)?.value).toBe(30);
  });

  it('reports a cell of a year column that holds text but no figure as content left unread, with its place (a note run into it)', () => {
    const changed = markdownText().replace('<b>Totaal</b>\t<b>1.563</b>', '<b>Totaal</b>\t<b>1.563 gelabeld</b>');
    expect(changed).not.toBe(markdownText());
    const result = budgetOf(changed);
    expect(result.lines.filter((l) => l.table === 'Tabel 1' && l.row === 'Totaal').map((l) => l.year)).toEqual([2021, 2022, 2023, 2024]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'content-unread', severity: 'error', message: 'budget table Tabel 1, row "Totaal", 2020: the cell holds "1.563 gelabeld", not a figure, so no budget-lines record was made of it', place: { line: 1380 } }),
    ]);
  });

  it('reports a year table whose label column was not read as content left unread, and makes no lines labelled with figures', () => {
    // Tabel 1 (lines 1373-1380) as a layout that set its first column apart leaves it: a year over
    // the first column, figures where the labels stood.
    const changed = markdownText()
      .split('\n')
      .map((line, i) => (i >= 1372 && i <= 1379 ? line.slice(line.indexOf('\t') + 1) : line))
      .join('\n');
    expect(changed).toContain('\n2020\t2021\t2022\t2023\t2024\n137\t170');
    const result = budgetOf(changed);
    expect(result.lines.filter((l) => l.table === 'Tabel 1')).toEqual([]);
    expect(result.lines.filter((l) => l.table === 'Tabel 2')).toHaveLength(18);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'content-unread', severity: 'error', message: expect.stringContaining("Tabel 1: its rows' labels were not read (the table's first column is the year 2020)"), place: { line: 1373 } }),
    ]);
  });
});

describe('budget tables an edition sets otherwise', () => {
  const TABEL2 = 'Financieringsbron (x € 1 mln.)\t2017\t2018\t2019';
  const tabel2 = (lines: ReturnType<typeof budgetOf>['lines']) => lines.filter((l) => l.table === 'Tabel 2').map((l) => [l.row, l.year, l.value]);
  const original = tabel2(extractBudgetLines(segmented()).lines);

  it('reads a year marked for a note (`2018*`, `2019 (raming)`) as its year, and says so', () => {
    const { lines, diagnostics } = budgetOf(markdownText().replace(TABEL2, 'Financieringsbron (x € 1 mln.)\t2017\t2018*\t2019 (raming)'));
    expect(tabel2(lines)).toEqual(original);
    expect(diagnostics.filter((d) => d.code === 'table-year-marked').map((d) => d.message)).toEqual(['Tabel 2: year columns with a mark (2018*, 2019 (raming); a note under the table says what it means) were read as their years']);
  });

  it('records figures in thousands of euros (`x € 1.000`) in millions, the unit the records hold', () => {
    const md = markdownText()
      .replace(TABEL2, 'Financieringsbron (x € 1.000)\t2017\t2018\t2019')
      .replace('Europese Unie\t22\t27\t34', 'Europese Unie\t22.000\t27.000\t34.500');
    const { lines, checks, diagnostics } = budgetOf(md);
    expect(tabel2(lines).slice(0, 3)).toEqual([['Europese Unie', 2017, 22], ['Europese Unie', 2018, 27], ['Europese Unie', 2019, 34.5]]);
    expect(diagnostics.filter((d) => d.code === 'table-unit-scaled').map((d) => [d.severity, d.message])).toEqual([['info', 'Tabel 2: its figures are in thousands of euros ("Financieringsbron (x € 1.000)"), recorded in millions (× 0.001)']]);
    expect(lines.find((l) => l.table === 'Tabel 2')?.unit).toBe('EUR million');
    // (The other rows, in this test still written in millions, now are thousandths: the 2019 total no longer adds up.)
    expect(checks.filter((c) => c.table === 'Tabel 2').map((c) => c.ok)).toEqual([false, false, false]);
  });

  it('checks a column of row totals (`Totaal`) against each row’s years, and reports a column that is no year and no total', () => {
    const withTotals = markdownText()
      .replace(TABEL2, `${TABEL2}\tTotaal`)
      .replace('Europese Unie\t22\t27\t34', 'Europese Unie\t22\t27\t34\t83')
      .replace('Rijk\t29\t65\t83', 'Rijk\t29\t65\t83\t170');
    const { lines, checks, diagnostics } = budgetOf(withTotals);
    expect(tabel2(lines)).toEqual(original);
    expect(checks.filter((c) => c.column.startsWith('Totaal:')).map((c) => [c.column, c.expected, c.sum, c.ok])).toEqual([
      ['Totaal: Europese Unie', 83, 83, true],
      ['Totaal: Rijk', 170, 177, false],
    ]);
    expect(diagnostics.filter((d) => d.code === 'table-total-mismatch').map((d) => d.message)).toEqual(['Tabel 2 "Rijk": Totaal 170 but its years add up to 177']);
    const withNotes = markdownText().replace(TABEL2, `${TABEL2}\tToelichting`).replace('Rijk\t29\t65\t83', 'Rijk\t29\t65\t83\tinclusief regio-deals');
    expect(budgetOf(withNotes).diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual(['budget table Tabel 2: 1 cell(s) under "Toelichting", which is no year, were not read (e.g. "inclusief regio-deals")']);
  });
});

describe('unitOf and yearOf', () => {
  it.each([
    ['(x € 1 mln) Stand Voorjaarsnota 2020', 'EUR million', 1],
    ['Financieringsbron (x € 1.000)', 'EUR million', 0.001],
    ['bedragen in duizenden euro', 'EUR million', 0.001],
    ['x € 1.000.000', 'EUR million', 1],
    ['(x € 1 mld)', 'EUR million', 1000],
    ['aandeel in procenten', 'percent', 1],
    ['Financieringsbron', 'EUR million', 1],
  ])('%s → %s × %s', (label, unit, factor) => {
    expect(unitOf(label)).toEqual({ unit, factor });
  });

  it.each([
    ['2023', 2023],
    ['2023*', 2023],
    ['2024¹', 2024],
    ['2023 (raming)', 2023],
    ['20231', null],
    ['Totaal', null],
    ['2023-2024', null],
  ])('%s → %s', (label, year) => {
    expect(yearOf(label)).toBe(year);
  });
});

/**
 * A table's header that the page break cut, in a table drawn without rules (wkhtmltopdf splits a
 * header row as it splits any row): its first line (`Thema · Opgave · Actie · Wat gaan we · Stand van
 * zaken … · Wie`) stands at the foot of one page, its further lines (`doen? (vanaf` · `(tijd)`, then
 * `Q2 2020)`) open the next. Those lines are the header's: they complete its labels
 * (src/load/pdf/unruled/index.ts, carriedHeader). They were passed over as no row, and `Wat gaan we`
 * alone names no column: the rows' plans were read as text in a column no label names, and the
 * plans of six connectivity actions were lost (exit 1, measured on a rendering of the 2023 edition).
 * Excerpt: tests/fixtures/excerpts/wkhtmltopdf-cut-header.pdf (the 2020 edition, a spacer pushing the
 * connectivity plan's fourth table down until the break cuts its header; scripts/render-producers.mjs).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../src/model/document';
import { ROOT } from '../helpers/fixture';
import { cachedModel } from '../helpers/models';
import type { TextRun } from '../../src/load/pdf/page-data';
import { findUnruledGrids, type OpenColumns } from '../../src/load/pdf/unruled';
import { columnsFrom } from '../../src/load/pdf/unruled/pieces';

const run = (text: string, x: number, y: number, extra: Partial<TextRun> = {}): TextRun => ({ text, x, y, width: text.length * 3.2, size: 6, bold: false, italic: false, ...extra });
const label = (text: string, x: number, y: number): TextRun => run(text, x, y, { bold: true });
const texts = (grid: ReturnType<typeof findUnruledGrids>['grids'][number] | undefined): string[][] =>
  (grid?.rows ?? []).map((r) => r.cells.map((c) => c.runs.filter((x) => x.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x).map((x) => x.text).join(' ')));

/** Where the columns start (measured: wkhtmltopdf, A4 landscape, the connectivity plan of the 2023 edition). */
const STARTS = [16.7, 43.1, 140.3, 292.2, 345.8, 561.3];

/** The page before ended with the header's first line and no row under it. */
function openAfter(header: TextRun[]): OpenColumns {
  return { columns: columnsFrom(STARTS, 616.5), right: 616.5, fromText: true, header, headerStarts: STARTS };
}

const firstLine = [label('Thema', 16.7, 18.5), label('Opgave', 43.1, 18.5), label('Actie', 140.3, 18.5), label('Wat gaan we', 292.2, 18.5), label('Stand van zaken / resultaten (t/m Q2 2020)', 345.8, 18.5), label('Wie', 561.3, 18.5)];

/** The rows under the header on the next page: action, plans, status, owners. */
const rows = [
  run('Onderzoeken of Telecomwet gemeenten', 140.3, 806.9),
  run('Nog te bepalen', 292.2, 806.9),
  run('De mogelijkheden onder het huidige en het nieuwe Europese', 345.8, 806.9),
  run('EZK', 561.3, 806.9),
  run('mogelijkheden biedt om het concurrentiespel', 140.3, 799.4),
  run('op basis van de', 292.2, 799.4),
  run('telecomkader worden geanalyseerd.', 345.8, 799.4),
  run('(Q4)', 561.3, 799.4),
  run('Creëren van goede ruimtelijke randvoorwaarden', 140.3, 777.4),
  run('Het ministerie van BZK komt met een Kamerbrief.', 345.8, 777.4),
  run('EZK', 561.3, 777.4),
];

const EXCERPT = join(ROOT, 'tests', 'fixtures', 'excerpts', 'wkhtmltopdf-cut-header.pdf');

describe('a header the page break cut in a table without rules', () => {
  it('reads the table under a header wkhtmltopdf cut after its first line whole, its plans in their column (excerpt)', async () => {
    const model = await cachedModel(EXCERPT);
    const tables = model.blocks.filter((b): b is TableBlock => b.kind === 'table');
    const row = tables.flatMap((t) => t.rows).find((r) => r.cells.some((c) => c.text.startsWith('Onderzoeken of Telecomwet gemeenten')));
    const table = tables.find((t) => t.rows.includes(row as TableBlock['rows'][number]));
    expect(table?.rows[0]?.cells.map((c) => c.text)).toEqual(['Thema', 'Opgave', 'Actie', 'Stand van zaken / resultaten (t/m Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (tijd)']);
    expect(row?.cells.map((c) => c.text)).toEqual(['', '', 'Onderzoeken of Telecomwet gemeenten mogelijkheden biedt om het concurrentiespel tussen marktpartijen beter te ordenen.', 'De mogelijkheden onder het huidige en het nieuwe Europese telecomkader worden geanalyseerd.', 'Nog te bepalen op basis van de uitkomsten van de analyse.', 'EZK (Q4)']);
    // (Nothing of the second page stands in a column no label names. The first page opens with rows
    // whose header was on a page the excerpt left out: said as such, not this.)
    expect((model.diagnostics ?? []).filter((d) => d.code === 'content-unread' && d.place?.page === 2)).toEqual([]);
  });

  it('reads the header\'s lines that open the next page into its labels, so that every label names its column', () => {
    const restOfHeader = [label('doen? (vanaf', 292.2, 826.5), label('(tijd)', 561.3, 826.5), label('Q2 2020)', 292.2, 819)];
    const { grids, rest } = findUnruledGrids([...restOfHeader, ...rows], 7.5, 9, undefined, openAfter(firstLine));
    expect(texts(grids[0])[0]).toEqual(['Thema', 'Opgave', 'Actie', 'Wat gaan we doen? (vanaf Q2 2020)', 'Stand van zaken / resultaten (t/m Q2 2020)', 'Wie (tijd)']);
    expect(texts(grids[0]).slice(1)).toEqual([
      ['', '', 'Onderzoeken of Telecomwet gemeenten mogelijkheden biedt om het concurrentiespel', 'Nog te bepalen op basis van de', 'De mogelijkheden onder het huidige en het nieuwe Europese telecomkader worden geanalyseerd.', 'EZK (Q4)'],
      ['', '', 'Creëren van goede ruimtelijke randvoorwaarden', '', 'Het ministerie van BZK komt met een Kamerbrief.', 'EZK'],
    ]);
    // (The header's lines stand over its rows: the carried line above them, in the header's row.)
    const header = grids[0]?.rows[0];
    expect(header?.box.y0).toBeGreaterThan(806.9);
    expect(rest.filter((r) => r.text.trim() !== '')).toEqual([]);
  });

  it('carries the header over whole as before where the page opens with its rows (no line of it cut)', () => {
    const { grids } = findUnruledGrids(rows, 7.5, 9, undefined, openAfter([...firstLine.filter((r) => r.text !== 'Wat gaan we' && r.text !== 'Wie'), label('Wat gaan we doen?', 292.2, 18.5), label('Wie (tijd)', 561.3, 18.5)]));
    expect(texts(grids[0])[0]).toEqual(['Thema', 'Opgave', 'Actie', 'Wat gaan we doen?', 'Stand van zaken / resultaten (t/m Q2 2020)', 'Wie (tijd)']);
    expect(texts(grids[0])).toHaveLength(3);
  });

  it('takes no row in plain type for the header\'s rest: a page that opens with a row keeps it', () => {
    // (The rows' first line is in the body's type, not the header's bold: a row, not labels.)
    const { grids } = findUnruledGrids(rows, 7.5, 9, undefined, openAfter(firstLine));
    expect(texts(grids[0])[0]).toEqual(['Thema', 'Opgave', 'Actie', 'Wat gaan we', 'Stand van zaken / resultaten (t/m Q2 2020)', 'Wie']);
    expect(texts(grids[0])[1]?.[2]).toBe('Onderzoeken of Telecomwet gemeenten mogelijkheden biedt om het concurrentiespel');
  });
});

/**
 * A small table whose first label ran on into the next column's (LibreOffice sizes a narrow table to
 * its text: `Financieringsbron (x € 1 mln.) 2017`, one piece, a space between), over two rows on its
 * page: the figures start where the label's last word does, after a gutter on each row. That
 * column is the table's (src/load/pdf/unruled/header.ts, withAlignedStarts): it had been read into
 * the first, and the budget lines of 2017 were lost, their labels `Europese Unie 22` (exit 0, held
 * out: LibreOffice's rendering of the 2024 edition).
 */
describe('a label run on into the next column over a table of few rows', () => {
  const head = (first: string, width: number): TextRun[] => [
    run(first, 58.2, 79.6, { bold: true, size: 10, width }),
    run('2018', 218.8, 79.6, { bold: true, size: 10, width: 20 }),
    run('2019', 245.1, 79.6, { bold: true, size: 10, width: 20 }),
  ];
  const row = (label: string, y: number, figures: [string, string, string], at = 192.5): TextRun[] => [
    run(label, 58.2, y, { size: 10, width: label.length * 4.6 }),
    run(figures[0], at, y, { size: 10, width: 10 }),
    run(figures[1], 218.8, y, { size: 10, width: 10 }),
    run(figures[2], 245.1, y, { size: 10, width: 10 }),
  ];
  const rows = [...row('Europese Unie', 58.2, ['22', '27', '34']), ...row('Rijk', 36.9, ['29', '65', '83'])];

  it('reads the column its rows and the label\'s last word start together', () => {
    const { grids } = findUnruledGrids([...head('Financieringsbron (x € 1 mln.) 2017', 154.3), ...rows], 21, 10);
    expect(texts(grids[0])).toEqual([
      ['Financieringsbron (x € 1 mln.)', '2017', '2018', '2019'],
      ['Europese Unie', '22', '27', '34'],
      ['Rijk', '29', '65', '83'],
    ]);
  });

  it('adds no column where only two rows start text after a gutter and no word of a label starts there (bad input for the rule)', () => {
    // (The figures start 40 pt left of where `2017` does: two rows alone do not make a column.)
    const { grids } = findUnruledGrids([...head('Financieringsbron (x € 1 mln.) 2017', 154.3), ...row('Europese Unie', 58.2, ['22', '27', '34'], 152), ...row('Rijk', 36.9, ['29', '65', '83'], 152)], 21, 10);
    expect(texts(grids[0])?.map((r) => r.length)).toEqual([3, 3, 3]);
    expect(texts(grids[0])?.[1]?.[0]).toBe('Europese Unie 22');
  });
});

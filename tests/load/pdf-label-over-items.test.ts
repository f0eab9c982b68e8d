/**
 * A column whose label starts at its edge while its rows' text starts a gutter's width further in:
 * LaTeX's itemize in a table cell sets its bullets in from the column's edge, where the label
 * `Stand van zaken / resultaten (t/m Q2 2020)` starts (excerpt:
 * tests/fixtures/excerpts/pdftex-book-letter.pdf, LaTeX's book class on two-sided US Letter in
 * Times, the connectivity plan's row of `Gesprekken aangaan met de VNG …`, one of its bullets alone
 * on its line). The rows' starts made the bullets a column of their own, the label was cut at it,
 * `Stand` · `van zaken`, and the status stood under no label: an error, the status not read.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedExtraction } from '../helpers/models';
import { ROOT, markdownExtraction } from '../helpers/fixture';
import type { TableBlock } from '../../src/model/document';
import { withLabelsWhole } from '../../src/load/pdf/unruled/header';
import type { TextRun } from '../../src/load/pdf/page-data';

const EXCERPT = join(ROOT, 'tests', 'fixtures', 'excerpts', 'pdftex-book-letter.pdf');

describe('a label over text set in from its column\'s edge (pdfTeX, book class, Letter)', () => {
  it('reads the label whole and the row as the markdown edition has it', async () => {
    const x = await cachedExtraction(EXCERPT);
    const header = x.model.blocks.flatMap((b) => (b.kind === 'table' ? (b as TableBlock).rows.slice(0, 1) : [])).find((r) => r.cells.some((c) => c.text.startsWith('Opgave')));
    expect(header?.cells.map((c) => c.text)).toEqual(['Thema', 'Opgave', 'Actie', 'Stand van zaken / resultaten (t/m Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (tijd)']);
    const mine = x.records['connectivity-actions'].find((a) => a.action.startsWith('Gesprekken aangaan met de VNG'));
    const theirs = markdownExtraction().records['connectivity-actions'].find((a) => a.action.startsWith('Gesprekken aangaan met de VNG'));
    expect(theirs?.status).toEqual(['Het convenant is eind 2019 met een jaar verlengd.', 'Vooralsnog geven alle partijen aan met het huidige convenant uit de voeten te kunnen waardoor het er op dit moment naar uitziet dat het convenant voor het einde van dit jaar (opnieuw) zal worden verlengd.']);
    for (const field of ['action', 'status', 'plans', 'owners', 'timing'] as const) expect(mine?.[field], field).toEqual(theirs?.[field]);
    expect(x.diagnostics.filter((d) => d.severity === 'error' && d.code === 'content-unread' && d.message.includes('column that the table\'s header does not name'))).toEqual([]);
  });
});

describe('withLabelsWhole', () => {
  const run = (text: string, x: number, y: number, width: number): TextRun => ({ text, x, y, width, size: 9, bold: false, italic: false });
  const columns = [{ x0: 217.3, x1: 289.7 }, { x0: 290.2, x1: 308.6 }, { x0: 309.1, x1: 362.3 }, { x0: 362.8, x1: 435.1 }];
  const rows = [run('Gesprekken', 217.3, 648, 45), run('•', 309.1, 648, 3.1), run('Het', 318, 648, 14), run('•', 362.8, 648, 3.1)];
  it('joins a column no row enters to the next, under one label that runs on across it', () => {
    const labels = [run('Actie', 217.3, 665, 20), run('Stand van zaken', 290.4, 687, 58.5), run('/ resultaten (t/m', 290.2, 676, 56.8), run('Q2 2020)', 290.4, 665, 34.1), run('Wat gaan we', 362.8, 687, 46)];
    expect(withLabelsWhole(columns, rows, labels)).toEqual([{ x0: 217.3, x1: 289.7 }, { x0: 290.2, x1: 362.3 }, { x0: 362.8, x1: 435.1 }]);
  });
  it('keeps it where two labels were set as one string over it, or the next column has a label of its own', () => {
    const runTogether = [run('Actie', 217.3, 665, 20), run('Stand van zaken Wat gaan we doen?', 290.4, 687, 120)];
    expect(withLabelsWhole(columns, rows, runTogether)).toEqual(columns);
    const own = [run('Stand van zaken', 290.4, 687, 58.5), run('Opgave', 309.1, 665, 27)];
    expect(withLabelsWhole(columns, rows, own)).toEqual(columns);
    expect(withLabelsWhole(columns, [], [run('Stand van zaken', 290.4, 687, 58.5)])).toEqual(columns);
  });
});

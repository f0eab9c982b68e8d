/**
 * A row the page cut, whose cut line the producer draws again at the top of the next page, clipped by
 * the table's top rule (wkhtmltopdf; tests/fixtures/excerpts/wkhtmltopdf-cut-line-clipped.pdf): the
 * copy stands over the rule by a fraction of a point, where the grid places no run; it is the cut
 * line's copy all the same, and the rest of the row goes on the row above.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedModel } from '../helpers/models';
import { ROOT } from '../helpers/fixture';
import type { TableBlock } from '../../src/model/document';

const EXCERPT = join(ROOT, 'tests', 'fixtures', 'excerpts', 'wkhtmltopdf-cut-line-clipped.pdf');

describe('a cut line drawn again over the next page\'s top rule (wkhtmltopdf)', () => {
  it('drops the copy and joins the rest of the row to the row the page cut', async () => {
    const model = await cachedModel(EXCERPT);
    const plan = model.blocks.find((b): b is TableBlock => b.kind === 'table' && b.rows.some((r) => r.cells.some((c) => c.text.startsWith('Veiling frequenties'))));
    const row = plan?.rows.find((r) => r.cells.some((c) => c.text.startsWith('Veiling frequenties')));
    expect(row?.cells.map((c) => c.text).slice(2, 4)).toEqual([
      'Veiling frequenties van de 700, 1400 en 2100 MHz-banden.',
      'Veilingregeling is gepubliceerd, de aanvragen tot deelname zijn ontvangen bij AT en worden thans beoordeeld. Dit leidt in Q2 2020 tot toelatingsbesluiten, waarna eind kwartaal de veiling daadwerkelijk wordt uitgevoerd.',
    ]);
    // (The table goes on over the page: its next row, `Verdelen van de 3,5 GHz-band.`, is its own.)
    expect(plan?.rows[(plan?.rows.indexOf(row as never) ?? 0) + 1]?.cells[2]?.text).toBe('Verdelen van de 3,5 GHz-band.');
    // (No copy of the line left as the page's text, nor a row of its own.)
    expect(model.blocks.some((b) => b.kind === 'paragraph' && b.text.includes('van de 700, 1400 en'))).toBe(false);
    expect(model.blocks.some((b) => b.kind === 'table' && b.rows.some((r) => r.cells.some((c) => c.text === '2100 MHz-banden.')))).toBe(false);
  });

  it('leaves the text over a table that opens a page (a heading, bad input for the copy) the page\'s', async () => {
    const model = await cachedModel(EXCERPT);
    expect(model.blocks.filter((b) => b.kind === 'heading' && b.source?.page === 1).map((b) => (b.kind === 'heading' ? b.text : ''))).toContain('Actieplan Digitale Connectiviteit');
  });
});

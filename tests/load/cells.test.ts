/** Table cells know where they are: the column they start in, and their box in a PDF. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../src/load/html';
import type { TableBlock } from '../../src/model/document';
import { FIXTURES } from '../helpers/fixture';
import { cachedModel } from '../helpers/models';

function firstTableWith(blocks: { kind: string }[], text: string): TableBlock {
  return blocks.find((b): b is TableBlock => b.kind === 'table' && (b as TableBlock).rows.some((r) => r.cells.some((c) => c.text.startsWith(text)))) as TableBlock;
}

describe('cell columns and boxes', () => {
  it('markdown: the position in the row', async () => {
    const model = await cachedModel(join(FIXTURES, 'nds-2020.md'));
    const row = firstTableWith(model.blocks, '3) Een ambitieuze').rows.find((r) => r.cells.some((c) => c.text.startsWith('3) Een ambitieuze')));
    expect(row?.cells.map((c) => c.column)).toEqual([0, 1, 2, 3, 4]);
  });

  it('HTML: colspans before a cell count', () => {
    const model = loadHtml('<html><body><table><tr><td colspan="2">Thema</td><td>a</td></tr><tr><td>x</td><td>y</td><td>z</td></tr></table></body></html>', 't.html');
    const table = model.blocks[0] as TableBlock;
    expect(table.rows.map((r) => r.cells.map((c) => c.column))).toEqual([[0, 2], [0, 1, 2]]);
  });

  it('PDF: the left edge among the table edges, and the box in points', async () => {
    const model = await cachedModel(join(FIXTURES, 'nds-2020.pdf'));
    const table = firstTableWith(model.blocks, '3) Een ambitieuze');
    const row = table.rows.find((r) => r.cells.some((c) => c.text.startsWith('3) Een ambitieuze')));
    const anchor = row?.cells.find((c) => c.text.startsWith('3) Een ambitieuze'));
    expect(anchor?.column).toBe(1);
    const [x0, y0, x1, y1] = anchor?.box ?? [];
    expect((x1 as number) - (x0 as number)).toBeGreaterThan(60);
    expect((y1 as number) - (y0 as number)).toBeGreaterThan(10);
    expect(row?.cells.map((c) => c.column)).toEqual([0, 1, 2, 3, 4]);
  });

  it('PDF: every cell has its column, in a row joined across a page break and in contents set as lines too', async () => {
    for (const file of [join(FIXTURES, 'nds-2020-untagged.pdf'), join(FIXTURES, '..', 'tests', 'fixtures', 'producers', 'chromium-centred.pdf')]) {
      const cells = (await cachedModel(file)).blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((r) => r.cells) : []));
      expect(cells.length).toBeGreaterThan(700);
      expect(cells.filter((c) => c.column === undefined)).toEqual([]);
    }
    // (Action 15's row runs from p. 35 onto p. 36: joined, it keeps its columns and its box on p. 35.)
    const model = await cachedModel(join(FIXTURES, 'nds-2020-untagged.pdf'));
    const row = firstTableWith(model.blocks, '15) Het programma').rows.find((r) => r.cells.some((c) => c.text.startsWith('15) Het programma')));
    expect(row?.source.page).toBe(35);
    expect(row?.cells.map((c) => c.column)).toEqual([0, 1, 2, 3, 4]);
    expect(row?.cells[2]?.text).toContain('gepubliceerd');
    expect(row?.cells[1]?.box?.[1]).toBeCloseTo(42, 0);
    // (The contents, set as lines with their page numbers: title and page, columns 0 and 1.)
    const chromium = await cachedModel(join(FIXTURES, '..', 'tests', 'fixtures', 'producers', 'chromium-centred.pdf'));
    const contents = chromium.blocks.find((b) => b.kind === 'table') as TableBlock;
    expect(contents.rows[0]?.cells.map((c) => [c.column, c.text])).toEqual([[0, '1 Inleiding'], [1, '5']]);
  });
});

/**
 * What a page draws, read from its operators (src/load/pdf/page-data.ts): table borders drawn as
 * dotted or dashed lines — one stroked path with a dash pattern, no area of its own — are rules.
 */
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/index';
import { minimalPdf, textContent } from '../helpers/pdf';

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

describe('drawing', () => {
  it('reads a table whose borders are dotted lines (stroked with a dash pattern) as a ruled table', async () => {
    const model = await loadDocument(minimalPdf([table('[1 2]')]), 'dotted.pdf');
    const tables = model.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]?.kind === 'table' && tables[0].rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Thema', 'Opgave', 'Actie'],
      ['Frequenties', 'Verdelen', 'Veiling uitvoeren'],
      ['Netwerken', 'Uitrollen', 'Kennisplatform'],
    ]);
    expect(tables[0]?.kind === 'table' && tables[0].rows[1]?.cells.map((c) => c.box?.[0])).toEqual([50, 200, 350]);
  });
});

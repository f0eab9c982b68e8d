/**
 * A column set in smaller type than the others (each row's first cell in small capitals) does not
 * end its table: a line of that column alone, in the size the column's text was set in above, is the
 * column's own type, not a note under the table (src/load/pdf/unruled/rows.ts, scanRows). WeasyPrint
 * set the first cells at 6.5 pt beside the others' 7.5 pt, their lines at their own pitch, so that
 * some stand alone between the others' baselines; the table ended at the first, and the rest of the
 * page was read as prose (excerpt: tests/fixtures/excerpts/weasyprint-small-first-column.pdf, the
 * page where action 11's row opens, its text in that first cell).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedModel } from '../helpers/models';
import { ROOT } from '../helpers/fixture';
import type { TableBlock } from '../../src/model/document';
import type { TextRun } from '../../src/load/pdf/page-data';
import { scanRows } from '../../src/load/pdf/unruled/rows';
import { columnsFrom } from '../../src/load/pdf/unruled/pieces';

const EXCERPT = join(ROOT, 'tests', 'fixtures', 'excerpts', 'weasyprint-small-first-column.pdf');

const run = (text: string, x: number, y: number, size: number, width = text.length * size * 0.5): TextRun => ({ text, x, y, width, size, bold: false, italic: false });

describe('a first column in smaller type than the others', () => {
  it('keeps the table whole where that column\'s lines stand alone (WeasyPrint, small capitals)', async () => {
    const model = await cachedModel(EXCERPT);
    const tables = model.blocks.filter((b): b is TableBlock => b.kind === 'table');
    const rows = tables.flatMap((t) => t.rows);
    const row = rows.find((r) => r.cells[0]?.text.startsWith('11) WE BOUWEN AAN PUBLIEK-'));
    expect(row?.cells[0]?.text).toBe('11) WE BOUWEN AAN PUBLIEK-PRIVATE SAMENWERKING OP HET GEBIED VAN KUNSTMATIGE INTELLIGENTIE, AI, BIG DATA, CYBERSECURITY, BLOCKCHAIN, 5G, QUANTUMCOMPUTING.');
    expect(row?.cells[1]?.text.startsWith('Artificiële Intelligentie (AI) De Nederlandse AI Coalitie (PPS) is sinds oktober 2019 gegroeid van 70 naar ruim 300 deelnemende organisaties.')).toBe(true);
    expect(row?.cells[2]?.text).toContain('Rond de zomer volgt publicatie van de haalbaarheidsstudie naar een AI onderwijslab.');
    // (No paragraph of the page holds a cell's text: all of it is in the table.)
    expect(model.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : '')).filter((t) => /KUNSTMATIGE|AI-onderzoekslabs/.test(t))).toEqual([]);
    expect((model.diagnostics ?? []).filter((d) => d.code === 'content-unread')).toEqual([]);
  });

  // A table of two columns, the first in 6.5 pt type, the second in 7.5 pt; the first's lines at
  // their own pitch, one of them alone between the second's.
  const columns = columnsFrom([50, 200], 400);
  const ctx = { pitch: 10, bodySize: 9, marks: { rules: [], fills: [] }, prevY: null, votes: { top: 0, centred: 0 }, pageTop: false };
  const table = (last: TextRun[]): TextRun[][] => [
    [run('11) WE BOUWEN AAN', 50, 600, 6.5), run('Artificiële Intelligentie', 200, 599.1, 7.5)],
    [run('PRIVATE SAMENWERKING', 50, 591.3, 6.5), run('De Nederlandse AI Coalitie', 200, 589, 7.5)],
    [run('GEBIED VAN KUNSTMATIGE', 50, 582.6, 6.5)],
    [run('INTELLIGENTIE, AI', 50, 573.9, 6.5), run('is sinds oktober 2019', 200, 578.9, 7.5)],
    last,
  ];

  it('reads a line of that column alone, in its type, as the table\'s', () => {
    const scan = scanRows(table([run('gegroeid van 70 naar ruim 300.', 200, 568.8, 7.5)]), 0, columns, 400, ctx, new Set());
    expect(scan.next).toBe(5);
  });

  it('still ends the table at a line in smaller type than any of its columns, or across them', () => {
    // (A note under the table, in 6 pt: no column was set so.)
    expect(scanRows(table([run('Zie verder SAPAI voor een overzicht', 50, 566, 6)]), 0, columns, 400, ctx, new Set()).next).toBe(4);
    // (A line in the first column's size that runs on into the second: no cell's.)
    expect(scanRows(table([run('KAMERSTUKKEN II, 2019-2020, 26 643 EN 32 761, NR. 640, ZIE OOK', 50, 566, 6.5, 200)]), 0, columns, 400, ctx, new Set()).next).toBe(4);
  });
});

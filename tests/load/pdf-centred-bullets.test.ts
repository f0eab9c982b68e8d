/**
 * A list mark goes with the item it marks. LibreOffice, every cell's text centred, sets a list's
 * bullet at the left of its centred item, which may be left of the column's edge, on the baseline
 * of the column before's text (`Daarnaast worden` · `•` · `• Op 14 februari 2020`): the unruled
 * table's cells take it with its item (src/load/pdf/unruled/rows.ts, gridOf), not as the column
 * before's last word (excerpt: tests/fixtures/excerpts/libreoffice-centred-bullets.pdf).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedModel } from '../helpers/models';
import { ROOT } from '../helpers/fixture';
import type { TableBlock } from '../../src/model/document';
import type { TextRun } from '../../src/load/pdf/page-data';
import { gridOf, type RowDraft } from '../../src/load/pdf/unruled/rows';
import { columnsFrom } from '../../src/load/pdf/unruled/pieces';

const EXCERPT = join(ROOT, 'tests', 'fixtures', 'excerpts', 'libreoffice-centred-bullets.pdf');

const run = (text: string, x: number, width: number, y = 600, size = 8): TextRun => ({ text, x, y, width, size, bold: false, italic: false });
const columns = columnsFrom([160, 290, 400], 510);
const cellTexts = (runs: TextRun[]): string[] => gridOf([{ top: 610, bottom: 590, runs } satisfies RowDraft], columns, 510, 610).rows[0]?.cells.map((c) => c.runs.map((r) => r.text).join(' ')) ?? [];

describe('a list mark set left of its column\'s edge', () => {
  it('goes with its item, not with the text of the column before (LibreOffice, centred cells)', async () => {
    const model = await cachedModel(EXCERPT);
    const rows = model.blocks.flatMap((b) => (b.kind === 'table' ? (b as TableBlock).rows : []));
    const row = rows.find((r) => r.cells.some((c) => c.text.startsWith('20) Daarnaast worden experimenten')));
    // (The action's first line, `20) Daarnaast worden`, centred, starts left of its column's edge,
    // inside its number: the number is its cell's, see pdf-centred-overhang.test.ts.)
    expect(row?.cells[0]?.text).toBe('');
    expect(row?.cells[1]?.text).toBe('20) Daarnaast worden experimenten en proeftuinen opgezet om in de praktijk te ervaren op welke manier het beste op de behoefte van mensen kan worden ingespeeld.');
    const status = row?.cells[2]?.blocks[0];
    expect(status?.kind).toBe('list');
    expect(status?.kind === 'list' ? status.items[0]?.text.startsWith('Op 14 februari 2020 heeft de alliantie Digitaal Samenleven de campagne #echtcontact') : false).toBe(true);
    expect((model.diagnostics ?? []).filter((d) => d.code === 'content-unread')).toEqual([]);
  });

  it('takes a mark to the column of the text right after it, within two sizes', () => {
    expect(cellTexts([run('Daarnaast worden', 180, 70), run('•', 282, 3), run('Op 14 februari', 293, 60)])).toEqual(['Daarnaast worden', '• Op 14 februari', '']);
  });

  it('leaves a mark where it stands when no text follows it closely, or its text is in its own column, or it is no mark', () => {
    // (Nothing after it within two sizes: a mark at a line's end stays.)
    expect(cellTexts([run('Daarnaast worden', 180, 70), run('•', 282, 3), run('Op 14 februari', 310, 60)])).toEqual(['Daarnaast worden •', 'Op 14 februari', '']);
    // (Its item in its own column.)
    expect(cellTexts([run('•', 180, 3), run('Daarnaast worden', 190, 70)])).toEqual(['• Daarnaast worden', '', '']);
    // (A dash that ends a line of running text, the next column's text right after it:
    // `randvoorwaarden -` · `Het publiceren …`.)
    expect(cellTexts([run('randvoorwaarden', 200, 75), run('-', 278, 3), run('Het publiceren', 293, 60)])).toEqual(['randvoorwaarden -', 'Het publiceren', '']);
    // (A mark a word space from the text before it: that text's.)
    expect(cellTexts([run('Daarnaast worden', 200, 76), run('•', 279, 3), run('Op 14 februari', 293, 60)])).toEqual(['Daarnaast worden •', 'Op 14 februari', '']);
    // (A word, not a mark.)
    expect(cellTexts([run('Daarnaast worden', 180, 70), run('en', 280, 8), run('Op 14 februari', 293, 60)])).toEqual(['Daarnaast worden en', 'Op 14 februari', '']);
  });
});

/**
 * A subheading set left of its cell's bullets is no column of its own, though its gap to them is as
 * wide as a narrow gutter: where the header's columns cut through the rows' text, the columns the
 * rows' gutters give are tried without the column that one line alone gives (src/load/pdf/unruled/
 * gutters.ts, alongGutters). LibreOffice's export of the document saved as Word (.docx) sets the
 * status cell's `Mbo` so, and the columns before and after a gutter four points wide (excerpt:
 * tests/fixtures/excerpts/libreoffice-docx-subheading.pdf, action 17's row going on under the
 * repeated header).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedModel } from '../helpers/models';
import { ROOT } from '../helpers/fixture';
import type { TableBlock } from '../../src/model/document';
import type { TextRun } from '../../src/load/pdf/page-data';
import { alongGutters } from '../../src/load/pdf/unruled/gutters';
import { columnsFrom } from '../../src/load/pdf/unruled/pieces';

const EXCERPT = join(ROOT, 'tests', 'fixtures', 'excerpts', 'libreoffice-docx-subheading.pdf');

const run = (text: string, x: number, y: number, width: number, size = 10): TextRun => ({ text, x, y, width, size, bold: false, italic: false });

describe('a subheading left of its cell\'s bullets, a narrow gutter to the next column', () => {
  it('reads the status and the plans apart (LibreOffice via Word)', async () => {
    const model = await cachedModel(EXCERPT);
    const tables = model.blocks.filter((b): b is TableBlock => b.kind === 'table');
    const rows = tables.flatMap((t) => t.rows);
    expect(rows[0]?.cells.map((c) => c.text)).toEqual(["Thema's & ambitie", 'Acties zoals in NDS', 'Stand van zaken/ resultaten', 'Wat gaan we doen?', 'Wie (Tijd)']);
    const status = rows[1]?.cells[2]?.text ?? '';
    const plans = rows[1]?.cells[3]?.text ?? '';
    expect(status.startsWith('doelgroepen. Nieuwe doelgroepen zijn o.a. mensen die zich laten omscholen')).toBe(true);
    expect(status).toContain('Mbo');
    expect(plans.startsWith('toekomstbestendige competentieprofielen op te stellen die aansluiten bij digitale ontwikkelingen op de arbeidsmarkt.')).toBe(true);
    // (The two cells' first lines, `doelgroepen. Nieuwe` · `toekomstbestendige`, not read as one.)
    expect(status).not.toContain('Nieuwe toekomstbestendige');
    expect((model.diagnostics ?? []).filter((d) => d.code === 'content-unread')).toEqual([]);
  });

  // Two columns under `Stand van zaken` and `Wat gaan we doen?`, the header's edge between them
  // right of where the second's text starts; bullets at 252, their items at 266; `Mbo` at 231.
  const header = [run('Stand van zaken/ resultaten', 240, 700, 120), run('Wat gaan we doen?', 420, 700, 80)];
  const headerColumns = columnsFrom([216, 397], 590);
  const body = (lone: TextRun[]): TextRun[] => [
    ...lone,
    ...Array.from({ length: 8 }, (_, k) => [run('•', 252, 660 - k * 15, 4), run(`de zone werkt aan een aanpak ${k}`, 266, 660 - k * 15, 118 + (k % 3) * 2), run(`competentieprofielen op te stellen ${k}`, 392.9, 660 - k * 15, 150)]).flat(),
  ];

  it('joins the column a subheading alone gives to the next one', () => {
    const found = alongGutters(headerColumns, body([run('Mbo', 231, 675, 18)]), header);
    expect(found?.map((c) => c.x0)).toEqual([216, 392.9]);
  });

  it('keeps the header\'s columns where the rows fit them, and a lone line\'s column under a label of its own', () => {
    // (The rows' text starts right of the header's edge: nothing to change.)
    const fitting = body([run('Mbo', 231, 675, 18)]).map((r) => (r.x === 392.9 ? { ...r, x: 400 } : r));
    expect(alongGutters(headerColumns, fitting, header)).toBeNull();
    // (One line alone, `OCW`, in a column its label names: a column still, not the next one's.)
    const labelled = [run('Acties zoals in NDS', 218, 700, 30), ...header];
    const found = alongGutters(columnsFrom([216, 250, 397], 590), body([run('OCW', 231, 675, 16)]), labelled);
    expect(found?.map((c) => c.x0)).toEqual([216, 252, 392.9]);
  });
});

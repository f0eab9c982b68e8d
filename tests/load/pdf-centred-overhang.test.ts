/**
 * A line set centred in its cell stands in its column, wherever it starts. LibreOffice centres each
 * line of a cell on the cell's middle: a line wider than the ones over it starts left of where the
 * column was found to start, across the edge of the column before (`manieren hoe` under `7) We`,
 * `De ontwikkeling` under `Een flexibel`). The unruled table reads it as its column's when the edge
 * falls inside one of its words, or when a line next to it within the column shares its middle
 * (src/load/pdf/unruled/pieces.ts, placedInColumn); two cells' texts in one run stay parted at
 * their words (excerpt: tests/fixtures/excerpts/libreoffice-centred-overhang.pdf).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedModel } from '../helpers/models';
import { ROOT } from '../helpers/fixture';
import type { TableBlock } from '../../src/model/document';
import type { TextRun } from '../../src/load/pdf/page-data';
import { gridOf, type RowDraft } from '../../src/load/pdf/unruled/rows';
import { columnsFrom, placedInColumn } from '../../src/load/pdf/unruled/pieces';

const EXCERPT = join(ROOT, 'tests', 'fixtures', 'excerpts', 'libreoffice-centred-overhang.pdf');

const run = (text: string, x: number, width: number, y: number, size = 9.5): TextRun => ({ text, x, y, width, size, bold: false, italic: false });
const columns = columnsFrom([80, 163, 259, 426], 593);
const cellTexts = (runs: TextRun[]): string[] => gridOf([{ top: 640, bottom: 560, runs } satisfies RowDraft], columns, 593, 640).rows[0]?.cells.map((c) => c.runs.map((r) => r.text).join(' ')) ?? [];

describe('a line set centred that starts left of its column', () => {
  it('stays in its cell: actions 7 and 29 keep their text, their themes theirs (LibreOffice, centred cells)', async () => {
    const model = await cachedModel(EXCERPT);
    const rows = model.blocks.flatMap((b) => (b.kind === 'table' ? (b as TableBlock).rows : []));
    const seven = rows.find((r) => r.cells[1]?.text.startsWith('7) '));
    expect(seven?.cells[1]?.text).toBe('7) We zoeken naar manieren hoe energiedata breder beschikbaar kunnen komen, waarbij de afnemer de regie op zijn gegevens behoudt.');
    expect(seven?.cells[0]?.text).toBe('Een flexibel energiesystee m De ontwikkeling van flexibele energienetten, om het energiesysteem efficiënt te benutten en de kosten van de transitie te beperken.');
    expect(seven?.cells[4]?.text).toBe('EZK (Doorlopend)');
    const twentyNine = rows.find((r) => r.cells[1]?.text.startsWith('29) '));
    expect(twentyNine?.cells[0]?.text).toBe('Een floreerende data-economie In Nederland worden data het beste gedeeld binnen en tussen sectoren.');
    expect(twentyNine?.cells[1]?.text.startsWith('29) We verkennen een open cross-sectoraal afsprakenstelsel voor verantwoord en vrijwillig delen van data tussen bedrijven.')).toBe(true);
    expect(twentyNine?.cells[3]?.text).toBe('Binnenkort wordt gestart met de selectie van de volgende twee use cases.');
    expect((model.diagnostics ?? []).filter((d) => d.code === 'content-unread')).toEqual([]);
  });

  it('is its middle\'s column\'s when the edge falls inside one of its words', () => {
    // (`HCA` reaches over the edge at 259 by 9 points, its word's share of the characters.)
    expect(cellTexts([run('HCA ICT vernieuwd en meer gericht', 250, 170, 605)])).toEqual(['', '', 'HCA ICT vernieuwd en meer gericht', '']);
    expect(placedInColumn(run('HCA ICT vernieuwd en meer gericht', 250, 170, 605), columns)).toMatchObject({ x: 259, width: 161 });
  });

  it('is its middle\'s column\'s when a line over or under it in that column shares its middle', () => {
    // (`op` ends where the edge is: its share of the characters tells nothing; the line two over it,
    // within the column, is centred on the same middle.)
    const near = [run('Vanaf 2019 is de aanpak van de', 260, 150, 620.5), run('In 2020 wordt de aanpak van de', 432, 155, 628)];
    expect(placedInColumn(run('op samenwerking tussen onderwijs', 251.1, 167.6, 590.7), columns, () => near).x).toBe(259);
    const rows = cellTexts([...near, run('op samenwerking tussen onderwijs', 251.1, 167.6, 590.7)]);
    expect(rows[2]).toBe('Vanaf 2019 is de aanpak van de op samenwerking tussen onderwijs');
    expect(rows[1]).toBe('');
  });

  it('stays parted at its words when it holds two cells\' texts, or no line next to it shares its middle', () => {
    // (Two cells' texts that one run holds, `analyse van` · `te` across a narrow gutter: the edge
    // falls in a space, and no line of the column is centred with it.)
    const justified = [run('Er komt onderzoek naar de mate waarin', 165, 90, 600), run('het huidige instrumentarium nog voldoet', 165, 90, 590)];
    expect(cellTexts([...justified, run('een analyse van te', 165, 105, 580)])).toEqual(['', 'Er komt onderzoek naar de mate waarin het huidige instrumentarium nog voldoet een analyse van', 'te', '']);
    // (A line whose middle is two points off the line over it: not set centred with it.)
    expect(placedInColumn(run('op samenwerking tussen onderwijs', 251.1, 167.6, 590.7), columns, () => [run('Vanaf 2019 is de aanpak van de', 260, 146, 605.6)]).x).toBe(251.1);
    // (Nor a line on its own baseline: another piece of the same line.)
    expect(placedInColumn(run('op samenwerking tussen onderwijs', 251.1, 167.6, 590.7), columns, () => [run('Vanaf 2019 is de aanpak van de', 260, 150, 590.7)]).x).toBe(251.1);
    // (Nor one that reaches over the edge as far: neither stands within the column.)
    expect(placedInColumn(run('op samenwerking tussen onderwijs', 251.1, 167.6, 590.7), columns, () => [run('aanpak van de ICT in de regio nu', 245, 180, 605.6)]).x).toBe(251.1);
  });
});

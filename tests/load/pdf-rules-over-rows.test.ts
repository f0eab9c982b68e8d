/**
 * Tables ruled over each row and not over their headers (WeasyPrint, `td { border-top }` alone), on
 * the pages that show it (tests/fixtures/excerpts/weasyprint-rules-over-rows.pdf): a table's last
 * row has no rule under it, and the next table's header, with no rule over it, shares a band with
 * that row from the upper table's last rule down to its own first — and with a note set between
 * the two tables, or the rest of a row the page before cut.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedModel, cachedRead } from '../helpers/models';
import { findGrids, type GridRow } from '../../src/load/pdf/tables';
import { buildLines } from '../../src/load/pdf/lines';
import { ROOT } from '../helpers/fixture';
import type { Block, TableBlock } from '../../src/model/document';

const EXCERPT = join(ROOT, 'tests', 'fixtures', 'excerpts', 'weasyprint-rules-over-rows.pdf');

const tablesOn = (blocks: readonly Block[], page: number): string[][][] =>
  blocks.filter((b): b is TableBlock => b.kind === 'table' && b.source?.page === page).map((t) => t.rows.map((r) => r.cells.map((c) => c.text)));

describe('tables ruled over their rows only, headers unruled (WeasyPrint)', () => {
  it("keeps the upper table's last row in it, and sets the next table's labels in its own columns", async () => {
    const model = await cachedModel(EXCERPT);
    const [upper, lower] = tablesOn(model.blocks, 2);
    // (Action 12's row, under the upper table's last rule: its own, not a note's text under the table.)
    expect(upper?.at(-1)?.[0]).toBe('12) We initiëren een internationaliseringsagenda gericht op handelsbevordering, internationale samenwerking en strategische acquisitie.');
    expect(lower?.[0]).toEqual(["Thema's & ambitie", 'Acties zoals in NDS', 'Stand van zaken/ resultaten', 'Wat gaan we doen?', 'Wie (Tijd)']);
    expect(lower?.[2]?.slice(0, 2)).toEqual(['Innovatie-vriendelijke en toekomstbestendige wetgeving Wet- en regelgeving legt geen onnodige beperkingen op voor innovatie.', '13) Er komt een loket voor ondernemers om belemmeringen voor digitale innovatie in wet- en regelgeving te melden.']);
    expect((model.diagnostics ?? []).filter((d) => d.code === 'content-unread')).toEqual([]);
  });

  it('takes the rest of a row the page cut, in one cell under the repeated header, as a row, its sentence going on', async () => {
    const model = await cachedModel(EXCERPT);
    expect(tablesOn(model.blocks, 1)[0]?.[1]).toEqual([
      '',
      '',
      'beter op mobiliteitsstromen en beleidsdoelstellingen zoals drukte, duurzaamheid, bereikbaarheid en toegankelijkheid te kunnen sturen. In relatie tot COVID-19 is de sturing op bezettingsgraad in OV en files waardevol.',
      '',
      '',
    ]);
  });

  it('gives the rest of a row the page cut back to its table where the repeated header alone stands over the page\'s first rule', async () => {
    // (Here the rest goes on the row the page before ends with: the excerpt's pages follow each other.)
    const model = await cachedModel(EXCERPT);
    const cells = model.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((r) => r.cells.map((c) => c.text)) : []));
    expect(cells.some((t) => t.includes('(burgerschaps)vaardigheden. Veel onderwijsinstellingen zijn gericht aan het werk om hun contacten met bedrijven te intensiveren.'))).toBe(true);
    expect(model.blocks.some((b) => b.kind !== 'table' && 'text' in b && b.text.includes('burgerschaps'))).toBe(false);
  });

  it("reads the header's labels by their bold where the rest of the row over them holds a label's word (`vervolg op de klassikale`)", async () => {
    const model = await cachedModel(EXCERPT);
    const [upper, lower] = tablesOn(model.blocks, 4);
    expect(upper?.[1]?.[1]).toBe("wordt in 2018 uitgerold om binnen de Rijksoverheid ICT'ers beter aan te kunnen trekken en te kunnen behouden.");
    expect(upper?.[1]?.[3]).toContain('vervolg op de klassikale basiscursus heeft RADIO');
    expect(lower?.[0]).toEqual(["Thema's & ambitie", 'Acties zoals in NDS', 'Stand van zaken/ resultaten', 'Wat gaan we doen?', 'Wie (Tijd)']);
  });

  it("takes a row's lines down to a note under it, and leaves the note to the page", async () => {
    const model = await cachedModel(EXCERPT);
    const last = tablesOn(model.blocks, 5)[0]?.at(-1);
    expect(last?.[2]).toBe('Project van BZK, i.s.m. I&W en EZK om te kijken hoe het gebruik van de ondergrond gecoördineerd kan worden (project harmonisatie ondergrond).');
    expect(last?.join(' ')).not.toContain('Kamerstuk');
    expect(model.blocks.some((b) => b.kind === 'footnote' && b.source?.page === 5 && b.text === 'Kamerstuk 24 095, nr. 452')).toBe(true);
  });

  it("leaves a theme's bold title, beside the first lines of the row over the next header, to that row (the whole rendering: rules over rows)", async () => {
    // (Page 6: action 31's row, `Digitale infrastructuur van wereldklasse` in bold beside its first
    // lines, right over the next table's bold labels. In the whole rendering more rules stand under
    // rows than under headers, which is what findGrids is told here; the excerpt alone says less.)
    const { pages } = await cachedRead(EXCERPT);
    const page = pages.find((p) => p.page === 6);
    if (!page) throw new Error('no page 6');
    const { grids } = findGrids(page.rules, page.runs, page.fills, { rowRules: true });
    const text = (row: GridRow | undefined, k: number): string => buildLines(row?.cells[k]?.runs.filter((r) => r.text.trim() !== '') ?? []).map((l) => l.text).join(' ').replace(/\s+/g, ' ').trim();
    const upper = grids.find((g) => g.rows.some((r) => text(r, 1).startsWith('31)')));
    const lower = grids[grids.indexOf(upper as (typeof grids)[number]) + 1];
    expect(text(upper?.rows.at(-1), 0)).toBe('Digitale infrastructuur van wereldklasse Behoud van de internationale toppositie op het gebied van vaste en mobiele communicatienetwerken.');
    expect([0, 1, 2, 3, 4].map((k) => text(lower?.rows[0], k))).toEqual(["Thema's & ambitie", 'Acties zoals in NDS', 'Stand van zaken/ resultaten', 'Wat gaan we doen (en wanneer)?', 'Wie (Tijd)']);
  });

  it('reads the same page in the excerpt: the row and the header apart', async () => {
    const model = await cachedModel(EXCERPT);
    const tables = tablesOn(model.blocks, 6);
    const upper = tables.find((t) => t.some((r) => r[1]?.startsWith('31)')));
    expect(upper?.at(-1)?.[0]).toBe('Digitale infrastructuur van wereldklasse Behoud van de internationale toppositie op het gebied van vaste en mobiele communicatienetwerken.');
    expect(tables.at(-1)?.[0]).toEqual(["Thema's & ambitie", 'Acties zoals in NDS', 'Stand van zaken/ resultaten', 'Wat gaan we doen (en wanneer)?', 'Wie (Tijd)']);
  });
});

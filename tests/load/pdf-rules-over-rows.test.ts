/**
 * Tables ruled over each row and not over their headers (WeasyPrint, `td { border-top }` alone), on
 * the page that shows it (tests/fixtures/excerpts/weasyprint-rules-over-rows.pdf): a table's last
 * row has no rule under it, and the next table's header, with no rule over it, shares a band with
 * that row from the upper table's last rule down to its own first.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedModel } from '../helpers/models';
import { ROOT } from '../helpers/fixture';
import type { TableBlock } from '../../src/model/document';

const EXCERPT = join(ROOT, 'tests', 'fixtures', 'excerpts', 'weasyprint-rules-over-rows.pdf');

describe('tables ruled over their rows only, headers unruled (WeasyPrint)', () => {
  it("keeps the upper table's last row in it, and sets the next table's labels in its own columns", async () => {
    const model = await cachedModel(EXCERPT);
    const tables = model.blocks.filter((b): b is TableBlock => b.kind === 'table');
    const texts = tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.text)));
    // (Action 12's row, under the upper table's last rule: its own, not a note's text under the table.)
    expect(texts[0]?.at(-1)?.[0]).toBe('12) We initiëren een internationaliseringsagenda gericht op handelsbevordering, internationale samenwerking en strategische acquisitie.');
    expect(texts[1]?.[0]).toEqual(["Thema's & ambitie", 'Acties zoals in NDS', 'Stand van zaken/ resultaten', 'Wat gaan we doen?', 'Wie (Tijd)']);
    expect(texts[1]?.[2]?.slice(0, 2)).toEqual(['Innovatie-vriendelijke en toekomstbestendige wetgeving Wet- en regelgeving legt geen onnodige beperkingen op voor innovatie.', '13) Er komt een loket voor ondernemers om belemmeringen voor digitale innovatie in wet- en regelgeving te melden.']);
    expect(model.blocks.some((b) => b.kind === 'footnote')).toBe(false);
    expect((model.diagnostics ?? []).filter((d) => d.code === 'content-unread')).toEqual([]);
  });
});

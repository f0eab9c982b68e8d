/**
 * pdfTeX by way of pandoc, LaTeX's report class on A5 in Utopia with the tables in tiny type
 * (excerpt: tests/fixtures/excerpts/pdftex-utopia-a5.pdf — the title page, the contents, the page
 * that calls note 1, and the budget appendix's page of year series):
 *
 * - the contents are a small table whose page numbers stand in a column right against its longest
 *   entries: `1 Maatschappelijke … (versnellen)` · `52` opens with a number, in type smaller than
 *   the body, with no body text under it, and the text calls a note 1 — it was read as note 1, the
 *   contents ended there, and appendix 1's parts, appendix 2 and 3 were never found (22 errors on
 *   the whole rendering);
 * - Utopia has no euro sign: LaTeX draws a `C` struck through by a smaller `=`, which the text layer
 *   gives as a run `=` over the `C`'s: `=€ 1.143 mln.`, the budget's year series not read.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedExtraction } from '../helpers/models';
import { ROOT, markdownExtraction } from '../helpers/fixture';
import { inNumberColumn, type Line } from '../../src/load/pdf/lines';

const EXCERPT = join(ROOT, 'tests', 'fixtures', 'excerpts', 'pdftex-utopia-a5.pdf');

describe('contents whose page numbers stand in a column right against the entries (pdfTeX, A5)', () => {
  it('reads every entry as the contents, none as a note', async () => {
    const x = await cachedExtraction(EXCERPT);
    expect(x.document.toc.map((e) => e.number)).toEqual(markdownExtraction().document.toc.map((e) => e.number));
    expect(x.document.toc.find((e) => e.title.startsWith('Maatschappelijke en economische kansen'))?.page).toBe(52);
    expect(x.model.blocks.filter((b) => b.kind === 'footnote' && b.source.page === 2)).toEqual([]);
  });
});

describe('a euro sign drawn as a C struck through by a smaller = (Utopia has none)', () => {
  it('reads the WBSO year series as the markdown edition has them, and no amount with the bars', async () => {
    const x = await cachedExtraction(EXCERPT);
    const wbso = (lines: typeof x.records['budget-lines']) => lines.filter((l) => l.table === 'WBSO').map(({ row, year, value, unit }) => ({ row, year, value, unit }));
    expect(wbso(x.records['budget-lines'])).toEqual(wbso(markdownExtraction().records['budget-lines']));
    expect(wbso(x.records['budget-lines'])).toContainEqual({ row: 'budget', year: 2016, value: 1143, unit: 'EUR million' });
    const raws = x.records['budget-mentions'].map((m) => m.raw);
    expect(raws.slice(0, 2)).toEqual(['€ 1.143 mln.', '€ 335 mln.']);
    expect(raws.filter((r) => r.includes('='))).toEqual([]);
    // (The equals sign the text sets, before the second amount, stays: only the bars over a `C` go.)
    const markdown = markdownExtraction().records['budget-mentions'].find((m) => m.raw === '€ 335 mln.');
    expect(x.records['budget-mentions'][1]?.context).toBe(markdown?.context);
    expect(markdown?.context).toBe('(2016) budget € 1.143 mln. waarvan 29% naar ICT-innovaties = € 335 mln.');
  });
});

describe('inNumberColumn', () => {
  const line = (text: string, x1: number, y: number, tab?: number): Line => ({ spans: [{ text, bold: false, italic: false }], text, x0: 133, x1, y, size: 6, footnoteRefs: [], widestGap: tab ?? 1.5, ...(tab ? { tab } : {}) });
  it('takes lines whose last numbers end level with two of the four lines around them, one of those at a tab stop', () => {
    // (The excerpt's contents, as set: the numbers right-aligned at 301.6 pt, most after a tab stop.)
    const contents = [
      line('3 Vooruitblik: toekomstige uitdagingen 47', 301.6, 336, 60),
      line('Bijlage 1 Stand van zaken acties NDS 52', 301.6, 330, 48),
      line('1 Maatschappelijke en economische kansen benutten (versnellen) 52', 301.5, 324),
      line('2 Versterken van het fundament (basisvoorwaarden) 56', 301.6, 318, 27),
    ];
    expect([...inNumberColumn(contents)].map((l) => l.text.slice(0, 12))).toEqual(['3 Vooruitbli', 'Bijlage 1 St', '1 Maatschapp', '2 Versterken']);
  });
  it('takes no notes that end in a number, level where they are as long (notes 67-69 of the document)', () => {
    const notes = [line('67 Kamerstuk 26643, nr. 563', 212.4, 60), line('68 Kamerstuk 26643, nr. 623', 212.4, 52), line('69 Kamerstuk 26643, nr. 640', 212.4, 44), line('Inleiding tekst', 377, 36)];
    expect(inNumberColumn(notes).size).toBe(0);
  });
});

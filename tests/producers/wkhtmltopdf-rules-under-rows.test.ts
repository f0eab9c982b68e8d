/**
 * The producer matrix, wkhtmltopdf with rules under rows only (see matrix.ts): tables sized each to
 * its own content and stacked on a page at one width, a header left alone at a page's foot, a
 * footnote set between two tables, a row the page cut with its first text in a later column.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownExtraction } from '../helpers/fixture';
import { cachedExtraction } from '../helpers/models';
import { DIR, expectActionsAsReference, matrix, recordOf } from './matrix';

matrix(['wkhtmltopdf-hairline-middle.pdf', 'wkhtmltopdf-hrules-landscape.pdf']);

const FIELDS = ['text', 'theme', 'ambitionTitle', 'owners', 'timing'];

describe('wkhtmltopdf, landscape, rules under rows', () => {
  it('reads the rows under a header left alone at the foot of the page before (actions 13–15)', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, 'wkhtmltopdf-hrules-landscape.pdf'));
    expectActionsAsReference(e, reference, [13, 14, 15], FIELDS);
    expect(recordOf(e, 'actions', 13)?.ambitionTitle).toBe('Innovatie-vriendelijke en toekomstbestendige wetgeving');
  });

  it('keeps stacked tables with other columns apart: a column edge of one is no edge of the next (actions 21–25)', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, 'wkhtmltopdf-hrules-landscape.pdf'));
    expectActionsAsReference(e, reference, [21, 22, 23, 24, 25], FIELDS);
  });
});

describe('wkhtmltopdf, landscape, rules under rows: the budget appendix', () => {
  it('reads every line of both budget tables, a whole row under the last rule of a page included (Tabel 2, Privaat)', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, 'wkhtmltopdf-hrules-landscape.pdf'));
    const lines = (x: typeof e) => (x.records['budget-lines'] as unknown as { table: string; row: string; year: number; value: number }[]).map((l) => `${l.table}|${l.row}|${l.year}=${l.value}`);
    expect(lines(e)).toEqual(lines(reference));
    expect(lines(e)).toEqual(expect.arrayContaining(['Tabel 2|Privaat|2019=117', 'Tabel 2|Kennisinstellingen|2017=18', 'Tabel 1|PPS-toeslag|2020=137']));
  });

  it('keeps the lines of a paragraph together on a landscape page whose footnote address runs past the page edge (budget mentions)', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, 'wkhtmltopdf-hrules-landscape.pdf'));
    const mentions = (x: typeof e) => (x.records['budget-mentions'] as unknown as { raw: string; context: string }[]).map((m) => `${m.raw} ${m.context}`);
    expect(mentions(e)).toEqual(mentions(reference));
  });
});

describe('wkhtmltopdf, hairlines under rows, cells centred', () => {
  it('reads the rows of a table that opens a page with no header, under the header of the table before (actions 3 and 4)', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, 'wkhtmltopdf-hairline-middle.pdf'));
    expectActionsAsReference(e, reference, [3, 4], FIELDS);
  });

  it('joins a row the page cut whose action number stands under the last rule (21) or above the first rule of the next page (17)', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, 'wkhtmltopdf-hairline-middle.pdf'));
    expectActionsAsReference(e, reference, [16, 17, 21], [...FIELDS, 'status']);
    expect(recordOf(e, 'actions', 21)?.text).toBe('Het kabinet komt voor de zomer 2018 met een actieplan voor een doorbraak op het terrein van leven lang ontwikkelen.');
  });

  it('reads a footnote set between two tables as a footnote, not as part of the next header', async () => {
    const e = await cachedExtraction(join(DIR, 'wkhtmltopdf-hairline-middle.pdf'));
    const footnotes = e.records.footnotes as unknown as { n: number; text: string }[];
    expect(footnotes.find((f) => f.n === 65)?.text).toBe('Kamerstuk 24 095, nr. 452');
    expect(footnotes.find((f) => f.n === 66)?.text).toBe('Kamerstuk 24 095, nr. 450');
  });

  it('carries on a row the page cut whose first text stands indented in a later column, so no connectivity action is lost', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, 'wkhtmltopdf-hairline-middle.pdf'));
    expect(e.records['connectivity-actions']).toHaveLength(reference.records['connectivity-actions'].length);
    expect(String(recordOf(e, 'connectivity-actions', 41)?.action)).toMatch(/^De huidige kaders voor continuïteit/);
  });
});

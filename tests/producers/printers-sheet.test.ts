/**
 * The producer matrix, a printer's sheet (see matrix.ts): the WeasyPrint rendering ruled above its
 * rows (weasyprint-toprules.pdf), rewritten by MuPDF with each page's box 36 pt larger on every
 * side, so that its corner lies at -36 -36, crop marks at the trim's corners and a slug line under
 * each page. 64.13 % of the fields with 66 problems while the loader placed what is drawn from the
 * box's corner and the text from the page's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedExtraction } from '../helpers/models';
import { DIR, matrix } from './matrix';

const FILE = 'mutool-sheet-weasyprint-toprules.pdf';

matrix([FILE]);

describe("a printer's sheet: the page's box starting below zero, crop marks and a slug", () => {
  it('gives the records of the page it was made from, each in the same place from the sheet\'s corner, 36 pt on', async () => {
    const sheet = await cachedExtraction(join(DIR, FILE));
    const page = await cachedExtraction(join(DIR, 'weasyprint-toprules.pdf'));
    const without = (records: readonly { source?: unknown }[]) => records.map(({ source: _, ...rest }) => rest);
    expect(without(sheet.records.actions)).toEqual(without(page.records.actions));
    expect(without(sheet.records['budget-lines'])).toEqual(without(page.records['budget-lines']));
    const moved = page.records.actions.map((a) => a.source.bbox?.map((v) => Math.round((v + 36) * 10) / 10));
    expect(sheet.records.actions.map((a) => a.source.bbox?.map((v) => Math.round(v * 10) / 10))).toEqual(moved);
  });

  it('reads no slug line into any record', async () => {
    const sheet = await cachedExtraction(join(DIR, FILE));
    expect(JSON.stringify(sheet.records)).not.toContain('indd');
  });
});

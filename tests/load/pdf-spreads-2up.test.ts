/**
 * A 2-up print (tests/fixtures/spreads/weasyprint-2up-appendix.pdf, made by
 * scripts/render-spreads.mjs): the WeasyPrint rendering ruled above its rows (`td { border-top }`,
 * DejaVu Serif 10.5 pt), two A4 pages at 70 % side by side on each landscape sheet by MuPDF, sheets
 * 25–31 of the whole print (pages 49–62: appendix 1's actions 4 to 32). Read as whole sheets, the
 * two pages' tables ran into each other: 25 actions with problems (89.42 % of the fields for the
 * whole print, 32 problems); read page by page, every action there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline';
import { markdownExtraction, ROOT } from '../helpers/fixture';

const FILE = join(ROOT, 'tests', 'fixtures', 'spreads', 'weasyprint-2up-appendix.pdf');

describe('two pages side by side on each sheet (a 2-up print)', () => {
  it('reads every action of the sheets, with the text, ambition and owners the markdown edition has', async () => {
    const e = await extractDocument(new Uint8Array(readFileSync(FILE)), 'weasyprint-2up-appendix.pdf');
    const reference = markdownExtraction();
    const numbers = Array.from({ length: 25 }, (_, k) => k + 7);
    expect(e.records.actions.map((a) => a.number).filter((n) => n >= 7 && n <= 31)).toEqual(numbers);
    for (const n of numbers) {
      const mine = e.records.actions.find((a) => a.number === n);
      const theirs = reference.records.actions.find((a) => a.number === n);
      for (const field of ['text', 'ambitionTitle', 'whoRaw'] as const) expect(mine?.[field], `${n}.${field}`).toEqual(theirs?.[field]);
    }
    // (Each action's place is on its sheet: a right page's actions stand right of the sheet's middle.)
    const sheetWidth = 893.4;
    expect(e.records.actions.some((a) => (a.source.bbox?.[0] ?? 0) > sheetWidth / 2)).toBe(true);
    expect(e.records.actions.every((a) => Number.isInteger(a.source.page))).toBe(true);
  });
});

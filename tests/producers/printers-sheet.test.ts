/**
 * The producer matrix, a printer's sheet (see matrix.ts): the WeasyPrint rendering ruled above its
 * rows (weasyprint-toprules.pdf), rewritten by MuPDF as imposition software does: each page's box
 * 36 pt larger on every side, so that its corner lies at -36 -36, the page's content placed as a
 * form scaled to 96 % about the page's centre, crop marks at the trim's corners and a slug line
 * under each page. 46.96 % of the fields with 85 problems while the loader placed what is drawn
 * from the box's corner (the text from the page's) and left a form's matrix out.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedExtraction } from '../helpers/models';
import { DIR, matrix } from './matrix';

const FILE = 'mutool-sheet-weasyprint-toprules.pdf';

matrix([FILE]);

describe("a printer's sheet: the page's box starting below zero, crop marks and a slug", () => {
  it('gives the records of the page it was made from, each where the form places it on the sheet', async () => {
    const sheet = await cachedExtraction(join(DIR, FILE));
    const page = await cachedExtraction(join(DIR, 'weasyprint-toprules.pdf'));
    const without = (records: readonly { source?: unknown }[]) => records.map(({ source: _, ...rest }) => rest);
    expect(without(sheet.records.actions)).toEqual(without(page.records.actions));
    expect(without(sheet.records['budget-lines'])).toEqual(without(page.records['budget-lines']));
    // (On the A4 page 595.3 × 841.9: x → 0.96 x + 0.04 × 297.6 + 36, y → 0.96 y + 0.04 × 420.9 + 36, to half a point.)
    const placed = page.records.actions.map((a) => a.source.bbox?.map((v, k) => 0.96 * v + 0.04 * (k % 2 === 0 ? 297.64 : 420.94) + 36));
    sheet.records.actions.forEach((a, i) => a.source.bbox?.forEach((v, k) => expect(Math.abs(v - (placed[i]?.[k] as number)), `action ${a.number} bbox[${k}]`).toBeLessThan(0.5)));
    expect(sheet.records.actions.every((a) => a.source.bbox?.length === 4)).toBe(true);
  });

  it('gives no note the address of a link the sheet left where the page was (links unplaced, grazing the next note)', async () => {
    const sheet = await cachedExtraction(join(DIR, FILE));
    const page = await cachedExtraction(join(DIR, 'weasyprint-toprules.pdf'));
    const urls = (e: typeof sheet, n: number) => e.records.footnotes.find((f) => f.n === n)?.urls;
    // (MuPDF kept the links at the page's own places, 36 pt and 4 % off the text the form moved: the
    // link of note 29 grazed note 28, note 61's grazed 60.)
    for (const n of [28, 29, 59, 60, 61, 62]) expect(urls(sheet, n), `note ${n}`).toEqual(urls(page, n));
    expect(urls(sheet, 28)).toEqual([]);
  });

  it('reads no slug line into any record', async () => {
    const sheet = await cachedExtraction(join(DIR, FILE));
    expect(JSON.stringify(sheet.records)).not.toContain('indd');
  });
});

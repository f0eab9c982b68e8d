/**
 * The producer matrix, headers set the way browsers set `th` (see matrix.ts): labels centred in
 * their cells over rules under the rows (Chromium, landscape); and a table ruled under its header
 * only, with zebra rows, that wkhtmltopdf lays out page by page with each page's own column widths
 * (A5 landscape).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNREAD_CODES } from '../../src/model/diagnostics';
import { markdownExtraction } from '../helpers/fixture';
import { cachedExtraction } from '../helpers/models';
import { DIR, expectActionsAsReference, matrix, recordOf } from './matrix';

const CENTRED = 'chromium-centred-hrules-landscape.pdf';
const HEADRULE = 'wkhtmltopdf-a5-headrule-zebra.pdf';
matrix([CENTRED, HEADRULE]);

describe('Chromium, labels centred over rules under the rows', () => {
  it('takes the labels above a table’s first rule as its header, though they start well inside their cells: the connectivity plan is read whole', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, CENTRED));
    expect(e.records['connectivity-actions']).toHaveLength(reference.records['connectivity-actions'].length);
    for (const seq of [1, 18, 36, 41]) {
      for (const field of ['task', 'action', 'owners', 'timing']) expect(recordOf(e, 'connectivity-actions', seq)?.[field], `${seq}.${field}`).toEqual(recordOf(reference, 'connectivity-actions', seq)?.[field]);
    }
    expect(e.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('wkhtmltopdf A5, a rule under the header only, zebra rows', () => {
  it('reads the rows under a header rule by their alignment, not as one row the rule leaves open below', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, HEADRULE));
    expectActionsAsReference(e, reference, [3, 4, 7, 8, 9, 10, 11, 13, 14, 20, 21, 22, 23, 24, 25, 26, 27, 28], ['text', 'ambitionTitle', 'owners', 'timing']);
  });

  it('reads the rows under the rest of a header the page break cut (`ambitie` / `(Tijd)` over the rule) by their alignment too, in that page’s own column widths (actions 40–44)', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, HEADRULE));
    expectActionsAsReference(e, reference, [40, 41, 42, 43, 44], ['text', 'ambitionTitle', 'owners', 'timing']);
    expect(e.diagnostics.filter((d) => d.severity === 'error' && UNREAD_CODES.has(d.code))).toEqual([]);
  });
});

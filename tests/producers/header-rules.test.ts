/**
 * The producer matrix, tables ruled at their headers only (see matrix.ts): booktabs in Chromium (a
 * rule over and under each table, one under its centred labels, the contents list framed the same
 * way); and wkhtmltopdf with a rule under centred labels only, drawn cell by cell, each table laid
 * out with its own column widths.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNREAD_CODES } from '../../src/model/diagnostics';
import { markdownExtraction } from '../helpers/fixture';
import { cachedExtraction } from '../helpers/models';
import { DIR, expectActionsAsReference, matrix } from './matrix';

const BOOKTABS = 'chromium-booktabs-centred.pdf';
const HEADRULE = 'wkhtmltopdf-headrule-centred.pdf';
matrix([BOOKTABS, HEADRULE]);

describe('Chromium booktabs, labels centred', () => {
  it('reads the framed contents list as lines, not one row: the sections, priorities and Proeftuin list are found', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, BOOKTABS));
    expect(e.records.priorities.map((p) => p.title)).toEqual(reference.records.priorities.map((p) => p.title));
    expect(e.records['proeftuin-locations']).toHaveLength(reference.records['proeftuin-locations'].length);
  });

  it('reads the tables between their frame rules by alignment, a row the page cut joined again (action 8)', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, BOOKTABS));
    expectActionsAsReference(e, reference, [3, 4, 7, 8, 9, 10, 13, 14, 15, 21, 22, 23, 24, 25, 26, 27, 31, 36, 40, 44, 45], ['text', 'ambitionTitle', 'owners', 'timing']);
    expect(e.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('wkhtmltopdf, a rule under centred labels only', () => {
  it('takes each table’s columns from the joints of its header rule, however far inside their cells the labels stand', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, HEADRULE));
    expectActionsAsReference(e, reference, [3, 4, 7, 8, 9, 12, 13, 14, 15, 18, 19, 20, 21, 22, 23, 27, 28, 29], ['text', 'owners', 'timing']);
    expect(e.diagnostics.filter((d) => d.severity === 'error' && UNREAD_CODES.has(d.code))).toEqual([]);
  });

  it('reads the theme under a header at the foot of a page that its rule closed (actions 21–23), and the rule the break drew again at the next page’s top as no table', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, HEADRULE));
    expectActionsAsReference(e, reference, [21, 22, 23], ['theme', 'ambitionTitle', 'status', 'plans']);
  });
});

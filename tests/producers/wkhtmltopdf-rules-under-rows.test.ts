/**
 * The producer matrix, wkhtmltopdf with rules under rows only (see matrix.ts): tables sized each to
 * its own content and stacked on a page at one width, a header left alone at a page's foot, a
 * footnote set between two tables, a row the page cut with its first text in a later column.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownExtraction } from '../helpers/fixture';
import { cachedExtraction } from '../helpers/models';
import { DIR, matrix, recordOf } from './matrix';

matrix(['wkhtmltopdf-hairline-middle.pdf', 'wkhtmltopdf-hrules-landscape.pdf']);

const FIELDS = ['text', 'theme', 'ambitionTitle', 'owners', 'timing'];

describe('wkhtmltopdf, landscape, rules under rows', () => {
  it('reads the rows under a header left alone at the foot of the page before (actions 13–15)', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, 'wkhtmltopdf-hrules-landscape.pdf'));
    for (const n of [13, 14, 15]) for (const field of FIELDS) expect(recordOf(e, 'actions', n)?.[field], `${n}.${field}`).toEqual(recordOf(reference, 'actions', n)?.[field]);
    expect(recordOf(e, 'actions', 13)?.ambitionTitle).toBe('Innovatie-vriendelijke en toekomstbestendige wetgeving');
  });

  it('keeps stacked tables with other columns apart: a column edge of one is no edge of the next (actions 21–25)', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, 'wkhtmltopdf-hrules-landscape.pdf'));
    for (const n of [21, 22, 23, 24, 25]) for (const field of FIELDS) expect(recordOf(e, 'actions', n)?.[field], `${n}.${field}`).toEqual(recordOf(reference, 'actions', n)?.[field]);
  });
});

describe('wkhtmltopdf, hairlines under rows, cells centred', () => {
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

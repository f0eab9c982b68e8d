/**
 * The producer matrix, a draft by WeasyPrint (see matrix.ts): CONCEPT across every page at a slant,
 * a ministry's label in the margin half-way down every page (set turned half round), each table
 * cell framed apart (`border-spacing`). 56.41 % of the fields with 70 problems before the loader
 * knew watermarks, furniture off the pages' edges and cells framed apart.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownExtraction } from '../helpers/fixture';
import { cachedExtraction } from '../helpers/models';
import { DIR, matrix } from './matrix';

const FILE = 'weasyprint-draft.pdf';

matrix([FILE]);

describe('WeasyPrint, a draft (a watermark, a label in the margin, cells framed apart)', () => {
  it('reads neither the watermark nor the margin\'s label into any record, and says the watermark once', async () => {
    const e = await cachedExtraction(join(DIR, FILE));
    const text = JSON.stringify(e.records);
    expect(text).not.toContain('CONCEPT');
    expect(text).not.toContain('Ministerie van Economische Zaken en Klimaat');
    const marks = e.diagnostics.filter((d) => d.code === 'pdf-text-watermark');
    expect(marks).toHaveLength(1);
    expect(marks[0]?.message).toMatch(/"CONCEPT"/);
  });

  it('reads the priorities, the actions and the Proeftuin list as the markdown edition has them', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, FILE));
    expect(e.records.priorities.map((p) => p.title)).toEqual(reference.records.priorities.map((p) => p.title));
    expect(e.records.actions.map((a) => a.number)).toEqual(reference.records.actions.map((a) => a.number));
    expect(e.records['proeftuin-locations'].map((l) => `${l.city} • ${l.name}`)).toEqual(reference.records['proeftuin-locations'].map((l) => `${l.city} • ${l.name}`));
  });
});

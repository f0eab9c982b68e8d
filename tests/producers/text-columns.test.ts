/**
 * The producer matrix, text in columns (see matrix.ts): Chromium, A4 landscape, the prose in three
 * columns (CSS `column-count: 3`), the wide tables and chapter headings across them. The text is
 * read column by column, band by band; what a column break cuts goes on in the next column.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownExtraction } from '../helpers/fixture';
import { cachedExtraction } from '../helpers/models';
import { DIR, matrix } from './matrix';

const FILE = 'chromium-three-columns-landscape.pdf';
matrix([FILE]);

describe('Chromium, text in three columns', () => {
  it('reads the priorities whose list a column break cut after the fifth as one list of six', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, FILE));
    expect(e.records.priorities.map((p) => [p.rank, p.title, p.section])).toEqual(reference.records.priorities.map((p) => [p.rank, p.title, p.section]));
    expect(e.records.priorities.map((p) => p.title).at(-1)).toBe('Digitale weerbaarheid');
    expect(e.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reads the Proeftuin list, its entries in three columns of short lines, entry by entry', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, FILE));
    const key = (r: { city: string; name: string; category: string }) => `${r.city} | ${r.name} | ${r.category}`;
    expect(e.records['proeftuin-locations'].map(key)).toEqual(reference.records['proeftuin-locations'].map(key));
    expect(e.records['proeftuin-locations']).toHaveLength(95);
  });

  it('reads the notes set in the columns, none twice', async () => {
    const e = await cachedExtraction(join(DIR, FILE));
    expect(e.records.footnotes.map((f) => f.n)).toEqual(Array.from({ length: 73 }, (_, k) => k + 1).filter((n) => n !== 63));
    expect(e.records.footnotes.find((f) => f.n === 64)?.text).toBe('Zie verder SAPAI voor een overzicht van alle acties. Kamerstukken II, 2019-2020, 26 643 en 32 761, nr. 640');
  });
});

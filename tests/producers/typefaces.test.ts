/**
 * The producer matrix, a typeface of its own (see matrix.ts): Chromium with TeX Gyre Pagella, whose
 * Dutch `locl` feature sets `ij` as one glyph, which the text layer names U+0133 `ĳ`.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownExtraction } from '../helpers/fixture';
import { cachedExtraction } from '../helpers/models';
import { DIR, expectActionsAsReference, matrix } from './matrix';

const FILE = 'chromium-pagella-ij.pdf';
matrix([FILE]);

describe('Chromium, TeX Gyre Pagella (the Dutch ij ligature)', () => {
  it('reads the ligature as the letters i and j: no record holds U+0133, and the words are the markdown edition’s', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, FILE));
    expect(JSON.stringify(e.records)).not.toMatch(/[\u0132\u0133]/u);
    expectActionsAsReference(e, reference, [3, 4, 7], ['partTitle', 'ambitionTitle', 'ambitionText', 'text']);
    expect(String((e.records.actions as unknown as { number: number; ambitionText: string }[]).find((a) => a.number === 3)?.ambitionText)).toContain('toegankelijk');
  });
});

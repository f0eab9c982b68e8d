/** The producer matrix, Chromium and Ghostscript renderings (see matrix.ts). */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cachedExtraction } from '../helpers/models';
import { DIR, FLOOR, matrix, PRODUCERS } from './matrix';

// (chromium-plain-landscape.pdf has a file of its own: chromium-plain.test.ts.)
matrix(PRODUCERS.filter((f) => f.startsWith('chromium-') && !['chromium-plain-landscape.pdf', 'chromium-vrules-only.pdf', 'chromium-filled-cells.pdf', 'chromium-white-rules.pdf'].includes(f)));

it('holds every rendering of the matrix to a floor (a new rendering needs one)', () => {
  expect(Object.keys(FLOOR).sort()).toEqual(PRODUCERS);
});

it('ends a line short against where body lines end on pages of its width (a landscape page of short Proeftuin lines)', async () => {
  const e = await cachedExtraction(join(DIR, 'chromium-landscape-zebra.pdf'));
  const delft = e.records['proeftuin-locations'].filter((l) => l.city === 'Delft').map((l) => l.name);
  expect(delft).toContain('Fieldlab UPPS (Ultra Personalized Products and Services)');
  expect(delft).toContain('Geronimo AI');
  expect(e.records['proeftuin-locations']).toHaveLength(95);
});

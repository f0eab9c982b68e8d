/** The producer matrix, Chromium and Ghostscript renderings (see matrix.ts). */
import { expect, it } from 'vitest';
import { FLOOR, matrix, PRODUCERS } from './matrix';

matrix(PRODUCERS.filter((f) => f.startsWith('chromium-')));

it('holds every rendering of the matrix to a floor (a new rendering needs one)', () => {
  expect(Object.keys(FLOOR).sort()).toEqual(PRODUCERS);
});

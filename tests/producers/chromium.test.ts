/** The producer matrix, Chromium and Ghostscript renderings (see matrix.ts). */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cachedExtraction } from '../helpers/models';
import { DIR, FLOOR, matrix, OWN_FILE, PRODUCERS } from './matrix';

// (Renderings with a file of their own are held there: see OWN_FILE.)
matrix(PRODUCERS.filter((f) => f.startsWith('chromium-') && !OWN_FILE.has(f)));

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

it('reads the ligatures Ghostscript misnamed after letters with a diacritic (fi as ü, ff as û, fl as ý), and says so', async () => {
  const e = await cachedExtraction(join(DIR, 'chromium-letter-gs.pdf'));
  const misnamed = e.diagnostics.filter((d) => d.code === 'pdf-text-misnamed');
  expect(misnamed.map((d) => [d.severity, d.message.match(/font (\S+)/)?.[1], d.message.match(/names "(.)"/)?.[1], d.message.match(/the ligature "(\w+)"/)?.[1] ?? null])).toEqual([
    ['info', 'GZHKDP+DejaVuSerif', 'ü', 'fi'],
    // (The bold face draws its `fi` as wide as its `u`: it is read by its words, as the same producer's.)
    ['info', 'XUPQHU+DejaVuSerif-Bold', 'û', 'fi'],
    ['info', 'GZHKDP+DejaVuSerif', 'û', 'ff'],
    ['info', 'GZHKDP+DejaVuSerif', 'ý', 'fl'],
    // (Its `fl`, named `ü`, stands in one word only, `üexibel`: too few to say; it is left in doubt.)
    ['warning', 'XUPQHU+DejaVuSerif-Bold', 'ü', null],
  ]);
  const actions = e.records.actions.map((a) => `${a.number} ${a.text} ${a.status.join(' ')} ${a.plans.join(' ')}`);
  expect(actions.filter((a) => /[üûý]/.test(a))).toEqual([]);
  expect(actions.join(' ')).toContain('fieldlabs');
  expect(e.records.actions.find((a) => a.number === 7)?.ambitionTitle).toBe('Een üexibel energiesysteem');
});

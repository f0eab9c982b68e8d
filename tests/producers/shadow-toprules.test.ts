/**
 * The producer matrix, Chromium with text shadows over rules above rows (see matrix.ts): headings
 * and header labels drawn twice (their shadow 0.6 pt down and right, then themselves), each cell
 * ruled along its top only, A4 landscape. 48.40 % of the fields with 60 problems before the loader
 * knew shadows; footnote 64, set between two stacked tables, then fell in the upper table's last
 * row, read in the lower table's columns.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownExtraction } from '../helpers/fixture';
import { cachedExtraction } from '../helpers/models';
import { DIR, expectActionsAsReference, matrix } from './matrix';

const FILE = 'chromium-shadow-toprules-landscape.pdf';

matrix([FILE]);

describe('Chromium, text shadows, rules above rows, landscape', () => {
  it('reads each heading once, as the markdown edition has it', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, FILE));
    expect(e.records.priorities.map((p) => p.title)).toEqual(reference.records.priorities.map((p) => p.title));
    expect(e.records.actions.map((a) => a.ambitionTitle)).toEqual(reference.records.actions.map((a) => a.ambitionTitle));
  });

  it('reads the note set between two stacked tables as the note, and the row above it in its own columns', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, FILE));
    const note = e.records.footnotes.find((f) => f.n === 64);
    expect(note?.text).toBe('Zie verder SAPAI voor een overzicht van alle acties. Kamerstukken II, 2019-2020, 26 643 en 32 761, nr. 640');
    expectActionsAsReference(e, reference, [11, 12], ['text', 'status', 'plans', 'whoRaw']);
  });
});

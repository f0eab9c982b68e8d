/**
 * The producer matrix, a re-write of its own (see matrix.ts): Poppler's pdftocairo re-writing the
 * wkhtmltopdf rendering with zebra rows. cairo splits each font into subsets and sets the space in
 * one of its own, so pdfjs gives every word as a text item of its own; the justified lines of the
 * plans column then stood like words set at column starts, and the column was parted in two.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownExtraction } from '../helpers/fixture';
import { cachedExtraction } from '../helpers/models';
import { DIR, expectActionsAsReference, matrix } from './matrix';

const FILE = 'cairo-wkhtmltopdf-zebra.pdf';
matrix([FILE]);

describe('pdftocairo re-writing wkhtmltopdf (a space in a font of its own)', () => {
  it('reads the words of a line as one text, so a justified column stays one column: actions 21–23 as in the markdown edition, nothing unread', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, FILE));
    expectActionsAsReference(e, reference, [21, 22, 23], ['text', 'status', 'plans', 'owners', 'timing']);
    expect(e.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // (Action 21's first plan whole: it was parted under `Wat` | `gaan we doen?`.)
    expect(String((e.records.actions as unknown as { number: number; plans: string[] }[]).find((a) => a.number === 21)?.plans[0])).toMatch(/^Het actieplan LLO wordt uitgewerkt op 6 sporen/);
  });
});

/**
 * A line justified between its letters (`text-justify: inter-character`): Chromium spreads a short
 * line's letters across its cell and pdfjs gives them one a run (src/load/pdf/spread-letters.ts).
 * Joined, its words parted where letters stand a word space further apart than the line's letters:
 * action 22's number reads `22)` again (excerpt tests/fixtures/excerpts/chromium-inter-character.pdf).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedModel } from '../helpers/models';
import { ROOT } from '../helpers/fixture';
import type { TextRun } from '../../src/load/pdf/page-data';
import { spreadLettersJoined } from '../../src/load/pdf/spread-letters';

const EXCERPT = join(ROOT, 'tests', 'fixtures', 'excerpts', 'chromium-inter-character.pdf');

/** A run of 6.5 pt DejaVu Sans at `x` on the baseline `y`, as wide as its letters (3.9 pt each). */
const run = (text: string, x: number, y = 275, extra: Partial<TextRun> = {}): TextRun => ({ text, x, y, width: 3.9 * text.length, size: 6.5, bold: false, italic: false, font: 'DejaVuSans', ...extra });
/** Letters at the given starts, a space run between each two (as pdfjs gives a spread line). */
const spread = (letters: [string, number][], y = 275): TextRun[] => letters.flatMap(([t, x], k) => (k === 0 ? [run(t, x, y)] : [run(' ', x - 4, y), run(t, x, y)]));

describe('a line justified between its letters', () => {
  it('reads action 22\'s spread first line as `22) Het` (Chromium, inter-character justification)', async () => {
    const model = await cachedModel(EXCERPT);
    const cell = model.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((r) => r.cells) : [])).find((c) => /^22\)/.test(c.text));
    expect(cell?.text.slice(0, 36)).toBe('22) Het Techniepact wordt voortgezet');
  });

  it('joins letters set apart evenly, parting words where a gap is a word space wider (measured: `3` · `)` · `E` · `e` · `n`)', () => {
    // (Letter gaps 7.9 pt; between `)` and `E` 17.9 pt: a word space at 6.5 pt.)
    const line = spread([['3', 155.5], [')', 167.3], ['E', 188.1], ['e', 199.9], ['n', 211.7]]);
    expect(spreadLettersJoined(line).map((r) => [r.text, r.x, Math.round(r.width * 10) / 10])).toEqual([['3) Een', 155.5, 60.1]]);
    // (One short word spread across its cell, its letters all a gap apart: `E` · `Z` · `K`.)
    expect(spreadLettersJoined(spread([['E', 492.9], ['Z', 512.7], ['K', 532.8]])).map((r) => r.text)).toEqual(['EZK']);
  });

  it('leaves alone a bullet before its text, two letters, figures in columns far apart, and letters in another size or line (bad input)', () => {
    const bullet = [run('•', 60), run('Het kabinet zet deze lijn voort.', 70)];
    expect(spreadLettersJoined(bullet)).toEqual(bullet);
    const two = spread([['a', 100], ['b', 108]]);
    expect(spreadLettersJoined(two)).toEqual(two);
    // (A row of one-figure cells: 40 pt apart at 6.5 pt, more than three sizes.)
    const figures = spread([['5', 300], ['5', 340], ['5', 380]]);
    expect(spreadLettersJoined(figures)).toEqual(figures);
    // (Nor figures alone however close: one-figure cells of a narrow budget table.)
    const close = spread([['1', 300], ['1', 315], ['1', 330]]);
    expect(spreadLettersJoined(close)).toEqual(close);
    // (A note's number raised in a smaller size between letters, and letters on the next line.)
    const mixed = [run('a', 100), run('7', 108, 278, { size: 4.5 }), run('b', 116), run('c', 124, 265)];
    expect(spreadLettersJoined(mixed)).toEqual(mixed);
  });
});

/** A word's width within a line whose width alone the page gives (glyph-widths.ts), and where it decides a cell's line breaks. */
import { describe, expect, it } from 'vitest';
import { widthIn } from '../../src/load/pdf/glyph-widths';
import { segmentLines } from '../../src/load/pdf/text-blocks';
import type { Line } from '../../src/load/pdf/lines';

/** A line as measured on a page: its text, where it starts and ends, its baseline, 7.5 pt type. */
const line = (text: string, x0: number, x1: number, y: number): Line => ({ spans: [{ text, bold: false, italic: false }], text, x0, x1, y, size: 7.5, footnoteRefs: [], widestGap: 2 });

describe('widthIn', () => {
  it('shares a line\'s width out by its letters\' widths, not evenly', () => {
    // (`Wiersma (3 jaar)`, 50.5 pt in Liberation Serif: `Wiersma` is 7 of its 16 characters, but W and m are wide.)
    expect(widthIn('Wiersma', 'Wiersma (3 jaar)', 50.5)).toBeCloseTo(27, 0);
    expect(widthIn('illi', 'illi mmmm', 30)).toBeLessThan(widthIn('mmmm', 'illi mmmm', 30) / 3);
    // (Characters beyond ASCII count as an average letter; nothing is nothing.)
    expect(widthIn('€', '€ 5', 10)).toBeGreaterThan(widthIn('5', '€ 5', 10) * 0.9);
    expect(widthIn('', '', 10)).toBe(0);
    expect(widthIn('x', '', 10)).toBe(0);
  });
});

describe('segmentLines: a line going on from one that broke off mid-sentence', () => {
  // Chromium, a landscape table with its plans column set flush right (chromium-right-columns-landscape.pdf),
  // action 21, measured and read as set flush left: the cell's text ends at 743.1; `Wiersma` did
  // not fit after `… van de motie` (a 32 pt gap; the word is 27 pt wide, 22 pt by its share of characters).
  const above = line('verbonden met de 48 mln. van de motie', 589.6, 708.8, 449.5);
  const below = line('Wiersma (3 jaar)', 589.6, 640.1, 439.7);

  it('keeps it in the item above when its first word, measured by its letters, would not have fitted', () => {
    const opener = line('2. Bevorderen leercultuur MKB: SLIM-', 589.6, 709.8, 469.0);
    const second = line('subsidieregeling is ingegaan in 2020,', 589.6, 701.1, 459.2);
    const items = segmentLines([opener, second, above, below], { right: 743.1, pitch: 9.75, cell: true });
    expect(items.map((s) => s.lines.map((l) => l.text).join(' '))).toEqual(['2. Bevorderen leercultuur MKB: SLIM- subsidieregeling is ingegaan in 2020, verbonden met de 48 mln. van de motie Wiersma (3 jaar)']);
  });

  it('but parts it where the word would have fitted, a word of narrow letters too', () => {
    expect(segmentLines([above, line('Iiii lijst', 589.6, 613.0, 439.7)], { right: 743.1, pitch: 9.75, cell: true })).toHaveLength(2);
    // (After a sentence's end, a new paragraph where the word would have fitted by its share of characters.)
    expect(segmentLines([line('verbonden met de motie Wiersma.', 589.6, 690.0, 449.5), below], { right: 743.1, pitch: 9.75, cell: true })).toHaveLength(2);
  });
});

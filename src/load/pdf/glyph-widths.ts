/**
 * How wide a part of a line is, when the page says only how wide the whole line is: the line's
 * width shared out by its characters' advance widths in a proportional face (Helvetica's, per
 * 1,000 units of the em; a serif face's differ little), not evenly (`Wiersma` is wider than its
 * seven of a line's characters: W and m are wide, i narrow). Whatever face the line is set in, the
 * estimate is scaled to its measured width, so only the proportions are borrowed.
 */

// (ASCII from the space to `~`; any other character counts as a lower-case letter's average.)
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const OTHER = 520;

/** The advance of `text` in units of the em (1,000 a unit). */
function units(text: string): number {
  let sum = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    sum += code >= 32 && code <= 126 ? (ASCII[code - 32] as number) : OTHER;
  }
  return sum;
}

/** How wide `part` (a piece of `text`) stands, `text` being `width` wide. */
export function widthIn(part: string, text: string, width: number): number {
  const whole = units(text);
  return whole === 0 ? 0 : (width * units(part)) / whole;
}

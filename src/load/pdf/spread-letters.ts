/**
 * A line justified between its letters (CSS `text-justify: inter-character`: Chromium spreads a
 * short line's letters across its cell) comes from pdfjs one letter a run, with runs of spaces
 * between: `2` · ` ` · `2` · ` ` · `)` · ` ` · `H` · ` ` · `e` · ` ` · `t`. Such letters are joined
 * into one run, its words parted where two letters stand further apart than the line's letters do
 * by a word space: `22) Het`. A letter in a line of its own kind — a bullet, a note's number, a
 * figure in a table's column — stands alone or far apart, and stays as it is; so do figures alone
 * (one-figure cells side by side), however close.
 */
import type { TextRun } from './page-data';
import { letterSpaced } from './letter-spacing';
import { inLine, sameFace, TOUCH_AFTER } from './spaced-words';

/** Fewest letters side by side that make a spread line. */
const MIN_LETTERS = 3;
/** Furthest apart two letters of one spread line stand, in sizes (a short word spread across a cell). */
const MAX_GAP = 3;
/** How much wider than the line's letter gap a gap must be to part words, in sizes (a word space is a quarter of one or more). */
const WORD_GAP = 0.2;

/** One visible character alone in its run (spaces around it aside). */
function single(run: TextRun): boolean {
  return [...run.text.trim()].length === 1;
}

/** Runs in the order the page sets them, each spread line's letters joined into one run. */
export function spreadLettersJoined(runs: readonly TextRun[]): TextRun[] {
  const spread = new Set<TextRun>();
  const out: TextRun[] = [];
  for (let i = 0; i < runs.length; i++) {
    const first = runs[i] as TextRun;
    if (!single(first)) {
      out.push(first);
      continue;
    }
    // (The letters that follow it on its line, one a run, each right after the one before: space runs between them pass.)
    const letters: TextRun[] = [first];
    let j = i + 1;
    let end = i;
    for (; j < runs.length; j++) {
      const r = runs[j] as TextRun;
      if (r.text.trim() === '') continue;
      const last = letters[letters.length - 1] as TextRun;
      const gap = r.x - (last.x + last.width);
      if (!single(r) || !(inLine(first, r) && sameFace(first, r)) || gap < -first.size * 0.05 || gap > first.size * MAX_GAP) break;
      letters.push(r);
      end = j;
    }
    // (Figures alone, a row of one-figure cells, are no spread line: a word's letters are.)
    if (letters.length < MIN_LETTERS || !letters.some((r) => /\p{L}/u.test(r.text))) {
      out.push(first);
      continue;
    }
    const gaps = letters.slice(1).map((r, k) => r.x - ((letters[k] as TextRun).x + (letters[k] as TextRun).width));
    const letterGap = Math.min(...gaps);
    // (Letters that touch are a word set a glyph a run, not spread: joined as they touch, see
    // touchingJoined; a gap three sizes wide after them is a column's gutter, no word space.)
    if (letterGap <= first.size * TOUCH_AFTER) {
      out.push(...runs.slice(i, end + 1));
      i = end;
      continue;
    }
    let text = letters[0]?.text.trim() ?? '';
    gaps.forEach((gap, k) => (text += `${gap > letterGap + first.size * WORD_GAP ? ' ' : ''}${(letters[k + 1] as TextRun).text.trim()}`));
    const last = letters[letters.length - 1] as TextRun;
    const joined = { ...first, text, width: last.x + last.width - first.x };
    spread.add(joined);
    out.push(joined);
    i = end;
  }
  return spreadNumbersJoined(out, (r) => spread.has(r) || letterSpaced(r.text));
}

/** Most figures a spread note number has. */
const NUMBER_FIGURES = 3;

/**
 * A note's number set spread as its line is (`3 7` · `To e z e g g i n g`, or `5` · `8` · `Het
 * eindrapport …` one figure a run): its figures joined into one number (`37`, `58`), where the text
 * right after it on its line, within three of the text's sizes, is spread (`isSpread`) and the
 * figures stand no further apart than that. Figures with no spread text after them (a row of
 * one-figure cells, `2 0 2 0` in a table) stay as they are.
 */
function spreadNumbersJoined(runs: readonly TextRun[], isSpread: (run: TextRun) => boolean): TextRun[] {
  const out: TextRun[] = [];
  for (let i = 0; i < runs.length; i++) {
    const first = runs[i] as TextRun;
    const figures: TextRun[] = [];
    let j = i;
    if (/^\d(?: \d)+$/u.test(first.text.trim()) && first.text.trim().length <= NUMBER_FIGURES * 2 - 1) {
      figures.push(first);
      j = i + 1;
    } else {
      for (; j < runs.length && figures.length < NUMBER_FIGURES; j++) {
        const r = runs[j] as TextRun;
        if (r.text.trim() === '') continue;
        const last = figures[figures.length - 1];
        if (!/^\d$/u.test(r.text.trim()) || (last && !(inLine(first, r) && sameFace(first, r) && r.x - (last.x + last.width) <= first.size * MAX_GAP && r.x >= last.x))) break;
        figures.push(r);
      }
      if (figures.length < 2) {
        out.push(first);
        continue;
      }
    }
    // (The text after the figures, on their line: set beside a raised, smaller number too.)
    while (j < runs.length && (runs[j] as TextRun).text.trim() === '') j++;
    const next = runs[j];
    const end = figures[figures.length - 1] as TextRun;
    const besideIt = next !== undefined && Math.abs(next.y - first.y) <= next.size * 0.6 && next.x >= end.x + end.width - first.size * 0.5 && next.x - (end.x + end.width) <= next.size * MAX_GAP;
    if (!besideIt || !isSpread(next)) {
      out.push(first);
      continue;
    }
    out.push({ ...first, text: figures.map((r) => r.text.replace(/\s+/gu, '')).join(''), width: end.x + end.width - first.x });
    i = j - 1;
  }
  return out;
}

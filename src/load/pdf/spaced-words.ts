/**
 * Words set apart by a space glyph in a font of its own (cairo re-writing a PDF whose fonts it split
 * into subsets: `(Het)Tj` in one font, `<0001>Tj` — the space — in another, `(is)Tj` in the first).
 * pdfjs ends a text item where the font changes, so each word comes as a run of its own with a
 * space run between: a justified line of a table cell then looks like words set at column starts.
 * Joined here into the one run pdfjs gives when a line is set in one font.
 */
import type { TextRun } from './page-data';

/** The most a word space may be, in sizes (pdfjs's own bound for a space inside a text item). */
const WORD_SPACE = 0.6;

/**
 * The least a word space is, in sizes. A space glyph drawn narrower stands inside a word: Ghostscript
 * moves a word's letters by a space glyph shrunk with word spacing (`Tw`) as often as by a kern, and
 * re-distilling groff's `waarvan` drew `(wa)Tj … -2.232 Tw (ar v)Tj`, its space 0.27 pt wide under
 * 9 pt letters. A justified line shrinks its spaces to a fifth of a size at the most (pdfTeX: 0.22).
 */
const LEAST_WORD_SPACE = 0.08;

/** Do two runs stand on one baseline in one size, in one element, both upright or both upside down? */
function onBaseline(a: TextRun, b: TextRun): boolean {
  return Math.abs(a.y - b.y) <= a.size * 0.05 && Math.abs(a.size - b.size) <= a.size * 0.01 && Boolean(a.reversed) === Boolean(b.reversed) && a.element === b.element;
}

/** Do two runs stand on one baseline in one size, one after the other (upright)? */
export function inLine(a: TextRun, b: TextRun): boolean {
  return onBaseline(a, b) && !a.reversed;
}

/** How far `next` stands on from `prev` along their line (leftwards in text set upside down), and the two as one run's left edge and width. */
function along(prev: TextRun, next: TextRun): { gap: number; x: number; width: number } {
  const x = Math.min(prev.x, next.x);
  const width = Math.max(prev.x + prev.width, next.x + next.width) - x;
  return { gap: prev.reversed ? prev.x - (next.x + next.width) : next.x - (prev.x + prev.width), x, width };
}

/** Are two runs set in one font and style? */
export function sameFace(a: TextRun, b: TextRun): boolean {
  return a.font === b.font && a.bold === b.bold && a.italic === b.italic;
}

/**
 * Runs in the order the page sets them: a word, a run of spaces only, and a word in the first
 * word's font and style, on one baseline, a word space apart at most, become one run; one word
 * where the space between them is no word space (see LEAST_WORD_SPACE). (Text set upside down
 * goes on leftwards.)
 */
export function spacedWordsJoined(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as TextRun;
    const prev = out[out.length - 1];
    const next = runs[i + 1];
    if (prev && next && run.text !== '' && run.text.trim() === '' && prev.text.trim() !== '' && next.text.trim() !== '') {
      const { gap, x, width } = along(prev, next);
      if (sameFace(prev, next) && onBaseline(prev, run) && onBaseline(prev, next) && gap >= 0 && gap <= prev.size * WORD_SPACE) {
        const space = gap >= prev.size * LEAST_WORD_SPACE || /\s$/u.test(prev.text) || /^\s/u.test(next.text) ? ' ' : '';
        out[out.length - 1] = { ...prev, text: `${prev.text.trimEnd()}${space}${next.text.trimStart()}`, x, width };
        i++;
        continue;
      }
    }
    out.push(run);
  }
  return out;
}

/**
 * How far the next run may start past the run before, or back over it (a kerned pair, `T` · `o`),
 * for the two to touch, in sizes: pdfjs's own bounds for glyphs of one text item with no space
 * between them (its tracking space, 0.102 of a size, and its negative space, a quarter of one).
 */
export const TOUCH_AFTER = 0.1;
const TOUCH_BACK = 0.25;

/**
 * Runs in the order the page sets them, each run that touches the one before it — in its font,
 * style and size, on its baseline, no space between — joined to it. pdfjs ends a text item at
 * every marked-content sequence, and a producer may set each glyph or word in a sequence of its
 * own: a note's number then comes a figure a run, `3` · `7`, read as note 3 and a call of 7. Joined,
 * the runs are the one run pdfjs gives the same glyphs drawn without those sequences. (Text set
 * upside down reads leftwards: there the next run touches the one before from its left.)
 */
export function touchingJoined(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    if (prev && run.text.trim() !== '' && prev.text.trim() !== '' && onBaseline(prev, run) && sameFace(prev, run)) {
      const { gap, x, width } = along(prev, run);
      const onward = prev.reversed ? run.x + run.width < prev.x + prev.width : run.x > prev.x;
      if (onward && gap <= prev.size * TOUCH_AFTER && gap >= -prev.size * TOUCH_BACK) {
        out[out.length - 1] = { ...prev, text: `${prev.text}${run.text}`, x, width };
        continue;
      }
    }
    out.push(run);
  }
  return out;
}

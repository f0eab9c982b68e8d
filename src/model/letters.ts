/**
 * A word's brackets and punctuation at either end, for `replace` (`(AI),` → `AI`). The end's run is
 * tried only where the run starts (the lookbehind): tried at each of its characters, as `[^…]+$`
 * is, a long run that does not end the text is quadratic (a PDF line of 300,000 dots: 52 s).
 */
export const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|(?<![^\p{L}\p{N}])[^\p{L}\p{N}]+$/gu;

/**
 * The word a text ends with (its letters up to the end): group 1. Tried only where a word starts
 * (the lookbehind): `\p{L}+$` tried at each letter of a long word that does not end the text is
 * quadratic (seconds for one PDF line of 100,000 letters).
 */
export const LAST_WORD = /(?<!\p{L})(\p{L}+)$/u;

/** Letters that make a syllable in Dutch and the languages it borrows from, with their accents: a word holds one, glyph numbers and broken pieces (`st`) often none. */
export const VOWEL = /[aeiouyàáâäèéêëìíîïòóôöùúûü]/iu;

/**
 * A text with its letter-spaced stretches closed up: pieces of one character side by side, as a
 * layout that justifies between letters leaves a short line (`2 2 ) H e t` → `22) Het`). Evidence
 * only (an action's number the text holds, however spread): the words it runs together are not read.
 */
export function closedUp(text: string): string {
  const out: string[] = [];
  let run = '';
  for (const piece of text.split(' ')) {
    if ([...piece].length === 1) {
      // (A number's closing mark stays apart from the word after it: `22) Het`.)
      run += /[)\].:]$/.test(run) && /\p{L}/u.test(piece) ? ` ${piece}` : piece;
      continue;
    }
    if (run !== '') out.push(run);
    run = '';
    out.push(piece);
  }
  if (run !== '') out.push(run);
  return out.join(' ');
}

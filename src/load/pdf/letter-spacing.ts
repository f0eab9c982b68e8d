/**
 * Text set letter-spaced (CSS `letter-spacing`, a designer's spaced capitals: `THEMA'S & AMBITIE`).
 * pdfjs puts a space between every two letters set apart so, and one for a word space too:
 * `T H E M A ' S & A M B I T I E`, `S TA N D VA N` (a kerned pair stays together). Such a text is
 * read again as words: its letters run together, then parted where the document's own words
 * (written unspaced elsewhere in it) part them.
 */
import type { TextRun } from './page-data';

/** Longest word looked for when parting letters. */
const MAX_WORD = 30;

/**
 * Is this a letter-spaced text: three pieces or more between single spaces, each one character
 * (`W I E`, `2 . 1`, `2 0 2 0`), or five or more, three in five of them a single letter or figure?
 * (Prose, a row of figures and a list's `a)` marks are not.)
 */
export function letterSpaced(text: string): boolean {
  const pieces = text.trim().split(' ');
  if (pieces.length < 3 || pieces.some((p) => p === '')) return false;
  if (pieces.every((p) => [...p].length === 1)) return true;
  const single = pieces.filter((p) => /^[\p{L}\p{N}]$/u.test(p)).length;
  return pieces.length >= 5 && single >= pieces.length * 0.6;
}

/** Whether a text holds a capital set apart: it may be letter spacing that pdfjs spaced in part (see partlySpaced). */
export function strayCapital(text: string): boolean {
  return / \p{Lu}(?: |$)|^\p{Lu} /u.test(text.trim());
}

/**
 * Is this a text set letter-spaced that pdfjs spaced only in part (its gaps near the width it takes
 * for a space: `1 I NL EID IN G`, `WONEN DE C L I Ë N TEN`, `D ATA`)? Two or more of its pieces, a
 * quarter of them at least, are single capitals, and read again as words
 * (see unspaced) it holds fewer pieces the document does not write than it did.
 */
export function partlySpaced(text: string, lexicon: ReadonlySet<string>): boolean {
  const pieces = text.trim().split(/ +/);
  // (Two pieces of capitals, one a single letter, that make one of the document's words: `VA N`,
  // `E N`, `D ATA`, `VRIJ E`. Lower case, `e en` is the rest of a word a narrow cell broke.)
  if (pieces.length === 2) return pieces.every((p) => /^\p{Lu}+$/u.test(p)) && pieces.some((p) => /^\p{Lu}$/u.test(p)) && lexicon.has(pieces.join('').toLowerCase());
  if (pieces.length < 3) return false;
  const stray = pieces.filter((p) => /^\p{Lu}$/u.test(p)).length;
  if (stray < 2 || stray < pieces.length * 0.25) return false;
  const unknown = (words: readonly string[]): number =>
    words.filter((w) => {
      const letters = w.toLowerCase().replace(/[^\p{L}]/gu, '');
      return letters !== '' && (letters.length === 1 || !lexicon.has(letters));
    }).length;
  return unknown(unspaced(text, lexicon).split(' ')) < unknown(pieces);
}

/**
 * Letters run together, parted into the fewest of the document's words (`lexicon`, in lower case);
 * a letter no word takes is kept as it is, at a cost that makes any reading by words better.
 */
function partWords(letters: string, lexicon: ReadonlySet<string>): string[] {
  const lower = letters.toLowerCase();
  const n = letters.length;
  const cost: number[] = [0, ...Array.from({ length: n }, () => Infinity)];
  const from: number[] = Array.from({ length: n + 1 }, () => 0);
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - MAX_WORD); start < end; start++) {
      const word = lower.slice(start, end);
      // (No single letter counts as a word: abbreviations, `i.s.m.`, give the document many.)
      const step = word.length > 1 && lexicon.has(word) ? 1 : end - start === 1 ? 3 : Infinity;
      const total = (cost[start] as number) + step;
      if (total < (cost[end] as number)) {
        cost[end] = total;
        from[end] = start;
      }
    }
  }
  const words: string[] = [];
  for (let end = n; end > 0; end = from[end] as number) words.unshift(letters.slice(from[end], end));
  // (Letters no word took, side by side, are one piece: an abbreviation the document writes nowhere else.)
  const out: string[] = [];
  let unknown = false;
  for (const w of words) {
    const known = w.length > 1 && lexicon.has(w.toLowerCase());
    if (!known && unknown) out[out.length - 1] += w;
    else out.push(w);
    unknown = !known;
  }
  return out;
}

/**
 * The text of a letter-spaced run, read as words: `THEMA'S & AMBITIE`, `WIE (TIJD)`,
 * `ZAKEN/RESULTATEN`, `(X € 1 MLN) STAND VOORJAARSNOTA 2020`. Where a space stood between figures
 * and letters or between two groups of figures cannot be told: none is put there (`Q2`, `1.455`).
 */
export function unspaced(text: string, lexicon: ReadonlySet<string>): string {
  let out = '';
  // (Whether the text so far ends with letters the document writes as no word; with figures.)
  let afterLetters = false;
  let afterFigures = false;
  const known = (w: string): boolean => w.length > 1 && lexicon.has(w.toLowerCase());
  for (const [piece] of text.replace(/ /g, '').matchAll(/\p{L}+|\p{N}+|[^\p{L}\p{N}]/gu)) {
    const glued = out === '' || /['’\-/(.,]$/.test(out);
    if (/^\p{L}/u.test(piece)) {
      const words = partWords(piece, lexicon);
      // (Nor between figures and letters the document writes as no word: `5G`, `4G`; `1 MLN`, `2020 STAND` part.)
      out += (glued || (afterFigures && !known(words[0] as string)) ? '' : ' ') + words.join(' ');
      afterLetters = !lexicon.has((words[words.length - 1] as string).toLowerCase());
      afterFigures = false;
    } else if (/^\p{N}/u.test(piece)) {
      // (After a word, `NOTA 2020`; not after letters the document does not write, `Q2`.)
      out += (glued || afterLetters ? '' : ' ') + piece;
      afterLetters = false;
      afterFigures = true;
    } else {
      out += /[&+=€$£–—]/.test(piece) ? ` ${piece} ` : piece === '(' && !glued ? ` ${piece}` : piece;
      afterLetters = afterFigures = false;
    }
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

/**
 * Runs set letter-spaced, read as words (see unspaced); the others as they are. A run whose word
 * another run goes on, with no gap between them (a ligature set apart: `en e` · `fficiënter`), is
 * read only when it is letter-spaced throughout.
 */
export function withWordsUnspaced(runs: readonly TextRun[], lexicon: ReadonlySet<string>): TextRun[] {
  const touches = (r: TextRun): boolean =>
    runs.some((o) => o !== r && o.text.trim() !== '' && Math.abs(o.y - r.y) <= r.size * 0.2 && (Math.abs(o.x - (r.x + r.width)) <= r.size * 0.1 || Math.abs(o.x + o.width - r.x) <= r.size * 0.1));
  return runs.map((r) => (letterSpaced(r.text) || (strayCapital(r.text) && partlySpaced(r.text, lexicon) && !touches(r)) ? { ...r, text: unspaced(r.text, lexicon) } : r));
}

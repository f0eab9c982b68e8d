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
  // (The pieces in a list and the last character kept apart: reading the end of a string built by
  // `+=` flattens it, and a pattern anchored at its end is tried at every character: either,
  // once a piece, is quadratic over a long line.)
  const out: string[] = [];
  let last = '';
  const put = (piece: string): void => {
    out.push(piece);
    if (piece !== '') last = piece.slice(-1);
  };
  // (Whether the text so far ends with letters the document writes as no word; with figures.)
  let afterLetters = false;
  let afterFigures = false;
  const known = (w: string): boolean => w.length > 1 && lexicon.has(w.toLowerCase());
  for (const [piece] of text.replace(/ /g, '').matchAll(/\p{L}+|\p{N}+|[^\p{L}\p{N}]/gu)) {
    const glued = last === '' || /['’\-/(.,]/.test(last);
    if (/^\p{L}/u.test(piece)) {
      const words = partWords(piece, lexicon);
      // (Nor between figures and letters the document writes as no word: `5G`, `4G`; `1 MLN`, `2020 STAND` part.)
      put((glued || (afterFigures && !known(words[0] as string)) ? '' : ' ') + words.join(' '));
      afterLetters = !lexicon.has((words[words.length - 1] as string).toLowerCase());
      afterFigures = false;
    } else if (/^\p{N}/u.test(piece)) {
      // (After a word, `NOTA 2020`; not after letters the document does not write, `Q2`.)
      put((glued || afterLetters ? '' : ' ') + piece);
      afterLetters = false;
      afterFigures = true;
    } else {
      put(/[&+=€$£–—]/.test(piece) ? ` ${piece} ` : piece === '(' && !glued ? ` ${piece}` : piece);
      afterLetters = afterFigures = false;
    }
  }
  return out.join('').replace(/ {2,}/g, ' ').trim();
}

/** A run of capitals, figures or marks, letter-spaced or not: no lower-case letter. */
const CAPITALS = /^[^\p{Ll}]*$/u;

/**
 * Small capitals a producer made of capitals (CSS `font-variant: small-caps` in a face with none:
 * Chromium sets each word's first letter in the text's size and the rest as capitals about 0.7 of
 * it, each size a run of its own, letter-spaced: `N` · `E D E R L A N D S E` · ` ` · `D` · `I G I T` ·
 * `A L I S E R I N G S`). Runs on one baseline that touch, in two sizes, the larger ones single
 * letters or figures, become one run in the larger size, the smaller capitals read as the lower-case
 * letters they stand for, its words parted where a space run or a wider gap parts them (and, where
 * the small capitals are not letter-spaced, at their own spaces): `Nederlandse
 * Digitaliseringsstrategie 2020`. Only a word longer than any is read against the document's words
 * (see unspaced). Used only on pages that hold letter-spaced text (see layout's withLettersUnspaced).
 */
function withSmallCapitals(runs: readonly TextRun[], lexicon: ReadonlySet<string>): TextRun[] {
  const out: TextRun[] = [];
  let i = 0;
  while (i < runs.length) {
    const first = runs[i] as TextRun;
    let j = i + 1;
    let end = first.x + first.width;
    const base = (r: TextRun): boolean => Math.abs(r.y - first.y) <= Math.max(r.size, first.size) * 0.1 && r.bold === first.bold && r.italic === first.italic && !r.reversed;
    if (/\p{Lu}/u.test(first.text) && CAPITALS.test(first.text)) {
      while (j < runs.length) {
        const r = runs[j] as TextRun;
        const blank = r.text.trim() === '';
        if (!base(r) || r.x < end - Math.max(r.size, 1) || r.x > end + r.size * (blank ? 0.2 : 0.6)) break;
        if (!blank && !CAPITALS.test(r.text)) break;
        if (!blank) end = r.x + r.width;
        else end = Math.max(end, Math.min(r.x + r.width, r.x + r.size * 0.6));
        j++;
      }
    }
    const chain = runs.slice(i, j);
    const visible = chain.filter((r) => r.text.trim() !== '');
    const large = Math.max(...visible.map((r) => r.size));
    const small = visible.filter((r) => r.size < large * 0.9);
    const smallCaps =
      visible.length >= 2 &&
      small.length > 0 &&
      small.every((r) => r.size >= large * 0.55 && r.size <= large * 0.85) &&
      visible.every((r) => r.size < large * 0.9 || r.text.trim().split(/ +/).every((piece) => /^(\p{Lu}|[^\p{L}]+)$/u.test(piece)));
    if (!smallCaps) {
      // (The whole chain as it is: each run is looked at once.)
      out.push(...chain);
      i = j;
      continue;
    }
    // (A space inside a run of the larger size parts words, `1 I` · `N L E I D I N G`, but between
    // figures, `2 0 2 0`; inside a run of small capitals it is letter spacing where they are
    // letter-spaced, and a word space where they are not: `A D` of `DATA DELEN`.)
    const spacedLetters = visible.some((r) => r.size < large * 0.9 && letterSpaced(r.text));
    const letters = (r: TextRun): string =>
      r.size < large * 0.9 ? (spacedLetters ? r.text.replace(/ /g, '') : r.text.trim()).toLowerCase() : r.text.trim().replace(/(?<=\p{N}) +(?=\p{N})/gu, '');
    // (Words part at a space run, or where two runs stand further apart than letters do: a word
    // space, a fifth of the text's size more than the letters' own spacing.)
    const gaps = visible.slice(1).map((r, k) => r.x - ((visible[k] as TextRun).x + (visible[k] as TextRun).width));
    const letterGap = gaps.length > 0 ? Math.max(0, [...gaps].sort((a, b) => a - b)[Math.floor((gaps.length - 1) / 2)] as number) : 0;
    const words: string[] = [];
    let word = '';
    let prev: TextRun | null = null;
    for (const r of chain) {
      if (r.text.trim() === '' || (prev !== null && r.x - (prev.x + prev.width) > letterGap + large * 0.2)) {
        if (word !== '') words.push(word);
        word = '';
      }
      if (r.text.trim() !== '') {
        word += letters(r);
        prev = r;
      }
    }
    if (word !== '') words.push(word);
    // (Words no longer than any stand as read; longer, the document's words part them.)
    const text = words
      .join(' ')
      .split(/ +/)
      .map((w) => (w.replace(/[^\p{L}]/gu, '').length <= MAX_WORD ? w : unspaced(w, lexicon)))
      .join(' ');
    const last = visible[visible.length - 1] as TextRun;
    const lead = visible.find((r) => r.size === large) as TextRun;
    out.push({ ...lead, text, x: first.x, width: last.x + last.width - first.x, y: first.y });
    i = j;
  }
  return out;
}

/**
 * Runs set letter-spaced, read as words (see unspaced); the others as they are. A run whose word
 * another run goes on, with no gap between them (a ligature set apart: `en e` · `fficiënter`), is
 * read only when it is letter-spaced throughout. Small capitals made of capitals are read first
 * (see withSmallCapitals).
 */
export function withWordsUnspaced(all: readonly TextRun[], lexicon: ReadonlySet<string>): TextRun[] {
  const runs = withSmallCapitals(all, lexicon);
  const touches = (r: TextRun): boolean =>
    runs.some((o) => o !== r && o.text.trim() !== '' && Math.abs(o.y - r.y) <= r.size * 0.2 && (Math.abs(o.x - (r.x + r.width)) <= r.size * 0.1 || Math.abs(o.x + o.width - r.x) <= r.size * 0.1));
  // (A two-letter word of a letter-spaced line that pdfjs gave a run of its own, `o n d e r z o e k` ·
  // `e n`: set apart as the line is, where a letter-spaced run in its size stands on its line.)
  const spaced = runs.filter((r) => letterSpaced(r.text));
  const onSpacedLine = (r: TextRun): boolean => TWO_LETTERS.test(r.text.trim()) && spaced.some((o) => o !== r && Math.abs(o.y - r.y) <= r.size * 0.2 && Math.abs(o.size - r.size) <= r.size * 0.05);
  return runs.map((r) => (letterSpaced(r.text) || onSpacedLine(r) || (strayCapital(r.text) && partlySpaced(r.text, lexicon) && !touches(r)) ? { ...r, text: unspaced(r.text, lexicon) } : r));
}

/** Two letters set a space apart (`e n`, `i s`). */
const TWO_LETTERS = /^\p{L} \p{L}$/u;

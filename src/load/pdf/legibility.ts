/**
 * Whether a PDF's text layer reads as language at all. A producer that embeds fonts without a
 * Unicode mapping (no ToUnicode, no cmap: e.g. a PDF printed to PostScript and distilled again)
 * leaves text that pdfjs can only give as glyph numbers: `1HGHUODQGVH` for `Nederlandse`. Such text
 * is there, but not readable: it must not be taken for another document, nor for missing content.
 *
 * The test is the share of words among tokens that hold three letters or more: one word in lower
 * case (or capitalised) with a vowel. Prose in any Latin-script language scores above 0.9 (measured on
 * every rendering at hand, 0.92–0.95); glyph numbers read as letters score near 0.
 */
import type { TextRun } from './page-data';
import { EDGE_PUNCTUATION, VOWEL } from '../../model/letters';

/** Below this share of words a page's text is taken for undecodable. */
const LEGIBLE_SHARE = 0.5;
/** Fewer tokens than this (a title page, a figure) say too little to judge by. */
const MIN_TOKENS = 30;

const WORD = /^\p{Lu}?\p{Ll}+$/u;
const SYMBOLS = /^[\p{So}\p{Co}]{3,}$/u;

export interface Legibility {
  /** Tokens that hold three letters or more (after trimming punctuation), or three symbols and nothing else, the first ninety or so. */
  tokens: number;
  /** Those that read as a word. */
  words: number;
}

/** Tokens enough to judge a page by: reading on would not change the verdict (bounded work per page). */
const ENOUGH = MIN_TOKENS * 3;

export function legibility(runs: readonly Pick<TextRun, 'text'>[]): Legibility {
  let tokens = 0;
  let words = 0;
  for (const run of runs) {
    if (tokens >= ENOUGH) break;
    for (const raw of run.text.split(/\s+/)) {
      // (A token of three symbols or more and no letter or figure — dingbats, private-use glyphs —
      // is text a font without a Unicode mapping gave as whatever its codes name: no word either.)
      if (SYMBOLS.test(raw)) {
        tokens++;
        continue;
      }
      const token = judged(raw);
      if (token === null) continue;
      tokens++;
      if (isWord(token)) words++;
    }
  }
  return { tokens, words };
}

/** A token trimmed of punctuation, or null where it says nothing: figures and codes are no evidence either way, only tokens of three letters or more count. */
function judged(raw: string): string | null {
  const token = raw.replace(EDGE_PUNCTUATION, '');
  return (token.match(/\p{L}/gu)?.length ?? 0) < 3 ? null : token;
}

/** A word in lower case, or capitalised, with a vowel: what prose is made of, and glyph numbers seldom are. */
function isWord(token: string): boolean {
  return WORD.test(token) && VOWEL.test(token);
}

/** True when there is enough text to judge and too few of its tokens are words. */
export function isIllegible(l: Legibility): boolean {
  return l.tokens >= MIN_TOKENS && l.words < l.tokens * LEGIBLE_SHARE;
}

/**
 * A few tokens of the text, to show what it reads as: those that read as no word (a page's legible
 * title over text in glyph numbers shows the glyph numbers), or its first texts where all do.
 */
export function sampleOf(runs: readonly Pick<TextRun, 'text'>[]): string {
  const unread: string[] = [];
  for (const run of runs) {
    for (const raw of run.text.split(/\s+/)) {
      const symbols = SYMBOLS.test(raw);
      const token = symbols ? raw : judged(raw);
      if (token !== null && (symbols || !isWord(token))) unread.push(token);
      if (unread.length === 4) break;
    }
    if (unread.length === 4) break;
  }
  const text = unread.length > 0 ? unread.join(' ') : runs.map((r) => r.text.trim()).filter((t) => t.length >= 3).slice(0, 4).join(' ');
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/**
 * UTF-8 that the producer read as Latin-1 (`ArtificiÃ«le` for `Artificiële`, `â¬` for `€`): a
 * lead byte's letter (`Ã`, `Â`, `â`) followed by a continuation byte's character (U+0080–U+00BF),
 * a pair no language writes. The bytes a Latin-1 font has no glyph for are lost (`â¬`: the `€`'s
 * middle byte), so such text is reported, not repaired. Returns how many such pairs the runs hold
 * and the first of them in context.
 */
export function mojibake(runs: readonly Pick<TextRun, 'text'>[]): { count: number; sample: string | null } {
  const pair = /[ÂÃâ][\u0080-\u00BF]/gu;
  let count = 0;
  let sample: string | null = null;
  for (const run of runs) {
    const found = run.text.match(pair);
    if (!found) continue;
    count += found.length;
    sample ??= run.text.trim().slice(0, 40);
  }
  return { count, sample };
}

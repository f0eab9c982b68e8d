/**
 * Where a text stands in a sentence, as every stage asks it: the PDF loader joining a cell the page
 * cut, the extractors joining the rest of a row to its action.
 */
import { LAST_WORD } from './letters';

/** A text that goes on a sentence from above it: it opens in lower case, or with a comma or semicolon. */
export function goesOnMidSentence(text: string): boolean {
  return /^[\p{Ll},;]/u.test(text);
}

/** A word in lower case, whole, opening a text: after a bracket that closed a word (`(semi)` / `overheidsinstanties …`), its sentence goes on. */
export const LOWERCASE_WORD = /^\p{Ll}{2,}(?=[\s,;:]|$)/u;

/** The abbreviations a number follows, ending a text: `nr.`, `nrs.`, `art.`, `blz.`, `p.`, `pp.`, `pag.`, `no.`, `hfst.`. */
const NUMBERING = /(?:^|[\s(])(?:nrs?|art|blz|pp?|pag|no|hfst)\.$/iu;

/** A number that goes on the abbreviation numbering it, which ends `cut`: `… 2019-2020: 35134, nr.` / `13). De Europese …`. */
export function numberGoesOn(cut: string, next: string): boolean {
  return NUMBERING.test(cut) && /^\d/.test(next);
}

/** A stop after a short lowercase word or after single letters with stops, ending a text: `jl.`, `mln.`, `o.a.`, `t.b.v.`. */
const ABBREVIATION_STOP = /(?:^|[\s(])(?:\p{Ll}{1,4}|\p{L}(?:\.\p{L})+)\.$/u;

/**
 * A sentence that goes on after an abbreviation that ends `cut`, its stop no sentence's end: the
 * text after it opens with a word in lower case, which no sentence does (`… op 20 februari jl.` /
 * `heeft EZK het CRP …`).
 */
export function abbreviationGoesOn(cut: string, next: string): boolean {
  return ABBREVIATION_STOP.test(cut) && LOWERCASE_WORD.test(next);
}

/** A text with the brackets it opens with taken off: `(DTC) gaat …` goes on as its first letter does. */
export function fromFirstLetter(text: string): string {
  return text.replace(/^[([]+/, '');
}

/**
 * Dutch words no sentence or cell ends on: articles, conjunctions and prepositions that a Dutch
 * sentence never leaves stranded at its end. (Not `van`, `op`, `aan`, `in`, `uit`, `door`, `voor`,
 * `over`, `mee`, `het`, `dat`, `die`: a stranded preposition, a verb's particle or a pronoun ends
 * many a sentence — `Daar is geen sprake van.`, `Het kabinet voert de motie uit.`)
 */
const NEVER_LAST = new Set(['de', 'een', 'en', 'met', 'te', 'tot', 'zoals', 'tussen', 'zonder', 'via', 'per', 'maar', 'want', 'of']);

/** Does `text` break off on a word no sentence ends on (`… De voorbereiding van de`)? What follows goes on it, whatever its first letter (`3,5 GHz-veiling …`). */
export function brokeOffOnWord(text: string): boolean {
  const last = LAST_WORD.exec(text.trim())?.[1];
  return last !== undefined && NEVER_LAST.has(last.toLowerCase());
}

/**
 * How editions write an action's number where it opens a table cell or paragraph: `23) …` (2020),
 * `23. …`, `(23) …`, `[23] …`, `Actie 23: …`, `A23 …`. Shared by the PDF loader, which lays a row
 * out from where its number stands, and the extractors, which read each document one way
 * (extract/common/anchors.ts). (A number must be followed by a space: `1.281` is a figure.)
 */

/** One way of writing an action number: what stands before and after the number. */
export interface AnchorStyle {
  name: 'bracket' | 'dotted' | 'parenthesised' | 'square' | 'labelled' | 'lettered';
  /** Opening a text: the number in group 1, the whole match what precedes the action's text. */
  opening: RegExp;
  /** Anywhere in a text (at its start or after white space), global: the number in group 2 (see splitActions). */
  within: RegExp;
  /** Action `n` opening a text or standing inside one, followed by a capital (reconcile's evidence). */
  numbered(n: number): RegExp;
}

/** Words an edition may write before a number (`Actie 23:`, `Maatregel 4 –`), in lower case, each with its plural's ending. */
const LABEL_WORDS: readonly [string, string][] = [
  ['actie', 's'],
  ['action', 's'],
  ['maatregel', 'en'],
  ['measure', 's'],
];

/** Those words as a number's label: capitalised, in lower or in upper case. */
const LABEL = `(?:${LABEL_WORDS.map(([w]) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}|${w.toUpperCase()}`).join('|')})`;

/**
 * In lower-cased text, an action written with its number (`actie 23: …`, `maatregel 4 –`), in the
 * singular or plural: a table's content, not a column's label (header-meanings.ts). (A year is no
 * action's number: `acties 2021` may label a column.)
 */
export const NUMBERED_ACTION = new RegExp(`^(?:${LABEL_WORDS.map(([w, plural]) => `${w}(?:${plural})?`).join('|')})\\s?\\d{1,3}(?!\\d)`);

const PARTS: Record<AnchorStyle['name'], [string, string]> = {
  bracket: ['', '\\)\\s'],
  dotted: ['', '\\.\\s'],
  parenthesised: ['\\(', '\\)\\s'],
  square: ['\\[', '\\]\\s'],
  labelled: [`${LABEL}\\s?`, '(?:\\s?[:.)]|\\s[–—-])?\\s'],
  lettered: ['[AM]', '(?:[:.)]|\\s[–—-])?\\s'],
};

function style(name: AnchorStyle['name']): AnchorStyle {
  const [before, after] = PARTS[name];
  return {
    name,
    opening: new RegExp(`^${before}(\\d{1,3})${after}`),
    within: new RegExp(`(^|\\s)${before}(\\d{1,3})${after}`, 'g'),
    numbered: (n) => new RegExp(`(?:^|\\s)${before}${n}${after}\\s*\\p{Lu}`, 'u'),
  };
}

/** The 2020 edition's way: `23) Het kabinet …`. */
export const BRACKET = style('bracket');

/** Every style, the 2020 one first (it wins a tie). */
export const ANCHOR_STYLES: readonly AnchorStyle[] = [BRACKET, style('dotted'), style('parenthesised'), style('square'), style('labelled'), style('lettered')];

/**
 * An action number in any style but the stop's, opening a text: what the PDF loader takes for the
 * start of an action's row before it knows the document's style. (Not `1. …`: that is how a list in
 * a cell numbers its points, and the loader lays out lines before anything tells them apart.)
 */
export const ANY_ANCHOR = new RegExp(
  `^(?:${(Object.keys(PARTS) as AnchorStyle['name'][])
    .filter((n) => n !== 'dotted')
    .map((n) => `${PARTS[n][0]}\\d{1,3}${PARTS[n][1]}`)
    .join('|')})`,
);

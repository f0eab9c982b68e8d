/**
 * Lines → text blocks: where one paragraph or list item ends and the next begins, by geometry.
 *
 * A new block starts at a vertical gap wider than the line pitch, at a change of indentation, at a
 * bullet, at a change of emphasis, or after a line that ended short (the next line's first word
 * would have fitted: the break was forced, not a wrap). Lines of one block are joined with a space,
 * or without one after a hyphen that ends a line (the layout broke a compound there).
 */
import { emphasisOf, type Emphasis, type Line, type Span } from './lines';
import { widthIn } from './glyph-widths';
import { isTopicLabel } from '../../model/topics';
import { LAST_WORD, VOWEL } from '../../model/letters';
import { goesOnMidSentence } from '../../model/sentences';

export interface TextSegment {
  lines: Line[];
  /** Left edge of the first line. */
  x0: number;
  /** Opened by a bullet glyph or shape. */
  bullet: boolean;
  /** Left edge of the lines after the first, in a paragraph set with a hanging indent. */
  hangsAt?: number;
}

export interface SegmentOptions {
  /** Right edge available to text (a cell's inner edge, the text column's right edge). */
  right: number;
  /** Where a line at this baseline has a nearer right edge (text set beside a frame), that edge. */
  rightAt?: (y: number) => number | undefined;
  /** Typical distance between baselines of one paragraph. */
  pitch: number;
  /** Baselines (rounded) of lines that have a bullet shape to their left. */
  bulletLines?: Set<number>;
  /** The document's words (see brokenWord). */
  lexicon?: ReadonlySet<string>;
  /** The words that stand inside its lines (see brokenAcross). */
  inner?: ReadonlySet<string>;
  /** The lines are a table cell's (see segmentLines). */
  cell?: boolean;
  /** The glyphs that open the document's list items (see listMarkers); `•` when not given. */
  markers?: ReadonlySet<string>;
  /** The page's letters as its fonts draw them (PageData.letterWidths): a word's width measured, not guessed (see measuredFirstWord). */
  advances?: Advances;
  /**
   * Whether a tagged PDF's structure elements say where paragraphs and items end (true when not
   * given): false where the document's tags part a sentence somewhere (see tagsPartSentences).
   */
  tagsHold?: boolean;
}

/** Font name → letter → its advance in thousandths of an em, as a page draws it (PageData.letterWidths). */
export type Advances = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** The share of a line's width its letters, measured, may take: less says the advances are in other units (or the line is mostly figures). */
const LETTER_SHARE = [0.5, 1.02] as const;

/**
 * How wide the first word of `line` is set, from the advances its font draws its letters with:
 * for a word of letters all drawn on the page, in a line whose letters so measured fill a
 * plausible share of its width (LETTER_SHARE: the advances are thousandths of an em at the line's
 * size). Undefined otherwise: the width is then estimated from the line's letters on average.
 */
export function measuredFirstWord(line: Line, advances: Advances | undefined): number | undefined {
  const widths = line.font === undefined ? undefined : advances?.[line.font];
  const word = line.text.split(' ')[0] ?? '';
  if (!widths || !/^\p{L}+$/u.test(word)) return undefined;
  const measure = (text: string, strict: boolean): number | undefined => {
    let sum = 0;
    for (const ch of text) {
      const w = widths[ch];
      if (w !== undefined) sum += w;
      else if (strict) return undefined;
    }
    return (sum * line.size) / 1000;
  };
  const own = measure(word, true);
  const letters = measure(line.text, false) as number;
  const width = line.x1 - line.x0;
  return own !== undefined && letters >= width * LETTER_SHARE[0] && letters <= width * LETTER_SHARE[1] ? own : undefined;
}

/** A piece of text (between spaces) that is (part of) a web address: a scheme, `www.`, a domain, or a path of two steps or more. */
const WEB_ADDRESS = /:\/\/|^\W*www\.|[\p{L}\d]\.(?:nl|eu|com|org|net|gov|int|edu|io)\b|\/[^/]+\//iu;

/**
 * A text in lower case with its web addresses blanked: where letters run together are parted into
 * words (letter-spaced text), a domain's letters are no word (`smartindustry`).
 */
export function wordText(text: string): string {
  const lower = text.toLowerCase();
  // (Only a text with a dot or a slash can hold one: most lines are read once, not token by token.)
  return /[./]/.test(lower) ? lower.replace(/\S+/g, (piece) => (WEB_ADDRESS.test(piece) ? ' '.repeat(piece.length) : piece)) : lower;
}

/** A word for lexiconOf: letters, with the hyphen after them where a space follows it. */
const LEXICON_WORD = /\p{L}+(?:-(?=\s))?/gu;

/** Punctuation that closes a word (one character). */
const CLOSING = /^[)\].,;:!?'"’”]$/u;

/**
 * The words of some lines, in lower case, for brokenWord and hyphenated: each line's last word left
 * out unless punctuation closes it after another word, since a word a layout broke stands there
 * (`frequentiebande`), and whole words stand inside lines too; the first word under a line that a
 * hyphen ends, the rest of a broken word, left out too. So is a word with a hyphen and a space after
 * it: where a page's line runs across a table's cells, the half of a word a cell's line broke stands
 * inside it (`12) We initiëren   Met een marktwer-   • In`). (A web address's words count: a
 * producer that hyphenates breaks them too, `de-fault`.)
 */
export function lexiconOf(lines: readonly { text: string }[]): Set<string> {
  const words = new Set<string>();
  // (A word alone on its line, closed by punctuation, after a line that ends with a word of the
  // document's — `afstemmen van` / `frequentiegebruik.` —: whole, as no broken word's rest follows a
  // whole word. Judged once the other lines have given their words.)
  const alone: { word: string; after: string }[] = [];
  const compounds = new Map<string, Set<string>>();
  lines.forEach((l, i) => {
    const text = l.text.toLowerCase();
    // (The words as strings: a word with a hyphen and a space after it ends in its hyphen. Match
    // objects, with their places, cost a third of the document's layout after its last page.)
    const found = text.match(LEXICON_WORD) ?? [];
    // (Nor its first word under a line that a hyphen ends: the rest of a broken word, `ergiesysteem`.)
    // (The previous line's last three characters hold its last letter and hyphen, an astral letter's too.)
    if (/\p{L}-$/u.test((lines[i - 1]?.text ?? '').slice(-3))) found.shift();
    const last = found[found.length - 1];
    // (The last word counts when punctuation closes it, `BZK (Doorlopend)`: a word a layout broke
    // has none after its first half. Not when it opens the line too: it may be a broken word's
    // second half, `icatiewet.` under `Telecommun`. The last word stands where the text writes it
    // last: no letter follows it.)
    const closedBy = last !== undefined && CLOSING.test(text.charAt(text.lastIndexOf(last) + last.length));
    const before = lastWord(lines[i - 1]?.text ?? '');
    if (found.length === 1 && closedBy && last !== undefined && !last.endsWith('-') && before !== undefined) alone.push({ word: last, after: before });
    if (!(found.length > 1 && closedBy)) found.pop();
    for (const w of found) if (!w.endsWith('-')) words.add(w);
    // (The compounds the document writes with a hyphen inside a line, for ownCompound. Not a web address's.)
    if (text.includes('-')) for (const m of wordText(text).matchAll(/(?<![\p{L}-])(\p{L}+)-(\p{L}+)/gu)) compounds.set(m[1] as string, (compounds.get(m[1] as string) ?? new Set()).add(m[2] as string));
  });
  // (Kept as `data-analyses`, and as `data-` where the first part opens two compounds or more.)
  for (const [head, tails] of compounds) {
    for (const tail of tails) words.add(`${head}-${tail}`);
    if (tails.size >= 2) words.add(`${head}-`);
  }
  for (const { word, after } of alone) if (words.has(after) && !words.has(after + word)) words.add(word);
  return words;
}

/**
 * A word a layout broke where its column ended, without a hyphen (LibreOffice, in a cell narrower
 * than the word: `frequentiebande` / `n`): the two halves make a word the document writes
 * elsewhere, and neither half alone is one of its words (`in` / `zet`, `incident` / `en` stay two; a
 * single letter left over, `n`, is no word).
 */
export function brokenWord(prev: string, next: string, lexicon: ReadonlySet<string> | undefined): boolean {
  if (!lexicon) return false;
  const head = lastWord(prev);
  return head !== undefined && head.length >= 4 && piecesOfWord([head, firstWord(next)], lexicon);
}

/** A line's last word, in lower case. */
const lastWord = (text: string): string | undefined => LAST_WORD.exec(text)?.[1]?.toLowerCase();

/** A line's first word, when it opens in lower case. */
const firstWord = (text: string): string | undefined => /^(\p{Ll}+)/u.exec(text.trim())?.[1];

/**
 * Do these pieces of lines make one word the document writes (`lexicon`), none of them a word of
 * its own (`words`, the lexicon unless given; a single letter is none)?
 */
function piecesOfWord(pieces: readonly (string | undefined)[], lexicon: ReadonlySet<string>, words: ReadonlySet<string> = lexicon): boolean {
  return pieces.every((p) => p !== undefined && !(p.length >= 2 && words.has(p))) && lexicon.has(pieces.join(''));
}

/**
 * A word wider than its cell that a layout broke where each line ended, its first piece after the
 * words before it (ReportLab fills a line up with the piece that fits: `EZK (Doo` / `rlopend)`,
 * `Doelmatig f` / `requentieg` / `ebruik`). Does the line `texts[i]` go on the word `texts[i - 1]`
 * ends with? Where the pieces (two, or three with a line that holds only the middle one) make a
 * word the document writes elsewhere, and none of them is one of its words (a single letter left
 * at a line's end is none): brokenWord's test for first pieces of any length. (`inner`, when
 * given: the words that stand inside lines, neither first nor last on one — a broken word's rest
 * opens lines only, `ngsverbanden` under `samenwerki` in every cell that broke it so.)
 */
export function brokenAcross(texts: readonly string[], i: number, lexicon: ReadonlySet<string> | undefined, inner?: ReadonlySet<string>): boolean {
  if (!lexicon || i < 1) return false;
  const only = (t: string): string | undefined => /^(\p{Ll}+)$/u.exec(t.trim())?.[1];
  const joins = (pieces: readonly (string | undefined)[]): boolean => piecesOfWord(pieces, lexicon, inner);
  const prev = texts[i - 1] as string;
  const next = texts[i] as string;
  // (Two pieces, the first after words of its line; or the line below holds the middle piece alone.)
  if (joins([lastWord(prev), firstWord(next)])) return true;
  const after = texts[i + 1];
  if (after !== undefined && only(next) !== undefined && joins([lastWord(prev), only(next), firstWord(after)])) return true;
  // (Or this line's piece closes a word whose middle piece stood alone on the line above.)
  const before = texts[i - 2];
  return before !== undefined && only(prev) !== undefined && joins([lastWord(before), only(prev), firstWord(next)]);
}

/**
 * A hyphen that a layout set where it broke a word at the line's end (pdfTeX, and any producer that
 * hyphenates with a plain hyphen): the word joined without it is one the document writes elsewhere
 * (`op-` / `lossingsrichtingen`). A compound the document writes with its hyphen (`data-` /
 * `analyses`) keeps it: its halves are not one word anywhere else.
 */
export function hyphenated(prev: string, next: string, lexicon: ReadonlySet<string> | undefined, unknown = false): boolean {
  if (!lexicon) return false;
  const written = /(\p{L}+)-$/u.exec(prev)?.[1];
  const tail = /^(\p{Ll}+)/u.exec(next.trim())?.[1];
  if (written === undefined || tail === undefined) return false;
  const head = written.toLowerCase();
  // (Dropped only where the producer hyphenates, see hyphenates. Inside a web address, whose hyphens
  // are its own (`…/tweede_kamer_der_staten-` / `generaal.pdf`), only where the two halves make a
  // word the document writes: groff hyphenates addresses too, `…/de-` / `fault/files`.)
  const address = /:\/\/|www\.|\.\p{L}{2,}\/|[_@]/u.test(prev.trim().split(/\s+/).pop() ?? '');
  if (lexicon.has(head + tail)) return true;
  if (address) return false;
  // (`unknown`: a word the document writes nowhere else, `verdubbe-` / `len`, is taken for broken
  // too, unless its halves are a compound the document writes with its hyphen (`data-` /
  // `analyses`, see ownCompound), or the first half is one letter (`e-` / `overheid`): a layout
  // breaks no word after its first letter. Nor after a capital: an abbreviation's compound, `AI-` /
  // `onderzoekslabs`, unless the document writes the two as one word, `DIGI-` / `beter`.)
  return unknown && /\p{Ll}$/u.test(written) && head.length >= 2 && !(lexicon.has(head) && lexicon.has(tail) && ownCompound(prev, next, head, tail, lexicon));
}

/** A line that opens with the word after a compound's part left out: `leer-` / `en ontwikkelbudget`. */
const AFTER_LEFT_OUT = /^(en|of|tot|en\/of|noch|als|&)\b/i;

/**
 * Are two words of the document, one closing a line with a hyphen and one opening the next, a
 * compound it writes with its hyphen rather than one word a layout hyphenated? Both halves being
 * words says little where a layout hyphenates by the language's patterns, which break compounds
 * between their parts (`Kamer-` / `brieven`, `in-` / `gevoerd`, `vol-` / `doet`): Dutch writes a
 * compound of two words whole. It keeps the hyphen where the letters would run together (a vowel
 * on both sides, `data-` / `analyses`, `privacy-` / `instellingen`), where a part is left out (`leer-`
 * / `en ontwikkelbudget`), and in compounds of three parts or more (`up-to-` / `date`, `up-` /
 * `to-date`); and the document keeps it where it writes the compound with its hyphen inside a line
 * elsewhere (`publiek-` / `private`), or its first part so in two compounds or more (`mkb-` /
 * `ondernemers` after `mkb-bedrijven` and `mkb-sector`; one, `in-kind`, may be a loan's).
 */
function ownCompound(prev: string, next: string, head: string, tail: string, lexicon: ReadonlySet<string>): boolean {
  if (VOWEL.test(head.slice(-1)) && VOWEL.test(tail.charAt(0))) return true;
  if (AFTER_LEFT_OUT.test(next.trim()) && !/^\p{L}+-/u.test(next.trim())) return true;
  if (/\p{L}-\p{L}+-$/u.test(prev) || /^\p{L}+-\p{L}/u.test(next.trim())) return true;
  return lexicon.has(`${head}-${tail}`) || lexicon.has(`${head}-`);
}

/**
 * Does the producer hyphenate words at line ends (pdfTeX, a layout program)? Then many of the lines
 * that end in a hyphen break a word the document writes whole elsewhere (pdfTeX: about half of
 * them). Where only the text's own compounds end lines (`sleutel-` / `technologie`), a quarter at
 * most do, by chance: a document may write a word both ways. `blocks`: runs of consecutive lines
 * (cells, paragraphs).
 */
export function hyphenates(blocks: readonly (readonly Line[])[], lexicon: ReadonlySet<string>): boolean {
  let ending = 0;
  let whole = 0;
  for (const lines of blocks) {
    for (let i = 1; i < lines.length; i++) {
      const prev = (lines[i - 1] as Line).text;
      const next = (lines[i] as Line).text;
      if (!/\p{Ll}-$/u.test(prev) || !/^\p{Ll}/u.test(next.trim())) continue;
      ending++;
      if (hyphenated(prev, next, lexicon)) whole++;
    }
  }
  return whole >= 3 && whole >= ending * 0.4;
}

const BULLET = /^[•·▪◦‣–-]\s+/u;

/** Glyphs a producer may set before a list item's text in place of a bullet (CSS `::before`, a word processor's list style). */
const MARKER_GLYPH = /^([•·▪◦‣–—\-*+■□▸►➢➤✓✔○●◆◇▶→])\s+\S/u;

/**
 * The glyphs this document opens list items with, read from all its lines: `•` always; another
 * glyph when it opens eight lines or more with a space after it, and three in four of them go on
 * with a capital or a figure (an item's first word; after the text's own bullet, when it has one).
 * A dash that a line break set at the start of a line inside a sentence (`de provincies` / `– samen
 * met`) goes on in lower case; a few dashes the text itself sets before clauses (`vastgelegd: -
 * overwegen …`, `- Het creëren …`) are not a list style.
 */
export function listMarkers(lines: readonly { text: string }[]): Set<string> {
  const tally = new Map<string, { lines: number; items: number }>();
  for (const line of lines) {
    const text = line.text.trim();
    const glyph = MARKER_GLYPH.exec(text)?.[1];
    if (glyph === undefined || glyph === '•') continue;
    const entry = tally.get(glyph) ?? { lines: 0, items: 0 };
    entry.lines++;
    if (/^\S\s+(?:[•·▪◦‣–-]\s+)*[\p{Lu}\d]/u.test(text)) entry.items++;
    tally.set(glyph, entry);
  }
  return new Set(['•', ...[...tally].filter(([, t]) => t.lines >= 8 && t.items >= t.lines * 0.75).map(([glyph]) => glyph)]);
}

/** The markers of a document that shows no others (see listMarkers). */
export const BULLET_ONLY: ReadonlySet<string> = new Set(['•']);

const patterns = new WeakMap<ReadonlySet<string>, RegExp>();

/** A pattern for the markers (see listMarkers) that open an item's text, one or more with the spaces after them (made once per set). */
export function markerPattern(markers: ReadonlySet<string>): RegExp {
  let pattern = patterns.get(markers);
  if (!pattern) {
    const glyphs = [...markers, '·', '▪', '◦'].map((g) => g.replace(/[-\\^\]]/g, '\\$&')).join('');
    pattern = new RegExp(`^(?:[${glyphs}]\\s*)+`, 'u');
    patterns.set(markers, pattern);
  }
  return pattern;
}

function emphasisOfLine(line: Line): Emphasis {
  return emphasisOf(line.spans);
}

/** Does the line open with bold text and go on in plain text (a bold lead: `Andijk • …`)? */
function boldLead(line: Line): boolean {
  const visible = line.spans.filter((s) => s.text.trim() !== '');
  return visible.length >= 2 && (visible[0] as Span).bold && visible.slice(1).some((s) => !s.bold);
}

/**
 * Width of the first word of a line, estimated from the line's width: by its share of the line's
 * characters, or (`wide`) the larger of that and its letters' widths (see glyph-widths.ts), for a
 * test that the word would not have fitted on the line above: a line going on from one that broke
 * off mid-sentence is parted from it only where the word surely would have fitted (`… van de
 * motie` / `Wiersma (3 jaar)`: W and m are wide). (After a sentence's end the share of characters
 * alone: letters narrow in Helvetica, i, l, j, are less so in most faces, and a word of them would
 * seem to fit where it did not: `… gebieden.` / `Tegelijkertijd …`.)
 */
function firstWordWidth(line: Line, wide = false): number {
  const word = line.text.split(' ')[0] ?? '';
  const width = line.x1 - line.x0;
  const byCount = (word.length * width) / Math.max(1, line.text.length);
  return wide ? Math.max(byCount, widthIn(word, line.text, width)) : byCount;
}

/**
 * Would the first word of `line` have found no room after `prev` within the column's right edge
 * (`right`)? Then the layout wrapped `prev` there, and `line` goes on from it.
 */
export function wrapsOnto(prev: Line, line: Line, right: number): boolean {
  const perChar = (prev.x1 - prev.x0) / Math.max(1, prev.text.length);
  const room = right - (prev.x1 + perChar * 0.6);
  return firstWordWidth(line, true) * 1.15 + perChar >= room;
}

/**
 * Would the first word of `line` have fitted in `room` after the line before it? Measured from its
 * font's advances where the page gives them (see measuredFirstWord), it must fit whole; estimated
 * from the line's letters on average, within half a point.
 */
function fitted(line: Line, room: number, advances: Advances | undefined): boolean {
  const measured = measuredFirstWord(line, advances);
  return measured === undefined ? firstWordWidth(line) <= room + 0.5 : measured <= room;
}

/** A line that opens with a list item's number or letter: `1. `, `12) `, `a) `. */
const ENUMERATED = /^(?:\d{1,2}|[a-z])[.)]\s/;

/**
 * A cell's or paragraph's text that stops mid-sentence: no closing punctuation at its end
 * (`Verdelen van de 26`, `EZK (Q2 2020 – Q1`). A note's number after the closing punctuation, set
 * as text where the layout did not raise it (`… Sjoerdsma. 65`), ends nothing.
 */
export function brokeOff(text: string): boolean {
  return text !== '' && !/[.:;!?)\]'"”’](?:\s\d{1,3})?$/.test(text);
}

export { goesOnMidSentence } from '../../model/sentences';

/** `1. …` opens a segment: the marker the next item of that list would carry (`2. `), or null. */
function nextEnumerator(lines: readonly Line[]): string | null {
  const m = /^(\d{1,2})([.)])\s/.exec(lines[0]?.text ?? '');
  return m ? `${Number(m[1]) + 1}${m[2]} ` : null;
}

/**
 * Does a line end with a number at a tab stop (a contents entry's page number)? A wide gap before
 * a word is no tab stop: justification stretches the spaces of a line of few words as wide.
 */
function atTabStop(line: Line): boolean {
  return line.tab !== undefined && /\d$/.test(line.text);
}

/** The type (bold, italic or plain) a line opens or ends in: its first or last words'. */
function faceAt(line: Line, side: 'start' | 'end'): string {
  const spans = line.spans.filter((s) => s.text.trim() !== '');
  const span = side === 'start' ? spans[0] : spans[spans.length - 1];
  return span?.bold ? 'bold' : span?.italic ? 'italic' : 'plain';
}

/**
 * Do a tagged PDF's structure elements part two of these lines in the middle of a sentence (the
 * first stops with no closing punctuation, the next goes on in lower case)? No paragraph or list
 * item ends so: the tags were made line by line (a tool that tagged each line of a cell a paragraph
 * of its own), and say nothing here of where paragraphs end.
 */
export function tagsPartSentences(lines: readonly Line[]): boolean {
  for (let i = 1; i < lines.length; i++) {
    const [prev, line] = [lines[i - 1] as Line, lines[i] as Line];
    if (prev.element !== undefined && line.element !== undefined && prev.element !== line.element && brokeOff(prev.text) && goesOnMidSentence(line.text)) return true;
  }
  return false;
}

/** Splits lines (top to bottom) into paragraphs and list items. */
export function segmentLines(lines: readonly Line[], options: SegmentOptions): TextSegment[] {
  const segments: TextSegment[] = [];
  let current: TextSegment | null = null;
  let prev: Line | null = null;
  // (Whether the line goes on a paragraph under its first line, indented: the paragraph's edge is then this line's.)
  let underIndent = false;
  // (Whether the line is the second of a paragraph set with a hanging indent: its edge is the rest's.)
  let hangs = false;
  const texts = lines.map((l) => l.text);
  const tagsHold = options.tagsHold !== false && !tagsPartSentences(lines);
  for (const [index, line] of lines.entries()) {
    underIndent = false;
    hangs = false;
    const bulletShape = options.bulletLines?.has(Math.round(line.y)) ?? false;
    const glyph = MARKER_GLYPH.exec(line.text.trim())?.[1];
    const bulletGlyph = (BULLET.test(line.text) && line.text.startsWith('•')) || (glyph !== undefined && options.markers?.has(glyph) === true);
    let fresh = current === null || prev === null || bulletShape || bulletGlyph;
    if (!fresh && prev && current) {
      const gap = prev.y - line.y;
      const perChar = (prev.x1 - prev.x0) / Math.max(1, prev.text.length);
      // Would the next line's first word have fitted after this one? Then the break was forced.
      // After a sentence end the fit is judged tightly; mid-sentence a break is nearly always a wrap.
      const sentenceEnd = /[.!?)]$/.test(prev.text) && /^[\p{Lu}(‘'"]/u.test(line.text);
      const right = options.rightAt?.(prev.y) ?? options.right;
      const room = right - (prev.x1 + perChar * 0.6);
      // A word the layout broke (after a hyphen or slash, or before closing punctuation) goes on,
      // however short its line ended: centred and narrow cells leave room that says nothing.
      const broken = joinsWithoutSpace(prev.text, line.text) || brokenWord(prev.text, line.text, options.lexicon) || (options.cell === true && brokenAcross(texts, index, options.lexicon, options.inner));
      // A line whose last words stand at a tab stop (a contents entry and its page number) is a
      // line of its own, however far right it reaches.
      // (In a cell, a line that opens in lower case after no sentence or clause end goes on, however
      // short the one before it ended: TeX breaks a paragraph's lines early to spare a later one,
      // `De Nederlandse AI Coalitie (PPS)` / `is sinds oktober 2019 gegroeid …`.)
      // (So does one that opens with a figure under a word in lower case: `Op 8 oktober` / `2019 is …`.)
      const goesOn = options.cell === true && ((/^\p{Ll}/u.test(line.text) && !/[.!?:;]$/.test(prev.text)) || (/^\d/.test(line.text) && /\p{Ll}$/u.test(prev.text)));
      // (An item's lines hang under its text, right of its bullet or number: `1. Versterken` /
      // `regionale …` / `UWV …`; a new item starts at the number. TeX breaks such lines early too.)
      // (A line that opens with a marker of its own is an item nested under it: `- Het creëren …`.)
      const hanging = (current.bullet || ENUMERATED.test(current.lines[0]?.text ?? '')) && line.x0 > current.x0 + 1 && !BULLET.test(line.text) && !ENUMERATED.test(line.text);
      // (In a cell, a label in italics or bold goes on in its type on the next line, however short
      // its line ended, until a sentence or clause ends it: a layout may wrap a label's lines
      // narrower than the column's list items reach, `Artificiële In-` / `telligentie` / `(AI)`.)
      const labelGoesOn = options.cell === true && emphasisOfLine(prev) !== null && emphasisOfLine(line) === emphasisOfLine(prev) && !/[.!?:;]$/.test(prev.text);
      const forced = !broken && (atTabStop(prev) || (sentenceEnd ? fitted(line, room, options.advances) : !goesOn && !hanging && !labelGoesOn && !wrapsOnto(prev, line, right)));
      const enumerated = nextEnumerator(current.lines) !== null && line.text.startsWith(nextEnumerator(current.lines) ?? '\u0000');
      // (A paragraph set with a first-line indent goes on at the margin under its first line, when
      // that line opens a sentence and ran to the edge: `    Voor de nieuwe Europese Commissie …` /
      // `wordt daar ook …`. Not a line that opens with a mark or a number, an item of a list set in
      // from the margin, nor the last line of an item hanging under its mark, which opens in the
      // middle of a sentence, over a sub-heading at the margin: `productontwikkeling binnen …` / `Cybersecurity`.)
      const opener = (current.lines[0] as Line).text;
      const firstLineIndent = current.lines.length === 1 && !current.bullet && /^[\p{Lu}\d'‘"“(]/u.test(opener) && !BULLET.test(opener) && !ENUMERATED.test(opener) && !forced && line.x0 < current.x0 && current.x0 - line.x0 <= line.size * 4;
      // (Nor does a paragraph set with a hanging indent, its first line further out than the rest:
      // the line it wrapped onto goes on a little further in, `Grensverleggend` / `onderzoek en`.
      // An item of a list set in under a line opens after a forced break, or with a mark; items set in
      // under a sub-heading in italics or bold open in other type than it ends in.)
      const hangingIndent =
        current.lines.length === 1 &&
        !current.bullet &&
        !forced &&
        !hanging &&
        line.x0 > current.x0 &&
        line.x0 - current.x0 <= line.size * 3 &&
        faceAt(line, 'start') === faceAt(prev, 'end') &&
        !BULLET.test(line.text) &&
        !ENUMERATED.test(line.text) &&
        !BULLET.test(opener);
      const indentChange = Math.abs(line.x0 - (current.hangsAt ?? current.x0)) > Math.max(2.5, line.size * 0.4) && !hanging && !firstLineIndent && !hangingIndent;
      underIndent = firstLineIndent;
      hangs = hangingIndent;
      // A wholly italic or bold line after plain text (or the reverse) that also ends short is a sub-heading.
      // (Or, after a sentence's end, a sub-heading's few words in italics or bold over plain text
      // that does not go on from it, however little room the line above left: centred text, where
      // the room says nothing, `… en Smart Culture.` / *Blockchain* / `De Dutch Blockchain …`.)
      const after = lines[index + 1];
      const subHeading = sentenceEnd && emphasisOfLine(line) !== null && emphasisOfLine(prev) === null && isTopicLabel(line.text) && (after === undefined || (emphasisOfLine(after) === null && !/^\p{Ll}/u.test(after.text)));
      const emphasisBreak = emphasisOfLine(line) !== emphasisOfLine(prev) && (forced || subHeading);
      // A tagged PDF says where a paragraph or list item ends, which geometry can only guess when a
      // line ends exactly at the edge: the tags add such breaks, they never join what geometry split
      // (unless they part a sentence somewhere in these lines: see tagsPartSentences).
      const tagged = tagsHold && line.element !== undefined && prev.element !== undefined && line.element !== prev.element;
      // A line that opens with a bold lead, in a block that opened with one too: the next entry of
      // a list of such entries (`Andijk • …`), however far right the entry before it reached.
      const nextLead = boldLead(line) && boldLead(current.lines[0] as Line);
      // (A note's number raised in a line pushes that line down, a third of its size or so: Chromium.)
      const pushed = line.footnoteRefs.length > 0 ? line.size * 0.35 : 0;
      // (Text in type an eighth or more larger or smaller than the line before's is no more of its
      // paragraph: a note's last line, then the body's next paragraph close under it.)
      const resized = Math.min(line.size, prev.size) < Math.max(line.size, prev.size) * 0.88 && /\p{L}{3}/u.test(line.text) && /\p{L}{3}/u.test(prev.text);
      // (Space between paragraphs: three tenths of a line more than its pitch, or, in type set with
      // loose leading — double spaced —, two fifths of its size more: a paragraph's 5 pt margin
      // under lines 22 pt apart.)
      // (Not in a cell after a word the line break cut, `… frequentieband 470-` / `960 MHz`: no
      // paragraph ends inside a word; wkhtmltopdf sets a cell's line apart where its page would have cut it.
      // Nor where the line goes on a sentence from the line before, for the same reason: a bold title
      // `Innovatie-vriendelijke en` / `toekomstbestendige wetgeving`, its second line moved down.)
      const spaced = gap > Math.min(options.pitch * 1.3, options.pitch + line.size * 0.4) + pushed && !(options.cell === true && (broken || goesOn));
      fresh = spaced || forced || enumerated || indentChange || emphasisBreak || tagged || nextLead || resized || line.leadingRef !== undefined;
    }
    if (fresh) {
      current = { lines: [line], x0: line.x0, bullet: bulletShape || bulletGlyph };
      segments.push(current);
    } else if (current) {
      current.lines.push(line);
      if (underIndent) current.x0 = line.x0;
      if (hangs) current.hangsAt = line.x0;
    }
    prev = line;
  }
  return segments;
}

/**
 * Where a line break falls inside a word, so that the lines join without a space:
 * - after a hyphen the layout broke a compound or a range (`CE-` + `markering`, `Q2-` + `3`); Dutch
 *   writes elided compounds with a space (`Wet- en regelgeving`): keep it before a conjunction;
 * - after a slash that ends a word (`oriëntatie/` + `gemeenschappelijk`, `https://` + `www.…`):
 *   line breakers break after a slash, and text sets a slash between words without spaces;
 * - before closing punctuation (`Doorlopend` + `)`, `cyberdreigingen` + `.`), which no text sets
 *   after a space: a layout that pushed it to the next line had no room for it.
 */
export function joinsWithoutSpace(prev: string, next: string): boolean {
  if (/\u00ad$/.test(prev)) return true;
  if (/^[.,;:!?)\]]/.test(next.trim()) && /\S$/.test(prev)) return true;
  // (Nor after an opening bracket that ends a line: `EZK (` / `Doorlopend)`, where a layout broke a
  // word wider than its column at any letter.)
  if (/(^|\s)[([]$/.test(prev) && /^[^\s([]/.test(next.trim())) return true;
  if (/[\p{L}\d/]\/$/u.test(prev)) return true;
  // (A web address broken after its scheme, `https:` / `//www.…`, or after a dot or a slash in it:
  // `https://www.ruimteinregels.` / `nl/thema/…`.)
  if (/\bhttps?:$/.test(prev) && next.trim().startsWith('//')) return true;
  if (/(:\/\/|\bwww\.)\S*[./_-]$/.test(prev) && /^[a-z0-9/]/.test(next.trim())) return true;
  // (Or inside a word of it, as TeX breaks an address anywhere: `…_tijdelijke_comm` / `issie_…pdf`,
  // `…/sites` / `/default/…`: the next line goes on with more of an address, a slash, an underscore
  // or an inner dot in its first word, and is no address of its own.)
  if (/(:\/\/|\bwww\.)\S*[\p{L}\d]$/u.test(prev) && /^[^\s]*([/_]|\.[\p{L}\d])/u.test(next.trim()) && !/^(https?:|www\.)/i.test(next.trim())) return true;
  // (A dash that stands for the part of a word left out, after `en` or `of` and before the rest of
  // the word, opens the word below it: `oplossen en –` / `werken`, `websites en –` / `webapplicaties`.
  // A dash between clauses stands after a word of its own, with a space after it.)
  if (/(?:^|\s)(?:en|of|and|or)\s[–-]$/iu.test(prev) && /^\p{Ll}/u.test(next.trim())) return true;
  if (!/[\p{L}\d]-$/u.test(prev)) return false;
  return !AFTER_LEFT_OUT.test(next.trim());
}

/**
 * Two texts a page break parted joined as one (a paragraph, a cell, a list item going on over the
 * page): as the lines of a page are (see joinSpans), with a space or none, and without the hyphen
 * the layout added where it broke a word, when it hyphenates (`hyphenLexicon`, see hyphenates:
 * `(Door-` / `lopend)`).
 */
export function joinedAcross(prev: string, next: string, wordGoesOn = false, hyphenLexicon?: ReadonlySet<string>): string {
  if (!wordGoesOn && !joinsWithoutSpace(prev, next)) return `${prev} ${next}`;
  return `${hyphenLexicon && hyphenated(prev, next, hyphenLexicon, true) ? prev.replace(/-$/, '') : prev}${next}`;
}

/** Does a line run to the right edge its paragraph's lines reach, within a letter and a half? */
function atEdge(line: Line, right: number): boolean {
  return line.x1 >= right - ((line.x1 - line.x0) / Math.max(1, line.text.trim().length)) * 1.5;
}

/**
 * A word wider than its cell, broken where the cell ended (LibreOffice: `frequentiebande` / `n`,
 * `modelsubsidieverordenin` / `g voor breedband.`, `BZK (Doorlopen` / `d)`): the word ends its line,
 * as far right as the cell's widest line reaches (short of it by less than the letter that did not fit), and a
 * single lower-case letter that is no word goes on below (`u` is a word; `n.a.v.` is an
 * abbreviation). The document need not write the word elsewhere.
 */
export function overflowedWord(prev: Line, next: Line, right: number): boolean {
  return /\p{L}{6,}$/u.test(prev.text.trim()) && atEdge(prev, right) && /^(?!u(?!\p{L}))\p{Ll}(?![\p{L}\p{N}'’-]|\.\p{L})/u.test(next.text.trim());
}

/**
 * The first part of a word wider than its cell, broken where the cell ended with no hyphen
 * (LibreOffice in narrow columns: `Kamerbriev` / `en over`, `overheidsvoorzien` / `ingen en`): a
 * word the document writes nowhere whole, alone on its line (a list item's marker aside: a word that
 * fits goes on the line before) and reaching the cell's edge, with a small letter going on below
 * that opens no word of the document's. Returns its part and the part below, in lower case, or null.
 */
function loneHead(prev: Line, next: Line, right: number, lexicon: ReadonlySet<string>, whole: ReadonlySet<string> = new Set()): { head: string; tail: string } | null {
  const head = /^(?:[^\p{L}\p{N}\s]\s+)?(\p{L}{5,})$/u.exec(prev.text.trim())?.[1]?.toLowerCase();
  // (Not the first part of a compound written with hyphens, `up-to-date`: no rest of a broken word
  // goes on so.)
  const tail = /^(\p{Ll}+)(?!\p{L}|[-'’]\p{L})/u.exec(next.text.trim())?.[1];
  if (!head || !tail || !atEdge(prev, right)) return null;
  // (A part the document writes as a word of its own goes on only into a part that is no word and
  // with which it makes one: in columns a few letters wide the same long word breaks alike in many
  // cells, and a line ending in its first part somewhere puts that part in the lexicon, `Nederla` /
  // `nd`. A word of its own before a word stays apart: `monitor` / `en`.)
  if (lexicon.has(head)) return lexicon.has(head + tail) && !whole.has(tail) ? { head, tail } : null;
  // (A whole word below, one that stands inside lines, unless the two make a word of the document's:
  // a long word that fits alone on its line, with no room for the next, `Energiewet` / `is sinds`.)
  return whole.has(tail) && !lexicon.has(head + tail) ? null : { head, tail };
}

/**
 * Does the layout break words wider than their cells (see loneHead)? Then several such lines go on
 * into a word the document writes elsewhere (`ontwikkelin` / `gen`), a share of them that a layout
 * which only wraps between words, where a long word of its own alone on a line goes on into the
 * next word, never has. `cells`: each cell's lines. Returns the words that stand inside their
 * lines, `prose`'s and the cells' (see innerWords; `inner`, when the caller has them already), or null.
 */
export function longWordsBroken(cells: readonly (readonly Line[])[], lexicon: ReadonlySet<string>, prose: readonly Line[] = [], inner?: ReadonlySet<string>): ReadonlySet<string> | null {
  let lone = 0;
  let words = 0;
  for (const lines of cells) {
    const right = Math.max(...lines.map((l) => l.x1));
    lines.forEach((l, i) => {
      const at = lines[i + 1] ? loneHead(l, lines[i + 1] as Line, right, lexicon) : null;
      if (!at) return;
      lone++;
      if (lexicon.has(at.head + at.tail)) words++;
    });
  }
  return words >= 3 && words >= lone * 0.25 ? (inner ?? innerWords([...prose, ...cells.flat()])) : null;
}

/**
 * The words a line ends and starts with where one may go on into the next (a letter, then a small
 * letter; capitals on both sides, an abbreviation's: `VS` · `NU`; or figures on both sides), in
 * lower case.
 */
function junction(prev: string, next: string): { head: string; tail: string } | null {
  const head = /((?<!\p{L})\p{L}+|(?<!\d)\d+)$/u.exec(prev)?.[1];
  const tail = /^(\p{L}+|\d+)/u.exec(next.trim())?.[1];
  if (!head || !tail || /\d/.test(head) !== /\d/.test(tail)) return null;
  // (Capitals go on only from capitals.)
  if (/^\p{Lu}/u.test(tail) && !/^\p{Lu}+$/u.test(head)) return null;
  return { head: head.toLowerCase(), tail: tail.toLowerCase() };
}

const INNER_WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const LETTERS_ONLY = /^\p{L}+$/u;

/**
 * The words that stand inside lines, neither first nor last on one: whole words wherever a layout
 * breaks them (punctuation aside; a word joined by a hyphen or an apostrophe is no word of its parts).
 */
export function innerWords(lines: readonly { text: string }[]): Set<string> {
  const words = new Set<string>();
  for (const l of lines) {
    const found = l.text.toLowerCase().match(INNER_WORD) ?? [];
    for (let k = 1; k < found.length - 1; k++) if (LETTERS_ONLY.test(found[k] as string)) words.add(found[k] as string);
  }
  return words;
}

/**
 * Does a layout break words anywhere at the end of a cell's line, with no hyphen (CSS `word-break:
 * break-all`: `toeg` · `ankelijke`)? Then nearly every line that goes on into the next ends within a
 * letter of the cell's edge, but most not flush with it, as justified lines do; and well under the
 * usual share of them end with a whole word before a whole word (of the words that stand inside
 * lines, `prose`'s and the cells'; `inner`, when the caller has them already). Returns those words, or null.
 */
export function wordsBrokenAnywhere(cells: readonly (readonly Line[])[], prose: readonly Line[] = [], inner?: ReadonlySet<string>): ReadonlySet<string> | null {
  const junctions: { head: string; tail: string }[] = [];
  let edge = 0;
  let flush = 0;
  for (const lines of cells) {
    const right = Math.max(...lines.map((l) => l.x1));
    lines.forEach((l, i) => {
      const next = lines[i + 1];
      const at = next ? junction(l.text, next.text) : null;
      if (!at) return;
      junctions.push(at);
      if (atEdge(l, right)) edge++;
      if (right - l.x1 <= 0.5) flush++;
    });
  }
  const n = junctions.length;
  if (n < 40 || edge < n * 0.8 || flush > n * 0.6) return null;
  // (The document's words only now, when not given: most layouts fail the tests above, and reading every word costs.)
  const words = inner ?? innerWords([...prose, ...cells.flat()]);
  const whole = junctions.filter((at) => words.has(at.head) && words.has(at.tail)).length;
  return whole <= n * 0.7 ? words : null;
}

/** A line that ends in a soft hyphen: the producer broke a word there (see softHyphens in page-data.ts). */
export function softEnded(text: string): boolean {
  return /\u00ad\s*$/u.test(text);
}

/**
 * What a layout that breaks words in cells says of a line's end (`right`: how far its cell's lines
 * reach): the word it ends with goes on into `next`'s first word, with no space. A soft hyphen, a word wider than
 * its cell broken where the cell ended (see overflowedWord), a word broken anywhere (`anywhere`, see
 * wordsBrokenAnywhere: unless both halves are words and the two together are none), or a long word's
 * first part alone on its line (`longWords`, see longWordsBroken).
 */
export function cellWordGoesOn(prev: Line, next: Line, right: number, lexicon?: ReadonlySet<string>, anywhere: ReadonlySet<string> | null = null, longWords: ReadonlySet<string> | null = null): boolean {
  // (Or where the producer marked the break itself, with a soft hyphen, `beschik­` / `baar`.)
  if (softEnded(prev.text) || overflowedWord(prev, next, right)) return true;
  const at = anywhere ? junction(prev.text, next.text) : null;
  if (at !== null && atEdge(prev, right) && (anywhere?.has(at.head + at.tail) || !(anywhere?.has(at.head) && anywhere.has(at.tail)))) return true;
  return longWords !== null && lexicon !== undefined && loneHead(prev, next, right, lexicon, longWords) !== null;
}

/**
 * Joins the lines of a segment into spans: a space between lines, none after a line-ending hyphen
 * or inside a broken word (`cell`: the lines are a table cell's, where a word can overflow).
 * `anywhere`: the layout breaks words anywhere (see wordsBrokenAnywhere), and these are its whole
 * words: a line at the edge goes on into the next in one word unless both halves are words and
 * the two together are none. `longWords`: the layout breaks words wider than their cells (see
 * longWordsBroken), and these are the words whole inside lines: such a word's first part goes on
 * into the line below.
 */
export function joinSpans(lines: readonly Line[], lexicon?: ReadonlySet<string>, cell = false, hyphenation = false, anywhere: ReadonlySet<string> | null = null, longWords: ReadonlySet<string> | null = null, inner?: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  const right = Math.max(...lines.map((l) => l.x1));
  const texts = lines.map((l) => l.text);
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const prevText = prev?.text ?? '';
    const broken = prev !== undefined && (joinsWithoutSpace(prevText, line.text) || brokenWord(prevText, line.text, lexicon) || (cell && (cellWordGoesOn(prev, line, right, lexicon, anywhere, longWords) || brokenAcross(texts, i, lexicon, inner))));
    const glue = i === 0 || broken ? '' : ' ';
    // (A hyphen the layout added where it broke a word the document writes whole elsewhere goes.)
    const lastSpan = spans[spans.length - 1];
    if (hyphenation && broken && lastSpan && hyphenated(prevText, line.text, lexicon, true)) lastSpan.text = lastSpan.text.replace(/-$/, '');
    line.spans.forEach((span, j) => {
      const text = (j === 0 ? glue : '') + (j === 0 ? span.text.replace(/^\s+/, '') : span.text);
      const last = spans[spans.length - 1];
      if (last && last.bold === span.bold && last.italic === span.italic) last.text += text;
      else spans.push({ ...span, text });
    });
    const last = spans[spans.length - 1];
    if (last) last.text = last.text.replace(/\u00ad$/, '');
  });
  return spans;
}

/**
 * Glyphs a PDF's text layer names wrongly (see stand-ins.ts for signs it gives as other characters).
 * A producer that rewrites a PDF (Ghostscript's pdfwrite
 * among them) may write a Unicode mapping that names a ligature glyph after another letter: the
 * `fi` of `financiering` read as `ü` (`ünanciering`), `ff` as `û`, `fl` as `ý`. Every viewer and
 * text extractor then reads the same wrong letters; the PDF itself shows the evidence:
 *
 * - the font: a letter with a diacritic is drawn exactly as wide as its base letter in any
 *   typeface (`ü` as `u`, `é` as `e`), where the mark fits over the letter: a glyph named `ü` that
 *   is drawn wider or narrower than the same font's `u` is not a `ü`. (A narrow letter may be
 *   widened for its mark: Liberation Sans draws `ï` wider than `i`. Such letters say nothing.)
 * - the document's own words: what the glyph stands for is read from the words it is in, by which
 *   ligature makes them read as the rest of the document does (`üeldlab` → `fieldlab`, beside the
 *   `Fieldlab` a capital spelled out).
 *
 * A glyph so misnamed is read as that ligature, and said so (info, as a restored euro sign is); one
 * whose reading the words do not settle is left as named, with a warning.
 */
import type { Diagnostic } from '../../model/diagnostics';
import { twoAdvances, type PageData } from './page-data';

/**
 * A character whose UTF-16 bytes were written the wrong way round: an ASCII letter's code in the
 * high byte (`琀` U+7400 for `t`). Ghostscript writes a ligature's letters so (`琀椀` for `ti`,
 * `昀` for `f`) when the font maps one glyph to two letters (Lato's `ti`).
 */
const SWAPPED = /[\u4100-\u5a00\u6100-\u7a00]/u;
const SWAPPED_RUN = /[\u4100-\u5a00\u6100-\u7a00]+/gu;
const LATIN = /\p{Script=Latin}/u;

export interface SwappedLetters {
  count: number;
  sample: string;
  firstPage: number;
}

/**
 * Reads letters whose UTF-16 bytes were swapped as the letters they are, where they stand in a word
 * of Latin letters (`pa琀椀ënten` → `patiënten`): CJK ideographs with a low byte of zero, set inside
 * a Latin word, are no Chinese. In place (the runs' text); null when there are none.
 */
export function readSwappedLetters(pages: readonly PageData[]): SwappedLetters | null {
  let found: SwappedLetters | null = null;
  for (const page of pages) {
    for (const run of page.runs) {
      if (!SWAPPED.test(run.text)) continue;
      const before = run.text;
      let changed = 0;
      run.text = run.text.replace(SWAPPED_RUN, (chars: string, at: number, whole: string) => {
        // (Right against a Latin letter, in one word with it.)
        const beside = [whole[at - 1] ?? '', whole[at + chars.length] ?? ''];
        if (!beside.some((c) => LATIN.test(c)) || [...chars].some((c) => (c.codePointAt(0) as number) % 256 !== 0)) return chars;
        changed += chars.length;
        return [...chars].map((c) => String.fromCharCode((c.codePointAt(0) as number) >> 8)).join('');
      });
      if (changed === 0) continue;
      found ??= { count: 0, sample: before.trim().split(/\s+/).find((w) => SWAPPED.test(w)) ?? before.trim(), firstPage: page.page };
      found.count += changed;
    }
  }
  return found;
}

/** Ligatures a misnamed glyph may stand for (U+FB00–FB06). */
const LIGATURES = ['ff', 'fi', 'fl', 'ffi', 'ffl', 'ft', 'st'];

/** Letters a glyph's width may differ from its base letter's by (rounding, in thousandths of an em). */
const WIDTH_TOLERANCE = 0.02;

/** A base letter is wide enough for its mark at this share of the font's median letter or more. */
const WIDE_LETTER = 0.75;

/** Distinct words read per misnamed letter at most (bounded work on hostile input). */
const MAX_WORDS = 64;

/** Letters around the ligature a word must share with the rest of the document. */
const CONTEXT = 2;

export interface MisnamedLetter {
  /** The font, by name, and the letter its text layer gives. */
  font: string;
  letter: string;
  /** What the glyph is read as instead, or null when the document's words do not settle it. */
  reading: string | null;
  /** Read by its width alone (the document's words said nothing). */
  byWidth?: boolean;
  /** Read by where its font's other misnamed glyphs put their ligatures (see readByOffset). */
  byOffset?: boolean;
  /** How wide the font draws the glyph and its base letter, when it draws them unlike (else null). */
  widths: { width: number; baseWidth: number } | null;
  /** The two advances of glyphs the font names alike as this letter, when it draws two (one glyph has one). */
  twoWidths?: [number, number];
  /** A word it stands in, as the text layer gives it. */
  sample: string;
  /** The first page where it stands, and in how many words. */
  firstPage: number;
  count: number;
}

/** A letter's base letter (`u` for `ü`), or null for a letter without a diacritic. */
function baseOf(letter: string): string | null {
  const parts = letter.normalize('NFD');
  if (parts.length < 2) return null;
  const base = parts[0] as string;
  return /^\p{L}$/u.test(base) && /^\p{M}+$/u.test(parts.slice(1)) ? base : null;
}

/**
 * The letters each font draws unlike its base letter: the text layer misnames those glyphs.
 * Font name → letter → both widths.
 */
export function suspectLetters(pages: readonly Pick<PageData, 'letterWidths'>[]): Map<string, Map<string, { width: number; baseWidth: number }>> {
  return suspectsIn(fontWidths(pages).fonts);
}

function suspectsIn(fonts: ReadonlyMap<string, ReadonlyMap<string, number>>): Map<string, Map<string, { width: number; baseWidth: number }>> {
  const out = new Map<string, Map<string, { width: number; baseWidth: number }>>();
  for (const [name, widths] of fonts) {
    const sorted = [...widths.values()].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    for (const [letter, width] of widths) {
      const base = baseOf(letter);
      const baseWidth = base === null ? undefined : widths.get(base);
      if (baseWidth === undefined || baseWidth <= 0 || baseWidth < median * WIDE_LETTER) continue;
      if (Math.abs(width - baseWidth) <= Math.max(1, baseWidth * WIDTH_TOLERANCE)) continue;
      const letters = out.get(name) ?? new Map<string, { width: number; baseWidth: number }>();
      out.set(name, letters);
      letters.set(letter, { width, baseWidth });
    }
  }
  return out;
}

/** Font name → letter → the two advances it is drawn with. */
type TwoWidths = Map<string, Map<string, [number, number]>>;

/**
 * Each font's letters and the advance it draws them with (the first time it does), over all pages;
 * and the letters it draws with two advances, on one page or on two (the first two seen).
 */
function fontWidths(pages: readonly Pick<PageData, 'letterWidths' | 'otherWidths'>[]): { fonts: Map<string, Map<string, number>>; twice: TwoWidths } {
  const fonts = new Map<string, Map<string, number>>();
  const twice: TwoWidths = new Map();
  const note = (name: string, letter: string, a: number, b: number): void => {
    const letters = twice.get(name) ?? new Map<string, [number, number]>();
    twice.set(name, letters);
    if (!letters.has(letter)) letters.set(letter, [Math.min(a, b), Math.max(a, b)]);
  };
  for (const page of pages) {
    for (const [name, widths] of Object.entries(page.letterWidths ?? {})) {
      const known = fonts.get(name) ?? new Map<string, number>();
      fonts.set(name, known);
      for (const [letter, width] of Object.entries(widths)) {
        const first = known.get(letter);
        if (first === undefined) known.set(letter, width);
        else if (twoAdvances(first, width)) note(name, letter, first, width);
      }
      for (const [letter, other] of Object.entries(page.otherWidths?.[name] ?? {})) {
        const width = widths[letter];
        if (width !== undefined && twoAdvances(width, other)) note(name, letter, width, other);
      }
    }
  }
  return { fonts, twice };
}

/** Within this share of the ligature's letters set side by side, a glyph may be that ligature. */
const LIGATURE_WIDTH = 0.06;

/**
 * What a misnamed glyph whose words say nothing reads as by its width: a ligature is about as wide
 * as its letters set side by side in the same font (a little narrower where they kern: DejaVu Sans
 * draws `ff` 689 wide, two `f` 704). The ligature closest in width, within 6 % and at most half as
 * far off as any other, of those the font does not already draw with another glyph. Null when none is.
 */
export function readingByWidth(width: number, letters: ReadonlyMap<string, number>, taken: ReadonlySet<string>): string | null {
  const off = LIGATURES.filter((l) => !taken.has(l))
    .map((ligature) => ({ ligature, off: ligatureOff(ligature, width, letters) }))
    .filter((c) => Number.isFinite(c.off))
    .sort((a, b) => a.off - b.off);
  const [best, second] = off;
  if (!best || best.off > LIGATURE_WIDTH || (second !== undefined && best.off * 2 > second.off)) return null;
  return best.ligature;
}

/** How far a glyph `width` wide is from a ligature's letters set side by side, as a share of theirs (NaN when the font draws one of them nowhere). */
function ligatureOff(ligature: string, width: number, letters: ReadonlyMap<string, number>): number {
  const sum = [...ligature].reduce((n, c) => n + (letters.get(c) ?? Number.NaN), 0);
  return Math.abs(width - sum) / sum;
}

const WORD_BREAK = /[^\p{L}]+/u;

/**
 * What a misnamed letter reads as: the ligature that makes the most of the words it stands in
 * share their letters around it with words elsewhere in the document, when that is at least two
 * words and twice as many as any other ligature does. Null when no ligature does so.
 */
export function readingOf(letter: string, words: Iterable<string>, corpus: string, among: readonly string[] = LIGATURES): string | null {
  const lower = letter.toLowerCase();
  const support = new Map<string, number>();
  let seen = 0;
  for (const word of words) {
    if (seen++ >= MAX_WORDS) break;
    const at = word.indexOf(lower);
    if (at < 0) continue;
    for (const ligature of among) {
      const marked = `^${word.slice(0, at)}${ligature}${word.slice(at + 1).replaceAll(lower, ligature)}$`;
      const window = marked.slice(Math.max(0, at + 1 - CONTEXT), Math.min(marked.length, at + 1 + ligature.length + CONTEXT));
      if (corpus.includes(window)) support.set(ligature, (support.get(ligature) ?? 0) + 1);
    }
  }
  const ranked = [...support].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 2 || best[1] < 2 * (second?.[1] ?? 0)) return null;
  return best[0];
}

/**
 * Finds the misnamed letters of a document's pages and reads them as what they stand for, in
 * place (the runs' text). A font shown to misname a letter by its width opens the question for
 * the document: the producer that wrote it may have misnamed the same letters in its other fonts
 * too, where the widths happen to agree (DejaVu Serif Bold draws its `fi` as wide as its `u`), so
 * those are read by their words alone. Returns what was found, for the diagnostics.
 */
export function readMisnamedLetters(pages: readonly PageData[]): MisnamedLetter[] {
  const { fonts: widthsOf, twice } = fontWidths(pages);
  const suspects = suspectsIn(widthsOf);
  // A letter a font draws with two advances names two glyphs: one at least is not that letter. (Of
  // letters beyond ASCII: a font may hold a plain letter twice, as a stylistic alternate.)
  const doubled = new Map([...twice].map(([font, letters]) => [font, new Map([...letters].filter(([letter]) => !/^[A-Za-z]$/.test(letter)))] as const).filter(([, letters]) => letters.size > 0));
  if (suspects.size === 0 && doubled.size === 0) return [];
  const letters = new Set([...suspects.values(), ...doubled.values()].flatMap((m) => [...m.keys()]));
  // The document's words, lower case: those that hold a letter in question by font and letter,
  // the rest as the corpus they are read against.
  const clean = new Set<string>();
  const holding = new Map<string, { font: string; letter: string; words: Set<string>; sample: string; firstPage: number; count: number }>();
  for (const page of pages) {
    for (const run of page.runs) {
      const found = [...letters].filter((l) => run.text.includes(l));
      for (const raw of run.text.split(WORD_BREAK)) {
        if (raw === '') continue;
        const inWord = found.filter((l) => raw.includes(l));
        if (inWord.length === 0) {
          clean.add(raw.toLowerCase());
          continue;
        }
        for (const letter of inWord) {
          const font = run.font ?? '';
          const key = `${font}\u0000${letter}`;
          const entry = holding.get(key) ?? { font, letter, words: new Set<string>(), sample: raw, firstPage: page.page, count: 0 };
          holding.set(key, entry);
          entry.count++;
          if (entry.words.size < MAX_WORDS) entry.words.add(raw.toLowerCase());
        }
      }
    }
  }
  const corpus = [...clean].map((w) => `^${w}$`).join('');
  const out: MisnamedLetter[] = [];
  for (const entry of holding.values()) {
    const widths = suspects.get(entry.font)?.get(entry.letter) ?? null;
    const twoWidths = doubled.get(entry.font)?.get(entry.letter);
    // (Two glyphs under one name: the ligatures as wide as one of them, where the font's letters
    // tell; its words choose among those.)
    const fontLetters = widthsOf.get(entry.font) ?? new Map<string, number>();
    const asWide = twoWidths ? LIGATURES.filter((l) => twoWidths.some((w) => ligatureOff(l, w, fontLetters) <= LIGATURE_WIDTH)) : [];
    const reading = readingOf(entry.letter, entry.words, corpus, asWide.length > 0 ? asWide : LIGATURES);
    // (A letter its font draws as wide as its base letter stays as named unless its words settle
    // it; it is said to be in doubt all the same, as another font's glyph of that name is none.)
    out.push({ font: entry.font, letter: entry.letter, reading, widths, ...(twoWidths ? { twoWidths } : {}), sample: entry.sample, firstPage: entry.firstPage, count: entry.count });
  }
  // A glyph its width shows misnamed, whose words say nothing (the document spells its ligature out
  // nowhere), is read by its width: as the ligature of the letters it is as wide as, of those its
  // font draws with no other glyph.
  for (const m of out) {
    if (m.reading !== null || m.widths === null) continue;
    const taken = new Set(out.filter((o) => o.font === m.font && o.reading !== null).map((o) => o.reading as string));
    m.reading = readingByWidth(m.widths.width, widthsOf.get(m.font) ?? new Map(), taken);
    if (m.reading !== null) m.byWidth = true;
  }
  out.push(...readByOffset(pages, out));
  const readings = new Map(out.filter((m) => m.reading !== null).map((m) => [`${m.font}\u0000${m.letter}`, m.reading as string]));
  const named = new Set(out.map((m) => m.letter));
  if (readings.size > 0) {
    for (const page of pages) {
      for (const run of page.runs) {
        for (const letter of named) {
          const reading = run.text.includes(letter) ? readings.get(`${run.font ?? ''}\u0000${letter}`) : undefined;
          if (reading !== undefined) run.text = run.text.replaceAll(letter, reading);
        }
      }
    }
  }
  return out.sort((a, b) => a.firstPage - b.firstPage || a.font.localeCompare(b.font) || a.letter.localeCompare(b.letter));
}

/** A ligature's code point (U+FB00 `ff` … U+FB06 `st`). */
const ligatureCode = (ligature: string): number => 0xfb00 + LIGATURES.indexOf(ligature);

/**
 * The ligatures a font's misnamed glyphs leave unread, found where its other misnamed glyphs put
 * theirs. A producer that names ligatures after letters names them by one rule per font: the code
 * of each name stands as far from its ligature's code (Ghostscript: `ff` U+FB00 as `û` U+00FB, `fi`
 * as `ü`, `fl` as `ý`, and so `ffi` as `þ`, a letter with no base letter whose width would show
 * it). Where two glyphs of a font or more were read (by words or width) and all keep one distance,
 * each other ligature's letter at that distance that the font sets inside a word of other letters
 * is that ligature. Returns those found.
 */
function readByOffset(pages: readonly PageData[], found: readonly MisnamedLetter[]): MisnamedLetter[] {
  const offsets = new Map<string, Set<number>>();
  const counts = new Map<string, number>();
  for (const m of found) {
    if (m.reading === null || [...m.letter].length !== 1) continue;
    const set = offsets.get(m.font) ?? new Set<number>();
    set.add((m.letter.codePointAt(0) as number) - ligatureCode(m.reading));
    offsets.set(m.font, set);
    counts.set(m.font, (counts.get(m.font) ?? 0) + 1);
  }
  const wanted = new Map<string, { font: string; letter: string; reading: string }>();
  for (const [font, set] of offsets) {
    if (set.size !== 1 || (counts.get(font) ?? 0) < 2) continue;
    const offset = [...set][0] as number;
    const read = new Set(found.filter((m) => m.font === font && m.reading !== null).map((m) => m.reading as string));
    for (const ligature of LIGATURES) {
      const code = ligatureCode(ligature) + offset;
      if (read.has(ligature) || code < 0x80 || code > 0x10ffff) continue;
      const letter = String.fromCodePoint(code);
      if (/^\p{L}$/u.test(letter) && !found.some((m) => m.font === font && m.letter === letter)) wanted.set(`${font}\u0000${letter}`, { font, letter, reading: ligature });
    }
  }
  if (wanted.size === 0) return [];
  const out = new Map<string, MisnamedLetter>();
  for (const page of pages) {
    for (const run of page.runs) {
      for (const { font, letter, reading } of wanted.values()) {
        if ((run.font ?? '') !== font || !run.text.includes(letter)) continue;
        // (Inside a word, between letters: a letter set alone or at a word's edge may be itself.)
        const inWords = run.text.split(WORD_BREAK).filter((w) => w.slice(1, -1).includes(letter));
        if (inWords.length === 0) continue;
        const key = `${font}\u0000${letter}`;
        const entry = out.get(key) ?? { font, letter, reading, byOffset: true, widths: null, sample: inWords[0] as string, firstPage: page.page, count: 0 };
        entry.count += inWords.length;
        out.set(key, entry);
      }
    }
  }
  return [...out.values()];
}

const words = (n: number): string => (n === 1 ? '1 word' : `${n} words`);

/** The diagnostic for letters read back from swapped bytes. */
export function swappedDiagnostic(found: SwappedLetters): Diagnostic {
  return {
    code: 'pdf-text-misnamed',
    severity: 'info',
    message: `the text layer gives ${found.count} letters of ligatures as CJK characters, their UTF-16 bytes swapped (e.g. "${found.sample}"): read as the Latin letters they are`,
    place: { page: found.firstPage },
  };
}

/** One diagnostic per misnamed letter and font, at the first page it stands on. */
export function misnamedDiagnostics(found: readonly MisnamedLetter[]): Diagnostic[] {
  return found.map((m) => {
    const font = `font ${m.font || '(unnamed)'}`;
    const named = `${font} draws a glyph its text layer names "${m.letter}"`;
    const drawn = m.twoWidths
      ? `${font} draws two glyphs its text layer names "${m.letter}", ${m.twoWidths[0]} and ${m.twoWidths[1]} thousandths of an em wide: one name for two glyphs, one of them at least no "${m.letter}"`
      : m.widths
        ? `${named} ${m.widths.width} thousandths of an em wide, its "${baseOf(m.letter)}" ${m.widths.baseWidth}: the glyph is no "${m.letter}"`
        : `${named}, and the same producer misnames such glyphs in another font`;
    // (Two glyphs under one name: one reading may not fit the words that hold the other.)
    const other = m.twoWidths ? `; a word that holds the other glyph may still read wrong` : '';
    return {
      code: 'pdf-text-misnamed',
      severity: m.reading === null || m.twoWidths ? 'warning' : 'info',
      message:
        m.reading === null
          ? `${drawn}, and the document's words do not say what it is; ${words(m.count)} ${m.count === 1 ? 'holds' : 'hold'} it as named (e.g. "${m.sample}")`
          : m.byOffset
            ? `${named} inside words: it is the ligature "${m.reading}", named as far from that ligature's code as the font's other misnamed glyphs are from theirs; read so in ${words(m.count)} (e.g. "${m.sample}")`
            : m.byWidth
            ? `${drawn}: it is the ligature "${m.reading}", as wide as its letters set side by side (the document's words do not say); read so in ${words(m.count)} (e.g. "${m.sample}")`
            : `${drawn}: it is the ligature "${m.reading}", as the words it stands in read elsewhere in the document; read so in ${words(m.count)} (e.g. "${m.sample}")${other}`,
      place: { page: m.firstPage },
    };
  });
}

/** Distinct words with a figure between letters in lower case that make a text layer suspect. */
const FIGURE_WORDS = 3;

/**
 * Figures inside words (`bedr4ven`, `thema9s`): a text layer whose Unicode mapping names glyphs after
 * figures (Ghostscript's rewrite of a Type 3 font: `ij` read as `4`, an apostrophe as `9`). No
 * Dutch word holds a lone figure between letters in lower case; three such words or more (a name
 * like `b2b` is one) say the page's letters are not what it shows. A warning, with a few of them
 * and the page of the first: their values are written as the file names them.
 */
export function figuresInWords(pages: readonly Pick<PageData, 'page' | 'runs'>[]): Diagnostic | null {
  const found = new Map<string, number>();
  for (const page of pages) {
    for (const run of page.runs) {
      for (const m of run.text.matchAll(/(?<!\p{Ll})\p{Ll}+\d\p{Ll}+/gu)) if (!found.has(m[0])) found.set(m[0], page.page);
    }
  }
  if (found.size < FIGURE_WORDS) return null;
  const samples = [...found.keys()].slice(0, 3).map((w) => `"${w}"`).join(', ');
  return {
    code: 'pdf-text-misnamed',
    severity: 'warning',
    message: `${found.size} words hold a figure between letters (e.g. ${samples}): the text layer names some glyphs after figures they are not (a font's Unicode mapping a rewrite got wrong), so values holding them are written as the file names them`,
    place: { page: Math.min(...found.values()) },
  };
}

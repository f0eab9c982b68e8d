/**
 * Characters a text layer gives in place of others, read back as the ones the document sets: the
 * euro sign and the bullet where a PDF sets neither (a font without the euro sets `C`; Ghostscript
 * keeps only the low byte of the sign's code, `¬` for `€` and `"` for `•`). Each restoration is said
 * (info), with how many it made. See misnamed.ts for glyphs a text layer names after other letters.
 */
import type { Diagnostic } from '../../model/diagnostics';
import type { PageData, TextRun } from './page-data';

/**
 * What a text layer may give in place of the euro sign: `C` (a font without the sign sets its
 * letter: pdfTeX's Times) or `¬` U+00AC, the low byte of the euro's code U+20AC (Ghostscript, where
 * it keeps one byte of a code it writes).
 */
const STAND_INS = ['C', '¬'] as const;
type StandIn = (typeof STAND_INS)[number];

/** The stand-in before amounts: with a scale word after the amount (`C62 mln`, `(x C 1 mln)`), before any amount (`C4 en C5 mln`, `C 23` at a line's end: one to three digits, then groups, not `C2000`), alone at a run's end (`… van C`). */
function standInPatterns(sign: StandIn) {
  return {
    amount: new RegExp(`(^|[\\s(])${sign}(?=\\s?\\d[\\d.,]*\\s?(?:mln|miljoen|miljard|mld)\\b)`, 'g'),
    before: new RegExp(`(^|[\\s(])${sign}(?=\\s?\\d{1,3}(?:[.,]\\d+)*(?![\\d\\p{L}]))`, 'gu'),
    atEnd: new RegExp(`(^|[\\s(])${sign}\\s*$`),
  };
}
/** An amount that opens a run (`23,5 miljoen`). */
const AMOUNT_OPENS = /^\s*\d{1,3}(?:[.,]\d+)*(?![\d\p{L}])/u;

/**
 * A text layer with no euro sign that gives another character in its place (see STAND_INS): where
 * the document holds no euro sign at all, and three amounts or more with a scale word open with that
 * character, it stands for the sign before every amount. Pages returned with their runs' text
 * mended; the count of signs restored, and the character that stood for them.
 */
export function restoreEuroSigns(pages: readonly PageData[]): { pages: PageData[]; restored: number; sign: StandIn | null } {
  const none = { pages: [...pages], restored: 0, sign: null };
  if (pages.some((p) => p.runs.some((r) => r.text.includes('€')))) return none;
  const count = (pattern: RegExp): number => pages.reduce((n, p) => n + p.runs.reduce((m, r) => m + (r.text.match(pattern)?.length ?? 0), 0), 0);
  const found = STAND_INS.map((sign) => ({ sign, patterns: standInPatterns(sign) }))
    .map((s) => ({ ...s, amounts: count(s.patterns.amount) }))
    .sort((a, b) => b.amounts - a.amounts)[0];
  if (!found || found.amounts < 3) return none;
  const { sign, patterns } = found;
  // (Or the character that ends a line, the amount opening the next: `toe te kennen van C` / `23,5 miljoen`.)
  const amountNext = (next: TextRun | undefined): boolean => next !== undefined && AMOUNT_OPENS.test(next.text);
  let atLineEnd = 0;
  const mend = (r: TextRun, i: number, runs: readonly TextRun[]): TextRun => {
    if (!r.text.includes(sign)) return r;
    let text = r.text.replace(patterns.before, '$1€');
    if (patterns.atEnd.test(text) && amountNext(runs[i + 1])) {
      text = text.replace(patterns.atEnd, '$1€');
      atLineEnd++;
    }
    return text === r.text ? r : { ...r, text };
  };
  const mended = pages.map((p) => ({ ...p, runs: (sign === 'C' ? withoutEuroBars(p.runs) : p.runs).map(mend) }));
  return { pages: mended, restored: count(patterns.before) + atLineEnd, sign };
}

/** Bars looked at on one page at most (see withoutEuroBars). */
const MAX_EURO_BARS = 500;

/**
 * A euro sign drawn as a `C` struck through by a smaller `=` (LaTeX's stand-in where a font has no
 * euro: `\texteuro` of a font without it), which a text layer gives as a run `=` over the start of
 * the `C`'s: the bars are no text of their own, and go with the `C` (else `=€ 23 miljoen`).
 */
function withoutEuroBars(runs: readonly TextRun[]): TextRun[] {
  const bars = runs.filter((r) => r.text.trim() === '=');
  // (More bars than a page of amounts holds are no euro signs' — a page of equations — and would
  // make this quadratic on a hostile page: left.)
  if (bars.length === 0 || bars.length > MAX_EURO_BARS) return [...runs];
  // (The runs that open with a `C`, by baseline: each bar looks only at those within its size of it.)
  const opensWithC = runs.filter((r) => r.text.startsWith('C')).sort((a, b) => a.y - b.y);
  const from = (y: number): number => {
    let [lo, hi] = [0, opensWithC.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((opensWithC[mid] as TextRun).y < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const under = (bar: TextRun): boolean => {
    for (let k = from(bar.y - bar.size); k < opensWithC.length && (opensWithC[k] as TextRun).y <= bar.y + bar.size; k++) {
      const c = opensWithC[k] as TextRun;
      if (bar.size < c.size && bar.x < c.x + c.size * 0.6 && bar.x + bar.width > c.x) return true;
    }
    return false;
  };
  const struck = new Set(bars.filter(under));
  return struck.size === 0 ? [...runs] : runs.filter((r) => !struck.has(r));
}

/** A double quote that quotes nothing: at a line's start or between spaces, before a space (`Alkmaar " Smart Industry Hub`). */
const FREE_QUOTE = /(^|\s)"(?=\s)/g;

/**
 * A text layer with no bullet that gives `"` U+0022 in its place, the low byte of the bullet's code
 * U+2022 (Ghostscript, as with the euro sign): where the document holds no bullet at all, and three
 * double quotes or more stand free, quoting nothing (a quote opens against the word it opens and
 * closes against the word it closes), they are the bullets. Pages returned with their runs' text
 * mended, and the count.
 */
export function restoreBullets(pages: readonly PageData[]): { pages: PageData[]; restored: number } {
  const none = { pages: [...pages], restored: 0 };
  if (pages.some((p) => p.runs.some((r) => r.text.includes('•')))) return none;
  const restored = pages.reduce((n, p) => n + p.runs.reduce((m, r) => m + (r.text.match(FREE_QUOTE)?.length ?? 0), 0), 0);
  if (restored < 3) return none;
  const mend = (r: TextRun): TextRun => (r.text.includes('"') ? { ...r, text: r.text.replace(FREE_QUOTE, '$1•') } : r);
  return { pages: pages.map((p) => ({ ...p, runs: p.runs.map(mend) })), restored };
}

/** Restores the bullets, then the euro signs; the pages mended and a note for each restoration. */
export function restoreStandIns(input: readonly PageData[]): { pages: PageData[]; notes: Diagnostic[] } {
  const notes: Diagnostic[] = [];
  const bullets = restoreBullets(input);
  if (bullets.restored > 0) notes.push({ code: 'pdf-text-misnamed', severity: 'info', message: `the PDF sets no bullet: ${bullets.restored} double quotes that quote nothing (\`Alkmaar " Smart Industry Hub\`) read as bullets, the bullet's code cut to its low byte (a producer kept one byte of it)` });
  const { pages, restored, sign } = restoreEuroSigns(bullets.pages);
  if (restored > 0) {
    const why = sign === 'C' ? 'the letter C' : `\`${sign}\`, the euro's code cut to its low byte,`;
    const cause = sign === 'C' ? 'a font without the sign set C in its place' : "a producer kept one byte of the sign's code";
    notes.push({ code: 'pdf-euro-restored', severity: 'info', message: `the PDF sets no euro sign: ${why} before ${restored} amounts (\`${sign}62 mln\`) read as one (${cause})` });
  }
  return { pages, notes };
}

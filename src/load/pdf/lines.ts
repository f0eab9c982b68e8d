/**
 * Text runs → lines: runs that share a baseline, in x order, joined with the spaces their gaps call
 * for. Superscript runs (smaller, raised, digits) become footnote references instead of text.
 * Lines keep their runs' emphasis so that bold leads and italic sub-headings survive.
 */
import type { TextRun } from './page-data';

export interface Span {
  text: string;
  bold: boolean;
  italic: boolean;
}

export interface Line {
  spans: Span[];
  text: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  /** Main font size of the line. */
  size: number;
  footnoteRefs: number[];
  /** A superscript number that opens the line (a footnote's own number), not in `footnoteRefs`. */
  leadingRef?: number;
  /** Tagged PDFs: the structure element of the line's first text (see TextRun.element). */
  element?: string;
  /** The gap before the line's last run when it is wider than three sizes (a tab stop: a contents entry's page number). */
  tab?: number;
  /** The widest gap between two of its texts (a word space, unless the line runs across a gutter). */
  widestGap: number;
  /** The font its first text is set in (TextRun.font), when the page names it: its first word can be measured (see measuredFirstWord). */
  font?: string;
}

/** The middle value (the upper one of two); 0 for none. */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Mode of run sizes weighted by text length: the body text size. */
export function dominantSize(runs: readonly TextRun[]): number {
  const weight = new Map<number, number>();
  for (const r of runs) {
    const key = Math.round(r.size * 10) / 10;
    weight.set(key, (weight.get(key) ?? 0) + r.text.trim().length);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, w] of weight) if (w > bestWeight || (w === bestWeight && size < best)) [best, bestWeight] = [size, w];
  return best;
}

/** A note's number set level with its text and closed by a stop or bracket (`72.`, WeasyPrint's count of a CSS footnote). */
export const NOTE_COUNT = /^\s*(\d{1,3})[.)]\s*$/;

/** A contents entry's line: its last text a page number set at a tab stop, the widest gap of the line (`1 Inleiding      5`). */
export function endsInTabbedNumber(line: Line): boolean {
  return line.tab !== undefined && line.tab >= line.widestGap && ENDS_IN_NUMBER.test(line.text);
}

/** A line's last word a number of one to three figures (a contents entry's page number). */
const ENDS_IN_NUMBER = /\s\d{1,3}$/;

/**
 * Lines that end in a page number standing in a column of them: of the two lines above it and the
 * two below, two or more end in a number too, within three quarters of a point of where it ends,
 * one of them at a tab stop (see endsInTabbedNumber). A contents list set as a table, its numbers
 * right-aligned in a column so close to the longest entries that the gap before theirs is no tab
 * stop: `1 Maatschappelijke … (versnellen)  52` under `Bijlage 1 Stand van zaken acties NDS      52`.
 * (Notes that end in a number end level where they are as long — `Kamerstuk 26643, nr. 640` — but
 * none after a tab stop.)
 */
export function inNumberColumn(lines: readonly Line[]): Set<Line> {
  const out = new Set<Line>();
  const ends = (l: Line | undefined): l is Line => l !== undefined && ENDS_IN_NUMBER.test(l.text);
  lines.forEach((line, k) => {
    if (!ends(line)) return;
    const near = [lines[k - 2], lines[k - 1], lines[k + 1], lines[k + 2]].filter((l): l is Line => ends(l) && Math.abs(l.x1 - line.x1) <= 0.75);
    if (near.length >= 2 && near.some(endsInTabbedNumber)) out.add(line);
  });
  return out;
}

/** A run of one to three digits alone: what a note number looks like. */
export function isNoteNumber(run: TextRun): boolean {
  return /^\s*\d{1,3}\s*$/.test(run.text);
}

/**
 * A footnote number set as a superscript: digits, smaller than the line's text and raised above
 * its baseline. Producers shrink it differently (Chromium to ~0.8, WeasyPrint to 0.9 and raised
 * further): the less it is shrunk, the more it must be raised.
 */
export function isSuperscript(run: TextRun, main: number, baseline: number): boolean {
  if (!isNoteNumber(run)) return false;
  const raised = run.y - baseline;
  // Some producers barely shrink it (or not at all) and raise it by a third of its size or more
  // (a third is what word processors raise a superscript by).
  return (run.size < main * 0.85 && raised > main * 0.15) || (run.size < main * 0.95 && raised > main * 0.3) || (run.size <= main * 1.01 && raised > main * 0.33);
}

/** Groups runs into lines (top to bottom), each with its runs ordered left to right. */
export function buildLines(runs: readonly TextRun[]): Line[] {
  const sorted = [...runs].filter((r) => r.text !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  // (Whether each run is a note number, asked once: the test is a pattern.)
  const note = new Map(sorted.map((r) => [r, isNoteNumber(r)]));
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    const tolerance = run.size * 0.45;
    // A superscript sits up to half a size above the baseline of its line.
    const group = groups.find((g) => {
      const base = g[0] as TextRun;
      const dy = run.y - base.y;
      return (
        Math.abs(dy) <= tolerance ||
        (dy > 0 && dy <= base.size * 0.6 && (run.size < base.size * 0.95 || (note.get(run) === true && run.size <= base.size * 1.01))) ||
        (dy < 0 && -dy <= run.size * 0.6 && (base.size < run.size * 0.95 || (note.get(base) === true && base.size <= run.size * 1.01)))
      );
    });
    if (group) group.push(run);
    else groups.push([run]);
  }
  // (Text all set upside down, a label turned half round, reads from its lowest line up.)
  const upward = sorted.length > 0 && sorted.every((r) => r.reversed === true);
  return groups.flatMap(apartAtNotes).map(toLine).sort((a, b) => (upward ? a.y - b.y : b.y - a.y) || a.x0 - b.x0);
}

/**
 * A baseline's runs parted where a note opens far to the right of the text before it: its raised
 * number, three sizes or more from that text, then the note's words. Notes set side by side in
 * columns, or beside a table's note (`* waaronder …` · `⁶⁷ Kamerstuk 26643, nr. 563.`), are lines
 * of their own. (A line's own note reference stands by the text it marks.)
 */
function apartAtNotes(group: TextRun[]): TextRun[][] {
  const runs = [...group].sort((a, b) => a.x - b.x);
  const parts: TextRun[][] = [[]];
  let end: number | null = null;
  for (const [k, run] of runs.entries()) {
    const visible = run.text.trim() !== '';
    if (visible && end !== null) {
      const after = runs.slice(k + 1).find((r) => r.text.trim() !== '');
      if (after !== undefined && !/^\d+$/.test(after.text.trim()) && run.x - end >= after.size * 3 && isSuperscript(run, after.size, after.y)) parts.push([]);
    }
    (parts[parts.length - 1] as TextRun[]).push(run);
    if (visible) end = run.x + run.width;
  }
  return parts;
}

function toLine(group: TextRun[]): Line {
  const runs = [...group].sort((a, b) => a.x - b.x);
  const main = dominantSize(runs) || (runs[0]?.size ?? 0);
  const normal = runs.filter((r) => r.size >= main * 0.85);
  const baseline = normal.length > 0 ? Math.min(...normal.map((r) => r.y)) : (runs[0]?.y ?? 0);
  const spans: Span[] = [];
  const refs: number[] = [];
  let leadingRef: number | undefined;
  let text = '';
  let lastEnd: number | null = null;
  let lastSize = main;
  let lastGap = 0;
  let widestGap = 0;
  // (A number in the line's own size, only raised, is a superscript where it stands by the text it
  // marks, a justified line's stretched space or so from it, or where it opens a line of text: a
  // justified note's first space may be stretched far, before an address too long to break. One
  // far from any text it follows, a contents entry's page number set between the two lines of its
  // title, is none. A smaller one is one wherever it stands.)
  const beside = (k: number): boolean => {
    const run = runs[k] as TextRun;
    const before = runs.slice(0, k).filter((r) => r.text.trim() !== '').at(-1);
    const after = runs.slice(k + 1).find((r) => r.text.trim() !== '');
    return (before !== undefined && run.x - (before.x + before.width) <= main * 6) || (before === undefined && after !== undefined);
  };
  // (A number that opens a line set in columns — far from the text after it, and the line's last
  // text at a tab stop — is a contents entry's section number set smaller, `¹` · `Inleiding` · `5`:
  // no note's, whose text follows it.)
  const visibleRuns = runs.filter((r) => r.text.trim() !== '');
  const inColumns = (k: number): boolean => {
    const run = runs[k] as TextRun;
    if (visibleRuns[0] !== run || visibleRuns.length < 3) return false;
    const [, next] = visibleRuns;
    const last = visibleRuns[visibleRuns.length - 1] as TextRun;
    const beforeLast = visibleRuns[visibleRuns.length - 2] as TextRun;
    return (next as TextRun).x - (run.x + run.width) > main * 6 && last.x - (beforeLast.x + beforeLast.width) > main * 3;
  };
  // (A number set smaller and raised however little right after a sentence's end, with no text after
  // it on its line — or none nearer than a column's gutter — is the call of a note too: wkhtmltopdf
  // raises a table cell's closing `<sup>` by a tenth of a size, `… Sjoerdsma.` · `65`.)
  const closingCall = (k: number): boolean => {
    const run = runs[k] as TextRun;
    const at = visibleRuns.indexOf(run);
    const before = visibleRuns[at - 1];
    const after = visibleRuns[at + 1];
    return (
      before !== undefined &&
      (after === undefined || after.x - (run.x + run.width) > main * 3) &&
      isNoteNumber(run) &&
      run.size < main * 0.9 &&
      run.y - baseline > main * 0.05 &&
      /[.!?)]\s*$/.test(before.text) &&
      run.x - (before.x + before.width) <= main
    );
  };
  for (const [k, run] of runs.entries()) {
    if (((isSuperscript(run, main, baseline) && (run.size < main * 0.95 || beside(k))) || closingCall(k)) && !inColumns(k)) {
      // (Right after a number level with the text that opens the line, `72. ⁷³ Kamerstukken`, it is
      // the note's own number: WeasyPrint marks a CSS footnote with its own count, then the note's
      // call follows; the count goes.)
      const marker = leadingRef === undefined && NOTE_COUNT.test(text);
      if (marker) {
        text = '';
        spans.length = 0;
      }
      if (text.trim() === '' && leadingRef === undefined) leadingRef = Number(run.text.trim());
      else refs.push(Number(run.text.trim()));
      // (A mark whose run carries the space after it — cairo sets `⁶ ` so — ends no text: the next
      // word, right after the run, is measured from the text before the mark, and stands apart.)
      if (!/\s$/.test(run.text)) lastEnd = run.x + run.width;
      continue;
    }
    let piece = run.text;
    if (lastEnd !== null) {
      const gap = run.x - lastEnd;
      if (run.text.trim() !== '') {
        lastGap = gap;
        widestGap = Math.max(widestGap, gap);
      }
      const needsSpace = gap > Math.min(run.size, lastSize) * 0.12 && !/\s$/.test(text) && !/^\s/.test(piece);
      if (needsSpace) piece = ` ${piece}`;
    }
    text += piece;
    const last = spans[spans.length - 1];
    if (last && last.bold === run.bold && last.italic === run.italic) last.text += piece;
    else spans.push({ text: piece, bold: run.bold, italic: run.italic });
    // A run of spaces says nothing of where text ends: a producer may give it the width of a
    // whole tab gap, or more (a contents entry's space ran past the page's edge).
    if (run.text.trim() === '') continue;
    lastEnd = run.x + run.width;
    lastSize = run.size;
  }
  const visible = runs.some((r) => r.text.trim() !== '') ? runs.filter((r) => r.text.trim() !== '') : runs;
  const line: Line = {
    spans,
    text: text.replace(/\s+/g, ' ').trim(),
    x0: Math.min(...visible.map((r) => r.x)),
    x1: Math.max(...visible.map((r) => r.x + r.width)),
    y: baseline,
    size: main,
    footnoteRefs: refs,
    widestGap,
  };
  if (leadingRef !== undefined) line.leadingRef = leadingRef;
  if (lastGap > main * 3) line.tab = lastGap;
  const first = runs.find((r) => r.text.trim() !== '' && !isSuperscript(r, main, baseline));
  if (first?.element) line.element = first.element;
  if (first?.font) line.font = first.font;
  return line;
}

/** The emphasis a line's text is set apart in: bold, or italic; null for text of the body's weight, or mixed. */
export type Emphasis = 'bold' | 'italic' | null;

/** The emphasis every visible text of a line is set in (spans or runs; blank ones aside). */
export function emphasisOf(parts: readonly { text: string; bold: boolean; italic: boolean }[]): Emphasis {
  const visible = parts.filter((s) => s.text.trim() !== '');
  if (visible.length === 0) return null;
  if (visible.every((s) => s.bold)) return 'bold';
  if (visible.every((s) => s.italic)) return 'italic';
  return null;
}

/**
 * Columns from the gutters a table's rows show. A header's labels say roughly where columns are;
 * the body says exactly: between two columns runs a strip, from the table's first row to its last,
 * that no line's text crosses (a word space never lines up so down a whole table). Where the
 * columns read from the header cut through the rows' text — labels centred over their columns, two
 * labels set as one string — and the gutters give columns that cut through less, each under the
 * labels of one meaning, the table takes those.
 */
import type { TextRun } from '../page-data';
import { byBaseline, columnOf, columnsFrom, type Column } from './pieces';
import { splitLabels } from './header';
import { labelBreaks, labelMeaning, type HeaderMeaning } from '../../../model/header-meanings';

/** A line's text in a column of its own only as a list mark or an action number before its item. */
const MARK = /^([•·▪◦‣–\-*+]|\d{1,3}\)|\(\d{1,3}\)|\[\d{1,3}\]|[AM]\d{1,3}[:.)]?)$/;

/** Lines a table needs before its gutters say more than chance. */
const MIN_LINES = 3;

/**
 * How many of the lines do not fit the columns: a text that reaches over a column's edge, or two
 * texts in one column further apart than a word space could stretch (two columns' texts).
 */
export function misfits(columns: readonly Column[], lines: readonly TextRun[][]): number {
  const edges = columns.slice(1).map((c) => c.x0);
  let count = 0;
  for (const line of lines) {
    const texts = line.filter((r) => r.text.trim() !== '').sort((a, b) => a.x - b.x);
    const across = texts.some((r) => edges.some((e) => r.x < e - 2 && r.x + r.width > e + 2));
    const apart = texts.some((r, k) => {
      const prev = texts[k - 1];
      return prev !== undefined && columnOf(columns, prev.x) === columnOf(columns, r.x) && r.x - (prev.x + prev.width) > r.size * 2.5;
    });
    if (across || apart) count++;
  }
  return count;
}

/**
 * Column starts where gutters run down these lines: strips at least a fifth of the type wide that
 * at most one line in thirty crosses, each column starting where text begins after one. A column
 * that holds list marks or action numbers only (items hung beside their marks) is the next one's.
 * Null when the lines are too few to tell.
 */
export function gutterStarts(lines: readonly TextRun[][]): number[] | null {
  const texts = lines.map((l) => l.filter((r) => r.text.trim() !== ''));
  const all = texts.flat();
  if (texts.filter((l) => l.length > 0).length < MIN_LINES) return null;
  const size = Math.max(...all.map((r) => r.size));
  const left = Math.min(...all.map((r) => r.x));
  const right = Math.max(...all.map((r) => r.x + r.width));
  // Half-point steps across the table: bounded by its width, whatever the text.
  const step = 0.5;
  const cover = new Uint16Array(Math.ceil((right - left) / step) + 1);
  for (const line of texts) {
    const inked = new Uint8Array(cover.length);
    for (const r of line) for (let i = Math.floor((r.x - left) / step); i <= Math.min(cover.length - 1, Math.ceil((r.x + r.width - left) / step) - 1); i++) inked[i] = 1;
    for (let i = 0; i < cover.length; i++) cover[i] = (cover[i] as number) + (inked[i] as number);
  }
  const allowed = Math.floor(texts.length / 30);
  const wide = Math.max(1.5, size * 0.2);
  // (A column starts where the first text after a gutter does, not at the step.)
  const textFrom = (k: number): number => Math.min(...all.map((r) => r.x).filter((x) => x >= left + (k - 1) * step));
  const starts = [left];
  for (let i = 0; i < cover.length; ) {
    if ((cover[i] as number) > allowed) {
      i++;
      continue;
    }
    let j = i;
    while (j < cover.length && (cover[j] as number) <= allowed) j++;
    // Inside the strip, a stretch no line crosses, then one line's text: as few lines as one that
    // crosses a gutter, but it starts there. Where it runs on into the column after the strip, it
    // is that column's first text (a subheading set left of its column's bullets, `Hoger
    // onderwijs:`); a last column may hold that one line alone (`(Q3)` in a row the page cut).
    let z = j;
    while (z > i && cover[z - 1] !== 0) z--;
    let y = z;
    while (y > i && cover[y - 1] === 0) y--;
    if (j < cover.length && z < j && (z - y) * step >= wide) starts.push(textFrom(z));
    else if (j < cover.length && (j - i) * step >= wide) starts.push(textFrom(j));
    else if (j === cover.length) {
      // (Its line has no text in the strip before it: a word after a wide space in a justified
      // line is none.)
      const opens = (x: number): boolean =>
        texts.some((line) => line.some((r) => r.x === x) && !line.some((r) => r.x < x && r.x + r.width > left + i * step));
      for (let k = i; k < j; ) {
        while (k < j && cover[k] !== 0) k++;
        const from = k;
        while (k < j && cover[k] === 0) k++;
        if (k < j && (k - from) * step >= wide) {
          const x = textFrom(k);
          if (opens(x)) starts.push(x);
          break;
        }
      }
    }
    i = j;
  }
  // (Marks hung in a column of their own join the column of their items: the column holds marks
  // only, besides a line that runs on into the items, a subheading over them; or besides short
  // subheadings set at the cell's edge left of the marks, no more lines of them than marks —
  // LibreOffice's `MaaS` in italics over its bullets, the items' text past them.)
  const inColumn = (k: number): TextRun[] => {
    const next = k + 1 < starts.length ? (starts[k + 1] as number) : Infinity;
    return all.filter((r) => r.x >= (starts[k] as number) - 1 && r.x < next - 1 && r.x + r.width <= next + 1);
  };
  for (let k = starts.length - 2; k >= 0; k--) {
    const texts = inColumn(k);
    const marks = texts.filter((r) => MARK.test(r.text.trim()));
    const heads = texts.filter((r) => !MARK.test(r.text.trim()));
    const markFrom = Math.min(...marks.map((r) => r.x));
    const headLines = new Set(heads.map((r) => Math.round(r.y)));
    if (marks.length > 0 && headLines.size <= marks.length && heads.every((r) => r.x < markFrom - 1)) starts.splice(k + 1, 1);
  }
  return starts;
}

/**
 * The columns the rows' gutters give, when the columns read from the header do not fit the rows
 * and those do better; else null. Each of them stands under a label of the header (a label is
 * where its middle stands: one centred over its column may start left of the column's text), and
 * none under the labels of two meanings (two labels the producer set as one string are cut where
 * the second's meaning opens; a label the header's reading broke in two, `Stand` · `van zaken`, is
 * one again).
 */
export function alongGutters(columns: readonly Column[], runs: readonly TextRun[], header: readonly TextRun[]): Column[] | null {
  const lines = byBaseline(runs);
  const before = misfits(columns, lines);
  if (before === 0) return null;
  const starts = gutterStarts(lines);
  if (!starts || starts.length < 2) return null;
  // (The table's box starts where its header's first column does, if that is further left; the
  // header's columns left or right of all the rows' text, empty here, stay columns. Where the rows'
  // text starts well right of the first column, that column may be empty here too: tried first.)
  const left = starts[0] as number;
  const right = Math.max(...runs.map((r) => r.x + r.width));
  // (So does a column between them under a label that names a field, which no row's text enters
  // and where no gutter starts: a row the page break cut leaves the action's column blank under
  // its label, the rest of it on the page before.)
  const texts = runs.filter((r) => r.text.trim() !== '');
  const blank = (c: Column): boolean => !texts.some((r) => (r.x >= c.x0 - 1 && r.x < c.x1 - r.size / 2) || (r.x < c.x0 - 1 && r.x + r.width > c.x0 + 1));
  const labelled = (k: number): boolean => [...labelMeanings(header.filter((r) => r.text.trim() !== '' && columnOf(columns, r.x + r.width / 2) === k))].some((m) => m !== null);
  const empty = columns
    .flatMap((c, k) => (k > 0 && (c.x0 < left - 2 || c.x0 > right + 2 || (blank(c) && !starts.some((s) => Math.abs(s - c.x0) <= 2) && labelled(k))) ? [c.x0] : []));
  const first = (columns[0] as Column).x0;
  const leading = empty.some((x) => x < left) || left > first + 12 ? [[left], []] : [[]];
  // (A last column of as few lines as may cross a gutter is tried, then left to the one before: it
  // may be a cell set further right than the column's others, under no label of its own.)
  const crossing = Math.floor(lines.length / 30);
  const linesFrom = (x0: number, x1: number): number => lines.filter((l) => l.some((r) => r.text.trim() !== '' && r.x >= x0 - 1 && r.x < x1 - 1)).length;
  const last = starts[starts.length - 1] as number;
  const few = linesFrom(last, Infinity) <= crossing;
  // (Then a column between two others that one line alone gives — a subheading set left of its
  // column's bullets, `Mbo`, alone on its baseline, its gap to them as wide as a narrow gutter — is
  // the next one's.)
  // (A line alone on its baseline, as a subheading stands: a hanging indent's first line, set left
  // of its cell's other lines, has the row's other cells beside it, and its column is no one's.)
  const alone = (x0: number, x1: number): boolean => {
    const own = lines.filter((l) => l.some((r) => r.text.trim() !== '' && r.x >= x0 - 1 && r.x < x1 - 1));
    return own.length >= 1 && own.length <= Math.max(1, crossing) && own.every((l) => !l.some((r) => r.text.trim() !== '' && r.x >= x1 - 1));
  };
  const lone = starts.flatMap((x, m) => (m > 0 && m < starts.length - 1 && linesFrom(x, starts[m + 1] as number) > 1 && alone(starts[m - 1] as number, x) ? [starts.filter((_, n) => n !== m)] : []));
  for (const kept of [...(starts.length > 2 && few ? [starts, starts.slice(0, -1)] : [starts]), ...lone]) {
    for (const lead of leading) {
      const edges = [Math.min(left, first), ...[...lead, ...kept.slice(1), ...empty].sort((a, b) => a - b)];
      const found = columnsFrom(edges, (columns[columns.length - 1] as Column).x1 + 0.5);
      if (named(found, columns, header) && misfits(found, lines) < before) return found;
    }
  }
  return null;
}

/**
 * Does each of these columns stand under a label of the header, and none under the labels of two
 * meanings, nor two side by side under one?
 */
function named(found: readonly Column[], columns: readonly Column[], header: readonly TextRun[]): boolean {
  const labels = header.filter((r) => r.text.trim() !== '').flatMap((r) => splitLabels(r, found));
  const meanings = found.map((_, k) => labelMeanings(labels.filter((r) => columnOf(found, r.x + r.width / 2) === k)));
  const meaningOf = (k: number): HeaderMeaning | null => [...(meanings[k] ?? [])].find((m) => m !== null) ?? null;
  // (Nor two columns side by side under one meaning: a label's wrapped lines centred apart over
  // one column, `Stand van zaken/` · `resultaten`, do not make it two.)
  if (!meanings.every((m, k) => m.size > 0 && [...m].filter((x) => x !== null).length <= 1 && (k === 0 || meaningOf(k) === null || meaningOf(k) !== meaningOf(k - 1)))) return false;
  // (And no label the gutters cut so that its meaning is lost: `Wat gaan we` · `doen?`.)
  const had = columns.flatMap((_, k) => [...labelMeanings(header.filter((r) => r.text.trim() !== '' && columnOf(columns, r.x + r.width / 2) === k))]);
  return had.every((m) => m === null || meanings.some((own) => own.has(m)));
}

/**
 * The meanings of the labels over a column (none: null), read label by label — a label is the
 * lines that stand over one another, each read in order: lines of two labels interleaved (`Stand
 * van zaken /` · `Wat gaan we` · `resultaten` · `doen?`) do not read as one.
 */
function labelMeanings(labels: readonly TextRun[]): Set<HeaderMeaning | null> {
  const out = new Set<HeaderMeaning | null>();
  const stacks: TextRun[][] = [];
  let reach = -Infinity;
  for (const r of [...labels].sort((a, b) => a.x - b.x)) {
    if (r.x < reach - 0.5) (stacks[stacks.length - 1] as TextRun[]).push(r);
    else stacks.push([r]);
    reach = Math.max(reach, r.x + r.width);
  }
  for (const stack of stacks) {
    const text = stack
      .sort((a, b) => b.y - a.y || a.x - b.x)
      .map((r) => r.text.trim())
      .join(' ');
    const first = labelMeaning(text);
    out.add(first);
    for (const at of labelBreaks(text, first).at) out.add(labelMeaning(text.slice(at)));
  }
  return out;
}

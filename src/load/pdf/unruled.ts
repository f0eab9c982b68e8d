/**
 * Tables without ruling lines (PDFs from producers that draw no cell borders) → grids.
 *
 * A table starts at a header line recognised by its texts (`Acties zoals in NDS`, `Wie (Tijd)`,
 * `Thema` / `Opgave` / `Actie`, `Stand van zaken`, or two or more year columns): its column
 * boundaries come from where the header's labels start — also inside a piece of the line where a
 * second label with a meaning of its own follows a narrow gutter (`Thema Opgave`), or where a label
 * wrapped onto further baselines stops short of the next one — and from text that starts at the
 * same place in many rows after a gutter. Below it, each line's runs go to the column they start
 * in; a new row starts at a vertical gap wider than the line pitch (unless one shaded row band
 * holds both lines), at a rule or band edge, or at an action-number anchor (`12) …`) in one of the
 * first two columns. The table ends at a wider gap, a heading-sized line, or the page end; a
 * header alone at the foot of a page heads the rows on the next. Same `Grid` shape as ruled
 * tables, so the rest of the layout is shared.
 */
import type { Box, TextRun } from './page-data';
import type { Grid, GridRow } from './tables';
import { labelBreaks, labelMeaning, namesColumns } from '../../model/header-meanings';
import { isNoteNumber } from './lines';

const ANCHOR = /^\d{1,3}\)\s/;
const YEAR = /^(19|20)\d{2}$/;

interface Column {
  x0: number;
  x1: number;
}

const NUMBER = /^[\d.,%€-]+$/;

/**
 * Runs of one line split where they stand apart by more than a few character widths — or, in a
 * line of figures (year columns, amounts), between two numbers set with narrow gutters.
 */
function chunks(line: readonly TextRun[]): TextRun[][] {
  const sorted = [...line].filter((r) => r.text.trim() !== '').sort((a, b) => a.x - b.x);
  const out: TextRun[][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    const gap = prev ? r.x - (prev.x + prev.width) : Infinity;
    const figures = prev !== undefined && NUMBER.test(prev.text.trim()) && NUMBER.test(r.text.trim()) && gap > r.size * 0.4;
    if (last && prev && gap < r.size * 1.5 && !figures) last.push(r);
    else out.push([r]);
  }
  return out;
}

/**
 * A run that sets a row of figures as one string (`2017 2018 2019`, `22 27 34`) as one run per
 * figure, each placed where its share of the characters puts it: figures are columns.
 */
function figures(run: TextRun): TextRun[] {
  const words = run.text.match(/\S+/g) ?? [];
  return words.length >= 2 && words.every((w) => NUMBER.test(w)) ? wordsOf(run) : [run];
}

/** A run cut at its spaces, each word placed where its share of the characters puts it. */
function wordsOf(run: TextRun): TextRun[] {
  const perChar = run.width / Math.max(1, run.text.length);
  return [...run.text.matchAll(/\S+/g)].map((w) => ({ ...run, text: w[0], x: run.x + (w.index ?? 0) * perChar, width: w[0].length * perChar }));
}

function text(runs: readonly TextRun[]): string {
  return runs.map((r) => r.text).join(' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

function isHeader(parts: TextRun[][]): boolean {
  if (parts.length < 3) return false;
  const texts = parts.map(text);
  return namesColumns(texts) || texts.filter((t) => YEAR.test(t)).length >= 2;
}

/**
 * A header line at `i`, or null. Header cells centred vertically set their labels on baselines
 * less than a line apart (`Acties` / `Domein &` / `zoals in` / `ambitie`): those lines are read as
 * one. `end`: the index after the header's lines.
 */
function headerAt(lines: readonly TextRun[][], i: number, lookBelow = true): { end: number; parts: TextRun[][] } | null {
  let k = i + 1;
  const bold = (line: readonly TextRun[]): boolean => line.every((r) => r.bold || r.text.trim() === '');
  // Only a bold header is read across baselines (a few, at most), so that body cells centred in
  // their rows, offset by half a line from each other too, are never taken for it.
  const across = bold(lines[i] as TextRun[]);
  while (across && k < lines.length && k - i < 6 && bold(lines[k] as TextRun[]) && (lines[k - 1]?.[0] as TextRun).y - (lines[k]?.[0] as TextRun).y < (lines[k]?.[0] as TextRun).size * 0.9) k++;
  const parts = chunks(lines.slice(i, k).flat());
  if (isHeader(parts)) return { end: k, parts };
  // The first line of a header whose short labels, centred, stand one line lower (`Stand van
  // zaken /` over `Thema  Opgave  Actie  resultaten`): bold, a wrapped line's distance above it.
  const next = lines[i + 1];
  if (!lookBelow || !across || !next || k !== i + 1 || !bold(next) || (lines[i]?.[0] as TextRun).y - (next[0] as TextRun).y > (next[0] as TextRun).size * 1.9) return null;
  const below = headerAt(lines, i + 1, false);
  return below ? { end: below.end, parts: chunks(lines.slice(i, below.end).flat()) } : null;
}

function byBaseline(runs: readonly TextRun[]): TextRun[][] {
  // A note number raised above its line (smaller digits) belongs to that line, not a line of its own.
  // Blank runs (the spaces some producers set as runs of their own) belong to no line.
  const sorted = runs.filter((r) => r.text.trim() !== '').sort((a, b) => {
    const raise = (r: TextRun): number => (isNoteNumber(r) ? r.size * 0.6 : 0);
    return b.y - raise(b) - (a.y - raise(a)) || a.x - b.x;
  });
  const lines: TextRun[][] = [];
  for (const r of sorted) {
    const line = lines.find((l) => {
      const base = l.find((x) => !isNoteNumber(x)) ?? (l[0] as TextRun);
      const dy = r.y - base.y;
      return Math.abs(dy) <= r.size * 0.4 || (isNoteNumber(r) && r.size < base.size && dy > 0 && dy <= base.size * 0.6) || (isNoteNumber(base) && base.size < r.size && dy < 0 && -dy <= r.size * 0.6);
    });
    if (line) line.push(r);
    else lines.push([r]);
  }
  // Each line's first run stands on its baseline (lines are read by their first run's y).
  for (const l of lines) l.sort((a, b) => (isNoteNumber(a) === isNoteNumber(b) ? 0 : isNoteNumber(a) ? 1 : -1));
  return lines;
}

/** Columns that start at `starts` (left to right), each ending just before the next; the last at `end`. */
function columnsFrom(starts: readonly number[], end: number): Column[] {
  return starts.map((x0, k) => ({ x0, x1: (starts[k + 1] ?? end) - 0.5 }));
}

function columnOf(columns: readonly Column[], x: number): number {
  let best = 0;
  columns.forEach((c, i) => {
    if (x >= c.x0 - 2) best = i;
  });
  return best;
}

/**
 * What a page draws that can part rows when it draws no grid: horizontal rules (hairlines under
 * rows), and filled bands (zebra rows, a header band). Row parting only — columns still come from
 * the header texts.
 */
export interface RowMarks {
  rules: readonly Box[];
  fills: readonly Box[];
}

/** White paint is the paper showing through (a page or cell background), not a visible band. */
function visible(fill: Box & { color?: string }): boolean {
  return !/^#(f[a-f0-9]){3}$/i.test(fill.color ?? '');
}

/** Visible fills side by side with the same top and bottom (the cells of one shaded row) as one band. */
function bands(fills: readonly (Box & { color?: string })[]): Box[] {
  const out: Box[] = [];
  for (const f of [...fills].filter(visible).sort((a, b) => b.y1 - a.y1 || a.x0 - b.x0)) {
    const same = out.find((b) => Math.abs(b.y0 - f.y0) <= 1 && Math.abs(b.y1 - f.y1) <= 1 && f.x0 <= b.x1 + 2);
    if (same) same.x1 = Math.max(same.x1, f.x1);
    else out.push({ ...f });
  }
  return out;
}

/**
 * What drawn marks say about the line at `prevY` and the line at `y` (baselines, top to bottom):
 * `parted` when a rule or a band edge stands between them, `joined` when one filled row band holds
 * both (a producer that opened a wide gap inside a shaded row), else nothing.
 */
function drawnBetween(marks: RowMarks, x0: number, x1: number, prevY: number, y: number, size: number): 'parted' | 'joined' | null {
  const wide = (b: Box): boolean => Math.min(b.x1, x1) - Math.max(b.x0, x0) >= (x1 - x0) * 0.4 && b.x1 - b.x0 <= (x1 - x0) * 1.5;
  const between = (at: number): boolean => at < prevY - size * 0.15 && at > y + size * 0.75;
  if (marks.rules.some((r) => wide(r) && r.y1 - r.y0 <= 2.5 && between((r.y0 + r.y1) / 2))) return 'parted';
  const rows = bands(marks.fills).filter(wide);
  const band = (at: number): number => rows.findIndex((f) => at >= f.y0 && at <= f.y1);
  const above = band(prevY + size * 0.3);
  const below = band(y + size * 0.3);
  if (above !== below) return 'parted';
  return above >= 0 ? 'joined' : null;
}

/**
 * A header run that holds the labels of several columns as one string (`Thema's & ambitie Acties
 * zoals in NDS`, set with one stretched space between them) is cut before each word that opens a
 * label of another meaning, and each label placed at the start of the next column it reaches over.
 */
function splitLabels(run: TextRun, columns: readonly Column[]): TextRun[] {
  const end = run.x + run.width;
  const first = columnOf(columns, run.x);
  const crossed = columns.filter((c, k) => k > first && c.x0 < end - 1);
  if (crossed.length === 0) return [run];
  const cuts = labelBreaks(run.text, labelMeaning(run.text)).at.slice(0, crossed.length);
  if (cuts.length === 0) return [run];
  const bounds = [0, ...cuts, run.text.length];
  return bounds.slice(0, -1).map((from, k) => {
    const x = k === 0 ? run.x : (crossed[k - 1] as Column).x0;
    const nextX = k + 1 < bounds.length - 1 ? (crossed[k] as Column).x0 : end;
    return { ...run, text: run.text.slice(from, bounds[k + 1]).trim(), x, width: Math.max(1, nextX - x - 1) };
  });
}

/**
 * A run that reaches over a column edge (a producer that set a row of figures as one string) is
 * cut at its spaces, each word placed where its share of the characters puts it.
 */
function splitAcross(run: TextRun, columns: readonly Column[]): TextRun[] {
  const end = run.x + run.width;
  if (!columns.some((c) => c.x0 > run.x + 1 && c.x0 < end - 1) || !/\S\s+\S/.test(run.text)) return [run];
  return wordsOf(run);
}

/** The usual distance between the baselines of wrapped lines on a page (the median of the small gaps). */
function wrappedPitch(lines: readonly TextRun[][]): number {
  const gaps: number[] = [];
  for (let k = 1; k < lines.length; k++) {
    const gap = (lines[k - 1]?.[0] as TextRun).y - (lines[k]?.[0] as TextRun).y;
    if (gap > 0 && gap < (lines[k]?.[0] as TextRun).size * 2) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? Infinity;
}

/** Where a piece of a body line starts, and whether words stand before it on its line in its column. */
interface Start {
  x: number;
  afterText: boolean;
}

/**
 * Columns the header's texts run together (two labels set with a narrow gutter: `Opgave Actie`)
 * show in the body: text that starts at the same place in many rows, well inside a header column,
 * with words of the column before it on the same lines (a gutter, not an indent), is a column of its
 * own. Taken from the left: a cell's text starts at its left edge, and what starts a little to the
 * right of an accepted start (list items indented under it) is not a column.
 */
function withAlignedStarts(columns: Column[], starts: readonly Start[], rowCount: number, headerStarts: readonly number[] = []): Column[] {
  const clusters: { x: number; n: number; gutters: number }[] = [];
  for (const s of [...starts].sort((a, b) => a.x - b.x)) {
    const last = clusters[clusters.length - 1];
    if (last && s.x - last.x <= 3) {
      last.n++;
      if (s.afterText) last.gutters++;
    } else clusters.push({ x: s.x, n: 1, gutters: s.afterText ? 1 : 0 });
  }
  const need = Math.max(3, Math.ceil(rowCount * 0.3));
  const extra: number[] = [];
  for (const c of clusters) {
    if (c.n < need) continue;
    // The column starts where its least indented text does (a sub-heading over indented items),
    // or where a header label over it starts.
    const x = Math.min(c.x, ...clusters.filter((o) => o.n >= 2 && o.x < c.x && c.x - o.x <= 12).map((o) => o.x), ...headerStarts.filter((h) => h < c.x + 3 && c.x - h <= 12));
    // A gutter before it on some lines, or a header label starting right over it: not an indent.
    const labelled = headerStarts.some((h) => Math.abs(h - x) <= 3);
    if (c.gutters < 2 && !labelled) continue;
    if ([...columns.map((col) => col.x0), ...extra].every((e) => Math.abs(e - x) > 12)) extra.push(x);
  }
  if (extra.length === 0) return columns;
  const right = (columns[columns.length - 1] as Column).x1;
  const xs = [...columns.map((c) => c.x0), ...extra].sort((a, b) => a - b);
  return columnsFrom(xs, right + 0.5);
}

/**
 * Column starts of a header line: where its pieces start, and inside a piece where a second label
 * with a meaning of its own starts after a gutter (`Thema Opgave`, `Acties zoals in Stand van
 * zaken/ resultaten`: two labels a narrow gutter ran together).
 */
function labelStarts(parts: readonly TextRun[][]): { starts: number[]; estimated: number[] } {
  const out: number[] = [];
  const estimated: number[] = [];
  for (const part of parts) {
    const sorted = [...part].filter((r) => r.text.trim() !== '').sort((a, b) => a.x - b.x);
    if (sorted.length === 0) continue;
    out.push((sorted[0] as TextRun).x);
    let meaning = labelMeaning(text(sorted.slice(0, 1)));
    sorted.forEach((run, k) => {
      const prev = sorted[k - 1];
      const own = labelMeaning(run.text);
      if (k > 0 && prev && own !== null && own !== meaning && run.x - (prev.x + prev.width) > run.size * 0.3) {
        out.push(run.x);
        meaning = own;
      }
      // Two labels in one string (`Opgave Actie`): the second starts about where its share of
      // the characters puts it; the rows below say exactly where (see snapToRows).
      const inner = labelBreaks(run.text, meaning);
      for (const at of inner.at) {
        const x = run.x + (run.width * at) / Math.max(1, run.text.length);
        out.push(x);
        estimated.push(x);
      }
      meaning = inner.meaning;
    });
  }
  return { starts: out.sort((a, b) => a - b), estimated };
}

/**
 * Column starts estimated inside a header string, moved to where the rows' text starts nearby —
 * or dropped when no row's text starts there (two meaning words in one label: `Status en planning`).
 */
function snapToRows(columns: Column[], estimated: readonly number[], starts: readonly Start[]): Column[] {
  if (estimated.length === 0) return columns;
  const xs = columns.flatMap((c) => {
    if (!estimated.includes(c.x0)) return [c.x0];
    const near = starts.map((st) => st.x).filter((x) => Math.abs(x - c.x0) <= 12);
    return near.length > 0 ? [Math.min(...near)] : [];
  });
  const right = (columns[columns.length - 1] as Column).x1;
  return columnsFrom(xs, right + 0.5);
}

/**
 * Column starts of a header set on several baselines. Two labels with a narrow gutter read as one
 * piece of the first line (`Acties Stand van zaken/ resultaten`); when the first label goes on below
 * at its own start (`zoals`, `in NDS`) and none of those lines reaches where the second label
 * starts, that gutter is a column edge.
 */
function stackedLabelStarts(first: readonly TextRun[][], below: readonly TextRun[][]): number[] {
  const pieces = below.flatMap((line) => chunks(line));
  const out: number[] = [];
  for (const chunk of first) {
    const start = Math.min(...chunk.map((r) => r.x));
    out.push(start);
    const stacked = pieces.filter((p) => Math.abs((p[0] as TextRun).x - start) <= 2);
    if (stacked.length === 0) continue;
    const reach = Math.max(...stacked.map((p) => Math.max(...p.map((r) => r.x + r.width))));
    const sorted = [...chunk].filter((r) => r.text.trim() !== '').sort((a, b) => a.x - b.x);
    for (let k = 1; k < sorted.length; k++) {
      const run = sorted[k] as TextRun;
      const prev = sorted[k - 1] as TextRun;
      const gap = run.x - (prev.x + prev.width);
      // The next label starts past everything the first one wraps to, after a gutter wider than a space.
      if (gap > run.size * 0.4 && run.x > reach + 1 && !pieces.some((p) => (p[0] as TextRun).x < run.x - 1 && Math.max(...p.map((r) => r.x + r.width)) > run.x + 1)) {
        out.push(run.x);
        break;
      }
    }
  }
  return out;
}

/** Filled header cells on the header line: three or more side by side, each narrower than the table. */
function headerCells(fills: readonly Box[], y: number): Box[] | null {
  const cells = fills.filter((f) => f.y0 <= y + 1 && f.y1 >= y - 1 && f.y1 - f.y0 < 80).sort((a, b) => a.x0 - b.x0);
  if (cells.length < 3) return null;
  const width = (cells[cells.length - 1] as Box).x1 - (cells[0] as Box).x0;
  return cells.every((c) => c.x1 - c.x0 < width * 0.7) ? cells : null;
}

/** The columns a table ended its page with, when it ran to the page's last line of text. */
export interface OpenColumns {
  columns: Column[];
  right: number;
  /** The columns came from the header's texts (no shaded cells): the body may refine them. */
  fromText: boolean;
  /**
   * The page ended with the table's header and no row: the header's runs, which the next page's
   * rows complete (its further lines, `ambitie` / `NDS`, open that page; its columns are settled
   * there, where the rows show them).
   */
  header: TextRun[] | null;
  /** Where the header's labels start (a column the rows show is snapped to one). */
  headerStarts: number[];
}

/** A line that opens with a raised, smaller number: a footnote, not a table row. */
function opensWithNoteNumber(line: readonly TextRun[]): boolean {
  const sorted = [...line].filter((r) => r.text.trim() !== '').sort((a, b) => a.x - b.x);
  const [first, second] = sorted;
  if (!first || !second || !isNoteNumber(first)) return false;
  return first.y - second.y > second.size * 0.2 && first.size < second.size * 0.95;
}

interface RowDraft {
  runs: TextRun[];
  top: number;
  bottom: number;
}

interface RowScan {
  rows: RowDraft[];
  next: number;
  starts: Start[];
}

/**
 * Lines from `j` down → rows of a table with these columns, until a wide gap, a heading-sized
 * line, another header, or smaller type (a note or a footnote under the table).
 */
function scanRows(
  lines: TextRun[][],
  j: number,
  columns: Column[],
  right: number,
  ctx: { pitch: number; bodySize: number; marks: RowMarks; prevY: number | null; votes: AlignmentVotes; pageTop: boolean },
  used: Set<TextRun>,
): RowScan {
  // Lines between gaps, rules and band edges: segments. Action-number anchors are noted, and
  // settle the rows once the table's cell alignment is known (see rowsOf).
  const segments: ScannedLine[][] = [];
  const starts: Start[] = [];
  let prevY = ctx.prevY;
  let current: ScannedLine[] | null = null;
  let tableSize: number | null = null;
  for (; j < lines.length; j++) {
    const line = lines[j] as TextRun[];
    const y = (line[0] as TextRun).y;
    const size = Math.max(...line.map((r) => r.size));
    if (
      (prevY !== null && prevY - y > ctx.pitch * 3) ||
      size > ctx.bodySize * 1.2 ||
      headerAt(lines, j) !== null ||
      (tableSize !== null && size < tableSize * 0.88) ||
      opensWithNoteNumber(line)
    ) {
      break;
    }
    tableSize ??= size;
    // The spacing of wrapped lines is judged against this table's type, not only the body text's.
    const linePitch = Math.min(ctx.pitch, size * 1.3);
    const anchor = chunks(line).find((p) => ANCHOR.test(text(p)) && columnOf(columns, (p[0] as TextRun).x) <= 1);
    const drawn = current !== null && prevY !== null ? drawnBetween(ctx.marks, columns[0]?.x0 ?? 0, right, prevY, y, size) : null;
    const gap = prevY !== null && prevY - y > linePitch * 1.45 && drawn !== 'joined';
    if (!current || gap || drawn === 'parted') {
      current = [];
      segments.push(current);
    }
    current.push({ y, size, runs: line, anchorColumn: anchor ? columnOf(columns, (anchor[0] as TextRun).x) : null });
    for (const r of line) used.add(r);
    const parts = chunks(line);
    parts.forEach((p, k) => {
      const x = Math.min(...p.map((r) => r.x));
      const before = parts[k - 1];
      const afterText = before !== undefined && columnOf(columns, (before[0] as TextRun).x) === columnOf(columns, x) && /\p{L}.*\p{L}/u.test(text(before));
      starts.push({ x, afterText });
    });
    prevY = y;
  }
  return { rows: rowsOf(segments, columns, ctx.votes, { first: ctx.pageTop, last: j >= lines.length }), next: j, starts };
}

/**
 * How a document sets its table cells, as seen so far: rows whose cells of different heights start
 * level vote `top`, rows whose cells share their middle vote `centred`. One producer sets all its
 * tables alike, so the votes run over the whole document.
 */
export interface AlignmentVotes {
  top: number;
  centred: number;
}

/** What one segment says about cell alignment (nothing when its cells are about as tall). */
function alignmentOf(segment: readonly ScannedLine[], columns: readonly Column[]): keyof AlignmentVotes | null {
  const spans = new Map<number, { top: number; bottom: number }>();
  for (const line of segment) {
    for (const r of line.runs) {
      if (r.text.trim() === '') continue;
      const k = columnOf(columns, r.x);
      const span = spans.get(k);
      spans.set(k, span ? { top: Math.max(span.top, line.y), bottom: Math.min(span.bottom, line.y) } : { top: line.y, bottom: line.y });
    }
  }
  if (spans.size < 2) return null;
  const size = (segment[0] as ScannedLine).size;
  const list = [...spans.values()];
  const heights = list.map((s) => s.top - s.bottom);
  if (Math.max(...heights) - Math.min(...heights) < size * 2.5) return null;
  const tops = list.map((s) => s.top);
  const middles = list.map((s) => (s.top + s.bottom) / 2);
  if (Math.max(...tops) - Math.min(...tops) <= size * 0.5) return 'top';
  if (Math.max(...middles) - Math.min(...middles) <= size) return 'centred';
  return null;
}

interface ScannedLine {
  y: number;
  size: number;
  runs: TextRun[];
  /** The column of an action-number anchor that opens a piece of this line, if any. */
  anchorColumn: number | null;
}

function draftOf(runs: readonly TextRun[]): RowDraft {
  return { runs: [...runs], top: Math.max(...runs.map((r) => r.y + r.size)), bottom: Math.min(...runs.map((r) => r.y - r.size * 0.3)) };
}

/**
 * Segments → rows. Most producers set cells top-aligned: an anchor then opens its row, and lines
 * above it in the segment belong to the row before. Some (LibreOffice) centre cells vertically:
 * the anchor then stands mid-row, with the other cells' text above and below it. The table's
 * alignment is read from its own segments: anchors that open their segment mean top alignment.
 */
function rowsOf(segments: readonly ScannedLine[][], columns: readonly Column[], votes: AlignmentVotes, cut: { first: boolean; last: boolean }): RowDraft[] {
  // A row the page break cut starts level at the top of its page and fills the foot of the one
  // before in every column, whatever the alignment: those do not vote.
  segments.forEach((segment, k) => {
    if ((k === 0 && cut.first) || (k === segments.length - 1 && cut.last)) return;
    const evidence = alignmentOf(segment, columns);
    if (evidence) votes[evidence]++;
  });
  const centred = votes.centred > votes.top;
  const rows: RowDraft[] = [];
  for (const segment of segments) {
    const anchors = segment.filter((l) => l.anchorColumn !== null);
    if (anchors.length === 0) {
      rows.push(draftOf(segment.flatMap((l) => l.runs)));
      continue;
    }
    if (!centred) {
      // Top-aligned: each anchor line opens a row.
      let part: TextRun[] = [];
      for (const line of segment) {
        if (line.anchorColumn !== null && part.length > 0) {
          rows.push(draftOf(part));
          part = [];
        }
        part.push(...line.runs);
      }
      if (part.length > 0) rows.push(draftOf(part));
      continue;
    }
    // Centred: rows meet halfway between their anchors; each row then sheds what stands above its
    // centred cells (a theme row set close above it).
    for (let k = 0; k < anchors.length; k++) {
      const upper = k === 0 ? Infinity : ((anchors[k - 1] as ScannedLine).y + (anchors[k] as ScannedLine).y) / 2;
      const lower = k === anchors.length - 1 ? -Infinity : ((anchors[k] as ScannedLine).y + (anchors[k + 1] as ScannedLine).y) / 2;
      const part = segment.filter((l) => l.y < upper && l.y >= lower);
      rows.push(...centredRow(part, anchors[k] as ScannedLine, columns));
    }
  }
  return rows.filter((r) => r.runs.length > 0);
}

/** Lines of one column, split where they stand further apart than wrapped lines: its cell's paragraphs. */
function columnBlocks(pieces: readonly { y: number; size: number; runs: TextRun[] }[]): { top: number; bottom: number; runs: TextRun[] }[] {
  const blocks: { top: number; bottom: number; runs: TextRun[]; lastY: number }[] = [];
  for (const p of pieces) {
    const last = blocks[blocks.length - 1];
    if (last && last.lastY - p.y <= p.size * 1.7) {
      last.runs.push(...p.runs);
      last.bottom = p.y - p.size * 0.3;
      last.lastY = p.y;
    } else blocks.push({ top: p.y + p.size * 0.8, bottom: p.y - p.size * 0.3, runs: [...p.runs], lastY: p.y });
  }
  return blocks;
}

/**
 * One centred row around its anchor: in each column, the run of paragraphs centred where the
 * anchor's cell is centred belongs to it; paragraphs above every such run (a row set close above,
 * such as a theme row) become a row of their own before it.
 */
function centredRow(part: readonly ScannedLine[], anchor: ScannedLine, columns: readonly Column[]): RowDraft[] {
  const byColumn = new Map<number, { y: number; size: number; runs: TextRun[] }[]>();
  for (const line of part) {
    for (const r of line.runs) {
      const k = columnOf(columns, r.x);
      const list = byColumn.get(k) ?? [];
      const last = list[list.length - 1];
      if (last && last.y === line.y) last.runs.push(r);
      else list.push({ y: line.y, size: line.size, runs: [r] });
      byColumn.set(k, list);
    }
  }
  const anchorBlocks = columnBlocks(byColumn.get(anchor.anchorColumn as number) ?? []);
  const own = anchorBlocks.find((b) => b.runs.some((r) => r.y === anchor.y));
  if (!own) return [draftOf(part.flatMap((l) => l.runs))];
  const centre = (own.top + own.bottom) / 2;
  const tolerance = anchor.size * 1.2;
  const above: TextRun[] = [];
  const row: TextRun[] = [];
  let rowTop = own.top;
  for (const [, pieces] of byColumn) {
    const blocks = columnBlocks(pieces);
    // The longest run of consecutive paragraphs centred on the anchor's cell.
    let best: [number, number] | null = null;
    for (let a = 0; a < blocks.length; a++) {
      for (let b = a; b < blocks.length; b++) {
        const mid = ((blocks[a] as { top: number }).top + (blocks[b] as { bottom: number }).bottom) / 2;
        if (Math.abs(mid - centre) <= tolerance && (!best || b - a > best[1] - best[0])) best = [a, b];
      }
    }
    if (!best) {
      row.push(...blocks.flatMap((b) => b.runs));
      continue;
    }
    blocks.forEach((b, i) => (i < (best as [number, number])[0] ? above : row).push(...b.runs));
    rowTop = Math.max(rowTop, (blocks[best[0]] as { top: number }).top);
  }
  // What stands above must stand above the whole row, or it is not a row of its own.
  const apart = above.length > 0 && above.every((r) => r.y - r.size * 0.3 > rowTop);
  return apart ? [draftOf(above), draftOf(row)] : [draftOf([...above, ...row])];
}

function gridOf(rows: RowDraft[], columns: Column[], right: number, top: number): Grid {
  const box: Box = { x0: columns[0]?.x0 ?? 0, x1: right, y0: Math.min(...rows.map((r) => r.bottom)), y1: top };
  const gridRows: GridRow[] = rows.map((r) => {
    const byColumn: TextRun[][] = columns.map(() => []);
    for (const run of r.runs) for (const piece of splitAcross(run, columns)) byColumn[columnOf(columns, piece.x)]?.push(piece);
    return {
      box: { x0: box.x0, x1: box.x1, y0: r.bottom, y1: r.top },
      cells: columns.map((c, k) => ({ box: { x0: c.x0 - 1, x1: c.x1, y0: r.bottom, y1: r.top }, runs: byColumn[k] ?? [] })),
    };
  });
  return { box, rows: gridRows, openBottom: false };
}

/**
 * Finds header-led tables in runs that no ruled table took. `open`: the columns of a table that
 * ran to the end of the page before; lines at the top of this page, before any heading or header,
 * carry it on (a producer that repeats no header). Returns the columns this page ends with, if a
 * table runs to its last line.
 */
export function findUnruledGrids(
  runs: readonly TextRun[],
  pitch: number,
  bodySize: number,
  marks: RowMarks = { rules: [], fills: [] },
  open: OpenColumns | null = null,
  votes: AlignmentVotes = { top: 0, centred: 0 },
): { grids: Grid[]; rest: TextRun[]; open: OpenColumns | null } {
  // Pieces of a run of figures stand for it: the run is taken when they are.
  const origin = new Map<TextRun, TextRun>();
  const pieces = runs.flatMap((r) => {
    const split = figures(r);
    for (const piece of split) origin.set(piece, r);
    return split;
  });
  const lines = byBaseline(pieces);
  const used = new Set<TextRun>();
  const grids: Grid[] = [];
  const ctx = { pitch, bodySize, marks, prevY: null as number | null, votes, pageTop: true };
  let start = 0;
  let last: { columns: Column[]; right: number; next: number; fromText: boolean; header: TextRun[] | null; headerStarts: number[] } | null = null;
  if (open && lines.length > 0 && !headerAt(lines, 0)) {
    let j = 0;
    // The rest of a header the page break cut (bold lines in the header's columns) is header, not a row.
    if (open.header) {
      // Its lines follow at the spacing of wrapped lines; the first row stands further down.
      const wrapped = wrappedPitch(lines);
      const bold = (line: TextRun[]): boolean => line.every((r) => r.bold || r.text.trim() === '');
      while (j < lines.length && bold(lines[j] as TextRun[]) && (j === 0 || (lines[j - 1]?.[0] as TextRun).y - (lines[j]?.[0] as TextRun).y <= wrapped * 1.25)) {
        for (const r of lines[j] as TextRun[]) used.add(r);
        j++;
      }
    }
    const first = lines[j] as TextRun[] | undefined;
    // Only lines that stand in the carried columns (not prose across the page) carry the table on.
    const inColumns = first !== undefined && chunks(first).every((p) => (p[0] as TextRun).x >= (open.columns[0]?.x0 ?? 0) - 3);
    if (inColumns) {
      const scan = scanRows(lines, j, open.columns, open.right, ctx, used);
      if (scan.rows.length > 0) {
        // Columns are settled here only for a table that has no rows yet: rows already laid out on
        // the page before keep the table's columns as they were.
        const columns = open.fromText && open.header ? withAlignedStarts(open.columns, scan.starts, scan.rows.length + 1, open.headerStarts) : open.columns;
        const top = Math.max(...scan.rows.map((r) => r.top));
        // A header carried from the page before heads the table here (placed just above its rows).
        const carried: RowDraft[] = open.header ? [{ runs: open.header.map((r) => ({ ...r, y: top + r.size })), top: top + 2 * (open.header[0]?.size ?? 0), bottom: top }] : [];
        const grid = open.header ? gridOf([...carried, ...scan.rows], columns, open.right, top + 2 * (open.header[0]?.size ?? 0)) : { ...gridOf(scan.rows, columns, open.right, top), continues: true };
        grids.push(grid);
        last = { columns, right: open.right, next: scan.next, fromText: open.fromText, header: null, headerStarts: open.headerStarts };
        start = scan.next;
      }
    }
  }
  for (let i = start; i < lines.length; i++) {
    const found = headerAt(lines, i);
    if (!found) continue;
    const { end: k, parts } = found;
    const first = lines.slice(i, k).flat();
    const headerY = (lines[i]?.[0] as TextRun).y;
    const right = Math.max(...runs.map((r) => r.x + r.width));
    // Shaded header cells, when the producer draws them, bound the columns and the header's lines
    // (a header set on two or three baselines with narrow gutters between its texts).
    const band = headerCells(marks.fills, headerY);
    // Labels standing outside every shaded cell (a cell the page edge cut off) are columns too.
    const { starts: labels, estimated } = labelStarts(parts);
    const starts = band ? [...band.map((f) => f.x0), ...labels.filter((x) => !band.some((f) => x >= f.x0 - 2 && x <= f.x1))].sort((a, b) => a - b) : labels;
    // (Re-derived below from all the header's lines when it has more than one.)
    let columns = columnsFrom(starts, right + 1);
    // The header repeated at the top of the page by a table that goes on: where its labels start as
    // they did, the columns the table had on the page before are kept (they may have been settled
    // there by its rows).
    const carried = i === 0 && open ? open.columns : null;
    const near = (c: Column, tolerance: number): boolean => (carried ?? []).some((o) => Math.abs(o.x0 - c.x0) <= tolerance);
    let keep = false;
    if (carried && carried.length >= columns.length && columns.every((c) => near(c, estimated.includes(c.x0) ? 12 : 2))) {
      columns = carried.map((c) => ({ ...c }));
      keep = true;
    }
    const bandBottom = band ? Math.min(...band.map((f) => f.y0)) : null;
    let header: RowDraft = { runs: [...first], top: band ? Math.max(...band.map((f) => f.y1)) : headerY + bodySize, bottom: (lines[k - 1]?.[0] as TextRun).y - 2 };
    for (const r of first) used.add(r);
    // A header that wraps onto a second line (`Thema's &` / `ambitie`) stays the header.
    let j = k;
    // Each further header line follows the one before at the spacing of wrapped lines (a label on
    // three baselines: `Acties` / `zoals in` / `NDS`).
    const inHeader = (line: TextRun[]): boolean =>
      bandBottom !== null ? (line[0] as TextRun).y > bandBottom : (lines[j - 1]?.[0] as TextRun).y - (line[0] as TextRun).y < pitch * 1.2 && line.every((r) => r.bold);
    while (j < lines.length && inHeader(lines[j] as TextRun[])) {
      for (const r of lines[j] as TextRun[]) {
        header.runs.push(r);
        used.add(r);
      }
      header = { ...header, bottom: (lines[j]?.[0] as TextRun).y - 2 };
      j++;
    }
    if (!band && !keep && j > k) {
      const split = stackedLabelStarts(parts, lines.slice(k, j));
      if (split.length > starts.length) columns = columnsFrom(split, right + 1);
    }
    // A table headed at the top of its page may open with the rest of a row the page cut.
    const scan = scanRows(lines, j, columns, right, { ...ctx, prevY: (lines[j - 1]?.[0] as TextRun).y, pageTop: i === 0 }, used);
    const headerStarts = header.runs.filter((r) => r.text.trim() !== '').map((r) => r.x);
    if (!band && !keep) columns = withAlignedStarts(snapToRows(columns, estimated, scan.starts), scan.starts, scan.rows.length + 1, headerStarts);
    const endsPage = scan.next >= lines.length;
    if (scan.rows.length === 0 && endsPage) {
      // Only the header before the page break: it goes on to the next page with its rows.
      last = { columns, right, next: scan.next, fromText: !band, header: header.runs.flatMap((r) => splitLabels(r, columns)), headerStarts };
      i = scan.next - 1;
      continue;
    }
    header = { ...header, runs: header.runs.flatMap((r) => splitLabels(r, columns)) };
    grids.push(gridOf([header, ...scan.rows], columns, right, header.top));
    last = { columns, right, next: scan.next, fromText: !band, header: null, headerStarts };
    i = scan.next - 1;
  }
  // A table whose rows reach the page's last line of text goes on, on the next page.
  const carry = last && last.next >= lines.length ? { columns: last.columns, right: last.right, fromText: last.fromText, header: last.header, headerStarts: last.headerStarts } : null;
  const taken = new Set([...used].map((piece) => origin.get(piece) ?? piece));
  // The blank runs between a table's words go with them (they are in no line of their own).
  const baselines = [...taken].map((r) => r.y);
  const blankInTable = (r: TextRun): boolean => r.text.trim() === '' && baselines.some((y) => Math.abs(y - r.y) <= r.size * 0.6);
  return { grids, rest: runs.filter((r) => !taken.has(r) && !blankInTable(r)), open: carry };
}

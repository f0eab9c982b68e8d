/**
 * The rows of an unruled table: lines parted at gaps, rules and band edges into segments, then cut
 * into rows at action-number anchors — at the anchor line when the document sets its cells
 * top-aligned, halfway between anchors when it centres them (the alignment voted by the rows).
 */
import type { Box, TextRun } from '../page-data';
import type { Grid, GridRow } from '../tables';
import { ANCHOR, cellsSideBySide, chunks, text, textAsSet, columnOf, placedInColumn, splitAcross, CENTRED_NEAR, opensWithNoteNumber, opensWithNoteMark, type Column, type Start } from './pieces';
import { LABEL_LINES_ABOVE, headerAt, headerLinesAbove } from './header';
import { isNoteNumber, median as medianOf } from '../lines';
import { brokeOff, goesOnMidSentence } from '../text-blocks';

/**
 * What a page draws that can part rows when it draws no grid: horizontal rules (hairlines under
 * rows), and filled bands (zebra rows, a header band). Row parting only — columns still come from
 * the header texts.
 */
export interface RowMarks {
  rules: readonly Box[];
  fills: readonly Box[];
}

/**
 * White paint is the paper showing through (a page or cell background), not a visible band: every
 * channel at 0xf8 or more. A light grey zebra row (`#f0f0f0`, `#f4f4f4`) is a band.
 */
export function visible(fill: Box & { color?: string }): boolean {
  const rgb = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(fill.color ?? '');
  return !rgb || rgb.slice(1).some((c) => parseInt(c, 16) < 0xf8);
}

/** Visible fills side by side with the same top and bottom (the cells of one shaded row) as one band. */
export function bands(fills: readonly (Box & { color?: string })[]): Box[] {
  const out: Box[] = [];
  for (const f of [...fills].filter(visible).sort((a, b) => b.y1 - a.y1 || a.x0 - b.x0)) {
    const same = out.find((b) => Math.abs(b.y0 - f.y0) <= 1 && Math.abs(b.y1 - f.y1) <= 1 && f.x0 <= b.x1 + 2);
    if (same) same.x1 = Math.max(same.x1, f.x1);
    else out.push({ ...f });
  }
  return out;
}

/**
 * The cells of a shaded row drawn cell by cell (zebra rows) among the rows from `top` to `bottom`:
 * three or more visible fills with one top and bottom, each starting where the one before ends, none
 * as wide as most of the row. Of several such rows, the one with the most cells, but no more than
 * the header has columns (`count`): a row the source set with a cell more says nothing of where the
 * header's columns are. Their edges are the columns' edges. Null when no row is so shaded.
 */
export function shadedRowCells(fills: readonly (Box & { color?: string })[], top: number, bottom: number, count: number): Box[] | null {
  // (A row's shading reaches past its text by the cell's padding: its middle stands among the rows.)
  const inside = fills.filter((f) => visible(f) && (f.y0 + f.y1) / 2 <= top && (f.y0 + f.y1) / 2 >= bottom);
  // (A page of more fills than any table's rows draw, a pattern, is not looked at.)
  if (inside.length > 2000) return null;
  const rows: Box[][] = [];
  for (const f of inside) {
    const row = rows.find((r) => Math.abs((r[0] as Box).y0 - f.y0) <= 1 && Math.abs((r[0] as Box).y1 - f.y1) <= 1);
    if (row) row.push(f);
    else rows.push([f]);
  }
  let best: Box[] | null = null;
  for (const row of rows) {
    const cells = cellsSideBySide(row);
    if (cells && cells.length <= count && cells.length > (best?.length ?? 0)) best = cells;
  }
  return best;
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
  return above >= 0 || barAcross(marks.rules, x0 - size * 3, x1, prevY + size * 0.5, y) ? 'joined' : null;
}

/**
 * A bar down the side of a row that runs unbroken from `top` to `bottom` (the lower line's baseline:
 * the page's foot may cut the bar there), one of bars drawn row by
 * row (each touching the next one's end at the same place: a coloured bar, or the cells' side
 * rules): both lines stand in one row, however far apart. (Not a table's frame: one line down all
 * its rows, touching no other.)
 */
function barAcross(rules: readonly Box[], x0: number, x1: number, top: number, bottom: number): boolean {
  const upright = rules.filter((r) => r.x1 - r.x0 <= 4 && r.x1 >= x0 && r.x0 <= x1 && r.y1 - r.y0 > 2);
  const stacked = (r: Box): boolean => upright.some((o) => o !== r && Math.abs(o.x0 - r.x0) <= 1 && Math.abs(o.x1 - r.x1) <= 1 && (Math.abs(o.y0 - r.y1) <= 1 || Math.abs(o.y1 - r.y0) <= 1));
  return upright.some((r) => r.y1 >= top && r.y0 <= bottom && stacked(r));
}

export interface RowDraft {
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
 * A line of prose across a table's columns: it opens at the table's left edge with one run of text
 * over half its columns' starts or more (a cell's text is a run of its own in its column, however
 * narrow the gutter; a theme set across the row is short, see the caller).
 */
function proseAcross(line: readonly TextRun[], columns: readonly Column[]): boolean {
  const starts = columns.slice(1).map((c) => c.x0);
  const left = columns[0]?.x0 ?? 0;
  const first = [...line].filter((r) => r.text.trim() !== '').sort((a, b) => a.x - b.x)[0];
  if (!first || starts.length < 2) return false;
  const x1 = first.x + first.width;
  return Math.abs(first.x - left) <= 3 && starts.filter((x) => x > first.x + 2 && x < x1 - 2).length >= Math.max(2, starts.length / 2);
}

/**
 * A line under a gap wider than a table's rows leave that still stands in the table's columns
 * (cells' paragraphs spaced apart in rows whose cells are centred: a browser's defaults): it opens
 * inside the table, not at its left edge (where prose after it starts), and is not bold, or heads
 * (in bold) such a line set close under it (a sub-heading in a cell, not a caption over the next
 * table); or its pieces start in three columns or more, a row's cells side by side. So too the
 * first line under the header: a tall first row centres its cells' text well down from it
 * (LibreOffice).
 */
function goesOnInColumns(line: readonly TextRun[], next: readonly TextRun[] | undefined, columns: readonly Column[], pitch: number): boolean {
  // (Pieces hold text only: chunks leaves blank runs out.)
  if (new Set(chunks(line).map((p) => columnOf(columns, (p[0] as TextRun).x))).size >= 3) return true;
  const inner = (runs: readonly TextRun[]): boolean => {
    const first = chunks(runs)[0]?.[0];
    return first !== undefined && first.x > (columns[0]?.x0 ?? 0) + first.size * 2 && !allBold(runs);
  };
  if (inner(line)) return true;
  const under = next !== undefined && (line[0] as TextRun).y - (next[0] as TextRun).y <= pitch * 1.5;
  return allBold(line) && under && inner(next) && inner(line.map((r) => ({ ...r, bold: false })));
}

/** Every piece of text on the line is bold. */
function allBold(line: readonly TextRun[]): boolean {
  return line.every((r) => r.bold || r.text.trim() === '');
}

/** The size of a line's letters and figures (a bullet glyph may be set larger than its text). */
function letterSize(line: readonly TextRun[]): number {
  return Math.max(0, ...line.filter((r) => /[\p{L}\p{N}]/u.test(r.text)).map((r) => r.size));
}

/**
 * Lines from `j` down → rows of a table with these columns, until a wide gap, a heading-sized
 * line, another header, smaller type (a note or a footnote under the table), larger type, or prose
 * across the columns.
 */
export function scanRows(
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
  // (Runs the rows read in their column, each with the page's own: see below.)
  const placed = new Map<TextRun, TextRun>();
  // Whether a drawn mark (a rule, a band's edge) parts each segment from the one above it.
  const drawnAbove: boolean[] = [];
  const starts: Start[] = [];
  let prevY = ctx.prevY;
  // (The line above's texts by column: the step to the next line is measured in a column both fill.)
  let prevCells: Map<number, TextRun[]> | null = null;
  let current: ScannedLine[] | null = null;
  let tableSize: number | null = null;
  // The step of the table's own wrapped lines (see leadingAhead), once its type is known.
  let ownStep = 0;
  // Whether a header opens at a line (asked of each line up to four times: once each).
  const headers = new Map<number, boolean>();
  const heads = (k: number): boolean => {
    let found = headers.get(k);
    if (found === undefined) headers.set(k, (found = headerAt(lines, k, true, ctx.pitch) !== null));
    return found;
  };
  // The sizes of type each column's texts were set in so far (a column may be set smaller than
  // the others: a first column in small capitals).
  const columnSizes = new Map<number, number[]>();
  // (A line in smaller type whose texts each stand in one column, in a size that column was set in
  // above: that column's own type, not a note under the table.)
  const inColumnType = (line: readonly TextRun[]): boolean =>
    line.every((r) => {
      if (r.text.trim() === '') return true;
      const k = columnOf(columns, r.x);
      return columnOf(columns, r.x + r.width - 0.5) === k && (columnSizes.get(k) ?? []).some((size) => Math.abs(size - r.size) <= 0.1);
    });
  // Whether the line at `m` goes on mid-sentence from the rows' lines above it (see goesOnFrom).
  const first = j;
  const goesOnAt = (m: number): boolean => m > first && goesOnFrom(lines.slice(Math.max(first, m - 8), m).map((runs) => ({ runs })), lines[m] as TextRun[], columns);
  for (; j < lines.length; j++) {
    const line = lines[j] as TextRun[];
    const y = (line[0] as TextRun).y;
    const size = Math.max(...line.map((r) => r.size));
    // A note number the cell's last line pushed onto a line of its own, with the table's own type
    // going on below it, is the row's (a note under the table is set in its own smaller type); so
    // is one set as close under the line above as a wrapped line, at the page's foot too
    // (LibreOffice). A note's own number opens a line of its text.
    const next = lines[j + 1];
    const noteOfCell =
      tableSize !== null &&
      line.every((r) => isNoteNumber(r)) &&
      ((next !== undefined && Math.max(...next.map((r) => r.size)) >= tableSize * 0.88 && y - (next[0] as TextRun).y <= ctx.pitch * 3) || (prevY !== null && prevY - y <= tableSize * 1.6));
    if (
      (prevY !== null && prevY - y > ctx.pitch * 3 && !(prevY - y <= ctx.pitch * 5 && goesOnInColumns(line, next, columns, ctx.pitch))) ||
      size > ctx.bodySize * 1.2 ||
      // (Not a line whose every cell goes on mid-sentence from the cells above: label words in
      // running text, `vervolgacties` · `de richtlijn AI van` · `resultaten`, head nothing.)
      (heads(j) && !goesOnAt(j)) ||
      // (Or the labels wrapped upwards of a header set bottom-aligned, on the lines right above it.)
      Array.from({ length: LABEL_LINES_ABOVE }, (_, h) => h + 1).some((h) => j + h < lines.length && heads(j + h) && headerLinesAbove(lines, j + h, j) === h && !goesOnAt(j + h)) ||
      (tableSize !== null && size < tableSize * 0.88 && !noteOfCell && !inColumnType(line)) ||
      // (Type well larger than the table's own: a heading or prose after a table set small; a
      // heading in bold type larger than the table's.)
      (tableSize !== null && letterSize(line) > tableSize * 1.3) ||
      (tableSize !== null && letterSize(line) > tableSize * 1.08 && allBold(line)) ||
      // (Prose after the table, its lines across the columns; or a bold heading over such prose.)
      (tableSize !== null && proseAcross(line, columns) && (!allBold(line) || (next !== undefined && proseAcross(next, columns) && !allBold(next)))) ||
      opensWithNoteNumber(line) ||
      (tableSize !== null && opensWithNoteMark(line, columns[0]?.x0 ?? 0))
    ) {
      break;
    }
    if (tableSize === null) {
      tableSize = size;
      ownStep = leadingAhead(lines, j, columns, size, ctx);
    }
    // The spacing of wrapped lines is judged against this table's type, not only the body text's
    // (a table set in smaller type wraps its lines closer); and never so that the table's own
    // wrapped lines part (LibreOffice keeps a body's double spacing in the cells: 17.4 pt steps
    // for 9 pt type would each be a gap).
    const linePitch = Math.min(ctx.pitch, size * 1.3);
    const gapStep = Math.max(linePitch * 1.45, ownStep * 1.15);
    // (Or an anchor that a gutter narrower than a piece's parts apart, a column's width short,
    // keeps in one piece with the cell before it: `Een floreerende` `29) We verkennen`.)
    const sorted = line.filter((r) => r.text.trim() !== '').sort((a, b) => a.x - b.x);
    const afterGutter = sorted.find((r, k) => {
      const prev = sorted[k - 1];
      return prev !== undefined && r.x - (prev.x + prev.width) >= r.size * 0.8 && ANCHOR.test(`${r.text.trim()} `) && columnOf(columns, r.x) <= 1 && columnOf(columns, prev.x) < columnOf(columns, r.x);
    });
    const anchor = chunks(line).find((p) => ANCHOR.test(textAsSet(p)) && columnOf(columns, (p[0] as TextRun).x) <= 1) ?? (afterGutter ? [afterGutter] : undefined);
    // (Between the first line and the header's last one too: a band or rule that parts the header
    // from the rows bounds the first row above.)
    const drawn = prevY !== null ? drawnBetween(ctx.marks, columns[0]?.x0 ?? 0, right, prevY, y, size) : null;
    // (The step from the line above, measured in a column both lines fill where there is one: a
    // line's runs may stand a point or two apart, a note number raising one cell's line.)
    const cells = cellsOf({ runs: line }, columns);
    const shared = [...cells].flatMap(([k, runs]) => {
      const above = prevCells?.get(k);
      return above ? [baselineOf(above) - baselineOf(runs)] : [];
    });
    const step = prevY === null ? 0 : shared.length > 0 ? Math.min(...shared) : prevY - y;
    const gap = prevY !== null && step > gapStep && drawn !== 'joined' && !(drawn === null && current !== null && goesOnFrom(current, line, columns));
    if (!current || gap || drawn === 'parted') {
      current = [];
      segments.push(current);
      drawnAbove.push(drawn === 'parted');
    }
    // (Rows are told apart with a line set centred in its cell that reaches a little over its
    // column's edge read as its column's, see placedInColumn; they hold the page's own runs.)
    let nearLines: TextRun[] | null = null;
    const around = (): TextRun[] => (nearLines ??= lines.slice(Math.max(0, j - 4), j + 5).flat());
    const inColumns = line.map((r) => {
      const moved = placedInColumn(r, columns, around);
      if (moved !== r) placed.set(moved, r);
      return moved;
    });
    current.push({ y, size, runs: inColumns, anchorColumn: anchor ? columnOf(columns, (anchor[0] as TextRun).x) : null });
    for (const r of line) {
      used.add(r);
      if (r.text.trim() === '') continue;
      const k = columnOf(columns, r.x);
      const sizes = columnSizes.get(k) ?? [];
      if (!sizes.some((size) => Math.abs(size - r.size) <= 0.1)) columnSizes.set(k, [...sizes, r.size]);
    }
    const parts = chunks(line);
    parts.forEach((p, k) => {
      const x = Math.min(...p.map((r) => r.x));
      const before = parts[k - 1];
      const sameColumn = before !== undefined && columnOf(columns, (before[0] as TextRun).x) === columnOf(columns, x);
      const afterText = sameColumn && /\p{L}.*\p{L}/u.test(text(before));
      const afterMark = sameColumn && !/[\p{L}\p{N}]/u.test(text(before));
      const words = p.filter((r) => r.text.trim() !== '');
      starts.push({ x, afterText, afterMark, end: words.length > 0 ? Math.max(...words.map((r) => r.x + r.width)) : x, words: words.map((r) => [r.x, r.x + r.width]) });
    });
    prevY = y;
    prevCells = cells;
  }
  const rows = rowsOf(segments, columns, ctx.votes, { first: ctx.pageTop, last: j >= lines.length }, drawnAbove);
  return { rows: placed.size === 0 ? rows : rows.map((r) => ({ ...r, runs: r.runs.map((x) => placed.get(x) ?? x) })), next: j, starts };
}

/** Lines looked at ahead of a table's first for the step of its wrapped lines. */
const LEADING_LINES = 60;

/**
 * The step of a table's wrapped lines where the table keeps the body's leading for its type (the
 * body's line pitch scaled to `size`), or 0. Looked for in the lines from `j` on (up to
 * LEADING_LINES) in the table's type, between lines that follow each other in a column, the lower
 * going on a sentence there (a wrapped line; a row's first opens its cells): the median of those
 * within 8 % of the scaled pitch, where there are three or more. A table of one-line rows, or one
 * set closer than the body, keeps 0.
 */
function leadingAhead(lines: readonly TextRun[][], j: number, columns: readonly Column[], size: number, ctx: { pitch: number; bodySize: number }): number {
  const scaled = (ctx.pitch * size) / ctx.bodySize;
  if (!(scaled > 0) || !Number.isFinite(scaled)) return 0;
  const steps: number[] = [];
  const same = (line: readonly TextRun[]): boolean => Math.abs(Math.max(...line.map((r) => r.size)) - size) <= size * 0.05;
  // (Each column's last baseline: in cells centred in their rows, the lines of two columns stand
  // at baselines apart, a column's next line below another column's.)
  const seen = new Map<number, number>();
  for (let m = j; m < Math.min(lines.length, j + LEADING_LINES); m++) {
    const line = lines[m] as TextRun[];
    if (!same(line)) {
      seen.clear();
      continue;
    }
    const here: number[] = [];
    for (const [k, runs] of cellsOf({ runs: line }, columns)) {
      const above = seen.get(k);
      // (A line that goes on a sentence in the column: a wrapped line, not a row's first.)
      if (above !== undefined && goesOnMidSentence(textAsSet(runs))) here.push(above - baselineOf(runs));
      seen.set(k, baselineOf(runs));
    }
    if (here.length > 0) steps.push(Math.min(...here));
  }
  const near = steps.filter((s) => Math.abs(s - scaled) <= scaled * 0.08);
  return near.length >= 3 ? medianOf(near) : 0;
}

/**
 * Does `line` carry on the cells above it, whatever the space between (a producer that moves a
 * row's last lines down to the foot of its page)? Every cell it fills goes on mid-sentence — in
 * lower case, or a figure closing a parenthesis left open — from a cell above that broke off with
 * no closing punctuation. A new row opens its cells with capitals, numbers or marks.
 */
function goesOnFrom(segment: readonly Pick<ScannedLine, 'runs'>[], line: readonly TextRun[], columns: readonly Column[]): boolean {
  const cells = new Map<number, string>();
  for (const r of [...line].sort((a, b) => a.x - b.x)) if (r.text.trim() !== '') cells.set(columnOf(columns, r.x), `${cells.get(columnOf(columns, r.x)) ?? ''}${r.text}`);
  // (A line that opens an action number opens a row.)
  if (cells.size === 0 || line.some((r) => ANCHOR.test(`${r.text.trim()} `))) return false;
  let lowercase = 0;
  for (const [k, cell] of cells) {
    const above = segment.map((l) => text(l.runs.filter((r) => columnOf(columns, r.x) === k).sort((a, b) => a.x - b.x)).trim()).filter((t) => t !== '');
    const last = above[above.length - 1];
    if (last === undefined || !brokeOff(last)) return false;
    const t = cell.trim();
    const open = above.join(' ');
    if (goesOnMidSentence(t)) lowercase++;
    else if (!(/^\d/.test(t) && (open.match(/\(/g) ?? []).length > (open.match(/\)/g) ?? []).length)) return false;
  }
  return lowercase >= 1;
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
function rowsOf(segments: readonly ScannedLine[][], columns: readonly Column[], votes: AlignmentVotes, cut: { first: boolean; last: boolean }, drawnAbove: readonly boolean[] = []): RowDraft[] {
  // A row the page break cut starts level at the top of its page and fills the foot of the one
  // before in every column, whatever the alignment: those do not vote.
  segments.forEach((segment, k) => {
    if ((k === 0 && cut.first) || (k === segments.length - 1 && cut.last)) return;
    const evidence = alignmentOf(segment, columns);
    if (evidence) votes[evidence]++;
  });
  const centred = votes.centred > votes.top;
  const rows: RowDraft[] = [];
  // Where the producer draws the rows' bounds (rules under rows, zebra bands), a segment drawn
  // above and below (or by the table's end) is one row, whatever anchors it holds — two actions
  // that share a row — and wherever its cells start: a cell set lower than the others (its text in
  // a paragraph with space above it) opens no row of its own.
  const drawnRows = drawnAbove.filter(Boolean).length >= 2;
  const [parted, partedAbove] = centred && !drawnRows ? withLeadingParagraphs(segments, drawnAbove, columns, cut.first) : [segments, drawnAbove];
  for (const [k, segment] of parted.entries()) {
    const anchors = segment.filter((l) => l.anchorColumn !== null);
    if (drawnRows && partedAbove[k] && (k === parted.length - 1 || partedAbove[k + 1])) {
      rows.push(draftOf(segment.flatMap((l) => l.runs)));
      continue;
    }
    if (anchors.length === 0) {
      if (centred) {
        const parts = byFigureLines(segment, columns);
        const cutBelow = cut.last && k === parted.length - 1;
        parts.forEach((part, i) => rows.push(...centredRows(part, columns, cutBelow && i === parts.length - 1).map(draftOf)));
      }
      else for (const part of byCellStarts(segment, columns)) rows.push(draftOf(part.flatMap((l) => l.runs)));
      continue;
    }
    if (!centred) {
      // Top-aligned: each anchor line opens a row. Lines above the first anchor are rows with no
      // anchor, told apart by where their cells start (a theme row over the rest of a row the page
      // break carried over).
      const opening = segment.findIndex((l) => l.anchorColumn !== null);
      const above = opening > 0 ? byCellStarts(segment.slice(0, opening), columns) : [];
      // (The first anchor may go on in the row above it too: two actions sharing a cell, the first
      // one's row carried over the page break above it.)
      const shared = above.length > 0 && sharesRow(segment[opening] as ScannedLine, above[above.length - 1] as ScannedLine[], columns) ? (above.pop() as ScannedLine[]) : [];
      for (const part of above) rows.push(draftOf(part.flatMap((l) => l.runs)));
      let part: TextRun[] = shared.flatMap((l) => l.runs);
      let lines: ScannedLine[] = [...shared];
      for (const line of segment.slice(Math.max(0, opening))) {
        if (line.anchorColumn !== null && part.length > 0 && !sharesRow(line, lines, columns)) {
          rows.push(draftOf(part));
          part = [];
          lines = [];
        }
        part.push(...line.runs);
        lines.push(line);
      }
      if (part.length > 0) rows.push(draftOf(part));
      continue;
    }
    // Centred: rows meet halfway between their anchors, but for a cell's paragraph that the halfway
    // line would cut, centred on one of the two rows (a tall cell's first lines reach above it);
    // each row then sheds what stands above its centred cells (a theme row set close above it).
    // (Two actions that share one cell share its row: an action number set right under the text
    // over it in its column, a wrapped line's step down, whose row's other cells go on mid-sentence
    // from the lines over it, as in top-aligned rows, opens none. A tall cell centred on the next
    // row starts above that row's number too, but that number opens a cell of its own, further
    // down. The lines over it from the number before: each line is looked at once.)
    const step = wrappedStep(segment, columns);
    const shared = (anchor: ScannedLine, k: number): boolean => {
      const above = segment.filter((l) => l.y > anchor.y && l.y <= (anchors[k - 1] as ScannedLine).y);
      const inColumn = above.filter((l) => cellsOf(l, columns).has(anchor.anchorColumn as number)).at(-1);
      return inColumn !== undefined && inColumn.y - anchor.y <= step * 1.15 && sharesRow(anchor, above, columns);
    };
    const kept = anchors.filter((anchor, k) => k === 0 || !shared(anchor, k));
    const rowOf = centredBands(segment, kept, columns);
    const parts: ScannedLine[][] = kept.map(() => []);
    for (const line of segment) {
      const byRow = new Map<number, TextRun[]>();
      for (const r of line.runs) byRow.set(rowOf.get(r) ?? 0, [...(byRow.get(rowOf.get(r) ?? 0) ?? []), r]);
      for (const [k, runs] of byRow) parts[k]?.push({ ...line, runs });
    }
    kept.forEach((anchor, k) => rows.push(...centredRow(parts[k] ?? [], anchor, columns)));
  }
  return rows.filter((r) => r.runs.length > 0);
}

/**
 * Segments of centred rows with each one-column segment that is the first paragraph of a cell of
 * the next segment's first row joined to it: a cell's paragraphs stand apart by their margins, so
 * a tall cell's first paragraph, set apart from the rest (a list under it), may open a segment of
 * its own above its row's action number. It is that cell's when, with the column's text down to
 * halfway to the next action number, it is centred on the first action's cell. (Not the first
 * segment on a page the table came onto, `cutAbove`: that may be the rest of a row the page cut.)
 */
function withLeadingParagraphs(segments: readonly ScannedLine[][], drawnAbove: readonly boolean[], columns: readonly Column[], cutAbove: boolean): [ScannedLine[][], boolean[]] {
  const list = [...segments];
  const out: ScannedLine[][] = [];
  const above: boolean[] = [];
  for (let k = 0; k < list.length; k++) {
    const segment = list[k] as ScannedLine[];
    const next = list[k + 1];
    const column = new Set(segment.flatMap((l) => [...cellsOf(l, columns).keys()]));
    const anchors = next?.filter((l) => l.anchorColumn !== null) ?? [];
    if (next && !(k === 0 && cutAbove) && !drawnAbove[k + 1] && column.size === 1 && segment.every((l) => l.anchorColumn === null) && anchors.length > 0) {
      const [j] = [...column] as [number];
      const first = anchors[0] as ScannedLine;
      const limit = anchors[1] ? (first.y + (anchors[1] as ScannedLine).y) / 2 : -Infinity;
      const below = next.filter((l) => l.y >= limit && cellsOf(l, columns).has(j));
      const middle = anchorMiddle(next, first, columns, wrappedStep(next, columns));
      const size = Math.max(...next.map((l) => l.size));
      const top = (segment[0] as ScannedLine).y;
      const bottom = below.length > 0 ? Math.min(...below.map((l) => l.y)) : (segment[segment.length - 1] as ScannedLine).y;
      // (Not where the column's text there opens on the action's own line, the row's first, with a
      // text of its own: that cell starts with its row, and a one-column text over it, a theme's
      // row set close above, is none of its paragraphs. LibreOffice. A text going on mid-sentence
      // there, `Bescherming van` over `en regie op …`, is the cell's: its bold lines stand further
      // apart than the body's.)
      const lastAbove = textAsSet(cellsOf(segment[segment.length - 1] as ScannedLine, columns).get(j) ?? []);
      const opensLevel = next.some((l) => {
        const here = cellsOf(l, columns).get(j);
        return here !== undefined && Math.abs(l.y - first.y) <= 1 && l.y >= (next[0] as ScannedLine).y - 1 && !(brokeOff(lastAbove) && goesOnMidSentence(textAsSet(here)));
      });
      // (Nor where the column's text below is centred on the action's cell better without it: a
      // theme's row over a tall row, its lines set apart from the ambition's by the rows' padding.)
      const joined = Math.abs((top + bottom) / 2 - middle);
      const alone = below.length > 0 ? Math.abs((Math.max(...below.map((l) => l.y)) + bottom) / 2 - middle) : Infinity;
      if (below.length > 0 && !opensLevel && joined <= Math.max(size * 0.6, (top - bottom) * 0.08) && joined < alone) {
        list[k + 1] = [...segment, ...next];
        continue;
      }
    }
    out.push(segment);
    above.push(drawnAbove[k] === true);
  }
  return [out, above];
}

/**
 * The middle of an action's cell: its anchor's line down the wrapped lines of its column (lines
 * `pitch` apart, up to the next action number there), by their baselines.
 */
function anchorMiddle(segment: readonly ScannedLine[], anchor: ScannedLine, columns: readonly Column[], pitch: number): number {
  const k = anchor.anchorColumn as number;
  let bottom = anchor.y;
  for (const line of segment) {
    if (line.y >= anchor.y || !cellsOf(line, columns).has(k)) continue;
    if (bottom - line.y > pitch * 1.15 || line.anchorColumn === k) break;
    bottom = line.y;
  }
  return (anchor.y + bottom) / 2;
}

/**
 * Which anchor's row each run of a centred segment belongs to: the band between the halfway lines
 * around its anchor, save a column's paragraph (lines at the wrapped lines' step) that a halfway
 * line cuts: it goes whole to the row it is centred on (its middle within six-tenths of a line, or
 * 0.08 of its height, of the middle of that row's action cell), or stays cut when it is centred on
 * neither (two rows' cells set with no space between them).
 */
function centredBands(segment: readonly ScannedLine[], anchors: readonly ScannedLine[], columns: readonly Column[]): Map<TextRun, number> {
  const pitch = wrappedStep(segment, columns);
  const size = Math.max(...segment.map((l) => l.size));
  const band = (y: number): number => {
    let k = 0;
    while (k + 1 < anchors.length && y < ((anchors[k] as ScannedLine).y + (anchors[k + 1] as ScannedLine).y) / 2) k++;
    return k;
  };
  const rowOf = new Map<TextRun, number>();
  for (const line of segment) for (const r of line.runs) rowOf.set(r, band(line.y));
  if (!Number.isFinite(pitch)) return rowOf;
  // Each column's paragraphs: its lines, top to bottom, parted where a step is wider than a wrapped line's.
  const blocks: { column: number; lines: { y: number; runs: TextRun[] }[] }[] = [];
  const open = new Map<number, (typeof blocks)[number]>();
  const anchorLines = new Set(anchors);
  for (const line of segment) {
    for (const [k, runs] of cellsOf(line, columns)) {
      const block = open.get(k);
      const last = block?.lines[block.lines.length - 1];
      // (An action number opens its cell's paragraph.)
      if (block && last && last.y - line.y <= pitch * 1.15 && !(line.anchorColumn === k && anchorLines.has(line))) block.lines.push({ y: line.y, runs });
      else {
        const next = { column: k, lines: [{ y: line.y, runs }] };
        blocks.push(next);
        open.set(k, next);
      }
    }
  }
  // The middle of each row's action cell.
  const middles = anchors.map((a) => anchorMiddle(segment, a, columns, pitch));
  for (const block of blocks) {
    const top = (block.lines[0] as { y: number }).y;
    const bottom = (block.lines[block.lines.length - 1] as { y: number }).y;
    const [upper, lower] = [band(top), band(bottom)];
    if (upper === lower) continue;
    const middle = (top + bottom) / 2;
    const tolerance = Math.max(size * 0.6, (top - bottom) * 0.08);
    const centredOn = [upper, lower].find((k) => Math.abs(middle - (middles[k] as number)) <= tolerance);
    if (centredOn === undefined) continue;
    for (const l of block.lines) for (const r of l.runs) rowOf.set(r, centredOn);
  }
  return rowOf;
}

/**
 * A segment of top-aligned rows with no anchors (no borders, no shading, rows set close): a row
 * starts on the line where two cells or more start at once, one of them in a column that held text
 * further up in the row (its cell there has ended: a step down wider than the cells' own wrapped
 * lines), where a cell starts below the row's first line in a column empty so far, or where a line
 * of figures follows another in the same columns (a figure never wraps: each line of a budget
 * table is a row).
 */
function byCellStarts(segment: readonly ScannedLine[], columns: readonly Column[]): ScannedLine[][] {
  const parts: ScannedLine[][] = [];
  let part: ScannedLine[] = [];
  const pitch = wrappedStep(segment, columns);
  // Per column, the baseline of its last line in the current row, and whether that line was a figure.
  let last = new Map<number, { y: number; figure: boolean; ended: boolean }>();
  for (const line of segment) {
    const cells = cellsOf(line, columns);
    // (Each cell's step from its own baseline, the one most of its letters stand on: a line may
    // hold runs a few points apart, a sub-heading in one column set just above the next line of
    // another; a raised note number is no baseline.)
    const top = (k: number): number => baselineOf(cells.get(k) ?? []);
    const gapped = [...cells.keys()].filter((k) => {
      const above = last.get(k);
      return above === undefined || above.y - top(k) > pitch * 1.25;
    });
    // (Rows set with no space between them: beside a column that resumes after a gap, a cell whose
    // line above ended a sentence and that opens a new one at the wrapped lines' pitch starts too.
    // Rows set with a cell padding's space only, a point or two: two cells or more that do so
    // after a step a little wider than the wrapped lines' resume as well.)
    const opens = (runs: readonly TextRun[]): boolean => /^[\p{Lu}\d•]/u.test(runs.map((r) => r.text).join('').trim());
    const eased = [...cells].filter(([k, runs]) => {
      const above = last.get(k);
      return above !== undefined && above.ended && above.y - top(k) > pitch * 1.06 && opens(runs);
    });
    const resumed = gapped.some((k) => last.has(k)) || eased.length >= 2;
    const starting = resumed ? [...cells].filter(([k, runs]) => gapped.includes(k) || (last.get(k)?.ended === true && opens(runs))).map(([k]) => k) : gapped;
    // Cells of one top-aligned row start on its first line: a cell that starts further down, in a
    // column empty so far, opens the next row when the row so far is one column's (a theme row
    // alone in the first column above it). Beside cells of two columns or more it is this row's,
    // set lower by the space above its list or paragraph (a browser's default list margins).
    const late = part.length > 0 && (part[0] as ScannedLine).y - line.y > pitch * 0.5 && [...cells.keys()].some((k) => !last.has(k)) && last.size <= 1;
    const figureRow = followsFigures(cells, last);
    if (part.length > 0 && ((starting.length >= 2 && resumed) || figureRow || late)) {
      parts.push(part);
      part = [];
      last = new Map();
    }
    part.push(line);
    for (const [k, runs] of cells) last.set(k, { y: baselineOf(runs), figure: k > 0 && FIGURE.test(text(runs)), ended: /[.!?)]$/.test(runs.map((r) => r.text).join('').trim()) });
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/** The baseline most of a cell's letters on a line stand on. */
function baselineOf(runs: readonly TextRun[]): number {
  let best = runs[0] as TextRun;
  for (const r of runs) if (r.text.trim().length > best.text.trim().length) best = r;
  return best.y;
}

/**
 * Does an anchor line go on in the row above it, two actions sharing one cell (`27) …` `28) …`)? Its
 * row's other cells go on mid-sentence there, two or more, from a line above that broke off in the
 * same column: a row of its own would open them.
 */
function sharesRow(line: ScannedLine, above: readonly ScannedLine[], columns: readonly Column[]): boolean {
  const lastIn = new Map<number, string>();
  const wordsIn = new Map<number, number>();
  for (const l of above) {
    for (const [k, runs] of cellsOf(l, columns)) {
      const set = textAsSet(runs);
      lastIn.set(k, set);
      wordsIn.set(k, (wordsIn.get(k) ?? 0) + set.split(' ').length);
    }
  }
  const goingOn = [...cellsOf(line, columns)].filter(([k, runs]) => {
    const before = lastIn.get(k);
    return k !== line.anchorColumn && before !== undefined && brokeOff(before) && goesOnMidSentence(textAsSet(runs));
  });
  // (Or one, in lower-case words, where its cell holds six words or more above: a sentence going
  // on, `… In Nederland worden` / `data het beste gedeeld`, beside a list the row's next cell opens;
  // its first word may be a compound a hyphen breaks, `bepalingen over` / `geschil-beslecht-`.)
  const sentence = goingOn.some(([k, runs]) => (wordsIn.get(k) ?? 0) >= 6 && /^\p{Ll}{2,}[\s-]/u.test(textAsSet(runs)));
  return goingOn.length >= 2 || sentence;
}

/** A line's texts by the column they start in. */
function cellsOf(line: Pick<ScannedLine, 'runs'>, columns: readonly Column[]): Map<number, TextRun[]> {
  const cells = new Map<number, TextRun[]>();
  for (const r of line.runs) if (r.text.trim() !== '') cells.set(columnOf(columns, r.x), [...(cells.get(columnOf(columns, r.x)) ?? []), r]);
  return cells;
}

/**
 * Is a line whose cells are `cells` a new line of figures under figures (`41 41 40` under `137 170
 * 180`)? Every cell after the first holds a figure, in a column whose last line held one too.
 */
function followsFigures(cells: ReadonlyMap<number, readonly TextRun[]>, last: ReadonlyMap<number, { figure: boolean }>): boolean {
  const figures = [...cells.entries()].filter(([k, runs]) => k > 0 && FIGURE.test(text(runs)));
  return figures.length >= 1 && figures.length === cells.size - (cells.has(0) ? 1 : 0) && figures.every(([k]) => last.get(k)?.figure === true);
}

/**
 * A segment of vertically centred rows with no anchors: where its cells start says nothing (a
 * short cell starts mid-row), but a figure never wraps, so a line of figures under another opens a
 * row (each line of a budget table set with no rules by a browser's defaults).
 */
function byFigureLines(segment: readonly ScannedLine[], columns: readonly Column[]): ScannedLine[][] {
  const parts: ScannedLine[][] = [];
  let part: ScannedLine[] = [];
  let last = new Map<number, { figure: boolean }>();
  for (const line of segment) {
    const cells = cellsOf(line, columns);
    if (part.length > 0 && followsFigures(cells, last)) {
      parts.push(part);
      part = [];
      last = new Map();
    }
    part.push(line);
    for (const [k, runs] of cells) last.set(k, { figure: k > 0 && FIGURE.test(text(runs)) });
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/**
 * The distance of wrapped lines in a cell: the median of the steps from one line of a column to its
 * next, or, when larger, the average of the steps near it (within a fifth). A producer that sets
 * lines on whole pixels steps unevenly, 7.1 pt and 7.8 pt by turns for lines 7.45 pt apart: the
 * shorter one, taken for the step, makes the other look like a paragraph's space. (Never less than
 * the median: a sub-heading set a few points above another column's line makes a short step that
 * is no line's.)
 */
function wrappedStep(segment: readonly ScannedLine[], columns: readonly Column[]): number {
  const steps: number[] = [];
  const seen = new Map<number, number>();
  for (const line of segment) {
    for (const k of cellsOf(line, columns).keys()) {
      const above = seen.get(k);
      if (above !== undefined) steps.push(above - line.y);
      seen.set(k, line.y);
    }
  }
  if (steps.length === 0) return Infinity;
  const median = medianOf(steps);
  const near = steps.filter((s) => Math.abs(s - median) <= median * 0.2);
  return Math.max(median, near.reduce((sum, s) => sum + s, 0) / near.length);
}

/** The lines of one column's cell, from its first baseline to its last. */
interface CellBlock {
  column: number;
  top: number;
  bottom: number;
  runs: TextRun[];
}

/**
 * A segment of vertically centred rows with no anchors, parted into rows by their cells: each
 * column's lines fall into blocks at steps wider than its wrapped lines; a row is one of the tallest
 * blocks and, in each other column, the blocks within its height whose lines together share its
 * middle (a centred cell stands mid-row, however short; within six-tenths of a line, or
 * 0.08 of a tall row's height, where paragraphs' spacing shifts a cell's text). Blocks of the
 * first column seed a row last: a theme centred over the rows it spans heads them, not one row of
 * them all.
 */
function centredRows(segment: readonly ScannedLine[], columns: readonly Column[], cutBelow = false): TextRun[][] {
  const pitch = wrappedStep(segment, columns);
  if (!Number.isFinite(pitch)) return [segment.flatMap((l) => l.runs)];
  const blocks: CellBlock[] = [];
  const open = new Map<number, CellBlock>();
  for (const line of segment) {
    for (const [k, runs] of cellsOf(line, columns)) {
      const block = open.get(k);
      // (Each cell's own baseline: a line gathers texts of other columns a little above or below.)
      const y = Math.min(...runs.map((r) => r.y));
      if (block && block.bottom - y <= pitch * 1.15) {
        block.bottom = y;
        block.runs.push(...runs);
      } else {
        const next = { column: k, top: Math.max(...runs.map((r) => r.y)), bottom: y, runs: [...runs] };
        blocks.push(next);
        open.set(k, next);
      }
    }
  }
  const size = Math.max(...segment.map((l) => l.size));
  // A row the page break cut is set from its top in every column, whatever the alignment: it is
  // told apart first (see rowCutBelow), and the rows above are read without it.
  const cutRow = cutBelow ? rowCutBelow(blocks, size) : [];
  if (cutRow.length > 0) blocks.splice(0, blocks.length, ...blocks.filter((b) => !cutRow.includes(b)));
  const height = (b: CellBlock): number => b.top - b.bottom;
  const seeds = [...blocks].sort((a, b) => Number(a.column === 0) - Number(b.column === 0) || height(b) - height(a) || b.top - a.top);
  const taken = new Set<CellBlock>();
  const rows: { top: number; runs: TextRun[] }[] = [];
  for (const seed of seeds) {
    if (taken.has(seed)) continue;
    taken.add(seed);
    const middle = (seed.top + seed.bottom) / 2;
    const row = { top: seed.top, runs: [...seed.runs] };
    for (let k = 0; k < columns.length; k++) {
      if (k === seed.column) continue;
      const inside = blocks.filter((b) => b.column === k && !taken.has(b) && b.top <= seed.top + size * 0.6 && b.bottom >= seed.bottom - size * 0.6);
      if (inside.length === 0) continue;
      const mid = (Math.max(...inside.map((b) => b.top)) + Math.min(...inside.map((b) => b.bottom))) / 2;
      if (Math.abs(mid - middle) > Math.max(size * 0.6, (seed.top - seed.bottom) * 0.08)) continue;
      for (const b of inside) {
        taken.add(b);
        row.runs.push(...b.runs);
        row.top = Math.max(row.top, b.top);
      }
    }
    rows.push(row);
  }
  // Rows never overlap, but for a cell that spans rows (a theme, a task): one column's cell alone,
  // beside the rows it spans, whose cells all stand right of it. Where the parts overlap otherwise,
  // or fewer than two of them hold cells in several columns, the segment is one row whose cells
  // hold paragraphs set a little apart (a sub-heading over each).
  const spans = rows.map((r) => ({ top: Math.max(...r.runs.map((x) => x.y)), bottom: Math.min(...r.runs.map((x) => x.y)), columns: new Set(r.runs.map((x) => columnOf(columns, x.x))) }));
  const spanning = (a: (typeof spans)[number], b: (typeof spans)[number]): boolean => a.columns.size === 1 && b.columns.size >= 2 && [...b.columns].every((k) => k > ([...a.columns][0] as number));
  const overlap = spans.some((a, i) => spans.some((b, j) => j > i && a.bottom < b.top - size * 0.3 && b.bottom < a.top - size * 0.3 && !spanning(a, b) && !spanning(b, a)));
  if (cutRow.length > 0) {
    // (Above it, in the segment's order, the rows as they were read, or one row.)
    const cutRuns = new Set(cutRow.flatMap((b) => b.runs));
    const rest = segment.flatMap((l) => l.runs).filter((r) => !cutRuns.has(r));
    const above = rest.length === 0 ? [] : overlap || spans.filter((s) => s.columns.size >= 2).length < 1 ? [rest] : rows.sort((a, b) => b.top - a.top).map((r) => r.runs);
    return [...above, cutRow.flatMap((b) => b.runs)];
  }
  if (overlap || spans.filter((s) => s.columns.size >= 2).length < 2) return [segment.flatMap((l) => l.runs)];
  return rows.sort((a, b) => b.top - a.top).map((r) => r.runs);
}

/**
 * The blocks of a row the page break cut under a segment of centred rows: set from its top in
 * every column (a cell's paragraphs may stand a line or so lower, by their margins), it is the
 * block that runs lowest and every block beside it — reaching down to its first line, starting
 * within a line and a half of its top (a cell centred over several rows starts well above it, a
 * paragraph under a cell's sub-heading well below). None when
 * no other column's block stands beside it, or when one of them goes on mid-sentence from the
 * block above it that broke off: the last lines of the row above, moved down to the page's foot
 * (wkhtmltopdf).
 */
function rowCutBelow(blocks: readonly CellBlock[], size: number): CellBlock[] {
  if (blocks.length === 0) return [];
  const lowest = blocks.reduce((a, b) => (b.bottom < a.bottom ? b : a));
  const row = blocks.filter((b) => b === lowest || (b.bottom <= lowest.top + size * 0.5 && Math.abs(b.top - lowest.top) <= size * 1.5));
  const lineOf = (b: CellBlock, y: number): string => textAsSet(b.runs.filter((r) => r.y === y).sort((p, q) => p.x - q.x)).trim();
  // (Whether the block above `b` in its column broke off with no closing punctuation.)
  const brokeAbove = (b: CellBlock): boolean => {
    const above = blocks.filter((a) => a.column === b.column && a.bottom > b.top).reduce<CellBlock | null>((best, a) => (!best || a.bottom < best.bottom ? a : best), null);
    return above !== null && brokeOff(lineOf(above, above.bottom));
  };
  const goesOn = (b: CellBlock): boolean => brokeAbove(b) && goesOnMidSentence(lineOf(b, b.top));
  if (new Set(row.map((b) => b.column)).size < 2 || row.some(goesOn)) return [];
  let top = Math.max(...row.map((b) => b.top));
  // (Every block under its top is its own: a sub-headed paragraph of a cell, lower down.)
  row.push(...blocks.filter((b) => !row.includes(b) && b.top <= top + size * 0.5));
  // (A paragraph standing apart above it, under every other block, up to two lines and a half over
  // its top, opens one of its cells, its first line set level and the rest a margin lower; not the
  // last line of a cell above that broke off, set apart by a note number raised over it.)
  const rest = blocks.filter((b) => !row.includes(b)).sort((a, b) => a.top - b.top);
  for (const b of rest) {
    if (b.top > top + size * 2.5 || brokeAbove(b) || !rest.every((o) => o === b || row.includes(o) || o.bottom > b.top + size * 0.3)) break;
    row.push(b);
    top = Math.max(top, b.top);
  }
  return row;
}

/** A cell of figures only (an amount, a year, a total). */
const FIGURE = /^[\s€%]*[-–]?\d[\d.,]*[\s%]*$/;

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

/**
 * Where a run of a row stands for its column: text where it starts (left-aligned, it may run
 * wide); a figure where its middle is — set right-aligned or centred under a label centred over
 * its column, it may start a little left of the label (`1.607` under `2021`), never outside its
 * column.
 */
function anchorX(run: TextRun): number {
  return FIGURE.test(run.text) ? run.x + run.width / 2 : run.x;
}

/** A list mark alone in its run: a bullet or a square (not a dash: running text holds those). */
const LIST_MARK = /^[•·▪◦‣■□▸►➢➤○●◆◇▶]$/u;

/**
 * The column of a list mark that hangs left of its item across a column's edge: a cell's text
 * centred, the mark set at the item's left, its first line starting past the edge (LibreOffice).
 * A mark goes with the item it marks: the text after it on its line, within two sizes, in a
 * column further right, where a gutter's width (two sizes) parts it from any text before it
 * (`row`: the row's runs; those on the mark's baseline are its line). Else null.
 */
function markedItemColumn(run: TextRun, row: readonly TextRun[], columns: readonly Column[]): number | null {
  if (!LIST_MARK.test(run.text.trim())) return null;
  const end = run.x + run.width;
  const texts = row.filter((r) => r !== run && r.text.trim() !== '' && Math.abs(r.y - run.y) <= run.size * 0.3);
  const item = texts.filter((r) => r.x >= end - 0.5).sort((a, b) => a.x - b.x)[0];
  if (!item || item.x - end > run.size * 2) return null;
  if (texts.some((r) => r.x < run.x && r.x + r.width > run.x - run.size * 2)) return null;
  const own = columnOf(columns, run.x);
  const its = columnOf(columns, item.x);
  return its > own ? its : null;
}

export function gridOf(rows: RowDraft[], columns: Column[], right: number, top: number): Grid {
  const box: Box = { x0: columns[0]?.x0 ?? 0, x1: right, y0: Math.min(...rows.map((r) => r.bottom)), y1: top };
  // (The table's runs by line, top down: a line set centred is told by the lines around it.)
  const all = rows.flatMap((r) => r.runs).sort((a, b) => b.y - a.y);
  const around = (run: TextRun): TextRun[] => {
    const reach = run.size * CENTRED_NEAR;
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((all[mid] as TextRun).y > run.y + reach) lo = mid + 1;
      else hi = mid;
    }
    const out: TextRun[] = [];
    for (let i = lo; i < all.length && (all[i] as TextRun).y >= run.y - reach; i++) out.push(all[i] as TextRun);
    return out;
  };
  const gridRows: GridRow[] = rows.map((r) => {
    const byColumn: TextRun[][] = columns.map(() => []);
    for (const run of r.runs) {
      const marked = markedItemColumn(run, r.runs, columns);
      if (marked !== null) {
        byColumn[marked]?.push(run);
        continue;
      }
      const pieces = splitAcross(run, columns, () => around(run));
      // (A run split where it crosses an edge: each word where it starts.)
      for (const piece of pieces) byColumn[columnOf(columns, pieces.length === 1 ? anchorX(piece) : piece.x)]?.push(piece);
    }
    return {
      box: { x0: box.x0, x1: box.x1, y0: r.bottom, y1: r.top },
      cells: columns.map((c, k) => ({ box: { x0: c.x0 - 1, x1: c.x1, y0: r.bottom, y1: r.top }, runs: byColumn[k] ?? [] })),
    };
  });
  return { box, rows: gridRows, openBottom: false };
}

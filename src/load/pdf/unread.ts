/**
 * Text that did not become table cells where it should have: a table's cell lines that run across a
 * gutter (its columns were not told apart), lines outside every table that stand in columns (a
 * table not read as one), and a line just outside a table at one of its columns (a cell's rest).
 * Each is a `content-unread` error with its place: its records would be wrong or missing, and the
 * run must not pass for whole.
 */
import type { Diagnostic } from '../../model/diagnostics';
import type { Block } from '../../model/document';
import { endsInTabbedNumber, type Line } from './lines';
import { FIGURE, gapsBefore, lineEnd, lineStart, runsBox, type Box, type TextRun } from './page-data';
import { bbox, place } from './place';
import { isHeaderRow, sameColumn, type Grid, type GridCell } from './tables';
import { byBaseline } from './unruled/pieces';
import { labelMeaning } from '../../model/header-meanings';

/** The box around some runs, and the first words of the first of them (for a message). */
function placed(runs: readonly TextRun[]): { box: Box; sample: string } {
  return { box: runsBox(runs), sample: runs.map((r) => r.text).join(' ').replace(/\s+/g, ' ').trim().slice(0, 60) };
}

/**
 * A cell line that runs across a gutter (a gap of more than two and a half sizes between two of its
 * texts, where a cell holds word spaces only) holds text of two columns: the table's columns were
 * not told apart there, and its records would mix them. An error with its place, once per table.
 *
 * A gutter runs down the whole table; a word space that justification stretched does not. So a
 * wide gap is no gutter where, just before the word after it, three or more other lines of the
 * table's rows have text; nor where rules drawn down both sides of its cell, beside the line, hold
 * it in one column (`rules`: the page's; a justified who cell, `EZK          (Q3-4)`).
 */
export function acrossGutters(grid: Grid, page: number, linesOf: Map<object, Line[]>, rules: readonly Box[] = []): Diagnostic[] {
  // (A contents entry set in a cell, its page number at a tab stop, is no such line.)
  // (Nor is a header row, whose labels a producer may centre apart in their cells.)
  const body = grid.rows.filter((r) => !isHeaderRow(r));
  const down = rules.filter((r) => r.y1 - r.y0 > r.x1 - r.x0);
  const ruledAt = (x: number, l: Line): boolean => down.some((r) => Math.abs((r.x0 + r.x1) / 2 - x) <= 2 && r.y0 <= l.y && r.y1 >= l.y + l.size * 0.7);
  const inRuledCell = (l: Line, c: GridCell): boolean => ruledAt(c.box.x0, l) && ruledAt(c.box.x1, l);
  const suspects = body.flatMap((r) => r.cells.flatMap((c) => (linesOf.get(c) ?? []).filter((l) => l.widestGap > l.size * 2.5 && !endsInTabbedNumber(l) && !inRuledCell(l, c)).map((l) => ({ l, c }))));
  if (suspects.length === 0) return [];
  const cellLines = new Map(body.flatMap((r) => r.cells.map((c) => [c, byBaseline(c.runs)] as const)));
  const tableLines = [...cellLines.values()].flat();
  // (The lines of a cell's column: of every cell with its left and right edges.)
  const columnLines = (cell: GridCell): TextRun[][] =>
    [...cellLines].filter(([c]) => sameColumn(c, cell)).flatMap(([, lines]) => lines);
  // (The label over the cell's column, one that names a column: where it runs across where a word
  // after a wide gap starts, no column starts there, however few rows the page holds.)
  const labels = grid.rows.filter((r) => isHeaderRow(r)).flatMap((r) => r.cells.filter((c) => labelMeaning(c.runs.map((x) => x.text).join(' ')) !== null));
  const labelLines = (cell: GridCell): TextRun[][] => labels.filter((h) => sameColumn(h, cell)).flatMap((h) => byBaseline(h.runs));
  const lines = suspects.filter(({ l, c }) => !stretched(l, c.box, cellLines.get(c) ?? [], columnLines(c), tableLines, labelLines(c))).map(({ l }) => l);
  if (lines.length === 0) return [];
  const sample = (lines[0] as Line).text.slice(0, 60);
  return [
    {
      code: 'content-unread',
      severity: 'error',
      message: `a table whose columns were not told apart: ${lines.length} line(s) in its cells run across a gap between two columns (e.g. "${sample}"), so its rows would mix them`,
      place: place(page, grid.box),
    },
  ];
}

/**
 * Are a cell line's wide gaps word spaces that justification stretched? So they are when every word
 * space of the line was stretched alike; when the line is two words that fill its column's measure
 * (from its left text edge to the right edge where another of its lines ends too, or from padding to
 * padding of its cell); or, gap by gap, where just before the word after the gap three other lines
 * of the table have text, or the label over its column does.
 */
function stretched(line: Line, box: Box, cellLines: readonly TextRun[][], columnLines: readonly TextRun[][], tableLines: readonly TextRun[][], labelLines: readonly TextRun[][] = []): boolean {
  const own = cellLines.find((r) => Math.abs((r[0] as TextRun).y - line.y) <= line.size * 0.5);
  if (!own) return false;
  const words = [...own].sort((a, b) => a.x - b.x);
  const gaps = gapsBefore(words);
  const spaces = gaps.slice(1).filter((gap) => gap > line.size * 0.12);
  if (spaces.length >= 2 && Math.max(...spaces) <= Math.min(...spaces) * 1.15) return true;
  if (spaces.length === 1 && (fillsMeasure(own, columnLines) || fillsCell(own, box, line.size))) return true;
  return words.every((word, i) => {
    if (i === 0 || (gaps[i] as number) <= line.size * 2.5) return true;
    const at = word.x - 1.5;
    const across = (r: readonly TextRun[]): boolean => r.some((x) => x.x <= at && x.x + x.width >= at);
    return tableLines.filter((r) => r !== own && across(r)).length >= 3 || labelLines.some(across);
  });
}

/** Does a line run from its column's left text edge to its right one, where another line of the column ends too? */
function fillsMeasure(line: readonly TextRun[], columnLines: readonly TextRun[][]): boolean {
  const left = Math.min(...columnLines.map(lineStart));
  const right = Math.max(...columnLines.map(lineEnd));
  const atRight = (r: readonly TextRun[]): boolean => right - lineEnd(r) <= 1.5;
  return lineStart(line) - left <= 1.5 && atRight(line) && columnLines.some((r) => r !== line && atRight(r));
}

/**
 * Does a line of words fill its cell from padding to padding: as far in from the cell's right side
 * as it starts from its left, and no further than a cell's padding (a column of one justified line
 * on the page, whose measure no other line shows)?
 */
function fillsCell(line: readonly TextRun[], box: Box, size: number): boolean {
  // (Words, each of them: a bracket or a figure alone at the far side is a cell's rest, not a word.)
  if (!line.every((x) => /\p{L}{2}/u.test(x.text))) return false;
  const inLeft = lineStart(line) - box.x0;
  const inRight = box.x1 - lineEnd(line);
  // (The last letter's side bearing leaves a justified line's end a little short of the padding.)
  return inLeft >= 0 && inRight >= 0 && inLeft <= size && Math.abs(inLeft - inRight) <= Math.max(1.5, size * 0.3);
}

/**
 * Text set in columns that no table took: three or more lines in a row, outside every table, whose
 * texts stand apart at the same gutter (a gap wider than two and a half sizes, with text after it
 * starting at one place), as the cells of a table's rows do. Read as prose, a row's cells would be
 * run together: an error with its place, once per page. (A contents entry or a running header, whose
 * only text after the gap is a page number, is no such line; nor is a contents entry that opens with
 * its section's number, `2.1` · `Prioriteiten` · `11`.)
 */
export function columnsOutsideTables(rest: readonly TextRun[], page: number): Diagnostic[] {
  const lines = byBaseline(rest).map((line) => {
    const sorted = [...line].sort((a, b) => a.x - b.x);
    const starts: number[] = [];
    sorted.forEach((r, k) => {
      const prev = sorted[k - 1];
      if (prev && r.x - (prev.x + prev.width) > r.size * 2.5) starts.push(r.x);
    });
    const textFrom = (x: number, to = Infinity): string => sorted.filter((r) => r.x >= x && r.x < to).map((r) => r.text).join(' ').trim();
    const after = starts.length > 0 ? textFrom(starts[0] as number) : '';
    // (A section number, a title and a page number: a contents entry.)
    const entry = starts.length === 2 && /^\d{1,3}$/.test(textFrom(starts[1] as number)) && /^\d{1,2}(\.\d{1,2})*\.?$/.test(textFrom(-Infinity, starts[0]));
    return { runs: sorted, starts: /^\d{1,3}$/.test(after) || entry ? [] : starts };
  });
  const shared = (a: number[], b: number[]): number[] => a.filter((x) => b.some((y) => Math.abs(x - y) <= 3));
  let found: { runs: TextRun[] }[] = [];
  for (let i = 0; i < lines.length && found.length === 0; i++) {
    let common = (lines[i] as (typeof lines)[number]).starts;
    let j = i + 1;
    while (j < lines.length && common.length > 0) {
      const next = shared(common, (lines[j] as (typeof lines)[number]).starts);
      if (next.length === 0) break;
      common = next;
      j++;
    }
    if (j - i >= 3) found = lines.slice(i, j);
  }
  if (found.length === 0) return [];
  const { box } = placed(found.flatMap((l) => l.runs));
  const { sample } = placed((found[0] as { runs: TextRun[] }).runs);
  return [
    {
      code: 'content-unread',
      severity: 'error',
      message: `text set in columns that was not read as a table: ${found.length} lines in a row stand apart at one gutter outside every table (e.g. "${sample}"), so as prose their cells would run together`,
      place: place(page, box),
    },
  ];
}

/**
 * A row of a table of figures that no table took: a line outside every table that is a label and
 * then three or more figures, each a text of its own set apart from the one before (`Totaal` ·
 * `1.563` · `1.607` · `1.616`). Read as prose, its values are no budget line: an error with its
 * place, once per page. (Prose keeps its words together; a chart's scale has no label.)
 */
export function figureRowsOutsideTables(rest: readonly TextRun[], page: number): Diagnostic[] {
  const rows = byBaseline(rest).filter((line) => {
    const sorted = [...line].sort((a, b) => a.x - b.x);
    const values = sorted.slice(1);
    const gaps = gapsBefore(sorted);
    const label = (sorted[0] as TextRun).text.trim();
    return (
      values.length >= 3 &&
      /\p{L}{2}/u.test(label) &&
      !FIGURE.test(label) &&
      values.every((r, k) => FIGURE.test(r.text.trim()) && (gaps[k + 1] as number) > r.size * 0.5)
    );
  });
  if (rows.length === 0) return [];
  const { box, sample } = placed(rows.flat());
  return [
    {
      code: 'content-unread',
      severity: 'error',
      message: `a row of figures that no table took: ${rows.length} line(s) of a label and three or more figures set apart outside every table (e.g. "${sample}"), so their values are in no record`,
      place: place(page, box),
    },
  ];
}

/**
 * Lines outside every table that start where a later column's text starts, right above or below
 * that table (the rest of a cell a page break or a producer set apart from its row, or the first
 * row under a header at a page's foot that was not taken): read as prose,
 * that cell's record would miss them. An error with their place, once per page. Prose, notes and
 * captions start at the text's margin, not at a column inside a table: at `margin`, the margin of
 * the right one of two text columns, when the runs are that column's.
 */
export function linesAtColumns(rest: readonly TextRun[], grids: readonly Grid[], page: number, margin?: number): Diagnostic[] {
  const starts = grids.map((grid) => {
    // Where each later column's text starts: the leftmost text start of its cells (of its header's,
    // in a table of a header only: a table's first row the page cut under it, not taken).
    const byColumn = new Map<number, number>();
    const body = grid.rows.filter((r) => !isHeaderRow(r));
    for (const row of body.length > 0 ? body : grid.rows) {
      row.cells.slice(1).forEach((cell) => {
        const xs = cell.runs.filter((r) => r.text.trim() !== '').map((r) => r.x);
        if (xs.length === 0) return;
        const key = Math.round(cell.box.x0);
        byColumn.set(key, Math.min(byColumn.get(key) ?? Infinity, ...xs));
      });
    }
    return { grid, xs: [...byColumn.values()] };
  });
  const stray = byBaseline(rest).filter((line) => {
    const first = [...line].sort((a, b) => a.x - b.x)[0] as TextRun;
    const size = first.size;
    if (margin !== undefined && Math.abs(first.x - margin) <= size * 0.5) return false;
    return starts.some(({ grid, xs }) => {
      const near = (first.y > grid.box.y1 && first.y - grid.box.y1 < size * 2.5) || (first.y < grid.box.y0 && grid.box.y0 - (first.y + size) < size * 2.5);
      return near && first.x > grid.box.x0 + size * 2 && xs.some((x) => Math.abs(x - first.x) <= 2);
    });
  });
  if (stray.length === 0) return [];
  const { box } = placed(stray.flat());
  const { sample } = placed(stray[0] as TextRun[]);
  return [
    {
      code: 'content-unread',
      severity: 'error',
      message: `text set in a table's column, just outside the table, that no cell took: ${stray.length} line(s) (e.g. "${sample}"), so its record would miss it`,
      place: place(page, box),
    },
  ];
}

/**
 * Text read as prose (a paragraph, a list, a heading) that stands inside a table's frame, which no
 * cell took (a cell the rules drawn there did not close, beside rows that have theirs): its row's
 * record would miss it. An error with its place, once per page. (Footnotes set between two tables
 * of one frame are notes.)
 */
export function proseInsideTables(blocks: readonly Block[], grids: readonly Grid[], page: number): Diagnostic[] {
  const inside = blocks.filter((b) => {
    if (b.kind === 'table' || b.kind === 'footnote') return false;
    const [x0, , , y1] = b.source.bbox ?? [];
    if (x0 === undefined || y1 === undefined) return false;
    // (Its first line: where it starts, a line's height under its top.)
    return grids.some(({ box }) => x0 > box.x0 + 1 && x0 < box.x1 - 1 && y1 - 4 > box.y0 + 1 && y1 - 4 < box.y1 - 1);
  });
  const first = inside[0];
  if (!first) return [];
  const boxes = inside.map((b) => b.source.bbox as [number, number, number, number]);
  const sample = 'text' in first ? first.text : first.kind === 'list' ? (first.items[0]?.text ?? '') : '';
  return [
    {
      code: 'content-unread',
      severity: 'error',
      message: `text inside a table that no cell took: ${inside.length} block(s) (e.g. "${sample.slice(0, 60)}"), so its row's record would miss it`,
      place: { page, bbox: [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))] },
    },
  ];
}

/**
 * Owners' cells the page's right edge may have cut off: a table whose owners' column reaches past
 * the edge (LibreOffice sets a table wider than its page, that column half off it; text of it, its
 * label or a cell's, runs past the edge), where a row that holds text holds nothing in that column.
 * A producer may leave out of the file what stood wholly past the edge. Whether a record lost its
 * owners so the pipeline tells (its owners empty where its row meets one of these rows): here an
 * info note per table, each such row a piece with its box.
 */
export function emptyPastEdge(grid: Grid, page: number, width: number): Diagnostic[] {
  if (grid.box.x1 <= width) return [];
  const texted = (c: GridCell | undefined): boolean => (c?.runs ?? []).some((r) => r.text.trim() !== '');
  const textOf = (c: GridCell | undefined): string => (c?.runs ?? []).map((r) => r.text).join(' ').replace(/\s+/g, ' ').trim();
  const header = grid.rows.find((r) => isHeaderRow(r));
  const k = header?.cells.findIndex((c) => labelMeaning(textOf(c)) === 'who') ?? -1;
  if (!header || k < 0) return [];
  // (Cut: text of the column, its label or a cell's, runs past the edge; a cell's box alone may
  // reach past it where no text does.)
  if (!grid.rows.some((r) => (r.cells[k]?.runs ?? []).some((x) => x.text.trim() !== '' && x.x + x.width > width + 0.5))) return [];
  const empty = grid.rows.filter((r) => r !== header && !texted(r.cells[k]) && r.cells.some(texted));
  if (empty.length === 0) return [];
  return [
    {
      code: 'column-absent',
      severity: 'info',
      message: `${empty.length} row(s) of a table whose owners' column ("${textOf(header.cells[k])}") runs past the page's right edge hold nothing there: what stood wholly past the edge may not be in the file`,
      place: place(page, runsBox(empty.flatMap((r) => r.cells.flatMap((c) => c.runs)))),
      pieces: empty.map((r) => ({ text: placed((r.cells.find(texted) as GridCell).runs).sample, bbox: bbox(r.box) })),
    },
  ];
}

/**
 * Text that did not become table cells where it should have: a table's cell lines that run across a
 * gutter (its columns were not told apart), lines outside every table that stand in columns (a
 * table not read as one), and a line just outside a table at one of its columns (a cell's rest).
 * Each is a `content-unread` error with its place: its records would be wrong or missing, and the
 * run must not pass for whole.
 */
import type { Diagnostic } from '../../model/diagnostics';
import type { Line } from './lines';
import type { Box, TextRun } from './page-data';
import { place } from './place';
import { isHeaderRow, type Grid } from './tables';
import { byBaseline } from './unruled/pieces';

/** The box around some runs, and the first words of the first of them (for a message). */
function placed(runs: readonly TextRun[]): { box: Box; sample: string } {
  const box: Box = { x0: Math.min(...runs.map((r) => r.x)), x1: Math.max(...runs.map((r) => r.x + r.width)), y0: Math.min(...runs.map((r) => r.y)), y1: Math.max(...runs.map((r) => r.y + r.size)) };
  return { box, sample: runs.map((r) => r.text).join(' ').replace(/\s+/g, ' ').trim().slice(0, 60) };
}

/**
 * A cell line that runs across a gutter (a gap of more than two and a half sizes between two of its
 * texts, where a cell holds word spaces only) holds text of two columns: the table's columns were
 * not told apart there, and its records would mix them. An error with its place, once per table.
 */
export function acrossGutters(grid: Grid, page: number, linesOf: Map<object, Line[]>): Diagnostic[] {
  // (A contents entry set in a cell, its page number at a tab stop, is no such line.)
  const tabbedNumber = (l: Line): boolean => l.tab !== undefined && l.tab >= l.widestGap && /\s\d{1,3}$/.test(l.text);
  // (Nor is a header row, whose labels a producer may centre apart in their cells.)
  const body = grid.rows.filter((r) => !isHeaderRow(r));
  const lines = body.flatMap((r) => r.cells.flatMap((c) => linesOf.get(c) ?? [])).filter((l) => l.widestGap > l.size * 2.5 && !tabbedNumber(l));
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
 * Text set in columns that no table took: three or more lines in a row, outside every table, whose
 * texts stand apart at the same gutter (a gap wider than two and a half sizes, with text after it
 * starting at one place), as the cells of a table's rows do. Read as prose, a row's cells would be
 * run together: an error with its place, once per page. (A contents entry or a running header, whose
 * only text after the gap is a page number, is no such line.)
 */
export function columnsOutsideTables(rest: readonly TextRun[], page: number): Diagnostic[] {
  const lines = byBaseline(rest).map((line) => {
    const sorted = [...line].sort((a, b) => a.x - b.x);
    const starts: number[] = [];
    sorted.forEach((r, k) => {
      const prev = sorted[k - 1];
      if (prev && r.x - (prev.x + prev.width) > r.size * 2.5) starts.push(r.x);
    });
    const after = starts.length > 0 ? sorted.filter((r) => r.x >= (starts[0] as number)).map((r) => r.text).join(' ').trim() : '';
    return { runs: sorted, starts: /^\d{1,3}$/.test(after) ? [] : starts };
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
 * Lines outside every table that start where a later column's text starts, right above or below
 * that table (the rest of a cell a page break or a producer set apart from its row): read as prose,
 * that cell's record would miss them. An error with their place, once per page. Prose, notes and
 * captions start at the text's margin, not at a column inside a table.
 */
export function linesAtColumns(rest: readonly TextRun[], grids: readonly Grid[], page: number): Diagnostic[] {
  const starts = grids.map((grid) => {
    // Where each later column's text starts: the leftmost text start of its cells.
    const byColumn = new Map<number, number>();
    for (const row of grid.rows.filter((r) => !isHeaderRow(r))) {
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

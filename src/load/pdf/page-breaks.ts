/**
 * Tables across page breaks, before the page's blocks are made: which ruled table a page's end cut
 * (a table whose rules stop well above the foot of its page was not cut), the start of a row the page
 * cut under a page's last rule and its rest above the next page's first rule, copies of a cut line
 * or row that a producer draws on both pages, and a header left alone at the foot of a page that
 * heads the ruled table opening the next.
 *
 * In: each page's grids, the text runs no table took (`rest`) and its prose lines. Out: the same,
 * changed in place (rows joined or added, runs moved from `rest` into grids).
 */
import { normalizeSpace } from '../text-block';
import { labelMeaning } from '../../model/header-meanings';
import { buildLines, isNoteNumber, median, type Line } from './lines';
import type { PageData, TextRun, Box } from './page-data';
import { isHeaderRow, runPlaceY, type Grid, type GridCell, type GridRow } from './tables';
import { ANCHOR, byBaseline, opensWithNoteNumber } from './unruled/pieces';
import { brokeOff, goesOnMidSentence } from './text-blocks';

/** Text with its spaces taken out (a copy a producer drew again may break its lines elsewhere). */
export function squashed(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The lowest table on a page (the one that may end it), and the highest (the one that may open it). */
export function lowestGrid(grids: readonly Grid[]): Grid | undefined {
  return [...grids].sort((a, b) => a.box.y0 - b.box.y0)[0];
}
export function topGrid(grids: readonly Grid[]): Grid | undefined {
  return [...grids].sort((a, b) => b.box.y1 - a.box.y1)[0];
}

/** A page's runs without `runs`, its prose lines made again from what is left. */
function takeFrom(page: { rest: TextRun[]; lines: Line[] }, runs: readonly TextRun[]): void {
  page.rest = without(page.rest, runs);
  page.lines = buildLines(page.rest);
}

/** A grid row from `y0` to `y1` in the columns `cols`, each cell with the runs `colOf` puts in it. */
function rowIn(cols: readonly Box[], colOf: (r: TextRun) => number, runs: readonly TextRun[], y0: number, y1: number): GridRow {
  return {
    box: { x0: (cols[0] as Box).x0, x1: (cols[cols.length - 1] as Box).x1, y0, y1 },
    cells: cols.map((c, k) => ({ box: { x0: c.x0, x1: c.x1, y0, y1 }, runs: runs.filter((r) => colOf(r) === k) })),
  };
}

/** The column boxes of a grid's fullest row, and which of them holds a run wholly (-1: none). */
function columnsOf(grid: Grid): { cols: Box[]; colOf: (r: TextRun) => number } {
  const fullest = grid.rows.reduce((a, b) => (b.cells.length > a.cells.length ? b : a), grid.rows[0] as GridRow);
  const cols = fullest.cells.map((c) => c.box);
  const colOf = (r: TextRun): number => {
    const k = cols.findIndex((c) => r.x >= c.x0 - 1 && r.x < c.x1 - 1);
    return k >= 0 && r.x + r.width <= (cols[k] as Box).x1 + 1 ? k : -1;
  };
  return { cols, colOf };
}

/**
 * A line of text in two columns or more, note references aside (a number smaller than the text,
 * `size`): those of a prose line stand apart too.
 */
function inColumns(colOf: (r: TextRun) => number, size: number): (line: readonly TextRun[]) => boolean {
  return (line) => new Set(line.filter((r) => !isNoteRef(r, size)).map(colOf)).size >= 2;
}

function isNoteRef(r: TextRun, size: number): boolean {
  return isNoteNumber(r) && r.size < size * 0.9;
}

/** Median font size of a grid's text. */
function textSize(grid: Grid): number {
  return median(grid.rows.flatMap((row) => row.cells.flatMap((c) => c.runs.map((r) => r.size))));
}

/** `runs` less those in `taken` (a set: pages with many runs stay linear). */
function without(runs: readonly TextRun[], taken: readonly TextRun[]): TextRun[] {
  const gone = new Set(taken);
  return runs.filter((r) => !gone.has(r));
}

/**
 * A table whose rules stop with no rule under its last row (vertical rules only, or none drawn at
 * the bottom) is open at the bottom only when the page's end cut it: when it reaches down to where
 * the text of a full page ends, or to the notes under it. One that stops more than a line and a
 * half above both ended with a whole row (a page break that cuts a row leaves no room for another
 * of its lines; here the next row did not fit): it is closed.
 */
export function closeEndedGrids(prepared: readonly { page: PageData; grids: Grid[]; rest: TextRun[] }[], pitch: number): void {
  // Where text ends at the foot of a full page, per page size: the second lowest end of any page
  // of that size (one stray mark lower down does not move it).
  const ends = new Map<number, number[]>();
  for (const p of prepared) {
    const lows = [...p.rest.filter((r) => r.text.trim() !== '').map((r) => r.y), ...p.grids.map((g) => g.box.y0)];
    if (lows.length === 0) continue;
    const key = Math.round(p.page.height);
    ends.set(key, [...(ends.get(key) ?? []), Math.min(...lows)]);
  }
  for (const p of prepared) {
    const last = lowestGrid(p.grids);
    if (!last?.openBottom) continue;
    const lows = [...(ends.get(Math.round(p.page.height)) ?? [])].sort((a, b) => a - b);
    const foot = lows[Math.min(1, lows.length - 1)] ?? 0;
    const below = p.rest.filter((r) => r.text.trim() !== '' && r.y + r.size <= last.box.y0);
    const next = below.length > 0 ? Math.max(...below.map((r) => r.y + r.size)) : foot;
    if (last.box.y0 - next > pitch * 1.5) last.openBottom = false;
  }
}

/**
 * The start of a row the page cut, under the last rule of the page's last table when a producer
 * rules only under rows (the cut row has no rule of its own): lines under the table, from the top
 * down to the first that is not laid in its columns or not in its text size (notes, prose,
 * headings), every run inside one column and on some line runs in two columns, are that row. It
 * joins the table as its last row, or as more of the last row when the table is already open at
 * the bottom. (Whether the page cut it, so that the next page's first row is its rest, the text
 * tells when the pages are joined: a row under the last rule may be whole, its rule drawn at the
 * top of the next page or not at all.)
 */
export function cutRowsAtFoot(prepared: { grids: Grid[]; rest: TextRun[]; lines: Line[] }[]): void {
  prepared.forEach((cur, i) => {
    // (A table over another on the page, ruled above its rows, ends in a row with no rule under
    // it too: its lines down to the table below, found the same way.)
    for (const grid of [...cur.grids].sort((a, b) => b.box.y1 - a.box.y1)) {
      const under = topGrid(cur.grids.filter((g) => g !== grid && g.box.y1 <= grid.box.y0 + 1 && g.box.x0 < grid.box.x1 && g.box.x1 > grid.box.x0));
      if (under) cutRowUnder(grid, cur, null, under.box.y1);
      else if (grid === lowestGrid(cur.grids) && i + 1 < prepared.length) cutRowUnder(grid, cur, prepared[i + 1] as { grids: Grid[] }, -Infinity);
    }
  });
}

/**
 * The row under a table's last rule (see cutRowsAtFoot): from the lines under `last` down to
 * `floor` (the top of the table under it on the page, if any). `next` is the next page, where the
 * page's last table may go on (null for a table with another under it).
 */
function cutRowUnder(last: Grid, cur: { grids: Grid[]; rest: TextRun[]; lines: Line[] }, next: { grids: Grid[] } | null, floor: number): void {
  if (last.rows.length === 0) return;
  const { cols, colOf } = columnsOf(last);
  if (cols.length < 2) return;
  const size = textSize(last);
  const below = byBaseline(cur.rest.filter((r) => r.text.trim() !== '' && r.y < last.box.y0 && r.y > floor));
  const taken: TextRun[][] = [];
  for (const line of below) {
    // (A line that opens with a raised note number is a footnote under the table, whose words may
    // happen to fall in its columns: `⁶⁵ Kamerstuk 24 095,` · `nr. 452`.)
    if (line.some((r) => colOf(r) < 0 || (!isNoteRef(r, size) && Math.abs(r.size - size) > size * 0.1)) || opensWithNoteNumber(line)) break;
    taken.push(line);
  }
  const runs = taken.flat();
  // A producer may draw the cut line on both pages: here it repeats the row the next page opens
  // with, column by column (in one column or several).
  if (next && runs.length > 0 && repeatsFirstRow(runs, next.grids, colOf)) {
    takeFrom(cur, runs);
    return;
  }
  // (Or a line that opens with an action number in one of its columns: only a row opens so. A
  // row whose cells are centred shows its tallest cell's first line alone at the foot.)
  const anchored = taken.some((line) => ANCHOR.test(normalizeSpace(line.map((r) => r.text).join(' '))));
  if (!taken.some(inColumns(colOf, size)) && !oneCellGoesOn(runs, last, colOf) && !anchored) return;
  const y0 = Math.min(...runs.map((r) => r.y - r.size * 0.3));
  const row = rowIn(cols, colOf, runs, y0, last.box.y0);
  const cut = last.rows[last.rows.length - 1] as GridRow;
  // A grid already open at the bottom ends in the cut row: the lines under it are more of that row.
  if (last.openBottom && cut.cells.length === row.cells.length) {
    cut.box = { ...cut.box, y0 };
    cut.cells.forEach((c, k) => {
      c.box = { ...c.box, y0 };
      c.runs.push(...((row.cells[k] as GridCell).runs));
    });
  } else last.rows.push(row);
  last.box = { ...last.box, y0 };
  takeFrom(cur, runs);
}

/**
 * The rest of a row the page cut, set at the top of the next page above the first table there
 * with no rule of its own (a producer that rules only under rows): text laid in the columns of the
 * table that ended the page before — every run inside one column, and on some baseline runs in two
 * columns — is that row going on. It becomes a grid of one row that carries the table on (and is
 * joined to the cut row when that one had no rule under it). Prose there runs across the columns;
 * a heading or prose between that text and the next table stays the page's.
 */
export function cutRowsAtTop(prepared: { grids: Grid[]; rest: TextRun[]; lines: Line[] }[], body: number): void {
  for (let i = 1; i < prepared.length; i++) {
    const before = prepared[i - 1] as { grids: Grid[]; lines: Line[] };
    const cur = prepared[i] as { grids: Grid[]; rest: TextRun[]; lines: Line[] };
    const last = lowestGrid(before.grids);
    const first = topGrid(cur.grids);
    if (!last || !first || first.continues || last.rows.length === 0) continue;
    // The table ended its page: below it at most notes, smaller than the body.
    if (before.lines.some((l) => l.y < last.box.y0 && l.text.trim() !== '' && l.size >= body * 0.95)) continue;
    // (Over its top as the grid places runs: a copy of the cut line a producer drew again there,
    // clipped by the table's top rule, stands over it by a fraction of a point, `van de 700, 1400 en`.)
    const all = cur.rest.filter((r) => r.text.trim() !== '' && runPlaceY(r) > first.box.y1);
    if (all.length === 0) continue;
    const { cols, colOf } = columnsOf(last);
    if (cols.length < 2) continue;
    // (Over a heading or prose that opens the next table, the lines from the page's top down to
    // it, laid in the columns and in the table's text size.)
    const size = textSize(last);
    const fits = (r: TextRun): boolean => colOf(r) >= 0 && (isNoteRef(r, size) || Math.abs(r.size - size) <= size * 0.1);
    const lines = byBaseline(all);
    const upTo = lines.findIndex((line) => !line.every(fits));
    const above = all.every((r) => colOf(r) >= 0) ? all : upTo > 0 ? lines.slice(0, upTo).flat() : [];
    if (above.length === 0) continue;
    const runs = withoutRepeatedLine(above, last.rows[last.rows.length - 1] as GridRow, colOf);
    if (runs.length === 0) {
      // Nothing but the copy of the cut line: it goes.
      takeFrom(cur, above);
      continue;
    }
    if (!byBaseline(runs).some(inColumns(colOf, size)) && !oneCellGoesOn(runs, last, colOf)) continue;
    const y0 = above === all ? first.box.y1 : Math.min(...runs.map((r) => r.y - r.size * 0.3));
    const row = rowIn(cols, colOf, runs, y0, Math.max(...runs.map((r) => r.y + r.size)));
    cur.grids.unshift({ box: row.box, rows: [row], openBottom: false, continues: true });
    takeFrom(cur, above);
  }
}

/**
 * Text in one column only, not the first, of a table the page's end cut (open at the bottom), where
 * the cut row's cell holds text: that one cell, longer than the others, goes on (wkhtmltopdf's
 * tall status cell, its last lines under the row's other cells and on the next page). Notes stand
 * at the margin, in the first column; page numbers are furniture, gone by now; a number alone is
 * no cell's text. (In the first column only where the text goes on mid-sentence, in lower case,
 * from a cell that broke off with no closing punctuation: `… internationale samenwerking en` /
 * `strategische acquisitie.`, wkhtmltopdf setting a cut row's last line over the repeated header.)
 */
function oneCellGoesOn(runs: readonly TextRun[], grid: Grid, colOf: (r: TextRun) => number): boolean {
  const k = runs[0] ? colOf(runs[0]) : -1;
  if (!grid.openBottom || k < 0 || !runs.every((r) => colOf(r) === k) || !runs.some((r) => /\p{L}{2}/u.test(r.text))) return false;
  const cut = grid.rows[grid.rows.length - 1];
  const x = (runs[0] as TextRun).x;
  const cell = cut?.cells.find((c) => x >= c.box.x0 - 1 && x < c.box.x1 - 1);
  if (cell === undefined || !cell.runs.some((r) => r.text.trim() !== '')) return false;
  if (k > 0) return true;
  const first = [...runs].sort((a, b) => b.y - a.y || a.x - b.x)[0] as TextRun;
  const last = [...cell.runs].filter((r) => r.text.trim() !== '').sort((a, b) => a.y - b.y || b.x - a.x)[0] as TextRun;
  return goesOnMidSentence(first.text.trim()) && brokeOff(last.text.trim());
}

/** Do the runs (in the columns `colOf` tells) begin, column by column, the first body row of the next page's first table? */
function repeatsFirstRow(runs: readonly TextRun[], grids: readonly Grid[], colOf: (r: TextRun) => number): boolean {
  const row = topGrid(grids)?.rows.find((r) => !isHeaderRow(r));
  if (!row) return false;
  const columns = [...new Set(runs.map(colOf))];
  return columns.every((k) => {
    const mine = runs.filter((r) => colOf(r) === k).sort((a, b) => b.y - a.y || a.x - b.x);
    const x = (mine[0] as TextRun).x;
    const cell = row.cells.find((c) => x >= c.box.x0 - 2 && x < c.box.x1);
    const theirs = [...(cell?.runs ?? [])].sort((a, b) => b.y - a.y || a.x - b.x);
    return squashed(theirs.map((r) => r.text).join('')).startsWith(squashed(mine.map((r) => r.text).join('')));
  });
}

/**
 * A producer may draw the line a page break cuts through on both pages (wkhtmltopdf): the first
 * line of a column at the top of the page that repeats the last line of that column in the cut
 * row (same text, same place across) is that copy, and goes.
 */
function withoutRepeatedLine(runs: readonly TextRun[], cut: GridRow, colOf: (r: TextRun) => number): TextRun[] {
  const copies = new Set<TextRun>();
  cut.cells.forEach((cell, k) => {
    const lowest = [...cell.runs].filter((r) => r.text.trim() !== '').sort((a, b) => a.y - b.y)[0];
    const highest = runs.filter((r) => colOf(r) === k).sort((a, b) => b.y - a.y)[0];
    if (!lowest || !highest) return;
    const lastLine = cell.runs.filter((r) => Math.abs(r.y - lowest.y) <= 1);
    const firstLine = runs.filter((r) => colOf(r) === k && Math.abs(r.y - highest.y) <= 1);
    const text = (line: TextRun[]): string => normalizeSpace(line.sort((a, b) => a.x - b.x).map((r) => r.text).join(' '));
    if (text(lastLine) === text(firstLine) && Math.abs(lowest.x - highest.x) <= 1.5) for (const r of firstLine) copies.add(r);
  });
  return runs.filter((r) => !copies.has(r));
}

/**
 * A header alone at the foot of a page, its rows gone to the next (`open.header`, found by its
 * texts), heads the ruled table that opens that page with no header of its own: placed in the
 * columns of the table's fullest row, just above it.
 */
export function headRuledGrid(grids: Grid[], header: readonly TextRun[], rest: readonly TextRun[]): boolean {
  const first = topGrid(grids);
  if (!first || header.length === 0 || rest.some((r) => r.text.trim() !== '' && r.y > first.box.y1)) return false;
  if (first.rows[0] && isHeaderRow(first.rows[0])) return false;
  const fullest = first.rows.reduce((a, b) => (b.cells.length > a.cells.length ? b : a));
  if (fullest.cells.length < 2) return false;
  const size = Math.max(...header.map((r) => r.size));
  const shift = first.box.y1 + size * 0.5 - Math.min(...header.map((r) => r.y));
  const y0 = first.box.y1;
  const y1 = Math.max(...header.map((r) => r.y)) + shift + size;
  const cells: GridCell[] = fullest.cells.map((c) => ({ box: { ...c.box, y0, y1 }, runs: [] }));
  for (const r of header) {
    const cell = cells.find((c) => r.x >= c.box.x0 - 2 && r.x < c.box.x1 - 2);
    cell?.runs.push({ ...r, y: r.y + shift });
  }
  if (cells.filter((c) => c.runs.some((r) => r.text.trim() !== '')).length < 2) return false;
  // The page break may have cut the header itself: its further lines (`doen? (vanaf Q2 2020)` under
  // `Wat gaan we`, `(tijd)` under `Wie`) open this page as a row of their own, which the rule under
  // the header closes. They are the header's when they are in its type and make a label name what
  // its column holds that did not, taking no meaning from any (a theme row set bold under a bold
  // header names nothing more).
  const below = first.rows[0];
  const goesOn = below ? continuedHeader(below, cells, header) : null;
  if (below && goesOn) {
    for (const [cell, runs] of goesOn) cell.runs.push(...runs);
    first.rows.shift();
  }
  const bottom = below && goesOn ? below.box.y0 : y0;
  for (const c of cells) c.box = { ...c.box, y0: bottom };
  first.rows.unshift({ box: { x0: fullest.box.x0, x1: fullest.box.x1, y0: bottom, y1 }, cells });
  first.box = { ...first.box, y1 };
  return true;
}

/** The runs of `row` by the header cell they go on, when the row is the rest of a header the page cut (see headRuledGrid); else null. */
function continuedHeader(row: GridRow, cells: readonly GridCell[], header: readonly TextRun[]): Map<GridCell, TextRun[]> | null {
  const texts = row.cells.flatMap((c) => c.runs).filter((r) => r.text.trim() !== '');
  const labels = header.filter((r) => r.text.trim() !== '');
  if (texts.length === 0 || labels.length === 0) return null;
  const size = median(labels.map((r) => r.size));
  const bold = labels.every((r) => r.bold);
  const italic = labels.every((r) => r.italic);
  if (texts.some((r) => Math.abs(r.size - size) > 0.3 || r.bold !== bold || r.italic !== italic)) return null;
  const into = new Map<GridCell, TextRun[]>();
  for (const r of texts) {
    const cell = cells.find((c) => r.x >= c.box.x0 - 2 && r.x < c.box.x1 - 2);
    if (!cell) return null;
    into.set(cell, [...(into.get(cell) ?? []), r]);
  }
  const label = (runs: readonly TextRun[]): string => normalizeSpace([...runs].sort((a, b) => b.y - a.y || a.x - b.x).map((r) => r.text).join(' '));
  let named = 0;
  for (const [cell, runs] of into) {
    const before = labelMeaning(label(cell.runs));
    const after = labelMeaning(label([...cell.runs, ...runs]));
    if (before !== null && after !== before) return null;
    if (before === null && after !== null) named++;
  }
  return named > 0 ? into : null;
}

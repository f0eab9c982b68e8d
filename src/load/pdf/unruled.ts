/**
 * Tables without ruling lines (PDFs from producers that draw no cell borders) → grids.
 *
 * A table starts at a header line recognised by its texts (`Acties zoals in NDS`, `Wie (Tijd)`,
 * `Thema` / `Opgave` / `Actie`, `Stand van zaken`, or two or more year columns): its column
 * boundaries come from where the header texts start. Below it, each line's runs go to the column
 * they start in; a new row starts at a vertical gap wider than the line pitch or at an action-number
 * anchor (`12) …`) in one of the first two columns. The table ends at a wider gap, a heading-sized
 * line, or the page end. Same `Grid` shape as ruled tables, so the rest of the layout is shared.
 */
import type { Box, TextRun } from './page-data';
import type { Grid, GridRow } from './tables';

const HEADER_TERMS = ['acties zoals in nds', 'stand van zaken', 'wat gaan we doen', 'wie (tijd)', 'thema', 'opgave', 'actie', 'ambitie', 'financieringsbron'];
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

function text(runs: readonly TextRun[]): string {
  return runs.map((r) => r.text).join(' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

function isHeader(parts: TextRun[][]): boolean {
  if (parts.length < 3) return false;
  const texts = parts.map(text);
  const terms = texts.filter((t) => HEADER_TERMS.some((h) => t.startsWith(h) || t.includes(h))).length;
  const years = texts.filter((t) => YEAR.test(t)).length;
  return terms >= 2 || years >= 2;
}

function byBaseline(runs: readonly TextRun[]): TextRun[][] {
  const lines: TextRun[][] = [];
  for (const r of [...runs].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines.find((l) => Math.abs((l[0] as TextRun).y - r.y) <= r.size * 0.4);
    if (line) line.push(r);
    else lines.push([r]);
  }
  return lines;
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

/** Fills side by side with the same top and bottom (the cells of one shaded row) as one band. */
function bands(fills: readonly Box[]): Box[] {
  const out: Box[] = [];
  for (const f of [...fills].sort((a, b) => b.y1 - a.y1 || a.x0 - b.x0)) {
    const same = out.find((b) => Math.abs(b.y0 - f.y0) <= 1 && Math.abs(b.y1 - f.y1) <= 1 && f.x0 <= b.x1 + 2);
    if (same) same.x1 = Math.max(same.x1, f.x1);
    else out.push({ ...f });
  }
  return out;
}

/** Does a drawn mark part the line at `prevY` from the line at `y` (baselines, top to bottom)? */
function parted(marks: RowMarks, x0: number, x1: number, prevY: number, y: number, size: number): boolean {
  const wide = (b: Box): boolean => Math.min(b.x1, x1) - Math.max(b.x0, x0) >= (x1 - x0) * 0.4 && b.x1 - b.x0 <= (x1 - x0) * 1.5;
  const between = (at: number): boolean => at < prevY - size * 0.15 && at > y + size * 0.75;
  if (marks.rules.some((r) => wide(r) && r.y1 - r.y0 <= 2.5 && between((r.y0 + r.y1) / 2))) return true;
  const rows = bands(marks.fills).filter(wide);
  const band = (at: number): number => rows.findIndex((f) => at >= f.y0 && at <= f.y1);
  return band(prevY + size * 0.3) !== band(y + size * 0.3);
}

/**
 * A run that reaches over a column edge (a producer that set a row of figures as one string) is
 * cut at its spaces, each word placed where its share of the characters puts it.
 */
function splitAcross(run: TextRun, columns: readonly Column[]): TextRun[] {
  const end = run.x + run.width;
  if (!columns.some((c) => c.x0 > run.x + 1 && c.x0 < end - 1) || !/\S\s+\S/.test(run.text)) return [run];
  const perChar = run.width / Math.max(1, run.text.length);
  const out: TextRun[] = [];
  for (const m of run.text.matchAll(/\S+/g)) {
    const at = m.index ?? 0;
    out.push({ ...run, text: m[0], x: run.x + at * perChar, width: m[0].length * perChar });
  }
  return out;
}

/**
 * Columns the header's texts run together (two labels set with a narrow gutter: `Opgave Actie`)
 * show in the body: text that starts at the same place in many rows, well inside a header column,
 * is a column of its own.
 */
function withAlignedStarts(columns: Column[], starts: number[], rowCount: number): Column[] {
  const clusters: { x: number; n: number }[] = [];
  for (const x of [...starts].sort((a, b) => a - b)) {
    const last = clusters[clusters.length - 1];
    if (last && x - last.x <= 3) last.n++;
    else clusters.push({ x, n: 1 });
  }
  const need = Math.max(3, Math.ceil(rowCount * 0.3));
  const extra = clusters.filter((c) => c.n >= need && columns.every((col) => Math.abs(col.x0 - c.x) > 12)).map((c) => c.x);
  if (extra.length === 0) return columns;
  const right = (columns[columns.length - 1] as Column).x1;
  const xs = [...columns.map((c) => c.x0), ...extra].sort((a, b) => a - b);
  return xs.map((x0, k) => ({ x0, x1: (xs[k + 1] ?? right + 0.5) - 0.5 }));
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
}

/** A line that opens with a raised, smaller number: a footnote, not a table row. */
function opensWithNoteNumber(line: readonly TextRun[]): boolean {
  const sorted = [...line].filter((r) => r.text.trim() !== '').sort((a, b) => a.x - b.x);
  const [first, second] = sorted;
  if (!first || !second || !/^\d{1,3}$/.test(first.text.trim())) return false;
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
  starts: number[];
}

/**
 * Lines from `j` down → rows of a table with these columns, until a wide gap, a heading-sized
 * line, another header, or smaller type (a note or a footnote under the table).
 */
function scanRows(lines: TextRun[][], j: number, columns: Column[], right: number, ctx: { pitch: number; bodySize: number; marks: RowMarks; prevY: number | null }, used: Set<TextRun>): RowScan {
  const rows: RowDraft[] = [];
  const starts: number[] = [];
  let prevY = ctx.prevY;
  let current: RowDraft | null = null;
  let tableSize: number | null = null;
  for (; j < lines.length; j++) {
    const line = lines[j] as TextRun[];
    const y = (line[0] as TextRun).y;
    const size = Math.max(...line.map((r) => r.size));
    if (
      (prevY !== null && prevY - y > ctx.pitch * 3) ||
      size > ctx.bodySize * 1.2 ||
      isHeader(chunks(line)) ||
      (tableSize !== null && size < tableSize * 0.88) ||
      opensWithNoteNumber(line)
    ) {
      break;
    }
    tableSize ??= size;
    // The spacing of wrapped lines is judged against this table's type, not only the body text's.
    const linePitch = Math.min(ctx.pitch, size * 1.3);
    const anchored = chunks(line).some((p) => ANCHOR.test(text(p)) && columnOf(columns, (p[0] as TextRun).x) <= 1);
    const drawn = current !== null && prevY !== null && parted(ctx.marks, columns[0]?.x0 ?? 0, right, prevY, y, size);
    if (!current || (prevY !== null && prevY - y > linePitch * 1.45) || anchored || drawn) {
      current = { runs: [], top: y + size, bottom: y - size * 0.3 };
      rows.push(current);
    }
    for (const r of line) {
      current.runs.push(r);
      used.add(r);
    }
    for (const p of chunks(line)) starts.push(Math.min(...p.map((r) => r.x)));
    current.bottom = y - size * 0.3;
    prevY = y;
  }
  return { rows, next: j, starts };
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
): { grids: Grid[]; rest: TextRun[]; open: OpenColumns | null } {
  const lines = byBaseline(runs);
  const used = new Set<TextRun>();
  const grids: Grid[] = [];
  const ctx = { pitch, bodySize, marks, prevY: null as number | null };
  let start = 0;
  let last: { grid: Grid; columns: Column[]; right: number; next: number } | null = null;
  if (open && lines.length > 0 && !isHeader(chunks(lines[0] as TextRun[]))) {
    const first = lines[0] as TextRun[];
    // Only lines that stand in the carried columns (not prose across the page) carry the table on.
    const inColumns = chunks(first).every((p) => (p[0] as TextRun).x >= (open.columns[0]?.x0 ?? 0) - 3);
    if (inColumns) {
      const scan = scanRows(lines, 0, open.columns, open.right, ctx, used);
      if (scan.rows.length > 0) {
        const grid = { ...gridOf(scan.rows, open.columns, open.right, Math.max(...scan.rows.map((r) => r.top))), continues: true };
        grids.push(grid);
        last = { grid, columns: open.columns, right: open.right, next: scan.next };
        start = scan.next;
      }
    }
  }
  for (let i = start; i < lines.length; i++) {
    const parts = chunks(lines[i] as TextRun[]);
    if (!isHeader(parts)) continue;
    const headerY = (lines[i]?.[0] as TextRun).y;
    const right = Math.max(...runs.map((r) => r.x + r.width));
    // Shaded header cells, when the producer draws them, bound the columns and the header's lines
    // (a header set on two or three baselines with narrow gutters between its texts).
    const band = headerCells(marks.fills, headerY);
    const starts = band ? band.map((f) => f.x0) : parts.map((p) => Math.min(...p.map((r) => r.x)));
    let columns: Column[] = starts.map((x0, k) => ({ x0, x1: (starts[k + 1] ?? right + 1) - 0.5 }));
    const bandBottom = band ? Math.min(...band.map((f) => f.y0)) : null;
    let header: RowDraft = { runs: [...(lines[i] as TextRun[])], top: band ? Math.max(...band.map((f) => f.y1)) : headerY + bodySize, bottom: headerY - 2 };
    for (const r of lines[i] as TextRun[]) used.add(r);
    // A header that wraps onto a second line (`Thema's &` / `ambitie`) stays the header.
    let j = i + 1;
    const inHeader = (line: TextRun[]): boolean =>
      bandBottom !== null ? (line[0] as TextRun).y > bandBottom : headerY - (line[0] as TextRun).y < pitch * 1.2 && line.every((r) => r.bold);
    while (j < lines.length && inHeader(lines[j] as TextRun[])) {
      for (const r of lines[j] as TextRun[]) {
        header.runs.push(r);
        used.add(r);
      }
      header = { ...header, bottom: (lines[j]?.[0] as TextRun).y - 2 };
      j++;
    }
    const scan = scanRows(lines, j, columns, right, { ...ctx, prevY: (lines[j - 1]?.[0] as TextRun).y }, used);
    if (!band) columns = withAlignedStarts(columns, scan.starts, scan.rows.length + 1);
    const grid = gridOf([header, ...scan.rows], columns, right, header.top);
    grids.push(grid);
    last = { grid, columns, right, next: scan.next };
    i = scan.next - 1;
  }
  // A table whose rows reach the page's last line of text goes on, on the next page.
  const carry = last && last.next >= lines.length ? { columns: last.columns, right: last.right } : null;
  return { grids, rest: runs.filter((r) => !used.has(r)), open: carry };
}

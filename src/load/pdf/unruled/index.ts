/**
 * Tables without ruling lines (PDFs from producers that draw no cell borders) → grids.
 *
 * A table starts at a header line recognised by its texts (`Acties zoals in NDS`, `Wie (Tijd)`,
 * `Thema` / `Opgave` / `Actie`, `Stand van zaken`, or two or more year columns): its column
 * boundaries come from where the header's labels start — also inside a piece of the line where a
 * second label with a meaning of its own follows a narrow gutter (`Thema Opgave`), or where a label
 * wrapped onto further baselines stops short of the next one — and from text that starts at the
 * same place in many rows after a gutter; where those cut through the rows' text, the gutters
 * that run down the rows (gutters.ts) settle them. Below it, each line's runs go to the column they
 * start in; a new row starts at a vertical gap wider than the line pitch (unless one shaded row
 * band holds both lines), at a rule or band edge, or at an action-number anchor (`12) …`) in one of
 * the first two columns; rows of cells centred in them are told apart by their cells' middles.
 * The table ends at a wider gap, a heading-sized line, or the page end; a header alone at the foot
 * of a page heads the rows on the next. Same `Grid` shape as ruled tables, so the rest of the
 * layout is shared.
 */
import type { Box, TextRun } from '../page-data';
import { rulesAcross, type Grid } from '../tables';
import { chunks, columnOf, figures, byBaseline, columnsFrom, inFace, setIn, toMiddlesColumn, opensWithNoteMark, opensWithNoteNumber, text, wrappedPitch, type Column } from './pieces';
import { emphasisOf } from '../lines';
import { LABEL_LINES_ABOVE, headerAt, headerLinesAbove, wrappedHeaderAt, headerLineStarts, partsOverLabels, splitLabels, withAlignedStarts, withLabelsWhole, labelStarts, snapToRows, stackedLabelStarts, headerCells, ruledHeaderCells, anyRunsAcross } from './header';
import { labelMeaning } from '../../../model/header-meanings';
import { alongGutters } from './gutters';
import { bands, scanRows, gridOf, shadedRowCells, type RowMarks, type RowDraft, type AlignmentVotes } from './rows';

export type { AlignmentVotes, RowMarks } from './rows';

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
  /** A rule drawn under the header closed it: no line of the next page is its rest. */
  headerClosed?: boolean;
  /** Where the header's labels start (a column the rows show is snapped to one). */
  headerStarts: number[];
  /** The table's last line on the page (a producer may draw a line the page cut on both pages). */
  lastLine?: TextRun[];
}

/** A grid marked as read from rows set centred in their cells, when the document's rows so vote. */
function withAlignment(grid: Grid, votes: AlignmentVotes): Grid {
  return votes.centred > votes.top ? { ...grid, centredRows: true } : grid;
}

/** Is `line` a copy of `last` (the same texts, each starting where it did)? */
function repeats(line: readonly TextRun[], last: readonly TextRun[] | undefined): boolean {
  if (!last) return false;
  const pieces = chunks(line);
  const before = chunks(last);
  return pieces.length === before.length && pieces.every((p, k) => text(p) === text(before[k] as TextRun[]) && Math.abs((p[0] as TextRun).x - ((before[k] as TextRun[])[0] as TextRun).x) <= 1.5);
}

/**
 * A header from the page before, moved to stand just above `top` (its lowest line one size over it).
 * The rest of it that the page break cut (`doen? (vanaf Q2 2020)` under `Wat gaan we`, `(tijd)` under
 * `Wie`), opening this page, stays where it stands: the carried lines go just above it.
 */
function carriedHeader(header: readonly TextRun[], top: number, rest: readonly TextRun[] = []): RowDraft {
  const low = Math.min(...header.map((r) => r.y));
  const high = Math.max(...header.map((r) => r.y + r.size));
  const over = rest.length > 0 ? Math.max(...rest.map((r) => r.y)) : top;
  const shift = over + (header[0]?.size ?? 0) - low;
  return { runs: [...header.map((r) => ({ ...r, y: r.y + shift })), ...rest], top: high + shift, bottom: top };
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
  let last: { columns: Column[]; right: number; next: number; fromText: boolean; header: TextRun[] | null; headerClosed?: boolean; headerStarts: number[] } | null = null;
  // Does a table's header open at line `from`: its label line at most LABEL_LINES_ABOVE lines
  // further down, every line above that from `from` on its labels wrapped upwards?
  const headerOpensAt = (from: number): boolean =>
    Array.from({ length: LABEL_LINES_ABOVE + 1 }, (_, d) => d).some((d) => from + d < lines.length && headerLinesAbove(lines, from + d, from) === d && (headerAt(lines, from + d, true, pitch) ?? wrappedHeaderAt(lines, from + d, from)) !== null);
  // (A page that opens with one text across the carried columns' gutters, then a table's header:
  // a heading over a new table, `2 Versterken van het fundament`. No cell's text crosses a gutter.)
  const acrossGutters = (line: readonly TextRun[] = []): boolean => {
    const texts = line.filter((r) => r.text.trim() !== '');
    const only = texts.length === 1 ? (texts[0] as TextRun) : null;
    return only !== null && (open?.columns ?? []).some((c, k) => k > 0 && only.x < c.x0 - 1 && only.x + only.width > c.x0 + only.size);
  };
  if (open && lines.length > 0 && !headerOpensAt(0) && !(acrossGutters(lines[0]) && headerOpensAt(1))) {
    let j = 0;
    // The rest of a header the page break cut (bold lines in the header's columns) is header, not a row.
    const headerRest: TextRun[] = [];
    if (open.header && !open.headerClosed) {
      // Its lines follow at the spacing of wrapped lines; the first row stands further down.
      const wrapped = wrappedPitch(lines);
      // (In the header's emphasis: bold, or italic where its labels are set so.)
      const face = emphasisOf(open.header);
      const bold = (line: TextRun[]): boolean => setIn(line, face);
      while (j < lines.length && bold(lines[j] as TextRun[]) && (j === 0 || (lines[j - 1]?.[0] as TextRun).y - (lines[j]?.[0] as TextRun).y <= wrapped * 1.25)) {
        for (const r of lines[j] as TextRun[]) used.add(r);
        headerRest.push(...(lines[j] as TextRun[]));
        j++;
      }
    }
    // The copy of the line the page cut, drawn again at the top of this page, goes.
    if (lines[j] && repeats(lines[j] as TextRun[], open.lastLine)) {
      for (const r of lines[j] as TextRun[]) used.add(r);
      j++;
    }
    const first = lines[j] as TextRun[] | undefined;
    // Only lines that stand in the carried columns (not prose across the page) carry the table on.
    const inColumns = first !== undefined && chunks(first).every((p) => (p[0] as TextRun).x >= (open.columns[0]?.x0 ?? 0) - 3);
    // (Nor a note the page break carried over under the table, in its first column: `* waaronder
    // digitale innovatie, …`, `⁶⁵ Kamerstuk …`.)
    const note = first !== undefined && (opensWithNoteNumber(first) || opensWithNoteMark(first, (open.columns[1]?.x0 ?? Infinity) - 6));
    if (inColumns && !note) {
      const scan = scanRows(lines, j, open.columns, open.right, ctx, used);
      if (scan.rows.length > 0) {
        // Columns are settled here only for a table that has no rows yet: rows already laid out on
        // the page before keep the table's columns as they were.
        const columns = open.fromText && open.header ? withAlignedStarts(open.columns, scan.starts, scan.rows.length + 1, open.headerStarts, open.header) : open.columns;
        const top = Math.max(...scan.rows.map((r) => r.top));
        // A header carried from the page before heads the table here (placed just above its rows,
        // its lines as far apart as they were: a label's wrapped lines stay lines of their cell).
        const carried = open.header ? carriedHeader(open.header, top, headerRest) : null;
        const grid = carried ? gridOf([carried, ...scan.rows], columns, open.right, carried.top) : { ...gridOf(scan.rows, columns, open.right, top), continues: true };
        grids.push(withAlignment(grid, votes));
        last = { columns, right: open.right, next: scan.next, fromText: open.fromText, header: null, headerStarts: open.headerStarts };
        start = scan.next;
      }
    }
  }
  // The first line no table has taken.
  let free = start;
  for (let i = start; i < lines.length; i++) {
    const found = headerAt(lines, i, true, pitch) ?? wrappedHeaderAt(lines, i, free);
    if (!found) continue;
    // (A header line under this one that takes it for labels wrapped upwards, bottom-aligned in
    // their cells, is the header's last line: the header is read from there.)
    if (found.end === i + 1 && i + 1 < lines.length && headerAt(lines, i + 1, true, pitch) !== null && headerLinesAbove(lines, i + 1, free) > 0) continue;
    const { end: k } = found;
    // (Labels wrapped upwards, bottom-aligned in their cells, are the header's too; not a line that
    // runs across where one of the header's labels starts, a caption over it.)
    const labelTexts = lines.slice(i, k).flatMap((line) => line.filter((r) => r.text.trim() !== ''));
    const crosses = (line: readonly TextRun[]): boolean => anyRunsAcross(line.filter((r) => r.text.trim() !== ''), labelTexts);
    // (Over any of the header's lines: labels of different heights centred vertically stagger, so a
    // label of four lines, `Acties` / `zoals` / `in` / `NDS`, stands two lines over the line that
    // holds the others, one line over the header's first.)
    let top = i;
    for (let m = i; m < k; m++) top = Math.min(top, m - headerLinesAbove(lines, m, free));
    while (top < i && crosses(lines[top] as TextRun[])) top++;
    const parts = top < i ? partsOverLabels(lines.slice(top, k).flat(), lines[i] as TextRun[]) : found.parts;
    const first = lines.slice(top, k).flat();
    const headerY = (lines[top]?.[0] as TextRun).y;
    const right = Math.max(...runs.map((r) => r.x + r.width));
    // Shaded header cells, when the producer draws them, bound the columns and the header's lines
    // (a header set on two or three baselines with narrow gutters between its texts).
    const headerSize = Math.max(...first.map((r) => r.size));
    const band = headerCells(marks.fills, headerY, (lines[k - 1]?.[0] as TextRun).y, headerSize);
    // Labels standing outside every shaded cell (a cell the page edge cut off) are columns too;
    // not where a label's start is only estimated, inside one string that ran two labels together
    // (`Opgave Actie`): the shading says where the second begins.
    const { starts: labels, estimated } = labelStarts(parts);
    const starts = band ? [...band.map((f) => f.x0), ...labels.filter((x) => !estimated.includes(x) && !band.some((f) => x >= f.x0 - 2 && x <= f.x1))].sort((a, b) => a - b) : labels;
    // (Re-derived below from all the header's lines when it has more than one.)
    let columns = columnsFrom(starts, right + 1);
    // The header repeated at the top of the page by a table that goes on: where its labels start as
    // they did, the columns the table had on the page before are kept (they may have been settled
    // there by its rows).
    const carried = top === 0 && open ? open.columns : null;
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
    // three baselines: `Acties` / `zoals in` / `NDS`), and no further apart than the header's lines
    // before it: a bold first row (a theme) set just under the header stands further down.
    let step: number | null = null;
    // A label left open (`… (t/m Q2`) goes on below, wherever the other labels' lines stand.
    const closesLabel = (line: TextRun[]): boolean =>
      line.every((r) => {
        const k = columnOf(columns, r.x);
        const label = header.runs.filter((h) => columnOf(columns, h.x) === k).map((h) => h.text).join(' ');
        return r.bold && r.text.includes(')') && (label.match(/\(/g)?.length ?? 0) > (label.match(/\)/g)?.length ?? 0);
      });
    // A rule under the header that closes it (tbl's `_`, booktabs' midrule): across the table, a
    // few lines down. The lines above it whose every piece stands under a label's start, in the
    // labels' weight (labels set top-aligned, wrapped down), are the header's, bold or not.
    const labelStartsX = headerLineStarts(lines[k - 1] as TextRun[]);
    const headerFace = emphasisOf(first);
    const span = Math.max(...first.map((r) => r.x + r.width)) - Math.min(...first.map((r) => r.x));
    // (A rule drawn cell by cell, each cell's bottom border, is one rule across.)
    const closing = Math.max(-Infinity, ...rulesAcross(marks.rules).filter((r) => r.y1 - r.y0 <= 4 && r.x1 - r.x0 >= span * 0.8 && r.y1 < headerY && r.y0 > headerY - headerSize * 8).map((r) => r.y1));
    // (Over the closing rule, a label that starts right of every other, `Wie (Tijd)` on the last
    // line of a header set bottom-aligned, is a column's label: its start is a column's.)
    const lastStart = Math.max(...labelStartsX);
    const newLabel = (r: TextRun): boolean => r.x > lastStart + r.size * 2 && labelMeaning(r.text) !== null && !first.some((h) => h.x + h.width > r.x - 1 && h.x < r.x + r.width);
    // (Over it too, a label set lower than the others, where none of theirs starts — `Domein &` /
    // `ambitie` under the line that ends the others, pandoc's LaTeX — is a column's label: its
    // lines, read together, name what the column holds.)
    const lowLabels: number[] = [];
    if (Number.isFinite(closing)) {
      const pieces = new Map<number, string[]>();
      for (let m = k; m < lines.length; m++) {
        const y = (lines[m]?.[0] as TextRun).y;
        if (y < closing || (lines[m - 1]?.[0] as TextRun).y - y >= pitch * 1.6) break;
        for (const r of lines[m] as TextRun[]) {
          if (r.text.trim() === '' || labelStartsX.some((x) => Math.abs(x - r.x) <= 2)) continue;
          const at = [...pieces.keys()].find((x) => Math.abs(x - r.x) <= 2) ?? r.x;
          pieces.set(at, [...(pieces.get(at) ?? []), r.text.trim()]);
        }
      }
      for (const [x, texts] of pieces) if (labelMeaning(texts.join(' ')) !== null && !first.some((h) => h.x < x + 1 && h.x + h.width > x - 1)) lowLabels.push(x);
    }
    const lowLabel = (r: TextRun): boolean => lowLabels.some((x) => Math.abs(x - r.x) <= 2);
    const labelsBelow: number[] = [];
    const inHeader = (line: TextRun[]): boolean => {
      if (bandBottom !== null) return (line[0] as TextRun).y > bandBottom;
      const down = (lines[j - 1]?.[0] as TextRun).y - (line[0] as TextRun).y;
      if (Number.isFinite(closing) && (line[0] as TextRun).y < closing) return false;
      if (Number.isFinite(closing) && down < pitch * 1.6 && line.every((r) => r.text.trim() === '' || (inFace(r, headerFace) && (labelStartsX.some((x) => Math.abs(x - r.x) <= 2) || newLabel(r) || lowLabel(r))))) {
        labelsBelow.push(...line.filter((r) => newLabel(r) || lowLabel(r)).map((r) => r.x));
        return true;
      }
      if (down < pitch * 1.6 && closesLabel(line)) return true;
      // (A wrapped line of the header's own type: a header set smaller than the body wraps closer;
      // in a document set with wide spacing, as much wider as its body's lines are: a draft set
      // double-spaced.)
      const size = Math.max(...line.map((r) => r.size));
      const spacing = Math.max(1.5, (pitch / bodySize) * 1.05);
      // (Nor a text under a label that ended a line or more above it, over it: a label's lines
      // follow each other. A bold first row set as close under the header as the labels' lines are
      // to each other, with no padding between, opens a column again after a blank baseline there:
      // `Grensverlegg` under `Thema's &` / `ambitie` / — , beside `Stand van` / `zaken/` / `resultaten`.
      // A label's next line, a line's spacing under its last, is none: labels centred vertically
      // stagger their lines by half a line, `resultaten (t/m Q2 2020)` under `Stand van zaken /`.)
      const resumes = line.some((r) => {
        const label = header.runs.filter((h) => h.text.trim() !== '' && h.x < r.x + r.width && h.x + h.width > r.x);
        return label.length > 0 && Math.min(...label.map((h) => h.y)) - r.y > Math.max(r.size * 1.6, down * 1.5, pitch * 1.15);
      });
      // (A header's own type may set its lines further apart than the body's: LibreOffice's bold
      // labels, 1.9 sizes apart over a body at 1.74. A line of the labels' size whose pieces each
      // start where a label does, under two labels or more, with the lines under it no closer than
      // it stands to the header, is the labels' second line; a first row's next line, the row's own
      // wrapped line, stands closer.)
      const texts = line.filter((r) => r.text.trim() !== '');
      const under = new Set(texts.map((r) => [...labelStartsX, ...columns.map((c) => c.x0)].find((x) => Math.abs(x - r.x) <= 2) ?? null));
      const after = lines[j + 1]?.[0];
      const ownSpacing = !under.has(null) && under.size >= 2 && texts.every((r) => Math.abs(r.size - headerSize) <= 0.3) && (after === undefined || (line[0] as TextRun).y - after.y >= down - 0.5);
      const fits = down < Math.min(pitch * 1.2, ownSpacing ? Infinity : size * spacing, step === null ? Infinity : step * 1.15) && line.every((r) => inFace(r, headerFace === 'italic' ? 'italic' : 'bold')) && !resumes;
      if (fits) step = Math.min(step ?? down, down);
      return fits;
    };
    while (j < lines.length && inHeader(lines[j] as TextRun[])) {
      for (const r of lines[j] as TextRun[]) {
        header.runs.push(r);
        used.add(r);
      }
      header = { ...header, bottom: (lines[j]?.[0] as TextRun).y - 2 };
      j++;
    }
    // A rule drawn cell by cell under the header bounds the columns as shaded header cells do.
    const ruled = band ? null : ruledHeaderCells(marks.rules, header.bottom + 2, Math.max(...header.runs.map((r) => r.size)));
    if (ruled) {
      columns = columnsFrom([...ruled.map((c) => c.x0), ...labels.filter((x) => x > (ruled[ruled.length - 1] as Box).x1)], right + 1);
      keep = false;
    }
    const drawn = band !== null || ruled !== null;
    // (A label below that no carried column starts at: the table here has columns of its own.)
    if (keep && labelsBelow.some((x) => !near({ x0: x, x1: x }, 2))) {
      keep = false;
      columns = columnsFrom(starts, right + 1);
    }
    if (!drawn && !keep && j > k) {
      const split = stackedLabelStarts(parts, lines.slice(k, j));
      if (split.length > starts.length) columns = columnsFrom(split, right + 1);
      if (labelsBelow.length > 0) columns = columnsFrom([...new Set([...columns.map((c) => c.x0), ...labelsBelow])].sort((a, b) => a - b), right + 1);
    }
    // A table headed at the top of its page may open with the rest of a row the page cut.
    const votesBefore = { ...votes };
    let scan = scanRows(lines, j, columns, right, { ...ctx, prevY: (lines[j - 1]?.[0] as TextRun).y, pageTop: top === 0 }, used);
    // (Where a label starts tells where its column may start; not where a line of a centred label
    // starts inside the line above it, `(t/m Q2 2020)` under `Stand van zaken / resultaten`.)
    const labelLines = header.runs.filter((r) => r.text.trim() !== '');
    const headerStarts = labelLines.filter((r) => !labelLines.some((h) => h.y > r.y + r.size * 0.5 && h.x + 1.5 < r.x && r.x < h.x + h.width - 1.5)).map((r) => r.x);
    // Rows shaded cell by cell (zebra rows) bound the columns they span, as a header's drawn cells do.
    const shaded = drawn || keep || scan.rows.length === 0 ? null : shadedRowCells(marks.fills, header.bottom, Math.min(...scan.rows.map((r) => r.bottom)), Math.max(3, columns.length));
    const scanned = columns;
    if (!drawn && !keep) columns = withLabelsWhole(withAlignedStarts(snapToRows(columns, estimated, scan.starts), scan.starts, scan.rows.length + 1, headerStarts, header.runs), scan.rows.flatMap((r) => r.runs), header.runs);
    else if (keep && open?.fromText) {
      // The rows here may show what the page before could not (a label centred over its column):
      // its edges move; the table keeps its columns.
      columns = withAlignedStarts(columns, scan.starts, scan.rows.length + 1, headerStarts, header.runs, true);
    }
    if (shaded) {
      // (Columns outside the shaded cells, a first one whose cell spans the rows above, stay.)
      const first = shaded[0] as Box;
      const lastCell = shaded[shaded.length - 1] as Box;
      const outside = (x: number): boolean => x < first.x0 - 2 || x > lastCell.x1;
      columns = columnsFrom([...columns.map((c) => c.x0).filter(outside), ...shaded.map((c) => c.x0)].sort((a, b) => a - b), right + 1);
    }
    // Columns read from the header's texts that cut through the rows' text give way to the gutters
    // the rows show (the rows are then read again with them).
    const fromGutters = drawn || shaded ? null : alongGutters(columns, scan.rows.flatMap((r) => r.runs), header.runs);
    // (Rows read with other columns than their starts then showed — a header whose labels ran
    // together, labels centred over columns that start further left — are read again with them:
    // where cells start parts the rows, and which column holds an action's number.)
    if (fromGutters || columns.length !== scanned.length || columns.some((c, k) => c.x0 !== scanned[k]?.x0)) {
      columns = fromGutters ?? columns;
      for (let m = j; m < scan.next; m++) for (const r of lines[m] as TextRun[]) used.delete(r);
      Object.assign(votes, votesBefore);
      scan = scanRows(lines, j, columns, right, { ...ctx, prevY: (lines[j - 1]?.[0] as TextRun).y, pageTop: top === 0 }, used);
    }
    const endsPage = scan.next >= lines.length;
    if (scan.rows.length === 0 && endsPage) {
      // Only the header before the page break: it goes on to the next page with its rows. A rule
      // under it closes it, as does a row's shading begun under it (a zebra row the page cut):
      // the bold lines the next page opens with are then that row's, not the header's rest.
      const left = Math.min(...header.runs.map((r) => r.x));
      const shadedBelow = bands(marks.fills).some((b) => b.y1 <= header.bottom && header.bottom - b.y1 <= headerSize * 2 && b.x0 <= left + 2 && b.x1 >= left + span * 0.8);
      last = { columns, right, next: scan.next, fromText: !drawn, header: header.runs.flatMap((r) => splitLabels(r, columns)), headerClosed: ruled !== null || shadedBelow, headerStarts };
      i = scan.next - 1;
      free = scan.next;
      continue;
    }
    header = { ...header, runs: header.runs.flatMap((r) => splitLabels(r, columns)) };
    // (Columns the rows' gutters gave hold each label where its middle stands, as they were judged
    // to: a label that starts in the gutter left of its column's text — indented under bullets —
    // is that column's, not cut at its edge.)
    if (fromGutters) header = { ...header, runs: header.runs.map((r) => toMiddlesColumn(r, columns)) };
    grids.push(withAlignment(gridOf([header, ...scan.rows], columns, right, header.top), votes));
    last = { columns, right, next: scan.next, fromText: !drawn && !shaded, header: null, headerStarts };
    i = scan.next - 1;
    free = scan.next;
  }
  // A table whose rows reach the page's last line of text goes on, on the next page.
  const carry =
    last && last.next >= lines.length
      ? { columns: last.columns, right: last.right, fromText: last.fromText, header: last.header, headerClosed: last.headerClosed, headerStarts: last.headerStarts, lastLine: last.header ? undefined : lines[lines.length - 1] }
      : null;
  const taken = new Set([...used].map((piece) => origin.get(piece) ?? piece));
  // The blank runs between a table's words go with them (they are in no line of their own).
  const baselines = [...taken].map((r) => r.y);
  const blankInTable = (r: TextRun): boolean => r.text.trim() === '' && baselines.some((y) => Math.abs(y - r.y) <= r.size * 0.6);
  return { grids, rest: runs.filter((r) => !taken.has(r) && !blankInTable(r)), open: carry };
}

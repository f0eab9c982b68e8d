/**
 * Ruling lines → table grids, and the text runs that fall in each cell.
 *
 * In: a page's rules (thin boxes) and text runs. Out: one grid per connected set of rules: rows are
 * the bands between horizontal rules, and each row's cells are the spans between the vertical rules
 * that cross that band (so rows may have different numbers of cells, as the appendix tables do).
 * A band below the last horizontal rule that the vertical rules still reach is a row cut by the page
 * end (`openBottom`): its rest is the first row of the table on the next page.
 */
import { FIGURE, RULE_THICKNESS, type Box, type Segment, type TextRun } from './page-data';
import { buildLines, dominantSize } from './lines';
import { labelMeaningIn, namesColumnsInBold, namesHeader, namesHeaderAmong, YEAR_LABEL } from '../../model/header-meanings';
import { bands } from './unruled/rows';
import { LABEL_LINES_ABOVE } from './unruled/header';
import { byBaseline, chunks, opensWithNoteNumber } from './unruled/pieces';
import { fromFirstLetter, goesOnMidSentence } from '../../model/sentences';

export interface GridCell {
  box: Box;
  runs: TextRun[];
  /** No rule parts it from the cell above, though one parts its row's others: the cell above spans it (`rowspan`). */
  spanned?: boolean;
}

export interface GridRow {
  box: Box;
  cells: GridCell[];
}

export interface Grid {
  box: Box;
  rows: GridRow[];
  /** The last row has no bottom rule: the page cut it. */
  openBottom: boolean;
  /** The grid has no header of its own: it carries on the table the page before ended with. */
  continues?: boolean;
  /** Its first row has a rule above it (not text above its top rule). */
  closedTop?: boolean;
  /**
   * No rule is drawn between its rows: at most a top border and one under its header (its rows
   * are parted where the rules between its columns meet). Its last row's open bottom then says
   * nothing of a cut: only the text can.
   */
  unruledRows?: boolean;
  /**
   * Read with no rules, from a document that sets its cells centred in their rows (as its rows so
   * far showed): a row the page cut may have moved its action number, and all but a tall cell's
   * first lines, to the next page.
   */
  centredRows?: boolean;
}


const SNAP = 1.2;

/** Where a run is placed in a cell: a letter's width into it (a long run reaching over the cell's edge stays in the cell it starts in). */
function runMid(run: TextRun): number {
  return run.x + Math.min(run.width, run.size) / 2;
}

/** The height at which a run is placed in a row: a third of its size over its baseline. */
export function runPlaceY(run: TextRun): number {
  return run.y + run.size * 0.3;
}

/** The horizontal rules of a page as segments along their line. */
function horizontals(rules: readonly Box[]): Segment[] {
  return rules.filter((r) => r.x1 - r.x0 > r.y1 - r.y0).map((r) => ({ at: (r.y0 + r.y1) / 2, from: r.x0, to: r.x1, width: r.y1 - r.y0 }));
}

/** The texts of a line's pieces (runs a gap sets apart), as header labels are read from them. */
function pieceTexts(line: readonly TextRun[]): string[] {
  return chunks(line).map((piece) => piece.map((r) => r.text).join(' ').trim());
}

/** Does the text set in a shaded band, between `left` and `right`, name a table's columns (a header band)? */
function bandNamesColumns(band: Box, runs: readonly TextRun[], left: number, right: number): boolean {
  const inBand = runs.filter((r) => r.y > band.y0 && r.y < band.y1 && r.x >= left - 2 && r.x <= right && r.text.trim() !== '');
  return namesHeader(byBaseline(inBand).flatMap((l) => pieceTexts(l)));
}

/** More horizontal rule lines than this on a page: no table's (see ruleLines). */
const MAX_RULE_LINES = 400;

/**
 * Joins the segments of one rule line: segments at one position (within SNAP) that touch or
 * overlap along it. Two that only line up (a table's edge and the edge of another table further
 * down the page) stay two.
 */
function merge(segments: Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) => a.at - b.at);
  const out: Segment[] = [];
  for (let i = 0; i < sorted.length; ) {
    const at = (sorted[i] as Segment).at;
    let j = i;
    while (j < sorted.length && (sorted[j] as Segment).at - at <= SNAP) j++;
    let current: Segment | null = null;
    for (const s of sorted.slice(i, j).sort((a, b) => a.from - b.from)) {
      if (current && s.from <= current.to + 2) current.to = Math.max(current.to, s.to);
      else {
        current = { ...s, at };
        out.push(current);
      }
    }
    i = j;
  }
  return out;
}

/** A page's horizontal rules joined along their lines where they touch (a rule drawn cell by cell is one rule), as boxes. */
export function rulesAcross(rules: readonly Box[]): Box[] {
  return merge(horizontals(rules)).map((s) => ({ x0: s.from, x1: s.to, y0: s.at - (s.width ?? 0) / 2, y1: s.at + (s.width ?? 0) / 2 }));
}

function touches(h: Segment, v: Segment): boolean {
  return v.at >= h.from - 2 && v.at <= h.to + 2 && h.at >= v.from - 2 && h.at <= v.to + 2;
}

/**
 * The most two sides of neighbouring cells stand apart, centre to centre, when a table sets its
 * cells' borders apart: 4.5 pt, or 0.45 of the page's type size where that is larger than 10 pt
 * (see spacingUnit): a page printed larger sets its borders as much farther apart as its letters
 * are larger. (Not less where the type is smaller: small type is no sign of a smaller print, and
 * producers space borders in points whatever the type, 3.7 pt beside 7.4 pt letters.)
 */
const MAX_BORDER_SPACING = 4.5;

/**
 * Farther apart, edge to edge, two upright sides are still a border's spacing when nothing stands
 * between them, text or rule: a producer may draw a cell's sides thick (Chromium's rounded corners
 * cut by a page break, 2.4 pt) or set its cells wider apart (`border-spacing: 6pt`). In the page's
 * type size as MAX_BORDER_SPACING is.
 */
const MAX_EMPTY_SPACING = 6;

/** How many times the spacings above a page's borders may stand apart: its type's size over 10 pt, at least 1. */
function spacingUnit(runs: readonly TextRun[]): number {
  return Math.max(1, dominantSize(runs) / 10);
}

/** More rule segments than this on a page: no cells framed apart are looked for (see closeBorderSpacing). */
const MAX_SPACED_SEGMENTS = 3000;

/**
 * Pairs of parallel segments a border's spacing apart, along the same stretch (each at most once,
 * with its nearest): the facing sides of two cells whose borders stand apart. `across` says
 * whether anything stands between two positions over a stretch, text or a rule across (asked of
 * sides farther apart than MAX_BORDER_SPACING).
 */
function spacedPairs(segments: readonly Segment[], across: (lo: number, hi: number, from: number, to: number) => boolean, unit: number): [Segment, Segment][] {
  const [border, empty] = [MAX_BORDER_SPACING * unit, MAX_EMPTY_SPACING * unit];
  const sorted = [...segments].sort((a, b) => a.at - b.at || a.from - b.from);
  const used = new Set<Segment>();
  const pairs: [Segment, Segment][] = [];
  const edgeToEdge = (a: Segment, b: Segment): number => b.at - a.at - (Math.min(RULE_THICKNESS, a.width ?? 0) + Math.min(RULE_THICKNESS, b.width ?? 0)) / 2;
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as Segment;
    if (used.has(a)) continue;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as Segment;
      if (b.at - a.at > empty + RULE_THICKNESS) break;
      if (used.has(b) || b.at - a.at <= SNAP) continue;
      const overlap = Math.min(a.to, b.to) - Math.max(a.from, b.from);
      if (overlap < 0.8 * Math.max(a.to - a.from, b.to - b.from)) continue;
      if (b.at - a.at > border && (edgeToEdge(a, b) > empty || across(a.at, b.at, Math.max(a.from, b.from), Math.min(a.to, b.to)))) continue;
      used.add(a).add(b);
      pairs.push([a, b]);
      break;
    }
  }
  return pairs;
}

/**
 * A table whose cells' borders stand apart (CSS `border-collapse: separate`, a browser's default
 * for a table with borders): each cell is framed on its own, a small space from the next. The two
 * facing sides of neighbouring cells are read as one rule down the middle of the space, and the
 * crossing sides reach it, so that the frames join into one grid. Segments are changed in place.
 */
function closeBorderSpacing(hs: Segment[], vs: Segment[], runs: readonly TextRun[]): { hs: Segment[]; vs: Segment[]; joined: Map<Segment, [Segment, Segment]> } {
  const joined = new Map<Segment, [Segment, Segment]>();
  // (Bounded: what follows compares segments pairwise; no page's tables have this many sides.)
  if (hs.length + vs.length > MAX_SPACED_SEGMENTS) return { hs, vs, joined };
  const seen = runs.filter((r) => r.text.trim() !== '');
  const unit = spacingUnit(seen);
  const border = MAX_BORDER_SPACING * unit;
  // (Nor a rule drawn across the space between them: an empty column of the table's own, its
  // cells framed with the rest. Cells framed apart leave the space between them open.)
  const vPairs = spacedPairs(
    vs,
    (lo, hi, from, to) => seen.some((r) => r.x < hi && r.x + r.width > lo && r.y < to && r.y + r.size * 0.7 > from) || hs.some((h) => h.from <= lo + SNAP && h.to >= hi - SNAP && h.at >= from - SNAP && h.at <= to + SNAP),
    unit,
  );
  // (Rows: only as close as MAX_BORDER_SPACING allows. Two tables one over the other may stand a few
  // points apart, nothing between them.)
  const hPairs = spacedPairs(hs, () => true, unit);
  if (vPairs.length === 0 && hPairs.length === 0) return { hs, vs, joined };
  const collapse = (list: Segment[], pairs: [Segment, Segment][], crossing: Segment[]): Segment[] => {
    const gone = new Set(pairs.flat());
    const out = list.filter((s) => !gone.has(s));
    for (const [a, b] of pairs) {
      const mid = { at: (a.at + b.at) / 2, from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) };
      out.push(mid);
      joined.set(mid, [a, b]);
      // Crossing sides that end at either of the two reach the middle.
      for (const c of crossing) {
        if (c.at < mid.from - SNAP || c.at > mid.to + SNAP) continue;
        if (Math.abs(c.to - a.at) <= SNAP) c.to = Math.max(c.to, mid.at);
        if (Math.abs(c.from - b.at) <= SNAP) c.from = Math.min(c.from, mid.at);
      }
    }
    return out;
  };
  // A table framed as a whole besides its cells (HTML's `border="1"`): a cell's side a spacing
  // inside the table's frame, along a stretch of it, moves onto the frame.
  const onFrame = (list: Segment[], crossing: Segment[]): void => {
    for (const t of list) {
      const frame = list.find((f) => f !== t && Math.abs(f.at - t.at) > SNAP && Math.abs(f.at - t.at) <= border && f.to - f.from > t.to - t.from && t.from >= f.from - SNAP && t.to <= f.to + SNAP);
      if (!frame) continue;
      for (const c of crossing) {
        if (c.at < t.from - SNAP || c.at > t.to + SNAP) continue;
        if (Math.abs(c.to - t.at) <= SNAP && frame.at > t.at) c.to = frame.at;
        if (Math.abs(c.from - t.at) <= SNAP && frame.at < t.at) c.from = frame.at;
      }
      t.at = frame.at;
    }
  };
  const closedVs = collapse(vs, vPairs, hs);
  const closedHs = collapse(hs, hPairs, closedVs);
  onFrame(closedVs, closedHs);
  onFrame(closedHs, closedVs);
  // A cell a page break carried over has no side at the break: its sides reach across the space
  // to the frame of the row above (the header the page repeats), as the rest of the grid's do.
  // (Only sides across the rows reach: a line under a link's text, a space inside its cell's side,
  // must not reach the side and part the row.)
  for (const v of closedVs) {
    for (const h of closedHs) {
      if (v.at < h.from - SNAP || v.at > h.to + SNAP) continue;
      if (h.at > v.to && h.at - v.to <= border) v.to = h.at;
      if (h.at < v.from && v.from - h.at <= border) v.from = h.at;
    }
  }
  return { hs: closedHs, vs: closedVs, joined };
}

/**
 * A run that crosses the sides of its row's cells into cells that hold nothing else, with figures
 * past each of two sides or more, or past one into a column of figures (a producer that sets a
 * row's figures, a header's years or a contents entry's page as one piece of text with gaps as
 * narrow as a space: `Financieringsbron 2017 2018`, `Totaal 1.563 1.607`): parted at the spaces
 * nearest to where the sides cross it, each part moved to the cell its characters' share of the
 * run's width puts it in. Words past a side are left alone (labels run together are the header
 * reader's to part; a line of prose that runs past a side is a grid drawn narrower than its text),
 * and so is a run with no space near a side. Changes the row in place.
 */
function acrossCells(row: GridRow, grid: Grid): void {
  const cells = [...row.cells].sort((a, b) => a.box.x0 - b.box.x0);
  const empty = (k: number): boolean => (cells[k] as GridCell).runs.every((r) => r.text.trim() === '');
  // A column whose other rows hold figures and nothing else (page numbers, amounts).
  const figureColumn = (x0: number): boolean => {
    const texts = grid.rows.flatMap((r) => (r === row ? [] : r.cells.filter((c) => Math.abs(c.box.x0 - x0) <= 2).map((c) => c.runs.map((x) => x.text).join('').trim()))).filter((t) => t !== '');
    return texts.length > 0 && texts.every((t) => FIGURE.test(t));
  };
  for (const [k, cell] of cells.entries()) {
    for (const run of [...cell.runs]) {
      const text = run.text;
      if (text.length < 3 || !text.includes(' ') || run.width <= 0) continue;
      const perChar = run.width / text.length;
      const cuts: [number, GridCell][] = [];
      for (let m = k + 1; m < cells.length && (cells[m] as GridCell).box.x0 < run.x + run.width - perChar; m++) {
        if (!empty(m)) break;
        const at = ((cells[m] as GridCell).box.x0 - run.x) / perChar;
        let best = -1;
        for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) if (best < 0 || Math.abs(i - at) < Math.abs(best - at)) best = i;
        // (Within three characters of the side: a space the estimate puts far from it parts no cells.)
        if (best > (cuts[cuts.length - 1]?.[0] ?? 0) && Math.abs(best - at) <= 3) cuts.push([best, cells[m] as GridCell]);
      }
      // (Two sides crossed at least, or one into a column of figures: a line of prose that ends in
      // a year, `Horizon 2020`, runs past one side into a column of words.)
      if (cuts.length === 0 || (cuts.length === 1 && !figureColumn((cuts[0] as [number, GridCell])[1].box.x0))) continue;
      const parts = [...cuts.map(([c]) => c), text.length];
      if (!parts.slice(0, -1).every((from, c) => FIGURE.test(text.slice(from + 1, parts[c + 1]).trim()))) continue;
      const piece = (from: number, to: number): TextRun => ({ ...run, text: text.slice(from, to).trim(), x: run.x + from * perChar, width: (to - from) * perChar });
      cell.runs.splice(cell.runs.indexOf(run), 1, piece(0, (cuts[0] as [number, GridCell])[0]));
      cuts.forEach(([from, target], c) => target.runs.push(piece(from + 1, cuts[c + 1]?.[0] ?? text.length)));
    }
  }
}

/** Groups rules into connected components (each a table). */
function components(hs: Segment[], vs: Segment[]): { hs: Segment[]; vs: Segment[] }[] {
  const parent = new Map<Segment, Segment>();
  const find = (s: Segment): Segment => {
    let p = parent.get(s) ?? s;
    while (p !== (parent.get(p) ?? p)) p = parent.get(p) ?? p;
    parent.set(s, p);
    return p;
  };
  for (const s of [...hs, ...vs]) parent.set(s, s);
  for (const h of hs) for (const v of vs) if (touches(h, v)) parent.set(find(h), find(v));
  const groups = new Map<Segment, { hs: Segment[]; vs: Segment[] }>();
  for (const h of hs) {
    const g = groups.get(find(h)) ?? { hs: [], vs: [] };
    g.hs.push(h);
    groups.set(find(h), g);
  }
  for (const v of vs) {
    const g = groups.get(find(v)) ?? { hs: [], vs: [] };
    g.vs.push(v);
    groups.set(find(v), g);
  }
  return [...groups.values()].filter((g) => g.vs.length >= 2 && g.hs.length >= 1);
}

/**
 * Tables stacked with no space between them, drawn with vertical rules only (each its own columns,
 * `margin: 0`): where one ends and the next begins, rule lines of the one above stop and others
 * begin below, and a rule line both share (their left edge, say) runs through, so the rules make
 * one component. Cut it at each height where two or more lines end that no line goes on from and
 * two or more others begin, at other places: each part is a table, with its own outer sides.
 * (Rows whose cells set their borders apart end and begin their sides at the same places; a row
 * spanning columns interrupts lines that go on below it.)
 */
function unstacked(c: { hs: Segment[]; vs: Segment[] }, drawn: readonly Segment[]): { hs: Segment[]; vs: Segment[] }[] {
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= 2;
  // (Drawn rules only: the edges made where rules under rows meet are the rows' own, and a header
  // may be ruled apart from the rows under it.)
  const own = drawn.filter((d) => d.to - d.from > 4 && c.vs.some((v) => Math.abs(v.at - d.at) <= SNAP && d.from >= v.from - 2 && d.to <= v.to + 2));
  const cuts = unique(own.flatMap((v) => [v.from, v.to])).filter((y) => {
    const below = own.filter((v) => near(v.to, y)).map((v) => v.at);
    const above = own.filter((v) => near(v.from, y)).map((v) => v.at);
    const apart = (xs: number[], others: number[]): number => unique(xs.filter((x) => !others.some((o) => Math.abs(o - x) <= 2))).length;
    return apart(below, above) >= 2 && apart(above, below) >= 2;
  });
  if (cuts.length === 0) return [c];
  const parts: { hs: Segment[]; vs: Segment[] }[] = [];
  const bounds = [-Infinity, ...cuts, Infinity];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [lo, hi] = [bounds[k] as number, bounds[k + 1] as number];
    const hs = c.hs.filter((h) => h.at >= lo - 1 && h.at <= hi + 1);
    const vs = c.vs.filter((v) => v.to > lo + 2 && v.from < hi - 2).map((v) => ({ at: v.at, from: Math.max(v.from, lo), to: Math.min(v.to, hi) }));
    if (vs.length >= 2 && hs.length >= 1) parts.push({ hs, vs });
  }
  return parts;
}

/** Two rule lines' joints (column edges) at the same places, within a couple of points. */
function sameJoints(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, k) => Math.abs(x - (b[k] as number)) <= 2);
}

function unique(values: number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) if (out.length === 0 || v - (out[out.length - 1] as number) > SNAP) out.push(v);
  return out;
}

/** The box a set of rules spans: from its first vertical rule to its last, and top to bottom. */
function extentOf(hs: readonly Segment[], vs: readonly Segment[]): Box {
  return {
    x0: Math.min(...vs.map((v) => v.at)),
    x1: Math.max(...vs.map((v) => v.at)),
    y0: Math.min(...vs.map((v) => v.from), ...hs.map((h) => h.at)),
    y1: Math.max(...vs.map((v) => v.to), ...hs.map((h) => h.at)),
  };
}

/** Segments by the rule line they lie on (one position within SNAP), not yet joined along it. */
function byPosition(segments: readonly Segment[]): Map<number, Segment[]> {
  const lines = new Map<number, Segment[]>();
  for (const s of segments) {
    const key = [...lines.keys()].find((k) => Math.abs(k - s.at) <= SNAP) ?? s.at;
    lines.set(key, [...(lines.get(key) ?? []), s]);
  }
  return lines;
}

/** The grid of rows and cells the rules make (`ruled`: the rules across that the page draws, not those read from fills or text). */
function gridOf(hs: Segment[], vs: Segment[], ruled: readonly Segment[] = hs): Grid {
  const box = extentOf(hs, vs);
  const ys = unique(hs.map((h) => h.at)).reverse();
  const bottomRule = ys[ys.length - 1] ?? box.y0;
  const openBottom = bottomRule - box.y0 > 3;
  if (openBottom) ys.push(box.y0);
  const topRule = ys[0] ?? box.y1;
  const closedTop = !(box.y1 - topRule > 3);
  if (!closedTop) ys.unshift(box.y1);
  const rows: GridRow[] = [];
  for (let i = 0; i + 1 < ys.length; i++) {
    const top = ys[i] as number;
    const bottom = ys[i + 1] as number;
    if (top - bottom < 2) continue;
    const crossing = vs.filter((v) => v.from <= bottom + 2 && v.to >= top - 2 && v.to - v.from >= (top - bottom) * 0.5);
    const xs = unique(crossing.map((v) => v.at));
    const cells: GridCell[] = [];
    for (let j = 0; j + 1 < xs.length; j++) cells.push({ box: { x0: xs[j] as number, x1: xs[j + 1] as number, y0: bottom, y1: top }, runs: [] });
    if (cells.length > 0) rows.push({ box: { x0: xs[0] as number, x1: xs[xs.length - 1] as number, y0: bottom, y1: top }, cells });
  }
  markSpanned(rows, ruled);
  return { box, rows, openBottom, closedTop };
}

/**
 * Cells that the cell above spans (`rowspan`, a theme over its actions): the rule over the row
 * runs over some of its cells and not over this one, which stands under a cell of its columns.
 */
function markSpanned(rows: readonly GridRow[], hs: readonly Segment[]): void {
  for (const [i, row] of rows.entries()) {
    const above = rows[i - 1];
    if (!above) continue;
    const top = row.box.y1;
    const over = hs.filter((h) => Math.abs(h.at - top) <= SNAP);
    const ruled = (c: GridCell): boolean => over.some((h) => h.from <= c.box.x0 + 2 && h.to >= c.box.x1 - 2);
    const open = row.cells.filter((c) => !ruled(c));
    if (open.length === 0 || open.length === row.cells.length) continue;
    for (const cell of open) {
      if (above.cells.some((c) => sameColumn(c, cell))) cell.spanned = true;
    }
  }
}

/** Do two cells stand in one column: their left and right edges within 2 pt? */
export function sameColumn(a: GridCell, b: GridCell): boolean {
  return Math.abs(a.box.x0 - b.box.x0) <= 2 && Math.abs(a.box.x1 - b.box.x1) <= 2;
}

/** The text of cells that the cell above spans goes to that cell (the rest of a theme's text, see markSpanned). */
function mergeSpanned(grid: Grid): void {
  // (Top down, per column, the cell that spans the ones under it: the last one not spanned.)
  const anchors: GridCell[] = [];
  for (const row of grid.rows) {
    for (const cell of row.cells) {
      const k = anchors.findIndex((a) => sameColumn(a, cell));
      if (!cell.spanned) {
        if (k >= 0) anchors[k] = cell;
        else anchors.push(cell);
        continue;
      }
      // (It opens with its text: not a band between two tables, nor an empty cell.)
      const over = anchors[k];
      if (!over || !over.runs.some((r) => r.text.trim() !== '')) continue;
      over.runs.push(...cell.runs);
      cell.runs = [];
    }
  }
}

/**
 * Column edges that a table drawn with rules under its rows only still shows: each cell draws its
 * own bottom border, so a rule line is made of segments that meet where the cells meet. For every
 * rule line with such joints, vertical edges are made at the joints (and at both ends) up to the
 * rule line above — or, for the top one, up over the row of text or the header band above it.
 * Where real vertical rules stand, these coincide with them and merge away.
 */
/**
 * Whether a run opens well inside a column (past any cell padding) and runs on across the next
 * column's start by more than a letter: no cell's text does that, so it is not laid in these columns.
 */
function crossesFrom(run: TextRun, starts: readonly number[]): boolean {
  const k = starts.findLastIndex((c) => run.x >= c);
  const next = starts[k + 1];
  return k >= 0 && next !== undefined && run.x - (starts[k] as number) > 14 && run.x + run.width > next + run.size;
}

function jointVerticals(rawHs: Segment[], realVs: Segment[], fills: readonly Box[], runs: readonly TextRun[]): Segment[] {
  const lines = byPosition(rawHs);
  const ys = [...lines.keys()].sort((a, b) => b - a);
  const extent = (y: number): [number, number] => {
    const segments = lines.get(y) ?? [];
    return [Math.min(...segments.map((s) => s.from)), Math.max(...segments.map((s) => s.to))];
  };
  const jointsOf = (y: number): number[] => {
    const segments = (lines.get(y) ?? []).sort((a, b) => a.from - b.from);
    const joints: number[] = [];
    for (let k = 1; k < segments.length; k++) {
      const prev = segments[k - 1] as Segment;
      const cur = segments[k] as Segment;
      if (Math.abs(cur.from - prev.to) <= 2) joints.push((cur.from + prev.to) / 2);
    }
    return joints;
  };
  // Two rule lines of one width belong to one table unless larger type stands between them (a
  // heading between two tables whose rules stand above their rows).
  const sameTable = (upper: number, lower: number, left: number, right: number): boolean => {
    const [l, r] = extent(lower);
    const [ul, ur] = extent(upper);
    if (Math.abs(l - left) > 3 || Math.abs(r - right) > 3 || Math.abs(ul - left) > 3 || Math.abs(ur - right) > 3) return false;
    const between = runs.filter((run) => run.y > lower && run.y < upper && run.x >= left - 2 && run.x <= right && run.text.trim() !== '');
    if (between.length === 0) return true;
    const sizes = between.map((run) => run.size).sort((a, b) => a - b);
    const typical = sizes[Math.floor(sizes.length / 2)] as number;
    return !between.some((run) => run.size > typical * 1.15 && run.size > (sizes[0] as number) * 1.3);
  };
  const out: Segment[] = [];
  ys.forEach((y, i) => {
    const joints = jointsOf(y);
    if (joints.length === 0) return;
    const [left, right] = extent(y);
    // A line that drawn vertical rules meet is part of a drawn grid: nothing to make up.
    if (realVs.some((v) => touches({ at: y, from: left, to: right }, v))) return;
    // The rule line above in the same table: the nearest one that spans the same width. Lines
    // without joints (an underlined link, a footnote separator) are passed over; a jointed line of
    // another width belongs to another table and ends the search.
    let top: number | null = null;
    for (let k = i - 1; k >= 0; k--) {
      const above = ys[k] as number;
      const [aboveLeft, aboveRight] = extent(above);
      if (Math.abs(aboveLeft - left) <= 3 && Math.abs(aboveRight - right) <= 3) {
        if (sameTable(above, y, left, right)) top = above;
        break;
      }
      if (jointsOf(above).length > 0) break;
    }
    // Two stacked tables of one width with other columns, whose rules stand above their rows: the
    // row between the upper table's last rule and the lower table's first is the upper table's last
    // row, in the columns of the rule above it. Its text says which: it starts just inside the
    // columns of one rule line or of the other.
    // (A band that names columns is the lower table's header, ruled under it: its rule is this one.)
    const bandRuns = top === null ? [] : runs.filter((r) => r.y > y && r.y < (top as number) && r.x >= left - 2 && r.x <= right && r.text.trim() !== '');
    if (top !== null && !sameJoints(jointsOf(top), joints) && !namesHeaderAmong(bandRuns.map((r) => r.text.trim()))) {
      const band = bandRuns;
      // How many of its texts start just inside a column, and how far inside in all (closer is better).
      const fits = (starts: number[]): [number, number] => {
        const offsets = band.map((r) => Math.min(...starts.map((c) => r.x - c).filter((d) => d >= 0.5 && d <= 14))).filter(Number.isFinite);
        return [offsets.length, offsets.reduce((a, b) => a + b, 0)];
      };
      const [upperStarts, lowerStarts] = [[left, ...jointsOf(top)], [left, ...joints]];
      const [upper, lower] = [fits(upperStarts), fits(lowerStarts)];
      // First, though: text that runs on across a column's start by more than a letter is not laid
      // in those columns (a piece that does so in both, a note set across the page, says nothing).
      const across = (r: TextRun, starts: readonly number[]): boolean => starts.some((c) => r.x < c - 1 && r.x + r.width > c + r.size);
      const telling = band.filter((r) => !across(r, upperStarts) || !across(r, lowerStarts));
      const [upperAcross, lowerAcross] = [upperStarts, lowerStarts].map((starts) => telling.filter((r) => across(r, starts)).length) as [number, number];
      if (upperAcross < lowerAcross || (upperAcross === lowerAcross && (upper[0] > lower[0] || (upper[0] === lower[0] && upper[1] < lower[1])))) {
        for (const x of [left, ...jointsOf(top), right]) out.push({ at: x, from: y, to: top });
        return;
      }
    }
    if (top === null) {
      // The top rule line: the row above it is the header band, or the line of text above it.
      // (A band is as tall as a line of text at least: not the dots that draw a dotted rule, each a
      // fill half a point square, nor a rule drawn as a fill.)
      const band = fills.filter((f) => Math.abs(f.y0 - y) <= 2 && f.x0 >= left - 2 && f.x1 <= right + 2 && f.y1 - f.y0 >= 3);
      // Only text of the table's own type: a heading set just above a table whose rules stand
      // above its rows is not a row of it.
      const under = runs.filter((r) => r.y < y && y - r.y < r.size * 2.5 && r.x >= left - 2 && r.x <= right);
      const tableSize = under.length > 0 ? Math.max(...under.map((r) => r.size)) : Infinity;
      // And text set inside a cell (after its padding): a caption or paragraph above a table whose
      // rules stand above its rows starts at the margin the table starts at.
      const starts = [left, ...joints];
      // Lines whose first text stands inside a cell: a line that opens at the table's margin (a
      // footnote, a paragraph) is not a row, though its later words stand inside.
      const lines = buildLines(runs.filter((r) => r.y > y && r.x >= left - 2 && r.x <= right && r.text.trim() !== ''));
      // (Inside a column after the first, an item of a list in a cell is indented further.)
      const inCell = (r: TextRun, pad: number): boolean => {
        const x = lines.find((l) => Math.abs(l.y - r.y) <= r.size * 0.6)?.x0 ?? r.x;
        return starts.some((c) => x - c >= 0.8 && x - c <= (c === left ? pad : Math.max(pad, r.size * 2.5)));
      };
      // (Or labels that name the columns, wherever they stand in their cells: centred, they start
      // well inside them. Their lines follow each other up from the rule; a caption or paragraph
      // above them opens at the table's margin.)
      const labelLines: TextRun[][] = [];
      for (const l of byBaseline(runs.filter((r) => r.y > y && r.y - y < r.size * 6 && r.x >= left - 2 && r.x <= right && r.size <= tableSize * 1.15 && r.text.trim() !== '')).sort((a, b) => (a[0] as TextRun).y - (b[0] as TextRun).y)) {
        const first = l.reduce((a, b) => (b.x < a.x ? b : a));
        const below = labelLines.length > 0 ? ((labelLines[labelLines.length - 1] as TextRun[])[0] as TextRun).y : y;
        if (first.y - below > first.size * (labelLines.length === 0 ? 2 : 1.6) || first.x - left < 0.8) break;
        labelLines.push(l);
      }
      const labels = namesHeader(labelLines.flatMap((l) => pieceTexts(l)));
      const text = labels ? labelLines.flat() : runs.filter((r) => r.y > y && r.y - y < r.size * 2 && r.x >= left - 2 && r.x <= right && r.size <= tableSize * 1.15 && inCell(r, 10));
      const bandTop = band.length > 0 ? Math.max(...band.map((f) => f.y1)) : null;
      // The row goes up as far as its lines follow each other (a tall first row: the rest of a row
      // the page cut, at the top of a page).
      let reach = text.length > 0 ? Math.max(...text.map((r) => r.y)) : null;
      if (reach !== null) {
        const inCells = runs.filter((r) => r.y > (reach as number) && r.x >= left - 2 && r.x <= right && r.size <= tableSize * 1.15 && inCell(r, 14)).sort((a, b) => a.y - b.y);
        for (const r of inCells) {
          if (r.y - (reach as number) > r.size * 2) break;
          reach = Math.max(reach as number, r.y);
        }
      }
      const above = reach === null ? [] : runs.filter((r) => r.y > y && r.y <= (reach as number) + 0.5 && r.x >= left - 2 && r.x <= right);
      // (Text there that opens well inside a column and runs on across its edge stands in other
      // columns: the rest of another table's row, which the page cut, over this table's first rule.)
      const foreign = !labels && bandTop === null && above.some((r) => r.text.trim() !== '' && crossesFrom(r, starts));
      const textTop = above.length > 0 ? Math.max(...above.map((r) => r.y + r.size)) + 2 : null;
      // (A header band right over that row, whose cells draw no border of their own, is the
      // table's too: its labels name the columns.)
      // (Or over the row's own band, a zebra row's: the header band right on it.)
      const rowTop = bandTop ?? textTop;
      const header = rowTop === null ? undefined : bands(fills).find((b) => {
        if (b.x0 > left + 3 || b.x1 < right - 3 || b.y0 < rowTop - 4 || b.y0 > rowTop + 6) return false;
        return bandNamesColumns(b, runs, left, right);
      });
      top = foreign ? null : (header?.y1 ?? bandTop ?? textTop);
    }
    if (top !== null) for (const x of [left, ...joints, right]) out.push({ at: x, from: y, to: top });
    // The bottom rule line of its table, with text right below it: a row the page end cut, whose
    // rest is the first row on the next page. Its edges go down over that text (an open bottom).
    const below = ys.slice(i + 1).find((b) => {
      const [l, r] = extent(b);
      return Math.abs(l - left) <= 3 && Math.abs(r - right) <= 3;
    });
    if (below !== undefined && sameTable(y, below, left, right)) return;
    // (Nor where the text under it, down to a rule line jointed at other columns, names columns:
    // the header of another table ruled under its rows, not a row the page end cut.)
    const next = ys.slice(i + 1).find((b) => jointsOf(b).length > 0 && extent(b)[0] < right - 12 && extent(b)[1] > left + 12);
    if (next !== undefined && !sameJoints(jointsOf(next), joints)) {
      const between = runs.filter((r) => r.y < y && r.y > next && r.x >= left - 2 && r.x <= right && r.text.trim() !== '');
      if (namesHeaderAmong(byBaseline(between).flatMap((l) => pieceTexts(l)))) return;
    }
    let bottom: number | null = null;
    let edge = y;
    let size: number | null = null;
    const columnStarts = [left, ...joints];
    const under = runs.filter((r) => r.y < y && r.x >= left - 2 && r.x <= right).sort((a, b) => b.y - a.y);
    // Or its first line stands apart in two columns or more, each piece just inside its column
    // (a row laid out in the columns, however far the cell padding sets it down; a paragraph or a
    // note after the table is one piece across them).
    const lead = under.find((r) => r.text.trim() !== '');
    const firstLine = lead ? under.filter((r) => Math.abs(r.y - lead.y) <= r.size * 0.4) : [];
    const inColumns = chunks(firstLine).map((piece) => columnStarts.findIndex((c) => (piece[0] as TextRun).x - c >= 0.5 && (piece[0] as TextRun).x - c <= 14));
    const laidOut = lead !== undefined && inColumns.length >= 2 && inColumns.every((k) => k >= 0) && new Set(inColumns).size === inColumns.length && y - (lead.y + lead.size) <= lead.size * 1.5;
    // The table's own type: that of the row right over the rule — its largest (a header set in
    // small capitals is mostly letters a quarter smaller than its capitals and the rows' type).
    const over = runs.filter((r) => r.y > y && r.y - y < r.size * 4 && r.x >= left - 2 && r.x <= right && r.text.trim() !== '').map((r) => r.size);
    const own = over.length > 0 ? Math.max(...over) : null;
    // (A footnote right under the table, its raised number at the margin, is the page's.)
    const footnote = opensWithNoteNumber(byBaseline(under)[0] ?? []);
    for (const run of footnote ? [] : under) {
      const first = bottom === null;
      // Larger type below (the next section's heading, right under the table) is not the row's text.
      if ((size !== null && run.size > size * 1.15) || (first && own !== null && run.size > own * 1.3)) break;
      size ??= run.size;
      // A cut row's text starts right under the rule, in a column: in the first just after the
      // cell padding (not at the margin, where a note under the table starts) and close under the
      // rule, since a paragraph or footnote after the table starts at that margin too (further
      // down); in a later column anywhere (indented text too), within a line's height, since
      // nothing after a table starts there.
      const column = columnStarts.findIndex((c, k) => run.x - c >= -1 && run.x < (columnStarts[k + 1] ?? right));
      const gap = y - (run.y + run.size);
      const cut = laidOut || (column === 0 ? run.x - left >= 0.8 && run.x - left <= 8 && gap <= run.size * 0.6 : column > 0 && gap <= run.size);
      if (first && !cut) break;
      // (Down as far as its lines follow each other; in a later column, over a paragraph's space
      // too — a cell's list under its topic: nothing after a table starts there.)
      if (edge - (run.y + run.size) > run.size * (column > 0 ? 2.5 : 1.2)) break;
      bottom = run.y - run.size * 0.3;
      edge = Math.min(edge, run.y);
    }
    if (bottom !== null) for (const x of [left, ...joints, right]) out.push({ at: x, from: bottom, to: y });
  });
  return out;
}

/**
 * Row edges that a table drawn with vertical rules only still shows: each cell draws its own side
 * borders, so a vertical rule line is made of segments that meet where the rows meet. Where two or
 * more vertical lines have such a joint at one height and no horizontal rule is drawn there, a
 * horizontal edge is made from the first of them to the last. Where horizontal rules stand, these
 * coincide with them and merge away. Two such tables stacked with no space between them, columns
 * apart but for one rule line they share, meet at one joint of that line only: there the rules of
 * both that end or begin at that height count too (the upper table's last row ends there, the
 * lower one's header begins).
 */
function jointHorizontals(realVs: Segment[], rawHs: Segment[]): Segment[] {
  const joints: { y: number; x: number }[] = [];
  // (Where segments longer than a joint's play end or begin, by height: see above.)
  const ends: { y: number; x: number }[] = [];
  for (const [x, segments] of byPosition(realVs)) {
    const sorted = [...segments].sort((a, b) => a.from - b.from);
    for (let k = 1; k < sorted.length; k++) {
      const lower = sorted[k - 1] as Segment;
      const upper = sorted[k] as Segment;
      // Segments that meet (or overlap by a border's width), each longer than a joint's play.
      if (Math.abs(upper.from - lower.to) <= 2 && lower.to - lower.from > 4 && upper.to - upper.from > 4) joints.push({ y: (upper.from + lower.to) / 2, x });
    }
    for (const s of sorted) if (s.to - s.from > 4) ends.push({ y: s.from, x }, { y: s.to, x });
  }
  const out: Segment[] = [];
  joints.sort((a, b) => a.y - b.y);
  ends.sort((a, b) => a.y - b.y);
  let e = 0;
  for (let i = 0; i < joints.length; ) {
    let j = i;
    while (j < joints.length && (joints[j] as { y: number }).y - (joints[i] as { y: number }).y <= 2) j++;
    const xs = joints.slice(i, j).map((p) => p.x);
    const y = (joints[i] as { y: number }).y;
    i = j;
    // (Heights only grow: the ends below this joint are passed once.)
    while (e < ends.length && (ends[e] as { y: number }).y < y - 2) e++;
    if (new Set(xs.map((x) => Math.round(x / SNAP))).size < 2) {
      for (let k = e; k < ends.length && (ends[k] as { y: number }).y <= y + 2; k++) xs.push((ends[k] as { x: number }).x);
    }
    if (new Set(xs.map((x) => Math.round(x / SNAP))).size < 2) continue;
    const from = Math.min(...xs);
    const to = Math.max(...xs);
    const drawn = rawHs.filter((h) => Math.abs(h.at - y) <= 2).reduce((sum, h) => sum + Math.max(0, Math.min(h.to, to) - Math.max(h.from, from)), 0);
    if (drawn >= (to - from) * 0.9) continue;
    out.push({ at: y, from, to });
  }
  return out;
}

/**
 * A table drawn with rules between its columns but none at its outer sides (each cell draws its
 * right border, the last one's too, or only the inner ones): the rules under its rows still reach
 * out to the table's edge. Where two or more of them reach out alike past the outermost vertical
 * rule, an edge is made there, over the grid's height, so that the first (or last) column is a
 * column and not text beside the table.
 */
function openSides(hs: Segment[], vs: Segment[], runs: readonly TextRun[], pageVs: readonly Segment[], fills: readonly Box[] = []): Segment[] {
  if (vs.length === 0) return [];
  const { x0: left, x1: right, y0: from, y1: to } = extentOf(hs, vs);
  const out: Segment[] = [];
  const side = (ends: number[], beyond: (x: number) => boolean): void => {
    const past = ends.filter(beyond).sort((a, b) => a - b);
    if (past.length === 0) return;
    const edge = past[Math.floor(past.length / 2)] as number;
    if (past.filter((x) => Math.abs(x - edge) <= 3).length * 2 >= past.length) out.push({ at: edge, from, to });
  };
  // (As far out as a column is wide at the least: a rule that overshoots its table does not count.)
  side(hs.map((h) => h.from), (x) => x < left - 12);
  side(hs.map((h) => h.to), (x) => x > right + 12);
  // (Text beside the table that other vertical rules enclose is in a box of its own: cells set
  // apart, `border-spacing`.)
  const others = pageVs.filter((v) => !vs.includes(v) && v.to > from + 2 && v.from < to - 2);
  const box = { x0: left, x1: right, y0: from, y1: to };
  if (!out.some((e) => e.at < left)) out.push(...textSide(runs, box, -1, others));
  if (!out.some((e) => e.at > right)) out.push(...textSide(runs, box, 1, others));
  if (!out.some((e) => e.at < left)) out.push(...filledSide(fills, box, -1));
  if (!out.some((e) => e.at > right)) out.push(...filledSide(fills, box, 1));
  return out;
}

/**
 * The outer edge of a column that neither a rule nor its text shows (a page where the first
 * column holds nothing under its label): a shaded cell of the table's own height range that meets
 * the outermost vertical rule and reaches a column's width past it (the header band's first cell)
 * is that column's; its far side is the table's edge.
 */
function filledSide(fills: readonly Box[], box: Box, direction: -1 | 1): Segment[] {
  const rule = direction < 0 ? box.x0 : box.x1;
  const cells = fills.filter(
    (f) => f.y0 >= box.y0 - 2 && f.y1 <= box.y1 + 2 && (direction < 0 ? Math.abs(f.x1 - rule) <= 2 && f.x0 < rule - 12 : Math.abs(f.x0 - rule) <= 2 && f.x1 > rule + 12),
  );
  if (cells.length === 0) return [];
  const edge = direction < 0 ? Math.min(...cells.map((f) => f.x0)) : Math.max(...cells.map((f) => f.x1));
  return [{ at: edge, from: box.y0, to: box.y1 }];
}

/**
 * The outer edge of a column that no rule shows (rules only between columns, none under rows to
 * reach out): the lines of text set beside the outermost vertical rule, within the table's height,
 * a cell's padding from it. Two baselines at least, none reaching over the rule, and the column's
 * nearest line as close to the rule as a padding (left-aligned text starts there after the rule
 * before it; the longest line of a column before the rule ends near it).
 */
function textSide(runs: readonly TextRun[], box: Box, direction: -1 | 1, others: readonly Segment[]): Segment[] {
  const rule = direction < 0 ? box.x0 : box.x1;
  const inside = runs.filter((r) => r.text.trim() !== '' && r.y + r.size * 0.3 > box.y0 + 2 && r.y + r.size * 0.3 < box.y1 - 2);
  const beside = inside.filter((r) => (direction < 0 ? r.x + r.width <= rule + 1 : r.x >= rule - 1));
  if (beside.length === 0) return [];
  // Text over the rule (a line the rule does not part) says the rule is no column edge here.
  if (inside.some((r) => r.x < rule - 1 && r.x + r.width > rule + 1)) return [];
  const size = Math.max(...beside.map((r) => r.size));
  const near = direction < 0 ? rule - Math.max(...beside.map((r) => r.x + r.width)) : Math.min(...beside.map((r) => r.x)) - rule;
  const baselines = unique(beside.map((r) => r.y));
  // Or, a column of short lines (row labels, amounts), standing on the baselines of the rows' text.
  const within = inside.filter((r) => r.x >= box.x0 - 1 && r.x + r.width <= box.x1 + 1);
  const shared = baselines.filter((y) => within.some((r) => Math.abs(r.y - y) <= 1)).length;
  // (Or a column's label: the table's first line names its columns, and the text beside it on that
  // baseline names one too — `Thema's & ambitie` left of `Acties zoals in NDS`, `Wie (tijd)` right
  // of the last rule —, over a column that may hold little or nothing on this page: the rest of a
  // theme that the page break carried over, short of the rule.)
  const top = Math.max(-Infinity, ...within.map((r) => r.y));
  const label = (r: TextRun): boolean => Math.abs(r.y - top) <= 1 && labelMeaningIn(r.text, false) !== null;
  const labelled = within.filter(label).length >= 2 && beside.some(label);
  if (baselines.length < 2 && !labelled) return [];
  if (near > size * 2 && !labelled && (shared < 2 || shared * 2 < baselines.length)) return [];
  const edge = direction < 0 ? Math.min(...beside.map((r) => r.x)) - 2 : Math.max(...beside.map((r) => r.x + r.width)) + 2;
  if (others.some((v) => (v.at - edge) * (rule - v.at) > 0)) return [];
  return [{ at: edge, from: box.y0, to: box.y1 }];
}

/**
 * Row edges that shading shows inside a table: the edges of a band of fills as wide as the table
 * (zebra rows) part the rows of a table ruled only under its header where no rule does. Only edges
 * inside the table: a shaded row at its top or foot says nothing of a row the page cut. A table
 * ruled under its rows is parted by its rules, save around a header band whose cells draw no
 * border of their own (its labels name the columns: a band of other text may be a note between
 * two tables).
 */
function bandEdges(hs: Segment[], vs: Segment[], fills: readonly Box[], runs: readonly TextRun[]): Segment[] {
  if (vs.length === 0) return [];
  const ruled = unique(hs.map((h) => h.at)).length > 1;
  const { x0, x1, y0, y1 } = extentOf(hs, vs);
  const out: Segment[] = [];
  for (const band of bands(fills)) {
    if (band.x0 > x0 + 3 || band.x1 < x1 - 3 || band.y0 >= y1 || band.y1 <= y0) continue;
    if (ruled) {
      if (!bandNamesColumns(band, runs, x0, x1)) continue;
    }
    for (const y of [band.y0, band.y1]) {
      if (y <= y0 + 2 || y >= y1 - 2 || [...hs, ...out].some((h) => Math.abs(h.at - y) <= 2)) continue;
      // (In a ruled table, only where text stands between the edge and the rule beyond it: the
      // band of a header ruled over it parts no empty sliver from the row above.)
      if (ruled) {
        const outward = y === band.y0 ? -1 : 1;
        const beyond = hs.map((h) => h.at).filter((at) => (at - y) * outward > 0);
        const rule = beyond.length > 0 ? (outward < 0 ? Math.max(...beyond) : Math.min(...beyond)) : outward < 0 ? y0 : y1;
        const between = runs.some((r) => r.text.trim() !== '' && r.x >= x0 - 2 && r.x <= x1 && (r.y - y) * outward > 0 && (r.y - rule) * outward < 0);
        if (!between) continue;
      }
      out.push({ at: y, from: x0, to: x1 });
    }
  }
  return out;
}

type RuleKind = 'header' | 'row' | 'bare' | 'top' | 'other';

/**
 * A page's horizontal rule lines (merged), each as a header rule (right under a row of labels that
 * names columns, with rows under it), a bare rule (nothing over it on the page, rows under it), a
 * table's top border (over a header's labels alone), a row rule (drawn cell by cell under other
 * text: a table ruled under its rows, or its bottom border) or neither.
 */
function ruleLines(hs: Segment[], runs: readonly TextRun[]): { line: Segment; kind: RuleKind }[] {
  const lines = merge(hs);
  // (Each line looks at the page's text: a page of more rule lines than any table draws, a pattern
  // or a drawing, is left as it is, so that this stays bounded.)
  if (lines.length > MAX_RULE_LINES) return lines.map((line) => ({ line, kind: 'other' }));
  const labelsAbove = (h: Segment): boolean => {
    // The lines right over the rule that follow each other up (a header on as many baselines as a
    // label in a narrow column wraps onto, `Ac-` / `ties` / `zoals` / `in` / `NDS`).
    const header: TextRun[][] = [];
    const above = byBaseline(runs.filter((r) => r.y > h.at && r.y - h.at < r.size * 12 && r.x >= h.from - 2 && r.x < h.to && r.text.trim() !== ''));
    for (const line of above.sort((p, q) => (p[0] as TextRun).y - (q[0] as TextRun).y)) {
      const y = (line[0] as TextRun).y;
      const below = header.length > 0 ? ((header[header.length - 1] as TextRun[])[0] as TextRun).y : h.at;
      if (header.length > LABEL_LINES_ABOVE || y - below > Math.max(...line.map((r) => r.size)) * (header.length === 0 ? 2.5 : 1.8)) break;
      header.push(line);
    }
    if (header.length === 0) return false;
    if (namesHeader(header.flatMap((l) => pieceTexts(l)))) return true;
    // (Or the rest of a header the page break cut, `ambitie` / `(Tijd)`: bold, a line or two over
    // the page's first rule, and nothing above it on the page.)
    const near = header.flat();
    const top = Math.max(...near.map((r) => r.y + r.size * 0.6));
    const first = !lines.some((o) => o.at > h.at + SNAP);
    // (Set no larger than the text under the rule: a heading over a table's top border is none.)
    const under = runs.filter((r) => r.y < h.at && r.x >= h.from - 2 && r.x < h.to && r.text.trim() !== '').sort((a, b) => b.y - a.y)[0];
    const small = under === undefined || near.every((r) => r.size <= under.size * 1.1);
    return first && small && header.length <= 2 && near.every((r) => r.bold) && !runs.some((r) => r.y > top && r.text.trim() !== '');
  };
  // (A header with one line of text under it, and none further below it, may as well be a table
  // ruled under its rows that the page cut: one line is one row either way, read as ruled. Under a
  // header at a page's foot nothing stands: the reader of unruled tables carries it on. Text more
  // than three sizes further down is the table's still where no rule stands between and one closes
  // it under that text, its bottom border: cells padded wide set one-line rows that far apart.)
  const oneLine = (h: Segment): boolean => {
    const below = runs.filter((r) => r.y < h.at && r.x >= h.from - 2 && r.x < h.to && r.text.trim() !== '').sort((a, b) => b.y - a.y);
    const across = (o: Segment): boolean => o.from < h.to && o.to > h.from;
    const sameBox = (y: number): boolean => !lines.some((o) => across(o) && o.at < h.at - SNAP && o.at > y) && lines.some((o) => across(o) && o.at < y);
    let last = h.at;
    const baselines: number[] = [];
    for (const r of below) {
      if (last - r.y > r.size * 3 && !sameBox(r.y)) break;
      if (!baselines.some((y) => Math.abs(y - r.y) <= r.size * 0.4)) baselines.push(r.y);
      last = r.y;
    }
    return baselines.length === 1;
  };
  const cellByCell = (h: Segment): boolean => hs.filter((s) => Math.abs(s.at - h.at) <= SNAP && s.from >= h.from - 2 && s.to <= h.to + 2).length >= 2;
  // (No text over it on the page, and rows under it: a rule the page break left at the top of a
  // page, the border of a header or row drawn again there. Over a header's labels alone it is the
  // top border of a table that starts the page.)
  const bare = (h: Segment): boolean => {
    const across = (r: TextRun): boolean => r.x < h.to && r.x + r.width > h.from && r.text.trim() !== '';
    if (runs.some((r) => r.y > h.at && across(r))) return false;
    const next = Math.max(-Infinity, ...lines.filter((o) => o.at < h.at - SNAP).map((o) => o.at));
    return runs.some((r) => r.y < h.at && r.y > next && across(r) && !r.bold);
  };
  const kinds = lines.map((line) => (labelsAbove(line) ? (oneLine(line) ? 'other' : 'header') : null));
  // (Over a header's labels alone, the next rule under it a header rule: the table's top border.)
  const top = (h: Segment): boolean => {
    const k = lines.reduce((best, o, i) => (o.at < h.at - SNAP && o.from < h.to && o.to > h.from && (best < 0 || o.at > (lines[best] as Segment).at) ? i : best), -1);
    if (k < 0 || kinds[k] !== 'header') return false;
    // (Right under a row's text, it is that row's rule: tables ruled under their rows may follow
    // each other. Text over a rule between, the bottom border of a table above, is not its row; nor
    // are footnotes alone between the two rules, each opening with the note's raised number: set
    // between two tables, under the bottom border of the one above.)
    const over = Math.min(Infinity, ...lines.filter((o) => o.at > h.at + SNAP && o.from < h.to && o.to > h.from).map((o) => o.at));
    const right = runs.filter((r) => r.y > h.at && r.y < over && r.y - h.at <= r.size * 1.5 && r.x < h.to && r.x + r.width > h.from && r.text.trim() !== '' && !r.bold);
    if (right.length > 0) {
      const between = byBaseline(runs.filter((r) => r.y > h.at && r.y < over && r.x < h.to && r.x + r.width > h.from && r.text.trim() !== ''));
      if (over === Infinity || !between.every(opensWithNoteNumber)) return false;
    }
    const between = runs.filter((r) => r.y < h.at && r.y > (lines[k] as Segment).at && r.x < h.to && r.x + r.width > h.from && r.text.trim() !== '');
    return between.length > 0 && between.every((r) => r.bold);
  };
  return lines.map((line, i) => {
    const kind = kinds[i];
    if (kind) return { line, kind };
    if (bare(line)) return { line, kind: 'bare' };
    if (top(line)) return { line, kind: 'top' };
    return { line, kind: cellByCell(line) ? 'row' : 'other' };
  });
}

/**
 * How many of a page's rule lines stand under headers, and how many are drawn cell by cell under
 * rows that name no columns (tables ruled under their rows).
 */
export function ruleCounts(rules: readonly Box[], runs: readonly TextRun[]): { header: number; row: number } {
  const hs = horizontals(rules);
  const lines = hs.length === 0 ? [] : ruleLines(hs, runs);
  // (A rule under rows parts two of them: another such rule follows under it. The last one under a
  // table, its bottom border, is drawn under tables that rule only their header too.)
  const below = (l: (typeof lines)[number]): (typeof lines)[number] | undefined =>
    lines.filter((o) => o.line.at < l.line.at - SNAP && o.line.from < l.line.to && o.line.to > l.line.from).sort((a, b) => b.line.at - a.line.at)[0];
  return { header: lines.filter((l) => l.kind === 'header').length, row: lines.filter((l) => l.kind === 'row' && below(l)?.kind === 'row').length };
}

/**
 * Rules under table headers only (`th { border-bottom }`): where every rule line of one width on the
 * page stands right under a row of labels that names columns, and no vertical rule meets them, the
 * tables have no ruled rows: they are read by their alignment, as tables with no rules are (the
 * rules stay marks for that reader). Made into a grid, the rows under such a rule would be one.
 * Not in a document whose tables are ruled under their rows (`rowRules`: more of its rule lines
 * under rows than under headers): there a page holding a header and one row the page cut has only
 * its header's rule.
 */
function headerRulesAside(hs: Segment[], vs: readonly Segment[], runs: readonly TextRun[], rowRules: boolean): Segment[] {
  if (rowRules) return hs;
  const lines = ruleLines(hs, runs);
  const sameWidth = (a: Segment, b: Segment): boolean => Math.abs(a.from - b.from) <= 3 && Math.abs(a.to - b.to) <= 3;
  // (A table's frame goes with them: its top border over the labels, a bare rule the page break
  // drew again at the top of a page, and one rule under the rest, its bottom border: rules under
  // rows part two rows at least.)
  const aside = lines.filter(({ line: h }) => {
    const same = lines.filter((o) => sameWidth(o.line, h));
    // Top to bottom: after each header (and above the first), one rule under rows at most.
    let since = 0;
    let framed = true;
    const sorted = [...same].sort((a, b) => b.line.at - a.line.at);
    // (A rule over a header's bold labels alone is that table's top border, though a caption's
    // line stands right over it, `Tabel 1: Generieke investeringen`, which ruleLines takes for a
    // row's: where prose across half the rule or more stands between it and the rule above, it
    // closes no row of the table above.)
    const overLabels = (k: number): boolean => {
      const o = sorted[k] as (typeof sorted)[number];
      const next = sorted[k + 1];
      if (next?.kind !== 'header') return false;
      const inside = (r: TextRun, from: number, to: number): boolean => r.y < from && r.y > to && r.x < o.line.to && r.x + r.width > o.line.from && r.text.trim() !== '';
      const between = runs.filter((r) => inside(r, o.line.at, next.line.at));
      const above = sorted[k - 1]?.line.at ?? Infinity;
      const prose = runs.some((r) => inside(r, above, o.line.at) && r.width >= (o.line.to - o.line.from) / 2);
      return prose && between.length > 0 && between.every((r) => r.bold);
    };
    for (const [k, o] of sorted.entries()) {
      if (o.kind === 'header' || o.kind === 'top' || overLabels(k)) since = 0;
      else if (o.kind !== 'bare' && ++since > 1) framed = false;
    }
    return !vs.some((v) => touches(h, v)) && same.some((o) => o.kind === 'header') && framed;
  });
  if (aside.length === 0) return hs;
  return hs.filter((h) => !aside.some(({ line: a }) => Math.abs(a.at - h.at) <= SNAP && h.from >= a.from - 2 && h.to <= a.to + 2));
}

/** Finds the ruled tables of a page and hands each text run to the cell it stands in. */
export function findGrids(rules: readonly Box[], runs: readonly TextRun[], fills: readonly Box[] = [], options: { rowRules?: boolean } = {}): { grids: Grid[]; rest: TextRun[]; rowEdges: Box[] } {
  const realVs = rules.filter((r) => r.x1 - r.x0 <= r.y1 - r.y0).map((r) => ({ at: (r.x0 + r.x1) / 2, from: r.y0, to: r.y1, width: r.x1 - r.x0 }));
  const drawnHs = headerRulesAside(
    horizontals(rules),
    realVs,
    runs,
    options.rowRules ?? false,
  );
  const rawHs = [...drawnHs, ...jointHorizontals(realVs, drawnHs)];
  const closed = closeBorderSpacing(rawHs, [...realVs, ...jointVerticals(rawHs, realVs, fills, runs)], runs);
  const hs = merge(closed.hs);
  const vs = merge(closed.vs);
  const drawnAt = [...drawnHs.map((d) => d.at), ...[...closed.joined].filter(([, pair]) => pair.every((p) => drawnHs.includes(p))).map(([mid]) => mid.at)];
  // Where the sides of a frame with no columns meet (a frame drawn row by row): rows' bounds for
  // the table inside it, read by its alignment.
  const rowEdges: Box[] = [];
  // (The rules across as drawn, not made from where upright ones meet: whether a cell spans rows.)
  const drawnMerged = merge([...drawnHs]);
  const drawnVs = merge([...realVs]);
  const grids = components(hs, vs)
    .flatMap((c) => unstacked(c, drawnVs))
    .map((c) => {
      const sides = [...c.vs, ...openSides(c.hs, c.vs, runs, vs, fills)];
      const grid = gridOf([...c.hs, ...bandEdges(c.hs, sides, fills, runs)], sides, drawnMerged);
      // (Two cells' facing sides a border's spacing apart, both drawn, are one rule drawn.)
      const drawn = (h: Segment): boolean => drawnAt.some((at) => Math.abs(at - h.at) <= SNAP);
      const drawnLines = unique(c.hs.filter(drawn).map((h) => h.at));
      if (drawnLines.length <= 2) grid.unruledRows = true;
      // A box around text (a table's outer frame only, a framed note) has no columns: its text is
      // read as the page's, and a table inside it by its alignment.
      if (!grid.rows.some((row) => row.cells.length > 1)) {
        for (const h of c.hs) if (!drawn(h)) rowEdges.push({ x0: grid.box.x0, x1: grid.box.x1, y0: h.at - 0.25, y1: h.at + 0.25 });
        return null;
      }
      return grid;
    })
    .filter((g): g is Grid => g !== null)
    .sort((a, b) => b.box.y1 - a.box.y1);
  const rest: TextRun[] = [];
  for (const run of runs) {
    const cx = runMid(run);
    const cy = runPlaceY(run);
    let placed = false;
    for (const grid of grids) {
      if (cx < grid.box.x0 || cx > grid.box.x1 || cy < grid.box.y0 || cy > grid.box.y1) continue;
      const row = grid.rows.find((r) => cy >= r.box.y0 && cy <= r.box.y1);
      const cell = row?.cells.find((c) => cx >= c.box.x0 && cx <= c.box.x1);
      if (cell) {
        cell.runs.push(run);
        placed = true;
      }
      break;
    }
    if (!placed) rest.push(run);
  }
  for (const grid of grids) mergeSpanned(grid);
  for (const grid of grids) for (const row of grid.rows) acrossCells(row, grid);
  // A frame of two rules with no column rule drawn, over lines that stand side by side in its
  // columns (a contents list: number, title, page), is no one row: its text is the page's; nor is
  // the text over one rule with none over it (a table's bottom border). (In a document that rules
  // its rows, one tall row the page cut between two rules, or over one, is.)
  const framedLines = (g: Grid): boolean => {
    if (options.rowRules || g.rows.length !== 1 || realVs.some((v) => v.at >= g.box.x0 - 2 && v.at <= g.box.x1 + 2 && v.to > g.box.y0 && v.from < g.box.y1)) return false;
    if (g.closedTop === false && !g.openBottom) return true;
    const baselines = (g.rows[0] as GridRow).cells.map((c) => new Set(c.runs.filter((r) => r.text.trim() !== '').map((r) => Math.round(r.y))));
    const filled = baselines.filter((b) => b.size >= 3);
    return filled.length >= 2 && [...(filled[0] as Set<number>)].filter((y) => filled.slice(1).some((b) => b.has(y))).length >= 3;
  };
  for (const g of grids.filter(framedLines)) {
    rest.push(...g.rows.flatMap((r) => r.cells.flatMap((c) => c.runs)));
    grids.splice(grids.indexOf(g), 1);
  }
  // (A grid of one row whose text opens with a note's raised number is a footnote that rules above
  // and below it boxed in, between two tables: the page's text, no table.)
  const tables: Grid[] = [];
  for (const table of grids.flatMap((g) => splitAtHeaders(g, rest))) {
    if (isNoteOnly(table)) rest.push(...table.rows.flatMap((r) => r.cells.flatMap((c) => c.runs)));
    else tables.push(table);
  }
  let above: Grid | null = null;
  for (const table of tables) {
    shedBelowText(table.rows[table.rows.length - 1] as GridRow, rest);
    const first = table.rows[0];
    // (The rest of the row of the table right above, which this one's header took from over its
    // labels, goes back to that table: the same as within one grid, see rowOverLabels. A table
    // whose header alone stands over the page's first rule, a row the page cut going on under it.)
    const upper = above?.rows[above.rows.length - 1];
    if (above && upper && first && Math.abs(above.box.y0 - table.box.y1) <= 2 && isHeaderRow(first)) {
      const row = rowOverLabels(first, above.rows);
      if (row) {
        above.rows.push(row);
        above.box = { ...above.box, y0: row.box.y0 };
        table.box = { ...table.box, y1: row.box.y0 };
      }
    }
    above = table;
    // A table's own header may reach up over a note set above it too (one the page break carried over).
    if (first && isHeaderRow(first)) shedAboveLabels(first, rest);
    if (first && table.rows[1] && isHeaderRow(first)) recutHeader(first, table.rows[1] as GridRow);
  }
  return { grids: tables, rest, rowEdges };
}

/** Each cell's label text as last read, with what it was read from (cells' runs change as tables are mended). */
const labels = new WeakMap<GridCell, { runs: TextRun[]; count: number; sum: number; label: Label }>();

/** A cell's text as a header label, and whether it is all in bold (from its first bold line on). */
interface Label {
  text: string;
  bold: boolean;
}

/**
 * A cell's text as a header label: from its first bold line on, when it has one (a header's labels
 * are set bold; lighter text above them is not theirs, see shedAboveLabels).
 */
function labelOf(cell: GridCell): Label {
  // (Read again only when the cell's runs changed: rows are asked whether they are a header often.)
  const sum = cell.runs.reduce((n, r) => n + r.x + r.y * 7 + r.text.length, 0);
  const known = labels.get(cell);
  if (known && known.runs === cell.runs && known.count === cell.runs.length && known.sum === sum) return known.label;
  const label = readLabel(cell);
  labels.set(cell, { runs: cell.runs, count: cell.runs.length, sum, label });
  return label;
}

function readLabel(cell: GridCell): Label {
  const lines = buildLines(cell.runs.filter((r) => r.text.trim() !== ''));
  const isBold = (l: (typeof lines)[number]): boolean => l.spans.every((s) => s.text.trim() === '' || s.bold);
  const firstBold = lines.findIndex(isBold);
  const text = lines
    .slice(Math.max(0, firstBold))
    .map((l) => l.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { text, bold: firstBold >= 0 && lines.slice(firstBold).every(isBold) };
}

/**
 * Does the row name its table's columns (a header row)? Its labels open with what a column holds —
 * or, in a row all in bold with three labels or more, with any words the extractors know for one
 * (`Maatregelen`, `Realisatie`, `Departement`; namesColumnsInBold).
 */
export function isHeaderRow(row: GridRow): boolean {
  const texts = row.cells.map((c) => labelOf(c).text);
  return namesHeader(texts) || namedInBold(row);
}

/** A row whose labels, three or more, are all in bold and name columns in any words the extractors know (namesColumnsInBold). */
export function namedInBold(row: GridRow): boolean {
  const filled = row.cells.map(labelOf).filter((l) => l.text !== '');
  return filled.length >= 3 && filled.every((l) => l.bold) && namesColumnsInBold(filled.map((l) => l.text));
}

/**
 * A header row cut by the columns of the table above it: with rules over the rows and none over
 * the header, the header's band lies between the upper table's last rule and its own table's
 * first, and the upper one's joints cut it (`Thema's & ambitie Acties zoals in NDS` in one cell).
 * Where the row under it starts more of the labels' texts at its cells' starts (within a cell's
 * padding) and cuts none of them, the header takes its columns.
 */
function recutHeader(header: GridRow, below: GridRow): void {
  // (By its texts as set: a narrow gutter may run two labels into one piece of a line.)
  const runs = header.cells.flatMap((c) => c.runs).filter((r) => r.text.trim() !== '');
  if (runs.length === 0) return;
  const size = Math.max(...runs.map((r) => r.size));
  const startsAt = (cells: readonly GridCell[]): number => runs.filter((r) => cells.some((c) => r.x >= c.box.x0 - 1 && r.x <= c.box.x0 + Math.max(6, size * 1.5))).length;
  const cuts = runs.some((r) => below.cells.some((c) => r.x < c.box.x1 - 2 && r.x + r.width > c.box.x1 + 2));
  if (cuts || startsAt(below.cells) <= startsAt(header.cells)) return;
  const inCell = (r: TextRun, c: GridCell): boolean => runMid(r) >= c.box.x0 && runMid(r) < c.box.x1;
  const all = header.cells.flatMap((h) => h.runs);
  // (Every run in one of the new cells: none is lost.)
  if (!all.every((r) => below.cells.some((c) => inCell(r, c)))) return;
  header.cells = below.cells.map((c) => ({ box: { ...c.box, y0: header.box.y0, y1: header.box.y1 }, runs: all.filter((r) => inCell(r, c)) }));
}

/**
 * The runs of a header row that name a column (or a year); where two or more of them are bold and
 * others not, the bold ones (a row's text under a band of labels may hold a label's word,
 * `vervolg op de klassikale`).
 */
function labelRuns(row: GridRow): TextRun[] {
  const runs = row.cells.flatMap((c) => c.runs).filter((r) => r.text.trim() !== '');
  const edition = namedInBold(row);
  const labels = runs.filter((r) => labelMeaningIn(r.text, edition && r.bold) !== null || YEAR_LABEL.test(r.text.trim()));
  const bold = labels.filter((r) => r.bold);
  return bold.length >= 2 ? bold : labels;
}

/**
 * The last row of the table above, which a header row took from over its labels: with rules over
 * the rows and none over the header (`td { border-top }` alone), the band from the upper table's
 * last rule down to the lower table's first holds both. The lines over the labels' first in other
 * type than theirs (see aboveLabels), from the top down while each stands within its cells (none
 * runs across a cell's edge), in the upper row's size and opening with no note's number, are a
 * row of the table above (`12) We initiëren …`; the rest of a row the page cut, under a header
 * repeated, `fundamentele rechten …`), taken out of the header row, where they fill two cells or
 * more or go on a sentence; or null (a note between the tables is the page's: see shedAboveLabels).
 */
function rowOverLabels(row: GridRow, upperRows: readonly GridRow[]): GridRow | null {
  // (In the upper table's columns: those of its row with the most cells, its last such. A header
  // read as a table of its own over the page's first rule has the band's cells from the lower one.)
  const upper = upperRows.reduce<GridRow | null>((best, r) => (best === null || r.cells.length >= best.cells.length ? r : best), null);
  const labels = labelRuns(row);
  const foreign = aboveLabels(row);
  const sizes = (upperRows[upperRows.length - 1]?.cells ?? []).flatMap((c) => c.runs).filter((r) => r.text.trim() !== '').map((r) => r.size);
  if (!upper || labels.length === 0 || foreign.size === 0 || sizes.length === 0) return null;
  const top = Math.max(...labels.map((r) => r.y));
  const size = [...sizes].sort((a, b) => a - b)[Math.floor(sizes.length / 2)] as number;
  const columns = upper.cells.map((c) => [c.box.x0, c.box.x1] as const);
  const columnOf = (r: TextRun): number => columns.findIndex(([x0, x1]) => runMid(r) >= x0 && runMid(r) < x1);
  // (The row's lines from the top down, up to the first that is none of its: a note under it.)
  const fits = (line: readonly TextRun[]): boolean =>
    !opensWithNoteNumber(line) &&
    line.every((r) => {
      const column = columns[columnOf(r)];
      return Math.abs(r.size - size) <= size * 0.05 && column !== undefined && r.x >= column[0] - 2 && r.x + r.width <= column[1] + 2;
    });
  const lines = byBaseline([...foreign]).sort((a, b) => (b[0] as TextRun).y - (a[0] as TextRun).y);
  const misfit = lines.findIndex((line) => !fits(line));
  const over = [...lines.slice(0, misfit < 0 ? lines.length : misfit).flat()];
  if (over.length === 0) return null;
  // (Text in two columns or more, or going on a sentence the page cut: a note between the tables
  // is one text of its own, `Let op: …`. `(burgerschaps)vaardigheden.` goes on as its letter does.)
  const filled = new Set(over.map(columnOf));
  const [first] = byBaseline(over);
  if (filled.size < 2 && !(first && goesOnMidSentence(fromFirstLetter(first.map((r) => r.text).join(' ').trim())))) return null;
  // (The row's text in the labels' type goes with it where it stands among the lines taken, over
  // the labels: a theme's bold title beside the row's first lines, `Digitale infrastructuur van`.)
  const highest = Math.max(...over.map((r) => r.y));
  const lowestOver = Math.min(...over.map((r) => r.y));
  const among = row.cells.flatMap((c) => c.runs).filter((r) => r.text.trim() !== '' && !foreign.has(r) && r.y > top + r.size * 0.5 && r.y <= highest + size * 0.5 && r.y >= lowestOver - size * 0.5);
  over.push(...byBaseline(among).filter(fits).flat());
  // (Parted halfway between the row's last line and the next line under it.)
  const taken = new Set(over);
  const lowest = Math.min(...over.map((r) => r.y));
  const next = Math.max(...row.cells.flatMap((c) => c.runs).filter((r) => !taken.has(r) && r.y < lowest).map((r) => r.y + r.size), top + Math.max(...labels.map((r) => r.size)));
  const at = (lowest + next) / 2;
  for (const c of row.cells) {
    c.runs = c.runs.filter((r) => !taken.has(r));
    c.box = { ...c.box, y1: at };
  }
  const y1 = row.box.y1;
  row.box = { ...row.box, y1: at };
  const cells = columns.map(([x0, x1], k) => ({ box: { x0, x1, y0: at, y1 }, runs: over.filter((r) => columnOf(r) === k) }));
  return { box: { x0: columns[0]?.[0] ?? row.box.x0, x1: columns[columns.length - 1]?.[1] ?? row.box.x1, y0: at, y1 }, cells };
}

/**
 * Text a header row took from above its labels: the row reaches up to the rule of the table above,
 * so a line set between the two tables (a footnote) falls in it. Lines above the header's first
 * line of labels, in other type than the labels (lighter, upright, smaller or larger), go back to
 * the page's text (`rest`).
 */
function shedAboveLabels(row: GridRow, rest: TextRun[]): void {
  const foreign = aboveLabels(row);
  for (const cell of row.cells) {
    const shed = cell.runs.filter((r) => foreign.has(r));
    if (shed.length === 0) continue;
    cell.runs = cell.runs.filter((r) => !foreign.has(r));
    rest.push(...shed);
  }
}

/**
 * The runs of a header row over its labels' first line in other type than the labels: lighter
 * over bold ones, upright over labels set in italics, or larger — a note in the body's notes' size
 * over labels set smaller still, in a table's type — or smaller.
 */
function aboveLabels(row: GridRow): Set<TextRun> {
  const labels = labelRuns(row);
  if (labels.length === 0) return new Set();
  const top = Math.max(...labels.map((r) => r.y));
  const bold = labels.every((r) => r.bold);
  const italic = labels.every((r) => r.italic);
  const size = Math.min(...labels.map((r) => r.size));
  const largest = Math.max(...labels.map((r) => r.size));
  const foreign = (r: TextRun): boolean => r.y > top + r.size * 0.5 && ((bold && !r.bold) || (italic && !r.italic) || r.size < size * 0.95 || r.size > largest * 1.05);
  return new Set(row.cells.flatMap((c) => c.runs).filter((r) => r.text.trim() !== '' && foreign(r)));
}

/**
 * Text the last row of a table took from below its own: with rules above the rows, the last row
 * reaches down to the rule of the table below (or the page's foot), so a note set between them
 * falls in it. Lines at the bottom of the row that run across a column edge, standing apart from
 * the row's text by more than its line pitch, go back to the page's text (`rest`), and so does a
 * footnote there however close it stands.
 */
function shedBelowText(row: GridRow, rest: TextRun[]): void {
  const placed = row.cells.flatMap((cell) => cell.runs.filter((r) => r.text.trim() !== '').map((run) => ({ run, cell })));
  const baselines: { y: number; items: typeof placed }[] = [];
  for (const item of [...placed].sort((a, b) => b.run.y - a.run.y)) {
    const last = baselines[baselines.length - 1];
    if (last && last.y - item.run.y <= item.run.size * 0.6) last.items.push(item);
    else baselines.push({ y: item.run.y, items: [item] });
  }
  type Baseline = (typeof baselines)[number];
  const crosses = (line: Baseline): boolean => line.items.some(({ run, cell }) => run.x + run.width > cell.box.x1 + 2);
  // (A footnote opens at the table's very edge with its raised number, where no cell sets its text:
  // it is the page's however close under the row it stands.)
  const note = (line: Baseline): boolean => {
    const runs = line.items.map((i) => i.run);
    return opensWithNoteNumber(runs) && Math.min(...runs.map((r) => r.x)) <= row.box.x0 + 1.5;
  };
  const atEdge = (line: Baseline): boolean => Math.min(...line.items.map((i) => i.run.x)) <= row.box.x0 + 1.5;
  let from = baselines.length;
  while (from > 1 && (crosses(baselines[from - 1] as Baseline) || note(baselines[from - 1] as Baseline))) from--;
  // (Or a footnote whose lines after its first open at the table's very edge too, where no cell
  // sets its text: they go with it.)
  if (from === baselines.length) {
    let up = baselines.length;
    while (up > 1 && atEdge(baselines[up - 1] as Baseline) && !note(baselines[up - 1] as Baseline)) up--;
    if (up < baselines.length && up > 1 && note(baselines[up - 1] as Baseline)) from = up - 1;
  }
  if (from === baselines.length || from === 0) return;
  const gaps = baselines.slice(1, from).map((b, k) => (baselines[k] as Baseline).y - b.y);
  const pitch = gaps.length > 0 ? [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)] as number : Infinity;
  if (!note(baselines[from] as Baseline) && (baselines[from - 1] as Baseline).y - (baselines[from] as Baseline).y <= pitch * 1.5) return;
  const shed = new Set(baselines.slice(from).flatMap((b) => b.items.map((i) => i.run)));
  for (const cell of row.cells) cell.runs = cell.runs.filter((r) => !shed.has(r));
  rest.push(...shed);
}

/** A grid of one row whose first line opens with a note's number (see opensWithNoteNumber). */
function isNoteOnly(grid: Grid): boolean {
  if (grid.rows.length !== 1) return false;
  const [first] = byBaseline((grid.rows[0] as GridRow).cells.flatMap((c) => c.runs));
  return first !== undefined && opensWithNoteNumber(first);
}

/**
 * Whether a row's text opens with a note's raised number and runs across the edges of the cells it
 * stands in: a note set between two tables, not a cell's text.
 */
function noteAcross(row: GridRow): boolean {
  const [first] = byBaseline(row.cells.flatMap((c) => c.runs).filter((r) => r.text.trim() !== ''));
  return first !== undefined && opensWithNoteNumber(first) && row.cells.some((c) => c.runs.some((r) => r.text.trim() !== '' && r.x + r.width > c.box.x1 + 2));
}

/**
 * Whether every line of a row opens at its table's left edge while the table's other rows open
 * inside it (after their cells' padding): the row is no cells' text.
 */
function atMargin(row: GridRow, grid: Grid): boolean {
  const firstOf = (r: GridRow): number[] =>
    byBaseline(r.cells.flatMap((c) => c.runs).filter((run) => run.text.trim() !== '')).map((line) => Math.min(...line.map((run) => run.x)));
  const own = firstOf(row);
  if (own.length === 0 || own.some((x) => Math.abs(x - grid.box.x0) > 0.8)) return false;
  const others = grid.rows.filter((r) => r !== row).flatMap(firstOf);
  return others.length > 0 && others.filter((x) => x - grid.box.x0 >= 0.8).length * 2 > others.length;
}

/**
 * A row below a grid's first that names columns (a header: `Thema's & ambitie`, `Wie (Tijd)`, or
 * years) starts another table. Tables of one width stacked on a page, drawn with rules under their
 * rows only, make one connected set of rules; their headers tell them apart.
 */
function splitAtHeaders(grid: Grid, rest: TextRun[]): Grid[] {
  let starts = grid.rows.flatMap((row, i) => (i > 0 && isHeaderRow(row) ? [i] : []));
  if (starts.length === 0) return [grid];
  // (The last row of the table above, which a header row took from over its labels, goes back
  // above it: see rowOverLabels.)
  const moved = new Map<number, GridRow>();
  for (const i of starts) {
    const row = rowOverLabels(grid.rows[i] as GridRow, grid.rows.slice(starts.filter((k) => k < i).pop() ?? 0, i));
    if (row) moved.set(i, row);
  }
  if (moved.size > 0) {
    grid = { ...grid, rows: grid.rows.flatMap((row, i) => [...(moved.has(i) ? [moved.get(i) as GridRow] : []), row]) };
    starts = grid.rows.flatMap((row, i) => (i > 0 && isHeaderRow(row) ? [i] : []));
  }
  for (const i of starts) shedAboveLabels(grid.rows[i] as GridRow, rest);
  // A row right over a header band whose lines all open at the table's margin, where the rows'
  // cells set their text in (a footnote set between the two tables), is the page's text; so is one
  // that opens with a note's raised number and runs across its cells' edges, wherever it starts (a
  // note set with the body's first-line indent, `⁶⁴ Zie verder SAPAI …`).
  const between = starts.filter((i) => i > 1 && (atMargin(grid.rows[i - 1] as GridRow, grid) || noteAcross(grid.rows[i - 1] as GridRow)));
  if (between.length > 0) {
    for (const i of between) rest.push(...(grid.rows[i - 1] as GridRow).cells.flatMap((c) => c.runs));
    const gone = new Set(between.map((i) => i - 1));
    grid = { ...grid, rows: grid.rows.filter((_, k) => !gone.has(k)) };
    starts = grid.rows.flatMap((row, i) => (i > 0 && isHeaderRow(row) ? [i] : []));
  }
  const bounds = [0, ...starts, grid.rows.length];
  return bounds.slice(0, -1).map((from, k) => {
    const rows = grid.rows.slice(from, bounds[k + 1]);
    const last = k === bounds.length - 2;
    const box: Box = {
      x0: Math.min(...rows.map((r) => r.box.x0)),
      x1: Math.max(...rows.map((r) => r.box.x1)),
      y0: last ? grid.box.y0 : Math.min(...rows.map((r) => r.box.y0)),
      y1: k === 0 ? grid.box.y1 : Math.max(...rows.map((r) => r.box.y1)),
    };
    return { ...grid, box, rows, openBottom: last && grid.openBottom };
  });
}

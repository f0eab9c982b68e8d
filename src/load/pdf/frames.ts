/**
 * Frames: text set in a shaded box beside the page's other text (a sidebar, a box floated to one
 * side, as a designed report sets its examples). Read line by line across the page, the frame's
 * lines and the lines beside it would run together; so a frame is read as a part of its own, at its
 * place (its top), and the text beside it ends its lines at the frame's edge, not the page's.
 *
 * A frame is a filled box, not white, or one drawn by rules (not a table's), within the page's
 * text, that holds two lines of text or more
 * whole (none runs across its edge), is not a table's (no grid overlaps it), and has text beside it:
 * lines outside it, on baselines within its height, to its left or right. A box across the page's
 * text (a shaded paragraph, a box the text runs above and below) has none beside it: it is read as
 * it stands.
 */
import type { Box, PageData, TextRun } from './page-data';
import { byBaseline } from './unruled/pieces';
import { visible } from './unruled/rows';

export interface Frame {
  box: Box;
  runs: TextRun[];
}

/**
 * How many rules or boxes of a kind a page may draw for frames to be sought on it: a page drawn
 * with more (a chart, a hatching, a grid of many cells) holds no frame beside its text, and the
 * search stays bounded (it pairs rules).
 */
export const MAX_SHAPES = 400;

/**
 * How far apart a table drawn cell by cell may set its cells' boxes (CSS `border-spacing`) for a
 * box to be taken for one of them, not a frame: wider than the table reader's own bound for sides
 * it joins (MAX_BORDER_SPACING in tables.ts), since a frame stands much further from anything drawn.
 */
const SPACING = 8;

const inside = (r: TextRun, b: Box): boolean => r.x >= b.x0 - 0.5 && r.x + r.width <= b.x1 + 0.5 && r.y >= b.y0 - 0.5 && r.y + r.size * 0.7 <= b.y1 + 0.5;
const overlaps = (r: TextRun, b: Box): boolean => r.x < b.x1 && r.x + r.width > b.x0 && r.y < b.y1 && r.y + r.size * 0.7 > b.y0;
const meets = (a: Box, b: Box): boolean => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;

/** The boxes a page shades (not the paper's white, see visible): where frames may stand. */
export function shadedBoxes(fills: PageData['fills']): Box[] {
  return fills.filter(visible).map(({ x0, y0, x1, y1 }) => ({ x0, y0, x1, y1 }));
}

/** An upright rule: a line at least 20 pt tall and at most `width` wide. */
export const isUpright = (r: Box, width = 3): boolean => r.y1 - r.y0 >= 20 && r.x1 - r.x0 <= width;

/**
 * The boxes a page draws with rules, not as a table's: two upright rules of one height, at least
 * an inch apart, with a rule across from one to the other at the top or the foot (a frame cut by a
 * page break lacks the other), and no rule across or upright between them (a table's rows or
 * columns). With the rules that draw each.
 */
export function ruledBoxes(rules: readonly Box[]): { box: Box; rules: Box[] }[] {
  const upright = rules.filter((r) => isUpright(r)).sort((a, b) => a.x0 - b.x0);
  const across = rules.filter((r) => r.x1 - r.x0 >= 20 && r.y1 - r.y0 <= 3);
  const out: { box: Box; rules: Box[] }[] = [];
  if (upright.length > MAX_SHAPES || across.length > MAX_SHAPES) return out;
  for (const [i, a] of upright.entries()) {
    for (const b of upright.slice(i + 1)) {
      if (b.x0 - a.x1 < 72 || Math.abs(a.y0 - b.y0) > 2 || Math.abs(a.y1 - b.y1) > 2) continue;
      const spans = (h: Box): boolean => h.x0 <= a.x1 + 2 && h.x1 >= b.x0 - 2;
      // (An end from side to side, no further: one that runs on is the next cell's too.)
      const ends = across.filter((h) => spans(h) && h.x0 >= a.x0 - 3 && h.x1 <= b.x1 + 3 && (Math.abs(h.y0 - a.y0) <= 2 || Math.abs(h.y1 - a.y1) <= 2));
      if (ends.length === 0) continue;
      const between = upright.some((u) => u !== a && u !== b && u.x0 > a.x1 && u.x1 < b.x0 && u.y1 > a.y0 + 2 && u.y0 < a.y1 - 2);
      // (Rules under words inside, a link's underline, part no rows.)
      const rows = across.some((h) => spans(h) && h.y0 > a.y0 + 2 && h.y1 < a.y1 - 2);
      if (between || rows) continue;
      const box = { x0: a.x0, y0: Math.min(a.y0, b.y0), x1: b.x1, y1: Math.max(a.y1, b.y1) };
      const own = [a, b, ...ends];
      // (Alone: no other rule meets its outline, as the next cell's of a table drawn cell by cell
      // would; nor runs along a side, as long as it, a few points off — the next cell's, when the
      // producer keeps a table's cells apart, `border-spacing`.)
      const outer = { x0: box.x0 - 3, y0: box.y0 - 3, x1: box.x1 + 3, y1: box.y1 + 3 };
      const inner = { x0: box.x0 + 3, y0: box.y0 + 3, x1: box.x1 - 3, y1: box.y1 - 3 };
      const within = (r: Box, o: Box): boolean => r.x0 >= o.x0 && r.x1 <= o.x1 && r.y0 >= o.y0 && r.y1 <= o.y1;
      if (rules.some((r) => !own.includes(r) && meets(r, outer) && !within(r, inner))) continue;
      const off = (gap: number): boolean => gap >= -1 && gap <= SPACING;
      const level = (r: Box): boolean => Math.abs(r.y0 - box.y0) <= 3 && Math.abs(r.y1 - box.y1) <= 3 && off(Math.max(box.x0 - r.x1, r.x0 - box.x1));
      const asWide = (r: Box): boolean => Math.abs(r.x0 - box.x0) <= 3 && Math.abs(r.x1 - box.x1) <= 3 && off(Math.max(box.y0 - r.y1, r.y0 - box.y1));
      if (rules.some((r) => !own.includes(r) && ((isUpright(r) && level(r)) || (r.y1 - r.y0 <= 3 && asWide(r))))) continue;
      out.push({ box, rules: own });
      break;
    }
  }
  return out;
}

/**
 * The boxes a page marks with a bar down one side only (a frame drawn by its left border): an
 * upright rule or narrow fill, alone in its height (a table's column rules come several), that no
 * rule across meets, with lines starting just right of it; the box runs from the bar to where those
 * lines reach.
 */
export function barBoxes(rules: readonly Box[], fills: PageData['fills'], runs: readonly TextRun[]): { box: Box; rules: Box[] }[] {
  const bars = [...rules, ...shadedBoxes(fills)].filter((r) => isUpright(r, 4));
  const across = rules.filter((r) => r.x1 - r.x0 >= 20);
  const text = runs.filter((r) => r.text.trim() !== '');
  const out: { box: Box; rules: Box[] }[] = [];
  if (bars.length > MAX_SHAPES || across.length > MAX_SHAPES) return out;
  for (const bar of bars) {
    // (A table's column rules, or its cells' sides, come in rules of one height side by side; the
    // bars of two frames floated side by side start and end apart.)
    const alone = !bars.some((o) => o !== bar && Math.abs(o.y0 - bar.y0) <= 3 && Math.abs(o.y1 - bar.y1) <= 3);
    const met = across.some((h) => h.x0 <= bar.x1 + 3 && h.x1 >= bar.x0 - 3 && h.y1 >= bar.y0 - 3 && h.y0 <= bar.y1 + 3);
    if (!alone || met) continue;
    const lines = byBaseline(text.filter((r) => r.y >= bar.y0 && r.y <= bar.y1 && r.x >= bar.x1));
    const hugging = lines.filter((l) => {
      const start = Math.min(...l.map((r) => r.x));
      return start >= bar.x1 + 1 && start <= bar.x1 + 16;
    });
    if (hugging.length < 2) continue;
    const reach = Math.max(...hugging.flat().map((r) => r.x + r.width));
    out.push({ box: { x0: bar.x0, y0: bar.y0, x1: reach + 1, y1: bar.y1 }, rules: rules.includes(bar) ? [bar] : [] });
  }
  return out;
}

/** The frames beside the page's text among `boxes` (shaded or ruled, see above), and the page's runs without theirs. */
export function framesOf(runs: readonly TextRun[], boxes: readonly Box[], tables: readonly Box[]): { frames: Frame[]; rest: TextRun[] } {
  const text = runs.filter((r) => r.text.trim() !== '');
  if (text.length === 0 || boxes.length === 0) return { frames: [], rest: [...runs] };
  const left = Math.min(...text.map((r) => r.x));
  const right = Math.max(...text.map((r) => r.x + r.width));
  const frames: Frame[] = [];
  const taken = new Set<TextRun>();
  // (Largest first: a frame's own shaded parts, a heading's band inside it, are no frames of their own.)
  const candidates = boxes
    .filter((f) => f.x1 - f.x0 >= 72 && f.y1 - f.y0 >= 20 && f.x1 - f.x0 <= (right - left) * 0.75 && !tables.some((t) => meets(t, f)))
    .sort((a, b) => (b.x1 - b.x0) * (b.y1 - b.y0) - (a.x1 - a.x0) * (a.y1 - a.y0))
    .slice(0, MAX_SHAPES);
  for (const box of candidates) {
    if (frames.some((f) => meets(f.box, box))) continue;
    const within = text.filter((r) => !taken.has(r) && inside(r, box));
    if (byBaseline(within).length < 2) continue;
    // (Text across its edge: a shading behind part of a line, no frame.)
    if (text.some((r) => !taken.has(r) && overlaps(r, box) && !inside(r, box))) continue;
    // (Text beside it: the page's, or another frame's, two floats side by side.)
    const beside = text.filter((r) => r.y >= box.y0 && r.y <= box.y1 && (r.x + r.width <= box.x0 || r.x >= box.x1));
    if (byBaseline(beside).length < 2) continue;
    const all = runs.filter((r) => !taken.has(r) && inside(r, box));
    for (const r of all) taken.add(r);
    frames.push({ box, runs: all });
  }
  // (Boxes side by side a cell's padding apart, their tops level, or one above the other as wide,
  // are a row or a column of shaded cells — a table's, which was not found — not frames: their
  // text stays the page's, to be said unread.)
  const apart = (a: number, b: number, c: number, d: number): number => Math.min(Math.abs(a - d), Math.abs(c - b));
  const row = (f: Frame, g: Frame): boolean => Math.abs(g.box.y1 - f.box.y1) <= 2 && apart(f.box.x0, f.box.x1, g.box.x0, g.box.x1) <= 8;
  const column = (f: Frame, g: Frame): boolean => Math.abs(g.box.x0 - f.box.x0) <= 2 && Math.abs(g.box.x1 - f.box.x1) <= 2 && apart(f.box.y0, f.box.y1, g.box.y0, g.box.y1) <= 8;
  const cells = new Set(frames.filter((f) => frames.some((g) => g !== f && (row(f, g) || column(f, g)))));
  if (cells.size > 0) {
    for (const f of cells) for (const r of f.runs) taken.delete(r);
    frames.splice(0, frames.length, ...frames.filter((f) => !cells.has(f)));
  }
  return { frames, rest: frames.length === 0 ? [...runs] : runs.filter((r) => !taken.has(r)) };
}

/**
 * Where the text beside the frames ends its lines: for a baseline beside a frame to the right of
 * the text, as far as the lines there reach (most of them: one that overflows does not move it).
 */
export function edgesBeside(frames: readonly Frame[], rest: readonly TextRun[]): { y0: number; y1: number; right: number }[] {
  const out: { y0: number; y1: number; right: number }[] = [];
  for (const { box } of frames) {
    const lines = byBaseline(rest.filter((r) => r.text.trim() !== '' && r.y >= box.y0 - 2 && r.y <= box.y1 + 2 && r.x + r.width <= box.x0));
    if (lines.length === 0) continue;
    const ends = lines.map((l) => Math.max(...l.map((r) => r.x + r.width))).sort((a, b) => a - b);
    out.push({ y0: box.y0 - 2, y1: box.y1 + 2, right: ends[Math.floor((ends.length - 1) * 0.9)] as number });
  }
  return out;
}


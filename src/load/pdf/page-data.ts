/**
 * One pdfjs page → plain page data: positioned text runs with their font traits, ruling lines and
 * filled boxes, in PDF points (origin bottom-left). Everything after this works on plain data.
 *
 * This is the only module that touches pdfjs page objects (with pdf.ts, which opens documents).
 */
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api';
import { namesHeader } from '../../model/header-meanings';
import { PastEdgeCollector, REACH, type TextState, withPastEdge } from './past-edge';
import { spacedWordsJoined, touchingJoined } from './spaced-words';
import { spreadLettersJoined } from './spread-letters';
import { smallCapsJoined } from './small-caps';
import { angleOf, atSlant, overlaid } from './watermarks';

export interface TextRun {
  text: string;
  /** Left edge and baseline. */
  x: number;
  y: number;
  width: number;
  /** Font size in points (the glyph height). */
  size: number;
  bold: boolean;
  italic: boolean;
  /** The font's name, as the PDF gives it (or pdfjs's id for a font without one). */
  font?: string;
  /**
   * In a tagged PDF, the structure element (paragraph, list item, cell, heading) the run belongs
   * to, as a key unique on its page; absent in untagged PDFs.
   */
  element?: string;
  /** Set upside down on the upright page (see upsideDown): its lines are read from the bottom up. */
  reversed?: true;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The box around some runs (a loop, not spread arguments: a page may hold very many). */
export function runsBox(runs: readonly TextRun[]): Box {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of runs) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width);
    y1 = Math.max(y1, r.y + r.size);
  }
  return { x0, y0, x1, y1 };
}

export interface PageData {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  runs: TextRun[];
  /** Thin filled or stroked boxes: table borders and rules. */
  rules: Box[];
  /** Larger filled boxes with their colour (table header backgrounds, bullet dots). */
  fills: (Box & { color: string })[];
  /** Link annotations: where a URL is clickable. */
  links: (Box & { url: string })[];
  /** What pdfjs could not read on this page (see `pageDamage`), absent when it read it all. */
  damage?: PageDamage;
  /**
   * The advance of each letter as its font draws it (font name → letter → width in thousandths of
   * an em), on pages whose drawing was read; absent when none was. See misnamed.ts.
   */
  letterWidths?: Record<string, Record<string, number>>;
  /**
   * A letter's other advance where its font draws it with two on this page (font name → letter →
   * the advance unlike letterWidths's): the text layer names two glyphs alike. Absent when none.
   */
  otherWidths?: Record<string, Record<string, number>>;
  /** Text the page draws but clips away (not in `runs`), absent when none: how many runs, and up to three. */
  hiddenText?: { count: number; samples: string[] };
  /** Text in a layer the document hides (optional content switched off), not in `runs`, absent when none. */
  hiddenLayer?: { count: number; samples: string[] };
  /** A watermark's text (see watermarks.ts), not in `runs`, absent when none: how many pieces, and up to three. */
  watermark?: { count: number; samples: string[] };
  /**
   * The share of the page that images cover when it holds hardly any text and they cover half of
   * it or more: a picture of a page (a scan without a text layer), whose content is not read.
   */
  picture?: number;
  /**
   * How many glyph-sized shapes the page fills when it holds hardly any text and fills OUTLINED_PAGE
   * or more: a page whose text is drawn as shapes (a print whose fonts were turned into outlines,
   * Ghostscript's `-dNoOutputFonts`), with no letters to read, whose content is not read.
   */
  outlined?: number;
  /**
   * Whether text that comes near the page's edge was looked for past it (true: all of it read;
   * false: more than could be kept), absent where none comes near. See past-edge.ts.
   */
  edgeRead?: boolean;
  /** Glyphs set further beyond the page's edge than text is read (REACH pages' widths or heights, see past-edge.ts), not read; absent when none. */
  farOff?: number;
  /** Pieces of text the file sets past the page's edge, read into `runs` (a viewer does not show them): how many, and up to three. */
  pastEdge?: { count: number; samples: string[] };
}

export interface PageDamage {
  /** True when content-stream errors mean text may be missing; false for lesser warnings (fonts). */
  lost: boolean;
  count: number;
  /** Up to five distinct messages, as pdfjs worded them. */
  samples: string[];
}

/** pdfjs warnings that mean the page's content stream could not be parsed whole. */
const CONTENT_DAMAGE =
  /ignoring errors during|Unknown command|getHexString|Skipping command|Bad (encoding|FCHECK|block)|Invalid (number|stream|block|setDash)|Unterminated|End of file|FormatError|Missing setFont|ParserEOF|Expected name|invalid coordinates|corrupt/i;

/** Sums up the warnings pdfjs gave while reading one page. */
export function pageDamage(warnings: readonly string[]): PageDamage | undefined {
  if (warnings.length === 0) return undefined;
  return { lost: warnings.some((w) => CONTENT_DAMAGE.test(w)), count: warnings.length, samples: [...new Set(warnings)].slice(0, 5) };
}

/**
 * Runs `fn`, collecting the warnings pdfjs prints (`console.warn("Warning: …")`, with verbosity 1)
 * instead of letting them reach the user's terminal. Pages are read one at a time per thread, so
 * the warnings collected belong to the page being read.
 */
export async function collectPdfWarnings<T>(fn: () => Promise<T>): Promise<{ value: T; warnings: string[] }> {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (text.startsWith('Warning: ')) warnings.push(text.slice('Warning: '.length));
    else original(...args);
  };
  try {
    return { value: await fn(), warnings };
  } finally {
    console.warn = original;
  }
}

function finiteBox<T extends Box>(b: T): boolean {
  return Number.isFinite(b.x0) && Number.isFinite(b.y0) && Number.isFinite(b.x1) && Number.isFinite(b.y1);
}

type Matrix = [number, number, number, number, number, number];

function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/**
 * The sides of a border filled as a shape: a path of level and upright edges only, each long edge
 * a border's width (up to RULE_THICKNESS) from a parallel one along the same stretch, so that only
 * thin bands are painted — WeasyPrint fills a cell's border as two rectangles, one inside the other
 * (even-odd), and a cell the page cut as a ring open at the cut. The bands, each a rule; null for
 * any other path (a box filled, a shape).
 */
export function filledBands(data: ArrayLike<number>, ctm: Matrix, evenOdd: boolean): Box[] | null {
  const polygons: [number, number][][] = [];
  let points: [number, number][] = [];
  const end = (): void => {
    if (points.length > 1) polygons.push(points);
    points = [];
  };
  for (let k = 0; k < data.length; ) {
    const op = data[k];
    if (op === MOVE_TO) {
      end();
      points = [apply(ctm, data[k + 1] as number, data[k + 2] as number)];
      k += 3;
    } else if (op === LINE_TO) {
      points.push(apply(ctm, data[k + 1] as number, data[k + 2] as number));
      k += 3;
    } else if (op === CLOSE_PATH) {
      end();
      k += 1;
    } else return null;
    if (polygons.length > 256) return null;
  }
  end();
  if (polygons.length === 0) return null;
  // (Filled by the nonzero rule, outlines wound the same way fill all they enclose.)
  const turn = (poly: [number, number][]): number => Math.sign(shoelace(poly.flat()));
  if (!evenOdd && polygons.length > 1 && new Set(polygons.map(turn)).size === 1) return null;
  const level: Segment[] = [];
  const upright: Segment[] = [];
  for (const poly of polygons) {
    for (let i = 0; i < poly.length; i++) {
      const a = poly[i] as [number, number];
      const b = poly[(i + 1) % poly.length] as [number, number];
      if (Math.abs(a[1] - b[1]) < 0.01) level.push({ at: a[1], from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]) });
      else if (Math.abs(a[0] - b[0]) < 0.01) upright.push({ at: a[0], from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]) });
      else return null;
    }
  }
  // (Bounded: edges are paired by comparing them; no border has this many.)
  if (level.length + upright.length > 2048) return null;
  const bands: Box[] = [];
  const pair = (edges: Segment[], make: (lo: number, hi: number, from: number, to: number) => Box): boolean => {
    for (const e of edges) {
      if (e.to - e.from <= RULE_THICKNESS) continue;
      // (A partner on the same line paints nothing between them: a ring open at the page's cut.)
      const partner = edges.find((o) => o !== e && Math.abs(o.at - e.at) <= RULE_THICKNESS && Math.min(o.to, e.to) - Math.max(o.from, e.from) >= 0.5 * Math.min(o.to - o.from, e.to - e.from));
      if (!partner) return false;
      if (partner.at - e.at >= 0.01) bands.push(make(e.at, partner.at, Math.min(e.from, partner.from), Math.max(e.to, partner.to)));
    }
    return true;
  };
  if (!pair(level, (lo, hi, from, to) => ({ x0: from, y0: lo, x1: to, y1: hi }))) return null;
  if (!pair(upright, (lo, hi, from, to) => ({ x0: lo, y0: from, x1: hi, y1: to }))) return null;
  return bands.length > 0 ? bands : null;
}

/** A straight line along a level or upright stretch: a rule, a path's edge. */
export interface Segment {
  /** Position across the segment (y of a horizontal line, x of a vertical one). */
  at: number;
  from: number;
  to: number;
  /** How thick the rule it came from is drawn, across it (none for a line made from others). */
  width?: number;
}

/** pdfjs's path operators in a constructPath's data (DrawOPS). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

/** The widest a rounded corner between two sides may be (a cell's `border-radius`). */
const MAX_CORNER = 12;

/**
 * The sides of a stroked path made of straight lines, each as thick as the pen (`half` each side of
 * it): a cell's border stroked as a rectangle (`re S`, as Chromium draws the cells of a table whose
 * borders stand apart) is four rules, not a box filled; a rectangle with rounded corners is its four
 * sides (the curves at its corners are no rules). Null when the path has a wider curve or a side
 * that is not level or upright (a shape, drawn, not ruled), or only one side (a line, read as such).
 */
export function strokedSides(data: ArrayLike<number>, ctm: Matrix, half: number): Box[] | null {
  const sides: Box[] = [];
  let start: [number, number] | null = null;
  let at: [number, number] | null = null;
  // (A rounded rectangle: one outline with curves at its corners, whose sides stop short of them.)
  let subpaths = 0;
  let corners = 0;
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  const reach = (p: [number, number]): void => {
    box.x0 = Math.min(box.x0, p[0]);
    box.y0 = Math.min(box.y0, p[1]);
    box.x1 = Math.max(box.x1, p[0]);
    box.y1 = Math.max(box.y1, p[1]);
  };
  const side = (a: [number, number], b: [number, number]): boolean => {
    const level = Math.abs(a[1] - b[1]) < 0.01;
    const upright = Math.abs(a[0] - b[0]) < 0.01;
    if (level && upright) return true;
    if (!level && !upright) return false;
    const [x0, x1] = [Math.min(a[0], b[0]), Math.max(a[0], b[0])];
    const [y0, y1] = [Math.min(a[1], b[1]), Math.max(a[1], b[1])];
    sides.push({ x0: x0 - half, y0: y0 - half, x1: x1 + half, y1: y1 + half });
    return true;
  };
  for (let k = 0; k < data.length; ) {
    const op = data[k];
    if (op === MOVE_TO) {
      start = at = apply(ctm, data[k + 1] as number, data[k + 2] as number);
      reach(at);
      subpaths++;
      k += 3;
    } else if (op === LINE_TO) {
      const to = apply(ctm, data[k + 1] as number, data[k + 2] as number);
      if (!at || !side(at, to)) return null;
      at = to;
      reach(at);
      k += 3;
    } else if (op === CURVE_TO || op === QUADRATIC_CURVE_TO) {
      const n = op === CURVE_TO ? 6 : 4;
      const to = apply(ctm, data[k + n - 1] as number, data[k + n] as number);
      if (!at || Math.abs(to[0] - at[0]) > MAX_CORNER || Math.abs(to[1] - at[1]) > MAX_CORNER) return null;
      at = to;
      reach(at);
      corners++;
      k += n + 1;
    } else if (op === CLOSE_PATH) {
      if (at && start && !side(at, start)) return null;
      at = start;
      k += 1;
    } else return null;
  }
  if (corners > 0 && subpaths === 1 && sides.length === 4) {
    // Its sides run on to the corners of the box it is drawn round.
    const { x0, y0, x1, y1 } = box;
    return [
      { x0: x0 - half, y0: y0 - half, x1: x1 + half, y1: y0 + half },
      { x0: x1 - half, y0: y0 - half, x1: x1 + half, y1: y1 + half },
      { x0: x0 - half, y0: y1 - half, x1: x1 + half, y1: y1 + half },
      { x0: x0 - half, y0: y0 - half, x1: x0 + half, y1: y1 + half },
    ];
  }
  return sides.length > 1 ? sides : null;
}

/**
 * Traits a font name carries by convention (PostScript names: `…-Bold`, `…-Oblique`, `…BoldItalic`),
 * with the style abbreviations of the foundries whose fonts TeX and Ghostscript embed: URW's
 * `NimbusRomNo9L-Medi` (Times bold) and `-ReguItal`, Adobe's `MinionPro-It` and `-BoldIt`.
 */
export function fontTraits(name: string): { bold: boolean; italic: boolean } {
  const n = baseName(name);
  // The style part: after the family's hyphen (`Family-Style`) or comma (`Family,Style`).
  const style = /[-,]([^-,]*)$/.exec(n)?.[1] ?? '';
  return {
    bold: /bold|black|heavy|semibold|demi/i.test(n) || /^medi(um)?/i.test(style),
    italic: /italic|oblique/i.test(n) || /(It|Ital|Obl)$/.test(style),
  };
}

function baseName(name: string): string {
  return name.replace(/^[A-Z]{6}\+/, '');
}

/**
 * Text struck twice to look bold (wkhtmltopdf with a typeface that has no bold face; some printer
 * drivers): the same text again on the same baseline, a fraction of a point to the side, in one
 * piece or in others. One copy stays, bold; the other goes. Looked for among the runs of one
 * baseline and size only, and not on a baseline of more runs than a line holds.
 */
export function overstruck(runs: readonly TextRun[]): TextRun[] {
  const lines = new Map<number, { text: TextRun[]; blank: TextRun[] }>();
  for (const r of runs) {
    const key = Math.round(r.y * 10) * 100000 + Math.round(r.size * 10);
    const line = lines.get(key) ?? { text: [], blank: [] };
    (r.text.trim() === '' ? line.blank : line.text).push(r);
    lines.set(key, line);
  }
  const gone = new Set<TextRun>();
  const bold = new Set<TextRun>();
  const words = (t: string): string => t.replace(/\s+/g, '');
  for (const { text: line, blank } of lines.values()) {
    if (line.length < 2 || line.length > 400) continue;
    line.sort((a, b) => a.x - b.x);
    for (const whole of line) {
      if (gone.has(whole)) continue;
      const play = Math.max(1, whole.size * 0.1);
      const inside = (r: TextRun): boolean => r !== whole && !gone.has(r) && r.x >= whole.x - play && r.x + r.width <= whole.x + whole.width + play;
      const copy = line.filter(inside);
      if (copy[0] === undefined || Math.abs(copy[0].x - whole.x) > play) continue;
      if (words(copy.map((r) => r.text).join('')) !== words(whole.text)) continue;
      // (Blank runs between the pieces of a copy go with it.)
      for (const r of [...copy, ...blank.filter(inside)]) gone.add(r);
      bold.add(whole);
    }
  }
  if (gone.size === 0) return [...runs];
  return runs.filter((r) => !gone.has(r)).map((r) => (bold.has(r) ? { ...r, bold: true } : r));
}

/** Pieces a piece compares with for its shadow, at most. */
const MAX_SHADOW_LOOK = 16;

/**
 * Text drawn with a shadow (CSS `text-shadow` without blur, as Chromium prints it): the same piece
 * of text drawn first a fraction of a point down or aside, on a baseline of its own, then the text
 * itself over it. The copy drawn first goes; the text keeps its place and weight (a shadow is no
 * sign of bold). Only a piece with the same text, size and width counts as a copy; copies on the
 * text's own baseline are a bold strike (see overstruck).
 */
export function withoutShadows(runs: readonly TextRun[]): TextRun[] {
  const groups = new Map<string, number[]>();
  runs.forEach((r, i) => {
    const key = `${Math.round(r.size * 10)}|${Math.round(r.width * 10)}|${r.text}`;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  const gone = new Set<number>();
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    // (Down the page, each piece looks only at those a fraction of a point below it, past those
    // on its own baseline, a few at most: bounded work for a page that repeats one piece.)
    const byY = [...list].sort((a, b) => (runs[b] as TextRun).y - (runs[a] as TextRun).y);
    let below = 0;
    for (let k = 0; k < byY.length; k++) {
      const i = byY[k] as number;
      const a = runs[i] as TextRun;
      const play = Math.max(1, a.size * 0.1);
      below = Math.max(below, k + 1);
      while (below < byY.length && a.y - (runs[byY[below] as number] as TextRun).y < 0.05) below++;
      for (let m = below; m < Math.min(byY.length, below + MAX_SHADOW_LOOK); m++) {
        const j = byY[m] as number;
        const b = runs[j] as TextRun;
        if (a.y - b.y > play) break;
        if (Math.abs(a.x - b.x) > play) continue;
        // (The one drawn first is the shadow.)
        gone.add(Math.min(i, j));
      }
    }
  }
  return gone.size === 0 ? [...runs] : runs.filter((_, i) => !gone.has(i));
}

/**
 * A typeface with no bold face, set bold by a browser (Chromium, through Skia): the emboldened
 * glyphs are drawn as outlines in a Type 3 font that carries the typeface's own name, beside the
 * embedded font itself. The names of the typefaces that a page sets so, in both kinds of font.
 */
export function syntheticBold(fonts: readonly { name: string; type3: boolean }[]): Set<string> {
  const embedded = new Set(fonts.filter((f) => !f.type3 && f.name !== '').map((f) => baseName(f.name)));
  return new Set(fonts.filter((f) => f.type3 && embedded.has(baseName(f.name)) && !fontTraits(f.name).bold).map((f) => baseName(f.name)));
}

/** A page's font as the fonts' traits are told from: its name, its kind, whether its glyphs are outlines (Type 3), how many characters it sets. */
export interface PageFont {
  name: string;
  type3: boolean;
  outlines: boolean;
  chars: number;
  /** A Type 3 font's ink: how much of its glyphs' advances its outlines fill, and over how many glyphs (see inkOf). */
  ink?: { density: number; glyphs: number };
}

/**
 * The same emboldened typeface after another program wrote the PDF again (Cairo's `pdftocairo`):
 * the Type 3 font has lost its name (pdfjs calls it `Type3`). Such a font, drawing its glyphs as
 * outlines, beside embedded fonts that set more of the page's text than all such fonts together, is
 * read as bold. Emoji and bitmap fonts draw images; a producer that sets all its text in Type 3
 * fonts sets most of the page so. The ids of the fonts read as bold.
 */
export function namelessBold(fonts: ReadonlyMap<string, PageFont>): Set<string> {
  const nameless = [...fonts].filter(([, f]) => f.type3 && f.outlines && isNameless(f.name));
  const embedded = [...fonts.values()].filter((f) => !f.type3).reduce((n, f) => n + f.chars, 0);
  const drawn = nameless.reduce((n, [, f]) => n + f.chars, 0);
  return new Set(nameless.length > 0 && embedded > drawn ? nameless.map(([id]) => id) : []);
}

/** A font name that names no one font: none, or pdfjs's `Type3` for a Type 3 font without one. */
export function isNameless(name: string): boolean {
  return name === '' || name === 'Type3';
}

/** Glyphs a Type 3 font must draw before its ink says anything. */
const INK_GLYPHS = 8;

/** How much more ink a typeface's bold lays down than its regular, at the least (1.3–1.6 in the typefaces measured). */
const BOLD_INK = 1.2;

/**
 * A Type 3 font's ink: the area its glyphs' outlines enclose (each subpath's signed area, a curve
 * by its end and control points: counters wound against their contours take theirs out), over the
 * area of their advances times the em (`d0`/`d1`'s width, in the glyph space `scale` makes ems of).
 * Null when no glyph draws an outline with an advance.
 */
export function inkOf(glyphs: Record<string, { fnArray: ArrayLike<number>; argsArray: ArrayLike<unknown> }>, OPS: Record<string, number>, scale: number): { density: number; glyphs: number } | null {
  let area = 0;
  let advance = 0;
  let counted = 0;
  for (const glyph of Object.values(glyphs).slice(0, 512)) {
    let width = 0;
    let ink = 0;
    for (let k = 0; k < glyph.fnArray.length; k++) {
      const fn = glyph.fnArray[k];
      const args = glyph.argsArray[k] as unknown[];
      if (fn === OPS.setCharWidth || fn === OPS.setCharWidthAndBounds) width = Number(args?.[0]) || 0;
      else if (fn === OPS.constructPath) {
        const data = (args?.[1] as ArrayLike<ArrayLike<number> | null> | null)?.[0];
        if (data) ink += signedArea(data);
      }
    }
    if (width <= 0 || ink === 0) continue;
    area += Math.abs(ink);
    advance += width;
    counted++;
  }
  const em = Math.abs(1 / scale);
  return counted > 0 && advance > 0 && Number.isFinite(em) ? { density: area / (advance * em), glyphs: counted } : null;
}

/** Twice the signed area of a polygon given as its points' coordinates in turn (x, y, x, y, …): positive wound anticlockwise. */
function shoelace(points: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < points.length; i += 2) {
    const j = (i + 2) % points.length;
    sum += (points[i] as number) * (points[j + 1] as number) - (points[j] as number) * (points[i + 1] as number);
  }
  return sum;
}

/** The signed area a path's subpaths enclose (curves by their end and control points). */
function signedArea(data: ArrayLike<number>): number {
  let total = 0;
  let poly: number[] = [];
  const close = (): void => {
    total += shoelace(poly);
    poly = [];
  };
  for (let k = 0; k < data.length; ) {
    const op = data[k];
    const take = op === MOVE_TO || op === LINE_TO ? 2 : op === CURVE_TO ? 6 : op === QUADRATIC_CURVE_TO ? 4 : op === CLOSE_PATH ? 0 : -1;
    if (take < 0) break;
    if (op === MOVE_TO) close();
    for (let m = 1; m <= take; m++) poly.push(data[k + m] as number);
    if (op === CLOSE_PATH) close();
    k += 1 + take;
  }
  close();
  return total / 2;
}

/**
 * Nameless Type 3 fonts that set their typeface bold, where such fonts set most of the page's text
 * (Ghostscript's rewrite of Chromium's print, whose fonts are all Type 3: every name gone, bold
 * with it; see namelessBold for a few beside named fonts): a font whose outlines lay down a fifth
 * more ink for their advances than those of the nameless font that sets most of the page's text,
 * each drawing eight glyphs or more. Letters' advances say too little: a typeface's bold may
 * advance as its regular does. The ids of the fonts read as bold.
 */
export function heavierNameless(fonts: ReadonlyMap<string, PageFont>): Set<string> {
  const setting = [...fonts].filter(([, f]) => f.chars > 0 && f.type3 && isNameless(f.name));
  const named = [...fonts.values()].filter((f) => !(f.type3 && isNameless(f.name))).reduce((n, f) => n + f.chars, 0);
  if (setting.length < 2 || setting.reduce((n, [, f]) => n + f.chars, 0) <= named) return new Set();
  const [, body] = setting.reduce((a, b) => (b[1].chars > a[1].chars ? b : a));
  if (!body.ink || body.ink.glyphs < INK_GLYPHS) return new Set();
  return new Set(setting.filter(([, f]) => f !== body && f.ink && f.ink.glyphs >= INK_GLYPHS && f.ink.density >= body.ink!.density * BOLD_INK).map(([id]) => id));
}

/** The ids of a page's Type 3 fonts that set a typeface bold: by its name (syntheticBold), or with none (namelessBold). */
function emboldenedFonts(fonts: ReadonlyMap<string, PageFont>): Set<string> {
  const named = syntheticBold([...fonts.values()]);
  return new Set([...[...fonts].filter(([, f]) => f.type3 && named.has(baseName(f.name))).map(([id]) => id), ...namelessBold(fonts)]);
}

/**
 * A filled rectangle no thicker than this (and longer) is a rule: a border drawn as a fill, up to a
 * thick one (Chromium fills a header's `border-bottom: 3pt` 2.6 pt tall; CSS's `thick` is 3.75 pt).
 */
export const RULE_THICKNESS = 4;

/** The operators that paint an image (or an image mask: a scan's bilevel page is often one). */
const IMAGE_OPS = ['paintImageMaskXObject', 'paintImageMaskXObjectGroup', 'paintImageMaskXObjectRepeat', 'paintImageXObject', 'paintImageXObjectRepeat', 'paintInlineImageXObject', 'paintInlineImageXObjectGroup', 'paintSolidColorImageMask'];

function intersect(a: Box, b: Box): Box {
  return { x0: Math.max(a.x0, b.x0), y0: Math.max(a.y0, b.y0), x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1) };
}

/** Text rendering modes that stroke the glyphs' outlines (`1 Tr`, `2 Tr` and their clipping kinds). */
const STROKED_TEXT = new Set([1, 2, 5, 6]);

/** Letters measured per page and font at most (bounded work and data for a hostile page). */
const MAX_LETTERS = 512;

/** Images a page draws noted at most (bounded work and data for a hostile page). */
const MAX_IMAGES = 256;

async function drawing(
  page: PDFPageProxy,
  OPS: Record<string, number>,
  optional: OptionalContent | null = null,
  edge: PastEdgeCollector | null = null,
): Promise<{ rules: Box[]; fills: PageData['fills']; origins: TextOrigin[]; lines: Box[]; letterWidths: Map<string, Map<string, number>>; otherWidths: Map<string, Map<string, number>>; hidden: HiddenText[]; images: Box[]; shapes: number; shows: FontShow[] }> {
  const ops = await page.getOperatorList();
  const imageOps = new Set(IMAGE_OPS.map((name) => OPS[name]));
  // The advance of each letter per font, as drawn (the first time it is).
  const letterWidths = new Map<string, Map<string, number>>();
  let fontWidths: Map<string, number> | null = null;
  // (And a letter's other advance, where the font draws it with two.)
  const otherWidths = new Map<string, Map<string, number>>();
  let fontOthers: Map<string, number> | null = null;
  const rules: Box[] = [];
  // Solid horizontal lines stroked with a pen: rules, or the underlines of links (see withoutUnderlines).
  const lines: Box[] = [];
  const fills: PageData['fills'] = [];
  // Where each piece of text starts, and whether its outlines are stroked too (a typeface set bold
  // by thickening it: LibreOffice's `2 Tr` with a line width).
  const origins: TextOrigin[] = [];
  // Each text-showing operator's font, text and start (see splitAtFonts), and how far the line's
  // operators drew since its start was set.
  const shows: FontShow[] = [];
  let shown = 0;
  let fontId = '';
  // Where pieces of text start that their clip hides (see clippedAway: wkhtmltopdf draws a row the
  // page cut again at the head of the next page, clipped away but for its letters' tails).
  const hidden: HiddenText[] = [];
  // Where images are drawn (each its unit square under the matrix, within the clip): a scanned
  // page is one image with no text over it.
  const images: Box[] = [];
  // Filled shapes no larger than a large letter that are no band (a rule, a box's side): a page of
  // text drawn as outlines fills one a glyph.
  let shapes = 0;
  // Marked content open, each whether it is a layer the document hides (optional content off): what
  // is drawn inside one is not shown.
  const layers: boolean[] = [];
  let hiddenLayers = 0;
  let fontSize = 0;
  // The text line matrix, changed in place (read per piece of text, it must not allocate); pieces
  // are noted only once the page has stroked some text, so that most pages pay nothing for this.
  const tm = [1, 0, 0, 1, 0, 0];
  const moveTo = (tx: number, ty: number): void => {
    tm[4] = (tm[0] as number) * tx + (tm[2] as number) * ty + (tm[4] as number);
    tm[5] = (tm[1] as number) * tx + (tm[3] as number) * ty + (tm[5] as number);
  };
  let leading = 0;
  // The rest of the text state, for text set past the page's edge (see past-edge.ts): read only
  // where the page's text comes near an edge.
  const text: TextState = { line: tm, ctm: [1, 0, 0, 1, 0, 0], advance: 0, fontId: '', fontSize: 0, fontScale: 0.001, charSpacing: 0, wordSpacing: 0, hScale: 1, rise: 0 };
  // A line's start set anew (BT, Tm, Td, T*, ' and "): nothing drawn along it yet.
  const newLine = (): void => {
    text.advance = 0;
    shown = 0;
  };
  let renderMode = 0;
  let anyStroked = false;
  const modeStack: number[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  let fill = '#000000';
  const fillStack: string[] = [];
  // The clip region (a box): some producers paint a page-sized rectangle through a clip path
  // (WeasyPrint's cell backgrounds), so what is painted is the intersection.
  let clip: Box | null = null;
  const clipStack: (Box | null)[] = [];
  let clipNext: false | 'nonzero' | 'even-odd' = false;
  // The bands a clip path lets through, when it is a border's shape (WeasyPrint clips to a cut
  // cell's border and fills the page in its colour).
  let clipBands: Box[] | null = null;
  const bandStack: (Box[] | null)[] = [];
  // Thin bands painted: rules; wider ones: fills (within the clip).
  const paint = (bands: readonly Box[]): void => {
    for (const drawn of bands) {
      const side = clip ? intersect(drawn, clip) : drawn;
      const w = side.x1 - side.x0;
      const h = side.y1 - side.y0;
      if (w <= 0 || h <= 0) continue;
      if (Math.min(w, h) <= RULE_THICKNESS) rules.push(side);
      else fills.push({ ...side, color: fill });
    }
  };
  let lineWidth = 1;
  let dashed = false;
  const widthStack: [number, boolean][] = [];
  const save = (): void => {
    stack.push(ctm);
    fillStack.push(fill);
    clipStack.push(clip);
    bandStack.push(clipBands);
    widthStack.push([lineWidth, dashed]);
    modeStack.push(renderMode);
  };
  const restore = (): void => {
    ctm = stack.pop() ?? ctm;
    fill = fillStack.pop() ?? fill;
    clip = clipStack.pop() ?? null;
    clipBands = bandStack.pop() ?? null;
    [lineWidth, dashed] = widthStack.pop() ?? [lineWidth, dashed];
    renderMode = modeStack.pop() ?? renderMode;
  };
  const strokes = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[];
    if (fn === OPS.save) {
      save();
    } else if (fn === OPS.restore) {
      restore();
    } else if (fn === OPS.paintFormXObjectBegin) {
      // A form drawn (a page's content wrapped whole, scaled to fit a sheet; a stamp): its matrix
      // and box hold until it ends, as a saved state does.
      save();
      const [matrix, bbox] = args as [ArrayLike<number> | null, ArrayLike<number> | null];
      if (matrix && matrix.length === 6) ctm = multiply(ctm, Array.from(matrix) as Matrix);
      if (bbox && bbox.length === 4) {
        const box = boxOf(apply(ctm, bbox[0] as number, bbox[1] as number), apply(ctm, bbox[2] as number, bbox[3] as number));
        clip = clip ? intersect(clip, box) : box;
      }
    } else if (fn === OPS.paintFormXObjectEnd) {
      restore();
    } else if (fn === OPS.beginMarkedContentProps || fn === OPS.beginMarkedContent) {
      const off = fn === OPS.beginMarkedContentProps && args[0] === 'OC' && optional !== null && !optional.isVisible(args[1]);
      layers.push(off);
      if (off) hiddenLayers++;
    } else if (fn === OPS.endMarkedContent) {
      if (layers.pop()) hiddenLayers--;
    } else if (fn === OPS.beginText) {
      tm.splice(0, 6, 1, 0, 0, 1, 0, 0);
      newLine();
    } else if (fn === OPS.setTextMatrix) {
      const m = (args.length === 1 ? args[0] : args) as ArrayLike<number>;
      for (let k = 0; k < 6; k++) tm[k] = Number(m[k] ?? (k === 0 || k === 3 ? 1 : 0));
      newLine();
    } else if (fn === OPS.moveText || fn === OPS.setLeadingMoveText) {
      const tx = Number(args[0]) || 0;
      const ty = Number(args[1]) || 0;
      if (fn === OPS.setLeadingMoveText) leading = -ty;
      moveTo(tx, ty);
      newLine();
    } else if (fn === OPS.setLeading) {
      leading = Number(args[0]) || 0;
    } else if (fn === OPS.nextLine) {
      moveTo(0, -leading);
      newLine();
    } else if (edge && fn === OPS.setCharSpacing) {
      text.charSpacing = Number(args[0]) || 0;
    } else if (edge && fn === OPS.setWordSpacing) {
      text.wordSpacing = Number(args[0]) || 0;
    } else if (edge && fn === OPS.setHScale) {
      text.hScale = (Number(args[0]) || 100) / 100;
    } else if (edge && fn === OPS.setTextRise) {
      text.rise = Number(args[0]) || 0;
    } else if (fn === OPS.setTextRenderingMode) {
      renderMode = Number(args[0]) || 0;
      if (STROKED_TEXT.has(renderMode)) anyStroked = true;
    } else if (fn === OPS.setFont) {
      const id = String(args[0]);
      fontSize = Math.abs(Number(args[1]) || 0);
      fontId = id;
      fontWidths = letterWidths.get(id) ?? new Map<string, number>();
      letterWidths.set(id, fontWidths);
      fontOthers = otherWidths.get(id) ?? new Map<string, number>();
      otherWidths.set(id, fontOthers);
      if (edge) {
        text.fontId = id;
        text.fontSize = Number(args[1]) || 0;
        text.fontScale = fontScaleOf(page, id);
      }
    } else if (fn === OPS.showText || fn === OPS.showSpacedText || fn === OPS.nextLineShowText || fn === OPS.nextLineSetSpacingShowText) {
      if (fn === OPS.nextLineShowText || fn === OPS.nextLineSetSpacingShowText) {
        moveTo(0, -leading);
        newLine();
      }
      if (fontWidths && fontOthers) measureLetters(args[0], fontWidths, fontOthers);
      if (edge && hiddenLayers === 0) {
        text.ctm = ctm;
        text.advance += edge.show(args[0], text);
      }
      if (shows.length < 50000) {
        const [sx, sy] = apply(ctm, (tm[4] as number) + shown * (tm[0] as number), (tm[5] as number) + shown * (tm[1] as number));
        shows.push({ font: fontId, x: sx, y: sy, text: glyphText(args[0]) });
      }
      shown += advanceOf(args[0], fontSize);
      if (anyStroked && origins.length < 50000) origins.push([...apply(ctm, tm[4] as number, tm[5] as number), STROKED_TEXT.has(renderMode) && lineWidth > 0]);
      if ((hiddenLayers > 0 || clip) && hidden.length < 50000) {
        const [x, y] = apply(ctm, tm[4] as number, tm[5] as number);
        const size = fontSize * Math.hypot(tm[2] as number, tm[3] as number) * Math.hypot(ctm[2], ctm[3]);
        if (hiddenLayers > 0) {
          const advance = advanceOf(args[0], fontSize);
          const end = apply(ctm, (tm[4] as number) + advance * (tm[0] as number), (tm[5] as number) + advance * (tm[1] as number))[0];
          hidden.push({ x, y, clip: null, end, size });
        } else if (clip && clippedAway(x, y, size, clip)) hidden.push({ x, y, clip });
      }
    } else if (imageOps.has(fn as number)) {
      if (hiddenLayers > 0 || images.length >= MAX_IMAGES) continue;
      const box = boxOf(apply(ctm, 0, 0), apply(ctm, 1, 1));
      const shown = clip ? intersect(box, clip) : box;
      if (shown.x1 > shown.x0 && shown.y1 > shown.y0) images.push(shown);
    } else if (fn === OPS.setLineWidth) {
      lineWidth = Number(args[0]) || 0;
    } else if (fn === OPS.setDash) {
      dashed = ((args[0] as ArrayLike<number> | undefined)?.length ?? 0) > 0;
    } else if (fn === OPS.clip || fn === OPS.eoClip) {
      clipNext = fn === OPS.eoClip ? 'even-odd' : 'nonzero';
    } else if (fn === OPS.transform) {
      ctm = multiply(ctm, args as Matrix);
    } else if (fn === OPS.setFillRGBColor) {
      fill = String(args[0]);
    } else if (fn === OPS.constructPath) {
      const minMax = args[2] as ArrayLike<number> | null;
      const paintOp = args[0] as number;
      // (Nothing a hidden layer paints is a rule or a fill; its clips still hold.)
      if (hiddenLayers > 0 && paintOp !== OPS.endPath) continue;
      if (!minMax || minMax.length < 4) continue;
      let box = boxOf(apply(ctm, minMax[0] ?? 0, minMax[1] ?? 0), apply(ctm, minMax[2] ?? 0, minMax[3] ?? 0));
      // The path's own data (its edges), and half the pen's width.
      const data = (args[1] as ArrayLike<ArrayLike<number> | null> | null)?.[0];
      const half = Math.max(0.1, (lineWidth || 1) * Math.hypot(ctm[0], ctm[1])) / 2;
      // A straight line stroked (pdfTeX's and many a layout program's rules; a dotted or dashed
      // border, as one path) has no area of its own: it is as thick as the pen. (A link's underline
      // is such a line too: solid horizontal ones are kept apart until the text shows which.)
      let line = false;
      if (paintOp === OPS.stroke || paintOp === OPS.closeStroke) {
        const sides = data ? strokedSides(data, ctm, half) : null;
        if (sides) {
          paint(sides);
          continue;
        }
      }
      if (paintOp === OPS.fill || paintOp === OPS.eoFill) {
        // A border's shape filled, or a fill through a border's shape clipped: its bands.
        const sides = data ? filledBands(data, ctm, paintOp === OPS.eoFill) : null;
        if (sides || clipBands) {
          paint(sides ?? (clipBands as Box[]).map((band) => intersect(band, box)));
          continue;
        }
        if (box.x1 - box.x0 <= GLYPH_SHAPE && box.y1 - box.y0 <= GLYPH_SHAPE) shapes++;
      }
      if (strokes.has(paintOp) && (box.y1 === box.y0) !== (box.x1 === box.x0)) {
        box = box.y1 === box.y0 ? { ...box, y0: box.y0 - half, y1: box.y1 + half } : { ...box, x0: box.x0 - half, x1: box.x1 + half };
        line = !dashed && box.y1 - box.y0 < box.x1 - box.x0;
      }
      if (paintOp === OPS.endPath) {
        if (clipNext) {
          clipBands = (data ? filledBands(data, ctm, clipNext === 'even-odd') : null) ?? clipBands;
          clip = clip ? intersect(clip, box) : box;
        }
        clipNext = false;
        continue;
      }
      if (clip) box = intersect(box, clip);
      if (box.x1 <= box.x0 || box.y1 <= box.y0) continue;
      const w = box.x1 - box.x0;
      const h = box.y1 - box.y0;
      if (line) lines.push(box);
      else if ((h <= RULE_THICKNESS && w > RULE_THICKNESS) || (w <= RULE_THICKNESS && h > RULE_THICKNESS)) rules.push(box);
      else if (w > 0.5 && h > 0.5) fills.push({ ...box, color: fill });
    }
  }
  edge?.close();
  return { rules, fills, origins, lines, letterWidths, otherWidths, hidden, images, shapes, shows };
}

/** The largest a filled shape may be, either way, to count as a letter's outline (a heading's letters at 40 pt). */
const GLYPH_SHAPE = 40;

/** A font's glyph-space scale (`FontMatrix[0]`: 0.001 but in Type 3 fonts), once pdfjs has loaded it. */
function fontScaleOf(page: PDFPageProxy, id: string): number {
  try {
    const matrix = page.commonObjs.has(id) ? (page.commonObjs.get(id) as { fontMatrix?: ArrayLike<number> } | undefined)?.fontMatrix : undefined;
    const scale = Number(matrix?.[0]);
    return Number.isFinite(scale) && scale !== 0 ? scale : 0.001;
  } catch {
    return 0.001;
  }
}

const LETTER = /^\p{L}$/u;

/** How far a text-showing operator's glyphs advance, in text space (its spacing numbers counted; character and word spacing not). */
function advanceOf(glyphs: unknown, fontSize: number): number {
  if (!Array.isArray(glyphs)) return 0;
  let sum = 0;
  for (const glyph of glyphs as unknown[]) {
    if (typeof glyph === 'number') sum -= glyph;
    else if (typeof glyph === 'object' && glyph !== null && typeof (glyph as { width?: unknown }).width === 'number') sum += (glyph as { width: number }).width;
  }
  return (sum / 1000) * fontSize;
}

/** Advances a letter's two glyphs may differ by and be one glyph (rounding, in thousandths of an em). */
const SAME_ADVANCE = 0.02;

/** Two advances of one letter in one font that no one glyph has (more than 2 % and a unit apart): two glyphs under one name. */
export const twoAdvances = (a: number, b: number): boolean => Math.abs(a - b) > Math.max(1, Math.min(a, b) * SAME_ADVANCE);

/**
 * Notes the advance of each letter a text-showing operator draws that `widths` has not yet (up to
 * MAX_LETTERS), and in `others` the first other advance a letter already noted is drawn with: one
 * glyph has one advance, so the font's text layer names two glyphs alike (see misnamed.ts).
 */
function measureLetters(glyphs: unknown, widths: Map<string, number>, others: Map<string, number>): void {
  if (!Array.isArray(glyphs)) return;
  for (const glyph of glyphs as unknown[]) {
    if (typeof glyph !== 'object' || glyph === null) continue;
    const { unicode, width } = glyph as { unicode?: unknown; width?: unknown };
    if (typeof unicode !== 'string' || typeof width !== 'number') continue;
    const known = widths.get(unicode);
    if (known === undefined) {
      if (widths.size < MAX_LETTERS && LETTER.test(unicode)) widths.set(unicode, width);
    } else if (!others.has(unicode) && twoAdvances(known, width)) {
      others.set(unicode, width);
    }
  }
}

/**
 * Stroked lines that are no underlines: a line just under a baseline, within the text on it and
 * starting or ending with a piece of it (a link's underline, drawn as the text is), is passed over;
 * a rule reaches past the text it stands under, or stands clear of it.
 */
export function withoutUnderlines(lines: readonly Box[], runs: readonly TextRun[]): Box[] {
  if (lines.length === 0) return [];
  // (The runs by baseline, so that each line looks only at those just over it: a page of many
  // rules and many runs costs no more than its rules times a line's runs.)
  const text = runs.filter((r) => r.text.trim() !== '').sort((a, b) => a.y - b.y);
  const reach = text.reduce((m, r) => Math.max(m, r.size * 0.3), 0);
  const firstOver = (y: number): number => {
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if ((text[m] as TextRun).y <= y) lo = m + 1;
      else hi = m;
    }
    return lo;
  };
  return lines.filter((l) => {
    const y = (l.y0 + l.y1) / 2;
    const on: TextRun[] = [];
    for (let k = firstOver(y); k < text.length && (text[k] as TextRun).y - y <= reach; k++) {
      const r = text[k] as TextRun;
      if (r.y - y <= r.size * 0.3) on.push(r);
    }
    if (on.length === 0) return true;
    const from = l.x0;
    const to = l.x1;
    // (The text as pieces set without a word space's gap: a link's address may come in several runs.)
    const pieces: [number, number][] = [];
    for (const r of [...on].sort((a, b) => a.x - b.x)) {
      const last = pieces[pieces.length - 1];
      if (last && r.x - last[1] <= r.size * 0.3) last[1] = Math.max(last[1], r.x + r.width);
      else pieces.push([r.x, r.x + r.width]);
    }
    const under = pieces.some(([a, b]) => from >= a - 1.5 && to <= b + 1.5 && (Math.abs(a - from) <= 1.5 || Math.abs(b - to) <= 1.5));
    return !under;
  });
}

type TextOrigin = [x: number, y: number, stroked: boolean];

/** A text-showing operator: its font (pdfjs's id), where it starts on the page, and its text. */
export interface FontShow {
  font: string;
  x: number;
  y: number;
  text: string;
}

/** The text a text-showing operator's glyphs spell. */
function glyphText(glyphs: unknown): string {
  if (!Array.isArray(glyphs)) return '';
  let out = '';
  for (const glyph of glyphs as unknown[]) {
    if (typeof glyph === 'object' && glyph !== null) out += String((glyph as { unicode?: unknown }).unicode ?? '');
  }
  return out;
}

/**
 * pdfjs's text items as the fonts set them: pdfjs runs text on in one item across a change of font
 * where the text goes on where the last ended (Ghostscript's rewrite: `mobiliteit` in bold and
 * ` Een geïntegreerd` after it in the regular face, one item named after the bold font). An upright
 * item whose text the operators on its baseline spell in two fonts or more is cut where the font
 * changes between words, each piece starting where its operator does and named after its font (a
 * font that sets a glyph inside a word does not cut it). An item whose
 * text the operators do not spell in order (normalised text, a rewritten string) stays whole.
 * `shows`: the page's text-showing operators (see drawing). Linear in items and operators per
 * baseline.
 */
export function splitAtFonts<T extends { str: string; transform: number[]; width: number; fontName: string }>(items: readonly T[], shows: readonly FontShow[]): T[] {
  if (shows.length === 0) return [...items];
  const byBaseline = new Map<number, FontShow[]>();
  for (const s of shows) {
    const key = Math.round(s.y);
    const line = byBaseline.get(key);
    if (line) line.push(s);
    else byBaseline.set(key, [s]);
  }
  return items.flatMap((item) => {
    const [a = 0, b = 0, c = 0, , e = 0, f = 0] = item.transform;
    if (b !== 0 || c !== 0 || a <= 0) return [item];
    const size = Math.abs(a);
    const near = [Math.round(f) - 1, Math.round(f), Math.round(f) + 1].flatMap((k) => byBaseline.get(k) ?? []);
    const on = near.filter((s) => Math.abs(s.y - f) <= size * 0.2 && s.x >= e - size * 0.2 && s.x < e + item.width - size * 0.2 && s.text.trim() !== '').sort((p, q) => p.x - q.x);
    if (on.length < 2 || on.every((s) => s.font === on[0]?.font)) return [item];
    // (Each operator's text where it stands in the item's, in order; a font's first piece opens a piece.)
    const cuts: { at: number; show: FontShow }[] = [];
    let cursor = 0;
    for (const s of on) {
      const text = s.text.normalize('NFKC').trim();
      const at = item.str.indexOf(text, cursor);
      if (at < 0) return [item];
      // (Only between words: a font that holds a glyph or two the others lack — a ligature, a sign
      // — may set them inside a word, which stays the word's font's.)
      const between = at > 0 && /\s/u.test(item.str.slice(at - 1, at + 1));
      if (cuts.length === 0 || (cuts[cuts.length - 1]?.show.font !== s.font && between)) cuts.push({ at: cuts.length === 0 ? 0 : at, show: s });
      cursor = at + text.length;
    }
    if (cuts.length < 2) return [item];
    return cuts.map((cut, k) => {
      const next = cuts[k + 1];
      const x = k === 0 ? e : Math.min(Math.max(cut.show.x, e), e + item.width);
      const end = next ? Math.min(Math.max(next.show.x, x), e + item.width) : e + item.width;
      const str = item.str.slice(cut.at, next ? next.at : undefined);
      return { ...item, str, width: end - x, fontName: cut.show.font, transform: [a, b, c, item.transform[3] ?? a, x, f] };
    });
  });
}

/** A piece of text its clip hides whole: where it starts, and the clip (null: a layer the document hides holds it, up to `end`, in letters of `size`). */
interface HiddenText {
  x: number;
  y: number;
  clip: Box | null;
  end?: number;
  size?: number;
}

/**
 * Does a clip hide a piece of text that starts at `x`, `y` (its baseline) in letters of `size`?
 * Where it starts right of the clip, or where less than a third of its letters' height (from their
 * tails to their tops) stands within it: a line's tails alone show under a clip's top.
 */
function clippedAway(x: number, y: number, size: number, clip: Box): boolean {
  if (x > clip.x1 + 1) return true;
  const bottom = y - size * 0.2;
  const top = y + size * 0.7;
  return size > 0 && Math.min(top, clip.y1) - Math.max(bottom, clip.y0) < (top - bottom) / 3;
}

/**
 * Runs a clip hides: on the baseline of a hidden piece, from its start on, and outside its clip
 * as it is (pdfjs may part one piece into several runs; text beside the clip on that baseline,
 * drawn under another, stays).
 */
function hiddenRuns(hidden: readonly HiddenText[], runs: readonly TextRun[]): Set<TextRun> {
  const out = new Set<TextRun>();
  if (hidden.length === 0) return out;
  // (By baseline, a point apart: each run looks at the pieces on its own baseline only.)
  const byLine = new Map<number, HiddenText[]>();
  for (const h of hidden) {
    const line = byLine.get(Math.round(h.y));
    if (line) line.push(h);
    else byLine.set(Math.round(h.y), [h]);
  }
  for (const run of runs) {
    const { x, y } = run;
    const near = [-1, 0, 1].flatMap((d) => byLine.get(Math.round(y) + d) ?? []);
    if (near.some((h) => Math.abs(h.y - y) <= 0.5 && x >= h.x - 0.5 && (h.clip === null ? x < (h.end ?? Infinity) - 0.5 && Math.abs(run.size - (h.size ?? run.size)) <= run.size * 0.1 : x >= h.clip.x0 - 1 && clippedAway(x, y, run.size, h.clip)))) out.add(run);
  }
  return out;
}

/**
 * Runs set with their outlines stroked: each run takes the kind of the last piece of text that
 * starts at or before it on its baseline (pdfjs may part one piece into several runs).
 */
function strokedRuns(origins: readonly TextOrigin[], runs: readonly TextRun[]): Set<TextRun> {
  const out = new Set<TextRun>();
  if (!origins.some((o) => o[2])) return out;
  const lines = new Map<number, TextOrigin[]>();
  for (const o of origins) {
    const key = Math.round(o[1]);
    const line = lines.get(key) ?? [];
    line.push(o);
    lines.set(key, line);
  }
  for (const line of lines.values()) line.sort((a, b) => a[0] - b[0]);
  for (const run of runs) {
    const line = lines.get(Math.round(run.y));
    if (!line) continue;
    let last: TextOrigin | undefined;
    for (const o of line) {
      if (o[0] > run.x + 0.5) break;
      last = o;
    }
    if (last?.[2]) out.add(run);
  }
  return out;
}

/** A run that is one figure (an amount, a year, a percentage). */
export const FIGURE = /^[-+€$(]?\s?\d[\d.,]*\s?[%)]?$/;

/** Where a line of runs starts and ends. */
export const lineStart = (runs: readonly TextRun[]): number => Math.min(...runs.map((x) => x.x));
export const lineEnd = (runs: readonly TextRun[]): number => Math.max(...runs.map((x) => x.x + x.width));

/** The gap before each run of a line sorted left to right (before the first: none, Infinity). */
export function gapsBefore(sorted: readonly TextRun[]): number[] {
  return sorted.map((r, i) => (i === 0 ? Infinity : r.x - ((sorted[i - 1] as TextRun).x + (sorted[i - 1] as TextRun).width)));
}

/**
 * Could the page hold a table? Lines whose text runs stand far apart (columns) say so; prose never
 * leaves gaps of several character widths inside a line. So do lines of three or more figures,
 * each a run of its own, however narrow the gutters between them (a table of years and amounts
 * continued from the page before: its header and a total row), and text that starts again after a
 * gap at one place on five lines or more (a column's edge, however narrow the gutter before it), and
 * a line of labels set apart (by more than a word space) that name a table's columns (a repeated
 * header over a cell's rest, a header over the first lines of a table that the page then ends).
 * Only such pages pay for the drawing operators (the ruling lines), which cost as much to read as
 * the text.
 */
export function mayHoldTable(runs: readonly TextRun[]): boolean {
  const lines = new Map<number, TextRun[]>();
  for (const r of runs) {
    if (r.text.trim() === '') continue;
    const key = Math.round(r.y);
    const line = lines.get(key);
    if (line) line.push(r);
    else lines.set(key, [r]);
  }
  let columnar = 0;
  // Where text starts again after a gap, and on how many lines: a column's left edge. (Or where
  // lines start far into the page's text, on baselines of their own: a frame's lines beside the
  // text, in other type than the lines they stand beside.)
  const starts = new Map<number, number>();
  // (Folded, not spread into Math.min: a page may hold more runs than a call takes arguments.)
  const texts = runs.filter((r) => r.text.trim() !== '');
  const from = texts.length > 0 ? texts.reduce((m, r) => Math.min(m, r.x), Infinity) : 0;
  const to = texts.length > 0 ? texts.reduce((m, r) => Math.max(m, r.x + r.width), -Infinity) : 0;
  for (const line of lines.values()) {
    line.sort((a, b) => a.x - b.x);
    const first = line[0];
    if (first && first.x - from > (to - from) * 0.3) {
      const key = Math.round(first.x / 2);
      starts.set(key, (starts.get(key) ?? 0) + 1);
    }
    const gaps = gapsBefore(line);
    const apart = line.some((cur, i) => i > 0 && (gaps[i] as number) > cur.size * 3);
    const figures = line.filter((r, i) => FIGURE.test(r.text.trim()) && (gaps[i] as number) > r.size * 0.5);
    if (apart || figures.length >= 3) columnar++;
    // (A table's header: its labels say so, over however little of the table the page holds, set
    // apart by gutters as narrow as a cell's padding: a word processor's header over narrow columns.)
    const labelled = apart || line.some((cur, i) => i > 0 && (gaps[i] as number) > cur.size * 1.5);
    if (columnar >= 2 || (labelled && namesHeader(line.map((r) => r.text.trim())))) return true;
    line.forEach((r, i) => {
      if (i === 0 || (gaps[i] as number) <= r.size * 0.8) return;
      const key = Math.round(r.x / 2);
      starts.set(key, (starts.get(key) ?? 0) + 1);
    });
  }
  return [...starts.values()].some((n) => n >= 5);
}

/**
 * A list mark set in a symbol font (Symbol, Wingdings) that has no Unicode for its glyphs: word
 * processors write it as the font's code moved into the private use area (`\uF0B7`, the Symbol
 * font's bullet; `\uF0A7`, Wingdings' square). A run that is one such glyph alone is a bullet.
 */
export function symbolMark(text: string): string {
  return /^\s*[\uF021-\uF0FF]\s*$/u.test(text) ? '•' : text;
}

/**
 * Ligature glyphs that a text layer names by their ligature code, read as their letters: the Dutch
 * `ĳ` (U+0133) a font sets for `ij` where the text's language is Dutch (TeX Gyre's `locl`, in
 * Chromium), and `ﬁ`, `ﬂ`, `ﬀ`, `ﬃ`, `ﬄ`, `ﬅ`, `ﬆ`. The document writes letters; its words are
 * looked up, compared and split by them. Likewise the hyphen glyph that a font's Unicode map names
 * U+2010 (or, unbreakable, U+2011) rather than `-` (XeLaTeX with Lato: every hyphen, those it adds
 * where it breaks a word at a line's end too): one glyph, one character, so that `35 300-XIII`,
 * `5G-fieldlab` and a word broken over two lines read as the document's other renderings give them.
 * A control character (a glyph a font maps to code 0, as a damaged or misread font gives it) is no
 * text: it reads as U+FFFD, the character that stands for what could not be decoded, which every
 * output carries (the SQLite database takes no NUL in its text).
 */
export function glyphsAsText(text: string): string {
  if (!/[\u0132\u0133\uFB00-\uFB06\u2010\u2011\uF6F9-\uF7FF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u.test(text)) return text;
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu, '\uFFFD')
    .replace(/[\u2010\u2011]/gu, '-')
    .replace(/[\u0132\u0133\uFB00-\uFB06]/gu, (c) => c.normalize('NFKC'))
    .replace(/[\uF6F9-\uF7FF]/gu, (c) => ADOBE_SMALL.get(c) ?? c);
}

/** The whole numbers from `from` to `to`. */
function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

/**
 * The small capitals and old-style figures of Adobe's glyph list, which it names in the private use
 * area (`Asmall` U+F761 … `Zsmall` U+F77A, `Agravesmall` U+F7E0 …, `zerooldstyle` U+F730 …): a font's
 * Unicode map gives them so where a producer sets a text's small caps from the font's own glyphs
 * (Chromium, `font-variant: small-caps` in TeX Gyre Heros: `T` `\uF768\uF765\uF76D\uF761's` for
 * `Thema's`). Each stands for the letter or figure set small: U+F7xx for U+00xx, and four letters
 * beyond Latin-1 in U+F6F9–F6FF. A code of that area the list does not name stays as it is.
 */
const ADOBE_SMALL = new Map<string, string>([
  // (exclamsmall, dollaroldstyle, ampersandsmall, the figures, questionsmall, Gravesmall and the
  // letters, then exclamdownsmall, centoldstyle, the accents, questiondownsmall, the accented letters.)
  ...[0x21, 0x24, 0x26, ...range(0x30, 0x39), 0x3f, ...range(0x60, 0x7a), 0xa1, 0xa2, 0xa8, 0xaf, 0xb4, 0xb8, 0xbf, ...range(0xe0, 0xf6), ...range(0xf8, 0xff)].map(
    (code): [string, string] => [String.fromCodePoint(0xf700 + code), String.fromCodePoint(code)],
  ),
  ['\uF6F9', '\u0142'],
  ['\uF6FA', '\u0153'],
  ['\uF6FD', '\u0161'],
  ['\uF6FF', '\u017E'],
]);

/** A hyphen glyph (U+2010) that ends a text after a letter: where a producer broke a word (see softHyphens). */
const SOFT_END = /(?<=\p{L})\u2010(\s*)$/u;

/**
 * Does the page tell the hyphens its producer added where it broke words from the text's own? Its
 * texts end with U+2010 after a letter, none sets U+2010 between letters, and some set `-` there
 * (WeasyPrint: `ener‐` / `gietransitie`, `e-health`). Those ends are then soft hyphens (U+00AD),
 * which the lines drop as they join (`in‐` / `gaat`, though `in` and `gaat` are words). A producer
 * whose font names every hyphen U+2010 (XeLaTeX with Lato) sets it between letters too, or no `-`.
 */
export function softHyphens(texts: readonly string[]): boolean {
  let ends = 0;
  let minus = false;
  for (const t of texts) {
    if (/\p{L}\u2010\p{L}/u.test(t)) return false;
    if (SOFT_END.test(t)) ends++;
    if (!minus && /\p{L}-\p{L}/u.test(t)) minus = true;
  }
  return ends > 0 && minus;
}

/** Mentions a web address: only then are the page's link annotations worth reading. */
const WEB_ADDRESS = /https?:\/\/|www\.|\.(nl|eu|com|org|net)\b/i;

/**
 * Reads one page into plain data, with what pdfjs could not read of it. `OPS` is pdfjs's operator
 * table (passed in to keep imports in one place).
 */
export async function readPage(page: PDFPageProxy, OPS: Record<string, number>, options: ReadOptions = {}, opening: readonly string[] = []): Promise<PageData> {
  const { value, warnings: reading } = await collectPdfWarnings(() => readPageContent(page, OPS, options));
  const warnings = [...opening, ...reading];
  const runs = value.runs.filter((r) => [r.x, r.y, r.width, r.size].every(Number.isFinite));
  const bad = value.runs.length - runs.length;
  if (bad > 0) warnings.push(`${bad} text run(s) with invalid coordinates`);
  const data: PageData = {
    ...value,
    runs,
    rules: value.rules.filter(finiteBox),
    fills: value.fills.filter(finiteBox),
    links: value.links.filter(finiteBox),
  };
  const damage = pageDamage(warnings);
  if (damage) data.damage = damage;
  return data;
}

/**
 * Reads page `n` of an open document; a page that pdfjs cannot open or parse at all becomes an
 * empty page marked as lost, so one broken page is reported with its number instead of sinking
 * the whole document. What pdfjs warns of while opening the page (a page box it cannot use) is the
 * page's, as what it warns of while reading it.
 */
export async function readPageSafely(
  doc: { getPage: (n: number) => Promise<PDFPageProxy> },
  n: number,
  OPS: Record<string, number>,
  options: ReadOptions = {},
): Promise<PageData> {
  try {
    const { value: page, warnings } = await collectPdfWarnings(() => doc.getPage(n));
    try {
      return await readPage(page, OPS, options, warnings);
    } finally {
      page.cleanup();
    }
  } catch (error) {
    const message = (error as Error)?.message ?? String(error);
    return { page: n, width: 0, height: 0, runs: [], rules: [], fills: [], links: [], damage: { lost: true, count: 1, samples: [`the page could not be read: ${message}`] } };
  }
}

/** Is the document tagged (MarkInfo /Marked): does it carry a structure tree worth reading? */
export async function isTagged(doc: { getMarkInfo: () => Promise<{ Marked?: boolean } | null> }): Promise<boolean> {
  return (await doc.getMarkInfo().catch(() => null))?.Marked === true;
}

export interface ReadOptions {
  /** The document is tagged (MarkInfo /Marked): read its structure tree too. */
  tagged?: boolean;
  /** The document's layers (optional content), when it has any: text in one switched off is not shown, so not read. */
  optional?: OptionalContent | null;
  /** The links a viewer shows on a page (by its index), read for the whole document at once: see viewableLinks (null: ask the page). */
  viewableLinks?: (pageIndex: number) => Promise<unknown[] | null>;
}

/** pdfjs's AnnotationType.LINK (the PDF's /Link subtype). */
const LINK = 2;

/** Annotation flags (PDF 32000 12.5.3) that keep an annotation from being shown. */
const INVISIBLE = 1;
const NO_VIEW = 32;

/**
 * The links a viewer shows, page by page, read for the whole document at once when first asked
 * for. pdfjs gives a page's links that are not marked printable only with the display intent, and
 * with it it extracts the page's text again to tell what lies under each link (for a viewer's
 * highlighting): a second text pass over every page of a producer that marks no link printable
 * (WeasyPrint: 0.25 s of a 74-page report's 1.2 s, measured). Asked by type, pdfjs reads the
 * annotations alone; those a viewer shows are the ones the display intent gives (pdfjs's
 * `viewable`: not invisible, not marked no-view, no broken quadrilaterals).
 */
export function viewableLinks(doc: { getAnnotationsByType(types: Set<number>, skip: Set<number> | null): Promise<unknown[] | null> }): (pageIndex: number) => Promise<unknown[] | null> {
  // (null: the document's annotations could not be read so; each page then asks for its own.)
  let byPage: Promise<Map<number, unknown[]> | null> | null = null;
  return async (pageIndex) => {
    byPage ??= doc.getAnnotationsByType(new Set([LINK]), null).then((all) => {
      const out = new Map<number, unknown[]>();
      for (const a of (all ?? []) as { pageIndex?: number; annotationFlags?: number; quadPoints?: unknown }[]) {
        const flags = a.annotationFlags ?? 0;
        if (a.quadPoints === null || (flags & INVISIBLE) !== 0 || (flags & NO_VIEW) !== 0 || a.pageIndex === undefined) continue;
        const list = out.get(a.pageIndex) ?? [];
        list.push(a);
        out.set(a.pageIndex, list);
      }
      return out;
    }, () => null);
    const links = await byPage;
    return links ? (links.get(pageIndex) ?? []) : null;
  };
}

/**
 * What reading each page needs to know of its document, asked once per document: whether it is
 * tagged, its layers, and its links by page (see ReadOptions).
 */
export async function documentReadOptions(
  doc: Parameters<typeof isTagged>[0] & Parameters<typeof optionalContent>[0] & Parameters<typeof viewableLinks>[0],
): Promise<ReadOptions> {
  return { tagged: await isTagged(doc), optional: await optionalContent(doc), viewableLinks: viewableLinks(doc) };
}

/** Which layers (optional content groups) a viewer shows: pdfjs's configuration of them. */
export interface OptionalContent {
  isVisible(group: unknown): boolean;
}

/** The document's layers as a viewer shows them first, or null when it has none. */
export async function optionalContent(doc: { getOptionalContentConfig: () => Promise<OptionalContent & { getOrder(): unknown }> }): Promise<OptionalContent | null> {
  const config = await doc.getOptionalContentConfig().catch(() => null);
  return config && config.getOrder() !== null ? config : null;
}

/** Structure roles that bound a run of text: a new one of these is a new paragraph or item. */
const BLOCK_ROLES = new Set(['P', 'LI', 'TD', 'TH', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'Caption', 'Note', 'BlockQuote']);

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

/** Marked-content id → the key of the nearest block element above it in the structure tree. */
function structElements(tree: StructNode | null): Map<string, string> {
  const map = new Map<string, string>();
  if (!tree) return map;
  let counter = 0;
  const stack: { node: StructNode; element: string | undefined }[] = [{ node: tree, element: undefined }];
  while (stack.length > 0) {
    const { node, element } = stack.pop() as { node: StructNode; element: string | undefined };
    if (node.type === 'content' && node.id) {
      if (element) map.set(node.id, element);
      continue;
    }
    const own = node.role && BLOCK_ROLES.has(node.role) ? `${node.role}#${counter++}` : element;
    for (const child of node.children ?? []) stack.push({ node: child, element: own });
  }
  return map;
}

type TextItem = { str: string; fontName: string; transform: number[]; width: number; height: number };

/**
 * The text items of a page, each with the marked content it stands in (tagged PDFs), and whether
 * any stands in a layer (optional content; looked for in a document that has layers).
 */
async function textItems(page: PDFPageProxy, tagged: boolean, layers: boolean): Promise<{ items: (TextItem & { mcid?: string })[]; layered: boolean }> {
  const content = await page.getTextContent({ includeMarkedContent: tagged || layers, disableNormalization: false });
  const open: (string | null)[] = [];
  const out: (TextItem & { mcid?: string })[] = [];
  let layered = false;
  for (const item of content.items as ({ type?: string; id?: string; tag?: string } & Partial<TextItem>)[]) {
    if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
      if (item.tag === 'OC') layered = true;
      open.push(item.id ?? null);
      continue;
    }
    if (item.type === 'endMarkedContent') {
      open.pop();
      continue;
    }
    if (typeof item.str !== 'string' || item.str === '') continue;
    const mcid = [...open].reverse().find((id): id is string => typeof id === 'string');
    out.push(mcid ? { ...(item as TextItem), mcid } : (item as TextItem));
  }
  return { items: out, layered };
}

async function readPageContent(page: PDFPageProxy, OPS: Record<string, number>, options: ReadOptions): Promise<PageData> {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  // Font names (hence bold and italic) are known once pdfjs has loaded the fonts, which reading the
  // drawing operators does. A page that uses a font no earlier page loaded pays for that once.
  // (Text set at a slant — a watermark across the page, `CONCEPT` — is no part of the document's
  // text: left out, and said. Not where most of the page's text is: a page scanned askew. See
  // watermarks.ts, also for one set upright over the text.)
  const { items: allItems, layered } = await textItems(page, options.tagged === true, Boolean(options.optional));
  const slantedItem = (item: TextItem): boolean => atSlant(item.transform[0] ?? 0, item.transform[1] ?? 0);
  const chars = (list: readonly TextItem[]): number => list.reduce((n, item) => n + item.str.trim().length, 0);
  const aslant = allItems.filter(slantedItem);
  const watermark = aslant.length > 0 && chars(aslant) * 2 < chars(allItems);
  let items = watermark ? allItems.filter((item) => !slantedItem(item)) : allItems;
  const slanted = watermark ? aslant.filter((item) => item.str.trim() !== '') : [];
  const unknownFont = items.some((i) => !page.commonObjs.has(i.fontName));
  // A page whose text runs up, down or upside down (a landscape page set turned on a portrait one)
  // is read turned upright: its text, rules and fills all in the upright page's coordinates.
  const turn = pageTurn(items);
  const upright = (x: number, y: number): [number, number] => turnPoint(turn, x - x0, y - y0, x1 - x0, y1 - y0);
  // (Text placed beyond the reach of its page — a damaged or hostile file's font widths or
  // matrices — is not read, and said: see withinReach.)
  const reach = withinReach(turn === 90 || turn === 270 ? [y1 - y0, x1 - x0] : [x1 - x0, y1 - y0]);
  const placed = items.filter((item) => {
    const [a = 0, b = 0, , , e = 0, f = 0] = item.transform;
    return reach.holds(upright(e, f), Math.hypot(a, b) || item.height, item.width);
  });
  const unplaced = items.length - placed.length;
  items = placed;
  const soft = softHyphens(items.map((item) => item.str));
  const runsOf = (list: readonly (TextItem & { mcid?: string })[]): TextRun[] => {
    // (Counted for the runs last made: the page's runs are made again where fonts split them.)
    reach.cut = 0;
    return list.map((item) => runOf(item));
  };
  const runOf = (item: TextItem): TextRun => {
    const [a = 0, b = 0, , , e = 0, f = 0] = item.transform;
    const [x, y] = upright(e, f);
    const size = Math.hypot(a, b) || item.height;
    // (A run set upside down on the upright page — a label turned half round, as WeasyPrint sets
    // `writing-mode: vertical-rl` with `rotate(180deg)` — runs leftwards from where it starts and
    // hangs under it: the same text set upright over that place.)
    const reversed = upsideDown(a, b, turn);
    // (A length below zero — a font's widths set negative — runs back from the origin: the run
    // covers the same stretch set forwards. Every run's width is zero or more.)
    const back = item.width < 0 !== reversed;
    const width = reach.width(back ? -1 : 1, x, Math.abs(item.width));
    const text = soft ? item.str.replace(SOFT_END, '\u00ad$1') : item.str;
    const run: TextRun = { text: glyphsAsText(symbolMark(text)), x: back ? x - width : x, y: reversed ? y - size * 0.75 : y, width, size, bold: false, italic: false };
    if (reversed) run.reversed = true;
    return run;
  };
  let provisional = runsOf(items);
  const needsDrawing = mayHoldTable(provisional);
  // The structure tree settles where list items and paragraphs end inside table cells: read it
  // on the pages that may hold a table.
  const elements = options.tagged && needsDrawing ? structElements((await page.getStructTree().catch(() => null)) as StructNode | null) : null;
  const withElements = (): void => {
    if (!elements) return;
    items.forEach((item, i) => {
      const element = item.mcid ? elements.get(item.mcid) : undefined;
      if (element) (provisional[i] as TextRun).element = element;
    });
  };
  withElements();
  // (Text in a layer: whether the layer is shown, the drawing operators tell.)
  // (A page with hardly any text may be a picture of one: a scanned page. What it draws tells.)
  const bare = provisional.reduce((n, r) => n + r.text.split(/\s+/u).filter(Boolean).length, 0) < FEW_WORDS;
  // (Text that comes within a glyph of the page's edge may go on past it: the drawing tells.)
  const edge = nearEdge(provisional, turn === 90 || turn === 270 ? [y1 - y0, x1 - x0] : [x1 - x0, y1 - y0]) ? new PastEdgeCollector([x0, y0, x1, y1]) : null;
  const read =
    needsDrawing || unknownFont || layered || bare || edge
      ? await drawing(page, OPS, layered ? (options.optional ?? null) : null, edge)
      : { rules: [], fills: [], origins: [], lines: [], letterWidths: new Map<string, Map<string, number>>(), otherWidths: new Map<string, Map<string, number>>(), hidden: [], images: [], shapes: 0, shows: [] };
  // (Text pdfjs ran on across a change of font, cut where the font changes: see splitAtFonts.)
  const split = turn === 0 ? splitAtFonts(items, read.shows) : items;
  if (split.length !== items.length) {
    items = split;
    provisional = runsOf(items);
    withElements();
  }
  // (What is drawn stands where the text does, from the page's corner: turned upright, or moved
  // by the page's origin — a printer's sheet, its box larger than the page, starts below zero.)
  const drawn = turn === 0 && x0 === 0 && y0 === 0 ? read : turnedDrawing(read, upright);
  const { fills, origins } = drawn;
  // (A link's underline may be a thin box filled, as Chromium draws every rule, or a line stroked.)
  const lying = (r: Box): boolean => r.x1 - r.x0 > r.y1 - r.y0;
  const kept = new Set(withoutUnderlines([...drawn.rules.filter(lying), ...drawn.lines], provisional));
  const rules = [...drawn.rules.filter((r) => !lying(r) || kept.has(r)), ...drawn.lines.filter((l) => kept.has(l))];
  const stroked = strokedRuns(origins, provisional);
  const hiddenByClip = hiddenRuns(drawn.hidden.filter((h) => h.clip !== null), provisional);
  const inHiddenLayer = hiddenRuns(drawn.hidden.filter((h) => h.clip === null), provisional);
  const overText = overlaid(provisional);
  // The page's fonts (known once pdfjs has loaded them) and what each says of its text.
  const imageOps = new Set(IMAGE_OPS.map((name) => OPS[name]));
  const loaded = new Map<string, PageFont>();
  for (const item of items) {
    const known = loaded.get(item.fontName);
    if (known) {
      known.chars += item.str.length;
      continue;
    }
    let font: { name?: string; isType3Font?: boolean; charProcOperatorList?: Record<string, { fnArray: number[]; argsArray: unknown[] }> } | undefined;
    try {
      font = page.commonObjs.has(item.fontName) ? (page.commonObjs.get(item.fontName) as typeof font) : undefined;
    } catch {
      font = undefined;
    }
    const type3 = font?.isType3Font === true;
    const outlines = type3 && !Object.values(font?.charProcOperatorList ?? {}).some((glyph) => glyph.fnArray.some((op) => imageOps.has(op)));
    const name = String(font?.name ?? '');
    // (A nameless Type 3 font's ink tells its weight: see heavierNameless.)
    const ink = outlines && isNameless(name) && font?.charProcOperatorList ? inkOf(font.charProcOperatorList, OPS, fontScaleOf(page, item.fontName)) : null;
    loaded.set(item.fontName, { name, type3, outlines, chars: item.str.length, ...(ink ? { ink } : {}) });
  }
  // A font by its name (the same font on every page, whichever thread read it), or pdfjs's id for
  // it: for a font with no name (`Type3`, a rewrite dropped it) too, which names no one font.
  const fontKey = (id: string): string => {
    const name = loaded.get(id)?.name ?? '';
    return isNameless(name) ? id : name;
  };
  const emboldened = new Set([...emboldenedFonts(loaded), ...heavierNameless(loaded)]);
  const traitsOf = new Map([...loaded].map(([id, font]) => {
    const traits = fontTraits(font.name);
    return [id, emboldened.has(id) ? { ...traits, bold: true } : traits];
  }));
  const shown = items.flatMap((item, i) => {
    const run = provisional[i] as TextRun;
    return hiddenByClip.has(run) || inHiddenLayer.has(run) || overText.has(run) ? [] : [{ item, run }];
  });
  const onPage: TextRun[] = shown.map(({ item, run }) => {
    const traits = traitsOf.get(item.fontName) ?? { bold: false, italic: false };
    // (Text whose outlines are stroked too is set bold.)
    return { ...run, ...traits, font: fontKey(item.fontName), ...(stroked.has(run) ? { bold: true } : {}) };
  });
  // (Text the file sets past the page's edge, in the page's upright coordinates, joined to the runs.)
  const pastEdge = (edge?.pieces ?? []).map((piece): TextRun => {
    const [x, y] = upright(piece.x, piece.y);
    const traits = traitsOf.get(piece.fontId) ?? fontTraits(String((page.commonObjs.has(piece.fontId) ? (page.commonObjs.get(piece.fontId) as { name?: string } | undefined)?.name : '') ?? ''));
    return { text: glyphsAsText(symbolMark(piece.text)), x, y, width: piece.width, size: piece.size, ...traits, font: fontKey(piece.fontId) };
  });
  // (Pieces of text pdfjs gave apart that are one, joined: see the joiners. Web addresses are looked
  // for in what they make, an address set a glyph a run being one too.)
  const runs = touchingJoined(overstruck(withoutShadows(smallCapsJoined(spacedWordsJoined(spreadLettersJoined(withPastEdge(onPage, pastEdge)))))));
  if (!needsDrawing) {
    rules.length = 0;
    fills.length = 0;
  }
  const links: PageData['links'] = [];
  // 'print': the display intent makes pdfjs extract the text under every link, as costly as the page
  // itself. Links a producer did not mark printable (WeasyPrint) only the display intent gives: asked
  // for only when the print intent gave no link on a page with web addresses.
  const addresses = runs.some((r) => WEB_ADDRESS.test(r.text));
  let annotations: unknown[] = addresses ? await page.getAnnotations({ intent: 'print' }) : [];
  if (addresses && !(annotations as { subtype?: string }[]).some((a) => a.subtype === 'Link')) {
    annotations = (options.viewableLinks ? await options.viewableLinks(page.pageNumber - 1) : null) ?? (await page.getAnnotations({ intent: 'display' }));
  }
  for (const a of annotations as { subtype?: string; url?: string; rect?: number[] }[]) {
    const url = (a as { unsafeUrl?: string }).unsafeUrl ?? a.url;
    if (a.subtype !== 'Link' || !url || !a.rect) continue;
    const [ax0 = 0, ay0 = 0, ax1 = 0, ay1 = 0] = a.rect;
    links.push({ url, ...boxOf(upright(ax0, ay0), upright(ax1, ay1)) });
  }
  const across = Number.isFinite(x1 - x0) ? x1 - x0 : 0;
  const down = Number.isFinite(y1 - y0) ? y1 - y0 : 0;
  const [width, height] = turn === 90 || turn === 270 ? [down, across] : [across, down];
  // The letters' advances by font, as the runs name it: the fonts of one name read as one (a
  // producer may split a font's glyphs over several, Chromium's Type 3 fonts 256 a font), the first
  // advance a letter is drawn with kept, another noted.
  const letterWidths: Record<string, Record<string, number>> = {};
  const otherWidths: Record<string, Record<string, number>> = {};
  const noteOther = (key: string, letter: string, width: number): void => {
    const others = (otherWidths[key] ??= {});
    others[letter] ??= width;
  };
  for (const [id, widths] of read.letterWidths) {
    if (widths.size === 0) continue;
    const key = fontKey(id);
    const known = (letterWidths[key] ??= {});
    for (const [letter, width] of widths) {
      const first = known[letter];
      if (first === undefined) known[letter] = width;
      else if (twoAdvances(first, width)) noteOther(key, letter, width);
    }
  }
  for (const [id, widths] of read.otherWidths) for (const [letter, width] of widths) noteOther(fontKey(id), letter, width);
  // (Text left out, for the notes: how many pieces, and up to three of them.)
  const leftOut = (texts: readonly string[]): { count: number; samples: string[] } | undefined => {
    const shown = texts.map((t) => t.trim()).filter((t) => t !== '');
    return shown.length > 0 ? { count: shown.length, samples: [...new Set(shown.map((t) => t.slice(0, 40)))].slice(0, 3) } : undefined;
  };
  const hiddenText = leftOut([...hiddenByClip].map((r) => r.text));
  const hiddenLayer = leftOut([...inHiddenLayer].map((r) => r.text));
  const pastEdgeText = leftOut(pastEdge.map((r) => r.text));
  const watermarkText = leftOut([...slanted.map((i) => i.str), ...[...overText].map((r) => r.text)]);
  const pictured = bare ? pictureShare(read.images, { x0, y0, x1, y1 }) : 0;
  return {
    page: page.pageNumber,
    width,
    height,
    runs,
    rules,
    fills,
    links,
    ...(Object.keys(letterWidths).length > 0 ? { letterWidths } : {}),
    ...(Object.keys(otherWidths).length > 0 ? { otherWidths } : {}),
    ...(hiddenText ? { hiddenText } : {}),
    ...(hiddenLayer ? { hiddenLayer } : {}),
    ...(watermarkText ? { watermark: watermarkText } : {}),
    ...(pictured >= PICTURE_PAGE ? { picture: Math.round(pictured * 100) / 100 } : {}),
    ...(bare && pictured < PICTURE_PAGE && read.shapes >= OUTLINED_PAGE ? { outlined: read.shapes } : {}),
    ...(edge ? { edgeRead: !edge.overflow } : {}),
    ...((edge?.farOff ?? 0) + unplaced + reach.cut > 0 ? { farOff: (edge?.farOff ?? 0) + unplaced + reach.cut } : {}),
    ...(pastEdgeText ? { pastEdge: pastEdgeText } : {}),
  };
}

/**
 * How far a page's text is read: REACH pages' widths or heights beyond its edges (see
 * past-edge.ts). A run whose origin lies beyond that reach, or whose size is larger than that, is
 * not on the page in any sense (a damaged stream, a hostile file's matrix): `holds` says no. A run
 * that starts within reach but whose glyphs advance past it (a font whose widths are absurd,
 * `1e28`) is cut at the reach (`width`, counted in `cut`): the glyphs after are set where no page
 * is. Every stage after this reads the page's extent, which such text would stretch without bound.
 * (Numbers that are no finite number are let through: readPage says the page is damaged.)
 */
function withinReach([width, height]: readonly [number, number]): {
  holds: (at: readonly [number, number], size: number, length: number) => boolean;
  width: (direction: 1 | -1, x: number, length: number) => number;
  cut: number;
} {
  const [left, right] = [-REACH * width, width + REACH * width];
  const [foot, head] = [-REACH * height, height + REACH * height];
  const state = {
    cut: 0,
    holds: ([x, y]: readonly [number, number], size: number, length: number): boolean =>
      !Number.isFinite(x + y + size + length) || (x >= left && x <= right && y >= foot && y <= head && size < REACH * Math.max(width, height)),
    width: (direction: 1 | -1, x: number, length: number): number => {
      const room = direction === 1 ? right - x : x - left;
      if (!(length > room) || !Number.isFinite(room)) return length;
      state.cut++;
      return room;
    },
  };
  return state;
}

/**
 * Whether some of a page's text comes within a glyph of its edge (or past it): then it may go on
 * past the edge, where pdfjs's text content leaves it out (see past-edge.ts). Pages set with
 * margins (nearly all) do not pay for reading their drawing for this.
 */
export function nearEdge(runs: readonly TextRun[], [width, height]: readonly [number, number]): boolean {
  return runs.some((r) => r.text.trim() !== '' && (r.x + r.width > width - r.size || r.x < r.size || r.y < r.size * 1.5 || r.y + r.size > height));
}

/** Fewer words than this on a page, and it may be a picture of a page (see `picture`). */
const FEW_WORDS = 5;

/**
 * Glyph-sized shapes a page with hardly any text must fill for it to be text drawn as outlines (see
 * `outlined`): a page's worth of letters, not a few icons, bullets or a logo.
 */
const OUTLINED_PAGE = 100;

/** The share of a page images must cover, with hardly any text, for it to be a picture of a page. */
const PICTURE_PAGE = 0.5;

/** The share of a page's box that images cover (their boxes' areas within it, summed; at most 1). */
export function pictureShare(images: readonly Box[], view: Box): number {
  const area = (view.x1 - view.x0) * (view.y1 - view.y0);
  if (area <= 0) return 0;
  const covered = images.reduce((sum, image) => {
    const b = intersect(image, view);
    return sum + Math.max(0, b.x1 - b.x0) * Math.max(0, b.y1 - b.y0);
  }, 0);
  return Math.min(1, covered / area);
}

/** How far a page's text is turned (anticlockwise, in degrees): the way most of its characters run. */
export function pageTurn(items: readonly { str: string; transform: number[] }[]): 0 | 90 | 180 | 270 {
  const chars = new Map<number, number>();
  for (const item of items) {
    const [a = 0, b = 0] = item.transform;
    // (Text set at a slant, 10° or more from a right angle, says nothing.)
    if (atSlant(a, b)) continue;
    const turn = Math.round(angleOf(a, b) / 90) * 90;
    chars.set(turn % 360, (chars.get(turn % 360) ?? 0) + item.str.trim().length);
  }
  let best: 0 | 90 | 180 | 270 = 0;
  for (const turn of [90, 180, 270] as const) if ((chars.get(turn) ?? 0) > (chars.get(best) ?? 0)) best = turn;
  return best;
}

/** Does a run whose transform starts `a`, `b` run upside down on a page turned by `turn` (within 10°)? */
export function upsideDown(a: number, b: number, turn: 0 | 90 | 180 | 270): boolean {
  if (a === 0 && b === 0) return false;
  const angle = ((((Math.atan2(b, a) * 180) / Math.PI - turn) % 360) + 360) % 360;
  return Math.abs(angle - 180) <= 10;
}

/**
 * A point of a page turned by `turn` (its text running that way), from the page's corner, where it
 * stands on the page turned upright (`width` and `height` the page's as it is drawn).
 */
export function turnPoint(turn: 0 | 90 | 180 | 270, x: number, y: number, width: number, height: number): [number, number] {
  if (turn === 90) return [y, width - x];
  if (turn === 180) return [width - x, height - y];
  if (turn === 270) return [height - y, x];
  return [x, y];
}

function boxOf(a: [number, number], b: [number, number]): Box {
  return { x0: Math.min(a[0], b[0]), y0: Math.min(a[1], b[1]), x1: Math.max(a[0], b[0]), y1: Math.max(a[1], b[1]) };
}

/** What a turned page draws, where it stands on the page turned upright. */
function turnedDrawing<T extends { rules: Box[]; fills: (Box & { color?: string })[]; origins: TextOrigin[]; lines: Box[]; hidden: HiddenText[] }>(drawn: T, upright: (x: number, y: number) => [number, number]): T {
  const turnBox = <B extends Box>(b: B): B => ({ ...b, ...boxOf(upright(b.x0, b.y0), upright(b.x1, b.y1)) });
  return {
    ...drawn,
    rules: drawn.rules.map(turnBox),
    fills: drawn.fills.map(turnBox),
    lines: drawn.lines.map(turnBox),
    origins: drawn.origins.map(([x, y, stroked]) => [...upright(x, y), stroked] as TextOrigin),
    hidden: drawn.hidden.map(({ x, y, clip, end }) => {
      const [ux, uy] = upright(x, y);
      return { x: ux, y: uy, clip: clip && turnBox(clip), ...(end !== undefined ? { end: upright(end, y)[0] } : {}) };
    }),
  };
}


/**
 * Two pages set side by side on one sheet (a 2-up print, a designer's spreads): each half is read as
 * a page of its own, the left one first, and what is read there is placed back on its sheet.
 *
 * A sheet is a spread when it is wider than tall and a band down its middle, a twelfth of its width,
 * holds no text and no rule, no fill crossing its middle but one behind the whole sheet, while each
 * half holds words. Two columns of one page part at a gutter far narrower than two pages' inner
 * margins; a sparse table whose columns happen to leave the middle free has figures, not words, on
 * one side. Read whole, a spread's two pages run together: their tables side by side, each page's
 * notes and running text in the other's columns.
 */
import type { Diagnostic } from '../../model/diagnostics';
import type { Block } from '../../model/document';
import type { Box, PageData, TextRun } from './page-data';
import { bbox } from './place';

/** Half the width of the empty band down a spread's middle, as a share of the sheet's width. */
const BAND = 1 / 24;
/** Words (three letters or more) each half holds at least. */
const MIN_WORDS = 3;

/** Where a half read as a page of its own stands on its sheet. */
interface Half {
  sheet: number;
  dx: number;
}

const words = (runs: readonly TextRun[]): number => runs.reduce((n, r) => n + (r.text.match(/\p{L}{3,}/gu)?.length ?? 0), 0);

/** Where the page parts into two pages (the middle of its empty band), or null when it does not. */
export function spreadGutter(page: PageData): number | null {
  if (page.width <= page.height * 1.15) return null;
  const mid = page.width / 2;
  const from = mid - page.width * BAND;
  const to = mid + page.width * BAND;
  const across = (x0: number, x1: number): boolean => x0 < to && x1 > from;
  if (page.runs.some((r) => r.text.trim() !== '' && across(r.x, r.x + r.width))) return null;
  if (page.rules.some((r) => across(r.x0, r.x1))) return null;
  // (A fill behind a page may reach into the band — a page's own white ground — but none but one
  // behind the whole sheet, a tint of the paper, crosses its middle.)
  if (page.fills.some((f) => f.x0 < mid - 1 && f.x1 > mid + 1 && f.x1 - f.x0 < page.width * 0.9)) return null;
  const left = page.runs.filter((r) => r.x + r.width <= from);
  const right = page.runs.filter((r) => r.x >= to);
  return words(left) >= MIN_WORDS && words(right) >= MIN_WORDS ? mid : null;
}

const inHalf = (box: Box, x0: number, x1: number): boolean => (box.x0 + box.x1) / 2 >= x0 && (box.x0 + box.x1) / 2 < x1;
const shifted = <B extends Box>(box: B, dx: number): B => ({ ...box, x0: box.x0 - dx, x1: box.x1 - dx });

/**
 * The pages with each spread parted into its two halves, the right one numbered half a page on
 * (`n + 0.5`) while it is read; `halves` says where each such half stands on its sheet.
 */
export function splitSpreads(pages: readonly PageData[]): { pages: PageData[]; halves: Map<number, Half> } {
  const halves = new Map<number, Half>();
  const out: PageData[] = [];
  for (const page of pages) {
    const mid = spreadGutter(page);
    if (mid === null) {
      out.push(page);
      continue;
    }
    const part = (x0: number, x1: number, dx: number, n: number): PageData => ({
      ...page,
      page: n,
      width: x1 - x0,
      runs: page.runs.filter((r) => r.x + Math.min(r.width, r.size) / 2 >= x0 && r.x + Math.min(r.width, r.size) / 2 < x1).map((r) => ({ ...r, x: r.x - dx })),
      rules: page.rules.filter((b) => inHalf(b, x0, x1)).map((b) => shifted(b, dx)),
      fills: page.fills.filter((b) => inHalf(b, x0, x1) || b.x1 - b.x0 >= page.width * 0.9).map((b) => shifted({ ...b, x0: Math.max(b.x0, x0), x1: Math.min(b.x1, x1) }, dx)),
      links: page.links.filter((b) => inHalf(b, x0, x1)).map((b) => shifted(b, dx)),
    });
    const left = part(0, mid, 0, page.page);
    const { hiddenText: _h, watermark: _w, hiddenLayer: _l, damage: _d, letterWidths: _lw, otherWidths: _ow, ...rest } = part(mid, page.width, mid, page.page + 0.5);
    out.push(left, rest);
    halves.set(page.page + 0.5, { sheet: page.page, dx: mid });
  }
  return { pages: out, halves };
}

/**
 * Blocks and notes read from halves, placed back on their sheets: each place (`page`, `bbox`) and
 * each table cell's box moved by its half's offset. Changes them in place.
 */
export function placeOnSheets(blocks: readonly Block[], notes: readonly Diagnostic[], halves: ReadonlyMap<number, Half>): void {
  if (halves.size === 0) return;
  const moved = (b: readonly number[], dx: number): [number, number, number, number] => bbox({ x0: (b[0] ?? 0) + dx, y0: b[1] ?? 0, x1: (b[2] ?? 0) + dx, y1: b[3] ?? 0 });
  const visit = (value: unknown, inherited: Half | undefined): void => {
    if (Array.isArray(value)) {
      for (const v of value) visit(v, inherited);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const node = value as { box?: number[]; source?: { page?: number; bbox?: number[] }; place?: { page?: number; bbox?: number[] } };
    // (What stands in a node takes the half of its own place, or of the nearest place round it: a
    // table's rows may come from several pages, and its cells from their row's.)
    const here = node.source?.page !== undefined ? halves.get(node.source.page) : inherited;
    if (node.box && here) node.box = moved(node.box, here.dx);
    for (const [key, child] of Object.entries(node)) if (key !== 'source' && key !== 'place' && key !== 'box') visit(child, here);
    for (const at of [node.source, node.place]) {
      const half = at?.page !== undefined ? halves.get(at.page) : undefined;
      if (!at || !half) continue;
      at.page = half.sheet;
      if (at.bbox) at.bbox = moved(at.bbox, half.dx);
    }
  };
  visit(blocks, undefined);
  visit(notes, undefined);
}

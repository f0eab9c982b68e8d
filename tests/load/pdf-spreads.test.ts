import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load';
import type { PageData, TextRun } from '../../src/load/pdf/page-data';
import { spreadGutter } from '../../src/load/pdf/spreads';
import { minimalPdf, proseLines, textContent } from '../helpers/pdf';

const run = (text: string, x: number, y: number, width = text.length * 4.5): TextRun => ({ text, x, y, width, size: 9, bold: false, italic: false });
/** A sheet 842 × 595 (A4 landscape) holding these runs. */
const sheet = (runs: TextRun[]): PageData => ({ page: 3, width: 842, height: 595, runs, rules: [], fills: [], links: [] });
// (Two A4 pages at 70 %, as a 2-up print sets them: each one's lines 300 pt wide, from 30 and from 470.)
const lines = proseLines(8);
const half = (x: number): TextRun[] => lines.map((t, k) => run(t.slice(0, 60), x, 540 - 14 * k, 290));

describe('spreadGutter', () => {
  it('parts a sheet wider than tall whose middle holds nothing, each half holding words', () => {
    expect(spreadGutter(sheet([...half(30), ...half(470)]))).toBe(421);
    // (A page that holds a heading only, a part's first, beside a page of text.)
    expect(spreadGutter(sheet([...half(30), run('2 Versterken van het fundament (basisvoorwaarden)', 470, 540, 260)]))).toBe(421);
  });

  it('parts it though a page’s own ground reaches into the band (a white box behind the page), but not where a fill crosses the middle', () => {
    const ground = (x0: number, x1: number) => ({ x0, x1, y0: 20, y1: 575, color: '#ffffff' });
    expect(spreadGutter({ ...sheet([...half(30), ...half(470)]), fills: [ground(20, 415), ground(427, 822)] })).toBe(421);
    expect(spreadGutter({ ...sheet([...half(30), ...half(470)]), fills: [ground(20, 600)] })).toBeNull();
    // (One behind the whole sheet, a tint of the paper, says nothing.)
    expect(spreadGutter({ ...sheet([...half(30), ...half(470)]), fills: [ground(0, 842)] })).toBe(421);
  });

  it('leaves whole a sheet with a line across its middle, one with figures only on one side, and an upright page', () => {
    expect(spreadGutter(sheet([...half(30), ...half(470), run('Een kop over de hele breedte van het vel', 200, 570, 440)]))).toBeNull();
    expect(spreadGutter(sheet([...half(30), ...['2017 2018 2019', '22 27 34', '29 65 83'].map((t, k) => run(t, 600, 540 - 14 * k))]))).toBeNull();
    expect(spreadGutter({ ...sheet([...half(30), ...half(470)]), width: 595, height: 842 })).toBeNull();
  });
});

describe('a 2-up sheet read as two pages', () => {
  it('reads the left page, then the right one, each place on its sheet', async () => {
    const left = proseLines(12).slice(0, 6);
    const right = proseLines(12).slice(6);
    const content = textContent([...left.map((t, k): [number, number, string] => [30, 540 - 13 * k, t.slice(0, 70)]), ...right.map((t, k): [number, number, string] => [470, 540 - 13 * k, t.slice(0, 70)])], 7);
    const model = await loadDocument(minimalPdf([content], { mediaBox: [0, 0, 842, 595] }), 'spread.pdf');
    const text = model.blocks.map((b) => ('text' in b ? b.text : '')).join(' ');
    // (Read whole, each line of the left page would run on into the right page's line beside it.)
    expect(text.indexOf(left[1]?.slice(0, 30) ?? '?')).toBeLessThan(text.indexOf(right[0]?.slice(0, 30) ?? '?'));
    expect(text).not.toContain(`${left[0]?.slice(0, 70)} ${right[0]?.slice(0, 70)}`);
    const places = model.blocks.map((b) => b.source);
    expect(places.every((p) => p?.page === 1)).toBe(true);
    expect(Math.min(...places.map((p) => p?.bbox?.[0] ?? 0))).toBe(30);
    expect(Math.max(...places.map((p) => p?.bbox?.[0] ?? 0))).toBe(470);
  });
});

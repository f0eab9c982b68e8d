/**
 * Whether a line that ends a sentence was wrapped or broken on purpose: the next line's first word
 * would have fitted after it, or not. Measured from the advances the page's font draws its letters
 * with, where it draws them all (src/load/pdf/text-blocks.ts, measuredFirstWord), not estimated from
 * the line's letters on average: Chromium wrapped `… (P2B) gepubliceerd.` / `Hierin zijn …` with
 * room for all but a point of `Hierin`, and an estimate made it fit (excerpt:
 * tests/fixtures/excerpts/chromium-wrap-after-stop.pdf, the page where actions 27 and 28 share a row).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedModel } from '../helpers/models';
import { ROOT } from '../helpers/fixture';
import type { TableBlock } from '../../src/model/document';
import type { Line } from '../../src/load/pdf/lines';
import { measuredFirstWord } from '../../src/load/pdf/text-blocks';

const EXCERPT = join(ROOT, 'tests', 'fixtures', 'excerpts', 'chromium-wrap-after-stop.pdf');

/** A line of 10 pt type, 45 pt wide, in font `F`. */
const line = (text: string, more: Partial<Line> = {}): Line => ({ spans: [{ text, bold: false, italic: false }], text, x0: 100, x1: 145, y: 500, size: 10, footnoteRefs: [], widestGap: 2.5, font: 'F', ...more });
/** Helvetica's advances of the letters of `Hierin zijn`, in thousandths of an em. */
const HELVETICA = { H: 722, i: 222, e: 556, r: 333, n: 556, z: 500, j: 222 };

describe('a line wrapped after a sentence\'s end', () => {
  it('keeps a status paragraph whole where its next word had a point too little room (Chromium, DejaVu Serif)', async () => {
    const model = await cachedModel(EXCERPT);
    const row = model.blocks.flatMap((b) => (b.kind === 'table' ? (b as TableBlock).rows : [])).find((r) => r.cells.some((c) => c.text.startsWith('27) Inzet op transparantie')));
    const status = row?.cells.find((c) => c.text.startsWith('Op 11 juli 2019'));
    // (Its first two sentences, in one paragraph: the cell holds no other.)
    expect(status?.blocks.map((b) => (b.kind === 'text' ? b.text.split('. ').slice(0, 2).join('. ') : b.kind))).toEqual([
      "Op 11 juli 2019 is de Europese verordening 'Platform-to-Business' (P2B) gepubliceerd. Hierin zijn transparantievereisten en bepalingen over geschil-beslechting opgenomen voor platforms in hun relatie met zakelijke gebruikers",
    ]);
  });

  it('measures a word of letters from its font\'s advances at the line\'s size', () => {
    // (H + i + e + r + i + n = 2,611 thousandths of an em: 26.11 pt at 10 pt.)
    expect(measuredFirstWord(line('Hierin zijn'), { F: HELVETICA })).toBeCloseTo(26.11, 5);
  });

  it('measures nothing it cannot: no advances, another font, a letter not drawn, a word with figures or marks, advances in other units', () => {
    expect(measuredFirstWord(line('Hierin zijn'), undefined)).toBeUndefined();
    expect(measuredFirstWord(line('Hierin zijn', { font: 'G' }), { F: HELVETICA })).toBeUndefined();
    expect(measuredFirstWord(line('Hierin zijn'), { F: { ...HELVETICA, H: undefined as unknown as number } })).toBeUndefined();
    expect(measuredFirstWord(line('2019 zijn'), { F: HELVETICA })).toBeUndefined();
    expect(measuredFirstWord(line("'Hierin zijn"), { F: HELVETICA })).toBeUndefined();
    // (A Type 3 font's glyph space: its letters measured a thousand times the line's width.)
    const scaled = Object.fromEntries(Object.entries(HELVETICA).map(([k, v]) => [k, v * 1000]));
    expect(measuredFirstWord(line('Hierin zijn'), { F: scaled })).toBeUndefined();
    // (Nor a line whose letters would fill less than half of it: figures, or stretched far.)
    expect(measuredFirstWord(line('Hierin zijn', { x1: 200 }), { F: HELVETICA })).toBeUndefined();
  });
});

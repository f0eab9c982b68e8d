/**
 * Watermarks laid across a page's text (src/load/pdf/watermarks.ts): at a slant, or upright in
 * type many times the body's over other lines. Headings, titles and drop capitals are none.
 */
import { describe, expect, it } from 'vitest';
import { atSlant, overlaid } from '../../src/load/pdf/watermarks';
import type { TextRun } from '../../src/load/pdf/page-data';

const run = (text: string, x: number, y: number, size = 10, width = text.length * size * 0.5): TextRun => ({ text, x, y, width, size, bold: false, italic: false });

/** A page of body lines in 10 pt, 13.5 pt apart, from 56 to 540 wide. */
const body = (count: number, top = 760): TextRun[] => Array.from({ length: count }, (_, k) => run('De digitale overheid werkt aan betere dienstverlening voor iedereen in het land.', 56, top - 13.5 * k, 10, 480));

describe('overlaid', () => {
  it('finds a word in large type set over the text (Chromium `position: fixed`, 100 pt, measured: 115–556, baseline 365)', () => {
    const mark = run('CONCEPT', 115, 365, 90.2, 441);
    expect([...overlaid([...body(50), mark])]).toEqual([mark]);
  });

  it('finds no heading, no title with no text through it, and no drop capital the lines stand beside', () => {
    const heading = run('1 Inleiding', 56, 790, 18);
    const title = run('Nederlandse Digitaliseringsstrategie', 56, 600, 40, 600);
    expect(overlaid([...body(10), heading, title])).toEqual(new Set());
    // A drop capital three lines tall, the lines beside it starting right of it.
    const drop = run('D', 56, 733, 40, 28);
    const beside = [0, 1, 2].map((k) => run('e digitale overheid werkt aan betere dienstverlening.', 90, 760 - 13.5 * k, 10, 440));
    expect(overlaid([...beside, ...body(20, 719.5), drop])).toEqual(new Set());
  });

  it('searches a page of thousands of runs in large type no further (bounded); bad input: a page of no text', () => {
    const many = Array.from({ length: 5000 }, (_, k) => run('X', (k % 50) * 10, 100 + Math.floor(k / 50) * 6, 40, 8));
    expect(overlaid([...body(50), ...many])).toEqual(new Set());
    expect(overlaid([])).toEqual(new Set());
  });
});

describe('atSlant', () => {
  it('tells text 10° or more from any right angle (a watermark at 45°) from upright, turned and slightly askew text', () => {
    const at = (degrees: number) => atSlant(Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180));
    expect([45, -45, 30, 135, 100].map(at)).toEqual([true, true, true, true, false]);
    expect([0, 90, 180, 270, 6, -8].map(at)).toEqual([false, false, false, false, false, false]);
  });
});

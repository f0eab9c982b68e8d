/**
 * Table columns set flush right or centred (src/load/pdf/alignment.ts): where their lines start says
 * nothing about lists, so their text is read as the same text set flush left.
 */
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/index';
import { centredInCell, columnAlignment } from '../../src/load/pdf/alignment';
import type { Line } from '../../src/load/pdf/lines';
import { minimalPdf, textContent } from '../helpers/pdf';

const line = (x0: number, x1: number, text: string, size = 7.5): Line => ({ spans: [], text, x0, x1, y: 0, size, footnoteRefs: [], widestGap: 0 });

describe('column alignment', () => {
  it('tells a right-aligned Wie column (Chromium, `td:last-child { text-align: right }`, p. 52 measured)', () => {
    const who = [line(781.2, 793.9, 'Wie'), line(776.5, 793.9, '(Tijd)'), line(779.9, 793.9, 'EZK'), line(777.5, 794, 'JenV'), line(779.5, 794, '(Q2)'), line(779.5, 794, '(Q2-'), line(787.5, 793.9, '3)')];
    expect(columnAlignment(who)).toBe('right');
  });

  it('tells centred labels, and centred paragraphs with lists among them (a list set in by 12 pt centres 6 pt right)', () => {
    expect(columnAlignment([line(100, 160, 'Thema'), line(90, 170, 'Opgave en actie'), line(110, 150, 'Wie'), line(95, 165, 'Stand van zaken')])).toBe('centre');
    // WeasyPrint, `td { text-align: center }`, p. 40 measured: centres 298.5 (paragraphs) and 304.5 (list items).
    const centred = (centre: number, widths: number[]): Line[] => widths.map((w) => line(centre - w / 2, centre + w / 2, 'Eind 2019 is het Kennis- en'));
    expect(columnAlignment([...centred(298.5, [95.6, 74.4, 104.2, 60, 88]), ...centred(304.5, [100, 80.5, 66, 91]), ...centred(298.5, [70, 102])])).toBe('centre');
  });

  it('keeps a column whose lines start at one indent (a list under a label at the left edge, WeasyPrint p. 42) flush left', () => {
    const items = [35.8, 44.8, 34.6, 39.8, 46.5, 42.8, 41.2, 26.7, 44.4].map((w) => line(321.4, 321.4 + w, 'Per 1 januari'));
    expect(columnAlignment([line(309.4, 367.6, 'Wat gaan we doen?'), ...items])).toBe('left');
  });

  it('keeps justified text with a list set in (its lines end at the right edge but start at one indent) flush left', () => {
    // (Two items of a bulleted list, justified: each opens at the bullet, hangs at 109 and ends short.)
    const item = (lines: number): Line[] => [line(100, 300, '• Het kabinet zet in op'), ...Array.from({ length: lines - 2 }, () => line(109, 300, 'een wereldwijde afstemming van')), line(109, 220, 'morgen.')];
    const justified = [...item(5), ...item(7)];
    expect(columnAlignment(justified)).toBe('left');
  });

  it('keeps ragged text, and a column of too few lines, flush left', () => {
    expect(columnAlignment([line(100, 290, 'De nota is in juni 2019 verstuurd'), line(100, 240, 'naar de Kamer en wordt'), line(100, 180, 'uitgevoerd.')])).toBe('left');
    expect(columnAlignment([line(120, 150, 'EZK'), line(130, 150, '(Q2)')])).toBe('left');
  });
});

/** Helvetica's widths (per 1,000 units of its size) of the characters the table below uses. */
const WIDTHS: Record<string, number> = { E: 667, Z: 611, K: 667, B: 667, W: 944, i: 222, e: 556, t: 278, j: 222, d: 556, ' ': 278, '(': 333, ')': 333, '-': 333, Q: 778, '0': 556, '1': 556, '2': 556, '3': 556 };
const widthOf = (text: string, size: number): number => [...text].reduce((w, c) => w + (WIDTHS[c] ?? 556), 0) * (size / 1000);

describe('a cell centred in a column too short to tell', () => {
  // WeasyPrint, `td { text-align: center }`, a theme cut at the foot of a page (p. 51 measured): two
  // lines of 7 pt in the box 57.3–144, too few for the column's alignment (flush left then), whose
  // second line stands set in from the first as a list item's would.
  it('reads the lines as centred: one middle, the box\'s, and starts apart', () => {
    expect(centredInCell([line(64.6, 136.7, 'Weerbaarheid van', 7), line(79.2, 122.1, 'burgers en', 7)], 57.3, 144)).toBe(true);
  });

  it('but not a paragraph with an item set in under it, nor one line, nor lines that start together', () => {
    expect(centredInCell([line(61.3, 140, 'Weerbaarheid van', 7), line(70.3, 122.1, 'burgers en', 7)], 57.3, 144)).toBe(false);
    expect(centredInCell([line(79.2, 122.1, 'burgers en', 7)], 57.3, 144)).toBe(false);
    expect(centredInCell([line(61.3, 140, 'Weerbaarheid van', 7), line(61.3, 140, 'burgers en', 7)], 57.3, 144)).toBe(false);
  });
});

describe('a right-aligned column in a PDF table', () => {
  it('reads its lines as one text, not as list items set in by their widths', async () => {
    // Three columns 150 pt wide, ruled under every row cell by cell; the last one set flush right at x = 497.
    const right = (y: number, text: string): [number, number, string] => [497 - widthOf(text, 9), y, text];
    const rows: [number, string, string, string[], number][] = [
      [700, 'Thema', 'Opgave', ['Wie (tijd)'], 695],
      [680, 'Frequenties', 'Verdelen', ['EZK (2020-', '2023)'], 665],
      [650, 'Netwerken', 'Uitrollen', ['EZK (Q2-Q3)'], 645],
      [630, 'Kennis', 'Delen', ['BZK (2021)'], 625],
    ];
    const text = textContent(
      rows.flatMap(([y, a, b, who]) => [[53, y, a], [203, y, b], ...who.map((t, k) => right(y - 10 * k, t))] as [number, number, string][]),
      9,
    );
    const rules = rows.flatMap(([, , , , rule]) => [0, 1, 2].map((k) => `${50 + 150 * k} ${rule} m ${200 + 150 * k} ${rule} l S`));
    const model = await loadDocument(minimalPdf([`${text}\n0.5 w\n${rules.join('\n')}`]), 'right.pdf');
    const table = model.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows.map((r) => r.cells[2]?.text)).toEqual(['Wie (tijd)', 'EZK (2020-2023)', 'EZK (Q2-Q3)', 'BZK (2021)']);
    expect(table.rows[1]?.cells[2]?.blocks).toEqual([{ kind: 'text', text: 'EZK (2020-2023)' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildLines } from '../../src/load/pdf/lines';
import { fontTraits, mayHoldTable, type TextRun } from '../../src/load/pdf/page-data';
import { findGrids } from '../../src/load/pdf/tables';
import { joinsWithoutSpace, segmentLines } from '../../src/load/pdf/text-blocks';

const run = (text: string, x: number, y: number, extra: Partial<TextRun> = {}): TextRun => ({
  text,
  x,
  y,
  width: text.length * 5,
  size: 10,
  bold: false,
  italic: false,
  ...extra,
});

describe('fontTraits', () => {
  it.each([
    ['BAAAAA+DejaVuSans-Bold', true, false],
    ['CAAAAA+DejaVuSans', false, false],
    ['Helvetica-BoldOblique', true, true],
    ['ABCDEF+Calibri-Italic', false, true],
    ['TimesNewRomanPS-SemiboldMT', true, false],
  ])('%s', (name, bold, italic) => {
    expect(fontTraits(name)).toEqual({ bold, italic });
  });
});

describe('joinsWithoutSpace', () => {
  it.each([
    ['voldoen aan een CE-', 'markering gaan gelden', true],
    ['Wet-', 'en regelgeving legt', false],
    ['telecom-', 'en internetsector', false],
    ['einde van een zin.', 'Nieuwe zin', false],
    ['soft\u00ad', 'hyphen', true],
  ])('%j + %j → %s', (a, b, expected) => {
    expect(joinsWithoutSpace(a, b)).toBe(expected);
  });
});

describe('buildLines', () => {
  it('joins runs on one baseline with the spaces their gaps call for, and takes superscripts out as footnote references', () => {
    const [line] = buildLines([run('aangebracht.', 10, 100), run('1', 71, 104, { size: 6, width: 3 }), run('Deze', 90, 100)]);
    expect(line).toMatchObject({ text: 'aangebracht. Deze', footnoteRefs: [1] });
  });

  it('expands nothing and adds no space inside a word split over runs (ligatures)', () => {
    const [line] = buildLines([run('een', 10, 100), run('fi', 31, 100, { width: 5 }), run('nanciële', 36, 100)]);
    expect(line?.text).toBe('een financiële');
  });

  it('keeps a footnote number that opens a line apart', () => {
    const [line] = buildLines([run('12', 10, 104, { size: 6, width: 6 }), run('Kamerstuk 26 643, nr. 623.', 18, 100, { size: 8 })]);
    expect(line).toMatchObject({ text: 'Kamerstuk 26 643, nr. 623.', leadingRef: 12, footnoteRefs: [] });
  });
});

describe('segmentLines', () => {
  const lines = (texts: [string, number][]) => buildLines(texts.map(([t, x], i) => run(t, x, 500 - i * 12)));

  it('keeps wrapped lines together and starts a new block after a forced break or an indent', () => {
    const segs = segmentLines(
      lines([
        ['Een lange regel die tot aan de rechterkant van de kolom', 10],
        ['doorloopt en hier eindigt.', 10],
        ['Nieuw punt dat kort is.', 10],
        ['Ingesprongen punt', 20],
      ]),
      { right: 290, pitch: 12 },
    );
    expect(segs.map((s) => s.lines.map((l) => l.text).join(' / '))).toEqual([
      'Een lange regel die tot aan de rechterkant van de kolom / doorloopt en hier eindigt.',
      'Nieuw punt dat kort is.',
      'Ingesprongen punt',
    ]);
  });

  it('starts a new item at the next enumerator', () => {
    const segs = segmentLines(lines([['1. Eerste punt dat doorloopt tot aan de rand van de kolom', 10], ['2. Tweede', 10]]), { right: 400, pitch: 12 });
    expect(segs).toHaveLength(2);
  });
});

describe('mayHoldTable', () => {
  it('sees columns in lines whose runs stand far apart, not in prose', () => {
    const prose = [run('Een gewone zin die doorloopt', 10, 100), run('en verder gaat.', 150, 100), run('Nog een regel.', 10, 88)];
    const table = [run('Thema', 10, 100), run('Opgave', 200, 100), run('Actie', 400, 100), run('Doelmatig', 10, 80), run('Bestemmen', 200, 80)];
    expect(mayHoldTable(prose)).toBe(false);
    expect(mayHoldTable(table)).toBe(true);
  });
});

describe('findGrids', () => {
  const h = (y: number, x0: number, x1: number) => ({ x0, x1, y0: y - 0.25, y1: y + 0.25 });
  const v = (x: number, y0: number, y1: number) => ({ x0: x - 0.25, x1: x + 0.25, y0, y1 });

  it('builds rows from horizontal rules and cells from the vertical rules crossing each row', () => {
    const rules = [h(300, 0, 300), h(280, 0, 300), h(240, 0, 300), v(0, 240, 300), v(100, 240, 300), v(300, 240, 300), v(200, 240, 280)];
    const { grids, rest } = findGrids(rules, [run('Kop', 5, 288), run('A', 5, 260), run('B', 105, 260), run('C', 205, 260), run('buiten', 5, 400)]);
    expect(grids).toHaveLength(1);
    expect(grids[0]?.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join('')))).toEqual([
      ['Kop', ''],
      ['A', 'B', 'C'],
    ]);
    expect(grids[0]?.openBottom).toBe(false);
    expect(rest.map((r) => r.text)).toEqual(['buiten']);
  });

  it('marks a row that the page end cut (no bottom rule) as open', () => {
    const rules = [h(300, 0, 200), h(280, 0, 200), v(0, 200, 300), v(100, 200, 300), v(200, 200, 300)];
    const { grids } = findGrids(rules, [run('x', 5, 250)]);
    expect(grids[0]?.openBottom).toBe(true);
    expect(grids[0]?.rows).toHaveLength(2);
  });
});

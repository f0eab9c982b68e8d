/**
 * What a page draws, read from its operators (src/load/pdf/page-data.ts): table borders drawn as
 * stroked lines — one path with no area of its own, solid (pdfTeX's rules) or with a dash pattern —
 * are rules; a link's underline, stroked under its text, is not.
 */
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/index';
import { minimalPdf, textContent } from '../helpers/pdf';
import { withoutUnderlines, type PageData, type TextRun } from '../../src/load/pdf/page-data';
import { clippedDiagnostics } from '../../src/load/pdf';

/** A table of three columns, 150 pt wide each, with a border under every row drawn cell by cell. */
function table(dash: string): string {
  const rows: [number, string[]][] = [
    [700, ['Thema', 'Opgave', 'Actie']],
    [680, ['Frequenties', 'Verdelen', 'Veiling uitvoeren']],
    [660, ['Netwerken', 'Uitrollen', 'Kennisplatform']],
  ];
  const text = textContent(rows.flatMap(([y, cells]) => cells.map((t, k) => [53 + 150 * k, y, t, y === 700 ? { bold: true } : undefined] as [number, number, string, { bold: true } | undefined])), 9);
  const rules = rows.flatMap(([y]) => [0, 1, 2].map((k) => `${50 + 150 * k} ${y - 5} m ${200 + 150 * k} ${y - 5} l S`));
  return `${text}\n0.5 w ${dash} 0 d\n${rules.join('\n')}`;
}

describe('drawing', () => {
  it.each([
    ['dotted lines (stroked with a dash pattern)', '[1 2]'],
    ['solid lines stroked with a pen (pdfTeX, booktabs)', '[]'],
  ])('reads a table whose borders are %s as a ruled table', async (_, dash) => {
    const model = await loadDocument(minimalPdf([table(dash)]), 'stroked.pdf');
    const tables = model.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]?.kind === 'table' && tables[0].rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Thema', 'Opgave', 'Actie'],
      ['Frequenties', 'Verdelen', 'Veiling uitvoeren'],
      ['Netwerken', 'Uitrollen', 'Kennisplatform'],
    ]);
    expect(tables[0]?.kind === 'table' && tables[0].rows[1]?.cells.map((c) => c.box?.[0])).toEqual([50, 200, 350]);
  });
});

describe('withoutUnderlines', () => {
  const run = (text: string, x: number, y: number, width: number): TextRun => ({ text, x, y, width, size: 7, bold: false, italic: false });
  // A cell of weasy-toprules: a link's address on two lines, the second underlined up to its end.
  const runs = [run('https://www.ruimteinregels.nl/', 237.3, 775.5, 108.4), run('thema/digitale-economie .', 237.3, 766.4, 92.3), run('mkb. Dit wordt o.a. gedaan via de', 358.7, 766.4, 120.1)];
  const line = (x0: number, x1: number, y: number) => ({ x0, x1, y0: y - 0.25, y1: y + 0.25 });

  it('passes over a link\'s underline: just under a baseline, within its text, starting with it', () => {
    expect(withoutUnderlines([line(237.3, 325.1, 765.9)], runs)).toEqual([]);
  });

  it('keeps a rule: one that reaches past the text over it, or stands clear of the baseline', () => {
    const rules = [line(235.8, 357.2, 765.9), line(237.3, 325.1, 760)];
    expect(withoutUnderlines(rules, runs)).toEqual(rules);
  });
});

describe('clippedDiagnostics', () => {
  const page = (runs: TextRun[]): PageData => ({ page: 40, width: 595, height: 842, runs, rules: [], fills: [], links: [] });
  const run = (text: string, x: number, y: number): TextRun => ({ text, x, y, width: 50, size: 8, bold: false, italic: false });

  it('says where a row taller than its page ran off the page\'s foot (pdfTeX: text 7 pt over the edge, under the page number)', () => {
    const [d] = clippedDiagnostics([page([run('Cybersecurity: In', 279.1, 16.5), run('2019 is in totaal', 279.1, 7), run('40', 292.7, 26.8)])]);
    expect(d?.code).toBe('pdf-text-clipped');
    expect(d?.place).toEqual({ page: 40, bbox: [279.1, 7, 329.1, 15] });
    expect(d?.message).toContain('"2019 is in totaal"');
  });

  it('says nothing of a page whose text keeps its margins, a page number an inch over the foot included', () => {
    expect(clippedDiagnostics([page([run('De tekst van de pagina.', 56.7, 780), run('40', 292.7, 26.8)])])).toEqual([]);
  });
});

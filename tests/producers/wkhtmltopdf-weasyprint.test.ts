/** The producer matrix, wkhtmltopdf and WeasyPrint renderings (see matrix.ts). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownExtraction } from '../helpers/fixture';
import { cachedExtraction } from '../helpers/models';
import { DIR, matrix, recordOf } from './matrix';

matrix(['weasyprint-grid-bottom.pdf', 'weasyprint-report.pdf', 'weasyprint-toprules.pdf', 'wkhtmltopdf-grid.pdf', 'wkhtmltopdf-grid-zebra-middle.pdf', 'wkhtmltopdf-zebra.pdf']);

describe('WeasyPrint (full grid, cells aligned to the bottom, footnotes under the tables)', () => {
  it('carries a table on past the footnotes at the foot of its page, joining the row the page cut', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, 'weasyprint-grid-bottom.pdf'));
    expect(e.records['connectivity-actions']).toHaveLength(reference.records['connectivity-actions'].length);
    const seq24 = recordOf(e, 'connectivity-actions', 24);
    expect(seq24?.action).toBe(recordOf(reference, 'connectivity-actions', 24)?.action);
    expect(seq24?.action).toMatch(/om de uitrol van snel internet te vergemakkelijken/);
  });
});

describe('WeasyPrint (rules above the rows, tables of one width stacked)', () => {
  it('reads the last row of a table in its own columns, not in those of the table below (action 25)', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, 'weasyprint-toprules.pdf'));
    for (const field of ['text', 'status', 'plans', 'owners', 'timing']) expect(recordOf(e, 'actions', 25)?.[field], field).toEqual(recordOf(reference, 'actions', 25)?.[field]);
    expect(recordOf(e, 'actions', 25)?.text).toMatch(/^In het regeerakkoord zijn maatregelen aangekondigd/);
  });

  it('reads a footnote set between two tables as a footnote, not as the last row of the table above (64)', async () => {
    const e = await cachedExtraction(join(DIR, 'weasyprint-toprules.pdf'));
    const footnote = (e.records.footnotes as unknown as { n: number; text: string }[]).find((f) => f.n === 64);
    expect(footnote?.text).toBe('Zie verder SAPAI voor een overzicht van alle acties. Kamerstukken II, 2019-2020, 26 643 en 32 761, nr. 640');
    expect(String(recordOf(e, 'actions', 11)?.text)).not.toContain('SAPAI');
  });
});

describe('wkhtmltopdf (no rules, zebra rows, labels set with narrow gutters)', () => {
  it('reads a table whose header the page break cut in two, under labels that ran together', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, 'wkhtmltopdf-zebra.pdf'));
    // Page 24 ends with `Thema's & | Acties zoals in Stand van zaken/ resultaten | …`; page 25 holds
    // the header's second line (`ambitie`, `NDS`) and actions 21–23.
    // Status and plans as text: where a PDF cuts them into entries is not what is tested here.
    const joined = (v: unknown): string => (Array.isArray(v) ? v.join(' ') : String(v));
    for (const n of [21, 22, 23]) {
      for (const field of ['text', 'owners', 'ambitionTitle']) expect(recordOf(e, 'actions', n)?.[field], `${n}.${field}`).toEqual(recordOf(reference, 'actions', n)?.[field]);
      expect(joined(recordOf(e, 'actions', n)?.status), `${n}.status`).toBe(joined(recordOf(reference, 'actions', n)?.status));
    }
    // `Acties` / `zoals` / `in NDS` on three baselines beside `Stand van zaken/ resultaten`.
    expect(joined(recordOf(e, 'actions', 12)?.status)).toBe(joined(recordOf(reference, 'actions', 12)?.status));
  });

  it('keeps a shaded row whole across a wide gap inside it, and tells `Thema Opgave` apart', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, 'wkhtmltopdf-zebra.pdf'));
    expect(e.records['connectivity-actions']).toHaveLength(reference.records['connectivity-actions'].length);
    expect(recordOf(e, 'connectivity-actions', 37)?.action).toBe('Creëren van goede ruimtelijke randvoorwaarden voor de vestiging van datacenters.');
    for (const n of [36, 39, 40, 41]) expect(recordOf(e, 'connectivity-actions', n)?.task, String(n)).toEqual(recordOf(reference, 'connectivity-actions', n)?.task);
  });
});

describe('wkhtmltopdf (full grid, zebra rows, cells centred vertically)', () => {
  it('joins a row the page cut once, though the producer drew its cut line on both pages (connectivity actions 9–14)', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, 'wkhtmltopdf-grid-zebra-middle.pdf'));
    for (const seq of [9, 10, 11, 12, 13, 14]) for (const field of ['task', 'action', 'status', 'whoRaw']) expect(recordOf(e, 'connectivity-actions', seq)?.[field], `${seq}.${field}`).toEqual(recordOf(reference, 'connectivity-actions', seq)?.[field]);
    expect(recordOf(e, 'connectivity-actions', 9)?.action).toBe('Standaardisatie van oplossingen voor het verbeteren van in pandige connectiviteit.');
  });
});

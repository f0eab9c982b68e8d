/**
 * The producer matrix: fixtures/nds-2020.html laid out by other PDF producers and table styles
 * (scripts/render-producers.mjs: Chromium Letter/serif, its Ghostscript re-distillation, Chromium
 * with horizontal rules only, WeasyPrint in a designed report style, wkhtmltopdf with zebra fills,
 * LibreOffice Writer). Each is scored field by field against the markdown edition's records.
 *
 * What must hold for every producer, whatever its score: the run never claims the input lacks
 * something it holds (its gaps are the markdown edition's gaps, which the source truly lost), and a
 * run that did not read everything is not whole: it carries content-unread errors (exit 1 unless
 * --partial). The scores are held at what the loader reaches today, so that they only go up.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNREAD_CODES } from '../src/model/diagnostics';
import { markdownExtraction, ROOT } from './helpers/fixture';
import { cachedExtraction } from './helpers/models';
import { scoreAgainst } from './helpers/score';

const DIR = join(ROOT, 'tests', 'fixtures', 'producers');

/** Fields right, in per cent, as measured when the matrix was made (a floor: raise it when it improves). */
const FLOOR: Record<string, number> = {
  'chromium-letter-serif.pdf': 99.9,
  'chromium-letter-gs.pdf': 92,
  'chromium-hrules.pdf': 100,
  'weasyprint-report.pdf': 99,
  'wkhtmltopdf-zebra.pdf': 98.5,
  'libreoffice-writer.pdf': 89.5,
  'chromium-centred.pdf': 96,
  'weasyprint-toprules.pdf': 86.5,
  'wkhtmltopdf-grid.pdf': 99,
};

const PRODUCERS = readdirSync(DIR).filter((f) => f.endsWith('.pdf')).sort();

describe.each(PRODUCERS)('%s', (file) => {
  it('scores at least its floor, and claims no gap the markdown edition does not have', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, file));
    const score = scoreAgainst(reference, e);
    const percent = (100 * score.right) / score.total;
    expect(FLOOR[file], `a floor for ${file}`).toBeDefined();
    expect(percent).toBeGreaterThanOrEqual(FLOOR[file] as number);
    const referenceGaps = new Set(reference.gaps.map((g) => `${g.type} ${g.key}`));
    expect(e.gaps.map((g) => `${g.type} ${g.key}`).filter((g) => !referenceGaps.has(g))).toEqual([]);
  });

  it('is whole, or says it is not: content it did not read is an error', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, file));
    const counts = Object.fromEntries(Object.entries(e.records).map(([t, r]) => [t, r.length]));
    const referenceCounts = Object.fromEntries(Object.entries(reference.records).map(([t, r]) => [t, r.length]));
    const unread = e.diagnostics.filter((d) => d.severity === 'error' && UNREAD_CODES.has(d.code));
    if (JSON.stringify(counts) !== JSON.stringify(referenceCounts)) expect(unread.length, `${file}: ${JSON.stringify(counts)}`).toBeGreaterThan(0);
  });
});

describe('wkhtmltopdf (no rules, zebra rows, labels set with narrow gutters)', () => {
  const record = (e: Awaited<ReturnType<typeof cachedExtraction>>, type: 'actions' | 'connectivity-actions', key: number): Record<string, unknown> | undefined =>
    (e.records[type] as unknown as Record<string, unknown>[]).find((r) => (type === 'actions' ? r.number : r.seq) === key);

  it('reads a table whose header the page break cut in two, under labels that ran together', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, 'wkhtmltopdf-zebra.pdf'));
    // Page 24 ends with `Thema's & | Acties zoals in Stand van zaken/ resultaten | …`; page 25 holds
    // the header's second line (`ambitie`, `NDS`) and actions 21–23.
    // Status and plans as text: where a PDF cuts them into entries is not what is tested here.
    const joined = (v: unknown): string => (Array.isArray(v) ? v.join(' ') : String(v));
    for (const n of [21, 22, 23]) {
      for (const field of ['text', 'owners', 'ambitionTitle']) expect(record(e, 'actions', n)?.[field], `${n}.${field}`).toEqual(record(reference, 'actions', n)?.[field]);
      expect(joined(record(e, 'actions', n)?.status), `${n}.status`).toBe(joined(record(reference, 'actions', n)?.status));
    }
    // `Acties` / `zoals` / `in NDS` on three baselines beside `Stand van zaken/ resultaten`.
    expect(joined(record(e, 'actions', 12)?.status)).toBe(joined(record(reference, 'actions', 12)?.status));
  });

  it('keeps a shaded row whole across a wide gap inside it, and tells `Thema Opgave` apart', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, 'wkhtmltopdf-zebra.pdf'));
    expect(e.records['connectivity-actions']).toHaveLength(reference.records['connectivity-actions'].length);
    expect(record(e, 'connectivity-actions', 37)?.action).toBe('Creëren van goede ruimtelijke randvoorwaarden voor de vestiging van datacenters.');
    for (const n of [36, 39, 40, 41]) expect(record(e, 'connectivity-actions', n)?.task, String(n)).toEqual(record(reference, 'connectivity-actions', n)?.task);
  });
});

describe('LibreOffice Writer (no rules, cells centred vertically, the last column past the page edge)', () => {
  const byKey = (e: Awaited<ReturnType<typeof cachedExtraction>>, type: 'actions' | 'connectivity-actions', key: number): Record<string, unknown> | undefined =>
    (e.records[type] as unknown as Record<string, unknown>[]).find((r) => (type === 'actions' ? r.number : r.seq) === key);

  it('reads rows whose cells are centred: the anchor mid-row, a theme row set close above it apart', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, 'libreoffice-writer.pdf'));
    // Action 8: `8)` stands level with the middle of a 23-line ambition cell; the theme row
    // (`Grensverleggend onderzoek en innovatie`) stands a third of a line above that cell.
    for (const field of ['ambitionTitle', 'ambitionText', 'text', 'owners', 'part']) {
      expect(byKey(e, 'actions', 8)?.[field], `8.${field}`).toEqual(byKey(reference, 'actions', 8)?.[field]);
    }
    // Who cells the page edge cut short (`EZK (Q3-4`, `OCW (Q`) still name their owners; where the
    // whole column lies past the edge (actions 21–23), the PDF holds no owner to read.
    for (const n of [13, 14, 16]) expect(byKey(e, 'actions', n)?.owners, `${n}.owners`).toEqual(byKey(reference, 'actions', n)?.owners);
    expect(byKey(e, 'actions', 13)?.timing).toEqual(['Q3-4']);
  });

  it('joins a row the page cut under a repeated header, and reads figures set as one string', async () => {
    const e = await cachedExtraction(join(DIR, 'libreoffice-writer.pdf'));
    expect(byKey(e, 'connectivity-actions', 4)?.action).toBe('Veiling frequenties van de 700, 1400 en 2100 MHz-banden.');
    const tabel2 = e.records['budget-lines'].filter((l) => l.table === 'Tabel 2' && l.row === 'Europese Unie').map((l) => [l.year, l.value]);
    expect(tabel2).toEqual([
      [2017, 22],
      [2018, 27],
      [2019, 34],
    ]);
  });
});

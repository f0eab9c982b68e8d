/**
 * The producer matrix (tests/producers/*.test.ts): fixtures/nds-2020.html laid out by other PDF
 * producers and table styles (scripts/render-producers.mjs), each scored field by field against
 * the markdown edition's records. Split over several files so that the test runner reads the PDFs
 * on both cores.
 *
 * What must hold for every producer, whatever its score: the run never claims the input lacks
 * something it holds (its gaps are the markdown edition's gaps, which the source truly lost), and a
 * run that did not read everything is not whole: it carries content-unread errors (exit 1 unless
 * --partial). The scores are held at what the loader reaches today, so that they only go up.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNREAD_CODES } from '../../src/model/diagnostics';
import { markdownExtraction, ROOT } from '../helpers/fixture';
import { cachedExtraction } from '../helpers/models';
import { scoreAgainst } from '../helpers/score';
import type { Extraction } from '../../src/pipeline';

export const DIR = join(ROOT, 'tests', 'fixtures', 'producers');

/** Fields right, in per cent, as measured when the matrix was made (a floor: raise it when it improves). */
export const FLOOR: Record<string, number> = {
  'chromium-letter-serif.pdf': 99.9,
  'chromium-letter-gs.pdf': 99.8,
  'chromium-hrules.pdf': 100,
  'weasyprint-report.pdf': 99.9,
  'wkhtmltopdf-zebra.pdf': 99.9,
  'libreoffice-writer.pdf': 97.9,
  'chromium-centred.pdf': 99.9,
  'weasyprint-toprules.pdf': 99.8,
  'wkhtmltopdf-grid.pdf': 100,
  'weasyprint-grid-bottom.pdf': 99.8,
  'chromium-landscape-zebra.pdf': 100,
  'wkhtmltopdf-hrules-landscape.pdf': 99.7,
  'wkhtmltopdf-hairline-middle.pdf': 99.9,
  'chromium-plain-landscape.pdf': 99.8,
  'wkhtmltopdf-grid-zebra-middle.pdf': 100,
  'chromium-vrules-only.pdf': 100,
  'chromium-filled-cells.pdf': 99.9,
  'chromium-white-rules.pdf': 100,
  'chromium-centred-hrules-landscape.pdf': 99.7,
  'wkhtmltopdf-a5-headrule-zebra.pdf': 99.8,
  'chromium-booktabs-centred.pdf': 99.9,
  'wkhtmltopdf-headrule-centred.pdf': 99.8,
  'weasyprint-colrules-headrule.pdf': 99.9,
  'pdftex-times.pdf': 99.6,
  'chromium-right-who.pdf': 100,
  'chromium-right-columns-landscape.pdf': 99.6,
  'weasyprint-centred-grid.pdf': 99.4,
  'chromium-pagella-ij.pdf': 99.9,
  'chromium-three-columns-landscape.pdf': 99.8,
  'weasyprint-draft.pdf': 99.8,
  'chromium-shadow-toprules-landscape.pdf': 99.9,
  'mutool-sheet-weasyprint-toprules.pdf': 99.8,
  'cairo-wkhtmltopdf-zebra.pdf': 99.9,
  'reportlab-plain.pdf': 99.5,
};

/** Chromium renderings held by a test file of their own (chromium.test.ts holds the other ones): each is read once. */
export const OWN_FILE = new Set([
  'chromium-plain-landscape.pdf',
  'chromium-vrules-only.pdf',
  'chromium-filled-cells.pdf',
  'chromium-white-rules.pdf',
  'chromium-centred-hrules-landscape.pdf',
  'chromium-booktabs-centred.pdf',
  'chromium-right-who.pdf',
  'chromium-right-columns-landscape.pdf',
  'chromium-pagella-ij.pdf',
  'chromium-three-columns-landscape.pdf',
  'chromium-shadow-toprules-landscape.pdf',
]);

/** Every rendering in the matrix (each test file takes its share). */
export const PRODUCERS = readdirSync(DIR).filter((f) => f.endsWith('.pdf')).sort();

/** An action (by number) or connectivity action (by seq) of an extraction. */
export function recordOf(e: Extraction, type: 'actions' | 'connectivity-actions', key: number): Record<string, unknown> | undefined {
  return (e.records[type] as unknown as Record<string, unknown>[]).find((r) => (type === 'actions' ? r.number : r.seq) === key);
}

/** Each of these fields of the actions numbered `numbers` as the markdown edition has it. */
export function expectActionsAsReference(e: Extraction, reference: Extraction, numbers: readonly number[], fields: readonly string[]): void {
  for (const n of numbers) for (const field of fields) expect(recordOf(e, 'actions', n)?.[field], `${n}.${field}`).toEqual(recordOf(reference, 'actions', n)?.[field]);
}

/** The checks every producer is held to. */
export function matrix(files: readonly string[]): void {
  describe.each(files)('%s', (file) => {
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
  
    it('is whole, or says it is not: content it did not read is an error, content the PDF cut is said per page', async () => {
      const reference = markdownExtraction();
      const e = await cachedExtraction(join(DIR, file));
      const counts = Object.fromEntries(Object.entries(e.records).map(([t, r]) => [t, r.length]));
      const referenceCounts = Object.fromEntries(Object.entries(reference.records).map(([t, r]) => [t, r.length]));
      const unread = e.diagnostics.filter((d) => (d.severity === 'error' && UNREAD_CODES.has(d.code)) || d.code === 'pdf-text-clipped');
      if (JSON.stringify(counts) !== JSON.stringify(referenceCounts)) expect(unread.length, `${file}: ${JSON.stringify(counts)}`).toBeGreaterThan(0);
    });
  });
}

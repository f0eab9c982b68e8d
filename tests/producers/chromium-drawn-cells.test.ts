/**
 * The producer matrix, Chromium with cells drawn but no rule between rows (see matrix.ts): vertical
 * rules only, each cell drawing its own sides (rows part where they meet); and cells set apart as
 * filled boxes with white gaps, no rules at all (a note number that a cell's last line pushed onto
 * a line of its own); and a shaded table ruled in white between its rows and columns, with no rule
 * at its outer sides. And WeasyPrint with rules between the columns only (none at a table's outer
 * sides, none between its rows) and one under the header.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownExtraction } from '../helpers/fixture';
import { cachedExtraction } from '../helpers/models';
import { DIR, expectActionsAsReference, matrix, recordOf } from './matrix';

const VRULES = 'chromium-vrules-only.pdf';
const FILLED = 'chromium-filled-cells.pdf';
const WHITE = 'chromium-white-rules.pdf';
const COLRULES = 'weasyprint-colrules-headrule.pdf';
matrix([VRULES, FILLED, WHITE, COLRULES]);

const FIELDS = ['text', 'theme', 'ambitionTitle', 'owners', 'timing'];

describe('Chromium, vertical rules only', () => {
  it('parts the rows where the cells’ side rules meet, and does not join a row that ended above the foot of its page to the next page’s first (actions 8–12)', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, VRULES));
    expectActionsAsReference(e, reference, [8, 9, 10, 11, 12], FIELDS);
    expect(recordOf(e, 'actions', 11)?.theme).toBe('Grensverleggend onderzoek en innovatie');
  });

  it('keeps the figures of a budget row at the foot of a page apart from the next page’s first row', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, VRULES));
    const lines = (x: typeof e) => (x.records['budget-lines'] as unknown as { table: string; row: string; year: number; value: number }[]).map((l) => `${l.table}|${l.row}|${l.year}=${l.value}`);
    expect(lines(e)).toEqual(lines(reference));
    expect(lines(e)).toContain('Tabel 1|PPS-toeslag|2020=137');
    expect(lines(e)).toContain('Tabel 1|Internationaal innoveren|2020=41');
  });
});

describe('Chromium, filled cells set apart, no rules', () => {
  it('reads on past a note number alone on its line in a cell: the connectivity rows below it', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, FILLED));
    const rows = (x: typeof e) => (x.records['connectivity-actions'] as unknown as { seq: number; action: string; whoRaw: string }[]).map((c) => `${c.seq} ${c.action} | ${c.whoRaw}`);
    expect(rows(e)).toEqual(rows(reference));
    expect(rows(e).some((r) => r.includes('Opstellen van een afwegingskader diepteligging telecomkabels'))).toBe(true);
  });
});

describe('Chromium, white rules on a shaded table, none at its outer sides', () => {
  it('takes the first column (themes, ambitions) into the table: the rules under the rows reach out to it', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, WHITE));
    expectActionsAsReference(e, reference, [3, 11, 12, 35, 36], FIELDS);
    expect(recordOf(e, 'connectivity-actions', 1)?.theme).toBe('Doelmatig frequentiegebruik');
  });
});

describe('WeasyPrint, rules between the columns only and one under the header', () => {
  it('takes the outer columns from the text beside the outermost rules: themes, owners and budget labels are read', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, COLRULES));
    expectActionsAsReference(e, reference, [3, 4, 7, 8, 9, 10, 13, 14, 21, 22, 23, 44, 45], FIELDS);
    const labels = (x: typeof e) => [...new Set((x.records['budget-lines'] as unknown as { table: string; row: string }[]).map((l) => `${l.table}|${l.row}`))];
    expect(labels(e)).toEqual(labels(reference));
    expect(e.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('keeps a connectivity row that ended at the foot of a page apart from the next page’s first row: every row is a record', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, COLRULES));
    const actions = (x: typeof e) => (x.records['connectivity-actions'] as unknown as { action: string }[]).map((c) => c.action);
    expect(actions(e)).toHaveLength(41);
    expect(actions(e)).toEqual(actions(reference));
  });
});

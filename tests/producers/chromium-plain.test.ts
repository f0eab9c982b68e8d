/**
 * The producer matrix, Chromium with no rules and no shading at all, US Letter landscape (see
 * matrix.ts): contents entries with their page numbers at a tab stop, tables whose columns and
 * rows show only by where their text stands.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownExtraction } from '../helpers/fixture';
import { cachedExtraction } from '../helpers/models';
import { DIR, matrix, recordOf } from './matrix';

const FILE = 'chromium-plain-landscape.pdf';
matrix([FILE]);

describe('Chromium, no rules, no shading', () => {
  it('reads every contents entry on its own line: the sections of the six priorities', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, FILE));
    const sections = (x: typeof e) => (x.records.priorities as unknown as { section: string; sectionTitle: string }[]).map((p) => `${p.section} ${p.sectionTitle}`);
    expect(sections(e)).toEqual(sections(reference));
    expect(sections(e)).toContain('2.2 Artificiële intelligentie');
  });

  it('tells the rows of the connectivity plan apart by where their cells start again', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, FILE));
    const rows = (x: typeof e) => (x.records['connectivity-actions'] as unknown as { seq: number; action: string; whoRaw: string }[]).map((c) => `${c.seq} ${c.action} | ${c.whoRaw}`);
    expect(rows(e)).toEqual(rows(reference));
    expect(String(recordOf(e, 'connectivity-actions', 2)?.action)).toBe('Het opstellen van de Nota Mobile Communicatie.');
  });

  it('makes each line of a budget table a row, and keeps a theme set under a three-line header out of it', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, FILE));
    const lines = (x: typeof e) => (x.records['budget-lines'] as unknown as { table: string; row: string; year: number; value: number }[]).map((l) => `${l.table}|${l.row}|${l.year}=${l.value}`);
    expect(lines(e)).toEqual(lines(reference));
    for (const n of [8, 9, 10, 11]) expect(recordOf(e, 'actions', n)?.theme).toBe('Grensverleggend onderzoek en innovatie');
  });

  it('joins the row a page break cut where a cell broke off after a few words, in a column whose three cells above end their sentences', async () => {
    // (Action 11's status: `… heeft als doel om` at the foot of p.39, `Nederland in staat te stellen …`
    // atop p.40, under no header; its table's status column holds three cells above it, each ending
    // with a full stop.)
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, FILE));
    expect(recordOf(e, 'actions', 11)?.status).toEqual(recordOf(reference, 'actions', 11)?.status);
    expect(recordOf(e, 'actions', 11)?.status).toContainEqual(expect.stringContaining('heeft als doel om Nederland in staat te stellen om de maatschappelijke'));
  });
});

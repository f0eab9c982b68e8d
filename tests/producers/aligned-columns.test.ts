/**
 * The producer matrix, columns set flush right or centred (see matrix.ts): Chromium with the Wie
 * column flush right and headings letter-spaced in capitals, Chromium landscape with the last two
 * columns flush right, WeasyPrint with every cell's text centred. Where a line of such a column
 * starts says nothing about lists (src/load/pdf/alignment.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownExtraction } from '../helpers/fixture';
import { cachedExtraction } from '../helpers/models';
import { DIR, matrix, recordOf } from './matrix';

const RIGHT_WHO = 'chromium-right-who.pdf';
const CENTRED = 'weasyprint-centred-grid.pdf';
matrix([RIGHT_WHO, 'chromium-right-columns-landscape.pdf', CENTRED]);

type Owned = { seq: number; owners: string[]; timing: string[]; whoRaw: string };

describe('columns set flush right or centred', () => {
  it('reads every owner and time of the connectivity plan from a Wie column set flush right (none left empty)', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, RIGHT_WHO));
    const who = (x: typeof e) => (x.records['connectivity-actions'] as unknown as Owned[]).map((c) => `${c.seq} ${c.whoRaw} | ${c.owners.join(',')} | ${c.timing.join(',')}`);
    expect(who(e)).toEqual(who(reference));
    expect(recordOf(e, 'connectivity-actions', 1)).toMatchObject({ whoRaw: 'EZK (2020-2023)', owners: ['EZK'], timing: ['2020-2023'] });
    expect(recordOf(e, 'actions', 38)).toMatchObject({ timing: ['Q2', 'Q2-3'] });
  });

  it('counts the mentions in letter-spaced headings as the markdown edition does (`5G-INNOVATIES`, `SMART INDUSTRY`)', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, RIGHT_WHO));
    const bases = (x: typeof e) => (x.records['proeftuin-locations'] as unknown as { city: string; name: string; priorityBasis: unknown }[]).map((p) => JSON.stringify([p.city, p.name, p.priorityBasis]));
    expect(bases(e)).toEqual(bases(reference));
  });

  it('reads the contents entries of a centred table at their level: section 3 stands beside Proeftuin Nederland, not under it', async () => {
    const e = await cachedExtraction(join(DIR, CENTRED));
    const mention = (e.records['budget-mentions'] as unknown as { raw: string; section: string }[]).find((m) => m.raw === '22 miljard euro');
    expect(mention?.section).toBe('3');
    expect(e.document.toc.find((t) => t.title === 'Vooruitblik: toekomstige uitdagingen')).toMatchObject({ id: '3', level: 1 });
  });
});

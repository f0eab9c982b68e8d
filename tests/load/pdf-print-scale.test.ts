/**
 * A page printed larger or smaller reads the same: a PDF printed onto A3 from A4 (everything 1.414
 * times as large) or onto A5, as a viewer's "fit to page" does, sets its letters, rules, fills,
 * spacings and shaded cells all to one scale. The layout measures them against the type, never in
 * points alone (a header cell shaded 74 pt tall beside 10 pt labels is 105 pt tall at A3; cells
 * framed 3 pt apart, 4.2 pt).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedRead } from '../helpers/models';
import { placelessRecordsOf as recordsOf } from '../helpers/records';
import { ROOT } from '../helpers/fixture';
import type { ReadResult } from '../../src/load/pdf';
import type { Box } from '../../src/load/pdf/page-data';

const LIBREOFFICE = join(ROOT, 'tests', 'fixtures', 'producers', 'libreoffice-writer.pdf');
const WEASYPRINT_DRAFT = join(ROOT, 'tests', 'fixtures', 'producers', 'weasyprint-draft.pdf');


/** The read of every page printed `s` times as large: its size, text, rules, fills and links. */
function printedAt(read: ReadResult, s: number): ReadResult {
  const box = <B extends Box>(b: B): B => ({ ...b, x0: b.x0 * s, y0: b.y0 * s, x1: b.x1 * s, y1: b.y1 * s });
  return {
    ...read,
    pages: read.pages.map((p) => ({
      ...p,
      width: p.width * s,
      height: p.height * s,
      runs: p.runs.map((r) => ({ ...r, x: r.x * s, y: r.y * s, width: r.width * s, size: r.size * s })),
      rules: p.rules.map(box),
      fills: p.fills.map(box),
      links: p.links.map(box),
    })),
  };
}

describe('a document printed at another scale', () => {
  it('reads the LibreOffice rendering the same at A3 and at A5: the connectivity table\'s header cells, shaded to their labels (up to 74 pt tall at A4), bound its header on every page', async () => {
    const read = await cachedRead(LIBREOFFICE);
    const before = recordsOf(structuredClone(read));
    expect(before['connectivity-actions']).toHaveLength(41);
    const toezegging = before['connectivity-actions'].find((a) => a.status.some((s) => s.startsWith('Tijdens de AO Digitalisering van 11 maart 2020 is de toezegging')));
    expect(toezegging?.status).toHaveLength(1);
    for (const s of [Math.SQRT2, 1.1, Math.SQRT1_2]) expect(recordsOf(printedAt(read, s))).toEqual(before);
  });

  it('reads the WeasyPrint draft the same at A3: its contents, a table whose rows are framed 3 pt apart (4.2 pt at A3), stay one table', async () => {
    const read = await cachedRead(WEASYPRINT_DRAFT);
    const before = recordsOf(structuredClone(read));
    expect(before.priorities.map((p) => p.title)).toContain('Digitale connectiviteit');
    expect(before.actions).toHaveLength(45);
    expect(recordsOf(printedAt(read, Math.SQRT2))).toEqual(before);
  });
});

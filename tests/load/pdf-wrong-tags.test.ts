/**
 * A tagged PDF's tags are cross-checked against the text before they part paragraphs: tags that
 * part a sentence in the middle (a line with no closing punctuation, the next going on in lower
 * case) were made line by line — as a tool that tags each line of a cell a paragraph of its own
 * makes them — and the document is then read by its geometry alone, as an untagged PDF is.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedModel, cachedRead } from '../helpers/models';
import { placeless, placelessRecordsOf } from '../helpers/records';
import { ROOT } from '../helpers/fixture';
import type { Line } from '../../src/load/pdf/lines';
import { segmentLines, tagsPartSentences } from '../../src/load/pdf/text-blocks';
import { extractFromModel } from '../../src/pipeline';

const TAGGED = join(ROOT, 'fixtures', 'nds-2020.pdf');
const UNTAGGED = join(ROOT, 'fixtures', 'nds-2020-untagged.pdf');

describe('tags made line by line', () => {
  it('are not taken: the bundled tagged PDF, each line its own element, gives the untagged PDF\'s records', async () => {
    const read = await cachedRead(TAGGED);
    let tagged = 0;
    for (const page of read.pages) {
      for (const run of page.runs) {
        if (run.element === undefined) continue;
        run.element = `line-${Math.round(run.y)}`;
        tagged++;
      }
    }
    expect(tagged).toBeGreaterThan(2000);
    // (Without provenance: the two PDFs' boxes differ by fractions of a point.)
    const lineTagged = placelessRecordsOf(read, 'nds-2020.pdf');
    const untagged = placeless(extractFromModel(await cachedModel(UNTAGGED)).records);
    expect(lineTagged).toEqual(untagged);
    // (Action 3's status, three items over eleven lines: not eleven.)
    const action3 = lineTagged.actions.find((a) => a.number === 3);
    expect(action3?.status).toHaveLength(3);
    expect(action3?.status[1]).toBe('Het actieplan digitale inclusie is vastgesteld (zie verder onder actie 17).');
  });
});

/** A line of 7.5 pt text at baseline `y` in structure element `element`. */
const line = (text: string, y: number, element?: string, x1 = 300): Line => ({ spans: [{ text, bold: false, italic: false }], text, x0: 100, x1, y, size: 7.5, footnoteRefs: [], widestGap: 2, ...(element ? { element } : {}) });

describe('tagsPartSentences', () => {
  it('finds tags that part a sentence: `… is vastgesteld (zie verder` / `onder actie 17).` in two elements', () => {
    expect(tagsPartSentences([line('Het actieplan digitale inclusie is vastgesteld (zie verder', 700, 'P#1'), line('onder actie 17).', 690, 'P#2')])).toBe(true);
  });

  it('finds none where elements end a sentence, a clause, or an item, where one goes on in capitals or figures, or where there are no tags (bad input)', () => {
    expect(tagsPartSentences([line('De acties zijn uitgevoerd.', 700, 'P#1'), line('de volgende stap volgt.', 690, 'P#2')])).toBe(false);
    expect(tagsPartSentences([line('Het loket is bereikbaar via de website:', 700, 'P#1'), line('https://www.ruimteinregels.nl', 690, 'P#2')])).toBe(false);
    expect(tagsPartSentences([line('EZK', 700, 'P#1'), line('BZK (Q1-4)', 690, 'P#2')])).toBe(false);
    expect(tagsPartSentences([line('Per 1 maart', 700, 'P#1'), line('2020 waren er', 690, 'P#2')])).toBe(false);
    expect(tagsPartSentences([line('Het actieplan is vastgesteld (zie verder', 700), line('onder actie 17).', 690)])).toBe(false);
    expect(tagsPartSentences([line('Het actieplan is vastgesteld (zie verder', 700, 'P#1'), line('onder actie 17).', 690, 'P#1')])).toBe(false);
    expect(tagsPartSentences([])).toBe(false);
  });

  it('keeps the parts tags give where they part no sentence, and none where they part one', () => {
    // (Two paragraphs, the first ending at the edge: only the tags part them.)
    const apart = [line('De eerste alinea eindigt precies aan de rand.', 700, 'P#1', 400), line('De tweede alinea begint hier.', 690, 'P#2')];
    expect(segmentLines(apart, { right: 400, pitch: 10, cell: true })).toHaveLength(2);
    const lineMade = [...apart, line('Het actieplan is vastgesteld (zie verder', 680, 'P#3', 400), line('onder actie 17).', 670, 'P#4')];
    // (There the first two go on as geometry reads them, and the sentence the tags parted is one.)
    expect(segmentLines(lineMade, { right: 400, pitch: 10, cell: true }).map((s) => s.lines.length)).toEqual([2, 2]);
    // (The document's tags found line-made elsewhere: none taken here either.)
    expect(segmentLines(apart, { right: 400, pitch: 10, cell: true, tagsHold: false })).toHaveLength(1);
  });
});

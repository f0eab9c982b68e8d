/**
 * Blank pages (a page left empty before a new chapter, a page whose only content is a picture) are
 * common in published PDFs: they part no table and move no guess the layout makes of the document,
 * so the records are those of the document without them, but for the pages their provenance names.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelOfPages, type ReadResult } from '../../src/load/pdf';
import type { PageData } from '../../src/load/pdf/page-data';
import { extractFromModel } from '../../src/pipeline';
import { FIXTURES } from '../helpers/fixture';
import { cachedRead as read } from '../helpers/models';
import { placeless } from '../helpers/records';

/** The pages with an empty page (the size of its neighbour) put in after page `after`, the later ones renumbered. */
function withBlankPage(pages: readonly PageData[], after: number): PageData[] {
  const like = pages[Math.max(0, after - 1)] as PageData;
  const blank: PageData = { ...like, page: after + 1, runs: [], rules: [], fills: [], links: [] };
  return [...pages.slice(0, after), blank, ...pages.slice(after).map((p) => ({ ...p, page: p.page + 1 }))];
}

describe('a blank page in the PDF', () => {
  it.each([
    ['after the contents (page 3)', 3],
    ['inside the appendix of actions (after page 40, between two pages of one table)', 40],
    ['at the end', 55],
    // (And parts nothing it should not: the appendix of actions ends on page 44, the connectivity
    // plan's table opens on page 46 under a header of its own; a blank page after 45 joins them not.)
    ['between the two appendices (after page 45)', 45],
  ])('%s changes no record of the untagged PDF', async (_where, after) => {
    const whole: ReadResult = await read(join(FIXTURES, 'nds-2020-untagged.pdf'));
    expect(whole.pages).toHaveLength(55);
    const plain = extractFromModel(modelOfPages(whole, 'nds-2020-untagged.pdf'));
    const pages = withBlankPage(whole.pages, after);
    const blanked = extractFromModel(modelOfPages({ ...whole, pages, numPages: pages.length }, 'nds-2020-untagged.pdf'));
    expect(blanked.records.actions).toHaveLength(45);
    expect(blanked.records['connectivity-actions']).toHaveLength(41);
    // (Without the places they were read at: pages and boxes move with the blank page.)
    expect(placeless(blanked.records)).toEqual(placeless(plain.records));
    expect(blanked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

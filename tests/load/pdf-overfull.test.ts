/**
 * A page whose text layer holds more than a page shows legibly (src/load/pdf/overfull.ts): its text
 * is set aside and said as not read, with its page; the other pages are laid out as before.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelOfPages } from '../../src/load/pdf';
import { MAX_PAGE_TEXT, overfullPages, withinTextLimit } from '../../src/load/pdf/overfull';
import { FIXTURES } from '../helpers/fixture';
import { cachedRead as read } from '../helpers/models';

describe('a page with more text than a page shows', () => {
  it('is set aside as not read (content-unread, its page); the bundled PDF loses nothing else', async () => {
    const whole = await read(join(FIXTURES, 'nds-2020.pdf'));
    const page12 = whole.pages[11];
    if (!page12) throw new Error('the bundled PDF has 55 pages');
    // (Page 12 with a run of 300,000 letters in type a twentieth of a point high, as a made file sets it.)
    const junk = { ...page12.runs[0], text: `${'a'.repeat(300_000)} b`, size: 0.05 } as (typeof page12.runs)[number];
    const pages = whole.pages.map((p) => (p === page12 ? { ...p, runs: [...p.runs, junk] } : p));
    const { pages: kept, diagnostics } = overfullPages(pages);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'content-unread', severity: 'error', place: { page: 12 } });
    expect(diagnostics[0]?.message).toMatch(/^the page's text layer holds 30\d,\d{3} characters, more than a page shows legibly \(at most 100,000 are laid out\): its text is not read$/);
    expect(kept[11]?.runs).toEqual([]);
    expect(kept.filter((p, k) => p === pages[k])).toHaveLength(54);
    const model = modelOfPages({ ...whole, pages }, 'nds-2020.pdf');
    expect(model.diagnostics?.filter((d) => d.code === 'content-unread' && d.place?.page === 12)).toHaveLength(1);
    // (The other pages read as ever: the heading of section 2.2 on page 4; nothing from page 12.)
    const pageOf = (b: { source?: unknown }): number | undefined => (b.source as { page?: number } | undefined)?.page;
    expect(model.blocks.some((b) => b.kind === 'heading' && b.text === '2.2 Artificiële intelligentie' && pageOf(b) === 4)).toBe(true);
    expect(model.blocks.filter((b) => pageOf(b) === 12)).toEqual([]);
  });

  it('keeps a page at the limit, and every page of the bundled PDF (none is near it)', async () => {
    const whole = await read(join(FIXTURES, 'nds-2020.pdf'));
    expect(overfullPages(whole.pages).diagnostics).toEqual([]);
    const page = whole.pages[0];
    if (!page) throw new Error('no page');
    const full = { ...page, runs: [{ ...page.runs[0], text: 'a'.repeat(MAX_PAGE_TEXT) } as (typeof page.runs)[number]] };
    expect(withinTextLimit(full)).toBe(full);
    expect(withinTextLimit({ ...full, runs: [...full.runs, { ...full.runs[0], text: 'b' } as (typeof page.runs)[number]] }).runs).toEqual([]);
  });
});

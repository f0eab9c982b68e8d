/**
 * Layout done while the pages are read (src/load/pdf/ahead.ts): the model is the same with it as
 * without, whatever it found ahead and whatever it had to do again; it changes no page it is given;
 * and on the bundled PDF it finds every page's tables before the last page is read.
 */
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelOfPages, type ReadResult } from '../../src/load/pdf';
import { LayoutAhead } from '../../src/load/pdf/ahead';
import type { PageData } from '../../src/load/pdf/page-data';
import { FIXTURES, ROOT } from '../helpers/fixture';
import { cachedModel, cachedRead as read } from '../helpers/models';

const PRODUCERS = join(ROOT, 'tests', 'fixtures', 'producers');

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * The model with layout done ahead (pages handed over in `order`), from its own read of the pages,
 * and the model without it: the one the other tests use (laid out from the same read, in the cache).
 */
async function bothWays(path: string, order: (pages: PageData[]) => PageData[] = (p) => p) {
  const withAhead: ReadResult = await read(path);
  const ahead = new LayoutAhead();
  for (const page of order(withAhead.pages)) ahead.add(page);
  return { ahead, found: JSON.stringify(modelOfPages(withAhead, basename(path), ahead)), plain: JSON.stringify(await cachedModel(path)) };
}

describe('layout done while the pages are read', () => {
  it('finds all 55 pages of the bundled PDF ahead, changes none of them, and gives the same model', async () => {
    const { pages } = await read(join(FIXTURES, 'nds-2020.pdf'));
    const frozen = new LayoutAhead();
    expect(() => deepFreeze(structuredClone(pages)).forEach((p) => frozen.add(p))).not.toThrow();
    expect(frozen.steps.size).toBe(55);
    // (Each page's tally too, the 23 after the last guesses (at 32 pages) as well: none is left to the layout after the last page.)
    expect(frozen.tallies.size).toBe(55);
    const { ahead, found, plain } = await bothWays(join(FIXTURES, 'nds-2020.pdf'));
    expect(ahead.taken).toBe(55);
    expect(found).toBe(plain);
    expect(JSON.parse(found).blocks.filter((b: { kind: string }) => b.kind === 'table')).toHaveLength(JSON.parse(plain).blocks.filter((b: { kind: string }) => b.kind === 'table').length);
  });

  it('takes pages that two readers hand over out of turn in page order', async () => {
    const { pages } = await read(join(FIXTURES, 'nds-2020-untagged.pdf'));
    // (Two readers, odd and even pages, the even one a few pages ahead.)
    const interleaved = (list: PageData[]): PageData[] => [...list.filter((p) => p.page % 2 === 0).slice(0, 3), ...list.filter((p) => p.page % 2 === 1), ...list.filter((p) => p.page % 2 === 0).slice(3)];
    const { ahead, found, plain } = await bothWays(join(FIXTURES, 'nds-2020-untagged.pdf'), interleaved);
    expect(ahead.steps.size).toBe(pages.length);
    expect(ahead.taken).toBe(pages.length);
    expect(found).toBe(plain);
  });

  it('does again what the whole document tells otherwise (Chromium, the who column flush right: 39 of 63 pages held), and the model stays the same', async () => {
    const { pages } = await read(join(PRODUCERS, 'chromium-right-who.pdf'));
    expect(() => deepFreeze(structuredClone(pages)).forEach((p) => new LayoutAhead().add(p))).not.toThrow();
    const { ahead, found, plain } = await bothWays(join(PRODUCERS, 'chromium-right-who.pdf'));
    // (Some pages' steps held, some were done again: both ways in one document.)
    expect(ahead.taken).toBe(39);
    expect(pages).toHaveLength(63);
    expect(found).toBe(plain);
  });

  it('takes nothing where letters were read back in the runs themselves (Ghostscript: misnamed letters), and the model stays the same', async () => {
    const { pages } = await read(join(PRODUCERS, 'chromium-letter-gs.pdf'));
    const { ahead, found, plain } = await bothWays(join(PRODUCERS, 'chromium-letter-gs.pdf'));
    expect(ahead.steps.size).toBe(pages.length);
    expect(ahead.taken).toBe(0);
    expect(found).toBe(plain);
    expect(JSON.parse(found).diagnostics.some((d: { code: string }) => d.code === 'pdf-text-misnamed')).toBe(true);
  });

  it('does again the pages whose euro signs were read back (pdfTeX: C for €), and the model stays the same', async () => {
    const { pages } = await read(join(PRODUCERS, 'pdftex-times.pdf'));
    const { ahead, found, plain } = await bothWays(join(PRODUCERS, 'pdftex-times.pdf'));
    expect(ahead.steps.size).toBe(pages.length);
    expect(found).toBe(plain);
    expect(JSON.parse(found).diagnostics.some((d: { code: string }) => d.code === 'pdf-euro-restored')).toBe(true);
  });

  it('stops, without throwing, at a page it fails on, and the model is laid out after the last page as without it', () => {
    const run = (text: string, y: number) => ({ text, x: 72, y, width: text.length * 5, size: 10, bold: false, italic: false });
    const topics = ['Data', 'Inclusie', 'Connectiviteit', 'Onderwijs', 'Cyberveiligheid', 'Landbouw'];
    const page = (n: number): PageData => ({ page: n, width: 595, height: 842, runs: [run(`${topics[n - 1]} in Nederland`, 760), run(`De overheid werkt aan ${topics[n - 1]?.toLowerCase()}.`, 740)], rules: [], fills: [], links: [] });
    const pages = [1, 2, 3, 4, 5, 6].map(page);
    const ahead = new LayoutAhead();
    // (A page whose runs are missing: nothing a reader gives, but what a bug might.)
    expect(() => ahead.add({ ...page(1), runs: undefined as unknown as PageData['runs'] })).not.toThrow();
    for (const p of pages.slice(1)) ahead.add(p);
    expect(ahead.steps.size).toBe(0);
    const read = (): ReadResult => ({ pages: structuredClone(pages), numPages: 6, title: null, warnings: [] });
    const model = modelOfPages(read(), 'built.pdf', ahead);
    expect(ahead.taken).toBe(0);
    expect(JSON.stringify(model)).toBe(JSON.stringify(modelOfPages(read(), 'built.pdf')));
    expect(model.blocks.map((b) => ('text' in b ? b.text : b.kind)).slice(0, 2)).toEqual(['Data in Nederland', 'De overheid werkt aan data.']);
  });

  it('where the document decides late how its tables are ruled (rules under rows), the model stays the same', async () => {
    const { pages } = await read(join(PRODUCERS, 'chromium-booktabs-centred.pdf'));
    const { ahead, found, plain } = await bothWays(join(PRODUCERS, 'chromium-booktabs-centred.pdf'));
    expect(ahead.steps.size).toBe(pages.length);
    expect(found).toBe(plain);
  });
});

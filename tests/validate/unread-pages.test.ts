/**
 * A gap says the input lacks a record; where the text of the page it would stand on was not read
 * whole (text past the page's edge, text the loader could not read, a damaged page), that cannot be
 * told: the gap becomes a `content-unread` error naming those pages (src/pipeline.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromModel } from '../../src/pipeline';
import type { Diagnostic } from '../../src/model/diagnostics';
import { FIXTURES } from '../helpers/fixture';
import { cachedModel } from '../helpers/models';

describe('gaps where the text was not read whole', () => {
  it('keeps the bundled PDF’s gaps when every page was read, and when a page away from them was not', async () => {
    const model = await cachedModel(join(FIXTURES, 'nds-2020.pdf'));
    expect(extractFromModel(model).gaps.map((g) => `${g.type} ${g.key}`)).toEqual(['actions 1', 'actions 2', 'actions 5', 'actions 6', 'footnotes 63']);
    const far: Diagnostic = { code: 'content-unread', severity: 'error', message: 'text set in columns that was not read as a table', place: { page: 2 } };
    expect(extractFromModel({ ...model, diagnostics: [...(model.diagnostics ?? []), far] }).gaps.map((g) => `${g.type} ${g.key}`)).toEqual(['actions 1', 'actions 2', 'actions 5', 'actions 6', 'footnotes 63']);
  });

  it('says of note 63 that its absence cannot be told when the page where it would stand was not read whole', async () => {
    const model = await cachedModel(join(FIXTURES, 'nds-2020.pdf'));
    // (Note 63 would stand between note 62, p. 30, and note 64, p. 34.)
    const e = extractFromModel({ ...model, diagnostics: [...(model.diagnostics ?? []), { code: 'content-unread', severity: 'error', message: 'text set in columns that was not read as a table', place: { page: 32 } }] });
    expect(e.gaps.map((g) => `${g.type} ${g.key}`)).toEqual(['actions 1', 'actions 2', 'actions 5', 'actions 6']);
    const said = e.diagnostics.filter((d) => d.message.startsWith('footnotes 63 was not found'));
    expect(said).toEqual([expect.objectContaining({ code: 'content-unread', severity: 'error' })]);
    expect(said[0]?.message).toBe('footnotes 63 was not found, and the text where it would stand was not read whole (p.32: text not read, as its error says), so it cannot be told whether the input lacks it');
  });
});

describe('pages that are pictures with no text (a scan among pages with a text layer)', () => {
  const picture = (page: number): Diagnostic => ({ code: 'pdf-page-image', severity: 'warning', message: 'the page is a picture', place: { page } });
  /** The bundled PDF's model as if `pages` had been scanned without a text layer: no text there, a picture each. */
  const scanned = async (pages: readonly number[]): Promise<ReturnType<typeof extractFromModel>> => {
    const model = await cachedModel(join(FIXTURES, 'nds-2020.pdf'));
    const blocks = model.blocks.filter((b) => !pages.includes(b.source?.page ?? 0));
    return extractFromModel({ ...model, blocks, diagnostics: [...(model.diagnostics ?? []), ...pages.map(picture)] });
  };

  it('says the actions after the last page read may stand on the pictures that follow it (the appendix table runs on)', async () => {
    const e = await scanned([40, 41, 42, 43, 44]);
    // (Actions 29 and 30 stand on p.39; 31–45 on the pages made pictures.)
    expect(Math.max(...e.records.actions.map((a) => a.number))).toBe(30);
    const said = e.diagnostics.filter((d) => d.code === 'content-unread' && d.place?.page === 40);
    expect(said.map((d) => [d.severity, d.message])).toEqual([
      ['error', 'actions stand on p.39, and p.40–44 after it are pictures with no text (pdf-page-image): more actions may stand there, not read (run OCR on the PDF, e.g. ocrmypdf, to read them)'],
    ]);
    expect(e.gaps.map((g) => `${g.type} ${g.key}`)).toEqual(['actions 1', 'actions 2', 'actions 5', 'actions 6', 'footnotes 63']);
  });

  it('keeps a note on a picture in the prose from being called absent, and says nothing more of a picture after prose', async () => {
    // (Note 15 stands on p.7, between note 14 on p.6 and note 16 on p.8; its marker is on p.7 too.)
    const before = await cachedModel(join(FIXTURES, 'nds-2020.pdf'));
    expect(extractFromModel(before).records.footnotes.filter((f) => f.source.page === 7).map((f) => f.n)).toEqual([15]);
    const e = await scanned([7]);
    expect(e.records.footnotes.map((f) => f.n)).not.toContain(15);
    expect(e.gaps.filter((g) => g.type === 'footnotes').map((g) => g.key)).toEqual(['63']);
    expect(e.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([
      'footnote 15 is referenced in the text, but its definition was not read (footnotes jump from 14 (p.6) to 16 (p.8))',
    ]);
  });

  it('makes a gap where a picture stands an error: action 31 on a picture, the table going on after it', async () => {
    // (Actions 31 and 32 stand on p.40, 33 on to 45 after it: p.40 made a picture leaves a gap in the series.)
    const before = await cachedModel(join(FIXTURES, 'nds-2020.pdf'));
    const on40 = extractFromModel(before).records.actions.filter((a) => a.source.page === 40).map((a) => a.number);
    expect(on40.length).toBeGreaterThan(0);
    const e = await scanned([40]);
    expect(e.gaps.map((g) => `${g.type} ${g.key}`)).toEqual(['actions 1', 'actions 2', 'actions 5', 'actions 6', 'footnotes 63']);
    const errors = e.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
    expect(errors[0]).toBe('actions stand on p.39, and p.40 after it is a picture with no text (pdf-page-image): more actions may stand there, not read (run OCR on the PDF, e.g. ocrmypdf, to read them)');
    // (Each action whose number opened on p.40, the table going on at 36 on p.41.)
    expect(errors.slice(1).map((m) => m.match(/^actions (\d+) was not found, and the text where it would stand was not read whole \(p\.40: a picture with no text\)/)?.[1])).toEqual(['31', '32', '33', '34', '35']);
  });

  it('says why in the error itself when no record of a type was made, the pages’ reasons grouped as ranges (the warnings are not shown when nothing is written)', async () => {
    // (Both appendices made pictures, p.31–55, and p.5 text past its edge: no actions, connectivity actions or budget lines.)
    const pages = Array.from({ length: 25 }, (_, i) => 31 + i);
    const model = await cachedModel(join(FIXTURES, 'nds-2020.pdf'));
    const blocks = model.blocks.filter((b) => !pages.includes(b.source?.page ?? 0));
    const clipped: Diagnostic = { code: 'pdf-text-clipped', severity: 'warning', message: 'text past the edge', place: { page: 5 } };
    const e = extractFromModel({ ...model, blocks, diagnostics: [...(model.diagnostics ?? []), ...pages.map(picture), clipped] });
    expect(e.records.actions).toEqual([]);
    const none = e.diagnostics.filter((d) => d.code === 'content-unread' && /^no /.test(d.message)).map((d) => d.message);
    expect(none).toContain('no actions records were made, and the text where they would stand was not read whole (p.5: text past the edge that was not read; p.31–55: a picture with no text), so it cannot be told whether the input lacks it');
    expect(none.filter((m) => m.includes('(p.5: text past the edge that was not read; p.31–55: a picture with no text)'))).toHaveLength(3);
  });
});

describe('records that hold text that runs past the page’s edge', () => {
  it('says of a record whose text ran past its page’s edge that its values may be cut short (an error at its place), and of no record beside it', async () => {
    const model = await cachedModel(join(FIXTURES, 'nds-2020.pdf'));
    const whole = extractFromModel(model);
    expect(whole.diagnostics.filter((d) => d.code === 'content-unread')).toEqual([]);
    const first = whole.records['connectivity-actions'].find((a) => a.seq === 1);
    const second = whole.records['connectivity-actions'].find((a) => a.seq === 2);
    const [, , x1 = 0, y1 = 0] = first?.source.bbox ?? [];
    // (Its who cell's `EZK (2020-2023)` set past the edge, as WeasyPrint set it at 13 pt: `(2020-20` read.)
    const piece = { text: '(2020-20', bbox: [x1 - 40, y1 - 30, x1 + 2, y1 - 21] as [number, number, number, number] };
    const cut: Diagnostic = { code: 'pdf-text-clipped', severity: 'warning', message: '1 piece(s) of text run past the edge of the page (e.g. "(2020-20")', place: { page: first?.source.page, bbox: piece.bbox }, pieces: [piece] };
    const e = extractFromModel({ ...model, diagnostics: [...(model.diagnostics ?? []), cut] });
    const said = e.diagnostics.filter((d) => d.code === 'content-unread');
    expect(said.map((d) => [d.severity, d.message])).toEqual([
      ['error', `connectivity-actions 1: 1 piece(s) of its text run past the edge of p.${first?.source.page} ("(2020-20"), and what stood past the edge was not read, so its values may be cut short`],
    ]);
    expect(said[0]?.place).toEqual(first?.source);
    // (Action 2 stands on the same page, below: nothing of it ran past the edge.)
    expect(second?.source.page).toBe(first?.source.page);
    // A warning with the union of its pieces only is read by that box.
    const { pieces: _, ...union } = cut;
    expect(extractFromModel({ ...model, diagnostics: [...(model.diagnostics ?? []), union] }).diagnostics.filter((d) => d.code === 'content-unread')).toHaveLength(1);
  });

  it('says it of a budget mention only when its context holds the piece (its box is that of the whole row or paragraph)', async () => {
    const model = await cachedModel(join(FIXTURES, 'nds-2020.pdf'));
    const mention = extractFromModel(model).records['budget-mentions'].find((m) => m.source.page !== undefined && m.source.bbox !== undefined);
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = mention?.source.bbox ?? [];
    const at = (text: string): Diagnostic => ({ code: 'pdf-text-clipped', severity: 'warning', message: 'text past the edge', place: { page: mention?.source.page }, pieces: [{ text, bbox: [x0, y0, x1, y1] }] });
    const said = (text: string) => extractFromModel({ ...model, diagnostics: [...(model.diagnostics ?? []), at(text)] }).diagnostics.filter((d) => d.code === 'content-unread' && d.message.startsWith('budget-mentions'));
    const words = (mention?.context ?? '').split(' ');
    expect(said(words.slice(-3).join(' '))).toHaveLength(1);
    expect(said('EZK (Q2-')).toEqual([]);
  });
});

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
    expect(said[0]?.message).toContain('the text of p.32, where it would stand, was not read whole');
  });
});

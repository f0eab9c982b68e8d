/** The producer matrix, pdfTeX (see matrix.ts): pandoc's LaTeX of the HTML, Times, booktabs longtables. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownExtraction } from '../helpers/fixture';
import { cachedExtraction } from '../helpers/models';
import { DIR, matrix, recordOf } from './matrix';

const FILE = 'pdftex-times.pdf';

matrix([FILE]);

describe('pdfTeX (Times from URW, notes as paragraphs in body type, rules stroked with a pen, no space between rows)', () => {
  it('reads the headings set in Times bold (`NimbusRomNo9L-Medi`), so every priority has its section', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, FILE));
    const fields = (x: typeof e) => x.records.priorities.map((p) => [p.rank, p.title, p.section]);
    expect(fields(e)).toEqual(fields(reference));
  });

  it('keeps the gaps of the markdown edition as gaps: its text runs past the page edge only pages away from them', async () => {
    const e = await cachedExtraction(join(DIR, FILE));
    expect((e.model.diagnostics ?? []).filter((d) => d.code === 'pdf-text-clipped').map((d) => d.place?.page)).toEqual([40, 43, 48, 51, 55, 65]);
    expect(e.gaps.map((g) => `${g.type} ${g.key}`)).toEqual(['actions 1', 'actions 2', 'actions 5', 'actions 6', 'footnotes 63']);
    // The rows that ran off those pages' feet are not read whole: each an error, with what was read
    // last (action 17's status ends `ring’ waarmee`, the rest of the row not written).
    const cut = e.diagnostics.filter((d) => d.severity === 'error' && d.message.includes('run past the edge'));
    expect(cut.map((d) => `${d.message.split(':')[0]} p.${d.place?.page}`)).toEqual(['actions 17 p.43', 'actions 23 p.48', 'actions 29 p.51', 'actions 30 p.51', 'actions 36 p.55', 'connectivity-actions 14 p.65']);
    expect(cut[0]?.message).toContain('("ring’ waarmee")');
  });

  it('reads every note, set as a paragraph in body type opened by its raised number', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, FILE));
    expect(e.records.footnotes.map((f) => f.n)).toEqual(reference.records.footnotes.map((f) => f.n));
    // Note 18 follows a line of the paragraph before that runs to the column's edge.
    expect(e.records.footnotes.find((f) => f.n === 18)?.text).toBe('Regionaal Investeringsfonds mbo (RIF).');
  });

  it('reads the WBSO series, whose euro signs Times set as `C`, and every budget line the markdown edition has', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, FILE));
    const lines = (x: typeof e) => x.records['budget-lines'].map((l) => [l.table, l.row, l.year, l.value]);
    expect(lines(e)).toEqual(lines(reference));
    expect(e.records['budget-lines'].find((l) => l.table === 'WBSO' && l.row === 'budget' && l.year === 2019)?.value).toBe(1521);
  });

  it('reads the connectivity plan from longtables ruled by booktabs, rows set with no space between them', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, FILE));
    expect(e.records['connectivity-actions']).toHaveLength(41);
    // The first rows: the status cell of each runs on, at the wrapped lines' pitch, up to the line
    // where the next row's action starts.
    for (const seq of [1, 2, 3, 4, 5]) expect(recordOf(e, 'connectivity-actions', seq)?.action, `${seq}.action`).toEqual(recordOf(reference, 'connectivity-actions', seq)?.action);
    // The header's label wrapped upwards (`Stand van zaken /` over `resultaten (t/m Q2` over `2020)`) is the header's.
    expect(e.diagnostics.filter((d) => d.message.includes('"Stand van zaken /"'))).toEqual([]);
  });

  it('drops the hyphens pdfTeX set where it broke words in narrow cells, and keeps the document\'s own', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, FILE));
    const hyphens = (x: typeof e) => x.records['connectivity-actions'].flatMap((r) => r.action.match(/\p{L}+-\p{Ll}+/gu) ?? []);
    // `op-` / `lossingsrichtingen` is joined: the document writes the word whole elsewhere.
    expect(recordOf(e, 'connectivity-actions', 3)?.action).toContain('bepalen van oplossingsrichtingen');
    // Its own compounds (`GHz-band`, `omroep-toepassing`, `co-invest`) keep their hyphens; a word
    // it never writes whole elsewhere loses the one pdfTeX set too (`communica-` / `tiediensten`,
    // `Fre-` / `quentiebeleidsoverleg`, `telekwets-` / `baarheidprogramma`): their halves are no
    // words of the document.
    expect(hyphens(e)).toEqual(expect.arrayContaining(hyphens(reference)));
    expect(hyphens(e).filter((w) => !hyphens(reference).includes(w))).toEqual([]);
    const all = JSON.stringify(e.records['connectivity-actions']);
    for (const word of ['Frequentiebeleidsoverleg', 'telekwetsbaarheidprogramma']) expect(all).toContain(word);
  });
});

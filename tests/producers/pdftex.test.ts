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

  it('reads the rows that ran off the pages\' feet from the file, and keeps the gaps of the markdown edition as gaps', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, FILE));
    // LaTeX cannot break a longtable row across pages: it sets the rest past the foot, where no
    // viewer shows it, but the file holds it.
    expect((e.model.diagnostics ?? []).filter((d) => d.code === 'pdf-text-past-edge').map((d) => d.place?.page)).toEqual([40, 43, 48, 51, 55, 65]);
    expect(e.diagnostics.filter((d) => d.code === 'pdf-text-clipped' || d.code === 'content-unread')).toEqual([]);
    // The rows' text is whole: action 17's status went on past p.43's foot after `ring’ waarmee`,
    // 23's after `halen we`. (Where items end inside those cells is read as on other pages: a
    // sentence's end on a short line may end an item, pdfTeX's items have no marks.)
    const text = (x: typeof e, n: number, field: string) => (recordOf(x, 'actions', n)?.[field] as string[]).join(' ');
    expect(text(e, 17, 'status')).toContain('waarmee instellingen zelf effectieve professionalisering op het gebied van onderwijsinnovatie met ICT kunnen inrichten.');
    expect(text(e, 17, 'status')).toContain('hun contacten met bedrijven te intensiveren.');
    expect(text(e, 23, 'status')).toContain('halen we tegelijkertijd bestaande kennis van buiten naar binnen');
    // (Action 30's cut on p.51 (`Tweede Kamer een`) read on: its status as the markdown edition's.)
    expect(text(e, 30, 'status')).toBe(text(reference, 30, 'status'));
    expect(e.gaps.map((g) => `${g.type} ${g.key}`)).toEqual(['actions 1', 'actions 2', 'actions 5', 'actions 6', 'footnotes 63']);
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

/** The producer matrix, LibreOffice Writer (see matrix.ts). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summaryLines } from '../../src/cli/report';
import { RECORD_TYPES } from '../../src/schemas/records';
import { markdownExtraction } from '../helpers/fixture';
import { cachedExtraction } from '../helpers/models';
import { DIR, matrix, recordOf } from './matrix';

matrix(['libreoffice-writer.pdf']);

describe('LibreOffice Writer (no rules, cells centred vertically, the last column past the page edge)', () => {
  it('reads rows whose cells are centred: the anchor mid-row, a theme row set close above it apart', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, 'libreoffice-writer.pdf'));
    // Action 8: `8)` stands level with the middle of a 23-line ambition cell; the theme row
    // (`Grensverleggend onderzoek en innovatie`) stands a third of a line above that cell.
    for (const field of ['ambitionTitle', 'ambitionText', 'text', 'owners', 'part']) {
      expect(recordOf(e, 'actions', 8)?.[field], `8.${field}`).toEqual(recordOf(reference, 'actions', 8)?.[field]);
    }
    // Who cells the page edge cut short (`EZK (Q3-4`, `OCW (Q`) still name their owners; where the
    // whole column lies past the edge (actions 21–23), the PDF holds no owner to read.
    for (const n of [13, 14, 16]) expect(recordOf(e, 'actions', n)?.owners, `${n}.owners`).toEqual(recordOf(reference, 'actions', n)?.owners);
    expect(recordOf(e, 'actions', 13)?.timing).toEqual(['Q3-4']);
  });

  it('says on which pages text runs past the page edge, where values are cut short (not on the page: not read)', async () => {
    const e = await cachedExtraction(join(DIR, 'libreoffice-writer.pdf'));
    const clipped = e.diagnostics.filter((d) => d.code === 'pdf-text-clipped');
    // (Pieces that end less than a glyph past the edge count: `Wie (Ti`, `Afgerond Overleg`.)
    expect(clipped).toHaveLength(41);
    expect(clipped.find((d) => d.place?.page === 99)?.message).toContain('"Afgerond Overleg"');
    expect(clipped.every((d) => d.severity === 'warning')).toBe(true);
    // (LibreOffice wrote `(Doorlopend)` whole, past the edge: pdfjs reads what stands on the page.)
    expect(clipped.find((d) => d.place?.page === 50)?.message).toContain('"(Doorlo"');
    expect(clipped.find((d) => d.place?.page === 50)?.message).toContain('not on the page');
    // The summary shows the first few and counts the rest.
    const lines = summaryLines(e, RECORD_TYPES, false);
    expect(lines.filter((l) => l.includes('run past the edge of the page'))).toHaveLength(3);
    expect(lines).toContain('  … and 38 more pdf-text-clipped warning(s) (p.52–p.100)');
    // No other rendering of the matrix sets text past its page's edge.
    const chromium = await cachedExtraction(join(DIR, 'chromium-letter-serif.pdf'));
    expect(chromium.diagnostics.filter((d) => d.code === 'pdf-text-clipped')).toEqual([]);
  });

  it('reads owners under a label the page edge cut to `Wi` as the who column, and claims no absence where the edge cut the text', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, 'libreoffice-writer.pdf'));
    // pp. 95–96: the owners as far as the page shows them (17's `/ AT` and 20's `Allen` run past its edge).
    for (const seq of [18, 19]) expect(recordOf(e, 'connectivity-actions', seq)?.owners, `${seq}.owners`).toEqual(recordOf(reference, 'connectivity-actions', seq)?.owners);
    expect(recordOf(e, 'connectivity-actions', 17)?.whoRaw).toBe('EZK');
    expect(recordOf(e, 'connectivity-actions', 19)?.whoRaw).toBe('EZK EZK (Do)');
    // (Its tables run past the page's edge, cut there: where an action or note the markdown edition
    // lacks too would stand, absence cannot be told, so each is an error, not a gap.)
    const errors = e.diagnostics.filter((d) => d.severity === 'error' && d.message.includes(' was not found'));
    expect(errors.map((d) => `${d.code} ${d.message.replace(/ was not found.*/, '')}`)).toEqual(['actions 1', 'actions 2', 'actions 5', 'actions 6', 'footnotes 63'].map((k) => `content-unread ${k}`));
    expect(errors[0]?.message).toContain('the text of p.49, p.50, where it would stand, was not read whole');
    // And each record that holds text cut there is an error of its own: 27 actions and 12
    // connectivity actions, 17 among them (`EZK` read, `/ AT` past the edge).
    const cut = e.diagnostics.filter((d) => d.severity === 'error' && d.message.includes('run past the edge'));
    expect(cut.map((d) => d.message.split(':')[0]?.replace(/ \d+$/, ''))).toEqual([...Array(27).fill('actions'), ...Array(12).fill('connectivity-actions')]);
    const seventeen = cut.find((d) => d.message.startsWith('connectivity-actions 17:'));
    expect(seventeen?.message).toContain('1 piece(s) of its text run past the edge of p.95 ("EZK")');
    expect(seventeen?.place).toEqual(recordOf(e, 'connectivity-actions', 17)?.source);
    expect(e.gaps).toEqual([]);
  });

  it('joins a word the layout broke in a narrow cell without a hyphen: one the document writes whole elsewhere, or one that overflowed its cell', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, 'libreoffice-writer.pdf'));
    for (const n of [8, 9, 10, 11]) expect(recordOf(e, 'actions', n)?.theme).toBe('Grensverleggend onderzoek en innovatie');
    expect(recordOf(e, 'actions', 24)?.theme).toEqual(recordOf(reference, 'actions', 24)?.theme);
    // Where the PDF never writes the word whole, a word that overflowed its cell is joined still:
    // alone on a line that fills the cell, its last letter below (`frequentiebande` / `n`).
    for (const n of [1, 2, 32]) expect(recordOf(e, 'connectivity-actions', n)?.task, `${n}.task`).toEqual(recordOf(reference, 'connectivity-actions', n)?.task);
    expect(recordOf(e, 'connectivity-actions', 1)?.task).toBe('Het bestemmen en verdelen van frequentiebanden');
  });

  it('joins a row the page cut under a repeated header, and reads figures set as one string', async () => {
    const e = await cachedExtraction(join(DIR, 'libreoffice-writer.pdf'));
    expect(recordOf(e, 'connectivity-actions', 4)?.action).toBe('Veiling frequenties van de 700, 1400 en 2100 MHz-banden.');
    const tabel2 = e.records['budget-lines'].filter((l) => l.table === 'Tabel 2' && l.row === 'Europese Unie').map((l) => [l.year, l.value]);
    expect(tabel2).toEqual([
      [2017, 22],
      [2018, 27],
      [2019, 34],
    ]);
  });
});

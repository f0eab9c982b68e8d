/** The producer matrix, LibreOffice Writer (see matrix.ts). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summaryLines } from '../../src/cli/report';
import { RECORD_TYPES } from '../../src/schemas/records';
import { markdownExtraction } from '../helpers/fixture';
import { cachedExtraction } from '../helpers/models';
import { DIR, expectActionsAsReference, matrix, recordOf } from './matrix';

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
    // Who cells set past the page's edge (`EZK (Q3-4)`, `OCW (Q2)`) are read whole from the file;
    // where LibreOffice wrote no who cell at all (actions 21–23: the whole column past the edge), the
    // PDF holds no owner to read.
    for (const n of [3, 13, 14, 16]) expectActionsAsReference(e, reference, [n], ['owners', 'timing']);
    expect(recordOf(e, 'actions', 13)?.timing).toEqual(['Q3-4']);
    expect(recordOf(e, 'actions', 3)?.whoRaw).toBe('BZK (Doorlopend)');
    expect(recordOf(e, 'actions', 21)?.owners).toEqual([]);
    // Both are said: action 9's row (its owners' cell, in a column half past the edge, holds
    // nothing: the file has no owners there) and actions 21–23 (no owners' column in their header).
    const absent = e.diagnostics.filter((d) => d.code === 'column-absent' && d.severity === 'warning' && d.place?.page !== undefined && d.place.page < 80);
    expect(absent.map((d) => d.place?.page)).toEqual([65, 77, 53, 58]);
    expect(absent.map((d) => d.message.split(':')[0])).toEqual(['actions 21–23', 'action 36', 'actions 9', 'actions 12']);
    expect(absent[2]?.message).toBe("actions 9: its owners (Wie) are empty: its row holds nothing in the owners' column, which runs past the right edge of p.53, and what stood wholly past that edge is not in the file (owners the document may give there are in no record)");
    expect(recordOf(e, 'actions', 9)?.owners).toEqual([]);
  });

  it('reads the text the file sets past the page edge (a viewer does not show it), and says on which pages it stands', async () => {
    const e = await cachedExtraction(join(DIR, 'libreoffice-writer.pdf'));
    const past = e.diagnostics.filter((d) => d.code === 'pdf-text-past-edge');
    expect(past).toHaveLength(41);
    expect(past.every((d) => d.severity === 'warning')).toBe(true);
    // (LibreOffice wrote `(Doorlopend)` whole, past the edge; pdfjs's text content reads `(Doorlo`.)
    expect(past.find((d) => d.place?.page === 50)?.message).toContain('"(Doorlopend"');
    expect(past.find((d) => d.place?.page === 99)?.message).toContain('"Afgerond Overleg"');
    // Nothing is said to be cut any more: every record is read whole, and the run is whole.
    expect(e.diagnostics.filter((d) => d.code === 'pdf-text-clipped' || d.code === 'content-unread')).toEqual([]);
    // The summary shows the first few and counts the rest.
    const lines = summaryLines(e, RECORD_TYPES, false);
    expect(lines.filter((l) => l.includes('run past the edge of the page'))).toHaveLength(3);
    expect(lines).toContain('  … and 38 more pdf-text-past-edge warning(s) (p.52–p.100)');
    // No other rendering of the matrix sets text past its page's edge.
    const chromium = await cachedExtraction(join(DIR, 'chromium-letter-serif.pdf'));
    expect(chromium.diagnostics.filter((d) => d.code === 'pdf-text-clipped' || d.code === 'pdf-text-past-edge')).toEqual([]);
  });

  it('reads owners under the label past the edge as the who column, and states as gaps only what the markdown edition lacks too', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, 'libreoffice-writer.pdf'));
    // pp. 95–96: the owners as the file writes them past the edge (17's `/ AT`, 20's `Allen`).
    for (const seq of [17, 18, 19, 20]) expect(recordOf(e, 'connectivity-actions', seq)?.owners, `${seq}.owners`).toEqual(recordOf(reference, 'connectivity-actions', seq)?.owners);
    expect(recordOf(e, 'connectivity-actions', 17)?.whoRaw).toBe('EZK/AT (Q2)');
    expect(recordOf(e, 'connectivity-actions', 19)?.whoRaw).toBe('EZK (Q4) EZK (Doorlopend)');
    // Read whole, the text tells where actions 1, 2, 5, 6 and note 63 would stand: absent, as in the
    // markdown edition.
    expect(e.gaps.map((g) => `${g.type} ${g.key}`)).toEqual(reference.gaps.map((g) => `${g.type} ${g.key}`));
    expect(e.gaps.map((g) => `${g.type} ${g.key}`)).toEqual(['actions 1', 'actions 2', 'actions 5', 'actions 6', 'footnotes 63']);
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
    // (A long word alone on its line at the cell's edge, a compound written with hyphens below: two words.)
    for (const n of [16, 17]) expect(recordOf(e, 'actions', n)?.ambitionTitle).toBe('Onderwijscurriculum up-to-date');
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

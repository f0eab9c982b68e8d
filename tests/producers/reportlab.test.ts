/**
 * The producer matrix, ReportLab (see matrix.ts): a PDF library, not a layout engine. No rules at
 * all, zebra rows, the appendix in portrait with narrow columns, and its own line breaking: a word
 * wider than its column is broken at any letter, its first piece filling the line (`EZK (Doo` /
 * `rlopend)`), and so is a new table's header label (`Opg` / `ave`). 93.70 % of the fields, exit 0
 * and nothing said, before the loader and the extractors knew these: every connectivity action from
 * the eighth on took the text of the one before, the header read as a row.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownExtraction } from '../helpers/fixture';
import { cachedExtraction } from '../helpers/models';
import { DIR, matrix } from './matrix';

const FILE = 'reportlab-plain.pdf';

matrix([FILE]);

describe('ReportLab, no rules, narrow columns broken at any letter', () => {
  it('reads a table header said again with a label broken inside its word as a header, not as a row', async () => {
    const reference = markdownExtraction();
    const e = await cachedExtraction(join(DIR, FILE));
    const connectivity = e.records['connectivity-actions'];
    expect(connectivity.map((c) => c.action)).toEqual(reference.records['connectivity-actions'].map((c) => c.action));
    expect(connectivity.find((c) => c.seq === 8)).toMatchObject({ task: 'Het bestemmen en verdelen van frequentiebanden', action: 'Frequentiebanden met een omroep-toepassing.' });
    expect(connectivity.filter((c) => c.theme === 'Thema' || c.action === 'Actie')).toEqual([]);
  });

  it('joins a word its column broke after the words before it, where the pieces make a word the document writes', async () => {
    const e = await cachedExtraction(join(DIR, FILE));
    expect(e.records.actions.find((a) => a.number === 9)).toMatchObject({ timing: ['Doorlopend'] });
    // (Three pieces, `Doelmatig f` / `requentieg` / `ebruik`: the word the document writes alone on
    // its line in another cell, `afstemmen van` / `frequentiegebruik.`.)
    expect(e.records['connectivity-actions'].filter((c) => c.theme?.startsWith('Doelmatig')).map((c) => c.theme)).toEqual(Array(14).fill('Doelmatig frequentiegebruik'));
    expect(e.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

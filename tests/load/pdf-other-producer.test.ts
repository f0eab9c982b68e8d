/**
 * A PDF as another producer lays it out: US Letter, Helvetica, no cell borders, a table of
 * contents set as dotted lines, cells top-aligned with their rows apart by spacing only. The loader
 * must find the same structure from what the document says (header texts, action numbers, gaps).
 */
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/index';
import { extractFromModel } from '../../src/pipeline';
import { minimalPdf, textContent, type TextStyle } from '../helpers/pdf';

const B: TextStyle = { bold: true };
const H = (size: number): TextStyle => ({ bold: true, size });

const page1 = textContent([
  [72, 720, 'Nederlandse Digitaliseringsstrategie 2021', H(20)],
  [72, 680, 'Inhoud', H(14)],
  [72, 655, '2 Nederlandse Digitaliseringsstrategie .................... 4', B],
  [90, 640, '2.1 Prioriteiten .................... 4'],
  [90, 625, '2.2 Artificiele intelligentie .................... 5'],
  [72, 610, 'Bijlage 1 Stand van zaken acties NDS .................... 9', B],
  [90, 595, '1 Kansen benutten .................... 9'],
  [90, 580, '2 Versterken van het fundament .................... 10'],
  [72, 540, '2 Nederlandse Digitaliseringsstrategie', H(16)],
  [72, 510, '2.1 Prioriteiten', H(13)],
  [72, 490, 'In 2021 zijn de prioriteiten van het kabinet:'],
  [100, 475, '1. Artificiele Intelligentie'],
  [100, 460, '2. Data delen'],
  [72, 430, '2.2 Artificiele intelligentie', H(13)],
  [72, 410, 'Het kabinet trekt 5 miljoen euro per jaar uit voor onderzoek.'],
]);

const page2 = textContent(
  [
    [72, 740, '2 Versterken van het fundament', H(13)],
    [40, 710, "Thema's & ambitie", B],
    [150, 710, 'Acties zoals in NDS', B],
    [290, 710, 'Stand van zaken', B],
    [420, 710, 'Wat gaan we doen?', B],
    [530, 710, 'Wie (Tijd)', B],
    [40, 690, 'Grensverleggend onderzoek', B],
    [40, 670, 'Een sterke basis', B],
    [150, 670, '8) ICT krijgt een centrale'],
    [290, 670, 'Er is een convenant voor de'],
    [420, 670, 'ICT wordt een'],
    [530, 670, 'EZK (Doorlopend)'],
    [150, 659, 'plek in het beleid.'],
    [290, 659, 'kennisagenda uitgebracht.'],
    [420, 659, 'volwaardige topsector.'],
    [150, 635, '9) We zoeken de verbinding.'],
    [290, 635, 'Er is een NWA-call.'],
    [420, 635, 'Meer calls.'],
    [530, 635, 'OCW/ EZK'],
    [530, 624, '(Doorlopend)'],
    [150, 600, '10) De overheid jaagt'],
    [290, 600, 'SBIR is gestart.'],
    [530, 600, 'Allen (Q3)'],
    [150, 589, 'innovatie aan met SBIR.'],
  ],
  9,
);

describe('a PDF from another producer (Letter, Helvetica, no ruling lines)', () => {
  it('gives the table of contents, priorities, actions and mentions from what the document says', async () => {
    const bytes = minimalPdf([page1, page2], { mediaBox: [0, 0, 612, 792] });
    const model = await loadDocument(bytes, 'andere-maker.pdf');
    const extraction = extractFromModel(model);
    expect(extraction.document.toc.map((e) => e.id)).toEqual(['2', '2.1', '2.2', 'Bijlage 1', 'Bijlage 1.1', 'Bijlage 1.2']);
    // The second priority has no section of its own in this short edition: not invented, reported.
    expect(extraction.records.priorities.map((p) => [p.rank, p.title, p.section, p.page])).toEqual([[1, 'Artificiele Intelligentie', '2.2', 5]]);
    expect(extraction.diagnostics.filter((d) => d.code === 'priority-section-mismatch').map((d) => d.message)).toEqual(['priority 2 "Data delen" has no section of its own']);
    const actions = extraction.records.actions;
    expect(actions.map((a) => a.number)).toEqual([8, 9, 10]);
    expect(actions[0]).toMatchObject({
      part: 2,
      partTitle: 'Versterken van het fundament',
      theme: 'Grensverleggend onderzoek',
      ambitionTitle: 'Een sterke basis',
      text: 'ICT krijgt een centrale plek in het beleid.',
      status: ['Er is een convenant voor de kennisagenda uitgebracht.'],
      plans: ['ICT wordt een volwaardige topsector.'],
      owners: ['EZK'],
      timing: ['Doorlopend'],
      source: { page: 2 },
    });
    expect(actions[1]).toMatchObject({ ambitionTitle: 'Een sterke basis', owners: ['OCW', 'EZK'], timing: ['Doorlopend'], plans: ['Meer calls.'] });
    expect(actions[2]).toMatchObject({ text: 'De overheid jaagt innovatie aan met SBIR.', owners: ['Allen'], timing: ['Q3'], plans: [] });
    expect(extraction.gaps.filter((g) => g.type === 'actions').map((g) => g.key)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(extraction.records['budget-mentions']).toEqual([
      expect.objectContaining({ amountEur: 5_000_000, rate: 'per jaar', section: '2.2', source: expect.objectContaining({ page: 1 }) }),
    ]);
  });
});

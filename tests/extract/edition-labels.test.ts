/**
 * Editions whose tables are labelled in other words: in English (the government publishes English
 * translations: table headers, appendix and table captions, the priorities' section), and in other
 * Dutch words (`Maatregelen`, `Realisatie`, `Doelstelling`, `Departement (gereed)`). The bundled
 * markdown edition relabelled so must give the same records, under the names the edition writes
 * (`Appendix 1`, `Table 1`).
 */
import { describe, expect, it } from 'vitest';
import { extractFromModel } from '../../src/pipeline';
import { loadMarkdown } from '../../src/load/markdown';
import { markdownExtraction, markdownText } from '../helpers/fixture';

const LABELS: [string, string][] = [
  ['Domein & ambitie', 'Domain & ambition'],
  ["Thema's & ambitie", 'Themes & ambition'],
  ['Acties zoals in NDS', 'Actions as in the NDS'],
  ['Stand van zaken/resultaten (t/m Q2 2020)', 'Progress/results (up to Q2 2020)'],
  ['Stand van zaken/ resultaten', 'Progress/ results'],
  ['Stand van zaken / resultaten (t/m Q2 2020)', 'Progress / results (up to Q2 2020)'],
  ['Wat gaan we doen? (vanaf Q2 2020)', 'Next steps (from Q2 2020)'],
  ['Wat gaan we doen (en wanneer)?', 'What will we do (and when)?'],
  ['Wat gaan we doen?', 'What will we do?'],
  ['Wie (Tijd)', 'Who (When)'],
  ['Wie (tijd)', 'Who (when)'],
  ['Thema\tOpgave\tActie\t', 'Theme\tTask\tAction\t'],
  ['Bijlage', 'Appendix'],
  ['Prioriteiten', 'Priorities'],
  ['Tabel ', 'Table '],
];

describe('an edition labelled in English', () => {
  const english = LABELS.reduce((text, [nl, en]) => text.split(nl).join(en), markdownText());
  const e = extractFromModel(loadMarkdown(english, 'english.md'));
  const before = markdownExtraction().records;
  const withoutSection = <T extends { section: string }>(r: T) => ({ ...r, section: r.section.replace('Bijlage', 'Appendix') });

  it('reads every action, connectivity action, priority and initiative as the Dutch labels give them', () => {
    expect(english).not.toContain('Wie (Tijd)');
    expect(e.records.actions).toEqual(before.actions);
    expect(e.records['connectivity-actions']).toEqual(before['connectivity-actions']);
    expect(e.records.priorities).toEqual(before.priorities);
    expect(e.records['proeftuin-locations']).toEqual(before['proeftuin-locations']);
    expect(e.records['budget-mentions']).toEqual(before['budget-mentions'].map(withoutSection));
    expect(e.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('names the budget tables by their English captions, with the same figures', () => {
    expect(e.records['budget-lines'].map((l) => [l.table.replace('Table', 'Tabel'), l.row, l.year, l.value])).toEqual(before['budget-lines'].map((l) => [l.table, l.row, l.year, l.value]));
    expect(e.records['budget-lines'].find((l) => l.row === 'PPS-toeslag' && l.year === 2020)).toMatchObject({ table: 'Table 1', value: 137 });
  });
});

describe('an edition whose tables are labelled in other Dutch words', () => {
  const RELABELLED: [string, string][] = [
    // (The connectivity plan's header first: the labels below would change it.)
    ['Thema\tOpgave\tActie\tStand van zaken / resultaten (t/m Q2 2020)\tWat gaan we doen? (vanaf Q2 2020)\tWie (tijd)', 'Thema\tDoelstelling\tMaatregel\tStand (t/m Q2 2020)\tVolgende stap\tDepartement (gereed)'],
    ['Domein & ambitie', 'Pijler & ambitie'],
    ["Thema's & ambitie", 'Pijler & ambitie'],
    ['Acties zoals in NDS', 'Maatregelen'],
    ['Stand van zaken/resultaten (t/m Q2 2020)', 'Realisatie (t/m Q2 2020)'],
    ['Stand van zaken/ resultaten', 'Realisatie'],
    ['Wat gaan we doen? (vanaf Q2 2020)', 'Vervolgacties (vanaf Q2 2020)'],
    ['Wat gaan we doen (en wanneer)?', 'Vervolgacties'],
    ['Wat gaan we doen?', 'Vervolgacties'],
    ['Wie (Tijd)', 'Ministerie (gereed)'],
  ];
  const relabelled = RELABELLED.reduce((text, [nl, other]) => text.split(nl).join(other), markdownText());
  const before = markdownExtraction().records;

  it('reads every action and connectivity action as 2020\'s labels give them', () => {
    expect(relabelled).toContain('Thema\tDoelstelling\tMaatregel');
    const e = extractFromModel(loadMarkdown(relabelled, 'relabelled.md'));
    expect(e.records.actions).toEqual(before.actions);
    expect(e.records['connectivity-actions']).toEqual(before['connectivity-actions']);
    expect(e.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reads no table whose labels name none of the columns (bad input), and says the actions were not read', () => {
    const unlabelled = relabelled.split('Maatregelen').join('Punten').split('Realisatie').join('Opmerkingen');
    const e = extractFromModel(loadMarkdown(unlabelled, 'unlabelled.md'));
    expect(e.records.actions).toEqual([]);
    expect(e.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toContain('no actions records were read, and the input does not end early: if this edition has none, --partial writes the rest');
  });
});

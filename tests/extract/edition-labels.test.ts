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

describe('an edition that numbers its actions otherwise (`Actie 23:`, `A23`, `(23)`, `[23]`, `Maatregel 23 –`)', () => {
  // Every number that opens an action's cell (or stands in a cell two actions share), rewritten.
  const numbered = (style: (n: string) => string): string => markdownText().replace(/(^|\t|\t<p>| {2})(\d{1,3})\) /gm, (_, before: string, n: string) => before + style(n));
  const before = markdownExtraction();

  it.each([
    ['Actie 23: ', (n: string) => `Actie ${n}: `],
    ['A23 ', (n: string) => `A${n} `],
    ['(23) ', (n: string) => `(${n}) `],
    ['[23] ', (n: string) => `[${n}] `],
    ['Maatregel 23 – ', (n: string) => `Maatregel ${n} – `],
  ])('`%s`: every action as the 2020 numbers give it, the same gaps, no error', (_, style) => {
    const md = numbered(style);
    expect(md).toContain(`${style('23')}Het plan van aanpak Versterking HR ICT Rijksdienst`);
    const e = extractFromModel(loadMarkdown(md, 'numbered.md'));
    expect(e.records.actions).toEqual(before.records.actions);
    expect(e.records['budget-mentions']).toEqual(before.records['budget-mentions']);
    expect(e.gaps).toEqual(before.gaps);
    expect(e.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('actions 27 and 28, which share a cell, are parted at the second number written so', () => {
    const e = extractFromModel(loadMarkdown(numbered((n) => `Actie ${n}: `), 'numbered.md'));
    expect(e.records.actions.find((a) => a.number === 28)?.text).toMatch(/^Het kabinet is in gesprek/);
    expect(e.records.actions.find((a) => a.number === 27)?.text).not.toContain('Actie 28');
  });

  it('says an action whose number no longer opens its cell is in the text, not absent (bad input)', () => {
    const md = numbered((n) => `Actie ${n}: `).replace('\tActie 9: ', '\tZie ook Actie 9: ');
    const e = extractFromModel(loadMarkdown(md, 'numbered.md'));
    expect(e.records.actions.map((a) => a.number)).not.toContain(9);
    // (No gap claims it absent; with actions content unread, neither can the others be claimed.)
    expect(e.gaps.filter((g) => g.type === 'actions')).toEqual([]);
    expect(e.diagnostics.find((d) => d.severity === 'error')?.message).toBe('action 9 ("Zie ook Actie 9: We zoeken de maximale verbinding …") is in the input but no actions record was made of it (it is not absent: the text holds it)');
  });
});

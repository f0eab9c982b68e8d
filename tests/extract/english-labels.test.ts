/**
 * An edition whose structure is labelled in English (the government publishes English
 * translations): table headers, appendix and table captions, the priorities' section. The bundled
 * markdown edition with those labels translated must give the same records, under the names the
 * edition writes (`Appendix 1`, `Table 1`).
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

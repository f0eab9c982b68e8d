/**
 * Header labels read by what they mean (src/model/header-meanings.ts), in any edition's words.
 */
import { describe, expect, it } from 'vitest';
import { cutLabelOf, LABEL_OPENINGS, labelBreaks, labelMeaning, labelMeaningIn, mendBrokenLabel, namesColumnsInBold, namesHeaderAmong, type HeaderMeaning } from '../../src/model/header-meanings';
import { headerMeanings } from '../../src/extract/common/headers';

describe('labelMeaning', () => {
  it('reads the meaning a label opens with, in 2020’s words and in others', () => {
    expect(labelMeaning('Stand van zaken/resultaten (t/m Q2 2020)')).toBe('status');
    expect(labelMeaning('Wat gaan we doen? (vanaf Q2 2020)')).toBe('plans');
    expect(labelMeaning('Voortgang tot 1 januari 2022')).toBe('status');
    expect(labelMeaning("Thema's & ambitie")).toBe('theme');
    expect(labelMeaning('Wie (Tijd)')).toBe('who');
  });

  it('reads the labels of an English edition by what they mean, and no English word that only starts like one', () => {
    expect(['Themes & ambition', 'Task', 'Actions as in the NDS', 'Progress/results (up to Q2 2020)', 'Next steps (from Q2 2020)', 'Who (When)', 'When'].map(labelMeaning)).toEqual([
      'theme',
      'task',
      'actions',
      'status',
      'plans',
      'who',
      'timing',
    ]);
    expect(headerMeanings({ cells: ['Theme', 'Task', 'Action', 'Progress / results', 'What will we do?', 'Who (when)'].map((text) => ({ text, blocks: [] })), source: { line: 1294 } })).toMatchObject({ theme: 0, task: 1, actions: 2, status: 3, plans: 4, who: 5 });
    // Bad input: words that open no label (`Actionable`, `Whoever`, `Themed`) and a label's rest in brackets.
    expect(['Actionable items', 'Whoever', 'Taskforce', 'when)?'].map(labelMeaning)).toEqual([null, null, null, null]);
  });

  it('reads the labels other Dutch editions use in a header row, and no word that only starts like one', () => {
    const meanings = (cells: string[]) => headerMeanings({ cells: cells.map((text) => ({ text, blocks: [] })), source: { line: 1 } });
    expect(meanings(['Pijler & ambitie', 'Maatregelen', 'Realisatie (t/m Q2 2020)', 'Vervolgacties', 'Ministerie (gereed)'])).toMatchObject({ theme: 0, actions: 1, status: 2, plans: 3, who: 4, task: -1 });
    expect(meanings(['Thema', 'Doelstelling', 'Maatregel', 'Stand (t/m Q2 2020)', 'Volgende stap', 'Departement', 'Looptijd'])).toMatchObject({ theme: 0, task: 1, actions: 2, status: 3, plans: 4, who: 5, timing: 6 });
    // Bad input: words they only start (`Doeltreffend`, `Standaarden`, `Gereedschap`) are no labels.
    expect(meanings(['Thema', 'Doeltreffend', 'Maatregelpakket', 'Standaarden', 'Ministeriële regeling', 'Gereedschap'])).toMatchObject({ task: -1, actions: -1, status: -1, who: -1, timing: -1 });
    // The PDF loader, which looks for labels in every line, knows none of them: they are words of prose too.
    expect(['Maatregelen', 'Stand', 'Doelstelling', 'Departement'].map(labelMeaning)).toEqual([null, null, null, null]);
  });

  it('reads an ambition column of its own, and 2020’s `Domein & ambitie` as one label, the theme’s', () => {
    // (Labels the PDF loader tells apart never say `ambitie`: it is the wrapped rest of `Domein &`.)
    expect(labelMeaning('Ambitie')).toBeNull();
    expect(labelMeaning('Domein & ambitie')).toBe('theme');
    expect(labelBreaks('domein & ambitie', 'theme').at).toEqual([]);
    expect(headerMeanings({ cells: ['Thema', 'Ambitie', 'Acties', 'Stand van zaken', 'Wat gaan we doen?', 'Wie (Tijd)'].map((text) => ({ text, blocks: [] })), source: { line: 1 } })).toMatchObject({ theme: 0, ambition: 1, actions: 2, who: 5 });
    expect(headerMeanings({ cells: ["Thema's & ambitie", 'Acties zoals in NDS', 'Stand van zaken', 'Wat gaan we doen?', 'Wie (Tijd)'].map((text) => ({ text, blocks: [] })), source: { line: 1 } })).toMatchObject({ theme: 0, ambition: -1, actions: 1 });
  });

  it('reads a label that a narrow column broke inside its word, with no hyphen (`Opgav` / `e`), as whole', () => {
    expect(labelMeaning('Opgav e')).toBe('task');
    // (Or anywhere after its third letter, where the layout broke a word wider than its column: ReportLab.)
    expect(['Opg ave', 'Opga ve', 'Ver antwoordelijke', 'Voort gang tot 2022'].map(labelMeaning)).toEqual(['task', 'task', 'who', 'status']);
    expect(headerMeanings({ cells: ['Thema', 'Opg ave', 'Actie', 'Stand van zaken', 'Wat gaan we doen?', 'Wie (tijd)'].map((text) => ({ text, blocks: [] })), source: { page: 53 } })).toMatchObject({ theme: 0, task: 1, actions: 2 });
    // (Not two words the join makes another word, nor pieces of two letters: `ver volgen`, `wi e`.)
    expect(['Ver volgen we het plan', 'Wi e (tijd)', 'Tij dens de zomer'].map(labelMeaning)).toEqual([null, null, null]);
    expect(labelMeaning('Verantwoordelijk e')).toBe('who');
    // (Or after two letters that hold no vowel, and so are no word: a space pdfjs put into
    // letter-spaced type, WeasyPrint `th { letter-spacing: 0.8pt }`, `St and van zaken/ result aten`.)
    expect(['St and van zaken/ result aten', 'St and van zaken / result aten (t/m Q2 2020)'].map(labelMeaning)).toEqual(['status', 'status']);
    expect(['Wi e (tijd)', 'Op gave wijze', 'Zo als in NDS'].map(labelMeaning)).toEqual([null, null, null]);
    expect(headerMeanings({ cells: ['Thema', 'Opgav e', 'Actie', 'Stand van zaken', 'Wat gaan we doen?', 'Wie (tijd)'].map((text) => ({ text, blocks: [] })), source: { page: 67 } })).toMatchObject({ theme: 0, task: 1, actions: 2, status: 3, plans: 4, who: 5 });
    // Bad input: words of prose that only a join would make a label, and a long tail, stay as they are.
    expect(labelMeaning('Op gave wijze')).toBeNull();
    expect(labelMeaning('Opgav eerst')).toBeNull();
    expect(mendBrokenLabel('wat gaan we doen')).toBe('wat gaanwe doen');
    expect(labelMeaning('Wat gaan we doen')).toBe('plans');
  });

  it('takes no action written with its number (`Actie 4: …`, `Maatregel 12 –`) for a label, though a row of them names the status', () => {
    expect(['Actie 4: Voor de zomer stuurt het kabinet een brief', 'Maatregel 12 – Een agenda', 'Actions 3 and 4', 'Actie4: Een brief'].map(labelMeaning)).toEqual([null, null, null, null]);
    // (A row of content: its cells' words mean a status (`resultaten`), an owner's (`Wie`) …)
    expect(headerMeanings({ cells: ['', 'Actie 4: Voor de zomer stuurt het kabinet een brief.', 'De eerste resultaten zijn er.', 'Wie het doet is bekend.', 'BZK'].map((text) => ({ text, blocks: [] })), source: { line: 1191 } })).toMatchObject({ actions: -1 });
    // A year after the word is a label's (`Acties 2021`), as is the word alone.
    expect(['Acties 2021', 'Actie', 'Acties zoals in NDS'].map(labelMeaning)).toEqual(['actions', 'actions', 'actions']);
  });

  it('reads the other Dutch labels where a header is set in bold (labelMeaningIn), and parts two run together there', () => {
    expect(['Maatregelen', 'Realisatie (t/m Q2 2020)', 'Departement (gereed)', 'Pijler & ambitie', 'Looptijd'].map((t) => labelMeaningIn(t, true))).toEqual(['actions', 'status', 'who', 'theme', 'timing']);
    expect(['Maatregelen', 'Realisatie (t/m Q2 2020)'].map((t) => labelMeaningIn(t, false))).toEqual([null, null]);
    expect(labelBreaks('Thema Doelstelling', 'theme', true).at).toEqual([6]);
    expect(labelBreaks('Thema Doelstelling', 'theme').at).toEqual([]);
    expect(namesColumnsInBold(['Pijler & ambitie', 'Maatregelen', 'Realisatie', 'Ministerie (gereed)'])).toBe(true);
    // Bad input: one such word, words they only start, a numbered action.
    expect(namesColumnsInBold(['Stand Voorjaarsnota 2020', '2021', '2022'])).toBe(false);
    expect(namesColumnsInBold(['Standaarden', 'Doeltreffend', 'Gereedschap'])).toBe(false);
    // (A bold heading drawn letter by letter, in pieces: two meanings, and most pieces none.)
    expect(namesColumnsInBold(['Bijlage 2', 'Stand', 'van zaken', 'acties'])).toBe(false);
    expect(labelMeaningIn('Maatregel 12 – Een agenda', true)).toBeNull();
  });

  it('does not read a meaning word deep inside a cell’s prose as a label, however long the cell', () => {
    const prose = 'Het actieplan is in september 2018 gelanceerd. '.repeat(2000);
    expect(labelMeaning(`${prose}De status van het plan is besproken.`)).toBeNull();
    expect(labelMeaning(`  Status ${prose}`)).toBe('status');
  });
});

describe('namesHeaderAmong', () => {
  it('reads a header\'s labels with their wrapped rests as naming columns, and years', () => {
    expect(namesHeaderAmong(['Domein & ambitie', 'Acties zoals in', 'NDS', 'Stand van zaken/resultaten (t/m', 'Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (Tijd)'])).toBe(true);
    expect(namesHeaderAmong(["Thema's &", 'ambitie', 'Acties zoals', 'in NDS', 'Stand van', 'zaken/', 'resultaten', 'Wat gaan', 'we doen?', 'Wie', '(Tijd)'])).toBe(true);
    expect(namesHeaderAmong(['Financieringsbron', '2019', '2020', '2021'])).toBe(true);
  });

  it('does not read rows of prose as a header for two lines that open with a label\'s word', () => {
    // (Chromium, the rest of action 4's row atop a page: `planning. …` reads as the plans' label, `voortgang …` as the status'.)
    const row = ['Er is een', 'goederenvervoeragenda', 'automatisering in het', 'MaaS', 'De voortgang van de pilots MaaS wordt', 'zoveel mogelijk aangehouden volgens', 'planning. Een Kamerbrief over de', 'voortgang hiervan staat in de planning', 'voor Q2.', 'De kamerbrief over Mobility as a'];
    expect(row.filter((t) => labelMeaning(t) !== null)).toEqual(['planning. Een Kamerbrief over de', 'voortgang hiervan staat in de planning']);
    expect(namesHeaderAmong(row)).toBe(false);
  });
});

describe('labelBreaks', () => {
  it('finds where a second label starts in one string, also after a long first label', () => {
    const text = "Thema's & ambitie Acties zoals in NDS";
    expect(labelBreaks(text, 'theme').at).toEqual([text.indexOf('Acties')]);
    const long = `Domein ${'en ambitie '.repeat(3000)}Wie (Tijd)`;
    expect(labelBreaks(long, 'theme')).toEqual({ at: [long.indexOf('Wie')], meaning: 'who' });
  });

  it('reads the owners’ label and its timing as one label (`Wie (Tijd)`, `wie tijd`), and no timing word as a second label (prose says `tijd` too)', () => {
    expect(labelMeaning('Wanneer')).toBe('timing');
    // (The rest of `Wat gaan we doen (en wanneer)?` that a narrow column wrapped is no label of its own.)
    expect(labelMeaning('wanneer)?')).toBeNull();
    expect(headerMeanings({ cells: ['', 'NDS', '', 'resultaten', '', 'wanneer)?'].map((text) => ({ text, blocks: [] })), source: { page: 70 } }).timing).toBe(-1);
    expect(labelBreaks('Wie (Tijd)', 'who').at).toEqual([]);
    expect(labelBreaks('wie tijd', 'who').at).toEqual([]);
    expect(labelBreaks('Wat gaan we doen? (Termijn)', 'plans').at).toEqual([]);
    // (A theme row run into the header's first cell: `… in de digitale tijd` is no timing column.)
    expect(labelBreaks("Thema's & ambitie Grondrechten en ethiek in de digitale tijd", 'theme').at).toEqual([]);
    expect(headerMeanings({ cells: ["Thema's & ambitie Grondrechten en ethiek in de digitale tijd", 'Acties zoals in NDS', 'Stand van zaken', 'Wat gaan we doen?', 'Wie (Tijd)'].map((text) => ({ text, blocks: [] })), source: { page: 123 } })).toMatchObject({ theme: 0, who: 4, timing: -1 });
  });
});

describe('cutLabelOf', () => {
  it('knows the openings it completes as the labels of their own meaning', () => {
    for (const [meaning, words] of Object.entries(LABEL_OPENINGS) as [HeaderMeaning, readonly string[]][]) {
      for (const w of words) expect(labelMeaning(w)).toBe(meaning);
    }
  });

  it('reads a label cut short at the page edge as the start of one, or its words with their ends cut, never a whole or foreign word', () => {
    // (`wat gaan w doen`: a label wrapped in a cell the page edge cut, LibreOffice, a table wider
    // than the page. Words in the wrong place, too many words, or letters that are no word's start
    // make no label.)
    const cases: [string, HeaderMeaning, boolean][] = [
      ['wi', 'who', true], ['stand van', 'status', true], ['wat gaan w doen', 'plans', true], ['wat ga we', 'plans', true],
      ['wie', 'who', false], ['budget', 'who', false], ['', 'who', false], ['wat gaan we doen', 'plans', false],
      ['w w', 'plans', false], ['wat gaan we doen nu', 'plans', false], ['wat gaat we', 'plans', false],
    ];
    expect(cases.map(([name, meaning]) => cutLabelOf(name, meaning))).toEqual(cases.map(([, , cut]) => cut));
  });
});

import { describe, expect, it } from 'vitest';
import { extractConnectivity } from '../../src/extract/connectivity';
import { loadMarkdown } from '../../src/load/markdown';
import type { ConnectivityAction } from '../../src/schemas/records';
import { segmentDocument } from '../../src/segment/sections';
import { extractFromModel } from '../../src/pipeline';
import { markdownExtraction, markdownText, segmented } from '../helpers/fixture';

/** A plan of one row and the row after it, that one on page `page` (the first on p.95): the actions read. */
function cutRow(row: string, rest: string, page: number): ConnectivityAction[] {
  const md = ['# NDS', '', '## Bijlage 2', '', 'Thema\tOpgave\tActie\tStand van zaken / resultaten\tWat gaan we doen?\tWie (tijd)', row, rest].join('\n');
  const model = loadMarkdown(md, 't.md');
  const rows = model.blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []));
  rows.forEach((r, k) => (r.source = { page: k < rows.length - 1 ? 95 : page }));
  return extractConnectivity(segmentDocument(model).value).actions;
}

describe('extractConnectivity on the NDS 2020 markdown edition', () => {
  const { actions, diagnostics } = extractConnectivity(segmented());
  const at = (line: number): ConnectivityAction => {
    const found = actions.find((a) => a.source.line === line);
    if (!found) throw new Error(`no connectivity action at line ${line}`);
    return found;
  };

  it('finds one record per action row: 41, numbered in order', () => {
    expect(actions).toHaveLength(41);
    expect(actions.map((a) => a.seq)).toEqual(Array.from({ length: 41 }, (_, i) => i + 1));
  });

  it.each([
    [1295, 'Doelmatig frequentiegebruik', 'Het bestemmen en verdelen van frequentiebanden', 'Het internationaal afstemmen van frequentiegebruik.', ['EZK'], ['2020-2023'], []],
    [1296, 'Doelmatig frequentiegebruik', 'Het bestemmen en verdelen van frequentiebanden', 'Het opstellen van de Nota Mobile Communicatie.', [], [], ['task-inherited', 'theme-inherited']],
    [1298, 'Doelmatig frequentiegebruik', 'Het bestemmen en verdelen van frequentiebanden', 'Veiling frequenties van de 700, 1400 en 2100 MHz-banden.', ['EZK'], ['Q2-Q3'], ['task-inherited', 'theme-inherited']],
    [1304, 'Doelmatig frequentiegebruik', 'Het bestemmen en verdelen van frequentiebanden', 'Frequentiebanden met een omroep-toepassing.', [], [], ['task-inherited', 'theme-inherited']],
    [1305, 'Doelmatig frequentiegebruik', 'Faciliterende rol om partijen in staat te stellen frequentiebanden zo optimaal mogelijk te benutten', 'Standaardisatie van oplossingen voor het verbeteren van in pandige connectiviteit.', [], [], ['task-moved', 'theme-inherited']],
    [1310, 'Doelmatig frequentiegebruik', 'Faciliterende rol om partijen in staat te stellen frequentiebanden zo optimaal mogelijk te benutten', 'Bevorderen van innovatie.', ['EZK'], ['2020'], ['task-inherited', 'theme-inherited']],
    [1313, 'Ondersteuning bij de soepele uitrol van snel internet (vast en mobiel) op lokaal niveau', 'Bevorderen van transparantie van lokaal beleid', expect.stringMatching(/^Publicatie op Rijksoverheid.nl van lokale tarieven/), [], [], []],
    [1315, 'Ondersteuning bij de soepele uitrol van snel internet (vast en mobiel) op lokaal niveau', 'Bevorderen van harmonisatie van lokaal beleid', expect.stringMatching(/^Vastlegging van de internationale normen/), ['EZK', 'AT'], ['Q2'], ['theme-inherited']],
    [1325, 'Ondersteuning bij de soepele uitrol van snel internet (vast en mobiel) op lokaal niveau', 'Bevorderen van lokaal beleid dat faciliterend is aan een soepele uitrol in het algemeen', expect.stringMatching(/^In opdracht van EZK en BZK heeft VNG/), [], [], ['theme-inherited']],
    [1337, 'Ondersteuning bij de soepele uitrol van snel internet (vast en mobiel) op lokaal niveau', 'Bevorderen van lokaal beleid dat faciliterend is aan een soepele uitrol in het algemeen', expect.stringMatching(/^Mogelijk maken van plaatsing van small cells/), ['EZK'], ['Q4', 'Q2-Q3'], ['task-inherited', 'theme-inherited']],
    [1343, 'Bevorderen concurrentie, continuïteit en innovatie', 'Bevorderen van voldoende concurrentie', expect.stringMatching(/^Het implementeren in de Nederlandse wetgeving/), ['EZK'], ['Q4', 'Q2-Q3'], []],
    [1349, 'Bevorderen concurrentie, continuïteit en innovatie', 'Bevorderen van de continuïteit van telecommunicatienetwerken', expect.stringMatching(/^Op basis van een evaluatie/), [], [], ['theme-inherited']],
  ])('row at line %i: theme, inherited task, owners and timing', (line, theme, task, action, owners, timing, flags) => {
    expect(at(line)).toMatchObject({ theme, task, action, owners, timing, flags });
  });

  it('keeps every owner entry and timing of a multi-entry who cell, with the raw text', () => {
    expect(at(1317)).toMatchObject({
      whoRaw: 'EZK (Q4) EZK (Doorlopend)',
      owners: ['EZK'],
      timing: ['Q4', 'Doorlopend'],
      whoEntries: [
        { owners: ['EZK'], timing: ['Q4'] },
        { owners: ['EZK'], timing: ['Doorlopend'] },
      ],
    });
    expect(at(1317).plans).toHaveLength(2);
    expect(at(1318)).toMatchObject({ owners: ['Allen'], timing: ['Doorlopend'] });
  });

  it('keeps footnote markers out of the action text', () => {
    expect(at(1316).action).toMatch(/conform de motie Weverling en Sjoerdsma\.$/);
    expect(at(1328).action).toMatch(/conform de motie Weverling\.$/);
  });

  it('reports the moved Opgave once', () => {
    expect(diagnostics.filter((d) => d.code === 'connectivity-moved-cell').map((d) => d.place?.line)).toEqual([1305]);
  });
});

describe('extractConnectivity on small tables', () => {
  const table = (rows: string[]) => {
    const md = ['# NDS', '', 'Thema\tOpgave\tActie\tStand van zaken / resultaten\tWat gaan we doen?\tWie (tijd)', ...rows].join('\n');
    return extractConnectivity(segmentDocument(loadMarkdown(md, 't.md')).value);
  };

  it('starts a new theme with its own task and resets the task', () => {
    const { actions } = table(['T1\tO1\tA1\tS\tP\tEZK (Q1)', '\t\tA2\tS\tP\t', 'T2\tO2\tA3\tS\tP\tBZK']);
    expect(actions.map((a) => [a.theme, a.task, a.action])).toEqual([
      ['T1', 'O1', 'A1'],
      ['T1', 'O1', 'A2'],
      ['T2', 'O2', 'A3'],
    ]);
  });

  it('reads an Opgave moved into the Thema column on a row of its own, as on a row with an action', () => {
    const { actions } = table(['T1\tO1\tA1\tS\tP\tEZK', 'O2\t\t\t\t\t', '\t\tA2\tS\tP\tBZK']);
    expect(actions.map((a) => [a.theme, a.task, a.action])).toEqual([
      ['T1', 'O1', 'A1'],
      ['T1', 'O2', 'A2'],
    ]);
  });

  it('warns when an action has no task above it', () => {
    const { diagnostics } = table(['\t\tA1\tS\tP\tEZK']);
    expect(diagnostics.map((d) => d.code)).toEqual(['connectivity-inherited']);
  });

  it('joins a row with progress but no action to the action above (the rest of a row the page cut)', () => {
    const { actions, diagnostics } = table(['T1\tO1\tA1\tS1\tP1\tEZK', '\t\t\tS2\tP2\t(Q2)']);
    expect(actions).toEqual([expect.objectContaining({ action: 'A1', status: ['S1', 'S2'], plans: ['P1', 'P2'], whoRaw: 'EZK (Q2)', timing: ['Q2'], flags: ['continued'] })]);
    expect(diagnostics.map((d) => d.code)).toEqual(['action-continued']);
  });

  it('puts the rest of a theme and task that the page cut on the action above, and on those above and below that have them', () => {
    // A PDF whose halves of the cut row were not joined (Chromium, US Letter, rules left of cells):
    // the rest row opens the next page with the theme's and the task's last words.
    const { actions, diagnostics } = table([
      'Ondersteuning bij de uitrol van snel internet (vast en\tBevorderen van transparantie\tPublicatie van lokale tarieven en welke gemeenten een\tS1\tP1\tEZK',
      'mobiel) op lokaal niveau\tvan lokaal beleid\tantennebeleid geformuleerd hebben.\t\t\t',
      '\t\tPublicatie van een rapport.\tS2\tP2\tEZK',
    ]);
    expect(actions.map((a) => [a.theme, a.task, a.action])).toEqual([
      ['Ondersteuning bij de uitrol van snel internet (vast en mobiel) op lokaal niveau', 'Bevorderen van transparantie van lokaal beleid', 'Publicatie van lokale tarieven en welke gemeenten een antennebeleid geformuleerd hebben.'],
      ['Ondersteuning bij de uitrol van snel internet (vast en mobiel) op lokaal niveau', 'Bevorderen van transparantie van lokaal beleid', 'Publicatie van een rapport.'],
    ]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('says a theme in a rest row that goes on no theme above it (a sentence of its own) was not read, never drops it (bad input)', () => {
    const { actions, diagnostics } = table(['T1\tO1\tA1 gaat\tS1\tP1\tEZK', 'Een nieuw thema.\t\tdoor.\t\t\t']);
    expect(actions.map((a) => [a.theme, a.action])).toEqual([['T1', 'A1 gaat door.']]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'content-unread', severity: 'error', message: expect.stringContaining('"Een nieuw thema."') }));
  });

  it('reads a who cell whose lines a layout set as list items (a right-aligned column read as indents), not as empty', () => {
    const model = loadMarkdown(['# NDS', '', 'Thema\tOpgave\tActie\tStand van zaken / resultaten\tWat gaan we doen?\tWie (tijd)', 'T1\tO1\tA1\tS1\tP1\tEZK (2020-2023)'].join('\n'), 't.md');
    const table = model.blocks.find((b) => b.kind === 'table');
    const who = table?.kind === 'table' ? table.rows[1]?.cells[5] : undefined;
    if (!who) throw new Error('no who cell');
    who.blocks = [{ kind: 'list', ordered: false, items: [{ text: 'EZK', depth: 0 }, { text: '(2020-2023)', depth: 1 }] }];
    const { actions } = extractConnectivity(segmentDocument(model).value);
    expect(actions.map((a) => [a.whoRaw, a.owners, a.timing])).toEqual([['EZK (2020-2023)', ['EZK'], ['2020-2023']]]);
  });

  it('says a row with progress but no action above it was not read (an error, not a silent skip)', () => {
    const { actions, diagnostics } = table(['\t\t\tVoortgang zonder actie\tVervolg\tBZK (Q2)', 'T1\tO1\tA1\tS\tP\tEZK']);
    expect(actions.map((a) => a.action)).toEqual(['A1']);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'content-unread', severity: 'error', place: { line: 4 } })]);
  });

  it('reads a table whose Thema and Opgave labels stand in one cell over one column: empty there, rows carry both on; text there is not read', () => {
    // The second table's labels ran together (`Thema Opgave` in one cell): one column holds both.
    const table = (merged: string) =>
      [
        '# NDS', '', '## Bijlage 2', '',
        'Thema\tOpgave\tActie\tStand van zaken / resultaten\tWat gaan we doen?\tWie (tijd)', 'T1\tO1\tA1\tS\tP\tEZK', '',
        'Thema Opgave\tActie zoals gepland\tStand van zaken\tWie (tijd)', `${merged}\tA2\tS\tBZK`,
      ].join('\n');
    const empty = extractConnectivity(segmentDocument(loadMarkdown(table(''), 't.md')).value);
    expect(empty.actions.map((a) => [a.theme, a.task, a.action, a.owners])).toEqual([
      ['T1', 'O1', 'A1', ['EZK']],
      ['T1', 'O1', 'A2', ['BZK']],
    ]);
    expect(empty.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const filled = extractConnectivity(segmentDocument(loadMarkdown(table('T2 of O2'), 't.md')).value);
    expect(filled.diagnostics.filter((d) => d.severity === 'error')).toEqual([expect.objectContaining({ code: 'content-unread', place: { line: 9 } })]);
  });

  it('reads an action cell that opens in lower case as the rest of the action above (a row the page cut), not as an action', () => {
    const md = [
      '# NDS', '', '## Bijlage 2', '',
      'Thema\tOpgave\tActie\tStand van zaken / resultaten\tWat gaan we doen?\tWie (tijd)',
      'T1\tO1\tHet implementeren van de code om de uitrol\tWetsvoorstel aangenomen.\tInwerkingtreding\tEZK (Q4)',
      '\t\tte realiseren.\tVerkenning co-invest.\t\t',
      '\t\tOnderzoeken of de wet volstaat.\tLoopt.\t\tEZK (Q2)',
    ].join('\n');
    const { actions } = extractConnectivity(segmentDocument(loadMarkdown(md, 't.md')).value);
    expect(actions.map((a) => [a.action, a.status])).toEqual([
      ['Het implementeren van de code om de uitrol te realiseren.', ['Wetsvoorstel aangenomen.', 'Verkenning co-invest.']],
      ['Onderzoeken of de wet volstaat.', ['Loopt.']],
    ]);
  });

  it('reads an action cell alone in its row, under an action that broke off with no closing punctuation, as that action\'s rest', () => {
    // wkhtmltopdf moved a row's last line down to the page's foot: `Het opstellen van de Nota
    // Mobile` / `Communicatie.` read as two rows.
    const md = [
      '# NDS', '', '## Bijlage 2', '',
      'Thema\tOpgave\tActie\tStand van zaken / resultaten\tWat gaan we doen?\tWie (tijd)',
      'T1\tO1\tHet opstellen van de Nota Mobile\tDe nota is verstuurd.\t\t',
      '\t\tCommunicatie.\t\t\t',
      '\t\tEvaluatie van de band.\t300 MHz komt vrij.\t\tEZK (Q2)',
    ].join('\n');
    const { actions } = extractConnectivity(segmentDocument(loadMarkdown(md, 't.md')).value);
    expect(actions.map((a) => [a.action, a.status])).toEqual([
      ['Het opstellen van de Nota Mobile Communicatie.', ['De nota is verstuurd.']],
      ['Evaluatie van de band.', ['300 MHz komt vrij.']],
    ]);
    // (Under an action that ended its sentence, or beside progress of its own, it is an action.)
    const ended = md.replace('Nota Mobile\t', 'Nota Mobile.\t');
    expect(extractConnectivity(segmentDocument(loadMarkdown(ended, 't.md')).value).actions.map((a) => a.action)).toEqual(['Het opstellen van de Nota Mobile.', 'Communicatie.', 'Evaluatie van de band.']);
    // (Nor under one that ended with a note's number set level with its text, `… Sjoerdsma. 65`.)
    const noted = md.replace('Nota Mobile\t', 'Nota Mobile. 65\t');
    expect(extractConnectivity(segmentDocument(loadMarkdown(noted, 't.md')).value).actions.map((a) => a.action)).toEqual(['Het opstellen van de Nota Mobile. 65', 'Communicatie.', 'Evaluatie van de band.']);
    const own = md.replace('\t\tCommunicatie.\t\t\t', '\t\tCommunicatie.\tGestart.\t\t');
    expect(extractConnectivity(segmentDocument(loadMarkdown(own, 't.md')).value).actions.map((a) => a.action)).toEqual(['Het opstellen van de Nota Mobile', 'Communicatie.', 'Evaluatie van de band.']);
  });

  it('reads a row whose action cell opens with a figure under an action that broke off, beside progress going on mid-sentence from progress that broke off, as that row\'s rest', () => {
    // wkhtmltopdf, Letter landscape, a row the page cut whose rest the layout left a row of its own:
    // `Veiling frequenties van de 700, 1400 en` · `… toelatingsbesluiten, waarna` over `2100
    // MHz-banden.` · `eind kwartaal de veiling …`. Taken for an action, every later record was one off.
    const md = [
      '# NDS', '', '## Bijlage 2', '',
      'Thema\tOpgave\tActie\tStand van zaken / resultaten\tWat gaan we doen?\tWie (tijd)',
      'T1\tO1\tVeiling frequenties van de 700, 1400 en\tDit leidt in Q2 2020 tot toelatingsbesluiten, waarna\tVeiling uitvoeren.\tEZK (Q2-Q3)',
      '\t\t2100 MHz-banden.\teind kwartaal de veiling daadwerkelijk wordt uitgevoerd.\t\t',
      '\t\tVerdelen van de 3,5 GHz-band.\tDe veiling zal begin 2022 plaatsvinden.\tVoorbereiden.\tEZK (2020)',
    ].join('\n');
    const { actions } = extractConnectivity(segmentDocument(loadMarkdown(md, 't.md')).value);
    expect(actions.map((a) => [a.seq, a.action])).toEqual([
      [1, 'Veiling frequenties van de 700, 1400 en 2100 MHz-banden.'],
      [2, 'Verdelen van de 3,5 GHz-band.'],
    ]);
    expect(actions[0]?.flags).toContain('continued');
    // Bad input: under progress that ended its sentence, or beside progress that opens one of its
    // own, such a row is an action (`5G-pilots …` may open one).
    for (const other of [
      md.replace('toelatingsbesluiten, waarna', 'toelatingsbesluiten.'),
      md.replace('eind kwartaal de veiling', 'Eind kwartaal de veiling'),
      md.replace('700, 1400 en\t', '700, 1400 en 2100 MHz-banden.\t'),
    ]) {
      expect(extractConnectivity(segmentDocument(loadMarkdown(other, 't.md')).value).actions).toHaveLength(3);
    }
  });

  it('joins progress that goes on mid-sentence in a row opening the next page to the progress the page cut, after a bracket too', () => {
    // LibreOffice, rules under rows: the rest of connectivity action 19's row opens the next page as
    // a row of its own, `… voor het einde van dit jaar (opnieuw)` · `zal worden verlengd.`.
    const read = (status: string, plans: string, page: number) =>
      cutRow('T1\tO1\tVerlengen convenant.\tHet convenant zal voor het einde van dit jaar (opnieuw)\tOverleg met partijen over\tEZK', `\t\t\t${status}\t${plans}\t`, page).map((a) => [a.status, a.plans]);
    expect(read('zal worden verlengd.', 'het vervolg.', 96)).toEqual([[['Het convenant zal voor het einde van dit jaar (opnieuw) zal worden verlengd.'], ['Overleg met partijen over het vervolg.']]]);
    // Bad input: on the same page the row is one of its own; a rest that opens a sentence goes on nothing.
    expect(read('zal worden verlengd.', 'het vervolg.', 95)).toEqual([[['Het convenant zal voor het einde van dit jaar (opnieuw)', 'zal worden verlengd.'], ['Overleg met partijen over', 'het vervolg.']]]);
    expect(read('Verlengd.', 'Het vervolg.', 96)).toEqual([[['Het convenant zal voor het einde van dit jaar (opnieuw)', 'Verlengd.'], ['Overleg met partijen over', 'Het vervolg.']]]);
  });

  it('reads a row opening the next page whose action opens with a capital as the rest of the row the page cut, where the action and the progress above broke off', () => {
    // LibreOffice in large type: connectivity action 12's row cut after `Deelname aan` · `Tijdens
    // het NFO op 20 februari jl.`, its rest opening the next page as a row of its own: read as an
    // action, it shifted every action after it by one (exit 0).
    const read = (action: string, status: string, page: number) =>
      cutRow('T1\tO1\tDeelname aan\tTijdens het NFO op 20 februari jl.\tAfgerond\t', `\t\t${action}\t${status}\t\t`, page).map((a) => [a.action, a.status]);
    expect(read('Cognitieve Radio Platform.nl.', 'heeft EZK het CRP een platform geboden.', 96)).toEqual([['Deelname aan Cognitieve Radio Platform.nl.', ['Tijdens het NFO op 20 februari jl. heeft EZK het CRP een platform geboden.']]]);
    // Bad input: on the same page, or where the progress opens a sentence of its own, it is an action of its own.
    expect(read('Cognitieve Radio Platform.nl.', 'heeft EZK het CRP een platform geboden.', 95)).toHaveLength(2);
    expect(read('Cognitieve Radio Platform.nl.', 'Het CRP kreeg een platform.', 96)).toEqual([
      ['Deelname aan', ['Tijdens het NFO op 20 februari jl.']],
      ['Cognitieve Radio Platform.nl.', ['Het CRP kreeg een platform.']],
    ]);
  });

  it('reads a row opening the next page as the rest of the cut row where a cell above broke off on a word no sentence ends on, whatever the rest opens with', () => {
    // LibreOffice, the 2024 edition (held out): action 5's row cut after `Verdelen van de 3,5` ·
    // `In de Nota Mobile` · `De voorbereiding van de`; its rest (`GHz-band.` · `Communicatie 2019 …` ·
    // `3,5 GHz-veiling …`) was read as an action, and every action after it shifted by one (exit 0).
    const read = (plansAbove: string, page: number) =>
      cutRow(`T1\tO1\tVerdelen van de 3,5\tIn de Nota Mobile\t${plansAbove}\tEZK (2020)`, '\t\tGHz-band.\tCommunicatie 2019 zijn de contouren geschetst.\t3,5 GHz-veiling is gestart.\t', page).map((a) => [a.action, a.plans]);
    expect(read('De voorbereiding van de', 96)).toEqual([['Verdelen van de 3,5 GHz-band.', ['De voorbereiding van de 3,5 GHz-veiling is gestart.']]]);
    // Bad input: a cell above that may have ended there (a name, no stop) settles nothing; nor does one on the same page.
    expect(read('Voorbereiding veiling Nota Mobile', 96)).toHaveLength(2);
    expect(read('De voorbereiding van de', 95)).toHaveLength(2);
  });

  it('says where an action opening a page under one that broke off may be the rest of its row, where nothing settles it', () => {
    // (LibreOffice with hanging indents, held out: `Verdelen van de 3,5` over `GHz-band.`, its cells
    // cut elsewhere, neither read as a row's rest: every action after it numbered one on.)
    const md = (above: string, page: number) => {
      const model = loadMarkdown(['# NDS', '', '## Bijlage 2', '', 'Thema\tOpgave\tActie\tStand van zaken / resultaten\tWat gaan we doen?\tWie (tijd)', `T1\tO1\t${above}\tIn de Nota Mobile\tVoorbereiding Nota Mobile\tEZK (2020)`, '\t\tGHz-band.\tCommunicatie 2019 is verstuurd.\tVeiling voorbereid.\t'].join('\n'), 't.md');
      const rows = model.blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []));
      rows.forEach((r, k) => (r.source = { page: k < rows.length - 1 ? 95 : page }));
      return extractConnectivity(segmentDocument(model).value);
    };
    const cut = md('Verdelen van de 3,5', 96);
    expect(cut.actions.map((a) => a.action)).toEqual(['Verdelen van de 3,5', 'GHz-band.']);
    expect(cut.diagnostics.filter((d) => d.code === 'connectivity-row-cut').map((d) => [d.severity, d.message, d.place])).toEqual([
      ['warning', 'connectivity action 2 ("GHz-band.") opens its page under action 1, which broke off mid-sentence ("…Verdelen van de 3,5"): it may be the rest of that row, which the page cut; read as an action of its own, so the actions after it may be numbered one on', { page: 96 }],
    ]);
    // Bad input: under an action that ended its sentence, or on the same page, nothing to say.
    expect(md('Verdelen van de 3,5 GHz-band.', 96).diagnostics.filter((d) => d.code === 'connectivity-row-cut')).toEqual([]);
    expect(md('Verdelen van de 3,5', 95).diagnostics.filter((d) => d.code === 'connectivity-row-cut')).toEqual([]);
  });

  it('says which actions stand under a header that names no owners\' column the plan\'s other tables have (LibreOffice: a table wider than its page, the column left out)', () => {
    // (Held out, LibreOffice A4: the plan's first tables lost their `Wie (tijd)` column past the page's edge.)
    const md = [
      '# NDS', '', '## Bijlage 2', '',
      'Thema\tOpgave\tActie\tStand van zaken / resultaten\tWat gaan we doen?',
      'Doelmatig frequentiegebruik\tHet bestemmen van banden\tHet afstemmen van gebruik.\tWRC19 is gehouden.\tWRC 2023 voorbereiden.',
      '\t\tHet opstellen van de Nota.\tVerstuurd.\t',
      '',
      'Thema\tOpgave\tActie\tStand van zaken / resultaten\tWat gaan we doen?\tWie (tijd)',
      '\t\tVerdelen van de 26 GHz-band.\tGeconsulteerd.\tVerwerken.\tEZK (2020)',
    ].join('\n');
    const { actions, diagnostics } = extractConnectivity(segmentDocument(loadMarkdown(md, 't.md')).value);
    expect(actions.map((a) => [a.seq, a.whoRaw])).toEqual([[1, ''], [2, ''], [3, 'EZK (2020)']]);
    expect(diagnostics.filter((d) => d.code === 'column-absent').map((d) => [d.severity, d.message, d.place])).toEqual([
      ['warning', "connectivity actions 1–2: the table's header names no owners (Wie) column, which the plan's other tables have (line 10), so their owners (Wie) are empty (a producer that set the table wider than its page may have left out what stood wholly past the edge)", { line: 6 }],
    ]);
    // Bad input: where no table of the plan names owners (an edition with none), nothing is said.
    const none = md.split('\n').slice(0, 8).join('\n');
    expect(extractConnectivity(segmentDocument(loadMarkdown(none, 't.md')).value).diagnostics.filter((d) => d.code === 'column-absent')).toEqual([]);
  });

  it('says text in a column that the header names as none of the plan’s was not read', () => {
    // The labels set off the columns: an unnamed column between Actie and Stand holds the actions.
    const md = ['# NDS', '', '## Bijlage 2', '', 'Thema\tOpgave\tActie\t\tStand van zaken / resultaten\tWie (tijd)', 'T1\tO1\t\tFrequentiebanden met een omroep-toepassing.\tUitgesteld.\tEZK'].join('\n');
    const { diagnostics } = extractConnectivity(segmentDocument(loadMarkdown(md, 't.md')).value);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([
      expect.objectContaining({ code: 'content-unread', message: '"Frequentiebanden met een omroep-toepassi" stands in a column that the table\'s header does not name: it was not read', place: { line: 6 } }),
      // (And the row, with progress but no action of its own, is more of none above it.)
      expect.objectContaining({ code: 'content-unread', place: { line: 6 } }),
    ]);
  });

  it('reads a column whose label was lost (an empty header cell just where the missing meaning comes) as that meaning', () => {
    // `Stand van zaken` left on the page before: its cell empty, between Actie and Wat gaan we doen.
    const md = ['# NDS', '', '## Bijlage 2', '', 'Thema\tOpgave\tActie\t\tWat gaan we doen?\tWie (tijd)', 'T1\tO1\tA1\tWetsvoorstel in voorbereiding.\tBehandeling eind 2020.\tEZK (Q4)'].join('\n');
    const { actions, diagnostics } = extractConnectivity(segmentDocument(loadMarkdown(md, 't.md')).value);
    expect(actions).toEqual([expect.objectContaining({ action: 'A1', status: ['Wetsvoorstel in voorbereiding.'], plans: ['Behandeling eind 2020.'], owners: ['EZK'] })]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // Only the rest of a label the page break cut (`(vanaf Q2 2020)`) is as good as none.
    const cut = md.replace('\t\tWat gaan we doen?\t', '\tStand van zaken\t(vanaf Q2 2020)\t');
    expect(extractConnectivity(segmentDocument(loadMarkdown(cut, 't.md')).value).actions).toEqual([expect.objectContaining({ plans: ['Behandeling eind 2020.'] })]);
    // An unknown label is a column of its own, not a lost one.
    const unknown = md.replace('\t\tWat gaan we doen?\t', '\tStand van zaken\tBudget\t');
    expect(extractConnectivity(segmentDocument(loadMarkdown(unknown, 't.md')).value).diagnostics.filter((d) => d.severity === 'error')).toHaveLength(1);
  });

  it('reads the last column, whose label the page edge cut to its first letters (`Wi`), as the meaning that label opens', () => {
    // LibreOffice: a table wider than the page, `Wie (tijd)` cut to `Wi`, the owners cut to `EZK (Do)`.
    const md = ['# NDS', '', '## Bijlage 2', '', 'Thema\tOpgave\tActie\tStand van zaken / resultaten\tWat gaan we doen? (vanaf Q2\tWi', 'T1\tO1\tVastlegging van de internationale afspraken.\tEr ligt een conceptbesluit.\tHet besluit zal publiekelijk worden.\tEZK (Do)'].join('\n');
    const { actions, diagnostics } = extractConnectivity(segmentDocument(loadMarkdown(md, 't.md')).value);
    expect(actions).toEqual([expect.objectContaining({ plans: ['Het besluit zal publiekelijk worden.'], owners: ['EZK'], whoRaw: 'EZK (Do)' })]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // The start of no missing meaning's label (`Bu`), or one not last in the row, stays a column of its own.
    for (const other of [md.replace('\tWi\n', '\tBu\n'), md.replace('Stand van zaken / resultaten', 'St')]) {
      expect(extractConnectivity(segmentDocument(loadMarkdown(other, 't.md')).value).diagnostics.filter((d) => d.severity === 'error').length).toBeGreaterThan(0);
    }
  });

  it('reads the last column whose label\'s lines the page edge each cut (`Wat gaan we` · `(vanaf Q2 20`) as the meaning its first line opens', () => {
    // WeasyPrint with no stylesheet: a table wider than the page, `Wat gaan we doen? (vanaf Q2 2020)`
    // wrapped in its cell, each line cut at the page edge; `Wie (tijd)` off the page altogether.
    const md = ['# NDS', '', '## Bijlage 2', '', 'Thema\tOpgave\tActie\tStand van zaken / resultaten\tWat gaan we (vanaf Q2 20', 'T1\tO1\tVastlegging van de internationale normen.\tEr ligt een conceptbesluit.\tHet besluit za worden gecon'].join('\n');
    const { actions, diagnostics } = extractConnectivity(segmentDocument(loadMarkdown(md, 't.md')).value);
    expect(actions).toEqual([expect.objectContaining({ status: ['Er ligt een conceptbesluit.'], plans: ['Het besluit za worden gecon'] })]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // (Or a word cut at the end of the label's first line, `Wat gaan w` · `doen? (vanaf Q` · `2020)`:
    // LibreOffice, the table wider than the page.)
    const word = md.replace('Wat gaan we (vanaf Q2 20', 'Wat gaan w doen? (vanaf Q 2020)');
    expect(extractConnectivity(segmentDocument(loadMarkdown(word, 't.md')).value).actions).toEqual([expect.objectContaining({ plans: ['Het besluit za worden gecon'] })]);
    // (Or with a column past the edge after it, its header cell empty: WeasyPrint A5.)
    const past = md.replace('Wat gaan we (vanaf Q2 20', 'Wat gaan we (vanaf Q2 20\t').replace('worden gecon', 'worden gecon\t');
    const read = extractConnectivity(segmentDocument(loadMarkdown(past, 't.md')).value);
    expect(read.actions).toEqual([expect.objectContaining({ plans: ['Het besluit za worden gecon'] })]);
    expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // (Each line cut to its first letter, `W w ( 2`: the start of two meanings' labels, so of neither.)
    const letters = md.replace('Wat gaan we (vanaf Q2 20', 'W w ( 2');
    expect(extractConnectivity(segmentDocument(loadMarkdown(letters, 't.md')).value).diagnostics.filter((d) => d.severity === 'error').length).toBeGreaterThan(0);
  });

  it('says a table of the plan whose header could not be told was not read', () => {
    const md = ['# NDS', '', '## Bijlage 2', '', 'Thema\tOpgave\tActie\tStand van zaken\tWie (tijd)', 'T1\tO1\tA1\tS\tEZK', '', 'Kolom A\tKolom B\tKolom C', '\tA2\tS'].join('\n');
    const { actions, diagnostics } = extractConnectivity(segmentDocument(loadMarkdown(md, 't.md')).value);
    expect(actions.map((a) => a.action)).toEqual(['A1']);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'content-unread', severity: 'error', place: { line: 8 } })]);
  });

  it('reads a header whose two labels stand in one cell beside an empty one (`Thema Opgave` | ``)', () => {
    const md = ['# NDS', '', 'Thema Opgave\t\tActie\tStand van zaken / resultaten\tWie (tijd)', 'T1\tO1\tA1\tS\tEZK (Q2)'].join('\n');
    const { actions } = extractConnectivity(segmentDocument(loadMarkdown(md, 't.md')).value);
    expect(actions).toEqual([expect.objectContaining({ theme: 'T1', task: 'O1', action: 'A1', status: ['S'], owners: ['EZK'], timing: ['Q2'] })]);
  });
});

describe('extractConnectivity: an edition whose plan sets no Opgave column (Thema | Actie | … | Wie)', () => {
  // The bundled edition with the plan's Opgave column taken out of every row of its tables.
  const withoutTasks = (text: string): string => {
    const lines = text.split('\n');
    const start = lines.findIndex((l) => l.startsWith('Thema\tOpgave\tActie'));
    const end = lines.findIndex((l, k) => k > start && /^#+ Bijlage 3/.test(l));
    for (let k = start; k < end; k++) {
      const cells = (lines[k] as string).split('\t');
      if (cells.length === 6) lines[k] = [cells[0], ...cells.slice(2)].join('\t');
    }
    return lines.join('\n');
  };
  const md = withoutTasks(markdownText());
  const read = (text: string) => extractFromModel(loadMarkdown(text, 'plan.md'));
  const before = extractConnectivity(segmented()).actions;

  it('reads every action of the plan, with its theme, progress, plans and owners, and task null', () => {
    expect(md).toContain('Thema\tActie\tStand van zaken');
    const e = read(md);
    const actions = e.records['connectivity-actions'];
    expect(actions).toHaveLength(41);
    expect(actions[0]).toMatchObject({ seq: 1, theme: 'Doelmatig frequentiegebruik', task: null, action: 'Het internationaal afstemmen van frequentiegebruik.', owners: ['EZK'], timing: ['2020-2023'], flags: [] });
    expect(actions.map((a) => [a.action, a.status, a.plans, a.owners, a.timing])).toEqual(before.map((a) => [a.action, a.status, a.plans, a.owners, a.timing]));
    expect(actions.every((a) => a.task === null && !a.flags.some((f) => f.startsWith('task-')))).toBe(true);
    // Appendix 1's tables, whose header reads the same, stay the actions'.
    expect(e.records.actions).toEqual(markdownExtraction().records.actions);
    expect(e.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('takes such tables for the plan only in a section titled for it (bad input: the title changed), and then says it read none', () => {
    const untitled = md.split('Actieplan Digitale Connectiviteit').join('Overzicht van de netwerken');
    const e = read(untitled);
    expect(e.records['connectivity-actions']).toEqual([]);
    expect(e.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toContain('no connectivity-actions records were read, and the input does not end early: if this edition has none, --partial writes the rest');
  });
});

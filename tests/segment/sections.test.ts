import { describe, expect, it } from 'vitest';
import { segmentDocument, type Section, type TocEntry } from '../../src/segment/sections';
import { markdownModel, markdownText } from '../helpers/fixture';
import { loadMarkdown } from '../../src/load/markdown';
import type { Block, DocumentModel, ParagraphBlock, TableBlock } from '../../src/model/document';

describe('segmentDocument on the NDS 2020 markdown edition', () => {
  const { value, diagnostics } = segmentDocument(markdownModel());

  it('reads the table of contents with numbers, pages and hierarchy', () => {
    expect(value.toc.map((e) => [e.id, e.page])).toEqual([
      ['1', 5],
      ['2', 11],
      ['2.1', 11],
      ['2.2', 11],
      ['2.3', 20],
      ['2.4', 26],
      ['2.5', 32],
      ['2.6', 35],
      ['2.7', 39],
      ['Proeftuin Nederland', 43],
      ['3', 47],
      ['Bijlage 1', 52],
      ['Bijlage 1.1', 52],
      ['Bijlage 1.2', 56],
      ['Bijlage 2', 70],
      ['Bijlage 3', 76],
    ]);
    expect(value.toc.find((e) => e.id === 'Bijlage 1.2')).toMatchObject({ number: '2', title: 'Versterken van het fundament (basisvoorwaarden)', parentId: 'Bijlage 1' });
  });

  it('locates sections by their headings', () => {
    const at = (id: string) => value.sections.find((s) => s.id === id);
    expect(at('2.3')).toMatchObject({ found: true, source: { line: 334 } });
    expect(at('Proeftuin Nederland')).toMatchObject({ found: true, source: { line: 837 } });
    expect(at('3')).toMatchObject({ found: true, source: { line: 1054 } });
    expect(at('Bijlage 2')).toMatchObject({ found: true, source: { line: 1290 } });
    expect(at('Bijlage 3')).toMatchObject({ found: true, source: { line: 1353 } });
  });

  it('infers the start of appendix 1 part 1, whose heading the input lost', () => {
    const part1 = value.sections.find((s) => s.id === 'Bijlage 1.1');
    expect(part1).toMatchObject({ found: false, title: 'Maatschappelijke en economische kansen benutten (versnellen)', source: { line: 1188 } });
    expect(diagnostics.map((d) => [d.code, d.place?.line])).toEqual([
      ['section-inferred', 1188],
      ['section-inferred', 1188],
    ]);
  });
});

describe('segmentDocument: appendices numbered by letter or Roman numeral', () => {
  /** The bundled edition with its appendices numbered otherwise, everywhere (contents, headings, notes). */
  const renumbered = (names: string[]) =>
    segmentDocument(loadMarkdown(markdownText().replace(/(Bijlage|BIJLAGE) ([123])\b/g, (_, word: string, n: string) => `${word} ${names[Number(n) - 1]}`), 'nds-2020.md'));

  it.each([
    [['A', 'B', 'C'], ['Bijlage A', 'Bijlage A.1', 'Bijlage A.2', 'Bijlage B', 'Bijlage C']],
    [['I', 'II', 'III'], ['Bijlage I', 'Bijlage II', 'Bijlage III']],
  ])('%j', (names, ids) => {
    const { value, diagnostics } = renumbered(names);
    const before = segmentDocument(markdownModel()).value;
    // Every entry where it was, with the same title: only the appendices' numbers differ.
    expect(value.toc.map((e) => [e.title, e.page, e.level])).toEqual(before.toc.map((e) => [e.title, e.page, e.level]));
    expect(value.toc.find((e) => e.id === `Bijlage ${names[1]}`)).toMatchObject({ number: `Bijlage ${names[1]}`, title: 'Stand van zaken acties Actieplan Digitale Connectiviteit' });
    for (const id of ids) expect(value.sections.find((s) => s.id === id)).toBeDefined();
    expect(value.sections.find((s) => s.id === `Bijlage ${names[2]}`)).toMatchObject({ found: true, source: { line: 1353 } });
    expect(diagnostics.map((d) => [d.code, d.place?.line])).toEqual([
      ['section-inferred', 1188],
      ['section-inferred', 1188],
    ]);
  });

  it('takes no appendix number from `Bijlage bij …` or a lower-case letter', () => {
    const md = ['# Inhoud', '<b>1</b>\t<b>Inleiding</b>\t<b>3</b>', '\t<b>Bijlage bij Kamerstuk 30 821</b>\t<b>9</b>', '\t<b>Bijlage a tekst</b>\t<b>12</b>', '', '# 1 Inleiding', 'Tekst.'].join('\n');
    const { value } = segmentDocument(loadMarkdown(md, 'test.md'));
    expect(value.toc.map((e) => [e.id, e.number])).toEqual([
      ['1', '1'],
      ['Bijlage bij Kamerstuk 30 821', null],
      ['Bijlage a tekst', null],
    ]);
  });
});

describe('segmentDocument: contents entries all in one weight', () => {
  // (wkhtmltopdf with `td:nth-child(2) { font-weight: bold }`: the contents table's titles all bold,
  // so its weight says nothing of its levels; likewise a contents set all in the body's weight.)
  const contents = (bold: (text: string) => string) =>
    [
      '# Inhoud',
      `${bold('1')}\t${bold('Inleiding')}\t3`,
      `\t${bold('2.1 Prioriteiten')}\t4`,
      `${bold('3')}\t${bold('Vooruitblik')}\t9`,
      `\t${bold('Bijlage 1 Stand van zaken acties NDS')}\t12`,
      `\t${bold('1 Maatschappelijke en economische kansen benutten')}\t12`,
      `\t${bold('2 Versterken van het fundament')}\t15`,
      `\t${bold('Bijlage 2 Overzicht')}\t20`,
      '',
      '# 1 Inleiding',
      'Tekst.',
    ].join('\n');
  const expected = [
    ['1', 1, null],
    ['2.1', 2, '1'],
    ['3', 1, null],
    ['Bijlage 1', 1, null],
    ['Bijlage 1.1', 2, 'Bijlage 1'],
    ['Bijlage 1.2', 2, 'Bijlage 1'],
    ['Bijlage 2', 1, null],
  ];

  it('takes their levels from their numbers: a dotted number, and a plain one under an appendix, are parts', () => {
    for (const bold of [(t: string) => `<b>${t}</b>`, (t: string) => t]) {
      const { value } = segmentDocument(loadMarkdown(contents(bold), 'test.md'));
      expect(value.toc.map((e) => [e.id, e.level, e.parentId])).toEqual(expected);
    }
  });

  it('keeps the levels the weight gives where it varies (the entries of the first level bold)', () => {
    const md = contents((t) => t).replace(/^(\S+)\t(\S.*)\t(\d+)$/gm, '<b>$1</b>\t<b>$2</b>\t<b>$3</b>').replace('\t<b>Bijlage 1 Stand van zaken acties NDS</b>', '\tBijlage 1 Stand van zaken acties NDS');
    // (Weight, not numbers: `Bijlage 1` in the body's weight is a part of `3`.)
    expect(segmentDocument(loadMarkdown(md, 'test.md')).value.toc.find((e) => e.number === 'Bijlage 1')).toMatchObject({ level: 2, parentId: '3' });
  });
});

describe('segmentDocument: a contents table that a loader closed early', () => {
  // As a PDF from Word (pandoc's table of contents) reads: the table ends at an entry that wrapped
  // onto a line of another type, and the entries after it are lines of text, each with its page
  // number, one of them wrapped (`Bijlage 2 Stand van zaken acties 70` / `Actieplan Digitale Connectiviteit`).
  const whole = markdownModel();
  const cut = structuredClone(whole);
  const index = cut.blocks.findIndex((b) => b.kind === 'table');
  const table = cut.blocks[index] as TableBlock;
  const kept = table.rows.findIndex((r) => r.cells.some((c) => c.text.startsWith('2.6')));
  const lines = table.rows.slice(kept).flatMap((row): ParagraphBlock[] => {
    const text = row.cells.map((c) => c.text).filter((t) => t !== '').join(' ');
    const bold = row.cells.filter((c) => c.text !== '').every((c) => c.blocks.every((b) => b.kind === 'text' && b.emphasis === 'bold'));
    const wrapped = /^(Bijlage 2 Stand van zaken acties) (Actieplan Digitale Connectiviteit) (\d+)$/.exec(text);
    const paragraph = (t: string): ParagraphBlock => ({ kind: 'paragraph', text: t, ...(bold ? { emphasis: 'bold' as const } : {}), source: row.source });
    return wrapped ? [paragraph(`${wrapped[1]} ${wrapped[3]}`), paragraph(wrapped[2] ?? '')] : [paragraph(text)];
  });
  cut.blocks.splice(index, 1, { ...table, rows: table.rows.slice(0, kept) }, ...lines);

  it('reads the entries on from the lines under it, with their pages and a wrapped title joined', () => {
    const full = segmentDocument(whole).value.toc;
    const read = segmentDocument(cut).value.toc;
    expect(lines.length).toBeGreaterThan(5);
    expect(read.map((e) => [e.id, e.title, e.page])).toEqual(full.map((e) => [e.id, e.title, e.page]));
    expect(read.find((e) => e.id === 'Bijlage 2')).toMatchObject({ title: 'Stand van zaken acties Actieplan Digitale Connectiviteit', page: 70 });
  });

  it('stops at the first line that is no entry (the body\'s first paragraph)', () => {
    const withProse = structuredClone(cut);
    const at = withProse.blocks.indexOf(withProse.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('2.7')) as ParagraphBlock);
    withProse.blocks.splice(at, 0, { kind: 'paragraph', text: 'De Nederlandse Digitaliseringsstrategie bundelt kabinetsbreed de ambities.', source: { line: 1 } });
    expect(segmentDocument(withProse).value.toc.map((e) => e.id)).toEqual(['1', '2', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6']);
  });
});

describe('segmentDocument: contents entries whose titles wrapped under their page numbers', () => {
  // As WeasyPrint's A5 rendering with tracked type reads (p. 1 measured): a title wraps in its cell
  // and the page number, set level with the title's first line, is read between the two lines
  // (`2.5 Innovatie … practice what you 32 preach`); the contents table ends at the first such entry.
  const whole = markdownModel();
  const wrappedAt = (from: string) => {
    const model = structuredClone(whole);
    const index = model.blocks.findIndex((b) => b.kind === 'table');
    const table = model.blocks[index] as TableBlock;
    const kept = table.rows.findIndex((r) => r.cells.some((c) => c.text.startsWith(from)));
    const lines = table.rows.slice(kept).map((row): ParagraphBlock => {
      const texts = row.cells.map((c) => c.text).filter((t) => t !== '');
      const bold = row.cells.filter((c) => c.text !== '').every((c) => c.blocks.every((b) => b.kind === 'text' && b.emphasis === 'bold'));
      const page = texts.pop() as string;
      const title = texts.join(' ');
      // (The two titles that wrapped there, each its last word under the page number.)
      const wraps = /(practice what you preach|digitale economie)$/.test(title);
      const text = wraps ? `${title.replace(/ (\S+)$/, '')} ${page} ${title.split(' ').at(-1)}` : `${title} ${page}`;
      return { kind: 'paragraph', text, ...(bold ? { emphasis: 'bold' as const } : {}), source: row.source };
    });
    model.blocks.splice(index, 1, { ...table, rows: table.rows.slice(0, kept) }, ...lines);
    return { model, lines };
  };

  it('reads each such entry with its page, the words under the number joined to its title', () => {
    const { model, lines } = wrappedAt('2.5');
    expect(lines.map((l) => l.text)).toContain('2.5 Innovatie binnen de digitale overheid: practice what you 32 preach');
    expect(lines.map((l) => l.text)).toContain('Bijlage 3 Overzicht financiële middelen voor de digitale 76 economie');
    const read = segmentDocument(model).value;
    const full = segmentDocument(whole).value;
    expect(read.toc.map((e) => [e.id, e.title, e.page])).toEqual(full.toc.map((e) => [e.id, e.title, e.page]));
    expect(read.sections.find((s) => s.id === 'Bijlage 3')).toMatchObject({ found: true });
  });

  it('takes no line with a number far past the list\'s pages for an entry (a year), nor one with a number before the entry above\'s page', () => {
    const read = (line: string) => {
      const { model } = wrappedAt('2.5');
      const at = model.blocks.findIndex((b) => b.kind === 'paragraph' && b.text.startsWith('2.6'));
      model.blocks.splice(at, 0, { kind: 'paragraph', text: line, source: { line: 1 } });
      return segmentDocument(model).value.toc;
    };
    expect(read('Het plan loopt tot 2030 en verder').map((e) => e.page)).not.toContain(2030);
    expect(read('2.5a Een stap terug naar 12 eerder').map((e) => e.page)).not.toContain(12);
    // (A number that goes on the list's pages is an entry's.)
    expect(read('2.8 Een stap verder naar 33 later').find((e) => e.page === 33)).toMatchObject({ id: '2.8', title: 'Een stap verder naar later' });
  });
});

describe('segmentDocument: a contents table that a loader opened late', () => {
  // As wkhtmltopdf's rendering with dotted rules under the rows reads: the first entry (`1 Inleiding
  // 5`, ruled under but not over) a line of text between the contents heading and the table.
  const whole = markdownModel();
  const late = structuredClone(whole);
  const index = late.blocks.findIndex((b) => b.kind === 'table');
  const table = late.blocks[index] as TableBlock;
  const [first, ...rest] = table.rows;
  const line: ParagraphBlock = { kind: 'paragraph', text: (first?.cells ?? []).map((c) => c.text).filter((t) => t !== '').join(' '), source: table.source };
  late.blocks.splice(index, 1, line, { ...table, rows: rest });

  it('reads the lines between the contents heading and the table as its first entries', () => {
    expect(late.blocks[index - 1]).toMatchObject({ kind: 'heading', text: 'Content' });
    expect(line.text).toBe('1 Inleiding 5');
    const full = segmentDocument(whole).value;
    const read = segmentDocument(late).value;
    expect(read.toc.map((e) => [e.id, e.title, e.page])).toEqual(full.toc.map((e) => [e.id, e.title, e.page]));
    expect(read.sections.find((s) => s.id === '1')).toMatchObject({ title: 'Inleiding', found: true });
  });

  it('takes no line for an entry that is no contents line, nor lines under no contents heading (bad input)', () => {
    const prose = structuredClone(late);
    (prose.blocks[index] as ParagraphBlock).text = 'De strategie bundelt de ambities.';
    expect(segmentDocument(prose).value.toc[0]?.id).toBe('2');
    const unheaded = structuredClone(late);
    unheaded.blocks.splice(index - 1, 1);
    expect(segmentDocument(unheaded).value.toc[0]?.id).toBe('2');
  });
});

describe('segmentDocument: contents set as lines of text (no table)', () => {
  const p = (text: string, bold = false): ParagraphBlock => ({ kind: 'paragraph', text, ...(bold ? { emphasis: 'bold' as const } : {}), source: { page: 1 } });
  const h = (text: string, level: number, page: number): Block => ({ kind: 'heading', level, text, source: { page } });
  // groff (tbl, no rules): titles hyphenated where they wrap; LibreOffice: a page number on a line
  // of its own under its title's first line, the title going on below it.
  const model = (extra: Block[] = []): DocumentModel => ({
    inputName: 'contents.pdf',
    format: 'pdf',
    title: null,
    diagnostics: [],
    blocks: [
      h('Content', 1, 1),
      p('1 Inleiding 5', true),
      p('2 Nederlandse Digi- 11', true),
      p('taliseringsstrategie', true),
      p('2.1 Prioriteiten 11'),
      p('Bijlage 2 Stand van zaken acties Actieplan Digitale', true),
      p('70', true),
      p('Connectiviteit', true),
      h('1 Inleiding', 1, 2),
      p('De Nederlandse Digitaliseringsstrategie bundelt de ambities.'),
      h('2 Nederlandse Digitaliseringsstrategie', 1, 3),
      h('2.1 Prioriteiten', 2, 3),
      ...extra,
      h('Bijlage 2 Stand van zaken acties', 1, 4),
    ],
  });

  /** The four entries both layouts below hold, each found in the body. */
  const expectContents = (toc: TocEntry[], sections: Section[]): void => {
    expect(toc.map((e) => [e.id, e.title, e.page])).toEqual([
      ['1', 'Inleiding', 5],
      ['2', 'Nederlandse Digitaliseringsstrategie', 11],
      ['2.1', 'Prioriteiten', 11],
      ['Bijlage 2', 'Stand van zaken acties Actieplan Digitale Connectiviteit', 70],
    ]);
    expect(sections.map((s) => [s.id, s.found])).toEqual([
      ['1', true],
      ['2', true],
      ['2.1', true],
      ['Bijlage 2', true],
    ]);
  };

  it('reads the entries from the lines under the contents heading, wrapped titles joined', () => {
    const { toc, sections } = segmentDocument(model()).value;
    expectContents(toc, sections);
  });

  it('takes no table of figures for the contents: a budget table ends in figures, more than one, that do not rise', () => {
    const cell = (text: string): TableBlock['rows'][number]['cells'][number] => ({ text, blocks: [{ kind: 'text', text }] });
    const row = (texts: string[]) => ({ cells: texts.map(cell), source: { page: 4 } });
    const budget: TableBlock = { kind: 'table', rows: [row(['Europese Unie', '22', '27']), row(['Rijk', '29', '65']), row(['Regio', '27', '29']), row(['Totaal', '178', '241'])], source: { page: 4 } };
    const { toc } = segmentDocument(model([budget])).value;
    expect(toc.map((e) => e.id)).toEqual(['1', '2', '2.1', 'Bijlage 2']);
  });

  it('joins the rest of a title that the loader took for a heading right under its line (MuPDF), and ends at a heading further down', () => {
    // MuPDF, A5, measured: entry lines 13.2 pt apart; `Digitaliseringsstrategie` (bold, alone on
    // its line) read as a heading; the chapter heading 15 pt under the contents' last line.
    const at = (block: Block, page: number, y0: number, y1: number): Block => ({ ...block, source: { page, bbox: [162.6, y0, 270, y1] } });
    const { toc, sections } = segmentDocument({
      inputName: 'mupdf.pdf',
      format: 'pdf',
      title: null,
      diagnostics: [],
      blocks: [
        h('Content', 1, 1),
        at(p('1 Inleiding 5', true), 1, 370.2, 382.8),
        at(p('2 Nederlandse 11', true), 1, 357, 369.6),
        at(h('Digitaliseringsstrategie', 2, 1), 1, 343.8, 356.4),
        at(p('2.1 Prioriteiten 11'), 1, 330.6, 343.2),
        at(p('Bijlage 2 Stand 70', true), 1, 317.4, 330),
        at(p('van zaken acties', true), 1, 304.2, 316.8),
        at(h('Actieplan Digitale Connectiviteit', 2, 1), 1, 277.8, 303.6),
        at(h('Overzicht', 2, 1), 1, 240, 262.4),
        at(h('1 Inleiding', 1, 2), 2, 255, 280.3),
        p('De Nederlandse Digitaliseringsstrategie bundelt de ambities.'),
        h('2 Nederlandse Digitaliseringsstrategie', 1, 3),
        h('2.1 Prioriteiten', 2, 3),
        h('Bijlage 2 Stand van zaken acties Actieplan Digitale Connectiviteit', 1, 4),
      ],
    }).value;
    // (`Overzicht`, 15 pt under the line before it, is no part of a title.)
    expectContents(toc, sections);
  });

  it('reads an entry the loader took for a heading, its page number run into its title (MuPDF on A4), and not a heading further down', () => {
    // MuPDF, measured: `acties` ends at 373.3, its page number starts at 374.4; the bold entry reads
    // as a heading right under the line before it (lines 12 pt apart).
    const at = (block: Block, y0: number): Block => ({ ...block, source: { page: 1, bbox: [220.6, y0, 386.2, y0 + 11.5] } });
    const { toc } = segmentDocument({
      inputName: 'mupdf-a4.pdf',
      format: 'pdf',
      title: null,
      diagnostics: [],
      blocks: [
        h('Content', 1, 1),
        at(p('1 Inleiding 5', true), 679.9),
        at(p('3 Vooruitblik: toekomstige 47', true), 535.9),
        at(p('uitdagingen', true), 523.9),
        at(h('Bijlage 1 Stand van zaken acties52', 1, 1), 511.9),
        at(h('NDS', 1, 1), 499.9),
        at(p('1 Maatschappelijke52'), 487.9),
        at(h('1 Inleiding', 1, 1), 331),
        h('1 Inleiding', 1, 2),
      ],
    }).value;
    expect(toc.map((e) => [e.id, e.title, e.page])).toEqual([
      ['1', 'Inleiding', 5],
      ['3', 'Vooruitblik: toekomstige uitdagingen', 47],
      ['Bijlage 1', 'Stand van zaken acties NDS', 52],
      ['Bijlage 1.1', 'Maatschappelijke', 52],
    ]);
  });

  it('finds a section whose heading the layout read as a paragraph when the paragraph says its number and title and nothing more', () => {
    // Chromium, `h2 { text-transform: uppercase; letter-spacing: 0.15em; font-weight: normal }`: the
    // heading 7.5 pt over a 6.4 pt body, not bold, read as a paragraph.
    const blocks = model().blocks.map((b) => (b.kind === 'heading' && b.text === '2.1 Prioriteiten' ? p('2.1 PRIORITEITEN') : b));
    const { sections } = segmentDocument({ ...model(), blocks }).value;
    expect(sections.find((s) => s.id === '2.1')).toMatchObject({ found: true, startBlock: blocks.findIndex((b) => b.kind === 'paragraph' && b.text === '2.1 PRIORITEITEN') });
    // (A paragraph that says more, or a title with no number, is body text: the section's start is inferred.)
    const longer = model().blocks.map((b) => (b.kind === 'heading' && b.text === '2.1 Prioriteiten' ? p('2.1 Prioriteiten van het kabinet zijn zes.') : b));
    expect(segmentDocument({ ...model(), blocks: longer }).value.sections.find((s) => s.id === '2.1')?.found).toBe(false);
  });

  it('finds a heading whose letters the input spaced otherwise than the contents entry (letter-spaced capitals, spaced in part)', () => {
    // Chromium, `h1 { letter-spacing: 0.15em }`, p. 34: `BIJLAGE 3 OVERZICHT FI NANCIËLE MIDDELEN`.
    const blocks = model().blocks.map((b) => (b.kind === 'heading' && b.text === 'Bijlage 2 Stand van zaken acties' ? h('BIJLAGE 2 STAND VAN ZA KEN ACTIES ACTIEPLAN DIGITALE CONNECTIVITEIT', 1, 4) : b));
    expect(segmentDocument({ ...model(), blocks }).value.sections.find((s) => s.id === 'Bijlage 2')?.found).toBe(true);
    // (Other letters are another heading: the section's start is inferred.)
    const other = model().blocks.map((b) => (b.kind === 'heading' && b.text === 'Bijlage 2 Stand van zaken acties' ? h('BIJLAGE 2 OVERZICHT VAN DE ACTIES', 1, 4) : b));
    expect(segmentDocument({ ...model(), blocks: other }).value.sections.find((s) => s.id === 'Bijlage 2')?.found).toBe(false);
  });

  it('reads no contents from lines that are no entries, and keeps the body from the top (bad input)', () => {
    const blocks = (after: Block[]): DocumentModel => ({ inputName: 'bad.pdf', format: 'pdf', title: null, diagnostics: [], blocks: [h('Content', 1, 1), ...after] });
    // A page number alone; an entry's first line whose page never comes; a contents heading that ends the input.
    for (const model of [blocks([p('7'), h('1 Inleiding', 1, 2)]), blocks([p('Bijlage 2 Stand van zaken'), p('acties'), h('1 Inleiding', 1, 2)]), blocks([])]) {
      const { toc, sections } = segmentDocument(model).value;
      expect(toc).toEqual([]);
      expect(sections).toEqual([]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { inlineMarkdownToHtml, loadMarkdown } from '../../src/load/markdown';
import { markdownModel } from '../helpers/fixture';

describe('inlineMarkdownToHtml', () => {
  it.each([
    ['**Alkmaar** • Hub | Cat', '<b>Alkmaar</b> • Hub | Cat'],
    ['een *digital switch* blijven', 'een <i>digital switch</i> blijven'],
    ['[x](https://a.nl/b_c)', '<a href="https://a.nl/b_c">x</a>'],
    ['<https://www.knmi.nl/x>.', '<a href="https://www.knmi.nl/x">https://www.knmi.nl/x</a>.'],
    ['brede werking van EZK\\*', 'brede werking van EZK*'],
  ])('%s', (md, html) => {
    expect(inlineMarkdownToHtml(md)).toBe(html);
  });
});

describe('loadMarkdown on a small document', () => {
  const doc = loadMarkdown(
    ['# Titel 2020', '', 'Een zin<sup>3</sup> met **vet**.', '', '- een', '- twee', '', 'A\tB', '<b>x</b>\ty', '', '<sup>3</sup> Kamerstuk 26 643, nr. 623.'].join('\n'),
    'klein.md',
  );

  it('keeps every block with its source line', () => {
    expect(doc.blocks.map((b) => [b.kind, b.source.line])).toEqual([
      ['heading', 1],
      ['paragraph', 3],
      ['list', 5],
      ['table', 8],
      ['footnote', 11],
    ]);
    expect(doc.title).toBe('Titel 2020');
  });

  it('parses table cells and footnotes', () => {
    const table = doc.blocks[3];
    expect(table?.kind === 'table' && table.rows[1]?.cells[0]?.blocks[0]).toEqual({ kind: 'text', text: 'x', emphasis: 'bold' });
    expect(table?.kind === 'table' && table.rows[1]?.source.line).toBe(9);
    expect(doc.blocks[4]).toMatchObject({ kind: 'footnote', n: 3, text: 'Kamerstuk 26 643, nr. 623.' });
    expect(doc.blocks[1]).toMatchObject({ kind: 'paragraph', text: 'Een zin met vet.', footnoteRefs: [3] });
  });
});

describe('loadMarkdown on the NDS 2020 markdown edition', () => {
  const model = markdownModel();

  it('finds the title, the headings and the 72 footnote lines', () => {
    expect(model.title).toBe('Nederlandse Digitaliseringsstrategie 2020');
    expect(model.blocks.filter((b) => b.kind === 'footnote')).toHaveLength(72);
    const heading = model.blocks.find((b) => b.kind === 'heading' && b.text.startsWith('2.5'));
    expect(heading).toMatchObject({ text: '2.5 Innovatie binnen de digitale overheid: practice what you preach', source: { line: 591 } });
  });

  it('reads the appendix rows as tables with their lines, shifted rows included', () => {
    const row = model.blocks
      .flatMap((b) => (b.kind === 'table' ? b.rows : []))
      .find((r) => r.source.line === 1205);
    expect(row?.cells).toHaveLength(6);
    expect(row?.cells[0]?.text).toMatch(/^11\) We bouwen aan publiek-private samenwerking/);
    expect(row?.cells[3]?.text).toBe('Allen (Doorlopend)');
  });
});

describe('markdown from other converters: one model whatever the table form', () => {
  // The same two-row table (a bold lead, a cell of two paragraphs and a two-item list, a footnote
  // reference, a pipe in the text) in the three forms converters write.
  const tab = 'Thema\t<p><b>Ambitie</b> tekst</p>\t<p>Eerste.</p><p>Tweede.</p><ul><li>een</li><li>twee<sup>4</sup></li></ul>\nA | B\tx\ty';
  const pipe = [
    '| Thema | **Ambitie** tekst | Eerste.<br>Tweede.<br>• een<br>• twee[^4] |',
    '| :--- | --- | ---: |',
    '| A \\| B | x | y |',
  ].join('\n');
  const html = [
    '<table>',
    '<thead><tr><th>Thema</th><th><p><strong>Ambitie</strong> tekst</p></th>',
    '<th><p>Eerste.</p><p>Tweede.</p>',
    '<ul>',
    '<li>een</li>',
    '<li>twee<sup>4</sup></li>',
    '</ul></th></tr></thead>',
    '<tbody>',
    '',
    '<tr><td>A | B</td><td>x</td><td>y</td></tr>',
    '</tbody></table>',
  ].join('\n');
  const cellsOf = (md: string) => {
    const table = loadMarkdown(md, 't.md').blocks.find((b) => b.kind === 'table');
    return table?.kind === 'table' ? table.rows.map((r) => r.cells.map((c) => c.blocks)) : null;
  };

  const bare = ['Thema | **Ambitie** tekst | Eerste.<br>Tweede.<br>• een<br>• twee[^4]', ':--- | --- | ---:', 'A \\| B | x | y'].join('\n');

  it.each([['pipe table', pipe], ['pipe table without outer pipes', bare], ['embedded HTML table', html]])('%s gives the cells of the tab form', (_name, md) => {
    const expected = cellsOf(tab);
    expect(expected?.[0]?.[2]).toEqual([
      { kind: 'text', text: 'Eerste.' },
      { kind: 'text', text: 'Tweede.' },
      { kind: 'list', ordered: false, items: [{ text: 'een', depth: 0 }, { text: 'twee', depth: 0, footnoteRefs: [4] }] },
    ]);
    expect(cellsOf(md)).toEqual(expected);
  });

  it('HTML table rows keep the line they start on; the separator row is not a row', () => {
    const h = loadMarkdown(`# T\n\n${html}`, 't.md').blocks[1];
    expect(h?.kind === 'table' ? h.rows.map((r) => r.source.line) : null).toEqual([4, 12]);
    const p = loadMarkdown(`# T\n\n${pipe}`, 't.md').blocks[1];
    expect(p?.kind === 'table' ? p.rows.map((r) => r.source.line) : null).toEqual([3, 5]);
  });

  it.each([
    ['<sup>7</sup> Kamerstuk 29 696, nr. 7.'],
    ['[^7]: Kamerstuk 29 696, nr. 7.'],
    ['^7^ Kamerstuk 29 696, nr. 7.'],
  ])('footnote definition %s', (line) => {
    const doc = loadMarkdown(`# T\n\nZin[^7] en^7^ ook.\n\n${line}`, 't.md');
    expect(doc.blocks[1]).toMatchObject({ kind: 'paragraph', text: 'Zin en ook.', footnoteRefs: [7, 7] });
    expect(doc.blocks[2]).toEqual({ kind: 'footnote', n: 7, text: 'Kamerstuk 29 696, nr. 7.', urls: [], source: { line: 5 } });
  });

  it('headings drop attribute blocks; escapes mean the bare character; nested lists by indent', () => {
    const doc = loadMarkdown('# 1 Inleiding {#inleiding .unnumbered}\n\nA \\| B \\<b\\> \\_x\\_\n\n-   een\n    -   onder\n-   twee', 't.md');
    expect(doc.blocks[0]).toMatchObject({ kind: 'heading', text: '1 Inleiding' });
    expect(doc.blocks[1]).toMatchObject({ text: 'A | B <b> _x_' });
    expect(doc.blocks[2]).toMatchObject({ items: [{ text: 'een', depth: 0 }, { text: 'onder', depth: 1 }, { text: 'twee', depth: 0 }] });
  });

  it('a grid table is named when the document is refused, with its line', async () => {
    const { extractFromModel } = await import('../../src/pipeline');
    const model = loadMarkdown('# Nederlandse Digitaliseringsstrategie 2021\n\n+-----+-----+\n| a   | b   |\n+=====+=====+\n', 'grid.md');
    expect(() => extractFromModel(model)).toThrow(
      'not recognised as an NDS edition: looked for a table of contents (section numbers with page numbers) and for tables of numbered actions ("12) …"), found neither; line 3 starts a grid table (+---+), a table form this tool does not read: convert with pipe or HTML tables (pandoc -t gfm)',
    );
  });
});

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

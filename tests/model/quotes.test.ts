import { describe, expect, it } from 'vitest';
import { loadMarkdown } from '../../src/load/markdown';
import { foldQuotes, foldQuoteText } from '../../src/model/quotes';
import type { DocumentModel } from '../../src/model/document';

describe('typographic quotes folded to ASCII in every loader', () => {
  it('gives the text that TeX and word processors set with curly quotes as the markdown edition writes it', () => {
    // Action 9's text as pdfTeX sets it, and as the markdown conversion writes it.
    expect(foldQuoteText('tussen de Nationale Wetenschapsagenda, “De Digitale samenleving” van VSNU, en departementale kennisagenda’s.')).toBe(
      'tussen de Nationale Wetenschapsagenda, "De Digitale samenleving" van VSNU, en departementale kennisagenda\'s.',
    );
    expect(foldQuoteText('twee thematische ‘hubs’ en ‚low‛ ′ „x‟ ″')).toBe('twee thematische \'hubs\' en \'low\' \' "x" "');
  });

  it('folds every text of a loaded document, in paragraphs, lists, table cells and notes, and leaves addresses as they are', () => {
    const md = [
      '# NDS',
      '',
      'Er zijn twee thematische ‘hubs’ opgezet voor ICT’ers.',
      '',
      '- Het “orakel” vraagt.',
      '',
      'Thema’s & ambitie\tActies',
      'De ‘local heroes’\t3) Een “brede” agenda.',
      '',
      '<sup>4</sup> Zie [de ‘site’](https://example.nl/it’s).',
    ].join('\n');
    const model = loadMarkdown(md, 'q.md');
    const texts = JSON.stringify(model.blocks.map((b) => ('text' in b ? b.text : b.kind === 'list' ? b.items.map((i) => i.text) : b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text)) : null)));
    expect(texts).not.toMatch(/[‘’“”]/);
    expect(texts).toContain("twee thematische 'hubs' opgezet voor ICT'ers.");
    expect(texts).toContain('Het \\"orakel\\" vraagt.');
    expect(texts).toContain("Thema's & ambitie");
    expect(texts).toContain('3) Een \\"brede\\" agenda.');
    const note = model.blocks.find((b) => b.kind === 'footnote');
    expect(note).toMatchObject({ text: "Zie de 'site'.", urls: ['https://example.nl/it’s'] });
  });

  it('walks a model of any depth without recursion, and leaves places and numbers alone', () => {
    // Bad input: a list item nested 50,000 deep (more than a call stack holds).
    let deep: Record<string, unknown> = { text: '‘diep’' };
    for (let i = 0; i < 50_000; i++) deep = { blocks: [deep], text: 'x’' };
    const model = { inputName: 'd.md', format: 'markdown', title: '“T”', blocks: [{ kind: 'paragraph', text: 'a’', source: { line: 1, note: '’' }, ...deep }] } as unknown as DocumentModel;
    const folded = foldQuotes(model);
    expect(folded.title).toBe('"T"');
    let node = folded.blocks[0] as unknown as Record<string, unknown>;
    expect(node.source).toEqual({ line: 1, note: '’' });
    while (Array.isArray(node.blocks)) node = node.blocks[0] as Record<string, unknown>;
    expect(node.text).toBe("'diep'");
  });
});

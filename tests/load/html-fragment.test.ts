import { describe, expect, it } from 'vitest';
import { parseCell, parseHtmlFragment } from '../../src/load/html-fragment';

describe('parseHtmlFragment', () => {
  it.each([
    ['plain text', 'EZK (Doorlopend)', [{ kind: 'text', text: 'EZK (Doorlopend)' }]],
    ['two spaces break a paragraph', 'EZK  BZK (Q1-4)', [{ kind: 'text', text: 'EZK' }, { kind: 'text', text: 'BZK (Q1-4)' }]],
    ['a leading break keeps an empty first paragraph', '  EZK (Q3)', [{ kind: 'text', text: '' }, { kind: 'text', text: 'EZK (Q3)' }]],
    ['wholly bold', '<b>Grensverleggend onderzoek en innovatie</b>', [{ kind: 'text', text: 'Grensverleggend onderzoek en innovatie', emphasis: 'bold' }]],
    ['wholly italic', '<p><i>Big data</i></p>', [{ kind: 'text', text: 'Big data', emphasis: 'italic' }]],
    [
      'bold lead',
      '<p><b>Competitieve markten</b> Markten blijven competitief.</p>',
      [{ kind: 'text', text: 'Competitieve markten Markten blijven competitief.', lead: 'Competitieve markten' }],
    ],
    ['footnote marker out of the text', 'SAPAI<sup>64</sup> gelanceerd', [{ kind: 'text', text: 'SAPAI gelanceerd', footnoteRefs: [64] }]],
  ])('%s', (_name, html, expected) => {
    expect(parseHtmlFragment(html)).toEqual(expected);
  });

  it('turns lists into items, strips a leading bullet, keeps nested items with their depth', () => {
    const blocks = parseHtmlFragment('<ol><li>6. Communicatie <ul><li>• Er volgt een evaluatiekader.</li></ul></li></ol>');
    expect(blocks).toEqual([
      {
        kind: 'list',
        ordered: true,
        items: [
          { text: '6. Communicatie', depth: 0 },
          { text: 'Er volgt een evaluatiekader.', depth: 1 },
        ],
      },
    ]);
  });

  it('gives a cell its joined text', () => {
    const cell = parseCell('<p><i>Impuls</i></p> <ul><li>Om digitalisering</li><li>Kern is</li></ul>');
    expect(cell.text).toBe('Impuls Om digitalisering Kern is');
    expect(cell.blocks).toHaveLength(2);
  });
});

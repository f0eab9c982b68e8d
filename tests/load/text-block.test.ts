import { describe, expect, it } from 'vitest';
import { normalizeSpace } from '../../src/load/text-block';

describe('normalizeSpace', () => {
  it.each([
    ['single spaces, given back as they are', 'Er wordt overleg met de ACM gevoerd.', 'Er wordt overleg met de ACM gevoerd.'],
    ['runs of spaces', 'EZK  BZK   (Q1-4)', 'EZK BZK (Q1-4)'],
    ['tabs, line ends and no-break spaces', 'Stand\tvan\nzaken\u00a0resultaten', 'Stand van zaken resultaten'],
    ['a zero-width space', 'Big\u200bdata', 'Big data'],
    ['thin and narrow no-break spaces (€\u2009 amounts)', '€\u202f1,5\u2009mrd', '€ 1,5 mrd'],
    ['spaces at the ends', '  Proeftuin Nederland ', 'Proeftuin Nederland'],
    ['only space', ' \u00a0\u200b\t', ''],
    ['nothing', '', ''],
  ])('%s', (_name, text, expected) => {
    expect(normalizeSpace(text)).toBe(expected);
  });
});

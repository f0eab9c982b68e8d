import { describe, expect, it } from 'vitest';
import { extractPriorities } from '../../src/extract/priorities';
import { segmented } from '../helpers/fixture';

describe('extractPriorities on the NDS 2020 markdown edition', () => {
  const { priorities, diagnostics } = extractPriorities(segmented());

  it('lists the six priorities of section 2.1 with their section and page', () => {
    expect(priorities.map((p) => [p.rank, p.title, p.section, p.page])).toEqual([
      [1, 'Artificiële Intelligentie', '2.2', 11],
      [2, 'Data delen en -toegang', '2.3', 20],
      [3, 'Digitale vaardigheden en inclusie', '2.4', 26],
      [4, 'Digitale overheid', '2.5', 32],
      [5, 'Digitale connectiviteit', '2.6', 35],
      [6, 'Digitale weerbaarheid', '2.7', 39],
    ]);
    expect(priorities[3]?.sectionTitle).toBe('Innovatie binnen de digitale overheid: practice what you preach');
    expect(priorities[0]?.source).toEqual({ line: 127 });
    expect(diagnostics).toEqual([]);
  });
});

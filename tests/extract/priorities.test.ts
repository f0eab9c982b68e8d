import { describe, expect, it } from 'vitest';
import { extractPriorities } from '../../src/extract/priorities';
import { loadMarkdown } from '../../src/load/markdown';
import { segmentDocument } from '../../src/segment/sections';
import { markdownText, segmented } from '../helpers/fixture';

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

describe('a list of priorities that other text parts (a page or column break the loader did not mend)', () => {
  // The markdown edition with a paragraph between priority 5 and 6: the rest of the list is a numbered list of its own, its count going on.
  const parted = markdownText().replace('5. Digitale connectiviteit\n6. Digitale weerbaarheid', '5. Digitale connectiviteit\n\nDat betekent wel dat we moeten samenwerken.\n\n6. Digitale weerbaarheid');
  const { priorities, diagnostics } = extractPriorities(segmentDocument(loadMarkdown(parted, 'nds-2020.md')).value);

  it('says that the rest was not read, with its place: an error, not a silent list of five', () => {
    expect(priorities.map((p) => p.title)).toEqual(['Artificiële Intelligentie', 'Data delen en -toegang', 'Digitale vaardigheden en inclusie', 'Digitale overheid', 'Digitale connectiviteit']);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'content-unread', severity: 'error', place: { line: 135 } })]);
    expect(diagnostics[0]?.message).toContain('6. "Digitale weerbaarheid"');
  });

  it('says nothing of a later numbered list that starts its own count', () => {
    const other = parted.replace('6. Digitale weerbaarheid', '1. Digitale weerbaarheid');
    expect(extractPriorities(segmentDocument(loadMarkdown(other, 'nds-2020.md')).value).diagnostics).toEqual([]);
  });
});

describe('extractPriorities on an edition that lists its priorities with bullets', () => {
  const numbered = /^([1-6])\. (.+)$/gm;
  const withBullets = (text: (n: string, title: string) => string) => {
    const md = markdownText().replace(numbered, (_, n: string, title: string) => text(n, title));
    return extractPriorities(segmentDocument(loadMarkdown(md, 'bullets.md')).value);
  };

  it('reads a bulleted list whose items name the sections after it in order, ranked in that order', () => {
    expect(markdownText().match(numbered)).toHaveLength(6);
    const { priorities } = withBullets((_, title) => `- ${title}`);
    expect(priorities).toEqual(extractPriorities(segmented()).priorities.map((p) => ({ ...p, source: expect.anything() })));
  });

  it('reads none from a bulleted list whose items do not name those sections (bad input), and says so', () => {
    const { priorities, diagnostics } = withBullets((n) => `- Punt ${n}`);
    expect(priorities).toEqual([]);
    expect(diagnostics.map((d) => d.message)).toEqual(['section "Prioriteiten" has no numbered list']);
  });
});

describe('extractPriorities on an edition that titles section 2.1 otherwise', () => {
  const retitled = (title: string, list?: (n: string, text: string) => string) => {
    let md = markdownText().replace('\t2.1 Prioriteiten\t', `\t2.1 ${title}\t`).replace('### 2.1 Prioriteiten', `### 2.1 ${title}`);
    if (list) md = md.replace(/^([1-6])\. (.+)$/gm, (_, n: string, text: string) => list(n, text));
    return extractPriorities(segmentDocument(loadMarkdown(md, 'retitled.md')).value);
  };
  const before = extractPriorities(segmented()).priorities;

  it.each(['De zes prioriteiten', 'Speerpunten', 'Waar we op inzetten'])('%s: the same six priorities, each with its section', (title) => {
    const { priorities, diagnostics } = retitled(title);
    expect(priorities).toEqual(before);
    expect(priorities.map((p) => p.section)).toEqual(['2.2', '2.3', '2.4', '2.5', '2.6', '2.7']);
    expect(diagnostics).toEqual([]);
  });

  it('takes no list for the priorities whose items do not name the sections after it, under a title that does not name them (bad input)', () => {
    const { priorities, diagnostics } = retitled('Waar we op inzetten', (n) => `${n}. Punt ${n}`);
    expect(priorities).toEqual([]);
    expect(diagnostics.map((d) => d.message)).toEqual(['no "Prioriteiten" section in the table of contents']);
  });
});

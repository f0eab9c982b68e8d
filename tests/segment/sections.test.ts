import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/segment/sections';
import { markdownModel } from '../helpers/fixture';

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

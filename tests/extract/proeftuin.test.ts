import { describe, expect, it } from 'vitest';
import { extractProeftuin, ranOnCategory } from '../../src/extract/proeftuin';
import { markdownText, segmented } from '../helpers/fixture';
import { loadMarkdown } from '../../src/load/markdown';
import { segmentDocument } from '../../src/segment/sections';
import { extractFromModel } from '../../src/pipeline';

describe('extractProeftuin on the NDS 2020 markdown edition', () => {
  const { locations } = extractProeftuin(segmented());

  it('finds the 95 initiatives and nothing after the list', () => {
    expect(locations).toHaveLength(95);
    expect(locations[0]).toMatchObject({ city: 'Alkmaar', name: 'Smart Industry Hub Noordwest', category: 'Smart Industry Hub', source: { line: 854 } });
    expect(locations[94]).toMatchObject({ city: 'Zwijndrecht', name: 'Cyber Netwerk Drechtsteden', category: 'Cyberweerbaarheidsnetwerk' });
    expect(locations.some((l) => /RUKS|METOS|Executive/.test(`${l.city} ${l.name}`))).toBe(false);
  });

  it('keeps names that contain | whole', () => {
    const named = (name: string) => locations.find((l) => l.name === name);
    expect(named('SAM|XL')).toMatchObject({ city: 'Delft', category: 'Smart Industry Fieldlab' });
    expect(named('The Garden|Ketensamenwerking & Cybercompetenties')).toMatchObject({ city: 'Hengelo', category: 'Smart Industry Fieldlab' });
    expect(named('NuBNO - De 8e disbalans | Digitale Veiligheid in de Zorg')).toMatchObject({ city: 'Leusden', category: 'Cyberweerbaarheidsnetwerk' });
  });

  it('has a small closed set of categories with their counts', () => {
    const counts: Record<string, number> = {};
    for (const l of locations) counts[l.category] = (counts[l.category] ?? 0) + 1;
    expect(counts).toEqual({
      'Smart Industry Hub': 5,
      'Big Data Hub': 8,
      'Smart Industry Fieldlab': 44,
      '5G Fieldlab': 8,
      Cyberweerbaarheidsnetwerk: 15,
      'MKB Werkplaats': 6,
      'Data benutten': 3,
      'Digitale overheid': 3,
      'Artificiële intelligentie': 3,
    });
  });

  it('infers the priority of each category from the document, null where it gives no basis', () => {
    const rank: Record<string, number | null> = {};
    for (const l of locations) rank[l.category] = l.priorityRank;
    expect(rank).toEqual({
      'Smart Industry Hub': 1,
      'Big Data Hub': null,
      'Smart Industry Fieldlab': 1,
      '5G Fieldlab': 5,
      Cyberweerbaarheidsnetwerk: 6,
      'MKB Werkplaats': 3,
      'Data benutten': 2,
      'Digitale overheid': 4,
      'Artificiële intelligentie': 1,
    });
    expect(locations.every((l) => l.priorityInferred === (l.priorityRank !== null))).toBe(true);
    expect(locations.find((l) => l.category === 'Digitale overheid')?.priorityBasis).toEqual({ rule: 'named', term: 'Digitale overheid', section: '2.5', mentions: null, nextMentions: null });
    expect(locations.find((l) => l.category === '5G Fieldlab')?.priorityBasis).toMatchObject({ rule: 'mentions', term: '5g', section: '2.6' });
  });
});

describe('the list\'s last line with the text after the list run into it', () => {
  // WeasyPrint at 13 pt: the last line, `Zwijndrecht • Cyber Netwerk Drechtsteden |
  // Cyberweerbaarheidsnetwerk`, ran to the column's edge at a page's foot, so the logo captions atop
  // the next page (`RUKS -nieuwsbureau- Executive Director`) were read as the rest of its paragraph.
  const categories = extractProeftuin(segmented()).locations.map((l) => l.category);

  it('takes the category other lines name, and says the rest is no initiative line', () => {
    const md = markdownText().replace('| Cyberweerbaarheidsnetwerk\n\n\n\nRUKS  \n-nieuwsbureau-  \nExecutive Director', '| Cyberweerbaarheidsnetwerk RUKS -nieuwsbureau- Executive Director');
    expect(md).not.toBe(markdownText());
    const e = extractFromModel(loadMarkdown(md, 'nds.md'));
    const last = e.records['proeftuin-locations'].at(-1);
    expect(last).toMatchObject({ city: 'Zwijndrecht', name: 'Cyber Netwerk Drechtsteden', category: 'Cyberweerbaarheidsnetwerk', priorityRank: 6 });
    expect(e.diagnostics.find((d) => d.code === 'proeftuin-unparsed-line' && d.message.includes('RUKS'))?.message).toContain('not an initiative line: "RUKS -nieuwsbureau- Executive Director", run into the list\'s last line after its category "Cyberweerbaarheidsnetwerk"');
  });

  it('leaves a category alone that other lines name, or that no two others open', () => {
    expect(ranOnCategory('Cyberweerbaarheidsnetwerk RUKS -nieuwsbureau- Executive Director', categories)).toEqual({ category: 'Cyberweerbaarheidsnetwerk', rest: 'RUKS -nieuwsbureau- Executive Director' });
    expect(ranOnCategory('Cyberweerbaarheidsnetwerk', categories)).toBeNull();
    // (`Smart Industry Hub` and `Smart Industry Fieldlab` share words, not a category.)
    expect(ranOnCategory('Smart Industry Fieldlab Noord', categories.filter((c) => c !== 'Smart Industry Fieldlab'))).toBeNull();
    expect(ranOnCategory('Big Data Hub Oost', ['Big Data Hub', 'Big Data Hub Oost'])).toBeNull();
  });
});

describe('extractProeftuin on an edition that sets the initiatives as a table', () => {
  // (The 2020 markdown edition with its 95 initiative lines set as rows of a table `Plaats` |
  // `Initiatief` | `Categorie`, as an edition may set them.)
  const asTable = (header: string): string => {
    const entry = /^\*\*(.+?)\*\* • (.+) \| ([^|]+)$/;
    const lines = markdownText().split('\n');
    const first = lines.findIndex((l) => entry.test(l));
    const rows = lines.filter((l) => entry.test(l)).map((l) => (entry.exec(l) as RegExpExecArray).slice(1, 4).join('\t'));
    const rest = lines.filter((l, k) => k < first || (!entry.test(l) && !(l === '' && entry.test(lines[k - 1] ?? '') && entry.test(lines[k + 1] ?? ''))));
    return [...rest.slice(0, first), header, ...rows, ...rest.slice(first)].join('\n');
  };

  it('reads each row under a header that names a place, a name and a category as an initiative, placed and ranked as the lines are', () => {
    const lines = extractProeftuin(segmented()).locations;
    const { locations } = extractProeftuin(segmentDocument(loadMarkdown(asTable('Plaats\tInitiatief\tCategorie'), 'table.md')).value);
    const fields = (l: (typeof lines)[number]) => [l.city, l.name, l.category, l.priorityRank, l.province];
    expect(locations.map(fields)).toEqual(lines.map(fields));
    expect(locations[0]).toMatchObject({ city: 'Alkmaar', name: 'Smart Industry Hub Noordwest', category: 'Smart Industry Hub', placeName: 'Alkmaar' });
  });

  it('reads no table whose header does not name all three (bad input), and the run says none were read', () => {
    const md = asTable('Plaats\tOmschrijving\tKolom');
    expect(extractProeftuin(segmentDocument(loadMarkdown(md, 'table.md')).value).locations).toEqual([]);
    const e = extractFromModel(loadMarkdown(md, 'table.md'));
    expect(e.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual(['no proeftuin-locations records were read, and the input does not end early: if this edition has none, --partial writes the rest']);
  });
});

describe('extractProeftuin on editions that write the lines otherwise', () => {
  // (The 2020 markdown edition with its 95 lines rewritten: the place not bold, a dash for the
  // bullet, the category in brackets, each line an item of a list.)
  const entry = /^\*\*([^*\n]+)\*\* • (.+) \| ([^|\n]+)$/gm;
  const rewritten = (line: (city: string, name: string, category: string) => string, list = false): string => {
    let md = markdownText().replace(entry, (_, c: string, n: string, k: string) => line(c, n, k));
    if (list) md = md.replace(/(^- .* \| .*\n)\n(?=- )/gm, '$1');
    return md;
  };
  const fields = (l: { city: string; name: string; category: string; priorityRank: number | null }) => [l.city, l.name, l.category, l.priorityRank];
  const lines = extractProeftuin(segmented()).locations.map(fields);

  it.each([
    ['the place not bold', (c: string, n: string, k: string) => `${c} • ${n} | ${k}`, false],
    ['a dash for the bullet', (c: string, n: string, k: string) => `**${c}** – ${n} | ${k}`, false],
    ['the category in brackets', (c: string, n: string, k: string) => `**${c}** • ${n} (${k})`, false],
    ['each line a list item', (c: string, n: string, k: string) => `- ${c} • ${n} | ${k}`, true],
  ])('%s: the same 95 initiatives, ranked the same, and the run reads all', (_, line, list) => {
    const md = rewritten(line, list);
    expect(md).not.toBe(markdownText());
    const e = extractFromModel(loadMarkdown(md, 'nds.md'));
    expect(e.records['proeftuin-locations'].map(fields)).toEqual(lines);
    expect(e.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('keeps a name with brackets of its own whole when the category is in brackets: `(in ontwikkeling) (5G Fieldlab)`', () => {
    const md = rewritten((c, n, k) => `**${c}** • ${n} (${k})`);
    const locations = extractProeftuin(segmentDocument(loadMarkdown(md, 'nds.md')).value).locations;
    expect(locations.find((l) => l.name === '5G-fieldlab Johan Cruijff Arena (in ontwikkeling)')).toMatchObject({ city: 'Amsterdam', category: '5G Fieldlab' });
    expect(locations.find((l) => l.name === 'SAM|XL')).toMatchObject({ city: 'Delft', category: 'Smart Industry Fieldlab' });
  });

  it('reads lines with no category (bad input) as none, and the run says which were not read', () => {
    const md = rewritten((c, n) => `**${c}** – ${n}`);
    const e = extractFromModel(loadMarkdown(md, 'nds.md'));
    // (Only the names that hold a `|` of their own, `SAM|XL`, still read as a name and a category.)
    const barred = extractProeftuin(segmented()).locations.filter((l) => l.name.includes('|')).map((l) => l.name);
    expect(e.records['proeftuin-locations'].map((l) => `${l.name}|${l.category}`)).toEqual(barred.map((n) => n.replace(/ ?\| ?/, '|')));
    expect(e.diagnostics.filter((d) => d.code === 'content-unread').map((d) => d.message)).toContain('Proeftuin line "Alkmaar – Smart Industry Hub Noordwest" is in the input but no proeftuin-locations record was made of it');
  });
});

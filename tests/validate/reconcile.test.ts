/**
 * Honesty about what was read: content that looks like a record but became none is an error with
 * its place (exit 1, nothing written), unless --partial writes it with allRead false; a record type
 * the input cannot hold is a gap of that type, never silence.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromModel } from '../../src/pipeline';
import { loadMarkdown } from '../../src/load/markdown';
import { markdownText, runCli, tempDir } from '../helpers/fixture';
import { closedUp } from '../../src/model/letters';

/** The 2020 edition with part 2's header row in words no reader knows: its actions cannot be placed. */
function unreadableHeader(): string {
  const header = /^Thema's & ambitie\tActies zoals in NDS[^\n]*$/gm;
  const md = markdownText();
  expect(md.match(header)?.length).toBeGreaterThan(1);
  return md.replace(header, 'Kolom A\tKolom B\tKolom C\tKolom D\tKolom E\t');
}

describe('content that did not become records', () => {
  it('is an error per item with its line (code content-unread), and nothing is written', async () => {
    const input = join(tempDir(), 'nds.md');
    writeFileSync(input, unreadableHeader());
    const out = join(tempDir(), 'd');
    const r = await runCli(['extract', input, '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^nds: nds\.md:1284: action 45 \("45\) Het kabinet heeft de WRR om advies gevraagd ov…"\) is in the input but no actions record was made of it \[content-unread\]$/m);
    expect(r.stderr).toMatch(/problem\(s\) \(\d+ with content not read; --partial writes what was read\); nothing written\n$/);
    expect(existsSync(out)).toBe(false);
  });

  it('with --partial is written, and document.json says allRead false and lists it as unread', async () => {
    const input = join(tempDir(), 'nds.md');
    writeFileSync(input, unreadableHeader());
    const out = join(tempDir(), 'd');
    const r = await runCli(['extract', input, '-o', out, '--partial', '-q']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(readFileSync(join(out, 'document.json'), 'utf8')) as { allRead: boolean; unread: { code: string; message: string }[] };
    expect(doc.allRead).toBe(false);
    expect(doc.unread.every((u) => u.code === 'content-unread')).toBe(true);
    expect(doc.unread.map((u) => /^action (\d+)/.exec(u.message)?.[1])).toContain('45');
    expect((await runCli(['validate', out])).status).toBe(0);
  });

  it('a whole edition read leaves allRead true and nothing unread', async () => {
    const out = join(tempDir(), 'd');
    expect((await runCli(['extract', '-o', out, '-q', '-f', 'json'])).status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'document.json'), 'utf8'))).toMatchObject({ allRead: true, unread: [] });
  });

  it('the rest of a budget table parted from its year header is reported, not dropped', () => {
    const md = markdownText();
    expect(md).toMatch(/^PPS-toeslag\t137\t170\t180\t193\t183\nInternationaal innoveren\t/m);
    // A blank line between two rows: the rows below it form a table of their own, with no header.
    const e = extractFromModel(loadMarkdown(md.replace(/^(PPS-toeslag\t137\t170\t180\t193\t183)\n/m, '$1\n\nTabel 1 (vervolg)\n\n'), 'nds.md'));
    const unread = e.diagnostics.filter((d) => d.code === 'content-unread').map((d) => d.message);
    // Every row whose label no record has (`Totaal` stands in Tabel 2 as well).
    expect(unread).toEqual(
      ['Internationaal innoveren', 'Innovatiekrediet', 'Eurostars', 'MIT', 'WBSO'].map((l) => `budget table row "${l}" is in the input but no budget-lines record was made of it`),
    );
  });

  it('the rows of a budget table that opens with an empty row and column are read under their labels, not passed over (a frame apart from its cells)', () => {
    const md = markdownText();
    const table = /^(Financieringsbron[^\n]*)\n((?:[^\n]*\t[^\n]*\n)+)/m;
    expect(md).toMatch(table);
    // An empty row over the header and an empty cell before every row's label, as a layout gives
    // when the table's frame stands a space apart from its cells'.
    const framed = md.replace(table, (_, header: string, rows: string) => ['\t\t\t\t', header, ...rows.trim().split('\n')].map((l) => `\t${l}`).join('\n') + '\n');
    const e = extractFromModel(loadMarkdown(framed, 'nds.md'));
    expect(e.diagnostics.filter((d) => d.code === 'content-unread')).toEqual([]);
    const tabel2 = (x: typeof e) => x.records['budget-lines'].filter((l) => l.table === 'Tabel 2').map((l) => [l.row, l.year, l.value]);
    expect(tabel2(e)).toEqual(tabel2(extractFromModel(loadMarkdown(md, 'nds.md'))));
    expect(tabel2(e)).toHaveLength(18);
  });

  it('the rows of a budget table set as lines of text (no table) are reported, its header of years not', () => {
    const md = markdownText();
    const table = /^(Financieringsbron[^\n]*)\n((?:[^\n]*\t[^\n]*\n)+)/m;
    expect(md).toMatch(table);
    // The table as a layout that showed none leaves it: a paragraph per row, its cells run together.
    const asText = md.replace(table, (_, header: string, rows: string) => [header, ...rows.trim().split('\n')].map((l) => l.replace(/\t/g, ' ')).join('\n\n') + '\n');
    const e = extractFromModel(loadMarkdown(asText, 'nds.md'));
    const unread = e.diagnostics.filter((d) => d.code === 'content-unread').map((d) => d.message);
    expect(unread).toEqual(['Europese Unie', 'Rijk', 'Regio', 'Privaat', 'Kennisinstellingen'].map((l) => `budget table row "${l}" (set as text) is in the input but no budget-lines record was made of it`));
  });

  it('a year\'s figures set as a sentence that no record was made of are reported, by their place (bad input)', () => {
    const md = markdownText();
    const line = /^\(2017\) budget € 1\.455 mln\. waarvan 21% naar ICT-innovaties = € 303 mln\.$/m;
    expect(md).toMatch(line);
    // `budget` misspelt: the series reader reads no figures of that year; its figures are in the text.
    const e = extractFromModel(loadMarkdown(md.replace(line, '(2017) begroting € 1.455 mln. waarvan 21% naar ICT-innovaties = € 303 mln.'), 'nds.md'));
    expect(e.records['budget-lines'].filter((l) => l.table === 'WBSO').map((l) => l.year)).not.toContain(2017);
    const unread = e.diagnostics.filter((d) => d.code === 'content-unread').map((d) => d.message);
    expect(unread).toEqual(['budget figures "(2017) begroting € 1.455 mln. waarvan 21% naar ICT…" (a year\'s figures set as text) is in the input but no budget-lines record was made of it']);
  });

  it('two Proeftuin lines of one place run together are reported: more entries than records', () => {
    const two = /^(\*\*Delft\*\* • Fieldlab UPPS \(Ultra Personalized Products and Services\) \| Smart Industry Fieldlab)\n+\*\*Delft\*\* (• Geronimo AI \| Digitale overheid)$/m;
    const md = markdownText();
    expect(md).toMatch(two);
    const e = extractFromModel(loadMarkdown(md.replace(two, '$1 Delft $2'), 'nds.md'));
    const unread = e.diagnostics.filter((d) => d.code === 'content-unread');
    expect(unread.map((d) => d.message)).toEqual(['the text lists 8 Proeftuin entries for Delft, but 7 proeftuin-locations record(s) were made of them']);
  });

  it('a Proeftuin line outside a section the table of contents names is reported, not dropped', () => {
    const md = markdownText().replace('\n# Proeftuin Nederland\n', '\n# Proeftuinen\n').replace('<b>Proeftuin Nederland</b>\t<b>43</b>', '<b>Proeftuinen</b>\t<b>43</b>');
    const e = extractFromModel(loadMarkdown(md, 'nds.md'));
    const unread = e.diagnostics.filter((d) => d.code === 'content-unread');
    expect(e.records['proeftuin-locations']).toHaveLength(0);
    expect(unread.length).toBeGreaterThan(40);
    expect(unread.find((d) => d.message.startsWith('Proeftuin line'))?.message).toMatch(/^Proeftuin line "Alkmaar • Smart Industry Hub Noordwest \| Smart Industry Hub" is in the input but no proeftuin-locations record was made of it$/);
  });
});

describe('a record type the input cannot hold', () => {
  it('is a gap of that type with the reason (the input ends before the appendices)', () => {
    const md = markdownText();
    const cut = md.slice(0, md.indexOf('\n# Proeftuin Nederland'));
    const e = extractFromModel(loadMarkdown(cut, 'first-pages.md'));
    const typeGaps = e.gaps.filter((g) => g.key === '*').map((g) => g.type);
    expect(typeGaps).toEqual(['actions', 'connectivity-actions', 'budget-lines', 'proeftuin-locations']);
    expect(e.gaps.find((g) => g.type === 'actions' && g.key === '*')?.reason).toMatch(/^not in the input: the table of contents lists \d+ section\(s\) the input does not hold \(from "Proeftuin Nederland", p\. 43\)/);
  });
});

describe('what is not evidence of a record', () => {
  it('numbered points in a status cell are not actions, and a year table outside the budget appendix is not a budget table', () => {
    const md = markdownText()
      .replace('<p>3) Een ambitieuze', '<p>3) Een ambitieuze')
      .replace('<li>Het wetsvoorstel Digitale Overheid, waarin', '<li>1) Eerste punt van de stand. </li><li>2) Tweede punt. </li><li>Het wetsvoorstel Digitale Overheid, waarin')
      .replace('\n## 2.3 Data delen', '\nAansluitingen\t2019\t2020\nGlasvezel\t10\t12\n\n## 2.3 Data delen');
    const e = extractFromModel(loadMarkdown(md, 'nds.md'));
    expect(e.diagnostics.filter((d) => d.code === 'content-unread')).toEqual([]);
    expect(e.gaps.map((g) => `${g.type} ${g.key}`)).toEqual(['actions 1', 'actions 2', 'actions 5', 'actions 6', 'footnotes 63']);
  });
  it('numbered points with a stop in a status cell are not actions either (`1. Eerste punt`)', () => {
    const md = markdownText().replace('<li>Het wetsvoorstel Digitale Overheid, waarin', '<li>1. Eerste punt van de stand. </li><li>2. Tweede punt. </li><li>Het wetsvoorstel Digitale Overheid, waarin');
    const e = extractFromModel(loadMarkdown(md, 'nds.md'));
    expect(e.diagnostics.filter((d) => d.code === 'content-unread')).toEqual([]);
    expect(e.gaps.map((g) => `${g.type} ${g.key}`)).toEqual(['actions 1', 'actions 2', 'actions 5', 'actions 6', 'footnotes 63']);
  });
});

describe('action numbers written with a stop (`23. Het kabinet …`)', () => {
  it('are the evidence of actions too: a row no reader can place is an error, never a gap', () => {
    // (Part 2's header in words no reader knows, and its action numbers written `23.`.)
    const md = unreadableHeader().replace(/(^|\t|<p>)(\d{1,2})\) /gm, '$1$2. ');
    const e = extractFromModel(loadMarkdown(md, 'nds.md'));
    expect(e.diagnostics.find((d) => d.message.startsWith('action 45 ('))?.message).toBe('action 45 ("45. Het kabinet heeft de WRR om advies gevraagd ov…") is in the input but no actions record was made of it');
    expect(e.gaps.filter((g) => g.type === 'actions' && Number(g.key) > 6)).toEqual([]);
  });
});

describe('a gap the text contradicts', () => {
  it('is no gap where a row read in more columns than its header holds the action further on: its cells are placed under the header by where they start', () => {
    // Chromium, cells framed apart (`border-spacing`) with rounded corners (y-chromium, p. 35
    // measured): at a page's foot the spaces between the cells were read as columns of their own,
    // the action in the third cell, in a column the header has no label over.
    const model = loadMarkdown(markdownText(), 'nds.md');
    const table = model.blocks.find((b) => b.kind === 'table' && b.rows.some((r) => r.cells.some((c) => c.text.startsWith('4) Voor de zomer'))));
    if (table?.kind !== 'table') throw new Error('no table with action 4');
    model.format = 'pdf';
    const box = (x0: number, x1: number): [number, number, number, number] => [x0, 0, x1, 10];
    for (const r of table.rows) r.cells.forEach((c, k) => Object.assign(c, { column: 3 * k, box: box(100 * k, 100 * k + 96) }));
    const row = table.rows.find((r) => r.cells.some((c) => c.text.startsWith('4) Voor de zomer')));
    if (!row) throw new Error('no row of action 4');
    const last = row.cells.length - 1;
    row.cells = row.cells.flatMap((c, k) => {
      const cell = { ...c, column: k === 0 ? 0 : 3 * k + 1, box: box(100 * k + (k === 0 ? 0 : 2), 100 * k + 96) };
      return k < last ? [cell, { text: '', blocks: [], column: 3 * k + 2, box: box(100 * k + 96, 100 * k + 102) }] : [cell];
    });
    const e = extractFromModel(model);
    expect(e.records.actions.map((a) => a.number)).not.toContain(4);
    expect(e.gaps.filter((g) => g.type === 'actions' && g.key === '4')).toEqual([]);
    expect(e.diagnostics.filter((d) => d.message.startsWith('action 4 ')).map((d) => d.message)).toEqual([expect.stringContaining('(it is not absent: the text holds it)')]);
  });

  it('is no gap where the action\'s number stands letter-spaced (a line justified between its letters, `2 2 ) H e t`): an error with its place', () => {
    // Chromium, `text-justify: inter-character` (held out): a short line spread across its cell;
    // pdfjs gives each letter apart, and no reader knows `2 2 )` for action 22.
    const model = loadMarkdown(markdownText(), 'nds.md');
    const cell = model.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flatMap((r) => r.cells) : [])).find((c) => c.text.startsWith('22) '));
    if (!cell) throw new Error('no cell of action 22');
    const spread = (t: string): string => t.replace(/^22\) (\S+)/, (_m, word: string) => `2 2 ) ${[...word].join(' ')}`);
    cell.text = spread(cell.text);
    cell.blocks = cell.blocks.map((b) => (b.kind === 'text' ? { ...b, text: spread(b.text) } : b));
    const e = extractFromModel(model);
    expect(e.records.actions.map((a) => a.number)).not.toContain(22);
    expect(e.gaps.filter((g) => g.type === 'actions' && g.key === '22')).toEqual([]);
    expect(e.diagnostics.filter((d) => d.message.startsWith('action 22 ')).map((d) => d.message)).toEqual([expect.stringMatching(/^action 22 \("2 2 \) H e t .*\(it is not absent: the text holds it\)$/)]);
  });

  it('closes up only pieces of one character side by side (bad input: a list of figures, words, a lone letter)', () => {
    expect(closedUp('2 2 ) H e t Techniepact wordt voortgezet')).toBe('22) Het Techniepact wordt voortgezet');
    expect(closedUp('E Z K (Doorlopend)')).toBe('EZK (Doorlopend)');
    expect(closedUp('actie 22 en 23 zijn samengevoegd')).toBe('actie 22 en 23 zijn samengevoegd');
    expect(closedUp('zie bijlage a en b')).toBe('zie bijlage a en b');
  });

  it('is no gap where a note holds the action\'s number and text (a row\'s first line the layout ran into the note above it): an error with the note\'s place', () => {
    const model = loadMarkdown(markdownText(), 'nds.md');
    const at = model.blocks.findIndex((b) => b.kind === 'table' && b.rows.some((r) => r.cells.some((c) => c.text.startsWith('12) We initiëren'))));
    const table = model.blocks[at];
    if (table?.kind !== 'table') throw new Error('no table with action 12');
    const row = table.rows.find((r) => r.cells.some((c) => c.text.startsWith('12) We initiëren')));
    table.rows = table.rows.filter((r) => r !== row);
    model.blocks.splice(at + 1, 0, { kind: 'footnote', n: 64, text: 'Kamerstukken II, 2019-2020, 26 643, nr. 640 12) We initiëren een', urls: [], source: { line: 9999 } });
    const e = extractFromModel(model);
    expect(e.records.actions.map((a) => a.number)).not.toContain(12);
    expect(e.gaps.filter((g) => g.type === 'actions' && g.key === '12')).toEqual([]);
    expect(e.diagnostics.filter((d) => d.message.startsWith('action 12 '))).toEqual([
      expect.objectContaining({ code: 'content-unread', severity: 'error', place: { line: 9999 }, message: expect.stringContaining('(it is not absent: the text holds it)') }),
    ]);
  });
});

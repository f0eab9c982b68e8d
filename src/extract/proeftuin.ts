/**
 * Proeftuin Nederland list → `proeftuin-locations` records.
 *
 * In: the segmented document. Out: one record per initiative line `**City** • Name | Category` of
 * the Proeftuin Nederland section, and the other ways editions write them (common/initiative-lines.ts), or per row of a table of them (`Plaats` | `Initiatief` | `Categorie`). The category is the last `|` field; a name may hold `|` itself
 * (`SAM|XL`) and is kept whole. The list does not say which priority an initiative serves, so
 * `priorityRank` is inferred per category from the document:
 *   1. a category named like a priority (or like an entry of the map legend, which names the six
 *      priorities in rank order) takes that priority;
 *   2. otherwise the category's distinctive words are counted in the text of each priority's section
 *      (2.2–2.7, via the priorities' sections); the section with clearly the most mentions wins;
 *   3. no mention anywhere: null (no basis in the document).
 * Every rank found this way has `priorityInferred: true`; `priorityBasis` says which rule gave it,
 * as data (rule, term, section, counts). Each city is placed with the gazetteer (places/place.ts):
 * province, WGS84 point, GeoNames id; a city it cannot place is a warning with null coordinates.
 */
import type { Block } from '../model/document';
import { categoryMark, initiativeLine, initiativeParts, initiativeTexts, type InitiativeLine } from './common/initiative-lines';
import type { Diagnostic } from '../model/diagnostics';
import type { ProeftuinLocation } from '../schemas/records';
import { placeName } from '../places/place';

type PriorityBasis = NonNullable<ProeftuinLocation['priorityBasis']>;
import { blocksOf, normalizeTitle, type Section, type SegmentedDocument } from '../segment/sections';
import { textUnits } from './common/text';
import { followingSiblings, prioritiesSection, priorityList } from './priorities';

export interface ProeftuinResult {
  locations: ProeftuinLocation[];
  diagnostics: Diagnostic[];
}

/** Words that say what kind of place an initiative is, not what it is about. */
const GENERIC = new Set(['hub', 'hubs', 'fieldlab', 'fieldlabs', 'netwerk', 'werkplaats', 'werkplaatsen', 'centrum', 'benutten', 'lab']);

interface Priority {
  rank: number;
  title: string;
  section: Section;
}

function proeftuinSection(doc: SegmentedDocument): Section | undefined {
  return doc.sections.find((s) => normalizeTitle(s.title) === 'proeftuin nederland');
}

/** Header labels of a table of initiatives (an edition may set the list as one): place, name, category. */
const TABLE_LABELS = {
  city: /^(plaats|locatie|gemeente|stad|vestiging)\b/,
  name: /^(initiatief|initiatieven|naam|project|proeftuin)\b/,
  category: /^(categorie|soort|type)\b/,
} as const;

/**
 * The initiatives of a table whose header names a place, a name and a category column (`Plaats` |
 * `Initiatief` | `Categorie`), one per row that fills all three; none for any other table.
 */
function tableLines(table: Extract<Block, { kind: 'table' }>): { line: InitiativeLine; source: Block['source'] }[] {
  const out: { line: InitiativeLine; source: Block['source'] }[] = [];
  let columns: Record<keyof typeof TABLE_LABELS, number> | null = null;
  for (const row of table.rows) {
    const names = row.cells.map((c) => normalizeTitle(c.text));
    const found = Object.fromEntries(Object.entries(TABLE_LABELS).map(([k, re]) => [k, names.findIndex((n) => re.test(n))])) as Record<keyof typeof TABLE_LABELS, number>;
    if (Object.values(found).every((k) => k >= 0)) {
      columns = found;
      continue;
    }
    if (!columns) continue;
    const [city, name, category] = [columns.city, columns.name, columns.category].map((k) => row.cells[k]?.text.trim() ?? '');
    if (city && name && category) out.push({ line: { city, name, category }, source: row.source });
  }
  return out;
}

/** The priority sections (2.2–2.7) in rank order, from the numbered list of section 2.1. */
function prioritySections(doc: SegmentedDocument): Priority[] {
  const list = prioritiesSection(doc);
  if (!list) return [];
  const following = followingSiblings(doc, list);
  const items = priorityList(
    blocksOf(doc, list).map((b) => b.block),
    following,
  );
  return (items?.items ?? [])
    .filter((i) => i.depth === 0)
    .map((item, i) => ({ rank: i + 1, title: item.text, section: following[i] }))
    .filter((p): p is Priority => p.section !== undefined);
}

function words(text: string): string[] {
  return normalizeTitle(text).split(' ').filter(Boolean);
}

/**
 * The list's last category when it is another line's category with text run on after it (the text
 * that follows the list, joined to the last line as its paragraph went on across a page break): a
 * category no other line names, that starts with the longest one that two or more others name.
 */
export function ranOnCategory(category: string, all: readonly string[]): { category: string; rest: string } | null {
  const counts = new Map<string, number>();
  for (const c of all) counts.set(c, (counts.get(c) ?? 0) + 1);
  if ((counts.get(category) ?? 0) > 1) return null;
  const base = [...counts]
    .filter(([c, n]) => n >= 2 && category.startsWith(`${c} `))
    .map(([c]) => c)
    .sort((a, b) => b.length - a.length)[0];
  return base ? { category: base, rest: category.slice(base.length).trim() } : null;
}

/** Distinctive search terms for a category: the full name, then the name without generic words. */
function termsOf(category: string): string[] {
  const all = words(category);
  const specific = all
    .map((w) => w.replace(/s?(netwerk|hub|fieldlab)$/, ''))
    .filter((w) => w.length > 1 && !GENERIC.has(w));
  return [...new Set([all.join(' '), specific.join(' ')])].filter(Boolean);
}

function countIn(haystack: string, term: string): number {
  let n = 0;
  for (let i = haystack.indexOf(term); i >= 0; i = haystack.indexOf(term, i + term.length)) {
    const before = haystack[i - 1];
    if (before === undefined || before === ' ') n++;
  }
  return n;
}

interface Inference {
  rank: number | null;
  basis: PriorityBasis | null;
}

function sectionId(section: Section): string {
  return section.number ?? section.id;
}

/** The basis in words, for the notes on stderr and in document.json. */
function describeBasis(b: PriorityBasis): string {
  return b.rule === 'named'
    ? `category named like the priority of section ${b.section}`
    : `"${b.term}" is discussed most in section ${b.section} (${b.mentions} mention${b.mentions === 1 ? '' : 's'}${b.nextMentions ? `; next ${b.nextMentions}` : ''})`;
}

function inferPriority(category: string, priorities: Priority[], legend: string[], sectionText: Map<number, string>): Inference {
  const name = normalizeTitle(category);
  const named = priorities.find((p, i) => {
    const names = [p.title, p.section.title, legend[i] ?? ''].map(normalizeTitle).filter(Boolean);
    return names.some((n) => n === name || n.startsWith(`${name} `) || n.endsWith(` ${name}`));
  });
  if (named) return { rank: named.rank, basis: { rule: 'named', term: category, section: sectionId(named.section), mentions: null, nextMentions: null } };
  for (const term of termsOf(category)) {
    const counts = priorities.map((p) => ({ p, n: countIn(sectionText.get(p.rank) ?? '', term) }));
    counts.sort((a, b) => b.n - a.n || a.p.rank - b.p.rank);
    const [best, second] = counts;
    if (best && best.n > 0 && (!second || best.n > second.n)) {
      return { rank: best.p.rank, basis: { rule: 'mentions', term, section: sectionId(best.p.section), mentions: best.n, nextMentions: second?.n ?? 0 } };
    }
  }
  return { rank: null, basis: null };
}

/** Extracts the Proeftuin Nederland initiatives. */
export function extractProeftuin(doc: SegmentedDocument): ProeftuinResult {
  const diagnostics: Diagnostic[] = [];
  const section = proeftuinSection(doc);
  if (!section) {
    diagnostics.push({ code: 'section-missing', severity: 'warning', message: 'no "Proeftuin Nederland" section in the table of contents' });
    return { locations: [], diagnostics };
  }
  const blocks = blocksOf(doc, section);
  const legendBlock = blocks.map((b) => b.block).find((b) => b.kind === 'list' && b.items.length >= 3);
  const legend = legendBlock && legendBlock.kind === 'list' ? legendBlock.items.map((i) => i.text) : [];
  const priorities = prioritySections(doc);
  const units = textUnits(doc.model.blocks).filter((u) => u.kind !== 'cell');
  const sectionText = new Map(
    priorities.map((p) => [
      p.rank,
      ` ${units
        .filter((u) => u.block >= p.section.startBlock && u.block < p.section.endBlock)
        .map((u) => normalizeTitle(u.text))
        .join(' ')} `,
    ]),
  );
  const cache = new Map<string, Inference>();
  const locations: ProeftuinLocation[] = [];
  let listStarted = false;
  // (Each initiative line, `**City** • Name | Category` and the other ways lines are written — the
  // category in brackets when the lines set it so —, or each row of a table of initiatives, in the
  // order they stand.)
  const texts = blocks.flatMap(({ block }) => initiativeTexts(block));
  const mark = categoryMark(texts.flatMap((t) => initiativeParts(t.text, t.lead)?.rest ?? []));
  // (Lines that are none after the list has started are said in their place among the others.)
  type Entry = { line: InitiativeLine; source: Block['source'] } | { skipped: Diagnostic };
  function* entries(): Generator<Entry> {
    for (const { block } of blocks) {
      if (block.kind === 'table') yield* tableLines(block);
      for (const t of initiativeTexts(block)) {
        const line = initiativeLine(t.text, t.lead, mark);
        if (!line) {
          if (listStarted) {
            yield { skipped: { code: 'proeftuin-unparsed-line', severity: 'info', message: `not an initiative line: "${t.text.slice(0, 50)}"`, place: t.source } };
          }
          continue;
        }
        listStarted = true;
        yield { line, source: t.source };
      }
    }
  }
  const listed = [...entries()];
  const lines = listed.filter((e) => 'line' in e);
  const last = lines.at(-1);
  const ranOn = last ? ranOnCategory(last.line.category, lines.map((e) => e.line.category)) : null;
  if (last && ranOn) {
    last.line = { ...last.line, category: ranOn.category };
    listed.splice(listed.indexOf(last) + 1, 0, {
      skipped: {
        code: 'proeftuin-unparsed-line',
        severity: 'info',
        message: `not an initiative line: "${ranOn.rest.slice(0, 50)}", run into the list's last line after its category "${ranOn.category}" (which other lines name; the text after the list, joined to it across a page break or a wrap)`,
        place: last.source,
      },
    });
  }
  for (const entry of listed) {
    if ('skipped' in entry) {
      diagnostics.push(entry.skipped);
      continue;
    }
    const { line, source } = entry;
    let inference = cache.get(line.category);
    if (!inference) {
      inference = inferPriority(line.category, priorities, legend, sectionText);
      cache.set(line.category, inference);
      diagnostics.push(
        inference.rank === null
          ? { code: 'proeftuin-no-priority', severity: 'info', message: `category "${line.category}": the document gives no basis for a priority`, place: source }
          : { code: 'proeftuin-priority-inferred', severity: 'info', message: `category "${line.category}" → priority ${inference.rank}: ${inference.basis ? describeBasis(inference.basis) : ''}`, place: source },
      );
    }
    const place = placeName(line.city);
    if (!place) {
      diagnostics.push({ code: 'place-unknown', severity: 'warning', message: `"${line.city}" is not in the gazetteer and has no alias: no coordinates`, place: source });
    }
    locations.push({
      ...line,
      priorityRank: inference.rank,
      priorityInferred: inference.rank !== null,
      priorityBasis: inference.basis,
      province: place?.province ?? null,
      lat: place?.lat ?? null,
      lon: place?.lon ?? null,
      placeId: place?.placeId ?? null,
      placeName: place?.placeName ?? null,
      placeMatch: place?.placeMatch ?? null,
      source,
    });
  }
  return { locations, diagnostics };
}

/**
 * Section 2.1 → `priorities` records.
 *
 * In: the segmented document. Out: one record per item of the numbered list in the "Prioriteiten"
 * section (or a bulleted one whose items name the sections after it, see priorityList), in rank order, each tied to the section that discusses it: the sections that follow
 * "Prioriteiten" under the same chapter, in order (2.2 … 2.7), with their table-of-contents page.
 */
import type { Diagnostic } from '../model/diagnostics';
import { enumeratorCount, type Block } from '../model/document';
import type { Priority } from '../schemas/records';
import { blocksOf, normalizeTitle, type Section, type SegmentedDocument } from '../segment/sections';

export interface PrioritiesResult {
  priorities: Priority[];
  diagnostics: Diagnostic[];
}

/** Words the list title and the section title share, as a sanity check of the pairing by order. */
function sharesWord(a: string, b: string): boolean {
  const stem = (w: string): string => w.slice(0, 5);
  const words = new Set(normalizeTitle(a).split(' ').filter((w) => w.length > 3).map(stem));
  return normalizeTitle(b)
    .split(' ')
    .filter((w) => w.length > 3)
    .some((w) => words.has(stem(w)));
}

type ListBlock = Extract<Block, { kind: 'list' }>;

/**
 * The list that names the priorities among a section's blocks: its numbered list, else (an
 * edition that sets them with bullets) a bulleted list of two items or more each of which shares
 * a word with the section it pairs with by order (`following`: the sections after it).
 */
export function priorityList(blocks: readonly Block[], following: readonly Section[]): ListBlock | undefined {
  const numbered = blocks.find((b): b is ListBlock => b.kind === 'list' && b.ordered);
  if (numbered) return numbered;
  return blocks.find((b): b is ListBlock => {
    if (b.kind !== 'list') return false;
    const top = b.items.filter((item) => item.depth === 0);
    return top.length >= 2 && top.every((item, i) => following[i] !== undefined && sharesWord(item.text, (following[i] as Section).title));
  });
}

/** A title that names the priorities: `Prioriteiten`, `De zes prioriteiten`, `Speerpunten`. */
const PRIORITIES_TITLE = /\b(prioriteiten|prioriteit|speerpunten|prioritaire|priorities)\b/;

/** The sections after `s` under the same parent, at its level (2.2 … 2.7 after 2.1). */
export function followingSiblings(doc: SegmentedDocument, s: Section): Section[] {
  const siblings = doc.sections.filter((x) => x.parentId === s.parentId && x.level === s.level);
  return siblings.slice(siblings.indexOf(s) + 1);
}

/**
 * The section that lists the priorities: one whose title names them and that holds their list,
 * else (an edition that titles it otherwise, `Waar we op inzetten`) the first section with a list
 * of three items or more each of which shares a word with the section after it that it pairs with
 * by order, else one whose title names them (said to hold no list).
 */
export function prioritiesSection(doc: SegmentedDocument): Section | undefined {
  const listed = (s: Section, paired: boolean): boolean => {
    const following = followingSiblings(doc, s);
    const top = priorityList(blocksOf(doc, s).map((b) => b.block), following)?.items.filter((i) => i.depth === 0) ?? [];
    return paired ? top.length >= 3 && top.every((item, i) => following[i] !== undefined && sharesWord(item.text, (following[i] as Section).title)) : top.length >= 2;
  };
  // (Of the sections titled so, one that holds the list: `Prioriteit 1: …` may title the sections
  // that discuss them.)
  const titled = doc.sections.filter((s) => PRIORITIES_TITLE.test(normalizeTitle(s.title)));
  return titled.find((s) => listed(s, false)) ?? doc.sections.find((s) => listed(s, true)) ?? titled[0];
}

/** Extracts the priorities listed in section 2.1. */
export function extractPriorities(doc: SegmentedDocument): PrioritiesResult {
  const diagnostics: Diagnostic[] = [];
  const section = prioritiesSection(doc);
  if (!section) {
    diagnostics.push({ code: 'section-missing', severity: 'warning', message: 'no "Prioriteiten" section in the table of contents' });
    return { priorities: [], diagnostics };
  }
  const blocks = blocksOf(doc, section).map((b) => b.block);
  const following = followingSiblings(doc, section);
  const list = priorityList(blocks, following);
  if (!list) {
    diagnostics.push({ code: 'section-missing', severity: 'warning', message: 'section "Prioriteiten" has no numbered list', place: section.source });
    return { priorities: [], diagnostics };
  }
  // A later numbered list in the section whose count goes on from this one's (`5.` then `6.`): the
  // rest of the list, which a page or column break set apart and the loader did not join. Its
  // items are priorities that were not read.
  const last = enumeratorCount(list.items.at(-1));
  const rest = blocks.slice(blocks.indexOf(list) + 1).find((b) => b.kind === 'list' && b.ordered && last !== null && enumeratorCount(b.items[0]) === last + 1);
  if (rest && rest.kind === 'list') {
    diagnostics.push({
      code: 'content-unread',
      severity: 'error',
      message: `the numbered list of priorities goes on after other text (${rest.items[0]?.marker} "${rest.items[0]?.text.slice(0, 60)}"): ${rest.items.length} more item(s) of it were not read as priorities`,
      place: rest.source,
    });
  }
  const priorities: Priority[] = [];
  list.items
    .filter((item) => item.depth === 0)
    .forEach((item, i) => {
      const target = following[i];
      if (!target) {
        diagnostics.push({ code: 'priority-section-mismatch', severity: 'warning', message: `priority ${i + 1} "${item.text}" has no section of its own`, place: list.source });
        return;
      }
      if (!sharesWord(item.text, target.title)) {
        diagnostics.push({
          code: 'priority-section-mismatch',
          severity: 'warning',
          message: `priority ${i + 1} "${item.text}" paired by order with section ${target.id} "${target.title}", which shares no word with it`,
          place: list.source,
        });
      }
      priorities.push({
        rank: i + 1,
        title: item.text,
        section: target.number ?? target.id,
        sectionTitle: target.title,
        page: target.page,
        source: item.source ?? list.source,
      });
    });
  return { priorities, diagnostics };
}

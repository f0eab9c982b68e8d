/** A group of rows (an anchored row and its continuations) → action records, splitting shared cells by position or by meaning. */
import type { Diagnostic } from '../../model/diagnostics';
import type { Action } from '../../schemas/records';
import { cellEntries, type Entries } from '../common/entries';
import { dealByMeaning, splitByMeaning, splitWhoByOwners } from '../common/split-by-meaning';
import { isWhoText, parseWho, WHO_WORDS, whoNotes } from '../common/who';
import type { Group, Part, Segment } from './types';

export function contentOf(segments: Segment[]): string {
  return segments
    .flat()
    .map((b) => (b.kind === 'text' ? b.text : b.items.map((i) => i.text).join(' ')))
    .join(' ');
}


/**
 * A cell shared by k actions whose parts do not number k, dealt by meaning (split-by-meaning.ts):
 * its paragraphs and lists in order, or the sentences of its one paragraph.
 */
export function meaningSplit(items: Segment[], profiles: string[]): Segment[][] | null {
  if (items.length > 1) {
    const starts = dealByMeaning(items.map((seg) => contentOf([seg])), profiles);
    return starts ? starts.map((start, j) => items.slice(start, starts[j + 1] ?? items.length)) : null;
  }
  const only = items[0];
  const block = only && only.length === 1 ? only[0] : undefined;
  if (!block || block.kind !== 'text') return null;
  const parts = splitByMeaning(block.text, profiles);
  return parts ? parts.map((text) => [[{ kind: 'text', text }]]) : null;
}

export function finalizeGroup(group: Group, part: Part, diagnostics: Diagnostic[]): Action[] {
  const k = group.drafts.length;
  const emptySegment = (s: Segment): boolean => s.every((b) => (b.kind === 'text' ? b.text === '' : b.items.length === 0));
  const keptSegments = (items: Segment[]): Segment[] => items.filter((t) => !emptySegment(t));
  const keptWho = group.who.filter((t, i) => t !== '' || i === 0);
  // Cells whose parts number the actions split by position; what they give each action tells the
  // others (split by meaning) which words belong to whom.
  const byPosition = {
    status: k > 1 && keptSegments(group.status).length === k ? keptSegments(group.status).map((t) => [t]) : null,
    plans: k > 1 && keptSegments(group.plans).length === k ? keptSegments(group.plans).map((t) => [t]) : null,
    who: k > 1 && keptWho.length === k ? keptWho.map((t) => [t]) : null,
  };
  const profiles = group.drafts.map((d, i) =>
    [d.text, ...(['status', 'plans'] as const).map((f) => contentOf(byPosition[f]?.[i] ?? []))].join(' '),
  );
  const shared = <T>(items: T[], field: 'status' | 'plans' | 'who', parts: number): T[][] => {
    for (const d of group.drafts) d.flags.add(`shared-${field}`);
    if (parts > 0) {
      diagnostics.push({
        code: 'action-shared-cell',
        severity: 'warning',
        message: `actions ${group.drafts.map((d) => d.number).join(' and ')} share one row; their ${field} cell has ${parts} parts, not ${k}, and its text gives no split, so each action gets all of it`,
        place: group.drafts[0]?.source,
      });
    }
    return group.drafts.map(() => items);
  };
  const splitCell = (items: Segment[], field: 'status' | 'plans'): Segment[][] => {
    if (k === 1) return [items];
    const positioned = byPosition[field];
    if (positioned) return positioned;
    const meant = meaningSplit(keptSegments(items), profiles);
    if (!meant) return shared(items, field, keptSegments(items).length);
    meant.forEach((p, i) => (profiles[i] = `${profiles[i]} ${contentOf(p)}`));
    return meant;
  };
  const splitWho = (): string[][] => {
    if (k === 1) return [group.who];
    if (byPosition.who) return byPosition.who;
    const only = keptWho.length === 1 ? keptWho[0] : undefined;
    const owners = only ? splitWhoByOwners(only, k, (t) => isWhoText(t) && !t.startsWith('('), WHO_WORDS) : null;
    return owners ? owners.map((w) => [w]) : shared(group.who, 'who', keptWho.filter((t) => t !== '').length);
  };
  const status = splitCell(group.status, 'status');
  const plans = splitCell(group.plans, 'plans');
  const who = splitWho();
  if (k > 1) {
    for (const d of group.drafts) d.flags.add('shared-cell');
    diagnostics.push({
      code: 'action-shared-cell',
      severity: 'info',
      message: `actions ${group.drafts.map((d) => d.number).join(' and ')} stand in one cell (split into ${k} records)`,
      place: group.drafts[0]?.source,
    });
  }
  return group.drafts.map((d, i) => {
    const s: Entries = cellEntries((status[i] ?? []).flat());
    const p: Entries = cellEntries((plans[i] ?? []).flat());
    const whoRaw = (who[i] ?? []).filter((t) => t !== '').join(' ');
    const parsed = parseWho(whoRaw);
    if (parsed.ocrFixed.length > 0) d.flags.add('ocr-fix');
    diagnostics.push(...whoNotes(parsed, `action ${d.number}`, d.source));
    return {
      number: d.number,
      part: part.number,
      partTitle: part.title,
      theme: d.theme,
      ambitionTitle: d.ambitionTitle,
      ambitionText: d.ambitionText,
      text: d.text,
      status: s.entries,
      statusTopics: s.topics,
      plans: p.entries,
      plansTopics: p.topics,
      owners: parsed.owners,
      ownersOther: parsed.others,
      timing: parsed.timing,
      whoRaw,
      whoEntries: parsed.entries,
      flags: [...d.flags].sort(),
      source: d.source,
    };
  });
}

/**
 * The extractor registry: one entry per record type, each an independent module over the
 * segmented document. The pipeline runs them all and gathers their gaps, fragments and checks.
 */
import type { Diagnostic } from '../model/diagnostics';
import type { Check, Fragment, Gap } from '../model/report';
import type { RecordSet, RecordType } from '../schemas/records';
import type { SegmentedDocument } from '../segment/sections';
import { extractActions } from './actions';
import { extractBudgetLines } from './budget-lines';
import { extractBudgetMentions } from './budget-mentions';
import { extractConnectivity } from './connectivity';
import { extractFootnotes } from './footnotes';
import { extractPriorities } from './priorities';
import { extractProeftuin } from './proeftuin';

export interface ExtractorOutput<T> {
  records: T[];
  diagnostics: Diagnostic[];
  gaps?: Gap[];
  fragments?: Fragment[];
  checks?: Check[];
}

type Extractors = { [K in RecordType]: (doc: SegmentedDocument) => ExtractorOutput<RecordSet[K][number]> };

export const EXTRACTORS: Extractors = {
  priorities: (doc) => {
    const r = extractPriorities(doc);
    return { records: r.priorities, diagnostics: r.diagnostics };
  },
  actions: (doc) => {
    const r = extractActions(doc);
    return { records: r.actions, diagnostics: r.diagnostics, gaps: r.gaps, fragments: r.fragments };
  },
  'connectivity-actions': (doc) => {
    const r = extractConnectivity(doc);
    return { records: r.actions, diagnostics: r.diagnostics };
  },
  'budget-lines': (doc) => {
    const r = extractBudgetLines(doc);
    return { records: r.lines, diagnostics: r.diagnostics, checks: r.checks };
  },
  'budget-mentions': (doc) => {
    const r = extractBudgetMentions(doc);
    return { records: r.mentions, diagnostics: r.diagnostics };
  },
  'proeftuin-locations': (doc) => {
    const r = extractProeftuin(doc);
    return { records: r.locations, diagnostics: r.diagnostics };
  },
  footnotes: (doc) => {
    const r = extractFootnotes(doc);
    return { records: r.footnotes, diagnostics: r.diagnostics, gaps: r.gaps };
  },
};

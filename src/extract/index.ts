/**
 * The extractor registry: one entry per record type, each an independent module over the
 * segmented document. The pipeline runs them all and gathers their gaps, fragments and checks.
 */
import type { Diagnostic } from '../model/diagnostics';
import type { Check, Fragment, Gap } from '../model/report';
import type { RecordSet, RecordType } from '../schemas/records';
import type { SegmentedDocument } from '../segment/sections';
import { extractActions } from './actions';
import { extractPriorities } from './priorities';

export interface ExtractorOutput<T> {
  records: T[];
  diagnostics: Diagnostic[];
  gaps?: Gap[];
  fragments?: Fragment[];
  checks?: Check[];
}

type Extractors = { [K in RecordType]: (doc: SegmentedDocument) => ExtractorOutput<RecordSet[K][number]> };

const none = (): ExtractorOutput<never> => ({ records: [], diagnostics: [] });

export const EXTRACTORS: Extractors = {
  priorities: (doc) => {
    const r = extractPriorities(doc);
    return { records: r.priorities, diagnostics: r.diagnostics };
  },
  actions: (doc) => {
    const r = extractActions(doc);
    return { records: r.actions, diagnostics: r.diagnostics, gaps: r.gaps, fragments: r.fragments };
  },
  'connectivity-actions': none,
  'budget-lines': none,
  'budget-mentions': none,
  'proeftuin-locations': none,
  footnotes: none,
};

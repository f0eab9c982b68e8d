/**
 * Parity: every record type from the PDF (tagged and untagged) and the HTML edition equals the
 * markdown edition's, record by record, with `source` set aside. The few differences that remain
 * come from the markdown conversion, which marks some paragraph breaks only with two spaces
 * ("Geen vervolgacties.  Het wetsvoorstel …"): HTML keeps them in its source text, a rendered PDF
 * cannot show them. Each is listed with its reason; nothing else may differ. (Actions 27 and 28
 * share a row whose cells the markdown splits at such breaks; in the PDF they are split by meaning.)
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../src/pipeline';
import { cachedExtraction } from './helpers/models';
import { RECORD_KEY } from './helpers/score';
import { RECORD_TYPES, type RecordType } from '../src/schemas/records';
import { FIXTURES, markdownExtraction } from './helpers/fixture';

const TWO_SPACES = 'the markdown separates paragraphs with two spaces, which a rendered PDF does not show';

/** Record key → fields allowed to differ in the PDF editions, and why. */
const PDF_DIFFERENCES: Partial<Record<RecordType, Record<string, { fields: string[]; reason: string }>>> = {
  actions: {
    '30': { fields: ['status', 'statusTopics'], reason: `"… wet en regelgeving.  De acties in de agenda 2019 …": ${TWO_SPACES}` },
    '41': { fields: ['status', 'statusTopics'], reason: `"… nr. 73).  Als onderdeel van de campagne …": ${TWO_SPACES}` },
  },
  'connectivity-actions': {
    '14': { fields: ['status', 'statusTopics'], reason: 'two list items, the first ending exactly at the line end: without bullets or spacing the PDF shows no break' },
    '19': { fields: ['status', 'statusTopics'], reason: TWO_SPACES },
    '29': { fields: ['status', 'statusTopics', 'plans', 'plansTopics'], reason: TWO_SPACES },
    '31': { fields: ['status', 'statusTopics', 'plans', 'plansTopics'], reason: TWO_SPACES },
    '35': { fields: ['status', 'statusTopics', 'plans', 'plansTopics'], reason: TWO_SPACES },
  },
};

/**
 * The tagged PDF's structure tree says where list items and paragraphs end (LI, P), which the
 * untagged one can only guess: connectivity actions 14 and 19 come out as in the markdown.
 */
const TAGGED_DIFFERENCES: typeof PDF_DIFFERENCES = {
  actions: PDF_DIFFERENCES.actions,
  'connectivity-actions': Object.fromEntries(Object.entries(PDF_DIFFERENCES['connectivity-actions'] ?? {}).filter(([k]) => k !== '14' && k !== '19')),
};

/**
 * pandoc re-flows the HTML's text, so the same two-space breaks are lost as in a PDF; connectivity
 * actions 14 and 19 keep theirs (a list item and a `<p>` break that pandoc writes as HTML).
 */
const PANDOC_DIFFERENCES: typeof PDF_DIFFERENCES = {
  actions: { '30': PDF_DIFFERENCES.actions?.['30'] as never, '41': PDF_DIFFERENCES.actions?.['41'] as never },
  'connectivity-actions': {
    '29': PDF_DIFFERENCES['connectivity-actions']?.['29'] as never,
    '31': PDF_DIFFERENCES['connectivity-actions']?.['31'] as never,
    '35': PDF_DIFFERENCES['connectivity-actions']?.['35'] as never,
  },
};

const KEY = RECORD_KEY;

function differingFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return Object.keys(a).filter((k) => k !== 'source' && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

function compare(md: Extraction, other: Extraction, allowed: typeof PDF_DIFFERENCES) {
  const report: { type: RecordType; equal: number; total: number; unexpected: string[] }[] = [];
  for (const type of RECORD_TYPES) {
    const a = md.records[type] as unknown as Record<string, unknown>[];
    const b = other.records[type] as unknown as Record<string, unknown>[];
    const unexpected: string[] = [];
    let equal = 0;
    expect(b.map(KEY[type]), `${type}: same records in the same order`).toEqual(a.map(KEY[type]));
    a.forEach((record, i) => {
      const fields = differingFields(record, b[i] ?? {});
      if (fields.length === 0) {
        equal++;
        return;
      }
      const permit = allowed[type]?.[KEY[type](record)];
      const extra = fields.filter((f) => !permit?.fields.includes(f));
      if (extra.length > 0) unexpected.push(`${type} ${KEY[type](record)}: ${extra.join(', ')}`);
    });
    report.push({ type, equal, total: a.length, unexpected });
  }
  return report;
}

describe.each([
  ['nds-2020.pdf (tagged)', 'nds-2020.pdf', TAGGED_DIFFERENCES],
  ['nds-2020-untagged.pdf', 'nds-2020-untagged.pdf', PDF_DIFFERENCES],
  ['nds-2020.html', 'nds-2020.html', {}],
  // The same document converted to markdown by other tools (tests/fixtures/forms, made by
  // scripts/derive-markdown-forms.mjs): pipe tables with <br> cells and [^N] footnotes, and pandoc's
  // gfm with embedded HTML tables.
  ['markdown with pipe tables', '../tests/fixtures/forms/nds-2020.pipe.md', {}],
  ['markdown with pipe tables without outer pipes (html2text)', '../tests/fixtures/forms/nds-2020.pipe-bare.md', {}],
  ['markdown with HTML tables (pandoc)', '../tests/fixtures/forms/nds-2020.pandoc.md', PANDOC_DIFFERENCES],
] as const)('parity of %s with the markdown edition', (_label, file, allowed) => {
  let other: Extraction;
  beforeAll(async () => {
    other = await cachedExtraction(join(FIXTURES, file));
  }, 120_000);

  it('gives the same records, differing only where the list says why', () => {
    const report = compare(markdownExtraction(), other, allowed);
    expect(report.flatMap((r) => r.unexpected)).toEqual([]);
    const equal = report.reduce((n, r) => n + r.equal, 0);
    const total = report.reduce((n, r) => n + r.total, 0);
    const listed = Object.values(allowed).reduce((n, byKey) => n + Object.keys(byKey ?? {}).length, 0);
    expect(total).toBe(365);
    expect(equal).toBe(total - listed);
  });

  it('reports the same gaps (actions 1, 2, 5, 6 and footnote 63) and the same orphan fragment', () => {
    expect(other.gaps.map((g) => `${g.type} ${g.key}`)).toEqual(['actions 1', 'actions 2', 'actions 5', 'actions 6', 'footnotes 63']);
    expect(other.fragments.map((f) => [f.likelyKey, f.content.plans?.length])).toEqual([['2', 2]]);
    expect(other.checks.every((c) => c.ok)).toBe(true);
  });
});

/**
 * The pipeline: load → segment → extract → validate. Reading this file explains the tool.
 *
 * Each stage is a folder under src/ and passes plain data to the next. Emitting (JSON, YAML, CSV,
 * document.json) happens after, from the `Extraction` this returns; the CLI only wires them up.
 */
import { loadDocument, type DocumentLoader, type LoadOptions } from './load/index';
import type { DocumentModel, SourcePlace } from './model/document';
import { NdsError, type Diagnostic } from './model/diagnostics';
import type { Check, Fragment, Gap } from './model/report';
import { EXTRACTORS } from './extract/index';
import { budgetAppendix } from './extract/budget-lines';
import { absentMessage } from './extract/actions/index';
import { anchorOf } from './extract/common/anchors';
import { PRIMARY_KEYS, RECORD_TYPES, type RecordSet, type RecordType } from './schemas/records';
import { sectionOfBlock, segmentDocument, type SegmentedDocument } from './segment/sections';
import { validateRecords } from './validate/validate';
import { mark } from './model/timing';
import { reconcile, type SectionRange } from './validate/reconcile';

export interface Extraction {
  model: DocumentModel;
  document: SegmentedDocument;
  records: RecordSet;
  gaps: Gap[];
  fragments: Fragment[];
  checks: Check[];
  diagnostics: Diagnostic[];
}

/** Rows of tables with a numbered action anchor (`23) Het kabinet …`, or `23.` as the document writes them) at the start of a cell. */
function actionAnchorRows(doc: SegmentedDocument): number {
  let n = 0;
  const anchor = anchorOf(doc.model.blocks);
  for (const b of doc.model.blocks) {
    if (b.kind !== 'table') continue;
    for (const r of b.rows) if (r.cells.some((c) => anchor.test(c.text))) n++;
  }
  return n;
}

/**
 * Refuses a document that is readable but is not an NDS edition, saying what was looked for: the
 * name of the strategy near the start, and a table of contents or an appendix table of numbered
 * actions. A damaged PDF, text that cannot be decoded or a table form the loader does not read is
 * named as the likelier cause.
 */
function assertNds(doc: SegmentedDocument): void {
  const text = [doc.model.title ?? '', ...doc.model.blocks.slice(0, 40).map((b) => ('text' in b ? b.text : ''))].join(' ');
  const named = /digitaliseringsstrategie|digitalisation strategy/i.test(text);
  const hasActions = actionAnchorRows(doc) >= 3;
  if (named && (doc.toc.length > 0 || hasActions)) return;
  const problems = doc.model.diagnostics ?? [];
  const damaged = problems.filter((d) => d.code === 'pdf-page-damaged').map((d) => d.place?.page);
  if (damaged.length > 0) {
    throw new NdsError(
      'input-corrupt',
      `the PDF is damaged: ${damaged.length} page(s) could not be decoded (p.${damaged.slice(0, 5).join(', p.')}${damaged.length > 5 ? ', …' : ''}), and what could be read is not recognisable as an NDS edition`,
      doc.model.inputName,
    );
  }
  const undecodable = problems.filter((d) => d.code === 'pdf-text-undecodable').map((d) => d.place?.page);
  if (undecodable.length > 0) {
    throw new NdsError(
      'input-no-text',
      `the text of ${undecodable.length} page(s) cannot be decoded (p.${undecodable.slice(0, 5).join(', p.')}${undecodable.length > 5 ? ', …' : ''}), and what could be read is not recognisable as an NDS edition`,
      doc.model.inputName,
    );
  }
  const unknownTables = problems.find((d) => d.code === 'table-form-unknown');
  const hint = unknownTables ? `; ${unknownTables.message}` : '';
  throw new NdsError(
    'input-not-nds',
    named
      ? `not recognised as an NDS edition: looked for a table of contents (section numbers with page numbers) and for tables of numbered actions ("12) …"), found neither${hint}`
      : `not an NDS document: the title and first pages never name the Nederlandse Digitaliseringsstrategie${hint}`,
    doc.model.inputName,
  );
}

/**
 * A record type of which the input holds nothing at all is a gap of that type (key `*`), with the
 * likeliest reason: sections the table of contents lists but the body lacks (a PDF of the first
 * pages only), or simply that the edition has none.
 */
function emptyTypeGaps(raw: Record<RecordType, unknown[]>, types: readonly RecordType[], doc: SegmentedDocument, diagnostics: Diagnostic[]): Gap[] {
  const missing = doc.sections.filter((s) => !s.found && s.page !== null);
  const empty = types.filter((t) => raw[t].length === 0);
  // The input ends early when every section it lacks comes after the last one it holds: then
  // what it cannot hold is a gap. Otherwise nothing of a kind cannot be told apart from a layout
  // this tool failed to read, so it is not claimed to be absent: it is an error (--partial writes).
  const lastFound = doc.sections.reduce((at, s, i) => (s.found ? i : at), -1);
  const endsEarly = missing.length > 0 && missing.every((s) => doc.sections.indexOf(s) > lastFound);
  if (!endsEarly) {
    for (const type of empty) {
      diagnostics.push({
        code: 'content-unread',
        severity: 'error',
        message: `no ${type} records were read, and the input does not end early: if this edition has none, --partial writes the rest`,
      });
    }
    return [];
  }
  const reason = `not in the input: the table of contents lists ${missing.length} section(s) the input does not hold (from "${missing[0]?.id === missing[0]?.title ? '' : `${missing[0]?.id} `}${missing[0]?.title}", p. ${missing[0]?.page}); the input most likely ends early or lost pages`;
  return empty.map((type) => ({ type, key: '*', reason }));
}

/** The number that orders the records of a numbered type (a gap's key is one of them). */
const ORDINAL: Partial<Record<RecordType, string>> = { actions: 'number', 'connectivity-actions': 'seq', footnotes: 'n' };

/** What the loader says of a page whose text it did not read whole: text past its edge, text it could not read, a damaged or undecodable page. */
const NOT_READ_WHOLE = new Set<string>(['pdf-text-clipped', 'pdf-page-image', 'content-unread', 'pdf-page-damaged', 'pdf-text-undecodable']);

/** Codes said of a page not read whole whatever their severity (a warning: the page may hold nothing to read). */
const NOT_READ_WHOLE_AT_ALL = new Set<string>(['pdf-text-clipped', 'pdf-page-image']);

/** Does a loader's diagnostic say its page was not read whole (see NOT_READ_WHOLE)? */
function notReadWhole(d: Diagnostic): boolean {
  return NOT_READ_WHOLE.has(d.code) && (NOT_READ_WHOLE_AT_ALL.has(d.code) || d.severity === 'error');
}

/** The pages the loader's diagnostics that `keep` takes are said of, each once, in order. */
function pagesSaid(model: DocumentModel, keep: (d: Diagnostic) => boolean): number[] {
  return [...new Set((model.diagnostics ?? []).filter(keep).flatMap((d) => (d.place?.page === undefined ? [] : [d.place.page])))].sort((a, b) => a - b);
}

/** What each code of NOT_READ_WHOLE says of a page, for an error that names the pages. */
const NOT_READ_BECAUSE: Readonly<Record<string, string>> = {
  'pdf-page-image': 'a picture with no text',
  'pdf-text-clipped': 'text past the edge that was not read',
  'pdf-page-damaged': 'content pdfjs could not decode',
  'pdf-text-undecodable': 'text that cannot be decoded',
  'content-unread': 'text not read, as its error says',
};

/** Pages in order, in runs of consecutive pages: [first, last] each. */
function pageRuns(pages: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const p of pages) {
    const last = runs.at(-1);
    if (last && p === last[1] + 1) last[1] = p;
    else runs.push([p, p]);
  }
  return runs;
}

/** Pages in order as ranges, the first five of them: `p.31–55`, `p.3, p.7–8`. */
function pageRanges(pages: readonly number[]): string {
  const runs = pageRuns(pages);
  const shown = runs.slice(0, 5).map(([a, b]) => (a === b ? `p.${a}` : `p.${a}–${b}`));
  return runs.length > 5 ? `${shown.join(', ')}, …` : shown.join(', ');
}

/**
 * Why the given pages were not read whole, as the loader said it (each page by the first of its
 * codes in NOT_READ_WHOLE), grouped: `p.31–55: a picture with no text`. The error that names
 * them says it itself: a run that writes nothing shows its errors only.
 */
function unreadReasons(model: DocumentModel, pages: readonly number[]): string {
  const wanted = new Set(pages);
  const reasonOf = new Map<number, string>();
  for (const d of model.diagnostics ?? []) {
    const page = d.place?.page;
    if (page === undefined || !wanted.has(page) || reasonOf.has(page) || !notReadWhole(d)) continue;
    reasonOf.set(page, NOT_READ_BECAUSE[d.code] ?? d.code);
  }
  const byReason = new Map<string, number[]>();
  for (const page of pages) {
    const reason = reasonOf.get(page) ?? 'text not read';
    byReason.set(reason, [...(byReason.get(reason) ?? []), page]);
  }
  return [...byReason].map(([reason, list]) => `${pageRanges(list)}: ${reason}`).join('; ');
}

/**
 * The pages whose text the loader did not read whole (NOT_READ_WHOLE) where a gap's record would
 * stand: from the page of the record before it to the page of the record after it (numbered types),
 * else among the pages of the type's records (all pages when it has none).
 */
function unreadPagesFor(model: DocumentModel, records: RecordSet, gap: Gap): number[] {
  const cut = pagesSaid(model, notReadWhole);
  if (cut.length === 0) return [];
  const of = (records[gap.type as RecordType] ?? []) as unknown as Record<string, unknown>[];
  const pageOf = (r: Record<string, unknown> | undefined): number | undefined => (r?.source as { page?: number } | undefined)?.page;
  const field = ORDINAL[gap.type as RecordType];
  const k = Number(gap.key);
  let pages = of.map(pageOf).filter((p): p is number => p !== undefined);
  if (field && Number.isInteger(k)) {
    // (The neighbours in one pass: the record numbered next below the gap's, and next above.)
    let below: Record<string, unknown> | undefined;
    let above: Record<string, unknown> | undefined;
    for (const r of of) {
      const n = Number(r[field]);
      if (n < k && (below === undefined || n > Number(below[field]))) below = r;
      if (n > k && (above === undefined || n < Number(above[field]))) above = r;
    }
    const before = pageOf(below);
    const after = pageOf(above);
    pages = [before ?? (after === undefined ? undefined : after - 1), after ?? (before === undefined ? undefined : before + 1)].filter((p): p is number => p !== undefined);
  }
  if (pages.length === 0) return cut;
  return cut.filter((p) => p >= Math.min(...pages) && p <= Math.max(...pages));
}

/** Record types read from tables and lists that run on from page to page. */
const RUNNING_TYPES: readonly RecordType[] = ['actions', 'connectivity-actions', 'budget-lines', 'proeftuin-locations'];

/**
 * Pages that are pictures with no text (`pdf-page-image`: a scan among pages with a text layer)
 * right after a page holding records of a type whose table or list runs on: more of them may stand
 * on the pictures, so the records cannot be said to be whole (an error). A picture after prose (a
 * photograph, a cover) stays a warning; a record missing from a numbered series there becomes an
 * error through the gap it leaves (unreadPagesFor).
 */
function picturedContinuations(model: DocumentModel, records: RecordSet): Diagnostic[] {
  const runs = pageRuns(pagesSaid(model, (d) => d.code === 'pdf-page-image'));
  const pagesOf = new Map(RUNNING_TYPES.map((type) => [type, new Set(((records[type] ?? []) as { source?: { page?: number } }[]).map((r) => r.source?.page))]));
  return runs.flatMap(([first, last]): Diagnostic[] => {
    const before = RUNNING_TYPES.filter((type) => pagesOf.get(type)?.has(first - 1));
    if (before.length === 0) return [];
    const where = first === last ? `p.${first} after it is a picture` : `p.${first}–${last} after it are pictures`;
    return [
      {
        code: 'content-unread',
        severity: 'error',
        message: `${before.join(' and ')} stand on p.${first - 1}, and ${where} with no text (pdf-page-image): more ${before.join(' and ')} may stand there, not read (run OCR on the PDF, e.g. ocrmypdf, to read them)`,
        place: { page: first },
      },
    ];
  });
}

type Box = [number, number, number, number];
type Piece = NonNullable<Diagnostic['pieces']>[number];

/** Do two boxes ([x0, y0, x1, y1]) overlap? */
function meets(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/**
 * Records that hold text that runs past its page's edge where the loader could not read it all
 * (`pdf-text-clipped`: more pieces past the edge than it keeps): what stood past the edge was not
 * read, so their values may be cut short (`EZK (2020-20` for
 * `EZK (2020-2023)`). Content not read whole: an error with the record's place, one per record. A
 * record holds a piece that stands in its box — a row of a table, a note —, and for a budget
 * mention, whose box is that of the paragraph or row it was found in, that its context writes.
 */
function clippedRecords(model: DocumentModel, records: RecordSet): Diagnostic[] {
  const cutOn = new Map<number, Piece[]>();
  for (const d of model.diagnostics ?? []) {
    const page = d.place?.page;
    if (d.code !== 'pdf-text-clipped' || page === undefined) continue;
    const pieces = d.pieces ?? (d.place?.bbox ? [{ text: '', bbox: d.place.bbox }] : []);
    cutOn.set(page, [...(cutOn.get(page) ?? []), ...pieces]);
  }
  if (cutOn.size === 0) return [];
  const squashed = (text: string): string => text.replace(/[\s-]+/g, '');
  const out: Diagnostic[] = [];
  for (const type of RECORD_TYPES) {
    for (const record of records[type] as unknown as Record<string, unknown>[]) {
      const source = record.source as SourcePlace | undefined;
      const box = source?.bbox;
      if (source?.page === undefined || !box) continue;
      const context = type === 'budget-mentions' ? squashed(String(record.context ?? '')) : null;
      const cut = (cutOn.get(source.page) ?? []).filter((p) => meets(p.bbox, box) && (context === null || (p.text !== '' && context.includes(squashed(p.text)))));
      if (cut.length === 0) continue;
      const key = PRIMARY_KEYS[type].map((k) => String(record[k])).join(' / ') || JSON.stringify(record.raw ?? '');
      const quoted = cut.filter((p) => p.text !== '').slice(0, 3).map((p) => `"${p.text}"`);
      out.push({
        code: 'content-unread',
        severity: 'error',
        message: `${type} ${key}: ${cut.length} piece(s) of its text run past the edge of p.${source.page}${quoted.length > 0 ? ` (${quoted.join(', ')})` : ''}, and what stood past the edge was not read, so its values may be cut short`,
        place: source,
      });
    }
  }
  return out;
}

/**
 * Records whose owners are empty where their row meets a row the loader found holding nothing in an
 * owners' column the page's right edge cut (src/load/pdf/unread.ts, emptyPastEdge): the producer
 * leaves what stood wholly past the edge out of the file, so whether the document gives owners there
 * the input cannot tell. A warning per record (nothing the file holds was left unread).
 */
function ownersPastEdge(model: DocumentModel, records: RecordSet): Diagnostic[] {
  const rows = (model.diagnostics ?? []).filter((d) => d.code === 'column-absent' && d.place?.page !== undefined && d.pieces);
  if (rows.length === 0) return [];
  const out: Diagnostic[] = [];
  for (const type of ['actions', 'connectivity-actions'] as const) {
    for (const record of records[type] as unknown as Record<string, unknown>[]) {
      const source = record.source as SourcePlace | undefined;
      const box = source?.bbox;
      if (record.whoRaw !== '' || source?.page === undefined || !box) continue;
      const row = rows.find((d) => d.place?.page === source.page && (d.pieces ?? []).some((p) => meets(p.bbox, box)));
      if (!row) continue;
      const key = PRIMARY_KEYS[type].map((k) => String(record[k])).join(' / ');
      out.push({
        code: 'column-absent',
        severity: 'warning',
        message: `${type} ${key}: its owners (Wie) are empty: its row holds nothing in the owners' column, which runs past the right edge of p.${source.page}, and what stood wholly past that edge is not in the file (owners the document may give there are in no record)`,
        place: source,
      });
    }
  }
  return out;
}

/** Runs every extractor and validates the records. */
export function extractFromModel(model: DocumentModel, only?: readonly RecordType[]): Extraction {
  const segmented = segmentDocument(model);
  mark('segment');
  assertNds(segmented.value);
  const diagnostics: Diagnostic[] = [...(model.diagnostics ?? []), ...segmented.diagnostics];
  const raw = {} as Record<RecordType, unknown[]>;
  const gaps: Gap[] = [];
  const fragments: Fragment[] = [];
  const checks: Check[] = [];
  const types = only ?? RECORD_TYPES;
  for (const type of RECORD_TYPES) {
    if (!types.includes(type)) {
      raw[type] = [];
      continue;
    }
    const out = EXTRACTORS[type](segmented.value);
    mark(`extract ${type}`);
    raw[type] = out.records;
    diagnostics.push(...out.diagnostics);
    gaps.push(...(out.gaps ?? []));
    fragments.push(...(out.fragments ?? []));
    checks.push(...(out.checks ?? []));
  }
  gaps.push(...emptyTypeGaps(raw, types, segmented.value, diagnostics));
  const validated = validateRecords(raw as unknown as RecordSet);
  diagnostics.push(...validated.diagnostics);
  mark('validate');
  const sectionOf = (block: number): SectionRange | null => sectionOfBlock(segmented.value, block);
  const budgetSection = budgetAppendix(segmented.value) ?? null;
  const unread = reconcile(model.blocks, budgetSection, validated.value, types, gaps, sectionOf);
  diagnostics.push(...unread.diagnostics, ...picturedContinuations(model, validated.value), ...clippedRecords(model, validated.value), ...ownersPastEdge(model, validated.value));
  mark('reconcile');
  // A gap claims the input lacks something: never when the text holds it, and never for a type
  // whose content could not all be read (then it cannot be told: the gap becomes an error).
  const dropped = new Set(unread.contradicted);
  for (const g of gaps) {
    if (dropped.has(g) || !unread.unreadTypes.has(g.type as RecordType)) continue;
    dropped.add(g);
    diagnostics.push({
      code: 'content-unread',
      severity: 'error',
      message:
        g.key === '*'
          ? `no ${g.type} records were made, though the input holds such content (see the problems above)`
          : `${g.type} ${g.key} was not found, and other ${g.type} content could not be read, so it cannot be told whether the input lacks it`,
      place: g.place,
    });
  }
  // Nor where the page's text was not read whole where the record would stand: a producer may have
  // cut it at the page's edge (xdvipdfmx writes a table too wide for its page only so far), or the
  // loader could not read it (text in three columns), so absence cannot be told.
  for (const g of gaps) {
    if (dropped.has(g)) continue;
    const unreadPages = unreadPagesFor(model, validated.value, g);
    if (unreadPages.length === 0) continue;
    dropped.add(g);
    const whole = g.key === '*';
    const what = whole ? `no ${g.type} records were made` : `${g.type} ${g.key} was not found`;
    diagnostics.push({
      code: 'content-unread',
      severity: 'error',
      message: `${what}, and the text where ${whole ? 'they' : 'it'} would stand was not read whole (${unreadReasons(model, unreadPages)}), so it cannot be told whether the input lacks it`,
      place: g.place,
    });
  }
  const honestGaps = gaps.filter((g) => !dropped.has(g));
  // (Nor the warning an absent action's gap was said with.)
  const withdrawn = new Set([...dropped].filter((g) => g.type === 'actions').map(absentMessage));
  const said = diagnostics.filter((d) => !(d.code === 'action-absent' && withdrawn.has(d.message)));
  return { model, document: segmented.value, records: validated.value, gaps: honestGaps, fragments, checks, diagnostics: said };
}

/** Input bytes → validated records. */
export async function extractDocument(
  bytes: Uint8Array,
  inputName: string,
  options: LoadOptions & { only?: readonly RecordType[]; load?: DocumentLoader } = {},
): Promise<Extraction> {
  const model = await (options.load ?? loadDocument)(bytes, inputName, options);
  mark('load');
  return extractFromModel(model, options.only);
}

/**
 * "Wie (Tijd)" cells → owners (normalised ministry codes) and timings.
 *
 * In: the raw text of a who cell, e.g. `OCW/ EZK (Doorlopend)`, `EZK (Q3-4) (Doorlopend)`,
 * `EZK/ lenW (2020)`, `(Q3)`, `Min. OCW`, `Economische Zaken en Klimaat (Q2)`, `BZK en VNG (2022)`.
 * Out: owners in order of first mention (a ministry written out or after `Min.` is its code), the
 * organisations that have no code as written (`VNG`, `Logius`), every parenthesised timing in
 * order, the pairing of owners with timings (`entries`), and what had to be repaired or was unknown.
 */

import type { SourcePlace } from '../../model/document';
import type { Diagnostic } from '../../model/diagnostics';
import { OWNER_CODES, type OwnerCode } from '../../model/owners';

export { OWNER_CODES, type OwnerCode };

/** Spellings met in NDS editions, lower-cased, → code. */
const ALIASES: Record<string, OwnerCode> = {
  ezk: 'EZK',
  bzk: 'BZK',
  ocw: 'OCW',
  szw: 'SZW',
  ienw: 'IenW',
  'i&w': 'IenW',
  'i en w': 'IenW',
  jenv: 'JenV',
  'j&v': 'JenV',
  vws: 'VWS',
  def: 'DEF',
  defensie: 'DEF',
  lnv: 'LNV',
  fin: 'FIN',
  financien: 'FIN',
  bz: 'BZ',
  buza: 'BZ',
  az: 'AZ',
  at: 'AT',
  allen: 'Allen',
  ez: 'EZ',
  kgg: 'KGG',
  lvvn: 'LVVN',
  vro: 'VRO',
  aenm: 'AenM',
  'a&m': 'AenM',
  ienm: 'IenM',
  'i&m': 'IenM',
  venj: 'VenJ',
  'v&j': 'VenJ',
  rdi: 'RDI',
};

/**
 * Ministries (and agencies with a code) written out, lower-cased, → code; the longest names first,
 * so that `economische zaken en klimaat` is EZK before `economische zaken` is EZ. Their `en` and
 * commas would otherwise part one name into owners of its own.
 */
const FULL_NAMES: [string, OwnerCode][] = (
  [
    ['economische zaken en klimaat', 'EZK'],
    ['binnenlandse zaken en koninkrijksrelaties', 'BZK'],
    ['onderwijs, cultuur en wetenschap', 'OCW'],
    ['sociale zaken en werkgelegenheid', 'SZW'],
    ['infrastructuur en waterstaat', 'IenW'],
    ['infrastructuur en milieu', 'IenM'],
    ['justitie en veiligheid', 'JenV'],
    ['veiligheid en justitie', 'VenJ'],
    ['volksgezondheid, welzijn en sport', 'VWS'],
    ['landbouw, natuur en voedselkwaliteit', 'LNV'],
    ['landbouw, visserij, voedselzekerheid en natuur', 'LVVN'],
    ['klimaat en groene groei', 'KGG'],
    ['volkshuisvesting en ruimtelijke ordening', 'VRO'],
    ['asiel en migratie', 'AenM'],
    ['economische zaken', 'EZ'],
    ['buitenlandse zaken', 'BZ'],
    ['algemene zaken', 'AZ'],
    ['financiën', 'FIN'],
    ['defensie', 'DEF'],
    ['agentschap telecom', 'AT'],
    ['rijksinspectie digitale infrastructuur', 'RDI'],
  ] as [string, OwnerCode][]
).sort((a, b) => b[0].length - a[0].length);

/** A name as FULL_NAMES are compared: lower case, no commas, single spaces. */
const nameKey = (name: string): string => name.toLowerCase().replace(/,/g, '').replace(/\s+/g, ' ').trim();
const CODE_OF_NAME = new Map(FULL_NAMES.map(([n, code]) => [nameKey(n), code]));
const FULL_NAME = new RegExp(`(?<!\\p{L})(?:${FULL_NAMES.map(([n]) => n.replace(/,/g, ',?').replace(/ /g, '\\s+')).join('|')})(?!\\p{L})`, 'giu');

/** Words before an owner that name no owner: `Min. EZK`, `ministerie van BZK`, `het ministerie van`. */
const FILLER_WORDS = String.raw`(?:(?:het|de)\s+)?(?:min\.?|ministerie|ministeries|minister|staatssecretaris)(?:\s+(?:van|voor))?\s+`;
const FILLER = new RegExp(`^${FILLER_WORDS}`, 'i');

/**
 * A who cell's words as splitWhoByOwners takes them apart: a timing, or one owner's words (a
 * ministry written out is one, `Min. EZK` is one), or any other word.
 */
export const WHO_WORDS = new RegExp(String.raw`\([^()]*\)|(?:${FILLER_WORDS})?(?:${FULL_NAME.source}|[^\s()]+)`, 'giu');

/**
 * An organisation without a code, as a who cell names it: a capitalised name of a few words
 * (`VNG`, `Logius`, `Kamer van Koophandel`), or one of the bodies the tables name in lower case
 * (`gemeenten`). Never a sentence: no stop at its end, at most six words.
 */
const ORGANISATION = /^(?:\p{Lu}[\p{L}\p{N}&'’.-]+|gemeenten|provincies|waterschappen|medeoverheden|uitvoeringsorganisaties|toezichthouders|bedrijfsleven|marktpartijen)(?:\s+[\p{L}\p{N}&'’-]+){0,5}$/u;

/** OCR slips: a lower-case l read for a capital I (`lenW`), a zero for an O (`0CW`). */
const OCR_FIXES: Record<string, OwnerCode> = {
  lenw: 'IenW',
  '1enw': 'IenW',
  '0cw': 'OCW',
  jenw: 'JenV',
};

export interface WhoEntry {
  owners: OwnerCode[];
  timing: string[];
  /** Organisations without a code, as written (present only when there are some). */
  others?: string[];
}

export interface ParsedWho {
  owners: OwnerCode[];
  timing: string[];
  entries: WhoEntry[];
  /** Tokens repaired as OCR slips, as they stood (`lenW`). */
  ocrFixed: string[];
  /** Organisations without a code, as written, unique in order of first mention (`VNG`, `Logius`). */
  others: string[];
  /** Tokens that are neither an owner code nor an organisation's name. */
  unknown: string[];
}

/** A parenthesised timing; one left open at the very end is a timing cut short (a cell the page edge cut). */
const TIMING = /\(([^()]*)(?:\)|$)/g;

function ownerOf(token: string): { code: OwnerCode; ocr: boolean } | null {
  const key = token.toLowerCase();
  if (key in ALIASES) return { code: ALIASES[key] as OwnerCode, ocr: false };
  if (key in OCR_FIXES) return { code: OCR_FIXES[key] as OwnerCode, ocr: true };
  return null;
}

/** A who cell's parts: a code (with the token it was read from, when an OCR slip), a timing, an organisation, or neither. */
type Token = { kind: 'owner'; value: OwnerCode; ocr?: string } | { kind: 'timing'; value: string } | { kind: 'other'; value: string } | { kind: 'unknown'; value: string };

/** Every spelling of a code, lower-cased (what a code cut short starts). */
const CODE_SPELLINGS = [...Object.keys(ALIASES), ...Object.keys(OCR_FIXES)];

/** The start of a code, cut short by the page edge or a narrow cell (`B` of `BZK`, `Alle` of `Allen`). */
const isCutCode = (word: string): boolean => CODE_SPELLINGS.some((code) => code.startsWith(word.toLowerCase()));

/** A timing written without brackets (`Q3 2021`, `Doorlopend`, `eind 2022`): no organisation. */
const TIMING_WORDS = /^(?:[QH][1-4]\b|doorlopend|medio|eind|begin|voorjaar|najaar|zomer|winter|jan|feb|maart|apr|mei|jun|jul|aug|sep|okt|nov|dec)/i;

/** One owner's words between separators → codes, an organisation, or what is neither. */
function ownerTokens(piece: string): Token[] {
  let p = piece.trim();
  for (let m = FILLER.exec(p); m; m = FILLER.exec(p)) p = p.slice(m[0].length);
  if (p === '') return [];
  // (Codes set apart by spaces alone, `EZK BZK`, or beside a word that is none: each word on its own.)
  const words = p.split(/\s+/);
  const codes = words.map(ownerOf);
  if (codes.some((c) => c !== null)) {
    return words.map((w, i) => {
      const c = codes[i];
      return c ? { kind: 'owner', value: c.code, ...(c.ocr ? { ocr: w } : {}) } : { kind: 'unknown', value: w };
    });
  }
  // (An abbreviation's stops, `N.V.`, end no sentence; a timing without its brackets names no one;
  // the start of a code is a code the page edge cut, `B` of `BZK`, `Alle` of `Allen`.)
  // (The cheap tests first: a cell of prose has many pieces, and none of them is a name.)
  const sentence = /\.$/.test(p) && !/(?:^|\s)(?:[A-Z]\.)+$/.test(p);
  const named = words.length <= 6 && !sentence && !isCutCode(p) && !TIMING_WORDS.test(p) && ORGANISATION.test(p);
  return [{ kind: named ? 'other' : 'unknown', value: p }];
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  const pushOwners = (chunk: string): void => {
    const cleaned = chunk
      .replace(/\bI\s*&\s*W\b/g, 'I&W')
      .replace(/\bJ\s*&\s*V\b/g, 'J&V')
      .replace(/\bI\s*&\s*M\b/g, 'I&M')
      .replace(/\bV\s*&\s*J\b/g, 'V&J')
      .replace(/\bA\s*&\s*M\b/g, 'A&M')
      .replace(FULL_NAME, (name) => CODE_OF_NAME.get(nameKey(name)) ?? name);
    for (const piece of cleaned.split(/\s*(?:[/,;+]|\ben\b|\bi\.?s\.?m\.?(?=\s))\s*/)) out.push(...ownerTokens(piece));
  };
  for (const m of text.matchAll(TIMING)) {
    pushOwners(text.slice(last, m.index));
    out.push({ kind: 'timing', value: (m[1] ?? '').replace(/\s+/g, ' ').trim() });
    last = (m.index ?? 0) + m[0].length;
  }
  pushOwners(text.slice(last));
  return out;
}

/**
 * Parses a who cell. Owners (codes) and organisations are unique in order of first mention;
 * timings keep every occurrence; an entry opens at each owner after a timing.
 */
export function parseWho(raw: string): ParsedWho {
  const result: ParsedWho = { owners: [], timing: [], entries: [], ocrFixed: [], others: [], unknown: [] };
  let current: WhoEntry | null = null;
  /** The entry an owner or timing goes to: a new one at the start, and for an owner after a timing. */
  const entry = (owner: boolean): WhoEntry => {
    if (!current || (owner && current.timing.length > 0)) {
      current = { owners: [], timing: [] };
      result.entries.push(current);
    }
    return current;
  };
  const all = tokens(raw);
  // (Organisations are named only in a cell that reads as owners throughout: beside words that are
  // none — a sentence the layout put in the owners' column — a name is one more unknown word.)
  const named = !all.some((t) => t.kind === 'unknown');
  for (const t of all) {
    if (t.kind === 'unknown' || (t.kind === 'other' && !named)) {
      result.unknown.push(t.value);
    } else if (t.kind === 'timing') {
      if (t.value === '') continue;
      entry(false).timing.push(t.value);
      result.timing.push(t.value);
    } else if (t.kind === 'other') {
      const e = entry(true);
      e.others = [...(e.others ?? []), t.value];
      if (!result.others.includes(t.value)) result.others.push(t.value);
    } else {
      if (t.ocr !== undefined) result.ocrFixed.push(t.ocr);
      entry(true).owners.push(t.value);
      if (!result.owners.includes(t.value)) result.owners.push(t.value);
    }
  }
  return result;
}

/** True when a cell reads as a who cell: only owner codes and parenthesised timings. */
export function isWhoText(raw: string): boolean {
  if (raw.trim() === '') return false;
  const parsed = parseWho(raw);
  return parsed.unknown.length === 0 && parsed.others.length === 0 && (parsed.owners.length > 0 || parsed.timing.length > 0);
}

/**
 * True when a cell can be a who cell where its column's label says it is one: owner codes,
 * organisations' names and timings, nothing else (`Logius (Doorlopend)`, `BZK en VNG`). Cells are
 * taken for owners by their text alone only with isWhoText, which names no organisation. A code
 * the page edge cut short may stand beside them (it stays unknown).
 */
export function readsAsWho(raw: string): boolean {
  if (raw.trim() === '') return false;
  const parsed = parseWho(raw);
  // (A code cut short, `JenV/ B (Q3)` where the page edge cut `BZK`, leaves the cell the owners' one: said as unknown.)
  return parsed.unknown.every(isCutCode) && (parsed.owners.length > 0 || parsed.others.length > 0 || parsed.timing.length > 0);
}

/**
 * What a parsed who cell says beyond its codes, for the record named `subject` (`action 12`):
 * owners read from OCR slips, organisations kept as written, and words that are neither (kept in
 * `whoRaw` only: a warning, never a silent drop).
 */
export function whoNotes(parsed: ParsedWho, subject: string, place: SourcePlace | undefined): Diagnostic[] {
  const notes: Diagnostic[] = [];
  if (parsed.ocrFixed.length > 0) notes.push({ code: 'owner-ocr-fix', severity: 'info', message: `${subject}: owner ${parsed.ocrFixed.join(', ')} read as an OCR slip and normalised`, place });
  if (parsed.others.length > 0) notes.push({ code: 'owner-named', severity: 'info', message: `${subject}: ${parsed.others.join(', ')} named as owner without an owner code (kept as written in ownersOther)`, place });
  const words = parsed.unknown.join(' ');
  const shown = words.length > 60 ? `${words.slice(0, 60)}…` : words;
  if (parsed.unknown.length > 0) notes.push({ code: 'owner-unknown', severity: 'warning', message: `${subject}: "${shown}" in the who cell is neither an owner code nor an organisation's name (kept in whoRaw only)`, place });
  return notes;
}

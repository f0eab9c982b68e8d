/**
 * "Wie (Tijd)" cells → owners (normalised ministry codes) and timings.
 *
 * In: the raw text of a who cell, e.g. `OCW/ EZK (Doorlopend)`, `EZK (Q3-4) (Doorlopend)`,
 * `EZK/ lenW (2020)`, `(Q3)`. Out: owners in order of first mention, every parenthesised timing in
 * order, the pairing of owners with timings (`entries`), and what had to be repaired or was unknown.
 */

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
};

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
}

export interface ParsedWho {
  owners: OwnerCode[];
  timing: string[];
  entries: WhoEntry[];
  /** Tokens repaired as OCR slips, as they stood (`lenW`). */
  ocrFixed: string[];
  /** Tokens that are not an owner code. */
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

function tokens(text: string): { kind: 'owner' | 'timing'; value: string }[] {
  const out: { kind: 'owner' | 'timing'; value: string }[] = [];
  let last = 0;
  const pushOwners = (chunk: string): void => {
    const cleaned = chunk.replace(/\bI\s*&\s*W\b/g, 'I&W').replace(/\bJ\s*&\s*V\b/g, 'J&V');
    for (const t of cleaned.split(/[\s/,;+]+|\ben\b/)) if (t.trim() !== '') out.push({ kind: 'owner', value: t.trim() });
  };
  for (const m of text.matchAll(TIMING)) {
    pushOwners(text.slice(last, m.index));
    out.push({ kind: 'timing', value: (m[1] ?? '').replace(/\s+/g, ' ').trim() });
    last = (m.index ?? 0) + m[0].length;
  }
  pushOwners(text.slice(last));
  return out;
}

/** Parses a who cell. Owners are unique in order of first mention; timings keep every occurrence. */
export function parseWho(raw: string): ParsedWho {
  const result: ParsedWho = { owners: [], timing: [], entries: [], ocrFixed: [], unknown: [] };
  let current: WhoEntry | null = null;
  for (const t of tokens(raw)) {
    if (t.kind === 'timing') {
      if (t.value === '') continue;
      if (!current) {
        current = { owners: [], timing: [] };
        result.entries.push(current);
      }
      current.timing.push(t.value);
      result.timing.push(t.value);
      continue;
    }
    const owner = ownerOf(t.value);
    if (!owner) {
      result.unknown.push(t.value);
      continue;
    }
    if (owner.ocr) result.ocrFixed.push(t.value);
    if (!current || current.timing.length > 0) {
      current = { owners: [], timing: [] };
      result.entries.push(current);
    }
    current.owners.push(owner.code);
    if (!result.owners.includes(owner.code)) result.owners.push(owner.code);
  }
  return result;
}

/** True when a cell reads as a who cell: only owner codes and parenthesised timings. */
export function isWhoText(raw: string): boolean {
  if (raw.trim() === '') return false;
  const parsed = parseWho(raw);
  return parsed.unknown.length === 0 && (parsed.owners.length > 0 || parsed.timing.length > 0);
}

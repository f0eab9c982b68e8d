/**
 * Footnote definitions → `footnotes` records, with the parliamentary papers they cite.
 *
 * In: the footnote blocks of the model (markers were already taken out of the text they stood in).
 * Out: one record per definition with its URLs and Kamerstukken: `Kamerstuk 26 643, nr. 623` gives
 * dossier "26 643", number "623"; `Kamerstukken 26 643 en 32 761, nr. 640` gives two dossiers with
 * number 640; `nr. 2858 en 2859` gives two numbers. Numbers missing from the sequence are gaps.
 */
import type { FootnoteBlock } from '../model/document';
import { describePlace, type Diagnostic } from '../model/diagnostics';
import type { Gap } from '../model/report';
import type { Footnote, Kamerstuk } from '../schemas/records';
import type { SegmentedDocument } from '../segment/sections';

export interface FootnotesResult {
  footnotes: Footnote[];
  gaps: Gap[];
  diagnostics: Diagnostic[];
}

const URL = /https?:\/\/[^\s<>()"']+[^\s<>()"'.,;:]/g;
/** Tokens of a Kamerstuk reference: a dossier (5 digits, maybe `-XIII`), `nr.`, a number, or a stop. */
const TOKEN = /(\d{2}\s?\d{3}(?:(?:-|\s)[IVXLC]+\b)?)(?![\d-])|\b(?:nrs?\.?|nos?\.|nummers?)(?=\s|\d)|(\d{1,4})(?!\d)|([;(])/gi;
const GAP_BETWEEN_NUMBERS = /^[\s,]*(?:en\s+(?:nr\.?\s*)?)?$/;

/** Formats a dossier as "26 643", keeping a suffix such as "-XIII". */
export function normalizeDossier(raw: string): string {
  const m = /^(\d{2})\s?(\d{3})(?:[-\s]([IVXLC]+))?$/.exec(raw.trim());
  return m ? `${m[1]} ${m[2]}${m[3] ? `-${m[3]}` : ''}` : raw.trim();
}

/**
 * A reference without the word "Kamerstuk": a dossier number followed by `nr.` and numbers
 * (`(35 300 XIII, nr. 44)`, `32637, nr. 316`). The `nr.` makes it unambiguous.
 */
const BARE_REFERENCE = /(?<![\d/.])(\d{2}\s?\d{3}(?:(?:-|\s)[IVXLC]+\b)?)\s*,?\s*(?:nrs?\.?|nos?\.|nummers?)\s*(\d{1,4}(?:\s*(?:,|en)\s*\d{1,4}(?![\d\s]*\d{3}))*)/g;

/**
 * A Kamerstuk by its official id, as the addresses of officielebekendmakingen.nl give it
 * (`kst-26643-623`, `kst-35300-XIII-20`), or written with a hyphen after the word Kamerstuk
 * (`Kamerstuk 26643-623`, `26 643-623`): dossier, suffix, number.
 */
const KST_ID = /\bkst-(\d{5})(?:-([IVXLC]+))?-(\d{1,4})(?![\d-])/gi;
const HYPHEN_REFERENCE = /(?<![\d/.-])(\d{2}\s?\d{3})(?:-([IVXLC]+))?-(\d{1,4})(?![\d-])/g;

function idReferences(text: string, pattern: RegExp): Kamerstuk[] {
  return [...text.matchAll(pattern)].map((m) => ({ dossier: normalizeDossier(`${m[1]}${m[2] ? `-${m[2].toUpperCase()}` : ''}`), number: String(Number(m[3])) }));
}

function bareReferences(text: string): Kamerstuk[] {
  const out: Kamerstuk[] = [];
  for (const m of text.matchAll(BARE_REFERENCE)) {
    const dossier = normalizeDossier(m[1] ?? '');
    for (const number of (m[2] ?? '').split(/\s*(?:,|en)\s*/).filter(Boolean)) out.push({ dossier, number });
  }
  return out;
}

/** Parses every Kamerstuk reference in a text, and in the addresses of its links (`urls`: official ids). */
export function parseKamerstukken(text: string, urls: readonly string[] = []): Kamerstuk[] {
  const out: Kamerstuk[] = [];
  for (const ref of text.matchAll(/Kamerstuk(?:ken)?\b([^]*?)(?=Kamerstuk|$)/gi)) {
    const body = ref[1] ?? '';
    out.push(...idReferences(body, HYPHEN_REFERENCE));
    let dossiers: string[] = [];
    let numbered = false;
    let lastEnd = -1;
    for (const m of body.matchAll(TOKEN)) {
      const [token, dossier, number, stop] = m;
      const at = m.index ?? 0;
      if (stop) {
        if (stop === '(') break;
        numbered = false;
        dossiers = [];
      } else if (dossier) {
        if (numbered) dossiers = [];
        numbered = false;
        dossiers.push(normalizeDossier(dossier));
      } else if (/^(?:nr|no|nu)/i.test(token)) {
        numbered = true;
        lastEnd = at + token.length;
        continue;
      } else if (number && numbered && dossiers.length > 0) {
        if (lastEnd >= 0 && !GAP_BETWEEN_NUMBERS.test(body.slice(lastEnd, at))) {
          numbered = false;
          continue;
        }
        for (const d of dossiers) out.push({ dossier: d, number });
      }
      lastEnd = at + token.length;
    }
  }
  const first = text.search(/Kamerstuk/i);
  out.push(...bareReferences(first >= 0 ? text.slice(0, first) : text));
  for (const t of [text, ...urls]) out.push(...idReferences(t, KST_ID));
  const seen = new Set<string>();
  return out.filter((k) => {
    const key = `${k.dossier}#${k.number}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `http://host/` and `http://host` are one address; PDF writers add the slash, markdown may not. */
function canonicalUrl(url: string): string {
  return url.replace(/^(https?:\/\/[^/?#]+)\/$/, '$1');
}

/** Only web and mail addresses are addresses: `javascript:` and `data:` links are never kept. */
const SAFE_SCHEME = /^(https?:\/\/|mailto:)/i;

/** A web address written without its scheme (`www.tweedekamer.nl`), as a note's text may give it. */
const BARE_WWW = /(?<![\w./:@-])www\.[^\s<>()"']+[^\s<>()"'.,;:]/g;

/** An address without its scheme and trailing slash: how two writings of one address compare. */
const schemeless = (url: string): string => url.replace(/^https?:\/\//i, '').replace(/\/$/, '').toLowerCase();

function urlsOf(block: FootnoteBlock): string[] {
  const urls = [...block.urls, ...[...block.text.matchAll(URL)].map((m) => m[0])].filter((u) => SAFE_SCHEME.test(u.trim())).map(canonicalUrl);
  // An address the text writes as `www.…` with no link to it (a PDF without link annotations) is
  // a web address all the same: `http://` before it, as browsers read it.
  const known = new Set(urls.map(schemeless));
  for (const m of block.text.matchAll(BARE_WWW)) if (!known.has(schemeless(m[0]))) urls.push(canonicalUrl(`http://${m[0]}`));
  return inTextOrder([...new Set(urls)], block.text);
}

/**
 * The addresses in the order the text writes them, when it writes every one (a PDF's links come in
 * the order the producer made them, and an address the text breaks over two lines is known only
 * by its link); else as they came.
 */
function inTextOrder(urls: string[], text: string): string[] {
  const squashed = text.replace(/\s+/g, '').toLowerCase();
  // (Where the text writes the whole address, else where it writes its first characters: two
  // addresses on one site open alike.)
  const at = urls.map((u) => {
    const address = schemeless(u).replace(/\s+/g, '');
    const whole = squashed.indexOf(address);
    return whole >= 0 ? whole : squashed.indexOf(address.slice(0, 24));
  });
  if (at.some((i) => i < 0)) return urls;
  return urls.map((u, k) => ({ u, at: at[k] ?? 0, k })).sort((a, b) => a.at - b.at || a.k - b.k).map((x) => x.u);
}

function referencedNumbers(doc: SegmentedDocument): Set<number> {
  const refs = new Set<number>();
  for (const b of doc.model.blocks) {
    if (b.kind === 'paragraph') b.footnoteRefs?.forEach((n) => refs.add(n));
    if (b.kind === 'list') b.items.forEach((i) => i.footnoteRefs?.forEach((n) => refs.add(n)));
    if (b.kind === 'table') {
      for (const row of b.rows) {
        for (const cell of row.cells) {
          for (const c of cell.blocks) {
            if (c.kind === 'text') c.footnoteRefs?.forEach((n) => refs.add(n));
            else c.items.forEach((i) => i.footnoteRefs?.forEach((n) => refs.add(n)));
          }
        }
      }
    }
  }
  return refs;
}

/** Extracts the footnote definitions. */
export function extractFootnotes(doc: SegmentedDocument): FootnotesResult {
  const diagnostics: Diagnostic[] = [];
  const blocks = doc.model.blocks.filter((b): b is FootnoteBlock => b.kind === 'footnote');
  const footnotes: Footnote[] = blocks.map((b) => ({
    n: b.n,
    text: b.text,
    urls: urlsOf(b),
    kamerstukken: parseKamerstukken(b.text, b.urls),
    source: b.source,
  }));
  footnotes.sort((a, b) => a.n - b.n);
  const refs = referencedNumbers(doc);
  for (const f of footnotes) {
    if (!refs.has(f.n)) {
      diagnostics.push({ code: 'footnote-unreferenced', severity: 'info', message: `footnote ${f.n} has no marker in the text`, place: f.source });
    }
  }
  const present = new Set(footnotes.map((f) => f.n));
  const max = Math.max(0, ...present, ...refs);
  const gaps: Gap[] = [];
  for (let n = 1; n <= max; n++) {
    if (present.has(n)) continue;
    const prev = footnotes.filter((f) => f.n < n).pop();
    const next = footnotes.find((f) => f.n > n);
    const where = (f: Footnote | undefined) => (f ? `${f.n} (${describePlace(f.source)})` : '?');
    if (refs.has(n)) {
      // The text refers to it: the footnote is in the document, and most likely in the input too
      // (a PDF page holds the footnotes of its markers). Not read is not absent.
      diagnostics.push({
        code: 'content-unread',
        severity: 'error',
        message: `footnote ${n} is referenced in the text, but its definition was not read (footnotes jump from ${where(prev)} to ${where(next)})`,
        place: next?.source ?? prev?.source,
      });
      continue;
    }
    const reason = `not in the input: footnotes jump from ${where(prev)} to ${where(next)}; its marker is missing from the text too, so it most likely stood on a page lost in conversion`;
    gaps.push({ type: 'footnotes', key: String(n), reason, place: next?.source ?? prev?.source ?? {} });
    diagnostics.push({ code: 'footnote-missing', severity: 'warning', message: `footnote ${n} ${reason}`, place: next?.source });
  }
  return { footnotes, gaps, diagnostics };
}

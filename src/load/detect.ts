/**
 * Input bytes → input format, by content (the extension only breaks ties).
 *
 * PDF by its `%PDF-` signature; HTML by a doctype or `<html>` near the start; markdown for any
 * other valid UTF-8 text that is not JSON. Binary data, known binary containers and invalid UTF-8
 * are refused with a reason.
 */
import type { InputFormat } from '../model/document';
import { NdsError } from '../model/diagnostics';

const BINARY_SIGNATURES: [string, number[]][] = [
  ['a ZIP archive (e.g. .docx, .xlsx, .odt)', [0x50, 0x4b, 0x03, 0x04]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an old Word/Excel document', [0xd0, 0xcf, 0x11, 0xe0]],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Detects the format of `bytes`; throws NdsError for anything this tool cannot read. */
export function detectFormat(bytes: Uint8Array, name: string): { format: InputFormat; text: string | null } {
  if (bytes.length === 0) throw new NdsError('input-empty', 'the file is empty', name);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-') && head.indexOf('%PDF-') < 1024) return { format: 'pdf', text: null };
  for (const [what, sig] of BINARY_SIGNATURES) {
    if (startsWith(bytes, sig)) throw new NdsError('input-unsupported', `not a supported format: the file is ${what}`, name);
  }
  const text = decodeText(bytes, name);
  if (text.includes('\u0000')) throw new NdsError('input-unsupported', 'not a supported format: binary data (NUL bytes)', name);
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start === '') throw new NdsError('input-empty', 'the file holds only white space', name);
  if (/^(<!doctype html|<html[\s>])/i.test(start) || /^<\?xml[^>]*>\s*<html/i.test(start)) return { format: 'html', text };
  if ((start.startsWith('{') || start.startsWith('[')) && isJson(start)) {
    throw new NdsError('input-unsupported', 'not a supported format: JSON data (expected .md, .pdf or .html)', name);
  }
  if (/^%PDF/.test(start)) return { format: 'pdf', text: null };
  return { format: 'markdown', text };
}

/** Text encodings announced by a byte-order mark. */
const BOMS: [string, number[]][] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/**
 * Bytes → text: the encoding its byte-order mark names (UTF-8, UTF-16 LE/BE), else UTF-8. Text in
 * another 8-bit encoding is refused with its likely name and the command that converts it.
 */
function decodeText(bytes: Uint8Array, name: string): string {
  for (const [encoding, bom] of BOMS) {
    if (!startsWith(bytes, bom)) continue;
    try {
      return new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(bom.length));
    } catch {
      throw new NdsError('input-encoding', `the file starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()} text`, name);
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (looksLikeLatin1(bytes)) {
      throw new NdsError(
        'input-encoding',
        'the text is not UTF-8: it looks like Latin-1 / Windows-1252; convert it first (iconv -f windows-1252 -t utf-8 IN > OUT)',
        name,
      );
    }
    throw new NdsError('input-unsupported', 'not a supported format: binary data (not UTF-8 text, not a PDF)', name);
  }
}

/** Text in a single-byte encoding: no control bytes besides white space, some bytes above 0x7f. */
function looksLikeLatin1(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 65536);
  let high = 0;
  for (const b of sample) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
    if (b >= 0x80) high++;
  }
  return high > 0 && high < sample.length / 4;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

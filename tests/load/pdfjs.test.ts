import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load';
import { deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { openPdf, readPages } from '../../src/load/pdf';
import { inflateInOneCall, loadPdfjs, NodeDecompressionStream } from '../../src/load/pdf/pdfjs';
import { minimalPdf, textContent } from '../helpers/pdf';

// A built-in method is no constructor and has no own `prototype`; a polyfill written as a plain
// function has one (its source is no tell: core-js makes toString() print `[native code]`).
const native = (f: unknown): boolean => typeof f === 'function' && !Object.hasOwn(f, 'prototype');

describe('loadPdfjs', () => {
  it('leaves the built-ins that core-js would replace native, keeps what it adds, and pdfjs still reads', async () => {
    const { getDocument } = await loadPdfjs();
    for (const f of [Array.prototype.push, JSON.parse, JSON.stringify, Function.prototype.toString]) expect(native(f)).toBe(true);
    // Added by the polyfills (Node 20 lacks them), used by pdfjs: still there.
    expect(typeof (Promise as unknown as { withResolvers?: unknown }).withResolvers).toBe('function');
    // A one-page PDF with one line of text, read after the restore.
    const pdf = [
      '%PDF-1.4',
      '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
      '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj',
      '4 0 obj << /Length 52 >> stream',
      'BT /F1 12 Tf 20 100 Td (Proeftuin Nederland) Tj ET',
      'endstream endobj',
      '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
      'trailer << /Root 1 0 R >>',
      '%%EOF',
    ].join('\n');
    const doc = await getDocument({ data: new TextEncoder().encode(pdf), verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
    const page = await doc.getPage(1);
    const text = await page.getTextContent();
    expect(text.items.map((i) => ('str' in i ? i.str : '')).join('')).toBe('Proeftuin Nederland');
    await doc.destroy();
    expect(native(Array.prototype.push)).toBe(true);
  });

  it("puts Node's own Response back after pdfjs loaded against a stand-in (no fetch implementation loaded for it)", async () => {
    await loadPdfjs();
    const response = new Response('Proeftuin Nederland', { headers: { 'content-type': 'text/plain' } });
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(await response.text()).toBe('Proeftuin Nederland');
  });
});

describe('pdfjsData', () => {
  it('gives pdfjs its own font data for a standard font the PDF does not embed (Helvetica): read with no warning', async () => {
    const model = await loadDocument(minimalPdf([textContent([[72, 700, 'Proeftuin Nederland: Groningen en Eindhoven.']])]), 'helvetica.pdf');
    expect(model.blocks.map((b) => ('text' in b ? b.text : ''))).toEqual(['Proeftuin Nederland: Groningen en Eindhoven.']);
    expect(model.diagnostics?.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

/** Inflates as pdfjs does (asyncGetBytesFromDecompressionStream): one chunk in, the output read whole; an error as its code. */
async function inflateAsPdfjs(Stream: unknown, bytes: Uint8Array, format = 'deflate'): Promise<string> {
  try {
    const { readable, writable } = new (Stream as typeof DecompressionStream)(format as never);
    const writer = writable.getWriter();
    await writer.ready;
    writer.write(bytes).then(async () => {
      await writer.ready;
      await writer.close();
    }).catch(() => undefined);
    const chunks: Uint8Array[] = [];
    for await (const chunk of readable as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
    return Buffer.concat(chunks).toString('latin1');
  } catch (error) {
    return `error ${(error as { code?: string }).code ?? (error as Error).name}`;
  }
}

describe('inflating in one call (what pdfjs decompresses its streams with)', () => {
  const content = 'BT /F1 11 Tf 72 700 Td (Proeftuin Nederland: Groningen, Eindhoven) Tj ET\n'.repeat(200);
  const z = deflateSync(Buffer.from(content, 'latin1'));
  const damaged = Buffer.from(z);
  damaged[200] = (damaged[200] ?? 0) ^ 0xff;
  damaged[201] = (damaged[201] ?? 0) ^ 0x55;
  const badChecksum = Buffer.from(z);
  badChecksum[badChecksum.length - 1] = (badChecksum[badChecksum.length - 1] ?? 0) ^ 1;
  const cases: [string, Uint8Array, string?][] = [
    ['whole', z],
    ['cut in half', z.subarray(0, z.length >> 1)],
    ['with bytes after its end (a line break before endstream)', Buffer.concat([z, Buffer.from('\r\n')])],
    ['damaged in the middle', damaged],
    ['with a wrong checksum', badChecksum],
    ['empty', new Uint8Array(0)],
    ['raw deflate read as zlib', deflateRawSync(Buffer.from(content))],
    ['raw deflate', deflateRawSync(Buffer.from(content)), 'deflate-raw'],
    ['gzip', gzipSync(Buffer.from(content)), 'gzip'],
    ['a format Node reads or refuses (brotli)', z, 'brotli'],
  ];

  it.each(cases)('gives what Node\'s DecompressionStream gives: %s', async (_name, bytes, format) => {
    const ours = await inflateAsPdfjs(inflateInOneCall, new Uint8Array(bytes), format);
    expect(ours).toBe(await inflateAsPdfjs(NodeDecompressionStream, new Uint8Array(bytes), format));
  });

  it('inflates the whole stream, and refuses a cut or damaged one as zlib does', async () => {
    expect(await inflateAsPdfjs(inflateInOneCall, new Uint8Array(z))).toBe(content);
    expect(await inflateAsPdfjs(inflateInOneCall, new Uint8Array(z.subarray(0, z.length >> 1)))).toBe('error Z_BUF_ERROR');
    expect(await inflateAsPdfjs(inflateInOneCall, new Uint8Array(badChecksum))).toBe('error Z_DATA_ERROR');
  });

  it('is what pdfjs inflates with once loaded, and a page compressed whole or damaged reads as with Node\'s own', async () => {
    await loadPdfjs();
    expect(globalThis.DecompressionStream).toBe(inflateInOneCall);
    const text = (line: string, y: number) => `BT /F1 11 Tf 72 ${y} Td (${line}) Tj ET`;
    const lines = Array.from({ length: 40 }, (_, k) => text(`Regel ${k + 1}: de overheid werkt aan digitale inclusie in Nederland.`, 780 - k * 18)).join('\n');
    const packed = deflateSync(Buffer.from(lines, 'latin1'));
    const cut = Buffer.from(packed);
    cut[Math.floor(cut.length / 2)] = (cut[Math.floor(cut.length / 2)] ?? 0) ^ 0xff;
    const pdf = (stream: Buffer): Uint8Array => {
      const head = Buffer.from(
        [
          '%PDF-1.4',
          '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
          '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
          '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj',
          '5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj',
          `4 0 obj << /Length ${stream.length} /Filter /FlateDecode >> stream\n`,
        ].join('\n'),
        'latin1',
      );
      return new Uint8Array(Buffer.concat([head, stream, Buffer.from('\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1')]));
    };
    const read = async (bytes: Uint8Array) => {
      const { lib, doc } = await openPdf(bytes, 'flate.pdf');
      const [page] = await readPages(doc, lib.OPS as unknown as Record<string, number>, [1]);
      await doc.destroy();
      return { texts: page?.runs.map((r) => r.text), lost: page?.damage?.lost ?? false };
    };
    const whole = await read(pdf(packed));
    expect(whole.texts).toHaveLength(40);
    expect(whole.texts?.[39]).toBe('Regel 40: de overheid werkt aan digitale inclusie in Nederland.');
    const damagedOurs = await read(pdf(cut));
    globalThis.DecompressionStream = NodeDecompressionStream;
    try {
      expect(await read(pdf(packed))).toEqual(whole);
      expect(await read(pdf(cut))).toEqual(damagedOurs);
    } finally {
      globalThis.DecompressionStream = inflateInOneCall as unknown as typeof DecompressionStream;
    }
    // (The damaged stream reads as far as its damage, then pdfjs's own decoder takes over.)
    expect(damagedOurs.texts?.length).toBeLessThan(40);
  });
});

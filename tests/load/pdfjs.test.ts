import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load';
import { loadPdfjs } from '../../src/load/pdf/pdfjs';
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

import { markdownText } from './fixture';
/**
 * Builds small, valid PDFs for tests: one page per content stream, Helvetica for text, with a
 * correct cross-reference table. Enough to make pdfjs read exactly what a test needs.
 */
export function minimalPdf(
  pages: string[],
  options: { mediaBox?: [number, number, number, number]; form?: [number, number, number, number, number, number]; layers?: { on: boolean }[]; links?: { rect: [number, number, number, number]; url: string; printable: boolean; flags?: number; onPages?: number[] }[]; encoding?: string } = {},
): Uint8Array {
  const box = options.mediaBox ?? [0, 0, 595, 842];
  const objects: string[] = [];
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesObj = add('');
  // (`encoding`: the text font's encoding, when not WinAnsi: a Differences array naming other glyphs.)
  const font = add(`<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding ${options.encoding ?? '/WinAnsiEncoding'} >>`);
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  // (`layers`: optional content groups a page's content names /L0, /L1, …, each shown or switched off.)
  const layers = (options.layers ?? []).map((l, k) => ({ ...l, ref: add(`<< /Type /OCG /Name (Layer ${k}) >>`) }));
  const properties = layers.length > 0 ? ` /Properties << ${layers.map((l, k) => `/L${k} ${l.ref} 0 R`).join(' ')} >>` : '';
  const fonts = `/Font << /F1 ${font} 0 R /F2 ${bold} 0 R >>${properties}`;
  for (const content of pages) {
    // (`form`: the page's content drawn as a form with this matrix, as a print scaled to fit a sheet wraps it.)
    const form = options.form ? add(`<< /Type /XObject /Subtype /Form /BBox [${box.join(' ')}] /Matrix [${options.form.join(' ')}] /Resources << ${fonts} >> /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`) : null;
    const drawn = form ? 'q /Fm0 Do Q' : content;
    const stream = add(`<< /Length ${Buffer.byteLength(drawn, 'latin1')} >>\nstream\n${drawn}\nendstream`);
    const resources = form ? `<< /XObject << /Fm0 ${form} 0 R >> >>` : `<< ${fonts} >>`;
    // (`links`: link annotations on every page (or on the pages `onPages` names), with the print flag
    // or without it, as WeasyPrint writes them, or with the annotation flags `flags`.)
    const annots = (options.links ?? [])
      .filter((l) => !l.onPages || l.onPages.includes(kids.length + 1))
      .map((l) => add(`<< /Type /Annot /Subtype /Link /Rect [${l.rect.join(' ')}] /Border [0 0 0]${l.flags !== undefined ? ` /F ${l.flags}` : l.printable ? ' /F 4' : ''} /A << /S /URI /URI (${l.url}) >> >>`));
    const annotsKey = annots.length > 0 ? ` /Annots [${annots.map((a) => `${a} 0 R`).join(' ')}]` : '';
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [${box.join(' ')}] /Resources ${resources} /Contents ${stream} 0 R${annotsKey} >>`));
  }
  const ocProperties = layers.length > 0 ? ` /OCProperties << /OCGs [${layers.map((l) => `${l.ref} 0 R`).join(' ')}] /D << /OFF [${layers.filter((l) => !l.on).map((l) => `${l.ref} 0 R`).join(' ')}] >> >>` : '';
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R${ocProperties} >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

export interface TextStyle {
  bold?: boolean;
  size?: number;
}

/** A content stream that writes texts at the given baselines (Helvetica, or Helvetica-Bold). */
export function textContent(lines: [number, number, string, TextStyle?][], size = 11): string {
  return lines
    .map(([x, y, text, style]) => {
      const escaped = Buffer.from(text.replace(/[()\\]/g, (c) => `\\${c}`), 'latin1').toString('latin1');
      return `BT /${style?.bold ? 'F2' : 'F1'} ${style?.size ?? size} Tf ${x} ${y} Td (${escaped}) Tj ET`;
    })
    .join('\n');
}

/** Lines of the markdown edition's running prose (paragraphs of eight words or more), in order. */
export function proseLines(count: number): string[] {
  return markdownText()
    .split('\n')
    .filter((l) => /^[A-Z]/.test(l) && l.split(' ').length >= 8 && !l.includes('|'))
    .slice(0, count)
    .map((l) => l.slice(0, 90));
}

/**
 * Text as pdfjs gives it from a TrueType font embedded without a Unicode mapping whose glyphs are in
 * the standard Macintosh order (glyph 3 is the space): every printable ASCII character 29 codes
 * lower. Spaces stay (they are positions in a PDF).
 */
export function glyphNumbers(text: string): string {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 29));
}

/**
 * Text as a producer sets it that reads UTF-8 as Latin-1 (html2ps): each byte a character, the
 * bytes a Latin-1 font has no glyph for (U+0080–U+009F) lost: `ë` → `Ã«`, `€` → `â¬`.
 */
export function readAsLatin1(text: string): string {
  return [...Buffer.from(text, 'utf8')].filter((b) => b < 0x80 || b > 0x9f).map((b) => String.fromCharCode(b)).join('');
}

/**
 * A page that is a picture of a page — a scan without a text layer among pages that have one, the
 * images covering half of it or more and hardly any text on it — is not read, and said
 * (`pdf-page-image`, src/load/pdf.ts); a picture beside text, or under it, is nothing to say.
 */
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/index';
import { pictureShare } from '../../src/load/pdf/page-data';
import { minimalPdf, proseLines, textContent } from '../helpers/pdf';

/** A grey image, two pixels square (an inline image, hex-coded), drawn over the box `x y w h`. */
const image = (x: number, y: number, w: number, h: number): string => `q ${w} 0 0 ${h} ${x} ${y} cm BI /W 2 /H 2 /BPC 8 /CS /G /F /AHx ID 80A0C0E0> EI Q`;

/**
 * Letters drawn as shapes (each a curve filled, `w` wide and 7 pt high): `lines` lines of `perLine`
 * from the top, as a print whose fonts were turned into outlines draws its text.
 */
const outlines = (lines: number, perLine: number, w = 5): string =>
  Array.from({ length: lines * perLine }, (_, k) => {
    const x = 56 + (k % perLine) * (w + 1);
    const y = 780 - 14 * Math.floor(k / perLine);
    return `${x} ${y} m ${x + 1} ${y + 7} ${x + w - 1} ${y + 7} ${x + w} ${y} c h f`;
  }).join('\n');

/** A page of the markdown edition's prose, a line every 14 pt from the top. */
const prose = (count: number, from = 0): string => textContent(proseLines(from + count).slice(from).map((t, k) => [56, 780 - 14 * k, t] as [number, number, string]), 10);

const pictures = async (pages: string[], mediaBox?: [number, number, number, number]): Promise<[number | undefined, string][]> => {
  const model = await loadDocument(minimalPdf(pages, mediaBox ? { mediaBox } : {}), 'scan.pdf');
  return (model.diagnostics ?? []).filter((d) => d.code === 'pdf-page-image').map((d) => [d.place?.page, `${d.severity}: ${d.message}`]);
};

describe('pages that are pictures', () => {
  it('says a page drawn as one image with no text over it is a picture whose content was not read', async () => {
    expect(await pictures([prose(20), image(0, 0, 595, 842), prose(20, 20)])).toEqual([
      [2, 'warning: the page is a picture (images cover 100 % of it) with no text to read: a scanned page without a text layer? What it shows was not read; run OCR on the PDF (e.g. ocrmypdf) to read it'],
    ]);
  });

  it('counts a scan placed with a margin, and one in strips, by the share of the page they cover; a page number stamped on it is no text', async () => {
    const strips = [0, 1, 2, 3].map((k) => image(40, 60 + 180 * k, 515, 180)).join('\n');
    const stamped = `${strips}\n${textContent([[290, 30, '41']], 9)}`;
    expect((await pictures([prose(20), stamped], [0, 0, 595, 842])).map(([page, message]) => [page, message.match(/cover (\d+) %/)?.[1]])).toEqual([[2, '74']]);
  });

  it('says nothing of a photograph beside the text, a picture under the text, or an image covering less than half of an empty page', async () => {
    const photo = `${prose(12)}\n${image(56, 100, 480, 400)}`;
    const background = `${image(0, 0, 595, 842)}\n${prose(30)}`;
    const small = image(100, 100, 300, 500);
    expect(await pictures([prose(20), photo, background, small])).toEqual([]);
  });

  it('says a page that draws its text as letter-sized shapes, with no letters, draws text it did not read', async () => {
    expect(await pictures([prose(20), outlines(30, 12), prose(20, 20)])).toEqual([
      [2, 'warning: the page draws its text as shapes (360 letter-sized outlines) with no letters to read: its fonts turned into outlines? What it shows was not read; run OCR on the PDF (e.g. ocrmypdf) to read it'],
    ]);
  });

  it('says nothing of a few icons or bullets drawn as shapes, nor of a logo: no page of letters', async () => {
    const logo = '100 300 m 200 700 400 700 500 300 c h f';
    expect(await pictures([prose(20), outlines(4, 12), logo, `${logo}\n${outlines(1, 12)}`])).toEqual([]);
  });

  it('refuses a PDF whose every page draws its text as shapes, and says so rather than guessing a scan', async () => {
    await expect(loadDocument(minimalPdf([outlines(30, 12), outlines(20, 12)]), 'outlined.pdf')).rejects.toThrow(
      'the PDF has no text to extract: its pages draw their text as shapes, not as letters (fonts turned into outlines); run OCR first',
    );
    await expect(loadDocument(minimalPdf([image(0, 0, 595, 842)]), 'scan.pdf')).rejects.toThrow('the PDF has no text to extract (scanned images without a text layer?); run OCR first');
  });

  it('measures the share of the page images cover within its box', () => {
    const view = { x0: 0, y0: 0, x1: 100, y1: 200 };
    expect(pictureShare([], view)).toBe(0);
    expect(pictureShare([{ x0: -50, y0: -50, x1: 50, y1: 250 }], view)).toBe(0.5);
    expect(pictureShare([{ x0: 0, y0: 0, x1: 100, y1: 200 }, { x0: 0, y0: 0, x1: 100, y1: 200 }], view)).toBe(1);
  });
});

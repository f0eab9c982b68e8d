// Renderings of fixtures/nds-2020.html that no test reads (175): style sheets and producers the committed
// matrix (scripts/render-producers.mjs, tests/fixtures/producers) does not use, for measuring the PDF
// loader on layouts it was not built against (issue #10: acceptance is measured on renderings not
// seen). Nothing here is committed as a PDF, and no test depends on it: run it, then score the
// files against the markdown edition with scripts/score.ts.
//
//   node scripts/held-out.mjs DIR [name …]     (needs chromium, weasyprint, wkhtmltopdf,
//                                               libreoffice-writer, ghostscript, poppler-utils, fonts)
//   npx tsx scripts/score.ts DIR/*.pdf
//
// Each job writes the file it is given, DIR/<name>.pdf; the re-distillations (gs-, cairo-, ps-)
// start from renderings the same run made. A rendering where a producer fails is said and skipped.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pdftex } from './pandoc-tex.mjs';
import { groff } from './pandoc-groff.mjs';

const [dir, ...only] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node scripts/held-out.mjs DIR [name …]');
  process.exit(2);
}
const OUT = resolve(dir);
mkdirSync(OUT, { recursive: true });
const html = readFileSync(new URL('../fixtures/nds-2020.html', import.meta.url), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'nds-held-out-'));
/** The HTML with its style replaced: the 2020 edition's, or a derived edition's (`inEdition`). */
const styled = (css) => (typeof css === 'string' ? { css, source: html } : css).source.replace(/<style>[\s\S]*?<\/style>/, () => `<style>${typeof css === 'string' ? css : css.css}</style>`);
/** A style applied to one of the derived editions (tests/fixtures/editions/NAME.html) instead of 2020's. */
const inEdition = (name, css) => ({ css, source: readFileSync(new URL(`../tests/fixtures/editions/${name}.html`, import.meta.url), 'utf8') });
const B = (size = 10, lh = 1.35) => `body { font-size: ${size}pt; line-height: ${lh}; } h1 { font-size: ${size * 1.8}pt; } h2 { font-size: ${size * 1.4}pt; } h3 { font-size: ${size * 1.2}pt; } h4,h5,h6 { font-size: ${size * 1.05}pt; }
  table { border-collapse: collapse; width: 100%; margin: 8pt 0; } td, th { vertical-align: top; padding: 3pt; text-align: left; }
  ul { margin: 0 0 0 12pt; padding: 0; } li { margin: 0; } p { margin: 0 0 6pt 0; } td p { margin: 0 0 3pt 0; } .fn { font-size: ${size * 0.75}pt; }`;
const S = {
  smallcaps: `@page { size: A4; margin: 20mm; } ${B()} body { font-family: 'DejaVu Serif', serif; } table.wide { font-size: 7.5pt; } th { font-variant: small-caps; border-bottom: 1pt solid #000; } td { border-bottom: 0.4pt solid #aaa; }`,
  italichead: `@page { size: A4; margin: 18mm; } ${B(9.5)} body { font-family: 'Liberation Serif', serif; } table.wide { font-size: 7pt; } th { font-style: italic; font-weight: normal; border-bottom: 0.8pt solid #000; }`,
  justified: `@page { size: A4; margin: 20mm; } ${B(10)} body { font-family: 'Liberation Sans', sans-serif; text-align: justify; hyphens: auto; } table.wide { font-size: 7.5pt; } td { text-align: justify; } td, th { border: 0.5pt solid #777; }`,
  twocol: `@page { size: A4; margin: 16mm; } ${B(9)} body { font-family: 'DejaVu Sans', sans-serif; column-count: 2; column-gap: 8mm; } table.wide, table.narrow { column-span: all; font-size: 7pt; } td, th { border: 0.4pt solid #999; }`,
  upperhead: `@page { size: A4 landscape; margin: 14mm; } ${B(9)} body { font-family: 'Lato', sans-serif; } table.wide { font-size: 7.5pt; } th { text-transform: uppercase; letter-spacing: 0.5pt; background: #444; color: #fff; } tbody tr:nth-child(even) td { background: #f2f2f2; }`,
  lato: `@page { size: Letter; margin: 22mm 18mm; } ${B(10.5, 1.45)} body { font-family: 'Lato', sans-serif; } table.wide { font-size: 8pt; } td, th { border-top: 0.3pt solid #ccc; padding: 4pt 3pt; } th { background: #e0eef8; }`,
  bigpad: `@page { size: A4; margin: 25mm; } ${B(9)} body { font-family: 'TeX Gyre Heros', sans-serif; } table.wide { font-size: 7pt; } td, th { padding: 6pt 8pt; border-bottom: 1pt solid #dde; }`,
  serifgrid: `@page { size: A4; margin: 20mm; } ${B(10)} body { font-family: 'TeX Gyre Termes', serif; } table.wide { font-size: 7.5pt; } td, th { border: 0.3pt solid #000; padding: 2pt; } th { background: #eee; }`,
};
Object.assign(S, {
  wjust: `@page { size: A4; margin: 18mm; } ${B(9.5)} body { font-family: 'DejaVu Serif', serif; text-align: justify; hyphens: auto; } table.wide { font-size: 7pt; } td { text-align: justify; hyphens: auto; } td, th { border-bottom: 0.4pt solid #888; }`,
  cmiddle: `@page { size: A4 landscape; margin: 12mm; } ${B(9)} body { font-family: 'Liberation Sans', sans-serif; } table.wide { font-size: 7.5pt; } td, th { vertical-align: middle; text-align: justify; } th { background: #203040; color: #fff; } tbody tr:nth-child(odd) td { background: #eef; }`,
  ksmall: `${B(9)} body { font-family: 'DejaVu Sans', sans-serif; } table.wide { font-size: 7pt; } th { font-variant: small-caps; border-bottom: 1pt solid #000; }`,
  cletter8: `@page { size: Letter landscape; margin: 10mm; } ${B(8, 1.25)} body { font-family: 'TeX Gyre Heros', sans-serif; } table.wide { font-size: 6.5pt; } td, th { padding: 1.5pt 2pt; border: 0.3pt solid #999; }`,
  wunder: `@page { size: A4; margin: 20mm; } ${B(10)} body { font-family: 'Lato', sans-serif; } table.wide { font-size: 7.5pt; } th { text-decoration: underline; font-weight: 600; } td { border-top: 0.3pt dotted #666; }`,
  cbottom: `@page { size: A4; margin: 20mm; } ${B(9.5)} body { font-family: 'Liberation Serif', serif; } table.wide { font-size: 7.5pt; } td, th { vertical-align: bottom; } th { border-bottom: 2pt solid #000; } td { border-bottom: 0.3pt solid #ccc; }`,
  wlight: `@page { size: A4 landscape; margin: 15mm; } ${B(9)} body { font-family: 'TeX Gyre Termes', serif; } table.wide { font-size: 8pt; } th { font-weight: normal; color: #777; border-bottom: 0.5pt solid #777; text-transform: uppercase; font-size: 6.5pt; }`,
});
const chromium = (css, o) => { const i = join(work, 'c.html'); writeFileSync(i, styled(css)); execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${o}`, `file://${i}`], { stdio: 'ignore' }); };
const weasy = (css, o) => { const i = join(work, 'w.html'); writeFileSync(i, styled(css)); execFileSync('weasyprint', ['-q', i, o], { stdio: 'ignore' }); };
const wk = (css, o, args = []) => { const i = join(work, 'k.html'); writeFileSync(i, styled(css)); execFileSync('wkhtmltopdf', ['-q', ...args, i, o], { stdio: 'ignore' }); };
const lo = (css, o) => { const i = join(work, 'nds.html'); writeFileSync(i, styled(css)); execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(work, 'lo')}`, '--convert-to', 'pdf:writer_pdf_Export', '--outdir', work, i], { stdio: 'ignore' }); copyFileSync(join(work, 'nds.pdf'), o); };
/** Chromium's print with its own header and footer (date, title, address, page numbers) left on. */
const chromiumWithMargins = (css, o) => { const i = join(work, 'c.html'); writeFileSync(i, styled(css)); execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--print-to-pdf=${o}`, `file://${i}`], { stdio: 'ignore' }); };
/** A rendering made by this run, made first when asked for alone. */
const from = (name) => {
  const path = `${OUT}/${name}.pdf`;
  if (!existsSync(path)) jobs[name](path);
  return path;
};
/** LibreOffice with its own filter options (a JSON of them, as `--convert-to` takes after the filter name). */
const loWith = (css, o, options) => { const i = join(work, 'nds.html'); writeFileSync(i, styled(css)); execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(work, 'lo')}`, '--convert-to', `pdf:writer_pdf_Export:${JSON.stringify(options)}`, '--outdir', work, i], { stdio: 'ignore' }); copyFileSync(join(work, 'nds.pdf'), o); };
/** The HTML saved by LibreOffice as a Word document, that document then exported as a PDF (Word's flow). */
const viaDocx = (css, o) => {
  const i = join(work, 'nds.html');
  writeFileSync(i, styled(css));
  const run = (args) => execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(work, 'lo')}`, ...args], { stdio: 'ignore' });
  run(['--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, i]);
  run(['--convert-to', 'pdf:writer_pdf_Export', '--outdir', work, join(work, 'nds.docx')]);
  copyFileSync(join(work, 'nds.pdf'), o);
};
const gs = (input, o, extra = []) => execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', ...extra, `-sOutputFile=${o}`, input], { stdio: 'ignore' });
const cairo = (input, o) => execFileSync('pdftocairo', ['-pdf', input, o], { stdio: 'ignore' });
const viaPostScript = (input, o) => {
  const ps = join(work, 'print.ps');
  execFileSync('pdftops', [input, ps], { stdio: 'ignore' });
  execFileSync('ps2pdf', [ps, o], { stdio: 'ignore' });
};
/** pdfTeX by way of pandoc (see pandoc-tex.mjs), with pandoc's template variables `vars`. */
const tex = (vars, o, tableSize) => pdftex(html, work, o, vars, tableSize);
const jobs = {
  // Small capitals, italic, upper-case, underlined and light headers; justified and hyphenated
  // cells; two text columns; padding; several typefaces; Letter landscape in 8 pt.
  'c-smallcaps': (o) => chromium(S.smallcaps, o),
  'w-smallcaps': (o) => weasy(S.smallcaps, o),
  'c-italichead': (o) => chromium(S.italichead, o),
  'lo-italichead': (o) => lo(S.italichead, o),
  'c-justified': (o) => chromium(S.justified, o),
  'lo-justified': (o) => lo(S.justified, o),
  'c-twocol': (o) => chromium(S.twocol, o),
  'w-twocol': (o) => weasy(S.twocol, o),
  'c-upperhead': (o) => chromium(S.upperhead, o),
  'w-upperhead': (o) => weasy(S.upperhead, o),
  'c-lato': (o) => chromium(S.lato, o),
  'k-lato': (o) => wk(S.lato, o, ['--page-size', 'Letter']),
  'w-bigpad': (o) => weasy(S.bigpad, o),
  'k-serifgrid': (o) => wk(S.serifgrid, o, ['--page-size', 'A4']),
  'c-serifgrid': (o) => chromium(S.serifgrid, o),
  'lo-bigpad': (o) => lo(S.bigpad, o),
  'w-under2': (o) => weasy(`@page { size: A4; margin: 20mm; } ${B(10)} body { font-family: 'Lato', sans-serif; } table.wide { font-size: 7.5pt; } th { text-decoration: underline; font-weight: 600; }`, o),
  'w-dotted': (o) => weasy(`@page { size: A4; margin: 20mm; } ${B(10)} body { font-family: 'Lato', sans-serif; } table.wide { font-size: 7.5pt; } td { border-top: 0.3pt dotted #666; }`, o),
  'w-just': (o) => weasy(S.wjust, o),
  'c-just': (o) => chromium(S.wjust, o),
  'c-middle': (o) => chromium(S.cmiddle, o),
  'k-smallcaps': (o) => wk(S.ksmall, o, ['--page-size', 'A4']),
  'c-letter8': (o) => chromium(S.cletter8, o),
  'w-under': (o) => weasy(S.wunder, o),
  'c-bottom': (o) => chromium(S.cbottom, o),
  'w-light': (o) => weasy(S.wlight, o),
  'k-middle': (o) => wk(S.cmiddle, o, ['-O', 'Landscape']),
  'lo-serifgrid': (o) => lo(S.serifgrid, o),
  'lo-lato': (o) => lo(S.lato, o),
  'lo-upperhead': (o) => lo(S.upperhead, o),
  'lo-smallcaps': (o) => lo(S.smallcaps, o),
  'lo-big': (o) => lo(`${B(11.5, 1.2)} body { font-family: 'DejaVu Sans', sans-serif; } table.wide { font-size: 9pt; } td, th { border-bottom: 0.5pt solid #000; }`, o),
  'lo-small': (o) => lo(`${B(8, 1.5)} body { font-family: 'Liberation Serif', serif; } table.wide { font-size: 6.5pt; } th { background: #ccc; }`, o),
  // Double rules, column rules only, A5, separated row fills, centred cells, LibreOffice grids and
  // shaded headers, double spacing, large type, monospace, hanging indents, narrow type.
  'c-double': (o) => chromium(`@page { size: A4; margin: 18mm; } ${B(10.5)} body { font-family: 'Liberation Serif', serif; } table.wide { font-size: 8pt; } td, th { border: 3px double #333; padding: 2pt 4pt; }`, o),
  'k-leftrules': (o) => wk(`${B(9)} body { font-family: 'DejaVu Sans', sans-serif; } table.wide { font-size: 7pt; } td, th { border-left: 0.6pt solid #000; } th { border-bottom: 0.6pt solid #000; }`, o, ['--page-size', 'A4']),
  'c-a5': (o) => chromium(`@page { size: A5; margin: 10mm; } ${B(8)} body { font-family: 'DejaVu Sans', sans-serif; } table.wide { font-size: 5.5pt; } td, th { border: 0.3pt solid #666; padding: 1.5pt; }`, o),
  'w-spacing': (o) => weasy(`@page { size: A4; margin: 20mm; } ${B(10)} body { font-family: 'Lato', sans-serif; } table.wide { font-size: 7.5pt; } table { border-collapse: separate; border-spacing: 0 3pt; } td { background: #f2f2f2; } th { background: #333; color: #fff; }`, o),
  'c-centerall': (o) => chromium(`@page { size: A4 landscape; margin: 14mm; } ${B(9.5)} body { font-family: 'TeX Gyre Heros', sans-serif; } table.wide { font-size: 8pt; } td, th { text-align: center; vertical-align: middle; border-bottom: 0.4pt solid #999; }`, o),
  'lo-serifgrid9': (o) => lo(`${B(9)} body { font-family: 'DejaVu Serif', serif; } table.wide { font-size: 7pt; } td, th { border: 0.5pt solid #000; }`, o),
  'lo-fillhead': (o) => lo(`${B(10)} body { font-family: 'Liberation Sans', sans-serif; } table.wide { font-size: 8pt; } th { background: #1f3864; color: #fff; }`, o),
  'w-double': (o) => weasy(`@page { size: A4; margin: 22mm; } ${B(10, 1.9)} body { font-family: 'Liberation Serif', serif; } table.wide { font-size: 8pt; line-height: 1.6; } td, th { border-bottom: 0.5pt solid #444; }`, o),
  'k-big': (o) => wk(`${B(12, 1.3)} body { font-family: 'DejaVu Serif', serif; } table.wide { font-size: 9pt; }`, o, ['--page-size', 'A4']),
  'c-mono': (o) => chromium(`@page { size: A4; margin: 15mm; } ${B(9)} body { font-family: 'DejaVu Sans Mono', monospace; } table.wide { font-size: 7pt; } td, th { border: 0.4pt solid #000; }`, o),
  'w-hanging': (o) => weasy(`@page { size: A4; margin: 20mm; } ${B(10)} body { font-family: 'TeX Gyre Pagella', serif; } table.wide { font-size: 7.5pt; } td { padding-left: 10pt; text-indent: -6pt; } th { border-bottom: 1pt solid #000; }`, o),
  'c-narrow': (o) => chromium(`@page { size: A4; margin: 18mm; } ${B(9.5)} body { font-family: 'Liberation Sans Narrow', sans-serif; letter-spacing: -0.1pt; } table.wide { font-size: 7pt; } td, th { border-bottom: 0.3pt solid #999; } th { background: #ddd; }`, o),
  // Row bars, an outer frame with running headers, LibreOffice landscape and centred, zebra rows
  // with justified cells, large upper-case headers, square bullets, vertical rules only, tall
  // padding, letter spacing, wkhtmltopdf Letter landscape in 11 pt.
  'c-bars': (o) => chromium(`@page { size: A4; margin: 16mm; } ${B(10)} body { font-family: 'Lato', sans-serif; } table.wide { font-size: 7.5pt; } table { border-collapse: separate; border-spacing: 0 2pt; } th { background: #154273; color: #fff; } td { background: #eef2f7; } td:first-child { font-weight: bold; }`, o),
  'w-frame': (o) => weasy(`@page { size: A4; margin: 22mm 20mm; @top-center { content: "Nederlandse Digitaliseringsstrategie 2020"; font-size: 8pt; } @bottom-center { content: counter(page); font-size: 8pt; } } ${B(10)} body { font-family: 'TeX Gyre Bonum', serif; } table.wide { font-size: 7.5pt; } table { border: 1pt solid #000; }`, o),
  'lo-landscape': (o) => lo(`@page { size: A4 landscape; } ${B(10)} body { font-family: 'Liberation Sans', sans-serif; } table.wide { font-size: 8pt; } td, th { border-bottom: 0.5pt solid #666; }`, o),
  'k-zebrajust': (o) => wk(`${B(10)} body { font-family: 'Liberation Serif', serif; } table.wide { font-size: 8pt; } td { text-align: justify; } th { text-align: center; background: #ccc; } tbody tr:nth-child(even) td { background: #f0f0f0; }`, o, ['--page-size', 'A4']),
  'c-bighead': (o) => chromium(`@page { size: A4 landscape; margin: 15mm; } ${B(9)} body { font-family: 'TeX Gyre Adventor', sans-serif; } table.wide { font-size: 7pt; } th { font-size: 9pt; text-transform: uppercase; border-bottom: 2pt solid #000; }`, o),
  'w-squares': (o) => weasy(`@page { size: A4; margin: 20mm; } ${B(10)} body { font-family: 'DejaVu Sans', sans-serif; } table.wide { font-size: 7pt; } td ul { list-style: square; margin-left: 10pt; } td li { padding-left: 2pt; } td, th { border: 0.3pt solid #888; }`, o),
  'c-vrules': (o) => chromium(`@page { size: Letter; margin: 14mm; } ${B(8.5)} body { font-family: 'TeX Gyre Schola', serif; } table.wide { font-size: 6.5pt; } td, th { border-right: 0.5pt solid #000; } td:last-child, th:last-child { border-right: none; } th { border-bottom: 0.5pt solid #000; }`, o),
  'c-outer': (o) => chromium(`@page { size: A4; margin: 18mm; } ${B(10)} body { font-family: 'DejaVu Serif', serif; } table.wide { font-size: 7.5pt; } table { border: 1.5pt solid #333; } th { font-style: italic; }`, o),
  'lo-centre': (o) => lo(`${B(9.5)} body { font-family: 'DejaVu Sans', sans-serif; } table.wide { font-size: 7.5pt; } td, th { text-align: center; }`, o),
  'c-tallpad': (o) => chromium(`@page { size: A4; margin: 18mm; } ${B(10)} body { font-family: 'Liberation Sans', sans-serif; } table.wide { font-size: 7.5pt; } td, th { padding: 8pt 4pt; border-bottom: 0.25pt solid #bbb; }`, o),
  'w-spaced': (o) => weasy(`@page { size: A4; margin: 20mm; } ${B(9.5)} body { font-family: 'DejaVu Sans', sans-serif; letter-spacing: 0.3pt; } table.wide { font-size: 7pt; } th { border-bottom: 1pt solid #000; } td { border-bottom: 0.3pt solid #ccc; }`, o),
  'k-chorus': (o) => wk(`${B(11)} body { font-family: 'TeX Gyre Schola', serif; } table.wide { font-size: 8pt; } td, th { border: 1px solid #000; padding: 4pt; }`, o, ['--page-size', 'Letter', '-O', 'Landscape']),
  // Re-distillations: Ghostscript, Cairo, and a print through PostScript (fonts left with no
  // Unicode mapping: such text is refused, not read as another document).
  'gs-lo-fillhead': (o) => gs(from('lo-fillhead'), o),
  'cairo-c-bars': (o) => cairo(from('c-bars'), o),
  'cairo-k-big': (o) => cairo(from('k-big'), o),
  'gs-ebook-w-frame': (o) => gs(from('w-frame'), o, ['-dPDFSETTINGS=/ebook']),
  'ps-c-outer': (o) => viaPostScript(from('c-outer'), o),
  'ps-lo-landscape': (o) => viaPostScript(from('lo-landscape'), o),
  'cairo-w-spacing': (o) => cairo(from('w-spacing'), o),
  'gs-c-tallpad': (o) => gs(from('c-tallpad'), o),
  // Dashes for bullets, hyphenation, tiny type, light text on a dark page, zoomed out, figures set
  // right, LibreOffice narrow type, rounded boxes apart, a thick rule left of the first column,
  // Pagella landscape grids.
  'c-dashes': (o) => chromium(`@page { size: A4; margin: 18mm; } ${B(10)} body { font-family: 'Liberation Sans', sans-serif; } table.wide { font-size: 7.5pt; } li::marker { content: '– '; } td, th { border-bottom: 0.5pt solid #888; }`, o),
  'w-hyphens': (o) => weasy(`@page { size: A4; margin: 20mm; } ${B(10)} html { lang: nl; } body { font-family: 'TeX Gyre Termes', serif; hyphens: auto; } table.wide { font-size: 8pt; } td { hyphens: auto; } td, th { border: 0.4pt solid #444; }`, o),
  'c-tiny': (o) => chromium(`@page { size: A4; margin: 12mm; } ${B(7)} body { font-family: 'DejaVu Sans', sans-serif; } table.wide { font-size: 5.5pt; } td, th { border: 0.25pt solid #000; padding: 1pt; }`, o),
  'c-dark': (o) => chromium(`@page { size: A4; margin: 0; } html, body { background: #111; color: #eee; } body { padding: 18mm; } ${B(10)} body { font-family: 'Lato', sans-serif; } table.wide { font-size: 7.5pt; } th { background: #333; } td, th { border-bottom: 0.5pt solid #555; }`, o),
  'k-zoom': (o) => wk(`${B(10)} body { font-family: 'Liberation Sans', sans-serif; } table.wide { font-size: 8pt; } td, th { border: 1px solid #999; }`, o, ['--page-size', 'A4', '--zoom', '0.8']),
  'w-numbers': (o) => weasy(`@page { size: A4 landscape; margin: 15mm; } ${B(9.5)} body { font-family: 'DejaVu Serif', serif; } table.wide { font-size: 8pt; } td { text-align: right; font-variant-numeric: tabular-nums; } td:first-child, table.wide td { text-align: left; } th { border-bottom: 1pt solid #000; }`, o),
  'lo-narrow': (o) => lo(`${B(10)} body { font-family: 'Liberation Sans Narrow', 'Liberation Sans', sans-serif; } table.wide { font-size: 8pt; } td, th { border: 0.5pt solid #000; }`, o),
  'c-boxes': (o) => chromium(`@page { size: A4; margin: 18mm; } ${B(10)} body { font-family: 'TeX Gyre Heros', sans-serif; } table.wide { font-size: 7.5pt; } table { border-collapse: separate; border-spacing: 4pt; } td, th { border: 0.5pt solid #666; border-radius: 3pt; }`, o),
  'w-left-thick': (o) => weasy(`@page { size: A4; margin: 20mm; } ${B(10)} body { font-family: 'Lato', sans-serif; } table.wide { font-size: 7.5pt; } td:first-child { border-left: 3pt solid #154273; } tr { border-bottom: 0.3pt solid #ddd; }`, o),
  'c-serif-landscape-grid': (o) => chromium(`@page { size: A4 landscape; margin: 10mm; } ${B(11)} body { font-family: 'TeX Gyre Pagella', serif; } table.wide { font-size: 9pt; } td, th { border: 0.6pt solid #000; padding: 3pt 5pt; }`, o),
  // Chromium's and wkhtmltopdf's own headers and footers, a custom page size, large table type,
  // LibreOffice A5, first-line indents, a first column in small capitals spaced out, grey type.
  'c-headfoot': (o) => chromiumWithMargins(`${B(10)} body { font-family: 'Liberation Serif', serif; } table.wide { font-size: 7.5pt; } td, th { border: 0.5pt solid #666; }`, o),
  'k-headfoot': (o) => wk(`${B(10)} body { font-family: 'DejaVu Sans', sans-serif; } table.wide { font-size: 7.5pt; } th { border-bottom: 1pt solid #000; }`, o, ['--page-size', 'A4', '--header-center', 'Nederlandse Digitaliseringsstrategie', '--header-font-size', '8', '--footer-right', 'Pagina [page] van [topage]', '--footer-font-size', '8']),
  'w-b5': (o) => weasy(`@page { size: 170mm 240mm; margin: 15mm; } ${B(9)} body { font-family: 'TeX Gyre Heros', sans-serif; } table.wide { font-size: 6.5pt; } td, th { border-bottom: 0.3pt solid #999; } th { background: #e8e8e8; }`, o),
  'c-bigtable': (o) => chromium(`@page { size: Letter landscape; margin: 8mm; } ${B(10)} body { font-family: 'Liberation Sans', sans-serif; } table.wide { font-size: 10pt; } td, th { border: 0.5pt solid #000; }`, o),
  'lo-a5': (o) => lo(`@page { size: A5; margin: 10mm; } ${B(8)} body { font-family: 'DejaVu Sans', sans-serif; } table.wide { font-size: 6pt; } td, th { border: 0.5pt solid #000; }`, o),
  'c-indentp': (o) => chromium(`@page { size: A4; margin: 20mm; } ${B(10)} body { font-family: 'TeX Gyre Termes', serif; } p { text-indent: 12pt; margin: 0; } table.wide { font-size: 7.5pt; } td p { text-indent: 0; } td, th { border-top: 0.4pt solid #000; border-bottom: 0.4pt solid #000; }`, o),
  'w-caps-cells': (o) => weasy(`@page { size: A4 landscape; margin: 14mm; } ${B(9)} body { font-family: 'Lato', sans-serif; } table.wide { font-size: 7.5pt; } td:first-child { text-transform: uppercase; font-size: 6.5pt; letter-spacing: 0.4pt; } th { border-bottom: 1.5pt solid #154273; color: #154273; }`, o),
  'k-grey': (o) => wk(`${B(10.5)} body { font-family: 'TeX Gyre Pagella', serif; color: #444; } table.wide { font-size: 8pt; } td, th { border: 1px solid #bbb; } tbody tr:nth-child(odd) td { background: #f6f6f6; }`, o, ['--page-size', 'Letter']),
  // Two and three text columns with notes and tables across, margins of 3 mm, rules under the body's
  // paragraphs, LibreOffice justified serif, shaded columns, a body set in italics, heavy grids.
  'c-twocol-notes': (o) => chromium(`@page { size: A4; margin: 15mm; } ${B(9)} body { font-family: 'Liberation Serif', serif; column-count: 2; column-gap: 10mm; } h1, h2, table.wide, table.narrow { column-span: all; } table.wide, table.narrow { font-size: 7pt; } td, th { border-bottom: 0.4pt solid #888; } .fn { font-size: 6pt; overflow-wrap: anywhere; }`, o),
  'w-threecol': (o) => weasy(`@page { size: A4 landscape; margin: 12mm; } ${B(8.5)} body { font-family: 'DejaVu Sans', sans-serif; column-count: 3; column-gap: 8mm; } h1, table.wide, table.narrow { column-span: all; } table.wide, table.narrow { font-size: 7pt; } td, th { border: 0.3pt solid #999; }`, o),
  'k-narrowmargins': (o) => wk(`${B(9.5)} body { font-family: 'Liberation Sans', sans-serif; } table.wide { font-size: 7pt; } td, th { border: 1px solid #666; padding: 1pt; }`, o, ['--page-size', 'A4', '-T', '3mm', '-B', '3mm', '-L', '3mm', '-R', '3mm']),
  'c-ruledbody': (o) => chromium(`@page { size: A4; margin: 20mm; } ${B(10)} body { font-family: 'TeX Gyre Termes', serif; } p { border-bottom: 0.3pt solid #ccc; padding-bottom: 2pt; } table.wide { font-size: 7.5pt; } td, th { border-bottom: 0.3pt solid #ccc; }`, o),
  'lo-serifjust': (o) => lo(`${B(9.5)} body { font-family: 'TeX Gyre Pagella', serif; text-align: justify; } table.wide { font-size: 7.5pt; } td, th { border-bottom: 0.5pt solid #000; }`, o),
  'w-shadedcols': (o) => weasy(`@page { size: A4; margin: 18mm; } ${B(9.5)} body { font-family: 'TeX Gyre Heros', sans-serif; } table.wide { font-size: 7pt; } td:nth-child(odd) { background: #eef; } th { background: #224; color: #fff; }`, o),
  'c-italicbody': (o) => chromium(`@page { size: A4; margin: 18mm; } ${B(10)} body { font-family: 'DejaVu Serif', serif; font-style: italic; } table.wide { font-size: 7.5pt; } td, th { border: 0.4pt solid #000; } th { font-style: normal; }`, o),
  'k-bigpad-grid': (o) => wk(`${B(10)} body { font-family: 'TeX Gyre Adventor', sans-serif; } table.wide { font-size: 7.5pt; } td, th { border: 2px solid #000; padding: 8pt; }`, o, ['--page-size', 'A4']),
  // Tagged PDFs from WeasyPrint (PDF/UA) and LibreOffice, Word's flow through a .docx, cells all set
  // right, a wide first column, numbered lists in cells, list markers drawn as pictures, tables set
  // as stacked blocks, a whole document turned by its pages' /Rotate, text drawn as outlines.
  'w-ua': (o) => execFileSync('weasyprint', ['-q', '--pdf-variant', 'pdf/ua-1', ...(() => { const i = join(work, 'w.html'); writeFileSync(i, styled(`@page { size: A4; margin: 18mm; } ${B(10)} body { font-family: 'DejaVu Sans', sans-serif; } table.wide { font-size: 7.5pt; } td, th { border: 0.4pt solid #555; }`)); return [i]; })(), o], { stdio: 'ignore' }),
  'lo-tagged': (o) => loWith(`${B(10)} body { font-family: 'TeX Gyre Heros', sans-serif; } table.wide { font-size: 8pt; } td, th { border-bottom: 0.5pt solid #444; }`, o, { UseTaggedPDF: { type: 'boolean', value: 'true' } }),
  'lo-docx': (o) => viaDocx(`${B(10)} body { font-family: 'Liberation Serif', serif; } table.wide { font-size: 8pt; } td, th { border: 0.5pt solid #000; }`, o),
  'w-right': (o) => weasy(`@page { size: A4; margin: 20mm; } ${B(10)} body { font-family: 'TeX Gyre Heros', sans-serif; } table.wide { font-size: 7.5pt; } td, th { text-align: right; border-bottom: 0.3pt solid #999; }`, o),
  'c-widefirst': (o) => chromium(`@page { size: A4 landscape; margin: 14mm; } ${B(9.5)} body { font-family: 'Lato', sans-serif; } table.wide { font-size: 7.5pt; table-layout: fixed; } table.wide td:first-child, table.wide th:first-child { width: 38%; } td, th { border: 0.4pt solid #888; }`, o),
  'w-decimal': (o) => weasy(`@page { size: A4; margin: 20mm; } ${B(10)} body { font-family: 'Liberation Sans', sans-serif; } table.wide { font-size: 7.5pt; } td ul { list-style: decimal; margin-left: 14pt; } td, th { border: 0.4pt solid #666; }`, o),
  'c-imgbullets': (o) => chromium(`@page { size: A4; margin: 18mm; } ${B(10)} body { font-family: 'DejaVu Serif', serif; } table.wide { font-size: 7.5pt; } ul { list-style-image: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='6' height='6'%3E%3Crect width='6' height='6' fill='%23154273'/%3E%3C/svg%3E"); } td, th { border-bottom: 0.4pt solid #777; }`, o),
  'c-stacked': (o) => chromium(`@page { size: A4; margin: 18mm; } ${B(10)} body { font-family: 'Liberation Sans', sans-serif; } table.wide, table.wide tbody, table.wide tr, table.wide td, table.wide th { display: block; } table.wide tr { border-bottom: 0.6pt solid #000; padding: 3pt 0; } table.wide td:first-child { font-weight: bold; }`, o),
  'qpdf-rotated-k-grey': (o) => execFileSync('qpdf', [from('k-grey'), '--rotate=+90', o], { stdio: 'ignore' }),
  'gs-outlines-c-bars': (o) => gs(from('c-bars'), o, ['-dNoOutputFonts']),
  'k-print-grey': (o) => wk(`${B(10)} body { font-family: 'TeX Gyre Cursor', monospace; } table.wide { font-size: 7pt; } td, th { border: 0.5pt solid #f00; } th { background: #fdd; }`, o, ['--page-size', 'A4', '-g', '--print-media-type', '--disable-smart-shrinking']),
  'w-letter-landscape-zebra': (o) => weasy(`@page { size: Letter landscape; margin: 12mm 16mm; } ${B(9)} body { font-family: 'TeX Gyre Schola', serif; } table.wide { font-size: 7pt; } tbody tr:nth-child(odd) td { background: #eaf1f8; } th { border-bottom: 1pt solid #000; } td { padding: 4pt; }`, o),
  // Mirrored margins (a book's left and right pages), an encrypted file that opens without a
  // password, a PDF/A conversion, A3 landscape, the page zoomed out, condensed type, Cairo's
  // rewrite of a tagged LibreOffice export.
  'c-mirror': (o) => chromium(`@page :left { margin: 18mm 30mm 18mm 12mm; } @page :right { margin: 18mm 12mm 18mm 30mm; } ${B(10)} body { font-family: 'Liberation Serif', serif; } table.wide { font-size: 7.5pt; } td, th { border-bottom: 0.4pt solid #666; }`, o),
  'qpdf-encrypted-c-lato': (o) => execFileSync('qpdf', ['--encrypt', '', 'eigenaar', '256', '--print=none', '--modify=none', '--extract=n', '--', from('c-lato'), o], { stdio: 'ignore' }),
  'gs-pdfa-w-bigpad': (o) => gs(from('w-bigpad'), o, ['-dPDFA=2', '-dPDFACompatibilityPolicy=1', '-sColorConversionStrategy=RGB']),
  'c-a3': (o) => chromium(`@page { size: A3 landscape; margin: 20mm; } ${B(11)} body { font-family: 'TeX Gyre Heros', sans-serif; } table.wide { font-size: 9pt; } td, th { border: 0.5pt solid #444; padding: 4pt 6pt; }`, o),
  'c-zoom70': (o) => chromium(`@page { size: A4; margin: 15mm; } html { zoom: 0.7; } ${B(11)} body { font-family: 'Lato', sans-serif; } table.wide { font-size: 9pt; } td, th { border-bottom: 0.6pt solid #999; } th { background: #e6e6e6; }`, o),
  'w-condensed': (o) => weasy(`@page { size: A4; margin: 18mm; } ${B(9.5)} body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-stretch: condensed; } table.wide { font-size: 7pt; } td, th { border: 0.3pt solid #777; }`, o),
  'cairo-lo-tagged': (o) => cairo(from('lo-tagged'), o),
  // Ligatures, justification between letters, thick link underlines, cells double-spaced, tight
  // leading, rows parted by white space alone, a sans body with serif tables.
  'c-ligatures': (o) => chromium(`@page { size: A4; margin: 18mm; } ${B(10.5)} body { font-family: 'TeX Gyre Pagella', serif; font-variant-ligatures: common-ligatures discretionary-ligatures; font-feature-settings: "liga", "dlig"; } table.wide { font-size: 8pt; } td, th { border: 0.4pt solid #555; }`, o),
  'c-interchar': (o) => chromium(`@page { size: A4; margin: 18mm; } ${B(10)} body { font-family: 'DejaVu Sans', sans-serif; text-align: justify; text-justify: inter-character; } table.wide { font-size: 7.5pt; } td { text-align: justify; text-justify: inter-character; } td, th { border-bottom: 0.4pt solid #888; }`, o),
  'w-underlinks': (o) => weasy(`@page { size: A4; margin: 20mm; } ${B(10)} body { font-family: 'Liberation Sans', sans-serif; } a { color: #0645ad; text-decoration: underline; text-decoration-thickness: 1.5pt; } table.wide { font-size: 7.5pt; } td, th { border: 0.4pt solid #999; }`, o),
  'c-doublecells': (o) => chromium(`@page { size: A4; margin: 18mm; } ${B(10)} body { font-family: 'Liberation Serif', serif; } table.wide { font-size: 7.5pt; } td { line-height: 2; } td, th { border-bottom: 0.5pt solid #777; }`, o),
  'k-tight': (o) => wk(`${B(10, 1.0)} body { font-family: 'DejaVu Sans', sans-serif; } table.wide { font-size: 7.5pt; line-height: 1.0; } td p { margin: 0; } td, th { padding: 1pt 2pt; border: 1px solid #aaa; }`, o, ['--page-size', 'A4']),
  'w-rowgap': (o) => weasy(`@page { size: A4 landscape; margin: 15mm; } ${B(9.5)} body { font-family: 'TeX Gyre Heros', sans-serif; } table.wide { font-size: 8pt; } table { border-collapse: separate; border-spacing: 0 9pt; } th { border-bottom: 1pt solid #000; }`, o),
  'c-mixfaces': (o) => chromium(`@page { size: A4; margin: 18mm; } ${B(10)} body { font-family: 'Lato', sans-serif; } table.wide { font-family: 'TeX Gyre Termes', serif; font-size: 8pt; } td, th { border: 0.4pt solid #666; } th { font-family: 'Lato', sans-serif; }`, o),
  // wkhtmltopdf's header and footer lines, a slanted watermark on every page, an upright one behind
  // the text, Chromium's page margin boxes, the Word flow on landscape pages, Cairo's rewrite of
  // hanging indents.
  'k-headerline': (o) => wk(`${B(10)} body { font-family: 'Liberation Sans', sans-serif; } table.wide { font-size: 7.5pt; } th { border-bottom: 1pt solid #000; } td { border-bottom: 0.3pt solid #bbb; }`, o, ['--page-size', 'A4', '--header-left', 'NDS 2020', '--header-right', '[page]', '--header-line', '--footer-center', 'Rijksoverheid', '--footer-line', '--header-font-size', '8', '--footer-font-size', '8']),
  'c-watermark': (o) => chromium(`@page { size: A4; margin: 18mm; } ${B(10)} body { font-family: 'DejaVu Sans', sans-serif; } body::before { content: 'CONCEPT'; position: fixed; top: 40%; left: 15%; font-size: 90pt; color: rgba(200, 0, 0, 0.15); transform: rotate(-40deg); z-index: -1; } table.wide { font-size: 7.5pt; } td, th { border: 0.4pt solid #888; }`, o),
  'w-upright-mark': (o) => weasy(`@page { size: A4; margin: 20mm; background: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='400' height='200'%3E%3Ctext x='20' y='120' font-size='72' fill='%23eeeeee' font-family='DejaVu Sans'%3EVERTROUWELIJK%3C/text%3E%3C/svg%3E") no-repeat center; } ${B(10)} body { font-family: 'Liberation Serif', serif; } table.wide { font-size: 7.5pt; } td, th { border-bottom: 0.5pt solid #666; }`, o),
  'c-marginbox': (o) => chromium(`@page { size: A4; margin: 22mm 18mm; @top-right { content: 'Nederlandse Digitaliseringsstrategie'; font-size: 8pt; color: #555; } @bottom-center { content: 'Pagina ' counter(page); font-size: 8pt; } } ${B(10)} body { font-family: 'Lato', sans-serif; } table.wide { font-size: 7.5pt; } td, th { border-top: 0.4pt solid #999; }`, o),
  'lo-docx-landscape': (o) => viaDocx(`@page { size: 29.7cm 21cm; margin: 1.5cm; } ${B(9.5)} body { font-family: 'Liberation Sans', sans-serif; } table.wide { font-size: 7.5pt; } td, th { border: 0.5pt solid #000; }`, o),
  'cairo-w-hanging': (o) => cairo(from('w-hanging'), o),
  // Cells with no padding and no rules, wide gutters and no rules, equal fixed columns, wkhtmltopdf
  // Letter in 12 pt unshrunk, LibreOffice with hanging indents, Chromium hyphenating Dutch.
  'w-nopad': (o) => weasy(`@page { size: A4 landscape; margin: 15mm; } ${B(9.5)} body { font-family: 'Liberation Sans', sans-serif; } table.wide { font-size: 7.5pt; } td, th { padding: 0 1pt; }`, o),
  'c-gutters': (o) => chromium(`@page { size: A4 landscape; margin: 14mm; } ${B(9.5)} body { font-family: 'DejaVu Sans', sans-serif; } table.wide { font-size: 7.5pt; } table { border-collapse: separate; border-spacing: 12pt 6pt; } td, th { padding: 0; }`, o),
  'c-fixed': (o) => chromium(`@page { size: A4; margin: 16mm; } ${B(9.5)} body { font-family: 'TeX Gyre Heros', sans-serif; } table.wide { font-size: 7pt; table-layout: fixed; } td, th { border: 0.4pt solid #777; overflow-wrap: anywhere; }`, o),
  'k-letter12': (o) => wk(`${B(12)} body { font-family: 'Liberation Serif', serif; } table.wide { font-size: 8.5pt; } td, th { border: 1px solid #555; }`, o, ['--page-size', 'Letter', '--disable-smart-shrinking']),
  'lo-hanging': (o) => lo(`${B(10)} body { font-family: 'Liberation Serif', serif; } table.wide { font-size: 8pt; } td { padding-left: 10pt; text-indent: -6pt; } td, th { border-bottom: 0.5pt solid #444; }`, o),
  'c-hyphens': (o) => chromium(`@page { size: A4; margin: 18mm; } ${B(10)} body { font-family: 'Liberation Sans', sans-serif; hyphens: auto; text-align: justify; } table.wide { font-size: 7.5pt; } td { hyphens: auto; } td, th { border: 0.4pt solid #888; }`, o),
  // 2026-12-05, fourth round (scored before any change of that round): Pagella with a dark header
  // band and zebra rows; Bonum on Letter with loose leading; Termes in landscape by wkhtmltopdf; a
  // condensed sans by LibreOffice; A5 in Adventor with no rules; Dutch hyphenation in justified
  // cells; cells centred vertically under rules; small-capital labels letter-spaced; LibreOffice
  // with a shaded header; and Ghostscript's and Cairo's rewrites of two of them.
  'c-pagella-band': (o) => chromium(`@page { size: A4; margin: 17mm; } ${B(9.5)} body { font-family: 'TeX Gyre Pagella', serif; } table.wide { font-size: 7pt; } th { background: #1b2a41; color: #fff; } tbody tr:nth-child(even) td { background: #f1f3f6; }`, o),
  'w-bonum-letter': (o) => weasy(`@page { size: Letter; margin: 20mm 16mm; } ${B(10, 1.5)} body { font-family: 'TeX Gyre Bonum', serif; } table.wide { font-size: 7.5pt; } th { border-bottom: 0.8pt solid #000; } td, th { padding: 5pt 4pt; }`, o),
  'k-termes-landscape': (o) => wk(`${B(9)} body { font-family: 'TeX Gyre Termes', serif; } table.wide { font-size: 7.5pt; } td, th { border: 0.3pt solid #333; padding: 2pt; }`, o, ['--page-size', 'A4', '-O', 'Landscape', '-T', '8mm', '-B', '8mm', '-L', '8mm', '-R', '8mm']),
  'lo-heroscn': (o) => lo(`${B(9)} body { font-family: 'TeX Gyre Heros Cn', sans-serif; } table.wide { font-size: 7.5pt; } td, th { border-bottom: 0.5pt solid #777; }`, o),
  'c-adventor-a5': (o) => chromium(`@page { size: A5; margin: 10mm; } ${B(8)} body { font-family: 'TeX Gyre Adventor', sans-serif; } table.wide { font-size: 6pt; } td, th { padding: 2pt; }`, o),
  'w-nl-hyphens': (o) => weasy(`@page { size: A4; margin: 18mm; } ${B(10)} body { font-family: 'TeX Gyre Heros', sans-serif; text-align: justify; hyphens: auto; } table.wide { font-size: 7.5pt; } td { text-align: justify; hyphens: auto; } td, th { border: 0.4pt solid #555; }`, o),
  'c-middle-rules': (o) => chromium(`@page { size: A4 landscape; margin: 14mm; } ${B(9.5)} body { font-family: 'TeX Gyre Schola', serif; } table.wide { font-size: 7.5pt; } td, th { vertical-align: middle; border-top: 0.5pt solid #444; border-bottom: 0.5pt solid #444; }`, o),
  'w-spaced-caps': (o) => weasy(`@page { size: A4 landscape; margin: 14mm; } ${B(9)} body { font-family: 'Liberation Sans', sans-serif; } table.wide { font-size: 7.5pt; } th { font-variant: small-caps; letter-spacing: 1pt; font-weight: normal; border-bottom: 1pt solid #000; } td { border-bottom: 0.25pt solid #bbb; }`, o),
  'lo-shaded-head': (o) => lo(`${B(10)} body { font-family: 'DejaVu Serif', serif; } table.wide { font-size: 8pt; } th { background: #c8d8e8; } td, th { border: 0.5pt solid #345; }`, o),
  'k-pagella-zebra': (o) => wk(`${B(10)} body { font-family: 'TeX Gyre Pagella', serif; } table.wide { font-size: 7.5pt; } tbody tr:nth-child(odd) td { background: #f0f0f0; } th { border-bottom: 1pt solid #000; }`, o, ['--page-size', 'A4']),
  'gs-c-pagella-band': (o) => gs(from('c-pagella-band'), o),
  'cairo-k-termes-landscape': (o) => cairo(from('k-termes-landscape'), o),
  // 2026-12-05, fifth round (scored before any change of that round): the derived editions (other
  // years, restructured, reworded) by LibreOffice, WeasyPrint, wkhtmltopdf and Chromium on Letter;
  // rows kept whole on a page, a header not repeated, LibreOffice's Writer/Web export, white cell
  // gutters on shaded cells, right-set headers, Latin Modern with booktabs rules, URW Gothic grids.
  'lo-ed2021': (o) => lo(inEdition('nds-2021-restructured', `${B(10)} body { font-family: 'Liberation Sans', sans-serif; } table.wide { font-size: 8pt; } td, th { border-bottom: 0.5pt solid #555; }`), o),
  'w-ed2022': (o) => weasy(inEdition('nds-2022-edited', `@page { size: A4; margin: 18mm; } ${B(9.5)} body { font-family: 'P052', serif; } table.wide { font-size: 7.5pt; } th { background: #2b3d55; color: #fff; } tbody tr:nth-child(even) td { background: #eef1f5; }`), o),
  'k-ed2023': (o) => wk(inEdition('nds-2023-reordered', `${B(10)} body { font-family: 'Nimbus Sans', sans-serif; } table.wide { font-size: 7.5pt; }`), o, ['--page-size', 'A4']),
  'c-ed2024-letter': (o) => chromium(inEdition('nds-2024-reworded', `@page { size: Letter; margin: 18mm; } ${B(10)} body { font-family: 'C059', serif; } table.wide { font-size: 7pt; } td, th { border: 0.4pt solid #444; }`), o),
  'w-rows-whole': (o) => weasy(`@page { size: A4; margin: 20mm; } ${B(10)} body { font-family: 'URW Bookman', serif; } table.wide { font-size: 7pt; } tr { break-inside: avoid; } td, th { border-bottom: 0.5pt solid #666; }`, o),
  'c-head-once': (o) => chromium(`@page { size: A4; margin: 18mm; } ${B(10)} body { font-family: 'P052', serif; } table.wide { font-size: 7.5pt; } thead { display: table-row-group; } td, th { border: 0.4pt solid #333; }`, o),
  'lo-writerweb': (o) => { const i = join(work, 'nds.html'); writeFileSync(i, styled(`${B(10)} body { font-family: 'DejaVu Sans', sans-serif; } table.wide { font-size: 7.5pt; } td, th { border: 0.5pt solid #000; }`)); execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(work, 'lo')}`, '--convert-to', 'pdf:writer_web_pdf_Export', '--outdir', work, i], { stdio: 'ignore' }); copyFileSync(join(work, 'nds.pdf'), o); },
  'c-white-gutters': (o) => chromium(`@page { size: A4 landscape; margin: 14mm; } ${B(9.5)} body { font-family: 'Nimbus Sans', sans-serif; } table.wide { font-size: 7.5pt; } td, th { background: #e8eef5; border: 3pt solid #fff; } th { background: #c5d3e3; }`, o),
  'k-right-head': (o) => wk(`${B(10)} body { font-family: 'URW Gothic', sans-serif; } table.wide { font-size: 7pt; } th { text-align: right; border-bottom: 1pt solid #000; } td { border-bottom: 0.3pt solid #999; }`, o, ['--page-size', 'A4']),
  'c-lm-booktabs': (o) => chromium(`@page { size: A4; margin: 20mm; } ${B(11)} body { font-family: 'Latin Modern Roman', serif; } table.wide { font-size: 8pt; border-top: 1.2pt solid #000; border-bottom: 1.2pt solid #000; } th { border-bottom: 0.6pt solid #000; }`, o),
  'w-gothic-grid': (o) => weasy(`@page { size: A4 landscape; margin: 12mm; } ${B(9)} body { font-family: 'URW Gothic', sans-serif; } table.wide { font-size: 7pt; } td, th { border: 0.2pt solid #000; } th { text-align: center; }`, o),
  'gs-w-ed2022': (o) => gs(from('w-ed2022'), o),
  // The same round's second batch: every derived edition by two producers more each.
  'w-ed2024-landscape': (o) => weasy(inEdition('nds-2024-reworded', `@page { size: A4 landscape; margin: 14mm; } ${B(9.5)} body { font-family: 'Lato', sans-serif; } table.wide { font-size: 7.5pt; } td, th { border-bottom: 0.4pt solid #777; }`), o),
  'lo-ed2022-grid': (o) => lo(inEdition('nds-2022-edited', `${B(9.5)} body { font-family: 'DejaVu Serif', serif; } table.wide { font-size: 7.5pt; } td, th { border: 0.5pt solid #000; }`), o),
  'k-ed2021-zebra': (o) => wk(inEdition('nds-2021-restructured', `${B(10)} body { font-family: 'Liberation Serif', serif; } table.wide { font-size: 7.5pt; } tbody tr:nth-child(even) td { background: #eee; } th { border-bottom: 1pt solid #000; }`), o, ['--page-size', 'Letter']),
  'c-ed2023-band': (o) => chromium(inEdition('nds-2023-reordered', `@page { size: A4; margin: 16mm; } ${B(9.5)} body { font-family: 'TeX Gyre Heros', sans-serif; } table.wide { font-size: 7pt; } th { background: #13294b; color: #fff; } td { border-bottom: 0.3pt solid #bbb; }`), o),
  'lo-ed2024': (o) => lo(inEdition('nds-2024-reworded', `${B(10)} body { font-family: 'Liberation Serif', serif; } table.wide { font-size: 8pt; } td, th { border-bottom: 0.5pt solid #333; }`), o),
  'w-ed2021-letter': (o) => weasy(inEdition('nds-2021-restructured', `@page { size: Letter; margin: 18mm; } ${B(10)} body { font-family: 'TeX Gyre Termes', serif; } table.wide { font-size: 7.5pt; } td, th { border: 0.4pt solid #222; }`), o),
  'c-ed2022-tight': (o) => chromium(inEdition('nds-2022-edited', `@page { size: A4; margin: 15mm; } ${B(9, 1.1)} body { font-family: 'Nimbus Sans', sans-serif; } table.wide { font-size: 7pt; line-height: 1.1; }`), o),
  'k-ed2024-landscape': (o) => wk(inEdition('nds-2024-reworded', `${B(9.5)} body { font-family: 'DejaVu Sans', sans-serif; } table.wide { font-size: 7.5pt; } td, th { border: 1px solid #888; }`), o, ['--page-size', 'A4', '-O', 'Landscape']),
  'c-ed2021-underhead': (o) => chromium(inEdition('nds-2021-restructured', `@page { size: A4; margin: 18mm; } ${B(10)} body { font-family: 'Nimbus Roman', serif; } table.wide { font-size: 7.5pt; } th { border-bottom: 1.2pt solid #000; }`), o),
  'cairo-lo-ed2022-grid': (o) => cairo(from('lo-ed2022-grid'), o),
  // The 2026-12-05 sixth round: pdfTeX (pandoc's LaTeX), fonts, paper and sizes the committed one does not use.
  't-palatino': (o) => tex(['geometry:a4paper,margin=2.5cm', 'fontsize=11pt', 'fontfamily=mathpazo'], o),
  't-helvet-landscape': (o) => tex(['geometry:a4paper,landscape,margin=1.8cm', 'fontsize=10pt', 'fontfamily=helvet', 'header-includes=\\renewcommand{\\familydefault}{\\sfdefault}'], o),
  't-lmodern-letter': (o) => tex(['geometry:letterpaper,margin=1in', 'fontsize=12pt'], o, '\\scriptsize'),
  't-charter-narrow': (o) => tex(['geometry:a4paper,margin=3.5cm', 'fontsize=10pt', 'fontfamily=charter'], o, '\\scriptsize'),
  't-bookman-landscape': (o) => tex(['geometry:a4paper,landscape,margin=2.5cm', 'fontsize=11pt', 'fontfamily=bookman'], o, '\\small'),
  't-avant-letter': (o) => tex(['geometry:letterpaper,margin=2cm', 'fontsize=10pt', 'fontfamily=avant', 'header-includes=\\renewcommand{\\familydefault}{\\sfdefault}'], o),
  't-report-utopia-a5': (o) => tex(['documentclass=report', 'geometry:a5paper,margin=1.5cm', 'fontsize=10pt', 'fontfamily=utopia'], o, '\\tiny'),
  // The 2026-12-06 round: LaTeX's book and KOMA classes (chapters opening on odd pages, blank pages
  // between), fonts not tried in LaTeX before, A5 and B5 with tiny tables, Letter with two-sided margins.
  't-book-charter-a5': (o) => tex(['documentclass=book', 'geometry:a5paper,margin=1.4cm', 'fontsize=10pt', 'fontfamily=charter'], o, '\\tiny'),
  't-scrreprt-helvet': (o) => tex(['documentclass=scrreprt', 'geometry:a4paper,margin=2cm', 'fontsize=10pt', 'fontfamily=helvet', 'header-includes=\\renewcommand{\\familydefault}{\\sfdefault}'], o, '\\footnotesize'),
  't-report-bookman-b5': (o) => tex(['documentclass=report', 'geometry:b5paper,margin=1.6cm', 'fontsize=10pt', 'fontfamily=bookman'], o, '\\scriptsize'),
  't-book-times-letter': (o) => tex(['documentclass=book', 'geometry:letterpaper,twoside,inner=1in,outer=1.6in', 'fontsize=11pt', 'fontfamily=mathptmx'], o, '\\footnotesize'),
  't-report-lmodern-a4': (o) => tex(['documentclass=report', 'geometry:a4paper,margin=3cm', 'fontsize=12pt'], o, '\\small'),
  // The 2026-12-05 seventh round: groff (pandoc's ms), by gropdf and by pdfroff, hyphenating.
  'g-palatino': (o) => groff(html, work, o),
  'g-times-letter': (o) => groff(html, work, o, ['fontfamily=T', 'pointsize=11p', 'lineheight=13p'], 'letter'),
  'g-helvet-pdfroff': (o) => groff(html, work, o, ['fontfamily=H', 'pointsize=9p', 'lineheight=11p'], 'a4', true),
  'g-bookman-hyphenate': (o) => groff(html, work, o, ['fontfamily=BM', 'hyphenate=true'], 'a4'),
  'g-ed2022-helvet': (o) => groff(inEdition('nds-2022-edited', '').source, work, o, ['fontfamily=H']),
  'g-ed2024-times-pdfroff': (o) => groff(inEdition('nds-2024-reworded', '').source, work, o, ['fontfamily=T', 'pointsize=11p', 'lineheight=13p'], 'a4', true),
  'g-schoolbook-pdfroff': (o) => groff(html, work, o, ['fontfamily=N', 'pointsize=10p', 'hyphenate=true'], 'a4', true),
};
for (const [name, job] of Object.entries(jobs)) {
  if (only.length > 0 && !only.includes(name)) continue;
  if (existsSync(`${OUT}/${name}.pdf`) && only.length === 0) continue;
  try {
    job(`${OUT}/${name}.pdf`);
    console.log(`made ${name}`);
  } catch (error) {
    console.log(`FAILED ${name}: ${String(error.message).slice(0, 100)}`);
  }
}
rmSync(work, { recursive: true, force: true });

// Renders fixtures/nds-2020.html with several PDF producers and table styles — the producer
// matrix the PDF loader is held to (tests/parity.test.ts). Needs the Debian packages chromium,
// weasyprint, wkhtmltopdf, libreoffice-writer-nogui, ghostscript, qpdf, poppler-utils, pandoc, (for pdfTeX)
// texlive-latex-recommended, texlive-fonts-recommended and lmodern, and (for ReportLab) python3-reportlab,
// python3-bs4 and python3-lxml; the PDFs are committed so that
// CI needs none of them. Usage, from the project root: node scripts/render-producers.mjs [name.pdf …]
// (with names, only those renderings are made again).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pdftex } from './pandoc-tex.mjs';

const OUT = resolve('tests/fixtures/producers');
const html = readFileSync('fixtures/nds-2020.html', 'utf8');
const work = mkdtempSync(join(tmpdir(), 'nds-producers-'));

/** The fixture with its style sheet replaced. */
function styled(css) {
  return html.replace(/<style>[\s\S]*?<\/style>/, `<style>${css}</style>`);
}

const BASE = `
  body { font-size: 10pt; line-height: 1.35; }
  h1 { font-size: 18pt; } h2 { font-size: 14pt; } h3 { font-size: 12pt; } h4, h5, h6 { font-size: 10.5pt; }
  table { border-collapse: collapse; width: 100%; margin: 8pt 0; }
  td, th { vertical-align: top; padding: 3pt; text-align: left; }
  ul { margin: 0 0 0 12pt; padding: 0; } li { margin: 0; } p { margin: 0 0 6pt 0; } td p { margin: 0 0 3pt 0; }
  .fn { font-size: 8pt; }`;

/** Smaller type, looser lines and less space between paragraphs than BASE. */
const TIGHT = `body { font-size: 9.5pt; line-height: 1.4; } h1 { font-size: 16pt; } h2 { font-size: 13pt; } h3 { font-size: 11pt; } h4, h5, h6 { font-size: 10pt; }
  table { border-collapse: collapse; width: 100%; margin: 10pt 0; } ul { margin: 0 0 0 14pt; padding: 0; } p { margin: 0 0 4pt 0; } td p { margin: 0 0 2pt 0; } .fn { font-size: 7pt; }`;

/** Larger type, closer lines than BASE. */
const DENSE = `body { font-size: 10.5pt; line-height: 1.25; } h1 { font-size: 19pt; } h2 { font-size: 14pt; } h3 { font-size: 12pt; } h4, h5, h6 { font-size: 11pt; }
  table { border-collapse: collapse; width: 100%; margin: 7pt 0; } ul { margin: 0 0 0 11pt; padding: 0; } p { margin: 0 0 5pt 0; } td p { margin: 0 0 2pt 0; } .fn { font-size: 8pt; }`;

/** Smaller type than BASE, tables 100 % wide. */
const BASE9 = `body { font-size: 9.5pt; line-height: 1.3; } h1 { font-size: 19pt; } h2 { font-size: 14pt; } h3 { font-size: 12pt; } h4,h5,h6 { font-size: 10pt; }
  table { border-collapse: collapse; margin: 9pt 0; width: 100%; } ul { margin: 0 0 0 14pt; padding: 0; } p { margin: 0 0 5pt 0; } td p { margin: 0 0 2pt 0; } .fn { font-size: 7pt; }`;

const STYLES = {
  // US Letter, a serif face, every page portrait: narrow cells, many wraps.
  letterSerif: `@page { size: Letter; margin: 18mm 16mm; } ${BASE}
    body { font-family: 'DejaVu Serif', serif; } table.wide { font-size: 7pt; }
    td, th { border: 0.5pt solid #666; } th { background: #e8e8e8; }`,
  // A4, rules under rows only (no vertical rules), a shaded header.
  hrules: `@page { size: A4; margin: 20mm; } @page wide { size: A4 landscape; margin: 14mm; } ${BASE}
    body { font-family: 'DejaVu Sans', sans-serif; } table.wide { page: wide; font-size: 7.5pt; }
    td, th { border-bottom: 0.5pt solid #999; } th { background: #dfe7ef; }`,
  // No rules at all: zebra fills only.
  zebra: `@page { size: A4; margin: 20mm; } @page wide { size: A4 landscape; margin: 14mm; } ${BASE}
    body { font-family: 'DejaVu Sans', sans-serif; } table.wide { page: wide; font-size: 7.5pt; }
    tbody tr:nth-child(even) td { background: #eef2f6; } th { font-weight: bold; }`,
  // A designed report: landscape appendix, hairlines under rows, a dark header band, zebra rows,
  // two running headers.
  // No rules, cells centred vertically, a landscape appendix, Liberation Sans (Chromium).
  centred: `@page { size: A4; margin: 18mm; } @page wide { size: A4 landscape; margin: 12mm; } ${BASE}
    body { font-family: 'Liberation Sans', sans-serif; } table.wide { page: wide; font-size: 8pt; }
    td, th { vertical-align: middle; padding: 4pt; text-align: left; } th { font-weight: bold; }`,
  // Rules above rows (each cell's top border), a heavy rule over and under the header, tight
  // padding, serif, every page portrait (WeasyPrint).
  topRules: `@page { size: A4; margin: 16mm; } ${BASE}
    body { font-family: 'DejaVu Serif', serif; } table.wide { font-size: 7pt; }
    td, th { vertical-align: top; padding: 1.5pt; border-top: 0.4pt solid #444; } th { border-top: 1.2pt solid #000; border-bottom: 0.8pt solid #000; }`,
  // A full grid with a grey header on US Letter (wkhtmltopdf: no repeated header, scaled pages).
  grid: `${BASE} body { font-family: 'DejaVu Sans', sans-serif; } table.wide { font-size: 7.5pt; }
    td, th { border: 0.6pt solid #888; padding: 2.5pt; vertical-align: top; } th { background: #ccc; }`,
  // A full grid with cells aligned to the bottom, footnotes under the tables, US Letter (WeasyPrint).
  gridBottom: `@page { size: Letter; margin: 20mm 15mm; @bottom-center { content: counter(page); font-size: 8pt; } } ${TIGHT}
    body { font-family: 'Liberation Serif', serif; } table.wide { font-size: 7pt; } td, th { border: 0.5pt solid #000; vertical-align: bottom; padding: 2pt; text-align: left; }`,
  // Everything landscape, zebra rows, a dark header band, wide padding (Chromium).
  landscapeZebra: `@page { size: A4 landscape; margin: 15mm; } ${TIGHT}
    body { font-family: 'DejaVu Sans', sans-serif; } table.wide { font-size: 7.5pt; } td, th { vertical-align: top; padding: 3pt 5pt; text-align: left; }
    th { background: #333; color: #fff; } tbody tr:nth-child(odd) td { background: #f0f0f0; }`,
  // Rules under rows only, a heavier one under the header, every page landscape (wkhtmltopdf: each
  // table sized to its own content, so stacked tables have other columns).
  hrulesLandscape: `${TIGHT} body { font-family: 'Liberation Serif', serif; } table.wide { font-size: 7pt; }
    td, th { border-bottom: 0.5pt solid #999; padding: 2pt 3pt; vertical-align: top; text-align: left; } th { border-bottom: 1.5pt solid #000; }`,
  // Hairlines under rows, cells centred vertically, A4 portrait (wkhtmltopdf).
  hairlineMiddle: `${DENSE} body { font-family: 'DejaVu Sans', sans-serif; } table.wide { font-size: 7pt; }
    td, th { border-bottom: 0.3pt solid #aaa; padding: 2pt; vertical-align: middle; text-align: left; } th { font-weight: bold; }`,
  // A full grid, zebra rows, cells centred vertically: wkhtmltopdf draws a cut row's line on both pages.
  gridZebraMiddle: `body { font-size: 10pt; line-height: 1.3; } h1 { font-size: 17pt; } h2 { font-size: 13.5pt; } h3 { font-size: 11.5pt; } h4,h5,h6 { font-size: 10.5pt; }
    table { border-collapse: collapse; margin: 9pt 0; } ul { margin: 0 0 0 13pt; padding: 0; } p { margin: 0 0 5pt 0; } td p { margin: 0 0 2pt 0; } .fn { font-size: 7.5pt; }
    table { width: 100%; } body { font-family: 'DejaVu Sans', sans-serif; } table.wide { font-size: 7pt; }
    td, th { border: 0.4pt solid #999; vertical-align: middle; padding: 2pt; text-align: left; } th { background: #d0d8e0; } tbody tr:nth-child(odd) td { background: #f4f4f4; }`,
  // No rules and no shading at all: columns and rows only by where text stands.
  plainLandscape: `@page { size: Letter landscape; margin: 15mm; }
    body { font-size: 9.5pt; line-height: 1.35; } h1 { font-size: 18pt; } h2 { font-size: 14pt; } h3 { font-size: 12pt; } h4,h5,h6 { font-size: 10pt; }
    table { border-collapse: collapse; margin: 8pt 0; width: 100%; } ul { margin: 0 0 0 12pt; padding: 0; } p { margin: 0 0 4pt 0; } td p { margin: 0 0 2pt 0; } .fn { font-size: 7pt; }
    body { font-family: 'Liberation Serif', serif; } table.wide { font-size: 8pt; }
    td, th { vertical-align: top; padding: 2pt 5pt; text-align: left; } th { font-weight: bold; }`,
  // Vertical rules only (each cell draws its sides), a rule under the header: rows are parted
  // only where the cells' side rules meet.
  vrulesOnly: `@page { size: A4; margin: 25mm 20mm; } ${BASE9}
    body { font-family: 'Liberation Sans', sans-serif; } table.wide { font-size: 7pt; }
    td, th { border-left: 0.5pt solid #999; border-right: 0.5pt solid #999; vertical-align: top; padding: 2pt 3pt; text-align: left; } th { border-bottom: 1pt solid #000; }`,
  // No rules: every cell a filled box, white gaps between them (separate borders), a dark header band.
  filledCells: `@page { size: A4; margin: 20mm; } ${BASE9}
    body { font-family: 'Liberation Sans', sans-serif; } table { border-collapse: separate; border-spacing: 2pt; } table.wide { font-size: 7pt; }
    td, th { background: #e8eef6; vertical-align: top; padding: 3pt; text-align: left; } th { background: #1f4e79; color: #fff; }`,
  // A shaded table with white rules between rows and columns (the paper's colour), none at its
  // outer sides, a dark header band.
  whiteRules: `@page { size: A4; margin: 20mm; } ${BASE9}
    body { font-family: 'DejaVu Sans', sans-serif; } table { background: #dfe6ee; } table.wide { font-size: 7pt; }
    td, th { border-bottom: 1.5pt solid #fff; border-right: 1.5pt solid #fff; vertical-align: top; padding: 3pt; text-align: left; } th { background: #2b4a6f; color: #fff; }`,
  // No rules but a heavy one under the header, zebra rows (wkhtmltopdf, A5 landscape).
  headRuleA5: `${BASE9} body { font-family: 'DejaVu Serif', serif; } table.wide { font-size: 7pt; }
    td, th { vertical-align: top; padding: 2pt 4pt; text-align: left; } th { border-bottom: 2pt solid #000; } tbody tr:nth-child(even) td { background: #eee; }`,
  // Booktabs: a rule over and under each table and one under its header, labels centred, no other rules.
  booktabsCentred: `@page { size: A4; margin: 20mm; } ${BASE9} body { font-family: 'Liberation Serif', serif; } table { font-size: 8pt; border-top: 1.5pt solid #000; border-bottom: 1.5pt solid #000; } table.wide { font-size: 7pt; }
    td, th { vertical-align: top; padding: 2.5pt 4pt; text-align: left; } th { text-align: center; border-bottom: 0.75pt solid #000; }`,
  // A rule under centred labels only (drawn cell by cell), no other rules.
  headRuleCentred: `${BASE9} body { font-family: 'DejaVu Sans', sans-serif; } table.wide { font-size: 7pt; }
    td, th { vertical-align: top; padding: 2pt; text-align: left; } th { text-align: center; border-bottom: 1pt solid #000; }`,
  // Rules between the columns only (`td + td { border-left }`) and one under the header (WeasyPrint):
  // no rule at a table's outer sides, none between its rows.
  colRulesHeadRule: `@page { size: A4; margin: 18mm; } ${BASE9} body { font-family: 'Liberation Sans', sans-serif; } table { font-size: 7.5pt; } table.wide { font-size: 6.5pt; }
    td, th { vertical-align: top; padding: 3pt 5pt; text-align: left; } td + td, th + th { border-left: 0.5pt solid #000; } th { border-bottom: 0.8pt solid #000; }`,
  // Rules under rows, header labels centred in their cells (the browsers' default for th), landscape.
  centredHrulesLandscape: `@page { size: A4 landscape; margin: 15mm; } ${BASE9} body { font-family: 'DejaVu Sans', sans-serif; } table { font-size: 7.5pt; }
    td, th { vertical-align: top; padding: 3pt; text-align: left; border-bottom: 0.5pt solid #777; } th { text-align: center; }`,
  // Rules under rows, the last column (Wie) set flush right, headings letter-spaced in capitals.
  rightWho: `@page { size: A4; margin: 20mm; } @page wide { size: A4 landscape; margin: 14mm; } ${BASE}
    body { font-family: 'Liberation Sans', sans-serif; } h1, h2 { letter-spacing: 2pt; text-transform: uppercase; } table.wide { page: wide; font-size: 7.5pt; }
    td, th { border-bottom: 0.5pt solid #999; } td:last-child, th:last-child { text-align: right; }`,
  // A full grid, every cell's text centred (paragraphs and lists alike).
  centredGrid: `@page { size: A4; margin: 18mm; } ${BASE9} body { font-family: 'DejaVu Sans', sans-serif; } table.wide { font-size: 7pt; }
    td, th { border: 0.5pt solid #777; vertical-align: top; padding: 3pt; text-align: center; }`,
  // Rules under rows, landscape, serif, the last two columns set flush right (figures and owners).
  rightColumns: `@page { size: A4 landscape; margin: 15mm; } ${BASE9} body { font-family: 'Liberation Serif', serif; } table.wide { font-size: 7.5pt; }
    td, th { vertical-align: top; padding: 3pt; text-align: left; border-bottom: 0.5pt solid #aaa; } td:last-child, th:last-child, td:nth-last-child(2) { text-align: right; }`,
  // TeX Gyre Pagella, whose Dutch `locl` sets `ij` as one glyph (U+0133 in the text layer), rules under rows.
  pagella: `@page { size: A4; margin: 20mm; } ${BASE} body { font-family: 'TeX Gyre Pagella', serif; font-size: 10.5pt; } table.wide { font-size: 7.5pt; }
    td, th { border-bottom: 0.5pt solid #777; } th { border-bottom: 1.2pt solid #000; }`,
  // Text in three columns (a brochure's landscape page, CSS columns), the wide tables and chapter
  // headings across them, a full grid: the reading order is the columns', band by band.
  threeColumns: `@page { size: A4 landscape; margin: 14mm; } ${BASE9} body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; column-count: 3; column-gap: 6mm; }
    table.wide, table.narrow, h1 { column-span: all; } table.wide, table.narrow { font-size: 7pt; } td, th { vertical-align: top; padding: 3pt; text-align: left; border: 0.4pt solid #999; }`,
  // A draft: CONCEPT across every page at a slant, a ministry's label in the margin half-way down
  // every page (WeasyPrint sets it turned half round), each cell framed apart (border-spacing).
  draft: `@page { size: A4; margin: 20mm 18mm 20mm 28mm; } ${BASE} body { font-family: 'Liberation Sans', sans-serif; } table.wide { font-size: 7.5pt; }
    table { border-collapse: separate; border-spacing: 3pt; } td, th { border: 0.5pt solid #666; }
    body::before { content: 'CONCEPT'; position: fixed; top: 40%; left: 5%; font-size: 110pt; color: rgba(200, 0, 0, 0.12); transform: rotate(-45deg); }
    body::after { content: 'Ministerie van Economische Zaken en Klimaat'; position: fixed; left: -22mm; top: 60mm; writing-mode: vertical-rl; transform: rotate(180deg); font-size: 9pt; color: #154273; }`,
  // Rules above rows (each cell's top border, a heavy one over the header), A4 landscape, headings
  // and header labels with a text shadow (Chromium draws each piece of text twice: its shadow,
  // then itself): notes set between stacked tables fall in the upper table's last row.
  shadowTopRules: `@page { size: A4 landscape; margin: 15mm; } ${BASE} body { font-family: 'DejaVu Sans', sans-serif; } table.wide { font-size: 8pt; }
    h1, h2, h3, h4, th { text-shadow: 0.6pt 0.6pt 0 #999; } td, th { vertical-align: top; text-align: left; border-top: 0.5pt solid #000; } th { border-top: 1.5pt solid #000; }`,
  rulesOverRows: `@page { size: A4; margin: 20mm; } ${BASE} body { font-family: 'Lato', sans-serif; } table.wide { font-size: 7.5pt; } .fn { font-size: 7.5pt; }
    td { border-top: 0.3pt dotted #666; }`,
  report: `@page { size: A4; margin: 24mm 18mm 20mm 18mm;
      @top-left { content: "NDS 2020"; font-size: 8pt; color: #555; }
      @top-right { content: "Nederlandse Digitaliseringsstrategie"; font-size: 8pt; color: #555; }
      @bottom-right { content: counter(page); font-size: 8pt; } }
    @page wide { size: A4 landscape; margin: 18mm 14mm;
      @top-left { content: "NDS 2020"; font-size: 8pt; color: #555; }
      @top-right { content: "Bijlagen"; font-size: 8pt; color: #555; }
      @bottom-right { content: counter(page); font-size: 8pt; } }
    ${BASE} body { font-family: 'DejaVu Sans', sans-serif; } table.wide { page: wide; font-size: 7.5pt; }
    td, th { border-bottom: 0.25pt solid #bbb; } th { background: #1f3a5f; color: #fff; }
    tbody tr:nth-child(even) td { background: #f3f5f8; }`,
};

function write(name, content) {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

/** Chromium's print, repacked by qpdf into object streams: the same pages and operators, half the bytes. */
function chromium(input, output) {
  const printed = join(work, 'chromium.pdf');
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${printed}`, `file://${input}`], { stdio: 'ignore' });
  execFileSync('qpdf', ['--recompress-flate', '--compression-level=9', '--object-streams=generate', printed, output]);
}

const made = [];
/** Only the renderings named on the command line, when any are (the others stay as committed). */
const only = process.argv.slice(2);
function render(name, make) {
  if (only.length > 0 && !only.includes(name)) return;
  make(join(OUT, name));
  made.push(name);
}

// 1. Chromium, US Letter, serif, portrait tables; 2. the same re-distilled by Ghostscript.
render('chromium-letter-serif.pdf', (o) => chromium(write('letter.html', styled(STYLES.letterSerif)), o));
render('chromium-letter-gs.pdf', (o) => execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', `-sOutputFile=${o}`, join(OUT, 'chromium-letter-serif.pdf')], { stdio: 'ignore' }));
// 3. Chromium, A4, rules under rows only and shaded headers.
render('chromium-hrules.pdf', (o) => chromium(write('hrules.html', styled(STYLES.hrules)), o));
// 4. WeasyPrint, the designed report style.
render('weasyprint-report.pdf', (o) => execFileSync('weasyprint', ['-q', write('report.html', styled(STYLES.report)), o], { stdio: 'ignore' }));
// 5. wkhtmltopdf: no rules, zebra fills, no running header.
render('wkhtmltopdf-zebra.pdf', (o) => execFileSync('wkhtmltopdf', ['-q', '--page-size', 'A4', write('zebra.html', styled(STYLES.zebra)), o], { stdio: 'ignore' }));
// 6–8. Chromium with centred cells, WeasyPrint with rules above rows, wkhtmltopdf with a full grid.
render('chromium-centred.pdf', (o) => chromium(write('centred.html', styled(STYLES.centred)), o));
render('weasyprint-toprules.pdf', (o) => execFileSync('weasyprint', ['-q', write('toprules.html', styled(STYLES.topRules)), o], { stdio: 'ignore' }));
render('wkhtmltopdf-grid.pdf', (o) => execFileSync('wkhtmltopdf', ['-q', '--page-size', 'Letter', write('grid.html', styled(STYLES.grid)), o], { stdio: 'ignore' }));
// 9–10. WeasyPrint with a bottom-aligned grid, Chromium landscape with zebra rows.
render('weasyprint-grid-bottom.pdf', (o) => execFileSync('weasyprint', ['-q', write('gridbottom.html', styled(STYLES.gridBottom)), o], { stdio: 'ignore' }));
render('chromium-landscape-zebra.pdf', (o) => chromium(write('landscape.html', styled(STYLES.landscapeZebra)), o));
// 12–13. wkhtmltopdf with rules under rows: landscape, and hairlines with centred cells.
render('wkhtmltopdf-hrules-landscape.pdf', (o) => execFileSync('wkhtmltopdf', ['-q', '-O', 'Landscape', write('hrules-landscape.html', styled(STYLES.hrulesLandscape)), o], { stdio: 'ignore' }));
render('wkhtmltopdf-hairline-middle.pdf', (o) => execFileSync('wkhtmltopdf', ['-q', write('hairline-middle.html', styled(STYLES.hairlineMiddle)), o], { stdio: 'ignore' }));
// 15. wkhtmltopdf, A4, a full grid with zebra rows and cells centred vertically.
render('wkhtmltopdf-grid-zebra-middle.pdf', (o) => execFileSync('wkhtmltopdf', ['-q', '--page-size', 'A4', write('grid-zebra-middle.html', styled(STYLES.gridZebraMiddle)), o], { stdio: 'ignore' }));
// 14. Chromium, US Letter landscape, no rules and no shading.
render('chromium-plain-landscape.pdf', (o) => chromium(write('plain-landscape.html', styled(STYLES.plainLandscape)), o));
// 16–17. Chromium, A4: vertical rules only; filled cells set apart, no rules.
render('chromium-vrules-only.pdf', (o) => chromium(write('vrules-only.html', styled(STYLES.vrulesOnly)), o));
render('chromium-filled-cells.pdf', (o) => chromium(write('filled-cells.html', styled(STYLES.filledCells)), o));
// 18. Chromium, A4: white rules on a shaded table, no rule at its outer sides.
render('chromium-white-rules.pdf', (o) => chromium(write('white-rules.html', styled(STYLES.whiteRules)), o));
// wkhtmltopdf A5 landscape, ruled under the header only: each page's part of a table gets its own column widths.
render('wkhtmltopdf-a5-headrule-zebra.pdf', (o) => execFileSync('wkhtmltopdf', ['-q', '--page-size', 'A5', '-O', 'Landscape', write('headrule-a5.html', styled(STYLES.headRuleA5)), o], { stdio: 'ignore' }));
render('chromium-centred-hrules-landscape.pdf', (o) => chromium(write('centred-hrules-landscape.html', styled(STYLES.centredHrulesLandscape)), o));
// Chromium booktabs; wkhtmltopdf with a rule under centred labels only.
render('chromium-booktabs-centred.pdf', (o) => chromium(write('booktabs-centred.html', styled(STYLES.booktabsCentred)), o));
render('wkhtmltopdf-headrule-centred.pdf', (o) => execFileSync('wkhtmltopdf', ['-q', '--page-size', 'A4', write('headrule-centred.html', styled(STYLES.headRuleCentred)), o], { stdio: 'ignore' }));
render('weasyprint-colrules-headrule.pdf', (o) => execFileSync('weasyprint', ['-q', write('colrules-headrule.html', styled(STYLES.colRulesHeadRule)), o], { stdio: 'ignore' }));
// Columns set flush right or centred: Chromium (the Wie column; the last two, landscape), WeasyPrint (every cell centred).
render('chromium-right-who.pdf', (o) => chromium(write('right-who.html', styled(STYLES.rightWho)), o));
render('chromium-right-columns-landscape.pdf', (o) => chromium(write('right-columns.html', styled(STYLES.rightColumns)), o));
render('weasyprint-centred-grid.pdf', (o) => execFileSync('weasyprint', ['-q', write('centred-grid.html', styled(STYLES.centredGrid)), o], { stdio: 'ignore' }));
render('chromium-pagella-ij.pdf', (o) => chromium(write('pagella.html', styled(STYLES.pagella)), o));
// Chromium, text in three columns.
render('chromium-three-columns-landscape.pdf', (o) => chromium(write('three-columns.html', styled(STYLES.threeColumns)), o));
// WeasyPrint, a draft: a watermark at a slant, a label in the margin, cells framed apart.
render('weasyprint-draft.pdf', (o) => execFileSync('weasyprint', ['-q', write('draft.html', styled(STYLES.draft)), o], { stdio: 'ignore' }));
// Chromium, rules above rows, text shadows, landscape.
render('chromium-shadow-toprules-landscape.pdf', (o) => chromium(write('shadow-toprules.html', styled(STYLES.shadowTopRules)), o));
// Poppler's pdftocairo re-writing the wkhtmltopdf rendering: each font split into subsets, the
// space in one of its own (`(Het)Tj` `<0001>Tj` `(is)Tj`), every word a text item of its own.
render('cairo-wkhtmltopdf-zebra.pdf', (o) => execFileSync('pdftocairo', ['-pdf', join(OUT, 'wkhtmltopdf-zebra.pdf'), o], { stdio: 'ignore' }));
// A printer's sheet (MuPDF's `mutool run`, rewriting the WeasyPrint rendering ruled above its
// rows) as imposition software makes one: each page's box 36 pt larger on every side, so that its
// corner lies below zero, the page's content placed on it as a form scaled to 96 % about the
// page's centre, crop marks at the trim's corners and a slug line under each page (the file's
// name, the page, a date).
const PRINTERS_SHEET = `var doc = new PDFDocument(scriptArgs[0]);
var font = doc.addObject({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' });
for (var i = 0; i < doc.countPages(); i++) {
  var page = doc.findPage(i);
  var b = page.MediaBox, x0 = b[0], y0 = b[1], x1 = b[2], y1 = b[3];
  var content = new Buffer();
  var old = page.Contents;
  if (old.isArray()) { for (var k = 0; k < old.length; k++) { content.writeBuffer(old[k].readStream()); content.writeLine(''); } } else content.writeBuffer(old.readStream());
  var form = doc.addStream(content, { Type: 'XObject', Subtype: 'Form', BBox: [x0, y0, x1, y1], Matrix: [0.96, 0, 0, 0.96, 0.02 * (x0 + x1), 0.02 * (y0 + y1)], Resources: page.Resources });
  page.MediaBox = [x0 - 36, y0 - 36, x1 + 36, y1 + 36];
  page.TrimBox = [x0, y0, x1, y1];
  page.Resources = { XObject: { Page: form }, Font: { SlugF: font } };
  var marks = '';
  [[x0, y0], [x1, y0], [x0, y1], [x1, y1]].forEach(function (c) {
    var sx = c[0] === x0 ? -1 : 1, sy = c[1] === y0 ? -1 : 1;
    marks += (c[0] + sx * 6) + ' ' + c[1] + ' m ' + (c[0] + sx * 30) + ' ' + c[1] + ' l S ' + c[0] + ' ' + (c[1] + sy * 6) + ' m ' + c[0] + ' ' + (c[1] + sy * 30) + ' l S\\n';
  });
  var slug = 'BT /SlugF 6 Tf ' + (x0 + 40) + ' ' + (y0 - 24) + ' Td (NDS2020_DEF_v7.indd   ' + (i + 1) + '   14-05-20   10:31) Tj ET';
  page.Contents = doc.addStream('q /Page Do Q\\nq 0.25 w 0 G\\n' + marks + 'Q\\nq 0 g ' + slug + ' Q\\n', {});
}
doc.save(scriptArgs[1], 'compress');
`;
render('mutool-sheet-weasyprint-toprules.pdf', (o) => {
  const page = join(work, 'toprules-page.pdf');
  execFileSync('weasyprint', ['-q', write('toprules-sheet.html', styled(STYLES.topRules)), page], { stdio: 'ignore' });
  execFileSync('mutool', ['run', write('sheet.js', PRINTERS_SHEET), page, o], { stdio: 'ignore' });
});
// 11. LibreOffice Writer: the HTML opened in Writer and exported (its own layout: no rules).
render('libreoffice-writer.pdf', (o) => {
  const lo = write('nds-2020.html', html);
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(work, 'lo-profile')}`, '--convert-to', 'pdf:writer_pdf_Export', '--outdir', work, lo], { stdio: 'ignore' });
  copyFileSync(join(work, 'nds-2020.pdf'), o);
});
// pdfTeX: pandoc writes the HTML as LaTeX (longtables with booktabs rules: one over and under each
// table and under its header, none between rows; notes as paragraphs opened by a raised number;
// lower headings bold in the body's size), Times (URW's fonts), A4, 10 pt, tables in smaller type.
render('pdftex-times.pdf', (o) => pdftex(html, work, o, ['geometry:a4paper,margin=2cm', 'fontsize=10pt', 'fontfamily=mathptmx']));
// ReportLab, a PDF library rather than a layout engine (scripts/render-reportlab.py): no rules at all,
// zebra rows, every page portrait with narrow columns sized by their text, Helvetica not embedded;
// a word wider than its column broken at any letter (`EZK (Doo` / `rlopend)`), a new table's
// header labels broken so too (`Opg` / `ave`).
render('reportlab-plain.pdf', (o) => {
  execFileSync('/usr/bin/python3', ['scripts/render-reportlab.py', 'plain', o, 'fixtures/nds-2020.html'], { stdio: 'ignore' });
});
// Excerpts (tests/fixtures/excerpts/): pages of a rendering, where a layout is tested on the pages
// that show it. WeasyPrint with a rule over each row and none on the header
// (`td { border-top: dotted }`): the page where the rest of action 4's row, cut by the page before,
// goes on under the repeated header in one cell; the page whose first table ends with action 12's
// row, the next table's header set right under it; the page where the rest of a row the page
// before cut stands alone under the repeated header and its rule, the next table's header right
// under it, once with a label's word in the rest (`vervolg`); the page where a connectivity row
// ends over a note, then the next table's header; the page where action 31's row, its theme's title
// in bold beside its first lines, stands right over the next table's header.
const EXCERPTS = resolve('tests/fixtures/excerpts');
/** The excerpts' base style: 10 pt type, A4 by default, cells set top-aligned with 3 pt padding (`align`: their text's alignment). */
const EXCERPT_BASE = (align = 'left') => `body { font-size: 10pt; line-height: 1.35; } h1 { font-size: 18pt; } h2 { font-size: 14pt; } h3 { font-size: 12pt; } h4, h5, h6 { font-size: 10.5pt; }
    table { border-collapse: collapse; width: 100%; margin: 8pt 0; } td, th { vertical-align: top; padding: 3pt; text-align: ${align}; }
    ul { margin: 0 0 0 12pt; padding: 0; } li { margin: 0; } p { margin: 0 0 6pt 0; } td p { margin: 0 0 3pt 0; } .fn { font-size: 7.5pt; }`;
/** Each page's text of a PDF, as poppler's pdftotext reads it (to find an excerpt's pages by their words). */
function pageTexts(pdf) {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  return Array.from({ length: pages }, (_, k) => execFileSync('pdftotext', ['-f', String(k + 1), '-l', String(k + 1), pdf, '-'], { encoding: 'utf8' }));
}
/** Writes pages of a PDF (qpdf's page range: `3`, `4-5`, `2,7`) as the excerpt `name`. */
function excerpt(pdf, pages, name) {
  execFileSync('qpdf', ['--empty', '--pages', pdf, String(pages), '--', join(EXCERPTS, name)]);
}
render('weasyprint-rules-over-rows.pdf', () => {
  const whole = join(work, 'rules-over-rows.pdf');
  execFileSync('weasyprint', ['-q', write('rules-over-rows.html', styled(STYLES.rulesOverRows)), whole], { stdio: 'ignore' });
  const text = pageTexts(whole);
  const at = (words) => text.findIndex((t) => t.includes(words)) + 1;
  const chosen = [at('beter op mobiliteitsstromen'), at('12) We initiëren'), at('(burgerschaps)vaardigheden'), at('traineeprogramma met o.a. een data science'), at('Project van BZK, i.s.m.'), at('31) Voor de zomer')];
  excerpt(whole, chosen.join(','), 'weasyprint-rules-over-rows.pdf');
});
// wkhtmltopdf, US Letter landscape, a 12 pt body in TeX Gyre Schola and tables ruled cell by cell:
// the page where the connectivity plan's row of action 4 is cut, and the next, where wkhtmltopdf
// draws the cut line again at the top, clipped by the table's top rule.
render('wkhtmltopdf-cut-line-clipped.pdf', () => {
  const whole = join(work, 'cut-line-clipped.pdf');
  const css = `body { font-size: 11pt; line-height: 1.35; } h1 { font-size: 19.8pt; } h2 { font-size: 15.4pt; } h3 { font-size: 13.2pt; } h4, h5, h6 { font-size: 11.55pt; }
    table { border-collapse: collapse; width: 100%; margin: 8pt 0; } td, th { vertical-align: top; padding: 4pt; text-align: left; border: 1px solid #000; }
    ul { margin: 0 0 0 12pt; padding: 0; } li { margin: 0; } p { margin: 0 0 6pt 0; } td p { margin: 0 0 3pt 0; } .fn { font-size: 8.25pt; }
    body { font-family: 'TeX Gyre Schola', serif; } table.wide { font-size: 8pt; }`;
  execFileSync('wkhtmltopdf', ['-q', '--page-size', 'Letter', '-O', 'Landscape', write('cut-line-clipped.html', styled(css)), whole], { stdio: 'ignore' });
  const text = pageTexts(whole);
  const rest = text.findIndex((t) => t.includes('eind kwartaal de veiling daadwerkelijk')) + 1;
  excerpt(whole, `${rest - 1}-${rest}`, 'wkhtmltopdf-cut-line-clipped.pdf');
});
// Chromium, A4, DejaVu Serif, list markers drawn as pictures, rules under rows: the page where
// actions 27 and 28 share a row, their status one paragraph whose second line (`Hierin zijn …`) wraps
// after a sentence's end with room for all but a point of its first word.
render('chromium-wrap-after-stop.pdf', () => {
  const whole = join(work, 'wrap-after-stop.pdf');
  const css = `@page { size: A4; margin: 18mm; } body { font-size: 10pt; line-height: 1.35; } h1 { font-size: 18pt; } h2 { font-size: 14pt; } h3 { font-size: 12pt; } h4, h5, h6 { font-size: 10.5pt; }
    table { border-collapse: collapse; width: 100%; margin: 8pt 0; } td, th { vertical-align: top; padding: 3pt; text-align: left; }
    ul { margin: 0 0 0 12pt; padding: 0; } li { margin: 0; } p { margin: 0 0 6pt 0; } td p { margin: 0 0 3pt 0; } .fn { font-size: 7.5pt; }
    body { font-family: 'DejaVu Serif', serif; } table.wide { font-size: 7.5pt; }
    ul { list-style-image: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='6' height='6'%3E%3Crect width='6' height='6' fill='%23154273'/%3E%3C/svg%3E"); }
    td, th { border-bottom: 0.4pt solid #777; }`;
  chromium(write('wrap-after-stop.html', styled(css)), whole);
  const text = pageTexts(whole);
  const page = text.findIndex((t) => t.includes('27) Inzet op transparantie')) + 1;
  excerpt(whole, String(page), 'chromium-wrap-after-stop.pdf');
});
/** Chromium, A4, DejaVu Sans, text justified between its letters (`text-justify: inter-character`). */
const INTER_CHARACTER = `@page { size: A4; margin: 18mm; } body { font-size: 10pt; line-height: 1.35; } h1 { font-size: 18pt; } h2 { font-size: 14pt; } h3 { font-size: 12pt; } h4, h5, h6 { font-size: 10.5pt; }
    table { border-collapse: collapse; width: 100%; margin: 8pt 0; } td, th { vertical-align: top; padding: 3pt; text-align: left; }
    ul { margin: 0 0 0 12pt; padding: 0; } li { margin: 0; } p { margin: 0 0 6pt 0; } td p { margin: 0 0 3pt 0; } .fn { font-size: 7.5pt; }
    body { font-family: 'DejaVu Sans', sans-serif; text-align: justify; text-justify: inter-character; } table.wide { font-size: 7.5pt; }
    td { text-align: justify; text-justify: inter-character; } td, th { border-bottom: 0.4pt solid #888; }`;
// Chromium, A4, DejaVu Sans, text justified between its letters (`text-justify: inter-character`):
// the page where action 22's row opens, its short first line `22) Het` spread across the cell one
// letter a run.
render('chromium-inter-character.pdf', () => {
  const whole = join(work, 'inter-character.pdf');
  chromium(write('inter-character.html', styled(INTER_CHARACTER)), whole);
  const text = pageTexts(whole);
  const page = text.findIndex((t) => /\n2 2 \)\n/.test(t)) + 1;
  excerpt(whole, String(page), 'chromium-inter-character.pdf');
});
// The same, the pages of notes 37 and 58, their numbers spread as their lines are (`3 7` · `To e z e g
// g i n g`; `5` · `8` one figure a run), and the page where part 2's first table opens, its theme's
// line `o n d e r z o e k` · `e n` (a two-letter word a run of its own).
render('chromium-inter-character-notes.pdf', () => {
  const whole = join(work, 'inter-character-notes.pdf');
  chromium(write('inter-character-notes.html', styled(INTER_CHARACTER)), whole);
  const text = pageTexts(whole);
  const at = (test) => text.findIndex(test) + 1;
  const pages = [at((t) => t.includes('To e z e g g i n g')), at((t) => /\n5 8\n/.test(t)), at((t) => /\n2 Versterken van het fundament \(basisvoorwaarden\)\nThema's/.test(t))];
  excerpt(whole, pages.join(','), 'chromium-inter-character-notes.pdf');
});
// LibreOffice Writer, the HTML saved as Word (.docx) and that exported (Word's table flow: no rules,
// narrow gutters, the last column past the page's edge): the page where action 17's row goes on under
// the repeated header, its status cell's subheading `Mbo` set left of the cell's bullets, its gap to
// them as wide as the gutter before the next column (`op de` · `toekomstbestendige`).
render('libreoffice-docx-subheading.pdf', () => {
  const whole = join(work, 'docx-subheading.pdf');
  const css = `${EXCERPT_BASE()} body { font-family: 'Liberation Serif', serif; } table.wide { font-size: 8pt; } td, th { border: 0.5pt solid #000; }`;
  const profile = `-env:UserInstallation=file://${join(work, 'lo-docx-profile')}`;
  execFileSync('soffice', ['--headless', '--norestore', profile, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, write('docx-subheading.html', styled(css))], { stdio: 'ignore' });
  execFileSync('soffice', ['--headless', '--norestore', profile, '--convert-to', 'pdf:writer_pdf_Export', '--outdir', work, join(work, 'docx-subheading.docx')], { stdio: 'ignore' });
  const text = pageTexts(whole);
  const page = text.findIndex((t) => /\nMbo\n/.test(t)) + 1;
  excerpt(whole, String(page), 'libreoffice-docx-subheading.pdf');
});
// LibreOffice Writer, every cell's text centred (Liberation Sans, 10 pt, tables in 8 pt): a page where
// a status cell's list opens on the row's first line, its bullet set at the left of the centred item,
// across the edge of the column before, on the baseline of that column's text.
render('libreoffice-centred-bullets.pdf', () => {
  const whole = join(work, 'centred-bullets.pdf');
  const css = `${EXCERPT_BASE('center')} body { font-family: 'Liberation Sans', sans-serif; } table.wide { font-size: 8pt; }`;
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(work, 'lo-centred-profile')}`, '--convert-to', 'pdf:writer_pdf_Export', '--outdir', work, write('centred-bullets.html', styled(css))], { stdio: 'ignore' });
  const text = pageTexts(whole);
  const page = text.findIndex((t) => t.includes('20) Daarnaast worden')) + 1;
  excerpt(whole, String(page), 'libreoffice-centred-bullets.pdf');
});
// LibreOffice Writer, every cell's text centred (DejaVu Serif, 10 pt, tables in 7.5 pt): the pages of
// actions 7 and 29, where lines of a centred cell, wider than the lines over them, start left of
// their column's edge (`7) We` · `zoeken naar` · `manieren hoe`, `De ontwikkeling` under `Een
// flexibel energiesysteem`).
render('libreoffice-centred-overhang.pdf', () => {
  const whole = join(work, 'centred-overhang.pdf');
  const css = `${EXCERPT_BASE('center')} body { font-family: 'DejaVu Serif', serif; } table.wide { font-size: 7.5pt; }`;
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(work, 'lo-overhang-profile')}`, '--convert-to', 'pdf:writer_pdf_Export', '--outdir', work, write('centred-overhang.html', styled(css))], { stdio: 'ignore' });
  const text = pageTexts(whole);
  const at = (test) => text.findIndex(test) + 1;
  excerpt(whole, `${at((t) => /\n7\) We\n/.test(t))},${at((t) => t.includes('29) We verkennen een open'))}`, 'libreoffice-centred-overhang.pdf');
});
// WeasyPrint, A4 landscape, DejaVu Sans, each row's first cell in smaller capitals (6.5 pt beside the
// other cells' 7.5 pt, its lines at their own pitch): the page where action 11's row opens, its text
// in that first cell (`11) WE BOUWEN AAN PUBLIEK-…`), lines of that cell alone between the others'.
render('weasyprint-small-first-column.pdf', () => {
  const whole = join(work, 'small-first-column.pdf');
  const css = `@page { size: A4 landscape; margin: 14mm; } body { font-size: 9pt; line-height: 1.35; } h1 { font-size: 16pt; } h2 { font-size: 12.6pt; } h3 { font-size: 10.8pt; } h4, h5, h6 { font-size: 9.5pt; }
    table { border-collapse: collapse; width: 100%; margin: 8pt 0; } td, th { vertical-align: top; padding: 3pt; text-align: left; }
    ul { margin: 0 0 0 12pt; padding: 0; } li { margin: 0; } p { margin: 0 0 6pt 0; } td p { margin: 0 0 3pt 0; } .fn { font-size: 7pt; }
    body { font-family: 'DejaVu Sans', sans-serif; } table.wide { font-size: 7.5pt; } td:first-child { text-transform: uppercase; font-size: 6.5pt; letter-spacing: 0.3pt; } th { border-bottom: 1.5pt solid #333; }`;
  execFileSync('weasyprint', ['-q', write('small-first-column.html', styled(css)), whole], { stdio: 'ignore' });
  const text = pageTexts(whole);
  const page = text.findIndex((t) => t.includes('INTELLIGENTIE, AI, BIG DATA,')) + 1;
  excerpt(whole, String(page), 'weasyprint-small-first-column.pdf');
});
// wkhtmltopdf, A4, DejaVu Sans, no rules, the connectivity plan's fourth table pushed down by a
// spacer until the page break cuts its header row after the labels' first line: the page that ends
// with `Thema · Opgave · Actie · … · Wat gaan we · Wie` and the next, which opens with `doen? (vanaf` ·
// `(tijd)` and `Q2 2020)` over the table's rows. (The spacer's height is found by trying, 1 mm at a
// time: a renderer's other version breaks elsewhere.)
render('wkhtmltopdf-cut-header.pdf', () => {
  const whole = join(work, 'cut-header.pdf');
  const css = `${EXCERPT_BASE()} body { font-family: 'DejaVu Sans', sans-serif; } table.wide { font-size: 7.5pt; }`;
  const plan = html.indexOf('Actieplan Digitale Connectiviteit');
  let fourth = plan;
  for (let k = 0; k < 4; k++) fourth = html.indexOf('<table class="wide">', fourth + 1);
  for (let mm = 0; mm < 300; mm++) {
    const spaced = `${html.slice(0, fourth)}<div style="height: ${mm}mm"></div>${html.slice(fourth)}`;
    execFileSync('wkhtmltopdf', ['-q', '--page-size', 'A4', write('cut-header.html', spaced.replace(/<style>[\s\S]*?<\/style>/, `<style>${css}</style>`)), whole], { stdio: 'ignore' });
    const lines = pageTexts(whole).map((t) => t.split('\n').filter((l) => l.trim() !== ''));
    const page = lines.findIndex((l, k) => k > 0 && l[0] === 'doen? (vanaf' && lines[k - 1]?.at(-1) === 'Wie');
    if (page > 0) return excerpt(whole, `${page}-${page + 1}`, 'wkhtmltopdf-cut-header.pdf');
  }
  throw new Error('no spacer cuts the header');
});
/**
 * Each glyph a content stream shows (`Tj`, `TJ`; hex strings `hexBytes` bytes a glyph, literal
 * strings a byte a glyph) in a marked-content sequence of its own (`/Span BMC [<0031>] TJ EMC`), an
 * array's kerns kept between them, as a producer that tags text piece by piece may write it: pdfjs
 * ends a text item at every sequence, so each glyph comes as a run of its own.
 */
function markGlyphs(content, hexBytes) {
  const token = /<([0-9a-fA-F\s]*)>|\(((?:[^()\\]|\\[\s\S])*)\)|(-?[\d.]+)/g;
  const glyph = (g) => `/Span BMC [${g}] TJ EMC`;
  const split = (operands) =>
    [...operands.matchAll(token)]
      .flatMap(([, hex, literal, kern]) => {
        if (hex !== undefined) {
          const h = hex.replace(/\s/g, '');
          return Array.from({ length: Math.ceil(h.length / (2 * hexBytes)) }, (_, k) => glyph(`<${h.slice(k * 2 * hexBytes, (k + 1) * 2 * hexBytes)}>`));
        }
        if (literal !== undefined) return [...literal.matchAll(/\\(?:[0-7]{1,3}|[\s\S])|[\s\S]/g)].map(([c]) => glyph(`(${c})`));
        return [`[0 ${kern}] TJ`];
      })
      .join(' ');
  return content.replace(/(stream\r?\n)([\s\S]*?)(\r?\nendstream)/g, (whole, open, body, close) =>
    !body.includes('BT')
      ? whole
      : open +
        body
          .replace(/\[((?:<[^>]*>|\((?:[^()\\]|\\[\s\S])*\)|[\s\d.-])*)\]\s*TJ/g, (_, ops) => split(ops))
          .replace(/(<[0-9a-fA-F\s]*>|\((?:[^()\\]|\\[\s\S])*\))\s*Tj/g, (_, str) => split(str)) +
        close,
  );
}
/**
 * Pages of a PDF (found by their words) with every glyph marked apart (see markGlyphs), as the
 * excerpt `name`; and, given `plain`, the same pages as they are, as the excerpt `plain`.
 */
function glyphsMarked(source, words, hexBytes, name, plain) {
  const pages = pagesWith(source, words);
  if (plain) excerpt(source, pages, plain);
  rewrittenExcerpt(source, pages, name, (content) => markGlyphs(content, hexBytes));
}
/** The pages of a PDF that hold the given words (the first page holding each), as qpdf's page range. */
function pagesWith(source, words) {
  const text = pageTexts(source);
  return words.map((w) => text.findIndex((t) => t.includes(w)) + 1).join(',');
}
/**
 * Pages of a PDF as the excerpt `name` (in `folder`), their objects uncompressed (qpdf's QDF form),
 * the file's text changed by `rewrite` (latin1), the streams' lengths set again (fix-qdf), and
 * compressed.
 */
function rewrittenExcerpt(source, pages, name, rewrite, folder = EXCERPTS) {
  const expanded = join(work, `${name}.qdf.pdf`);
  execFileSync('qpdf', ['--qdf', '--object-streams=disable', '--empty', '--pages', source, pages, '--', expanded]);
  writeFileSync(expanded, rewrite(readFileSync(expanded, 'latin1')), 'latin1');
  const fixed = join(work, `${name}.fixed.pdf`);
  writeFileSync(fixed, execFileSync('fix-qdf', [expanded]));
  execFileSync('qpdf', ['--recompress-flate', '--compression-level=9', '--object-streams=generate', fixed, join(folder, name)]);
}
// The bundled untagged PDF (Chromium: a glyph a `Tj`, two bytes each), every glyph marked apart:
// the page of note 20 (a web address under a link), of note 37 (its figures, and a kerned `T` ·
// `oezegging`), and the page where action 30 opens.
render('chromium-marked-glyphs.pdf', () =>
  glyphsMarked(resolve('fixtures/nds-2020-untagged.pdf'), ['gepubliceerd op rijksoverheid.nl', 'Toezegging tijdens AO Digitale overheid', '30) '], 2, 'chromium-marked-glyphs.pdf'),
);
// The matrix's LibreOffice Writer rendering (kerned `TJ` arrays, a byte a glyph), every glyph
// marked apart: the connectivity plan's page whose last column's header `Wie (tijd)` runs past the
// page's edge (`Wi` on the page, `e (tijd)` past it), and the page of notes 11-14; and the same
// two pages unmarked, to read it against.
render('libreoffice-marked-glyphs.pdf', () =>
  glyphsMarked(resolve('tests/fixtures/producers/libreoffice-writer.pdf'), ['Ondersteuning\nbij de soepele', 'transparantielab'], 1, 'libreoffice-marked-glyphs.pdf', 'libreoffice-marked-glyphs-plain.pdf'),
);
// The matrix's WeasyPrint draft (two bytes a glyph), every glyph marked apart, beside the same pages
// unmarked: its ministry's label in the margin, set turned half round (each glyph then a run that
// reads leftwards), on the pages where notes 5-8 and 34-36 stand.
render('weasyprint-marked-glyphs.pdf', () =>
  glyphsMarked(resolve('tests/fixtures/producers/weasyprint-draft.pdf'), ['Kamerstukken 26 643 en 32 761, nr. 640', 'Ruimtelijke strategie datacenters'], 2, 'weasyprint-marked-glyphs.pdf', 'weasyprint-marked-glyphs-plain.pdf'),
);
/**
 * Pages of a PDF (found by their words) whose fonts' Unicode mappings name the ligatures after
 * letters, two glyphs under one name (`fi` and `ffi` as `û`, `fl` and `ffl` as `ü`), as a rewrite
 * of Chromium's Type 3 fonts was seen to (Ghostscript): every extractor then reads `ûeldlab`,
 * `eûciënter`. The glyphs and what the pages show are unchanged.
 */
function ligaturesMisnamed(source, words, name) {
  const named = { FB01: '00FB', FB03: '00FB', FB02: '00FC', FB04: '00FC' };
  rewrittenExcerpt(source, pagesWith(source, words), name, (content) =>
    content.replace(/(stream\r?\n)([\s\S]*?)(\r?\nendstream)/g, (whole, open, body, close) =>
      body.includes('begincmap') ? open + body.replace(/<(FB0[1-4])>/gi, (_, code) => `<${named[code.toUpperCase()]}>`) + close : whole,
    ),
  );
}
// The matrix's Chromium print in TeX Gyre Pagella (Type 3 fonts, ligatures set), its ligatures
// misnamed: the page of `efficiënter` and `Artificiële`, and a page of `fieldlab`s and `Fieldlab`s (a capital's `Fi` no ligature).
render('chromium-ligatures-misnamed.pdf', () =>
  ligaturesMisnamed(resolve('tests/fixtures/producers/chromium-pagella-ij.pdf'), ['toezicht efficiënter', 'Smart Industry Inclusive Fieldlab'], 'chromium-ligatures-misnamed.pdf'),
);
/** The fuzz seed, its pages rewritten by `rewrite` (see rewrittenExcerpt), as tests/fixtures/fuzz/`name`. */
function seedRewritten(name, rewrite) {
  rewrittenExcerpt(resolve('tests/fixtures/fuzz/nds-2020-untagged-6pages.pdf'), '1-z', name, rewrite, resolve('tests/fixtures/fuzz'));
}
// A hostile font: the seed's CID fonts' widths (`/W`) rewritten, every ninth width 10^28 and every
// thirteenth negative, as a damaged or hostile file may give them: a line's glyphs after an absurd
// width stand past any page, and a run whose widths are negative runs back.
render('absurd-widths.pdf', () =>
  seedRewritten('absurd-widths.pdf', (content) => {
    let [inW, depth, k] = [false, 0, 0];
    return content
      .split('\n')
      .map((line) => {
        const t = line.trim();
        if (t === '/W [') [inW, depth] = [true, 1];
        else if (inW && t === '[') depth++;
        else if (inW && t === ']') inW = --depth > 0;
        else if (inW && depth === 2 && /^-?[\d.]+$/.test(t) && ++k % 9 === 0) return line.replace(t, '10000000000000000000000000000.5');
        else if (inW && depth === 2 && /^-?[\d.]+$/.test(t) && k % 13 === 0) return line.replace(t, `-${t}`);
        return line;
      })
      .join('\n');
  }),
);
// The seed with its second page's box (`/MediaBox`) of no size: pdfjs warns, and takes a Letter page.
render('page-box-invalid.pdf', () =>
  seedRewritten('page-box-invalid.pdf', (content) => {
    let k = 0;
    return content.replace(/\/MediaBox \[[^\]]*\]/g, (box) => (++k === 2 ? '/MediaBox [0 0 0 0]' : box));
  }),
);
// The seed with two fonts' Unicode maps giving glyphs code 0 (a map damaged, or written by a producer
// for glyphs it could not name): one font's `a` (its running header), another's `,` to `9` (a range).
render('unicode-unmapped.pdf', () =>
  seedRewritten('unicode-unmapped.pdf', (content) => content.replace(/^(<[0-9A-F]{4}>) <0061>$/m, '$1 <0000>').replace(/^(<000F> <001D>) <002C>$/m, '$1 <0000>')),
);
/** The HTML set by pdfTeX (pandoc-tex.mjs, pandoc's template variables `vars`), its title page and the pages holding `words` as the excerpt `name`. */
function pdftexExcerpt(name, vars, tableSize, words) {
  const whole = join(work, `pdftex-${name}`);
  pdftex(html, work, whole, vars, tableSize);
  excerpt(whole, `1,${pagesWith(whole, words)}`, name);
}
// LaTeX's report class on A5 in Utopia, the tables in tiny type: the contents set as a small table,
// its page numbers in a column right against the longest entries (`1 Maatschappelijke …
// (versnellen)` · `52`), the page that calls note 1, and the budget appendix's page of year series,
// its euro signs drawn as a `C` struck through by a smaller `=` (Utopia has no euro sign).
render('pdftex-utopia-a5.pdf', () =>
  pdftexExcerpt('pdftex-utopia-a5.pdf', ['documentclass=report', 'geometry:a5paper,margin=1.5cm', 'fontsize=10pt', 'fontfamily=utopia'], '\\tiny', ['Bijlage 3 Overzicht financiële middelen', 'Vorig jaar is met de', '(2016) budget']),
);
// LaTeX's book class on two-sided US Letter in Times, tables in footnote size: the contents, and the
// connectivity plan's page whose status cell sets its bullets a gutter's width in from the column's
// edge, where its label starts (`Stand van zaken` over `• Het convenant …`, one bullet alone on its line).
render('pdftex-book-letter.pdf', () =>
  pdftexExcerpt('pdftex-book-letter.pdf', ['documentclass=book', 'geometry:letterpaper,twoside,inner=1in,outer=1.6in', 'fontsize=11pt', 'fontfamily=mathptmx'], '\\footnotesize', ['Bijlage 3 Overzicht financiële middelen', 'Vooralsnog']),
);
console.log(made.join('\n'));

// Renders a 2-up print for the tests: fixtures/nds-2020.html laid out by WeasyPrint (A4, DejaVu
// Serif 10.5 pt, each cell ruled along its top), then two pages at 70 % side by side on each
// landscape sheet (MuPDF's `mutool run`, each page placed as a form), and only sheets 25–31 kept
// (pages 49–62: appendix 1's actions 4 to 32), so that the file stays small. Needs the Debian
// packages weasyprint, mupdf-tools and qpdf; the PDF is committed. Usage: node scripts/render-spreads.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const OUT = resolve('tests/fixtures/spreads/weasyprint-2up-appendix.pdf');
const work = mkdtempSync(join(tmpdir(), 'nds-spreads-'));
const html = readFileSync('fixtures/nds-2020.html', 'utf8');
const fs = 10.5;
const css = `@page { size: A4; margin: 20mm; } body { font-size: ${fs}pt; line-height: 1.35; font-family: 'DejaVu Serif'; }
  h1 { font-size: ${fs * 1.8}pt; } h2 { font-size: ${fs * 1.4}pt; } h3 { font-size: ${fs * 1.2}pt; } h4, h5, h6 { font-size: ${fs + 0.5}pt; }
  table { width: 100%; margin: 8pt 0; border-collapse: collapse; } table.wide { font-size: 7.5pt; } td, th { padding: 3pt; vertical-align: top; text-align: left; border-top: 0.5pt solid #000; } th { border-bottom: 1pt solid #000; }
  ul { margin: 0 0 0 12pt; padding: 0; } p { margin: 0 0 5pt 0; } td p { margin: 0 0 2pt 0; } .fn { font-size: ${fs * 0.8}pt; }`;
const page = join(work, 'pages.pdf');
writeFileSync(join(work, 'nds.html'), html.replace(/<style>[\s\S]*?<\/style>/, `<style>${css}</style>`));
execFileSync('weasyprint', ['-q', join(work, 'nds.html'), page], { stdio: 'ignore' });
// Each page as a form; a new landscape sheet for every two, scaled to 70 %.
const TWO_UP = `var doc = new PDFDocument(scriptArgs[0]);
var n = doc.countPages();
var box = doc.findPage(0).MediaBox;
var w = box[2] - box[0], h = box[3] - box[1];
var forms = [];
for (var i = 0; i < n; i++) {
  var p = doc.findPage(i);
  var b = p.MediaBox;
  var content = new Buffer();
  var old = p.Contents;
  if (old.isArray()) { for (var k = 0; k < old.length; k++) { content.writeBuffer(old[k].readStream()); content.writeLine(''); } } else content.writeBuffer(old.readStream());
  forms.push(doc.addStream(content, { Type: 'XObject', Subtype: 'Form', BBox: [b[0], b[1], b[2], b[3]], Resources: p.Resources }));
}
var sheets = [];
for (var i = 0; i < n; i += 2) {
  var xo = { L: forms[i] };
  var c = 'q 0.7 0 0 0.7 20 40 cm /L Do Q\\n';
  if (i + 1 < n) { xo.R = forms[i + 1]; c += 'q 0.7 0 0 0.7 ' + (40 + w * 0.7) + ' 40 cm /R Do Q\\n'; }
  sheets.push(doc.addPage([0, 0, 60 + w * 1.4, 80 + h * 0.7], 0, { XObject: xo }, c));
}
for (var i = n - 1; i >= 0; i--) doc.deletePage(i);
for (var i = 0; i < sheets.length; i++) doc.insertPage(-1, sheets[i]);
doc.save(scriptArgs[1], 'compress,garbage');
`;
writeFileSync(join(work, 'two-up.js'), TWO_UP);
const sheets = join(work, 'sheets.pdf');
execFileSync('mutool', ['run', join(work, 'two-up.js'), page, sheets], { stdio: 'ignore' });
execFileSync('qpdf', [sheets, '--pages', sheets, '25-31', '--', OUT]);
console.log(OUT);

// Renders a slice of fixtures/nds-2020.html (a heading, a paragraph and the first table of the
// appendix) in Noto Mono, a typeface with no bold face, so that each producer makes its own bold:
// Chromium draws the glyphs as outlines in a Type 3 font of the same name, LibreOffice strokes
// their outlines too (`2 Tr`), wkhtmltopdf strikes the text twice. The same slice in Lato, printed
// by Chromium and written again by Ghostscript, whose text layer gets Lato's ligatures wrong (`ti`
// as `琀椀`, its bytes swapped; `fi` named `û`); and the slice by XeLaTeX in Lato, whose hyphens are
// U+2010. Needs the Debian packages chromium, libreoffice-writer-nogui, wkhtmltopdf, ghostscript, pandoc
// and texlive-xetex; the PDFs are committed. Usage:
// node scripts/render-fonts.mjs [name.pdf …]   (with names, only those are made again)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const html = readFileSync('fixtures/nds-2020.html', 'utf8');
const head = html.slice(0, html.indexOf('<body')).replace(/<style>[\s\S]*?<\/style>/, `<style>
  @page { size: A4; margin: 15mm; } body { font-family: 'Noto Mono', monospace; font-size: 8.5pt; line-height: 1.3; }
  table { border-collapse: collapse; width: 100%; font-size: 6.5pt; } td, th { vertical-align: top; padding: 2pt 3pt; text-align: left; border-bottom: 0.5pt solid #444; }
  ul { margin: 0 0 0 12pt; padding: 0; } p { margin: 0 0 4pt 0; } td p { margin: 0 0 2pt 0; }</style>`);
const closing = html.indexOf('<h2>Tot slot</h2>');
const table = html.indexOf('<table class="wide">', closing);
const body = `${html.slice(closing, html.indexOf('</p>', closing) + 4)}\n${html.slice(table, html.indexOf('</table>', table) + 8)}`;
const work = mkdtempSync(join(tmpdir(), 'nds-fonts-'));
writeFileSync(join(work, 'mono.html'), `${head}<body>\n${body}\n</body></html>\n`);
const out = (name) => resolve('tests/fixtures/fonts', name);
const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.includes(name);
if (want('chromium-synthetic-bold.pdf')) execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${out('chromium-synthetic-bold.pdf')}`, `file://${join(work, 'mono.html')}`], { stdio: 'ignore' });
if (want('libreoffice-stroked-bold.pdf')) {
  execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'pdf:writer_pdf_Export', '--outdir', work, join(work, 'mono.html')], { stdio: 'ignore' });
  copyFileSync(join(work, 'mono.pdf'), out('libreoffice-stroked-bold.pdf'));
}
if (want('wkhtmltopdf-overstruck-bold.pdf')) execFileSync('wkhtmltopdf', ['-q', join(work, 'mono.html'), out('wkhtmltopdf-overstruck-bold.pdf')], { stdio: 'ignore' });
if (want('ghostscript-lato-ligatures.pdf')) {
  writeFileSync(join(work, 'lato.html'), `${head.replace("'Noto Mono', monospace", "'Lato', sans-serif")}<body>\n${body}\n</body></html>\n`);
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${join(work, 'lato.pdf')}`, `file://${join(work, 'lato.html')}`], { stdio: 'ignore' });
  execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', `-sOutputFile=${out('ghostscript-lato-ligatures.pdf')}`, join(work, 'lato.pdf')], { stdio: 'ignore' });
}
// The slice in TeX Gyre Bonum (an OpenType font with CFF outlines, which Chromium writes as Type 3
// fonts) printed by Chromium and written again by Ghostscript: every font's name gone (pdfjs calls
// each `Type3`), the bold face's with it, and the header's and themes' bold words run on into the
// regular words after them in one text item.
if (want('ghostscript-type3-nameless.pdf')) {
  writeFileSync(join(work, 'bonum.html'), `${head.replace("'Noto Mono', monospace", "'TeX Gyre Bonum', serif")}<body>\n${body}\n</body></html>\n`);
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${join(work, 'bonum.pdf')}`, `file://${join(work, 'bonum.html')}`], { stdio: 'ignore' });
  execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=pdfwrite', `-sOutputFile=${out('ghostscript-type3-nameless.pdf')}`, join(work, 'bonum.pdf')], { stdio: 'ignore' });
}
// The slice by XeLaTeX (pandoc's LaTeX, US Letter, Lato), whose text layer names Lato's hyphen U+2010
// (`corona‐crisis`; `data‐` / `intensieve` where it breaks a line), not `-`. Needs pandoc and texlive-xetex.
if (want('xelatex-lato-hyphens.pdf')) {
  writeFileSync(join(work, 'slice.html'), `<html><head><meta charset="utf-8"></head><body>\n${body}\n</body></html>\n`);
  execFileSync('pandoc', [join(work, 'slice.html'), '-s', '-o', join(work, 'xelatex.tex'), '-V', 'lang=nl', '-V', 'geometry:margin=2.2cm', '-V', 'papersize=letter', '-V', 'mainfont=Lato', '-V', 'fontsize=11pt']);
  // (Twice: the second run sets what the first measured.)
  for (let i = 0; i < 2; i++) execFileSync('xelatex', ['-interaction=nonstopmode', '-output-directory', work, join(work, 'xelatex.tex')], { stdio: 'ignore', cwd: work });
  copyFileSync(join(work, 'xelatex.pdf'), out('xelatex-lato-hyphens.pdf'));
}
console.log(`wrote ${out('*.pdf')}`);

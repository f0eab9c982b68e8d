// pdfTeX by way of pandoc, for scripts/render-producers.mjs and scripts/held-out.mjs: the HTML as
// LaTeX (longtables with booktabs rules: one over and under each table and under its header, none
// between rows; notes as paragraphs opened by a raised number), then set twice by pdflatex.
// Needs pandoc, texlive-latex-recommended, texlive-fonts-recommended and lmodern.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Share of the line each column of a wide table takes (five or six columns). */
const SHARES = { 5: [0.13, 0.2, 0.28, 0.27, 0.12], 6: [0.1, 0.14, 0.2, 0.2, 0.22, 0.14] };

/**
 * Sets `html` with pdfTeX into `out` (`work`: a scratch directory; `vars`: pandoc's template
 * variables, `geometry:…`, `fontsize=…`, `fontfamily=…`; `tableSize`: the tables' type, as a LaTeX
 * user sets them smaller).
 */
export function pdftex(html, work, out, vars, tableSize = '\\footnotesize') {
  const tex = join(work, 'pdftex.tex');
  writeFileSync(join(work, 'pandoc.html'), html);
  execFileSync('pandoc', [join(work, 'pandoc.html'), '-s', '-o', tex, '-V', 'lang=nl', ...vars.flatMap((v) => ['-V', v])]);
  // (Two Cyrillic look-alikes in the source text pdfTeX cannot set; a parenthesis after a rule,
  // which booktabs would read as its trim; long tables of columns that never wrap, thousands of
  // points too wide, given wrapping columns.)
  const wrapping = (table, spec) => {
    const n = spec.length;
    if (!/[^&\\\n]{50,}/.test(table) || !SHARES[n]) return table;
    const cols = SHARES[n].map((f) => `>{\\raggedright\\arraybackslash}p{(\\columnwidth - ${2 * (n - 1)}\\tabcolsep) * \\real{${f.toFixed(2)}}}`).join('');
    return table.replace(`{@{}${spec}@{}}`, `{@{}${cols}@{}}`);
  };
  const source = readFileSync(tex, 'utf8')
    .replace(/е/g, 'e')
    .replace(/г/g, 'r')
    .replaceAll('\\toprule\n(', '\\toprule\n{}(')
    .replace(/\\begin\{longtable\}\[\]\{@\{\}(l+)@\{\}\}[\s\S]*?\\end\{longtable\}/g, (table, spec) => wrapping(table, spec))
    .replace('\\begin{document}', `\\AtBeginEnvironment{longtable}{${tableSize}}\n\\begin{document}`);
  writeFileSync(tex, source);
  // (Twice: the second run sets what the first measured.)
  for (let i = 0; i < 2; i++) execFileSync('pdflatex', ['-interaction=nonstopmode', '-output-directory', work, tex], { stdio: 'ignore', cwd: work });
  copyFileSync(join(work, 'pdftex.pdf'), out);
}

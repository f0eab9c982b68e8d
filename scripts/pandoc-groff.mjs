// groff by way of pandoc, for scripts/held-out.mjs: the HTML as ms macros (tables by tbl, a text
// block per cell; notes as numbered paragraphs), set by gropdf (`-Tpdf`, whole Type 1 fonts) or by
// pdfroff (PostScript through Ghostscript). groff hyphenates its table cells with its own (English)
// patterns, whatever the text's language; a row taller than the page runs past its foot.
// Needs pandoc, groff and ghostscript.
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Sets `html` with groff into `out` (`work`: a scratch directory; `vars`: pandoc's ms template
 * variables, `fontfamily=T`, `pointsize=11p`, `hyphenate=true`; `paper`: `a4` or `letter`;
 * `pdfroff`: through PostScript and Ghostscript instead of gropdf; A4 only, Ghostscript's paper).
 */
export function groff(html, work, out, vars = [], paper = 'a4', pdfroff = false) {
  const ms = join(work, 'groff.ms');
  writeFileSync(join(work, 'groff.html'), html);
  execFileSync('pandoc', [join(work, 'groff.html'), '-s', '-t', 'ms', '-o', ms, ...vars.flatMap((v) => ['-V', v])]);
  const pdf = pdfroff
    ? execFileSync('pdfroff', ['-ms', '-t', '-e', '-k', '-mpdfmark', '--no-toc-relocation', `-dpaper=${paper}`, ms], { cwd: work, maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] })
    : execFileSync('groff', ['-ms', '-t', '-e', '-k', '-Tpdf', `-dpaper=${paper}`, `-P-p${paper}`, ms], { cwd: work, maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
  writeFileSync(out, pdf);
}

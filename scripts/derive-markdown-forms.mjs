// Writes the bundled NDS 2020 in the markdown forms other converters produce, as test fixtures:
//
//   tests/fixtures/forms/nds-2020.pipe.md    GitHub pipe tables (header separator row, cell paragraphs
//                                            and list items joined by <br>, **bold**, *italic*, \| escaped),
//                                            footnotes as [^N] references and [^N]: definitions — the way
//                                            marker and docling write a PDF's tables;
//   tests/fixtures/forms/nds-2020.pipe-bare.md  the same tables without outer pipes (html2text's form);
//   tests/fixtures/forms/nds-2020.pandoc.md  `pandoc -f html -t gfm fixtures/nds-2020.html`: pipe tables
//                                            where cells are simple, embedded HTML <table> blocks where
//                                            cells hold lists (needs pandoc, a Debian package).
//
// Usage: node scripts/derive-markdown-forms.mjs   (from the project root)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseDocument } from 'htmlparser2';

const OUT = 'tests/fixtures/forms';
mkdirSync(OUT, { recursive: true });

/** One tab-form cell (HTML) → one pipe-table cell: blocks joined by <br>, markdown emphasis. */
function pipeCell(html) {
  const lines = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text !== '') lines.push(text);
    current = '';
  };
  const inline = (node) => {
    if (node.type === 'text') return node.data.replace(/ {2,}/g, '\u0000');
    if (node.type !== 'tag') return '';
    const inner = node.children.map(inline).join('');
    if (node.name === 'b' || node.name === 'strong') return inner.trim() ? `**${inner.trim()}** ` : '';
    if (node.name === 'i' || node.name === 'em') return inner.trim() ? `*${inner.trim()}* ` : '';
    if (node.name === 'sup') return `[^${inner.trim()}]`;
    if (node.name === 'a') return `[${inner}](${node.attribs.href})`;
    return inner;
  };
  const walk = (nodes) => {
    for (const node of nodes) {
      if (node.type === 'tag' && (node.name === 'ul' || node.name === 'ol')) {
        flush();
        const items = (list, bullet) => {
          for (const li of list.children.filter((c) => c.type === 'tag' && c.name === 'li')) {
            const nested = li.children.filter((c) => c.type === 'tag' && (c.name === 'ul' || c.name === 'ol'));
            current = `${bullet} ${li.children.filter((c) => !nested.includes(c)).map(inline).join('')}`;
            flush();
            for (const sub of nested) items(sub, '◦');
          }
        };
        items(node, '•');
      } else if (node.type === 'tag' && node.name === 'p') {
        flush();
        current = node.children.map(inline).join('');
        flush();
      } else current += inline(node);
    }
    flush();
  };
  walk(parseDocument(html, { decodeEntities: true }).children);
  // Two spaces inside a tab-form cell are a paragraph break the first conversion flattened.
  return lines.flatMap((l) => l.split('\u0000')).map((l) => l.trim()).filter(Boolean).join('<br>').replace(/\|/g, '\\|');
}

function pipeTable(rows) {
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells) => `| ${[...cells, ...Array(width - cells.length).fill('')].join(' | ')} |`;
  const [head, ...body] = rows;
  return [line(head), `|${' --- |'.repeat(width)}`, ...body.map(line)];
}

function pipeForm(md) {
  const out = [];
  let table = [];
  const flushTable = () => {
    if (table.length > 0) out.push(...pipeTable(table.map((l) => l.split('\t').map(pipeCell))));
    table = [];
  };
  for (const line of md.split('\n')) {
    if (line.includes('\t')) {
      table.push(line);
      continue;
    }
    flushTable();
    const fn = /^<sup>(\d+)<\/sup>\s*(.*)$/.exec(line);
    if (fn) out.push(`[^${fn[1]}]: ${fn[2]}`);
    else out.push(line.replace(/<sup>(\d+)<\/sup>/g, '[^$1]'));
  }
  flushTable();
  return out.join('\n');
}

const piped = pipeForm(readFileSync('fixtures/nds-2020.md', 'utf8'));
writeFileSync(`${OUT}/nds-2020.pipe.md`, piped);
// The same without outer pipes (`a | b` over `--- | ---`), as html2text writes tables.
writeFileSync(
  `${OUT}/nds-2020.pipe-bare.md`,
  piped
    .split('\n')
    .map((l) => (/^\| .* \|$/.test(l) ? l.slice(2, -2) : /^\|( --- \|)+$/.test(l) ? l.slice(1, -1).trim().replace(/ \|$/, '').replace(/\| /g, '| ') : l))
    .join('\n'),
);
try {
  const gfm = execFileSync('pandoc', ['-f', 'html', '-t', 'gfm', 'fixtures/nds-2020.html'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  writeFileSync(`${OUT}/nds-2020.pandoc.md`, gfm);
} catch (error) {
  console.error(`pandoc not available (${error.message}); ${OUT}/nds-2020.pandoc.md not rewritten`);
  process.exitCode = 1;
}

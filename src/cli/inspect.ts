/**
 * `nds inspect FILE`: shows the document model a loader produced — sections, and in each the
 * headings, paragraphs, lists, footnotes and tables (rows and cells) with their page or line — so
 * that a user whose edition extracts badly can see where the loader went wrong.
 * `--json` dumps the model itself (plain JSON: the input of every extractor).
 */
import { basename, resolve } from 'node:path';
import { loadDocument, readInput } from '../load/index';
import type { Block, SourcePlace } from '../model/document';
import { emitJson } from '../emit/json';
import { segmentDocument, sectionOfBlock } from '../segment/sections';
import type { CliIo } from './io';
import { createProgress } from './progress';

export interface InspectFlags {
  json?: boolean;
  section?: string;
  width?: string;
}

function where(place: SourcePlace): string {
  if (place.page !== undefined) return `p.${place.page}${place.bbox ? ` [${place.bbox.map((n) => Math.round(n)).join(',')}]` : ''}`;
  return place.line !== undefined ? `:${place.line}` : '';
}

function cut(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

function describe(block: Block, width: number): string[] {
  const at = where(block.source).padEnd(8);
  switch (block.kind) {
    case 'heading':
      return [`${at} ${'#'.repeat(block.level)} ${block.text}`];
    case 'paragraph':
      return [`${at} ¶ ${block.lead ? `[${block.lead}] ` : ''}${block.emphasis ? `(${block.emphasis}) ` : ''}${cut(block.text, width)}`];
    case 'footnote':
      return [`${at} fn ${block.n}: ${cut(block.text, width)}`];
    case 'list':
      return [`${at} ${block.ordered ? 'ordered ' : ''}list, ${block.items.length} items`, ...block.items.map((i) => `${''.padEnd(8)}   ${'  '.repeat(i.depth)}- ${cut(i.text, width)}`)];
    case 'table':
      return [
        `${at} table, ${block.rows.length} rows`,
        ...block.rows.map(
          (r) =>
            `${where(r.source).padEnd(8)}   | ${r.cells.map((c) => `${cut(c.text, 28)}${c.blocks.length > 1 ? ` {${c.blocks.length}}` : ''}`).join(' | ')}`,
        ),
      ];
  }
}

export async function runInspect(file: string, flags: InspectFlags, io: CliIo): Promise<number> {
  const path = resolve(io.cwd, file);
  const bytes = await readInput(path, file);
  const progress = await createProgress(io, basename(path));
  const model = await (io.load ?? loadDocument)(bytes, basename(path), { onProgress: progress.update }).finally(progress.stop);
  if (flags.json) {
    io.stdout(emitJson(model));
    return 0;
  }
  const width = Number(flags.width ?? 100);
  const { value: doc, diagnostics } = segmentDocument(model);
  const lines = [`${model.inputName} (${model.format}): ${model.blocks.length} blocks, title ${JSON.stringify(model.title)}`];
  lines.push('', 'Table of contents:');
  for (const s of doc.sections) lines.push(`  ${s.level === 2 ? '  ' : ''}${s.id.padEnd(22)} ${s.title} (p. ${s.page ?? '?'}) ${s.found ? `at ${where(s.source)}` : 'NOT FOUND in the body (start inferred)'}`);
  for (const d of diagnostics) lines.push(`  note: ${d.message}`);
  let current: string | null = '(none)';
  model.blocks.forEach((block, i) => {
    const section = sectionOfBlock(doc, i);
    const id = section ? `${section.id} ${section.title}` : null;
    if (flags.section && section?.id !== flags.section && !section?.id.startsWith(`${flags.section}.`)) return;
    if (id !== current) {
      lines.push('', `== ${id ?? 'before the first section'} ==`);
      current = id;
    }
    lines.push(...describe(block, width));
  });
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

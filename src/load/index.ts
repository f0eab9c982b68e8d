/**
 * Input file → document model: reads the file, detects its format by content, runs that loader.
 *
 * Only unusable input throws (NdsError with a code); the CLI turns that into exit status 2.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DocumentModel } from '../model/document';
import { NdsError } from '../model/diagnostics';
import { detectFormat } from './detect';
import { loadMarkdown } from './markdown';

export interface LoadOptions {
  /** Called with (done, total) as pages are parsed (PDF only). */
  onProgress?: (done: number, total: number) => void;
}

export interface LoadedInput {
  model: DocumentModel;
  bytes: Uint8Array;
}

/** Reads a file from disk, turning file-system failures into clear NdsErrors. */
export async function readInput(path: string): Promise<Uint8Array> {
  const name = basename(path);
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new NdsError('input-missing', 'no such file', path);
    throw new NdsError('input-unreadable', `cannot read the file (${code ?? 'error'})`, path);
  }
  if (info.isDirectory()) throw new NdsError('input-directory', 'is a directory, not a file', path);
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new NdsError('input-unreadable', `cannot read the file (${code ?? 'error'})`, name);
  }
}

/** Turns input bytes into the document model with the loader of the detected format. */
export async function loadDocument(bytes: Uint8Array, inputName: string, options: LoadOptions = {}): Promise<DocumentModel> {
  const { format, text } = detectFormat(bytes, inputName);
  if (format === 'markdown') return loadMarkdown(text ?? '', inputName);
  if (format === 'html') {
    const { loadHtml } = await import('./html');
    return loadHtml(text ?? '', inputName);
  }
  const { loadPdf } = await import('./pdf');
  return loadPdf(bytes, inputName, options);
}

/**
 * Input file → document model: reads the file, detects its format by content, runs that loader.
 *
 * Only unusable input throws (NdsError with a code); the CLI turns that into exit status 2.
 */
import type { DocumentModel } from '../model/document';
import { detectFormat } from './detect';
import { loadMarkdown } from './markdown';
import { readRegularFile } from './read-file';

export interface LoadOptions {
  /** Called with (done, total) as pages are parsed (PDF only). */
  onProgress?: (done: number, total: number) => void;
}

export interface LoadedInput {
  model: DocumentModel;
  bytes: Uint8Array;
}

/** Reads an input file from disk, bounded; file-system failures become clear NdsErrors. */
export function readInput(path: string, shownName = path): Promise<Uint8Array> {
  return readRegularFile(path, shownName);
}

/** What turns input bytes into the document model (loadDocument; the CLI's tests pass one that serves models parsed before). */
export type DocumentLoader = (bytes: Uint8Array, inputName: string, options?: LoadOptions) => Promise<DocumentModel>;

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

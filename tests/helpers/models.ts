/**
 * Extractions of the fixture documents, each input parsed once per test run (not once per test
 * file): the loader's document model is cached in tmp/models/ by the sha256 of the input and of the
 * source of src/load/ and src/model/ (so a loader change is never served a stale model), and
 * extraction runs on it.
 * Loader tests that must parse for themselves do not use this.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadDocument } from '../../src/load/index';
import type { DocumentModel } from '../../src/model/document';
import { extractFromModel, type Extraction } from '../../src/pipeline';
import { ROOT } from './fixture';

const CACHE = join(ROOT, 'tmp', 'models');

function loaderFingerprint(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(name).update(readFileSync(path));
    }
  };
  // (The loaders read the model's shared modules too: header meanings, the document's shapes.)
  walk(join(ROOT, 'src', 'load'));
  walk(join(ROOT, 'src', 'model'));
  return hash.digest('hex').slice(0, 16);
}

let fingerprint: string | null = null;

/** The document model of a file, from the cache when this input and loader were parsed before. */
export async function cachedModel(path: string): Promise<DocumentModel> {
  const bytes = readFileSync(path);
  fingerprint ??= loaderFingerprint();
  const key = `${createHash('sha256').update(bytes).digest('hex').slice(0, 24)}-${fingerprint}.json`;
  const file = join(CACHE, key);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DocumentModel;
  const model = await loadDocument(new Uint8Array(bytes), basename(path));
  mkdirSync(CACHE, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(model));
  renameSync(temp, file);
  return model;
}

export async function cachedExtraction(path: string): Promise<Extraction> {
  return extractFromModel(await cachedModel(path));
}

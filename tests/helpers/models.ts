/**
 * Extractions of the fixture documents, each input parsed once per test run (not once per test
 * file): the loader's document model is cached in tmp/models/ by the sha256 of the input and of the
 * source of src/load/ and src/model/ (so a loader change is never served a stale model), and
 * extraction runs on it. The CLI's in-process tests (runCli) load PDFs through it too. A PDF's
 * pages as pdfjs read them are kept the same way, so that tests of the layout (which start from the
 * pages) and the model (laid out from the same pages, as loadPdf does in-process) share one read.
 * Loader tests that must parse for themselves do not use this, nor do the tests of the shipped
 * command (bin/nds.js), which parse every input as a user's run does.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { detectFormat } from '../../src/load/detect';
import { loadDocument, type DocumentLoader } from '../../src/load/index';
import { modelOfPages, readPdf, type ReadResult } from '../../src/load/pdf';
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

/**
 * The cache's files of other loaders (each change to src/load/ or src/model/ keeps ~60 MB more),
 * removed once they are an hour old: a run of another checkout's suite beside this one keeps its own.
 */
function pruneOtherLoaders(current: string): void {
  if (!existsSync(CACHE)) return;
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(CACHE)) {
    if (name.includes(`-${current}.`)) continue;
    const path = join(CACHE, name);
    try {
      if (statSync(path).mtimeMs < hourAgo) rmSync(path, { force: true });
    } catch {
      // (Removed by another worker meanwhile.)
    }
  }
}

/** The document model of a file, from the cache when this input and loader were parsed before. */
export async function cachedModel(path: string): Promise<DocumentModel> {
  return cachedModelOf(new Uint8Array(readFileSync(path)), basename(path));
}

/** Parses in progress in this worker, by cache key: tests running at once share one. */
const parsing = new Map<string, Promise<string>>();

function cacheKey(bytes: Uint8Array, inputName: string): string {
  if (fingerprint === null) {
    fingerprint = loaderFingerprint();
    pruneOtherLoaders(fingerprint);
  }
  const name = createHash('sha256').update(inputName).digest('hex').slice(0, 8);
  return `${createHash('sha256').update(bytes).digest('hex').slice(0, 24)}-${name}-${fingerprint}`;
}

/** The JSON of what `make` gives, kept in the cache under `file`, made once per test run. */
async function cachedJson(file: string, make: () => Promise<unknown>): Promise<string> {
  if (existsSync(file)) return readFileSync(file, 'utf8');
  let text = parsing.get(file);
  if (!text) {
    text = parseOnce(file, make);
    parsing.set(file, text);
    // (A refused input is refused again by the next caller: only what was made is kept.)
    text.catch(() => parsing.delete(file));
  }
  return text;
}

/** A PDF's pages as pdfjs read them (numbered pages, runs, rules, fills, links), read once per test run. */
export async function cachedReadOf(bytes: Uint8Array, inputName: string): Promise<ReadResult> {
  const file = join(CACHE, `${cacheKey(bytes, inputName)}.read.json`);
  // Each caller gets its own copy: no test sees what another did to the pages.
  return JSON.parse(await cachedJson(file, () => readPdf(new Uint8Array(bytes), inputName))) as ReadResult;
}

export async function cachedRead(path: string): Promise<ReadResult> {
  return cachedReadOf(new Uint8Array(readFileSync(path)), basename(path));
}

/**
 * The document model of input bytes under a name (the model carries it), parsed once per test run.
 * A PDF is laid out from its cached read, as loadPdf lays out what it read in-process.
 */
export async function cachedModelOf(bytes: Uint8Array, inputName: string): Promise<DocumentModel> {
  const file = join(CACHE, `${cacheKey(bytes, inputName)}.json`);
  const make = async (): Promise<DocumentModel> => (isPdf(bytes, inputName) ? modelOfPages(await cachedReadOf(bytes, inputName), inputName) : loadDocument(new Uint8Array(bytes), inputName));
  // Each caller gets its own copy: no test sees what another did to a model.
  return JSON.parse(await cachedJson(file, make)) as DocumentModel;
}

/**
 * The model's JSON, parsed by one test worker only: the first to ask holds a lock file beside the
 * cache file while it parses; another waits for the cache file (or, if the first died, parses).
 */
async function parseOnce(file: string, load: () => Promise<unknown>): Promise<string> {
  mkdirSync(CACHE, { recursive: true });
  const lock = `${file}.lock`;
  for (;;) {
    if (existsSync(file)) return readFileSync(file, 'utf8');
    try {
      closeSync(openSync(lock, 'wx'));
    } catch {
      // Another worker parses: wait for it, unless its lock is stale (a worker that died).
      const age = existsSync(lock) ? Date.now() - statSync(lock).mtimeMs : 0;
      if (age > 120_000) rmSync(lock, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    try {
      const json = JSON.stringify(await load());
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, json);
      renameSync(temp, file);
      return json;
    } finally {
      rmSync(lock, { force: true });
    }
  }
}

/**
 * The loader the CLI's tests run it with (CliIo.load): a PDF's model from the cache above, so that
 * each PDF is parsed once per test run however many tests extract it; other formats as usual.
 */
export const cachedLoader: DocumentLoader = async (bytes, inputName, options) => (isPdf(bytes, inputName) ? cachedModelOf(bytes, inputName) : loadDocument(bytes, inputName, options));

/** A PDF as the loader tells one (its signature near the start). */
function isPdf(bytes: Uint8Array, inputName: string): boolean {
  return detectFormat(bytes, inputName).format === 'pdf';
}

export async function cachedExtraction(path: string): Promise<Extraction> {
  return extractFromModel(await cachedModel(path));
}

// Loads the program (dist/nds.cjs, one CommonJS file) with V8's code cache (dist/nds.cache): the
// bytecode of every function a run on the bundled document compiled, saved by the build. A run
// then compiles almost nothing. V8 checks a cache against its own version and flags, and sets one
// that does not fit aside (another Node.js, a profiler's flags); but it trusts the bytes, and
// damaged ones stop the process. So the file also carries the SHA-256 of the program it was made
// for and of itself, checked here first: a cache that fails is not given to V8, and the program
// compiles as it would without one.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script, constants } from 'node:vm';

export const bundlePath = fileURLToPath(new URL('../dist/nds.cjs', import.meta.url));
const cachePath = fileURLToPath(new URL('../dist/nds.cache', import.meta.url));

const MAGIC = Buffer.from('nds-extract code cache 1\n');
const HASH = 32;

function sha256(data) {
  return createHash('sha256').update(data).digest();
}

/** The cache's V8 bytes when the file is whole and made for this program; else why not ('damaged', 'stale'). */
function readCache(source) {
  let file;
  try {
    file = readFileSync(cachePath);
  } catch {
    return { state: 'absent' };
  }
  const start = MAGIC.length + 2 * HASH;
  const data = file.subarray(start);
  if (file.length <= start || !file.subarray(0, MAGIC.length).equals(MAGIC) || !file.subarray(MAGIC.length + HASH, start).equals(sha256(data))) return { state: 'damaged' };
  if (!file.subarray(MAGIC.length, MAGIC.length + HASH).equals(sha256(source))) return { state: 'stale' };
  return { state: 'used', data };
}

/**
 * The program's exports (`run`, `processIo`); `codeCache`: how the cache served this run ('used',
 * 'rejected' by V8: made for another engine or flags; 'damaged'; 'stale': made for another build of
 * the program; 'absent'); and `saveCache()`, which writes what was compiled so far.
 */
export function loadBundle() {
  const source = readFileSync(bundlePath);
  const cache = readCache(source);
  // The same wrapper Node.js gives a CommonJS module; `import()` (pdfjs-dist) goes to Node's loader.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source.toString('utf8')}\n})`, {
    filename: bundlePath,
    cachedData: cache.data,
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
  const codeCache = cache.state === 'used' && script.cachedDataRejected ? 'rejected' : cache.state;
  const saveCache = () => {
    const data = script.createCachedData();
    writeFileSync(cachePath, Buffer.concat([MAGIC, sha256(source), sha256(data), data]));
  };
  return { ...module.exports, codeCache, saveCache };
}

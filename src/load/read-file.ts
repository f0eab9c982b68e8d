/**
 * Reads one regular file from disk, bounded: devices, FIFOs, sockets and directories are refused
 * before they are opened (reading `/dev/zero` would never end, opening a FIFO would wait for a
 * writer), and no more than the size limit is ever read, whatever the file system says its size is.
 *
 * The limit (default 256 MiB, far above any NDS edition: the 55-page PDF is under 1 MiB) can be
 * raised with the environment variable NDS_MAX_INPUT_MB.
 */
import { open, stat } from 'node:fs/promises';
import { NdsError, type ErrorCode } from '../model/diagnostics';
import { describeFsError } from '../model/fs-errors';

const DEFAULT_LIMIT_MB = 256;

/** The input size limit in bytes (NDS_MAX_INPUT_MB, else 256 MiB). */
export function inputLimitBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.NDS_MAX_INPUT_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_LIMIT_MB) * 1024 * 1024;
}

function kindOf(info: import('node:fs').Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

export interface ReadFailure {
  code: ErrorCode;
  reason: string;
}

/** Reads a regular file of at most `limit` bytes; throws NdsError naming `shownName` otherwise. */
export async function readRegularFile(path: string, shownName: string, limit = inputLimitBytes()): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new NdsError('input-missing', 'no such file', shownName);
    throw new NdsError('input-unreadable', `cannot read the file: ${describeFsError(error)}`, shownName);
  }
  if (info.isDirectory()) throw new NdsError('input-directory', 'is a directory, not a file', shownName);
  if (!info.isFile()) throw new NdsError('input-not-regular', `is ${kindOf(info)}, not a regular file; save the document to a file first`, shownName);
  if (info.size > limit) throw tooLarge(shownName, limit);
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new NdsError('input-unreadable', `cannot read the file: ${describeFsError(error)}`, shownName);
  }
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limit) throw tooLarge(shownName, limit);
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return new Uint8Array(Buffer.concat(chunks, total));
  } catch (error) {
    if (error instanceof NdsError) throw error;
    throw new NdsError('input-unreadable', `cannot read the file: ${describeFsError(error)}`, shownName);
  } finally {
    await handle.close();
  }
}

function tooLarge(shownName: string, limit: number): NdsError {
  return new NdsError(
    'input-too-large',
    `is larger than ${Math.round(limit / 1024 / 1024)} MiB, far more than any NDS edition; set NDS_MAX_INPUT_MB to raise the limit`,
    shownName,
  );
}

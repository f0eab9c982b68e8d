/**
 * File-system errors → the words a user needs: what went wrong, in one phrase, with the errno code
 * (`no space left on the device (ENOSPC)`). One table, used for input, output and streams.
 */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EEXIST: 'a file of that name is in the way',
  ENOTDIR: 'a part of the path is a file, not a directory',
  EISDIR: 'is a directory',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'the name is too long',
  ENOENT: 'no such file or directory',
  EBUSY: 'the file is busy',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
  EXDEV: 'cannot move across file systems',
  ENOTEMPTY: 'the directory is not empty',
  EINVAL: 'invalid argument',
  EFBIG: 'the file is too large',
};

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && REASONS[code]) return `${REASONS[code]} (${code})`;
  if (code) return `system error ${code}`;
  return 'unexpected file-system error';
}

/** True for errors that come from the operating system (they have an errno code), not from bugs. */
export function isFsError(error: unknown): boolean {
  return typeof (error as NodeJS.ErrnoException | undefined)?.code === 'string' && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

import { OutputError } from '../errors.ts';

/** The system's reasons a write fails, in the user's words. */
const WORDS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file is in the way',
  EIO: 'input/output error',
  EFBIG: 'the file is too large for the file system',
};

/**
 * A failed write under the output folder, as the run reports it (`cannot write output/documents:
 * no space left on the device (ENOSPC)`): a system error becomes an `OutputError` naming what was
 * being written; anything else is a bug and is returned as it is.
 */
export function asOutputError(error: unknown, path: string): unknown {
  if (error instanceof OutputError) return error;
  const { code, syscall, message } = (error ?? {}) as NodeJS.ErrnoException;
  if (typeof code !== 'string' || syscall === undefined) return error;
  return new OutputError(code, path, `cannot write ${path}: ${WORDS[code] ?? message} (${code})`, { cause: error });
}

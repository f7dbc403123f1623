/**
 * Why a source file could not be read. The codes are machine-readable (run report, quarantine);
 * the message is the one line a user sees after the file name.
 */
export type SourceErrorCode =
  | 'not-a-pdf'
  | 'empty-file'
  | 'truncated'
  | 'encrypted'
  | 'no-pages'
  | 'damaged'
  | 'unreadable'
  // The path itself, before any byte is read (pipeline/ingest/source-paths.ts).
  | 'missing'
  | 'permission-denied'
  | 'not-a-folder'
  | 'not-a-file'
  | 'symlink-loop'
  | 'dangling-symlink'
  | 'symlink-elsewhere'
  | 'read-error'
  // A processing limit was hit (pipeline/limits.ts): the file may be fine, but not for an unattended run.
  | 'too-large'
  | 'too-many-pages'
  | 'page-too-large'
  | 'page-timeout'
  // A page OCR read no text from although it is printed: published empty, it would hide its content.
  | 'no-text-read';

/** A source file that cannot be processed: not a bug, so the batch goes on without it. */
export class SourceError extends Error {
  override readonly name = 'SourceError';

  constructor(
    readonly code: SourceErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The run-report code of a document that a bug (or any failure that is not its own) stopped. */
export const INTERNAL_ERROR = 'internal-error';

/**
 * How a failure that is not the input's is reported for a document (run report, job results):
 * never as a fault of the PDF. The stack belongs in the log, not here.
 */
export function internalFailure(error: unknown): { code: typeof INTERNAL_ERROR; message: string } {
  const detail = error instanceof Error ? error.message : String(error);
  return { code: INTERNAL_ERROR, message: `internal error (a bug in pdf-opendata, not a fault of the input): ${detail}` };
}

/** A profile or label vocabulary file that cannot be used: the user's to fix, one line naming the file. */
export class ProfileFileError extends Error {
  override readonly name = 'ProfileFileError';
}

/**
 * The output folder cannot be written (full, read-only, not ours): no input is at fault and every
 * later file would fail the same way, so the run stops. `code` is the system's (`ENOSPC`, …).
 */
export class OutputError extends Error {
  override readonly name = 'OutputError';

  constructor(
    readonly code: string,
    readonly path: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

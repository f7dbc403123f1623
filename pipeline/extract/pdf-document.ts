import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { SourceError } from '../errors.ts';
import { getDocument, InvalidPDFException, VerbosityLevel } from './pdfjs.ts';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/**
 * Load options that matter for Japanese ministry PDFs. Without the CMaps a non-embedded
 * Japanese font yields no text and no error; the data folders are local so nothing is
 * ever fetched; a PDF cannot make pdf.js evaluate code.
 */
const LOAD_OPTIONS = {
  cMapUrl: join(pdfjsRoot, 'cmaps') + '/',
  cMapPacked: true,
  standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/',
  wasmUrl: join(pdfjsRoot, 'wasm') + '/',
  iccUrl: join(pdfjsRoot, 'iccs') + '/',
  isEvalSupported: false,
  useSystemFonts: false,
  disableFontFace: true,
  verbosity: VerbosityLevel.ERRORS,
} as const;

/** Formats that are saved under a .pdf name by mistake, by their first bytes (as latin1 text). */
const FILE_KINDS: readonly (readonly [string, string])[] = [
  ['\x89PNG', 'a PNG image'],
  ['\xff\xd8\xff', 'a JPEG image'],
  ['GIF8', 'a GIF image'],
  ['\x1f\x8b', 'gzip-compressed (a download saved before it was unpacked)'],
  ['PK\x03\x04', 'a ZIP archive (Word and Excel documents are ZIP files)'],
  ['\xd0\xcf\x11\xe0', 'an old Office document (Word or Excel 97–2003)'],
];

/**
 * What pdf.js throws when a file breaks it: its parser runs behind a message port, which hands
 * every error back as one of these (a parser's FormatError or RangeError arrives as an
 * UnknownErrorException naming it); FormatError itself where pdf.js parses on the calling side.
 * pdf.js exports only some of these classes, so they are told by name. Anything else (a TypeError
 * of ours, an invalid page request) is a bug, never the file's fault.
 */
const PDFJS_FAILURES: ReadonlySet<string> = new Set(['InvalidPDFException', 'PasswordException', 'UnknownErrorException', 'FormatError', 'ResponseException']);

/** Whether pdf.js threw `error` on reading the file, as opposed to a bug in the code around it. */
export const isPdfParseFailure = (error: unknown): error is Error => error instanceof Error && PDFJS_FAILURES.has(error.name);

/** Turns pdf.js's load failures into a cause a user understands; anything else is thrown as it is. */
function describeLoadError(error: unknown, bytes: Uint8Array): SourceError {
  if (bytes.length === 0) return new SourceError('empty-file', 'empty file: 0 bytes', { cause: error });
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) {
    const kind = FILE_KINDS.find(([magic]) => head.startsWith(magic))?.[1];
    if (kind !== undefined) return new SourceError('not-a-pdf', `not a PDF: the file is ${kind}`, { cause: error });
    const start = head.trimStart().split(/\r?\n/, 1)[0]!.slice(0, 24);
    const html = /^<(!doctype html|html)/i.test(start) ? ' (an HTML page, as a failed download leaves)' : '';
    return new SourceError('not-a-pdf', `not a PDF: the file starts with ${JSON.stringify(start)}${html}`, { cause: error });
  }
  // pdf.js does not export PasswordException; its name is stable.
  if (error instanceof Error && error.name === 'PasswordException') {
    return new SourceError('encrypted', 'encrypted: a password is needed', { cause: error });
  }
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  if (!tail.includes('%%EOF')) {
    return new SourceError(
      'truncated',
      `truncated: ends at byte ${bytes.length.toLocaleString('en-US')} with no end-of-file marker`,
      { cause: error },
    );
  }
  if (!isPdfParseFailure(error)) throw error;
  if (error instanceof InvalidPDFException) {
    return new SourceError('damaged', `damaged PDF: ${error.message}`, { cause: error });
  }
  return new SourceError('unreadable', `cannot read the PDF: ${error.message}`, { cause: error });
}

/** An open PDF and the one way to release it. */
export interface OpenPdfDocument {
  pdf: PDFDocumentProxy;
  close(): Promise<void>;
}

/**
 * Opens a PDF for an owner that keeps it across several operations (a page thread between the
 * jobs of one document) and must call `close`; `withPdfDocument` otherwise.
 */
export async function openPdfDocument(bytes: Uint8Array): Promise<OpenPdfDocument> {
  // pdf.js takes ownership of (and detaches) the buffer it is given, so hand it a copy.
  const task = getDocument({ ...LOAD_OPTIONS, data: bytes.slice() });
  try {
    return { pdf: await task.promise, close: () => task.destroy() };
  } catch (error) {
    await task.destroy();
    throw describeLoadError(error, bytes);
  }
}

/** Opens a PDF, runs `operation` on it and always releases it (one owner of the lifecycle). */
export async function withPdfDocument<T>(
  bytes: Uint8Array,
  operation: (pdf: PDFDocumentProxy) => Promise<T>,
): Promise<T> {
  const { pdf, close } = await openPdfDocument(bytes);
  try {
    return await operation(pdf);
  } finally {
    await close();
  }
}

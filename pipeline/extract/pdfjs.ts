/**
 * pdf.js, loaded once for the pipeline: every module that needs more than its types imports it
 * from here, never from pdfjs-dist.
 *
 * pdf.js's legacy build (the one that runs on Node 20) bundles core-js, which replaces built-ins
 * Node already has wherever they miss a corner of the latest spec: `Array.prototype.push` (a
 * non-writable length), `JSON.stringify` and `JSON.parse` (JSON.rawJSON, source text for revivers).
 * Every `push` in the process, ours and pdf.js's, then runs as a JavaScript function V8 cannot
 * inline, and every `JSON.stringify` calls back into JavaScript for each key: about a sixth of a
 * text-layer page's time. Neither pdf.js nor the pipeline uses those corners, so Node's own are
 * put back once pdf.js and its parser (which pdf.js would otherwise import at the first document)
 * are loaded. Where pdf.js was loaded before this module (a test importing pdfjs-dist itself), the
 * built-ins are no longer Node's to take, and are left as they are.
 */
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';

const nativeBuiltins = '__core-js_shared__' in globalThis ? undefined : { push: Array.prototype.push, stringify: JSON.stringify, parse: JSON.parse };

const pdfjs: typeof PdfJs = await import('pdfjs-dist/legacy/build/pdf.mjs');
// Sets globalThis.pdfjsWorker, which pdf.js's in-thread parser takes instead of importing this module itself.
// @ts-expect-error: pdfjs-dist ships no types for its parser module
await import('pdfjs-dist/legacy/build/pdf.worker.mjs');

if (nativeBuiltins !== undefined) {
  Object.defineProperty(Array.prototype, 'push', { value: nativeBuiltins.push });
  Object.defineProperty(JSON, 'stringify', { value: nativeBuiltins.stringify });
  Object.defineProperty(JSON, 'parse', { value: nativeBuiltins.parse });
}

export const { getDocument, InvalidPDFException, OPS, VerbosityLevel } = pdfjs;

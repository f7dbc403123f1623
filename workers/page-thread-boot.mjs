// Entry of a page-extraction worker thread: a worker thread does not inherit the tsx loader of the
// thread that starts it (execArgv `--import tsx` is not applied to the entry), so register it here.
import { register } from 'tsx/esm/api';

// pdf.js first, before tsx's hooks: through them its 3.4 MB of JavaScript take about 2 s of CPU to
// load (tsx rewrites every file's dynamic imports), natively 0.3 s; the pipeline's imports of it
// then find it loaded. The worker half sets `globalThis.pdfjsWorker`, which pdf.js uses in place
// of loading it again.
const nativePush = Array.prototype.push;
await import('pdfjs-dist/legacy/build/pdf.mjs');
await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
// The legacy build's core-js replaces Array.prototype.push with a function written in JavaScript
// (Node 20's push does not throw on an array whose length is frozen, which nothing here does):
// every push in this thread, pdf.js's and ours, became several times slower, 8% of the thread's time.
Object.defineProperty(Array.prototype, 'push', { value: nativePush, writable: true, enumerable: false, configurable: true });
register();
await import('./page-thread.ts');

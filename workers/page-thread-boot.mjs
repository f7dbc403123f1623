// Entry of a page-extraction worker thread, plain JavaScript run as it is: `workerData.entry` is
// page-thread's module, compiled under dist/ (what users run) or its TypeScript source (tests).
import { workerData } from 'node:worker_threads';

// pdf.js first, natively: the worker half sets `globalThis.pdfjsWorker`, which pdf.js uses in place
// of loading it again. Through tsx's hooks its 3.4 MB of JavaScript would take about 2 s of CPU to
// load (tsx rewrites every file's dynamic imports), natively 0.3 s; the pipeline's imports of it
// then find it loaded.
const nativePush = Array.prototype.push;
await import('pdfjs-dist/legacy/build/pdf.mjs');
await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
// The legacy build's core-js replaces Array.prototype.push with a function written in JavaScript
// (Node 20's push does not throw on an array whose length is frozen, which nothing here does):
// every push in this thread, pdf.js's and ours, became several times slower, 8% of the thread's time.
Object.defineProperty(Array.prototype, 'push', { value: nativePush, writable: true, enumerable: false, configurable: true });
/** @type {{ entry: string }} */
const { entry } = workerData;
// A worker thread does not inherit the tsx loader of the thread that starts it (execArgv
// `--import tsx` is not applied to the entry): the TypeScript source needs it registered here.
if (entry.endsWith('.ts')) (await import('tsx/esm/api')).register();
await import(entry);

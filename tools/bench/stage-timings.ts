/**
 * Child process of the profile section: runs the text-layer path of the embedded mode over the
 * given PDFs, in this thread, through the pipeline's own stage sequence (pipeline/run/document.ts)
 * with a clock around each stage, and prints milliseconds per stage as JSON. OCR is off: pages
 * keep their text layer.
 *
 *   node dist/tools/bench/stage-timings.js --out DIR file.pdf …
 */
import { performance } from 'node:perf_hooks';
import type { Stage, StageHook } from '../../pipeline/run/stage-hook.ts';
const { parseArgs } = await import('node:util');
const { ingestSources } = await import('../../pipeline/ingest/ingest-sources.ts');
const { processDocument } = await import('../../pipeline/run/document.ts');
const { readPdfPages } = await import('../../pipeline/run/read-pages.ts');
const { openPdfDocument } = await import('../../pipeline/extract/pdf-document.ts');

/** Milliseconds per step over all documents, and the pages they had. */
export interface StageTimings {
  pages: number;
  /** Process start to the pipeline's modules loaded. */
  startup_ms: number;
  steps_ms: Record<string, number>;
  /**
   * pdf.js alone on the same pages, after the pipeline, in this process: each document opened as
   * the pipeline opens it (pdf-document.ts), and each page's `getTextContent` and `getOperatorList`,
   * what the pipeline asks of pdf.js for a page: the floor of the pipeline's time per page.
   */
  pdfjs_ms: { open: number; text_content: number; operator_list: number };
}

/** What each stage is called in the report. */
const STEP: Record<Stage, string> = {
  open: 'pdf.js: open document',
  page: 'page: pdf.js and layout (text layer, rules, reading order, quality)',
  assemble: 'assemble and schema-check text',
  tables: 'tables',
  records: 'records (profile, policies or cases, validation)',
  publish: 'publish (render JSON/CSV, write)',
};

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
if (values.out === undefined) throw new Error('Usage: stage-timings.ts --out DIR file.pdf …');
const outDir = values.out;
const steps: Record<string, number> = {};
const clock = async <T>(step: string, operation: () => T | Promise<T>): Promise<T> => {
  const t0 = performance.now();
  try {
    return await operation();
  } finally {
    steps[step] = (steps[step] ?? 0) + performance.now() - t0;
  }
};
const stage: StageHook = (name, run) => clock(STEP[name], run);
const modulesLoaded = performance.now();

const { documents } = await clock('ingest (read, sha256)', () => ingestSources(positionals));
let pages = 0;
for (const source of documents) {
  const finished = await processDocument(source, (s) => readPdfPages(s, { stage }), outDir, { stage });
  pages += finished.pages;
}
const pdfjs = { open: 0, text_content: 0, operator_list: 0 };
const add = async <T>(what: keyof typeof pdfjs, operation: () => Promise<T>): Promise<T> => {
  const t0 = performance.now();
  try {
    return await operation();
  } finally {
    pdfjs[what] += performance.now() - t0;
  }
};
for (const source of documents) {
  const { pdf, close } = await add('open', () => openPdfDocument(source.bytes));
  try {
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      await add('text_content', () => page.getTextContent());
      await add('operator_list', () => page.getOperatorList());
      page.cleanup();
    }
  } finally {
    await close();
  }
}
const result: StageTimings = { pages, startup_ms: modulesLoaded, steps_ms: steps, pdfjs_ms: pdfjs };
process.stdout.write(`${JSON.stringify(result)}\n`);

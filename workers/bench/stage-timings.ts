/**
 * Child process of the profile section: runs the text-layer path of the embedded mode over the
 * given PDFs with a clock around each step, the same calls `extractPage` and `finishDocument`
 * make, and prints milliseconds per step as JSON. OCR is off: pages keep their text layer.
 *
 *   node dist/workers/bench/stage-timings.js --out DIR file.pdf …
 */
import { performance } from 'node:perf_hooks';
const { parseArgs } = await import('node:util');
const { ingestSources } = await import('../../pipeline/ingest/ingest-sources.ts');
const { withPdfDocument } = await import('../../pipeline/extract/pdf-document.ts');
const { readPageContent } = await import('../../pipeline/extract/page-content.ts');
const { layoutTextLines } = await import('../../pipeline/extract/text-lines.ts');
const { orderForReading } = await import('../../pipeline/extract/reading-order.ts');
const { assessTextLayer } = await import('../../pipeline/extract/text-layer-quality.ts');
const { assembleDocument } = await import('../../pipeline/extract/assemble-document.ts');
const { validateAgainst } = await import('../../pipeline/validate/schema-validator.ts');
const { findTables } = await import('../../pipeline/tables/find-tables.ts');
const { readRecords } = await import('../../pipeline/structure/read-records.ts');
const { publishDocumentDataset } = await import('../../pipeline/publish/document-dataset.ts');
type PageLayout = import('../../pipeline/extract/types.ts').PageLayout;
type TextRun = import('../../pipeline/extract/text-lines.ts').TextRun;

/** Milliseconds per step over all documents, and the pages they had. */
export interface StageTimings {
  pages: number;
  /** Process start to the pipeline's modules loaded. */
  startup_ms: number;
  steps_ms: Record<string, number>;
}

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
const modulesLoaded = performance.now();

const { documents } = await clock('ingest (read, sha256)', () => ingestSources(positionals));
let pages = 0;
for (const source of documents) {
  const layouts = await clock('pdf.js: open document', () =>
    withPdfDocument(source.bytes, async (pdf) => {
      const out: PageLayout[] = [];
      for (let n = 1; n <= pdf.numPages; n++) {
        const page = await clock('pdf.js: getPage', () => pdf.getPage(n));
        const content = await clock('pdf.js: operator list (rules, images)', () => readPageContent(page));
        const viewport = page.getViewport({ scale: 1 });
        const text = await clock('pdf.js: getTextContent', () => page.getTextContent({ disableNormalization: true }));
        const lines = await clock('layout: lines and reading order', () => {
          const runs = text.items.filter((item): item is TextRun & typeof item => 'str' in item);
          const verticalRules = content.rules.filter((r) => r.orientation === 'vertical');
          return orderForReading(layoutTextLines(runs, viewport.transform, { verticalRules }), content.rules);
        });
        await clock('layout: text-layer quality', () => assessTextLayer(lines, content, { width: viewport.width, height: viewport.height }));
        out.push({ page: { number: n, width: viewport.width, height: viewport.height, method: 'text', method_reason: 'bench', lines }, rules: content.rules });
        page.cleanup();
      }
      return out;
    }),
  );
  pages += layouts.length;
  const summary = { fileName: source.fileName, sha256: source.sha256, bytes: source.bytes.length };
  const document = await clock('assemble and schema-check text', () => {
    const assembled = assembleDocument(summary, { layouts, quarantined: [] });
    validateAgainst('document-text.schema.json', assembled);
    return assembled;
  });
  const tables = await clock('tables', () => findTables(layouts));
  const records = await clock('records (profile, policies or cases, validation)', () => readRecords(summary, layouts, layouts.map((layout) => layout.page)));
  await clock('publish (render JSON/CSV, write)', () => publishDocumentDataset(outDir, { document, tables, records, toolVersion: '0.0.0' }));
}
// 'pdf.js: open document' wraps the per-page steps: keep only its own share.
const perPage = ['pdf.js: getPage', 'pdf.js: operator list (rules, images)', 'pdf.js: getTextContent', 'layout: lines and reading order', 'layout: text-layer quality'];
steps['pdf.js: open document'] = (steps['pdf.js: open document'] ?? 0) - perPage.reduce((sum, step) => sum + (steps[step] ?? 0), 0);
const result: StageTimings = { pages, startup_ms: modulesLoaded, steps_ms: steps };
process.stdout.write(`${JSON.stringify(result)}\n`);

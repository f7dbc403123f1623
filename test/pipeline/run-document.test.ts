import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import type { DocumentText } from '../../schemas/types.ts';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import { processDocument } from '../../pipeline/run/document.ts';
import { readPdfPages } from '../../pipeline/run/read-pages.ts';
import type { Stage, StageHook } from '../../pipeline/run/stage-hook.ts';
import { samplesDir } from '../support/samples.ts';

// The one stage sequence (pipeline/run/document.ts) with the page loop in this thread: every stage
// once per document and once per page, in order, and what it publishes.

let outDir: string | undefined;
afterAll(async () => {
  if (outDir !== undefined) await rm(outDir, { recursive: true, force: true });
});

test('a document with a damaged page is published with it quarantined, each stage run in order', async () => {
  outDir = await mkdtemp(join(tmpdir(), 'pdf-opendata-run-document-'));
  const { documents } = await ingestSources([join(samplesDir, 'bad-but-readable', 'pages-2-and-3-unreadable.pdf')]);
  const stages: Stage[] = [];
  const stage: StageHook = async (name, run) => {
    stages.push(name);
    return run();
  };
  // Its first two pages: page 3 runs pdf.js out of time and memory, which only a page thread's clock and memory watch stop.
  const finished = await processDocument(documents[0]!, (source) => readPdfPages(source, { pages: [1, 2], stage }), outDir, { stage });

  expect(finished.status).toBe('published');
  expect(finished.quarantinedPages.map((page) => [page.number, page.code])).toEqual([[2, 'damaged']]);
  // Every page goes through the page stage, the damaged ones too; the rest once per document.
  expect(stages).toEqual(['open', ...Array<Stage>(finished.pages).fill('page'), 'assemble', 'tables', 'records', 'publish']);
  const published = JSON.parse(await readFile(join(outDir, 'documents', finished.documentId, 'document.json'), 'utf8')) as DocumentText;
  expect(published.pages.map((page) => page.number)).toEqual([1]);
  expect(published.quarantined_pages.map((page) => page.number)).toEqual([2]);
});

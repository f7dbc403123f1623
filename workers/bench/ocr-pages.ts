/**
 * Child process of the OCR bench: reads the given pages through the pipeline's own extraction
 * (`extractPages`, which finds no text layer and OCRs the embedded scan with an `OcrPool` of
 * tesseract.js workers) and writes each page's text as JSON. Pages run `workers + 1` at a time so
 * that every OCR worker stays busy while the next page is parsed and decoded.
 *
 *   node dist/workers/bench/ocr-pages.js --workers 2 --out texts.json file.pdf:1,2,3,4 …
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import { withOcrEngine } from '../../pipeline/ocr/engines.ts';
import { extractPages } from '../document-job.ts';
import { runPool, timed } from './measure.ts';

/** One page as the OCR bench reads it back. */
export interface OcrPageText {
  file: string;
  page: number;
  method: string;
  text: string;
}

export interface OcrPagesOutput {
  /** Seconds inside this process, from the first page asked to the last read (workers' start included). */
  seconds: number;
  pages: OcrPageText[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { workers: { type: 'string', default: '2' }, out: { type: 'string' } },
});
if (values.out === undefined || positionals.length === 0) throw new Error('Usage: ocr-pages.ts --workers N --out FILE file.pdf:1,2 …');
const workers = Number(values.workers);

const wanted = positionals.map((spec) => {
  const at = spec.lastIndexOf(':');
  return { path: spec.slice(0, at), pages: spec.slice(at + 1).split(',').map(Number) };
});
const { documents } = await ingestSources(wanted.map((w) => w.path));
const byPath = new Map(documents.map((d) => [d.path, d]));

const { seconds, result } = await timed(() =>
  withOcrEngine({ workers }, (ocr) =>
    runPool(
      wanted.flatMap(({ path, pages }) =>
        pages.map((page) => async (): Promise<OcrPageText> => {
          const source = byPath.get(path);
          if (source === undefined) throw new Error(`Cannot read ${path}: not ingested`);
          const [layout] = (await extractPages(source, [page], { ocr })).layouts;
          return { file: path, page, method: layout!.page.method, text: layout!.page.lines.map((l) => l.text).join('\n') };
        }),
      ),
      workers + 1,
    ),
  ),
);
const output: OcrPagesOutput = { seconds, pages: result };
await writeFile(values.out, JSON.stringify(output));

import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { runChecked, runPool, timed } from './measure.ts';
import type { PdfInput } from './bench-inputs.ts';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import { extractPages } from '../../workers/thread-pages.ts';
import { langPathOf } from '../../pipeline/ocr/ocr-pool.ts';

/**
 * The references the pipeline is measured against: poppler's `pdftotext -layout` and pdfminer.six's
 * `pdf2txt` for text-layer pages and Debian's `tesseract` CLI (jpn, one thread per process) for
 * scanned pages.
 */

/** `pdftotext -layout` over the files, `processes` at a time; seconds for the whole batch. */
export async function runPdftotext(inputs: readonly PdfInput[], outDir: string, processes: number): Promise<number> {
  const tasks = inputs.map((input, i) => () => runChecked('pdftotext', ['-layout', input.path, join(outDir, `${i}.txt`)]));
  const { seconds } = await timed(() => runPool(tasks, processes));
  return seconds;
}

/** pdfminer.six's `pdf2txt` (Debian's python3-pdfminer) over one file; its seconds. */
export async function runPdfminer(path: string, outFile: string): Promise<number> {
  const { seconds } = await runChecked('pdf2txt', ['-o', outFile, path]);
  return seconds;
}

/** The text of one page of a born-digital PDF, as the CER reference. */
export async function pdftotextPage(path: string, page: number): Promise<string> {
  const { stdout } = await runChecked('pdftotext', ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', path, '-']);
  return stdout;
}

/** The text of some pages of a born-digital PDF as the pipeline reads its text layer (lines in its reading order), as a CER reference. */
export async function textLayerPages(path: string, pages: readonly number[]): Promise<string[]> {
  const [source] = (await ingestSources([path])).documents;
  if (source === undefined) throw new Error(`Cannot read ${path}: not ingested`);
  const { layouts } = await extractPages(source, pages);
  return layouts.map((layout) => layout.page.lines.map((line) => line.text).join('\n'));
}

/** The embedded JPEGs of an image-only PDF (one per page), as `pdfimages -j` writes them, in page order. */
export async function extractPageImages(path: string, outDir: string, prefix: string): Promise<string[]> {
  await runChecked('pdfimages', ['-j', path, join(outDir, prefix)]);
  const files = (await readdir(outDir)).filter((f) => f.startsWith(`${prefix}-`)).sort();
  return files.map((f) => join(outDir, f));
}

/** Debian's tesseract, as its users run it: one thread per process, one process per core. */
const tesseractEnv = (): NodeJS.ProcessEnv => ({ ...process.env, OMP_THREAD_LIMIT: '1' });

/**
 * `tesseract img - -l jpn --psm 3` over the images, `processes` at a time; the texts and the
 * batch's seconds. With `tessdataDir`, its jpn model instead of Debian's (tessdata_fast).
 */
export async function runTesseractCli(images: readonly string[], processes: number, tessdataDir?: string): Promise<{ seconds: number; texts: string[] }> {
  const model = tessdataDir === undefined ? [] : ['--tessdata-dir', tessdataDir];
  const tasks = images.map((image) => async () => (await runChecked('tesseract', [image, '-', '-l', 'jpn', '--psm', '3', ...model], { env: tesseractEnv() })).stdout);
  const { seconds, result } = await timed(() => runPool(tasks, processes));
  return { seconds, texts: result };
}

/** A tessdata folder holding the pipeline's own jpn model (unzipped from its npm package), for the CLI. */
export async function pipelineModelForCli(outDir: string): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const zipped = await readFile(join(langPathOf('jpn'), 'jpn.traineddata.gz'));
  await writeFile(join(outDir, 'jpn.traineddata'), gunzipSync(zipped));
  return outDir;
}

/** First line of `tesseract --version`, `pdftotext -v` and `pdf2txt --version`, for the report. */
export async function referenceVersions(): Promise<{ tesseract: string; pdftotext: string; pdfminer: string }> {
  const tesseract = await runChecked('tesseract', ['--version']);
  const pdftotext = await runChecked('pdftotext', ['-v']);
  const pdfminer = await runChecked('pdf2txt', ['--version']);
  const first = (text: string): string => text.split('\n')[0]?.trim() ?? '';
  return {
    tesseract: first(tesseract.stdout || tesseract.stderr),
    pdftotext: first(pdftotext.stderr || pdftotext.stdout),
    pdfminer: first(pdfminer.stdout || pdfminer.stderr),
  };
}

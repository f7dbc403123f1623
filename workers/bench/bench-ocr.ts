import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { countErrors, pooledCer, type CerCount } from './cer.ts';
import { freshDir, samplePath, scannedInputs, type BenchContext } from './bench-inputs.ts';
import { runCommand } from './measure.ts';
import type { OcrPagesOutput } from './ocr-pages.ts';
import { extractPageImages, pdftotextPage, runTesseractCli } from './reference-runners.ts';
import { pairedRatios, summarise, type Summary } from './stats.ts';

/** One scanned page, the JPEG embedded in it and the born-digital text it was scanned from. */
interface OcrPageInput {
  file: string;
  page: number;
  source: string;
  sourcePage: number;
  image: string;
  reference: string;
}

export interface OcrPageScore {
  file: string;
  page: number;
  source: string;
  source_page: number;
  reference_chars: number;
  cer_pipeline: number;
  cer_cli: number;
}

export interface OcrResult {
  pages: number;
  /** Processes (CLI) or OCR workers (pipeline) at once. */
  parallel: number;
  pipeline: { engine: string; pages_per_s: Summary; in_process_pages_per_s: Summary; cer: number };
  reference: { engine: string; pages_per_s: Summary; cer: number };
  /** Pipeline over CLI pages/s, pair by pair. */
  ratio: Summary;
  per_page: OcrPageScore[];
}

const PARALLEL = 2;

async function preparePages(context: BenchContext): Promise<OcrPageInput[]> {
  const imageDir = join(context.tmp, 'ocr-images');
  await mkdir(imageDir, { recursive: true });
  const pages: OcrPageInput[] = [];
  for (const [index, scanned] of scannedInputs(context).entries()) {
    const images = await extractPageImages(samplePath(context, scanned.file), imageDir, `scan${index}`);
    for (const [i, sourcePage] of scanned.sourcePages.entries()) {
      const image = images[i];
      if (image === undefined) throw new Error(`Cannot find the image of page ${i + 1} of ${scanned.file}: pdfimages gave ${images.length}`);
      const reference = await pdftotextPage(samplePath(context, scanned.source), sourcePage);
      pages.push({ file: scanned.file, page: i + 1, source: scanned.source, sourcePage, image, reference });
    }
  }
  return pages;
}

/** The pipeline's OCR (extractPages with an OcrPool of PARALLEL tesseract.js workers) in a child process. */
async function runPipelineOcr(context: BenchContext, pages: readonly OcrPageInput[]): Promise<{ seconds: number; output: OcrPagesOutput }> {
  const byFile = new Map<string, number[]>();
  for (const p of pages) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p.page]);
  const specs = [...byFile].map(([file, numbers]) => `${samplePath(context, file)}:${numbers.join(',')}`);
  const out = join(await freshDir(context, 'ocr-pipeline'), 'texts.json');
  const script = join(context.repoRoot, 'workers', 'bench', 'ocr-pages.ts');
  const result = await runCommand(process.execPath, ['--import', 'tsx', script, '--workers', String(PARALLEL), '--out', out, ...specs], { cwd: context.repoRoot });
  if (result.code !== 0) throw new Error(`The pipeline's OCR failed with exit code ${result.code}\n${result.stderr.slice(-2000)}`);
  return { seconds: result.seconds, output: JSON.parse(await readFile(out, 'utf8')) as OcrPagesOutput };
}

/** OCR pages/s and CER of the pipeline against the tesseract CLI, both two at a time on the same page images. */
export async function benchOcr(context: BenchContext): Promise<OcrResult> {
  const pages = await preparePages(context);
  // Warm-up on one page each: model files into the page cache, tsx's compile cache filled.
  for (let i = 0; i < context.warmups; i++) {
    await runPipelineOcr(context, pages.slice(0, 1));
    await runTesseractCli([pages[0]!.image], 1);
  }
  const pipeline: number[] = [];
  const inProcess: number[] = [];
  const reference: number[] = [];
  let scores: { pipeline: CerCount[]; cli: CerCount[] } | undefined;
  for (let run = 0; run < context.runs; run++) {
    const ours = await runPipelineOcr(context, pages);
    const cli = await runTesseractCli(pages.map((p) => p.image), PARALLEL);
    pipeline.push(pages.length / ours.seconds);
    inProcess.push(pages.length / ours.output.seconds);
    reference.push(pages.length / cli.seconds);
    context.log(`OCR run ${run + 1}: pipeline ${ours.seconds.toFixed(1)} s, tesseract CLI ${cli.seconds.toFixed(1)} s`);
    // Both engines are deterministic on the same image: the first timed run's texts are scored.
    scores ??= {
      pipeline: pages.map((p) => {
        const read = ours.output.pages.find((o) => o.file.endsWith(p.file) && o.page === p.page);
        if (read?.method !== 'ocr') throw new Error(`Page ${p.page} of ${p.file} was not OCR'd by the pipeline (${read?.method ?? 'missing'})`);
        return countErrors(read.text, p.reference);
      }),
      cli: pages.map((p, i) => countErrors(cli.texts[i]!, p.reference)),
    };
  }
  const { pipeline: ourCounts, cli: cliCounts } = scores!;
  return {
    pages: pages.length,
    parallel: PARALLEL,
    pipeline: {
      engine: `tesseract.js (pipeline extractPages + OcrPool, ${PARALLEL} workers in one process, jpn 4.0.0_best_int)`,
      pages_per_s: summarise(pipeline),
      in_process_pages_per_s: summarise(inProcess),
      cer: pooledCer(ourCounts),
    },
    reference: { engine: `tesseract CLI, jpn, --psm 3, OMP_THREAD_LIMIT=1, ${PARALLEL} processes`, pages_per_s: summarise(reference), cer: pooledCer(cliCounts) },
    ratio: pairedRatios(pipeline, reference),
    per_page: pages.map((p, i) => ({
      file: p.file,
      page: p.page,
      source: p.source,
      source_page: p.sourcePage,
      reference_chars: ourCounts[i]!.referenceChars,
      cer_pipeline: ourCounts[i]!.edits / Math.max(1, ourCounts[i]!.referenceChars),
      cer_cli: cliCounts[i]!.edits / Math.max(1, cliCounts[i]!.referenceChars),
    })),
  };
}

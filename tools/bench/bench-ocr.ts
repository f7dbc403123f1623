import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { countErrors, pooledCer, type CerCount } from './cer.ts';
import { compiledScript, freshDir, samplePath, scannedInputs, type BenchContext } from './bench-inputs.ts';
import { runCommand } from './measure.ts';
import type { OcrPagesOutput } from './ocr-pages.ts';
import { extractPageImages, pdftotextPage, pipelineModelForCli, runTesseractCli, textLayerPages } from './reference-runners.ts';
import { pairedRatios, summarise, type Summary } from './stats.ts';

/**
 * The born-digital text a scanned page was made from, in two reading orders: the pipeline's own
 * reading of the original's text layer (so that what is left is OCR's error, not a disagreement
 * about the order of table cells), and poppler's, which orders neither engine's way.
 */
interface SourceTexts {
  text_layer: string;
  pdftotext: string;
}

/** Character error rates against each reading of the source. */
export interface CerByReference {
  text_layer: number;
  pdftotext: number;
}

/** One scanned page, the JPEG embedded in it and the born-digital text it was scanned from. */
interface OcrPageInput {
  file: string;
  page: number;
  source: string;
  sourcePage: number;
  image: string;
  references: SourceTexts;
}

export interface OcrPageScore {
  file: string;
  page: number;
  source: string;
  source_page: number;
  reference_chars: number;
  cer_pipeline: CerByReference;
  cer_cli: CerByReference;
}

export interface OcrResult {
  pages: number;
  /** Processes (CLI) or OCR workers (pipeline) at once. */
  parallel: number;
  pipeline: { engine: string; pages_per_s: Summary; in_process_pages_per_s: Summary; cer: CerByReference };
  reference: { engine: string; pages_per_s: Summary; cer: CerByReference };
  /** Pipeline over CLI pages/s, pair by pair. */
  ratio: Summary;
  /** The CLI with the pipeline's own model (best_int, about twice the work of Debian's fast one): native against WebAssembly on equal terms. */
  reference_same_model: { engine: string; pages_per_s: Summary; cer: CerByReference };
  ratio_same_model: Summary;
  per_page: OcrPageScore[];
}

const PARALLEL = 2;

type PageCounts = Record<keyof SourceTexts, CerCount>;

const countAgainst = (hypothesis: string, references: SourceTexts): PageCounts => ({
  text_layer: countErrors(hypothesis, references.text_layer),
  pdftotext: countErrors(hypothesis, references.pdftotext),
});

const pooledByReference = (counts: readonly PageCounts[]): CerByReference => ({
  text_layer: pooledCer(counts.map((c) => c.text_layer)),
  pdftotext: pooledCer(counts.map((c) => c.pdftotext)),
});

async function preparePages(context: BenchContext): Promise<OcrPageInput[]> {
  const imageDir = join(context.tmp, 'ocr-images');
  await mkdir(imageDir, { recursive: true });
  const pages: OcrPageInput[] = [];
  for (const [index, scanned] of scannedInputs(context).entries()) {
    const images = await extractPageImages(samplePath(context, scanned.file), imageDir, `scan${index}`);
    const sourcePath = samplePath(context, scanned.source);
    const textLayer = await textLayerPages(sourcePath, scanned.sourcePages);
    for (const [i, sourcePage] of scanned.sourcePages.entries()) {
      const image = images[i];
      if (image === undefined) throw new Error(`Cannot find the image of page ${i + 1} of ${scanned.file}: pdfimages gave ${images.length}`);
      const references = { text_layer: textLayer[i]!, pdftotext: await pdftotextPage(sourcePath, sourcePage) };
      pages.push({ file: scanned.file, page: i + 1, source: scanned.source, sourcePage, image, references });
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
  const result = await runCommand(process.execPath, [compiledScript(context, 'ocr-pages'), '--workers', String(PARALLEL), '--out', out, ...specs], { cwd: context.repoRoot });
  if (result.code !== 0) throw new Error(`The pipeline's OCR failed with exit code ${result.code}\n${result.stderr.slice(-2000)}`);
  return { seconds: result.seconds, output: JSON.parse(await readFile(out, 'utf8')) as OcrPagesOutput };
}

/** OCR pages/s and CER of the pipeline against the tesseract CLI, both two at a time on the same page images. */
export async function benchOcr(context: BenchContext): Promise<OcrResult> {
  const pages = await preparePages(context);
  // Warm-up on one page each: model files into the page cache.
  for (let i = 0; i < context.warmups; i++) {
    await runPipelineOcr(context, pages.slice(0, 1));
    await runTesseractCli([pages[0]!.image], 1);
  }
  const sameModel = await pipelineModelForCli(join(context.tmp, 'tessdata-pipeline'));
  const pipeline: number[] = [];
  const inProcess: number[] = [];
  const reference: number[] = [];
  const referenceSameModel: number[] = [];
  let scores: { pipeline: PageCounts[]; cli: PageCounts[]; cliSameModel: PageCounts[] } | undefined;
  for (let run = 0; run < context.runs; run++) {
    const ours = await runPipelineOcr(context, pages);
    const cli = await runTesseractCli(pages.map((p) => p.image), PARALLEL);
    const cliSameModel = await runTesseractCli(pages.map((p) => p.image), PARALLEL, sameModel);
    pipeline.push(pages.length / ours.seconds);
    inProcess.push(pages.length / ours.output.seconds);
    reference.push(pages.length / cli.seconds);
    referenceSameModel.push(pages.length / cliSameModel.seconds);
    context.log(`OCR run ${run + 1}: pipeline ${ours.seconds.toFixed(1)} s, tesseract CLI ${cli.seconds.toFixed(1)} s, with the pipeline's model ${cliSameModel.seconds.toFixed(1)} s`);
    // Both engines are deterministic on the same image: the first timed run's texts are scored.
    scores ??= {
      pipeline: pages.map((p) => {
        const read = ours.output.pages.find((o) => o.file.endsWith(p.file) && o.page === p.page);
        if (read?.method !== 'ocr') throw new Error(`Page ${p.page} of ${p.file} was not OCR'd by the pipeline (${read?.method ?? 'missing'})`);
        return countAgainst(read.text, p.references);
      }),
      cli: pages.map((p, i) => countAgainst(cli.texts[i]!, p.references)),
      cliSameModel: pages.map((p, i) => countAgainst(cliSameModel.texts[i]!, p.references)),
    };
  }
  const { pipeline: ourCounts, cli: cliCounts, cliSameModel: cliSameModelCounts } = scores!;
  return {
    pages: pages.length,
    parallel: PARALLEL,
    pipeline: {
      engine: `tesseract.js (pipeline extractPages + OcrPool, ${PARALLEL} workers in one process, jpn 4.0.0_best_int)`,
      pages_per_s: summarise(pipeline),
      in_process_pages_per_s: summarise(inProcess),
      cer: pooledByReference(ourCounts),
    },
    reference: { engine: `tesseract CLI, jpn, --psm 3, OMP_THREAD_LIMIT=1, ${PARALLEL} processes`, pages_per_s: summarise(reference), cer: pooledByReference(cliCounts) },
    ratio: pairedRatios(pipeline, reference),
    reference_same_model: {
      engine: `tesseract CLI, jpn 4.0.0_best_int from @tesseract.js-data/jpn, --psm 3, OMP_THREAD_LIMIT=1, ${PARALLEL} processes`,
      pages_per_s: summarise(referenceSameModel),
      cer: pooledByReference(cliSameModelCounts),
    },
    ratio_same_model: pairedRatios(pipeline, referenceSameModel),
    per_page: pages.map((p, i) => ({
      file: p.file,
      page: p.page,
      source: p.source,
      source_page: p.sourcePage,
      reference_chars: ourCounts[i]!.text_layer.referenceChars,
      cer_pipeline: pooledByReference([ourCounts[i]!]),
      cer_cli: pooledByReference([cliCounts[i]!]),
    })),
  };
}

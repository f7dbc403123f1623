import { rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { freshDir, runPipelineChecked, splitByPages, textLayerInputs, totalPages, type BenchContext, type PdfInput } from './bench-inputs.ts';
import { timed } from './measure.ts';
import { compareThreads, type ThreadsComparison } from './bench-threads.ts';
import { runPdftotext } from './reference-runners.ts';
import { pairedRatios, summarise, type Summary } from './stats.ts';

/** The pipeline against a reference on the same pages with the same number of processes. */
export interface ThroughputComparison {
  processes: number;
  pipeline_pages_per_s: Summary;
  reference_pages_per_s: Summary;
  /** Pipeline over reference pages/s, pair by pair. */
  ratio: Summary;
}

export interface TextLayerResult {
  files: string[];
  pages: number;
  reference: string;
  /** Each process with one page thread (`--threads 1`): a process per core. */
  one_process: ThroughputComparison;
  two_processes: ThroughputComparison;
  /** One process, its page threads sharing each document's pages. */
  threads: ThreadsComparison;
}

/**
 * The whole pipeline (`run --no-ocr`: extract, tables, records, publish) in `processes` embedded
 * runs side by side, the files split between them by pages, each with `threads` page threads;
 * seconds until the last one ends.
 */
async function runPipelineSplit(context: BenchContext, inputs: readonly PdfInput[], processes: number, threads = 1): Promise<number> {
  const groups = splitByPages(inputs, processes);
  const outDirs = await Promise.all(groups.map(() => freshDir(context, 'text-layer')));
  const { seconds } = await timed(() =>
    Promise.all(groups.map((group, i) => runPipelineChecked(context, ['run', ...group.map((g) => g.path), '--out', outDirs[i]!, '--log', 'json', '--no-ocr', '--threads', String(threads)]))),
  );
  await Promise.all(outDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  return seconds;
}

async function compare(context: BenchContext, inputs: readonly PdfInput[], processes: number): Promise<ThroughputComparison> {
  const pages = totalPages(inputs);
  const pipeline: number[] = [];
  const reference: number[] = [];
  for (let run = -context.warmups; run < context.runs; run++) {
    const pipelineSeconds = await runPipelineSplit(context, inputs, processes);
    const outDir = await freshDir(context, 'pdftotext');
    const referenceSeconds = await runPdftotext(inputs, outDir, processes);
    await rm(outDir, { recursive: true, force: true });
    if (run < 0) continue;
    pipeline.push(pages / pipelineSeconds);
    reference.push(pages / referenceSeconds);
    context.log(`text layer, ${processes} process(es), run ${run + 1}: pipeline ${pipelineSeconds.toFixed(2)} s, pdftotext ${referenceSeconds.toFixed(3)} s`);
  }
  return { processes, pipeline_pages_per_s: summarise(pipeline), reference_pages_per_s: summarise(reference), ratio: pairedRatios(pipeline, reference) };
}

/** Text-layer pages per second through the whole pipeline against `pdftotext -layout`, on one core and on two. */
export async function benchTextLayer(context: BenchContext): Promise<TextLayerResult> {
  const inputs = await textLayerInputs(context);
  return {
    files: inputs.map((i) => basename(i.path)),
    pages: totalPages(inputs),
    reference: 'pdftotext -layout, one process per file, N at a time',
    one_process: await compare(context, inputs, 1),
    two_processes: await compare(context, inputs, 2),
    threads: await compareThreads(context, 'text layer, 1 process', totalPages(inputs), (threads) => runPipelineSplit(context, inputs, 1, threads)),
  };
}

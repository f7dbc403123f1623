import { randomUUID } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { RunReport } from '../../schemas/types.ts';
import { freshDir, runPipelineChecked, textLayerInputs, totalPages, type BenchContext } from './bench-inputs.ts';
import { enqueueAndWait, reportSeconds, startWorkerSet } from './bullmq-cluster.ts';
import { exitedChildrenCpuSeconds, processCpuSeconds } from './measure.ts';
import { startRedisServer } from '../redis-server.ts';
import { queuedTimeSplit, type QueuedTimeSplit } from './queued-time-split.ts';
import { pairedRatios, summarise, type Summary } from './stats.ts';

export interface ModeThroughput {
  /** Pages over the run report's span (started_at → finished_at): process start-up left out. */
  pages_per_s: Summary;
  /** Wall seconds of the command (`run`, or `enqueue --wait` with the workers already up). */
  command_seconds: Summary;
  /**
   * CPU seconds of the command, and of the workers while it ran: what the mode costs, which other
   * sessions on the machine do not change as they change the wall time.
   */
  cpu_seconds: Summary;
}

export interface ModesResult {
  files: string[];
  pages: number;
  pages_per_job: number;
  embedded: ModeThroughput;
  bullmq_1_worker: ModeThroughput;
  bullmq_2_workers: ModeThroughput;
  /** 2 workers' pages/s over 1 worker's, pair by pair. */
  scaling_2_over_1: Summary;
  /** 1 worker's time over the embedded run's, minus 1, pair by pair (0.1 = 10% slower). */
  overhead_1_worker_over_embedded: Summary;
  /**
   * Two embedded runs at once, one per core, over one run alone, pair by pair, in pages/s: how far
   * two independent processes scale on this machine, which no queue can beat.
   */
  embedded_2_pinned_over_1: Summary;
  /** Where the queued runs' time goes (`QueuedTimeSplit`), over the runs. */
  time_split: { bullmq_1_worker: TimeSplitSummary; bullmq_2_workers: TimeSplitSummary };
}

export interface TimeSplitSummary {
  /** CPU seconds of each worker (the first, the second), over the runs. */
  worker_cpu_seconds: Summary[];
  idle_share: Summary;
  before_first_page_seconds: Summary;
  last_page_to_last_document_seconds: Summary;
  after_last_document_seconds: Summary;
}

const summariseSplits = (splits: readonly QueuedTimeSplit[]): TimeSplitSummary => ({
  worker_cpu_seconds: splits[0]!.worker_cpu_seconds.map((_, i) => summarise(splits.map((s) => s.worker_cpu_seconds[i]!))),
  idle_share: summarise(splits.map((s) => s.idle_share)),
  before_first_page_seconds: summarise(splits.map((s) => s.before_first_page_seconds)),
  last_page_to_last_document_seconds: summarise(splits.map((s) => s.last_page_to_last_document_seconds)),
  after_last_document_seconds: summarise(splits.map((s) => s.after_last_document_seconds)),
});

/** Pages per job of `enqueue` (its default). */
const PAGES_PER_JOB = 4;

/**
 * The cores the runs are confined to: the embedded run and the first worker on the first, the
 * second worker on the second. Unpinned, one worker already kept both cores busy (a page thread
 * reading while its main thread finished the document before), so a second one could add nothing,
 * and the comparison said nothing of two machines. Redis and `enqueue` are left free, as on a
 * machine of their own; on a 2-core machine they share the workers' cores, which the 2-worker
 * figure pays for.
 */
const CORES = [0, 1].filter((core) => core < availableParallelism());

/**
 * The embedded mode (`run`) against BullMQ with 1 and 2 worker processes, on the text-layer
 * samples without OCR, each process on a core of its own.
 */
export async function benchModes(context: BenchContext): Promise<ModesResult> {
  const inputs = await textLayerInputs(context);
  const paths = inputs.map((i) => i.path);
  const pages = totalPages(inputs);
  const redis = await startRedisServer();
  // Per run: span seconds, command wall seconds, CPU seconds.
  const samples = { embedded: [] as number[][], pair: [] as number[], one: [] as number[][], two: [] as number[][] };
  const splits = { one: [] as QueuedTimeSplit[], two: [] as QueuedTimeSplit[] };
  try {
    // A queue remembers a document by its sha256, so every queued run gets a new prefix and new workers.
    const queued = async (processes: number): Promise<[[number, number, number], QueuedTimeSplit]> => {
      const outDir = await freshDir(context, `bullmq-${processes}`);
      const workers = await startWorkerSet(context, { redisUrl: redis.url, prefix: `bench-${randomUUID()}`, outDir, processes, ocr: false, cores: CORES });
      const workersCpu = (): number[] => workers.pids.map(processCpuSeconds);
      try {
        const [workersBefore, enqueueBefore] = [workersCpu(), exitedChildrenCpuSeconds()];
        const run = await enqueueAndWait(context, redis.url, workers, paths);
        const perWorker = workersCpu().map((cpu, i) => cpu - workersBefore[i]!);
        const cpu = perWorker.reduce((a, b) => a + b) + exitedChildrenCpuSeconds() - enqueueBefore;
        return [[reportSeconds(run.report), run.command.seconds, cpu], queuedTimeSplit(run.report, workers.logs(), perWorker)];
      } finally {
        await workers.stop();
        await rm(outDir, { recursive: true, force: true });
      }
    };
    const embeddedRun = async (core: number | undefined): Promise<[number, number]> => {
      const outDir = await freshDir(context, `embedded-${core}`);
      const command = await runPipelineChecked(context, ['run', ...paths, '--out', outDir, '--log', 'json', '--no-ocr'], { core });
      const report = JSON.parse(await readFile(join(outDir, 'run-report.json'), 'utf8')) as RunReport;
      await rm(outDir, { recursive: true, force: true });
      return [reportSeconds(report), command.seconds];
    };
    const embedded = async (): Promise<[number, number, number]> => {
      const cpuBefore = exitedChildrenCpuSeconds();
      const [span, wall] = await embeddedRun(CORES[0]);
      return [span, wall, exitedChildrenCpuSeconds() - cpuBefore];
    };
    // The same run twice at once, one on each core: what two independent processes get of this
    // machine, the ceiling of any scale-out on it. Its span: the later of the two.
    const embeddedPair = async (): Promise<number> => Math.max(...(await Promise.all(CORES.map(embeddedRun))).map(([span]) => span));
    for (let run = -context.warmups; run < context.runs; run++) {
      const e = await embedded();
      const pair = await embeddedPair();
      const [one, oneSplit] = await queued(1);
      const [two, twoSplit] = await queued(2);
      if (run < 0) continue;
      samples.embedded.push(e);
      samples.pair.push(pair);
      samples.one.push(one);
      samples.two.push(two);
      splits.one.push(oneSplit);
      splits.two.push(twoSplit);
      context.log(
        `modes run ${run + 1} (load ${loadavg()[0]!.toFixed(2)}): embedded ${e[0].toFixed(2)} s (CPU ${e[2].toFixed(2)} s), twice at once ${pair.toFixed(2)} s, BullMQ 1 worker ${one[0].toFixed(2)} s (CPU ${one[2].toFixed(2)} s), 2 workers ${two[0].toFixed(2)} s (CPU ${two[2].toFixed(2)} s, per worker ${twoSplit.worker_cpu_seconds.map((c) => c.toFixed(2)).join(' + ')}; first page at ${twoSplit.before_first_page_seconds.toFixed(2)} s, last document ${twoSplit.last_page_to_last_document_seconds.toFixed(2)} s after the last page, report ${twoSplit.after_last_document_seconds.toFixed(2)} s after it)`,
      );
    }
  } finally {
    await redis.stop();
  }
  const throughput = (runs: number[][]): ModeThroughput => ({
    pages_per_s: summarise(runs.map(([span]) => pages / span!)),
    command_seconds: summarise(runs.map(([, wall]) => wall!)),
    cpu_seconds: summarise(runs.map(([, , cpu]) => cpu!)),
  });
  const spans = (runs: number[][]): number[] => runs.map(([span]) => span!);
  return {
    files: inputs.map((i) => basename(i.path)),
    pages,
    pages_per_job: PAGES_PER_JOB,
    embedded: throughput(samples.embedded),
    bullmq_1_worker: throughput(samples.one),
    bullmq_2_workers: throughput(samples.two),
    scaling_2_over_1: pairedRatios(spans(samples.one), spans(samples.two)),
    overhead_1_worker_over_embedded: summarise(spans(samples.one).map((one, i) => one / spans(samples.embedded)[i]! - 1)),
    // Twice the pages in the pair's span, over the embedded run's pages in its own.
    embedded_2_pinned_over_1: summarise(spans(samples.embedded).map((one, i) => (2 * one) / samples.pair[i]!)),
    time_split: { bullmq_1_worker: summariseSplits(splits.one), bullmq_2_workers: summariseSplits(splits.two) },
  };
}

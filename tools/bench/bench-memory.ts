import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { freshDir, makeLongDocument, runPipelineCli, type BenchContext } from './bench-inputs.ts';
import { enqueueAndWait, startWorkerSet } from './bullmq-cluster.ts';
import { PeakRssTracker, type ProcessPeak } from './measure.ts';
import { startRedisServer } from '../redis-server.ts';

export interface MemoryResult {
  pages: number;
  /** How the long document was made. */
  document: string;
  embedded: { seconds: number; peak_rss_mib: number; processes: ProcessPeak[] };
  bullmq_2_workers: { seconds: number; peak_rss_mib_per_worker: number[] };
}

/** Peak resident memory of the embedded run and of each of 2 BullMQ workers on one long document (OCR on, except in quick mode). */
export async function benchMemory(context: BenchContext): Promise<MemoryResult> {
  // Quick: a few text-layer pages without OCR, to check the section works.
  const pages = context.quick ? 6 : 300;
  const ocr = !context.quick;
  const long = await makeLongDocument(context, pages, ocr);
  context.log(`memory: ${long.pages}-page document made`);

  const embeddedOut = await freshDir(context, 'memory-embedded');
  const embedded = await runPipelineCli(context, ['run', long.path, '--out', embeddedOut, '--log', 'json', ...(ocr ? [] : ['--no-ocr'])], { trackMemory: true });
  if (embedded.code !== 0) throw new Error(`pdf-opendata run failed with exit code ${embedded.code}\n${embedded.stderr.slice(-2000)}`);
  await rm(embeddedOut, { recursive: true, force: true });
  context.log(`memory: embedded ${embedded.seconds.toFixed(1)} s, peak ${embedded.peaks![0]?.peakRssMiB.toFixed(0)} MiB`);

  const redis = await startRedisServer();
  const queuedOut = await freshDir(context, 'memory-bullmq');
  try {
    const workers = await startWorkerSet(context, { redisUrl: redis.url, prefix: `bench-${randomUUID()}`, outDir: queuedOut, processes: 2, ocr });
    // Workers are followed from the moment they are ready: their peak is a high-water mark of their whole life.
    const tracker = new PeakRssTracker(workers.pids);
    try {
      const run = await enqueueAndWait(context, redis.url, workers, [long.path]);
      const peaks = tracker.stop();
      const peakOf = (pid: number): number => peaks.find((p) => p.pid === pid)?.peakRssMiB ?? Number.NaN;
      const result: MemoryResult = {
        pages: long.pages,
        document: `${ocr ? 'the first scanned sample (4 pages, OCR on), then ' : 'OCR off: '}the text-layer samples repeated, joined and cut with qpdf`,
        embedded: { seconds: embedded.seconds, peak_rss_mib: embedded.peaks![0]?.peakRssMiB ?? Number.NaN, processes: embedded.peaks! },
        bullmq_2_workers: { seconds: run.command.seconds, peak_rss_mib_per_worker: workers.pids.map(peakOf) },
      };
      context.log(`memory: BullMQ 2 workers ${run.command.seconds.toFixed(1)} s, peaks ${result.bullmq_2_workers.peak_rss_mib_per_worker.map((p) => p.toFixed(0)).join(', ')} MiB`);
      return result;
    } finally {
      tracker.stop();
      await workers.stop();
    }
  } finally {
    await redis.stop();
    await rm(queuedOut, { recursive: true, force: true });
  }
}

import type { RunReport } from '../../schemas/types.ts';

/**
 * Where the time of a queued run goes, from its workers' logs and CPU time: each worker's CPU
 * seconds, how much of the run its core stood idle, and the run's two ends that no worker can
 * share: from `enqueue`'s start to the first page read (reading and storing the PDFs, the first
 * split), from the last page read to the last document finished (its records, tables and folder,
 * on one worker), and from there to the report (the run's editions, published by `enqueue --wait`
 * alone).
 */
export interface QueuedTimeSplit {
  worker_cpu_seconds: number[];
  /** 1 − a worker's CPU seconds over the run's span, averaged over the workers: the share of its core it left unused. */
  idle_share: number;
  before_first_page_seconds: number;
  last_page_to_last_document_seconds: number;
  after_last_document_seconds: number;
}

type LogLine = Record<string, unknown>;

const times = (lines: readonly LogLine[], msg: string): number[] => lines.filter((l) => l.msg === msg).map((l) => Number(l.time));

export function queuedTimeSplit(report: RunReport, logs: readonly (readonly LogLine[])[], workerCpuSeconds: readonly number[]): QueuedTimeSplit {
  const [started, finished] = [Date.parse(report.started_at), Date.parse(report.finished_at)];
  const span = (finished - started) / 1000;
  // A job's line is logged when its pages are done: its start is `ms` earlier.
  const firstPage = Math.min(...logs.flatMap((lines) => lines.filter((l) => l.msg === 'pages job done').map((l) => Number(l.time) - Number(l.ms))));
  const lastPage = Math.max(...logs.flatMap((lines) => times(lines, 'pages job done')));
  const lastDocument = Math.max(...logs.flatMap((lines) => times(lines, 'documents job done')));
  return {
    worker_cpu_seconds: [...workerCpuSeconds],
    idle_share: 1 - workerCpuSeconds.reduce((sum, cpu) => sum + cpu / span, 0) / workerCpuSeconds.length,
    before_first_page_seconds: (firstPage - started) / 1000,
    last_page_to_last_document_seconds: (lastDocument - lastPage) / 1000,
    after_last_document_seconds: (finished - lastDocument) / 1000,
  };
}

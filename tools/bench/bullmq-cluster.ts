import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunReport } from '../../schemas/types.ts';
import { runPipelineChecked, type BenchContext } from './bench-inputs.ts';
import { pinnedCommand, type CommandResult } from './measure.ts';

/** Worker processes of the distributed mode sharing one prefix and one output folder. */
export interface WorkerSet {
  prefix: string;
  outDir: string;
  pids: number[];
  /** Each worker's JSON log lines so far (the first 1 MB of each log). */
  logs(): Record<string, unknown>[][];
  stop(): Promise<void>;
}

export interface WorkerSetOptions {
  redisUrl: string;
  prefix: string;
  outDir: string;
  processes: number;
  /** @defaultValue true */
  ocr?: boolean;
  /**
   * The core of each worker process in turn (`taskset`): workers that share no core, as on
   * machines of their own. @defaultValue none: any core
   */
  cores?: readonly number[];
}

/** Starts `worker` processes (the real CLI) and resolves once each has logged `worker ready`. */
export async function startWorkerSet(context: BenchContext, options: WorkerSetOptions): Promise<WorkerSet> {
  const { redisUrl, prefix, outDir, processes, ocr = true, cores = [] } = options;
  const args = [join(context.repoRoot, 'bin', 'pdf-opendata.js'), 'worker', '--redis', redisUrl, '--prefix', prefix, '--out', outDir];
  if (!ocr) args.push('--no-ocr');
  const children: { child: ChildProcess; output: () => string; exited: Promise<void> }[] = [];
  for (let i = 0; i < processes; i++) {
    const core = cores.length === 0 ? undefined : cores[i % cores.length];
    const child = spawn(...pinnedCommand(core, process.execPath, args), { cwd: context.repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
    let output = '';
    // Keep the start of the log (readiness, first errors, the job lines of a bench run), not every job line of a long run.
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      if (output.length < 1_000_000) output += chunk;
    });
    children.push({ child, output: () => output, exited: new Promise((resolve) => child.once('exit', () => resolve())) });
  }
  const stop = async (): Promise<void> => {
    for (const { child } of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => children.forEach(({ child }) => child.kill('SIGKILL')), 15_000);
    await Promise.all(children.map((c) => c.exited));
    clearTimeout(timer);
  };
  const deadline = Date.now() + 60_000;
  for (const { child, output } of children) {
    while (!output().includes('"msg":"worker ready"')) {
      if (child.exitCode !== null || Date.now() > deadline) {
        await stop();
        throw new Error(`Cannot start a worker: no "worker ready" line\n${output().slice(-2000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const logs = (): Record<string, unknown>[][] =>
    children.map(({ output }) =>
      output()
        .split('\n')
        .filter((line) => line.startsWith('{') && line.endsWith('}'))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    );
  return { prefix, outDir, pids: children.map(({ child }) => child.pid!), logs, stop };
}

/** One `enqueue --wait` of the distributed mode, with its run report. */
export interface QueuedRun {
  command: CommandResult;
  report: RunReport;
}

/** Queues the files for a worker set and waits until every document is published. */
export async function enqueueAndWait(context: BenchContext, redisUrl: string, workers: WorkerSet, paths: readonly string[]): Promise<QueuedRun> {
  const command = await runPipelineChecked(context, ['enqueue', ...paths, '--redis', redisUrl, '--prefix', workers.prefix, '--out', workers.outDir, '--wait']);
  const report = JSON.parse(await readFile(join(workers.outDir, 'run-report.json'), 'utf8')) as RunReport;
  return { command, report };
}

/** Seconds between a run report's `started_at` and `finished_at`: the run without the process's start-up. */
export const reportSeconds = (report: RunReport): number => (Date.parse(report.finished_at) - Date.parse(report.started_at)) / 1000;

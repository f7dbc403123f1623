import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { RunReport } from '../../schemas/types.ts';
import { repoRoot } from './samples.ts';

const cliEntry = join(repoRoot, 'bin', 'pdf-opendata.js');

export interface CliProcess {
  child: ChildProcess;
  output: () => string;
  /** JSON log lines written so far. */
  logs: () => Record<string, unknown>[];
  exited: Promise<number | null>;
  waitForLog: (msg: string, timeoutMs?: number) => Promise<void>;
}

/** Every process started, for the tests to stop after each test. */
export const started: CliProcess[] = [];

/** Runs the real CLI as a long-lived process (a worker, `enqueue --wait`), collecting its output; `nodeOptions` go before its script. */
export function spawnCli(args: readonly string[], nodeOptions: readonly string[] = []): CliProcess {
  const child = spawn(process.execPath, [...nodeOptions, cliEntry, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const logs = (): Record<string, unknown>[] =>
    output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  const waitForLog = async (msg: string, timeoutMs = 30_000): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    while (!logs().some((l) => l.msg === msg)) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`No "${msg}" log line:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const cli = { child, output: () => output, logs, exited, waitForLog };
  started.push(cli);
  return cli;
}

export async function stopCli(cli: CliProcess): Promise<number | null> {
  if (cli.child.exitCode === null && cli.child.signalCode === null) cli.child.kill('SIGTERM');
  return cli.exited;
}

/** Every file under `dir`, relative path → bytes. */
export async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), await readFile(path));
  }
  return files;
}

export const readReport = async (outDir: string): Promise<RunReport> => JSON.parse(await readFile(join(outDir, 'run-report.json'), 'utf8')) as RunReport;
// The output fingerprint hashes file times, which differ between two output folders.
export const withoutTimes = (report: RunReport): Omit<RunReport, 'started_at' | 'finished_at' | 'output_fingerprint'> => {
  const { started_at: _s, finished_at: _f, output_fingerprint: _o, ...rest } = report;
  return rest;
};
/** The pages jobs (lanes) a worker logged as done. */
export const pagesJobsDone = (cli: CliProcess): string[] => cli.logs().filter((l) => l.msg === 'pages job done').map((l) => String(l.job));

/** A run of pages a worker read for a pages job (its `pages read` log line). */
export interface PagesRead {
  job: string;
  file: string;
  first: number;
  last: number;
}

/** The pages a worker logged as read, in the order it read them. */
export const pagesRead = (cli: CliProcess): PagesRead[] =>
  cli
    .logs()
    .filter((l) => l.msg === 'pages read')
    .map((l) => ({ job: String(l.job), file: String(l.file), first: Number(l.first), last: Number(l.last) }));

/** Every page number of the runs, in the order read. */
export const pageNumbersOf = (runs: readonly PagesRead[]): number[] => runs.flatMap(({ first, last }) => Array.from({ length: last - first + 1 }, (_, i) => first + i));


/** Another process holding `outDir`'s lock for `ms` (test/support/hold-output-lock.ts), once it holds it. */
export async function holdOutputLock(outDir: string, ms: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'test', 'support', 'hold-output-lock.ts'), outDir, String(ms)], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      if (chunk.includes('locked')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`The lock holder exited with code ${code} before it held the lock`)));
  });
  return child;
}

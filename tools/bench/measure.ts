import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** Peak resident memory of one process, as the kernel counts it (VmHWM). */
export interface ProcessPeak {
  pid: number;
  /** The process's command line, shortened. */
  command: string;
  peakRssMiB: number;
}

/** Parent pid and VmHWM of a live process, or undefined once it is gone. */
function readProcess(pid: number): { ppid: number; hwmKiB: number; command: string } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? -1);
    const hwmKiB = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0);
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
    return { ppid, hwmKiB, command };
  } catch {
    return undefined;
  }
}

/**
 * Polls /proc for the peak RSS (VmHWM) of some processes and all their descendants. VmHWM is
 * the kernel's own high-water mark, so a poll only has to come before the process exits; growth
 * in the last interval of a process's life can be missed.
 */
export class PeakRssTracker {
  readonly #roots = new Set<number>();
  readonly #peaks = new Map<number, ProcessPeak>();
  readonly #timer: NodeJS.Timeout;

  constructor(roots: readonly number[] = [], intervalMs = 100) {
    for (const pid of roots) this.#roots.add(pid);
    this.#timer = setInterval(() => this.poll(), intervalMs);
    this.#timer.unref();
  }

  /** Follows one more process (and its descendants) from now on. */
  add(pid: number): void {
    this.#roots.add(pid);
    this.poll();
  }

  poll(): void {
    const parents = new Map<number, number>();
    const live = new Map<number, { ppid: number; hwmKiB: number; command: string }>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      const pid = Number(name);
      const info = readProcess(pid);
      if (info === undefined) continue;
      parents.set(pid, info.ppid);
      live.set(pid, info);
    }
    const tracked = (pid: number): boolean => {
      for (let p: number | undefined = pid, hops = 0; p !== undefined && p > 1 && hops < 64; p = parents.get(p), hops++) {
        if (this.#roots.has(p)) return true;
      }
      return false;
    };
    for (const [pid, info] of live) {
      if (!tracked(pid)) continue;
      const peakRssMiB = info.hwmKiB / 1024;
      const known = this.#peaks.get(pid);
      if (known === undefined || peakRssMiB > known.peakRssMiB) {
        this.#peaks.set(pid, { pid, command: info.command.slice(0, 160), peakRssMiB });
      }
    }
  }

  /** Stops polling; the peak of every process seen, largest first. */
  stop(): ProcessPeak[] {
    this.poll();
    clearInterval(this.#timer);
    return [...this.#peaks.values()].sort((a, b) => b.peakRssMiB - a.peakRssMiB);
  }
}

export interface CommandOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Track the peak RSS of the process tree. @defaultValue false */
  trackMemory?: boolean;
  /** The one core the command may run on (`taskset`), as if it had a machine of one core to itself. @defaultValue any core */
  core?: number;
}

/**
 * A command confined to one core with util-linux's `taskset`, which execs it: the process (and every
 * thread it starts) keeps the pid spawned, so its CPU time and memory are read as without it.
 */
export function pinnedCommand(core: number | undefined, file: string, args: readonly string[]): [string, string[]] {
  return core === undefined ? [file, [...args]] : ['taskset', ['--cpu-list', String(core), file, ...args]];
}

export interface CommandResult {
  command: string;
  code: number | null;
  /** Wall time from spawn to exit, in seconds. */
  seconds: number;
  stdout: string;
  stderr: string;
  /** Present when `trackMemory` was asked for. */
  peaks?: ProcessPeak[];
}

/** Spawns a command, waits for it and times it; a non-zero exit is returned, not thrown. */
export function runCommand(file: string, args: readonly string[], options: CommandOptions = {}): Promise<CommandResult> {
  const { cwd, env, trackMemory = false, core } = options;
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child: ChildProcess = spawn(...pinnedCommand(core, file, args), { cwd, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const tracker = trackMemory && child.pid !== undefined ? new PeakRssTracker([child.pid]) : undefined;
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', (error) => {
      tracker?.stop();
      reject(new Error(`Cannot run ${file}: ${error.message}`, { cause: error }));
    });
    child.once('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const peaks = tracker?.stop();
      resolve({ command: [file, ...args].join(' '), code, seconds, stdout, stderr, ...(peaks ? { peaks } : {}) });
    });
  });
}

/** Like `runCommand`, but a non-zero exit is an error carrying the command's stderr. */
export async function runChecked(file: string, args: readonly string[], options: CommandOptions = {}): Promise<CommandResult> {
  const result = await runCommand(file, args, options);
  if (result.code !== 0) {
    throw new Error(`Command failed with exit code ${result.code}: ${result.command}\n${result.stderr.slice(-2000)}`);
  }
  return result;
}

/** Runs `tasks` with at most `concurrency` at a time; results in the tasks' order. */
export async function runPool<T>(tasks: readonly (() => Promise<T>)[], concurrency: number): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, tasks.length)) }, lane));
  return results;
}

/** Seconds taken by `operation`, with its result. */
export async function timed<T>(operation: () => Promise<T>): Promise<{ seconds: number; result: T }> {
  const started = process.hrtime.bigint();
  const result = await operation();
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, result };
}

/** Utime, stime, cutime and cstime of a process from /proc (its command name may hold spaces and parentheses). */
function cpuTicks(pid: number | 'self'): number[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ').slice(11, 15).map(Number);
}

/** Linux counts CPU time in USER_HZ ticks, 100 a second on every architecture it exports to user space. */
const TICKS_PER_SECOND = 100;

/** CPU seconds of a live process, all its threads. */
export function processCpuSeconds(pid: number): number {
  const [utime, stime] = cpuTicks(pid);
  return (utime! + stime!) / TICKS_PER_SECOND;
}

/** CPU seconds of this process's children that have exited and been waited for (a finished command, all its threads). */
export function exitedChildrenCpuSeconds(): number {
  const [, , cutime, cstime] = cpuTicks('self');
  return (cutime! + cstime!) / TICKS_PER_SECOND;
}

/**
 * `npm run bench`: the pipeline side by side with its references on the same files and cores,
 * written as bench.json and bench.md. Never a timed test: a developer's measurement.
 *
 *   npm run bench -- [--runs N] [--quick] [--out DIR] [--only modes]
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchBudgetBook } from './bench-budget-book.ts';
import type { BenchContext } from './bench-inputs.ts';
import { benchMemory } from './bench-memory.ts';
import { benchModes } from './bench-modes.ts';
import { benchOcr } from './bench-ocr.ts';
import { benchProfile } from './bench-profile.ts';
import { judgeTargets, modesTargets, renderMarkdown, renderModesMarkdown, type BenchReport, type MachineFacts, type ModesBenchReport } from './bench-report.ts';
import { benchRerun } from './bench-rerun.ts';
import { benchTextLayer } from './bench-text-layer.ts';
import { referenceVersions } from './reference-runners.ts';

export interface BenchOptions {
  /** @defaultValue 3 (1 with `quick`) */
  runs?: number;
  /** Fewer files and pages, one run, no warm-up: checks the bench works. @defaultValue false */
  quick?: boolean;
  /** @defaultValue `output/bench/` */
  outDir?: string;
  /**
   * One section only: `modes` (the embedded run against BullMQ with 1 and 2 pinned workers),
   * written as bench-modes.json and bench-modes.md. @defaultValue every section
   */
  only?: 'modes';
  log?: (message: string) => void;
}

async function machineFacts(): Promise<MachineFacts> {
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8');
  const meminfo = await readFile('/proc/meminfo', 'utf8');
  const kib = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(meminfo)?.[1] ?? 0);
  return {
    nproc: availableParallelism(),
    cpu_model: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown',
    mem_total_mib: Math.round(kib('MemTotal') / 1024),
    mem_available_mib: Math.round(kib('MemAvailable') / 1024),
    load_average_start: loadavg().map((l) => Math.round(l * 100) / 100),
    load_average_end: [],
    node: process.version,
    ...(await referenceVersions()),
  };
}

/** Runs every section in turn and writes `bench.json` and `bench.md` into `outDir`. */
export async function runBench(options: BenchOptions = {}): Promise<BenchReport | ModesBenchReport> {
  const { quick = false, runs = quick ? 1 : 3, outDir = 'output/bench/', only, log = (m: string) => process.stderr.write(`${m}\n`) } = options;
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`Cannot run the bench: --runs must be a positive integer, not ${runs}`);
  const repoRoot = resolve(import.meta.dirname, '..', '..');
  const tmp = await mkdtemp(join(tmpdir(), 'pdf-opendata-bench-'));
  const context: BenchContext = { repoRoot, runs, warmups: quick ? 0 : 1, quick, tmp, log };
  const startedAt = new Date().toISOString();
  try {
    const machine = await machineFacts();
    log(`bench: ${machine.nproc} cores, ${runs} run(s)${quick ? ', quick' : ''}${only === undefined ? '' : `, ${only} only`}`);
    const header = () => ({ schema: 'pdf-opendata-bench/1' as const, started_at: startedAt, finished_at: new Date().toISOString(), options: { runs, warmups: context.warmups, quick }, machine });
    const write = async (name: string, report: object, markdown: string): Promise<void> => {
      await mkdir(outDir, { recursive: true });
      await writeFile(join(outDir, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
      await writeFile(join(outDir, `${name}.md`), markdown);
      log(`bench: wrote ${join(outDir, `${name}.json`)} and ${name}.md`);
    };
    if (only === 'modes') {
      const modes = await benchModes(context);
      machine.load_average_end = loadavg().map((l) => Math.round(l * 100) / 100);
      const report: ModesBenchReport = { ...header(), modes, targets: modesTargets(modes) };
      await write('bench-modes', report, renderModesMarkdown(report));
      return report;
    }
    const text_layer = await benchTextLayer(context);
    const budget_book = (await benchBudgetBook(context)) ?? null;
    const ocr = await benchOcr(context);
    const modes = await benchModes(context);
    const rerun = await benchRerun(context);
    const memory = await benchMemory(context);
    const profile = await benchProfile(context);
    machine.load_average_end = loadavg().map((l) => Math.round(l * 100) / 100);
    const measured = {
      ...header(),
      text_layer,
      budget_book,
      ocr,
      modes,
      rerun,
      memory,
      profile,
    };
    const report: BenchReport = { ...measured, targets: judgeTargets(measured) };
    await write('bench', report, renderMarkdown(report));
    return report;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('run-bench.ts')) {
  const { values } = parseArgs({
    options: { runs: { type: 'string' }, quick: { type: 'boolean', default: false }, out: { type: 'string', default: 'output/bench/' }, only: { type: 'string' } },
  });
  if (values.only !== undefined && values.only !== 'modes') {
    process.stderr.write(`error: --only takes modes, not ${values.only}\n`);
    process.exit(2);
  }
  try {
    const report = await runBench({ quick: values.quick, outDir: values.out, only: values.only, ...(values.runs !== undefined ? { runs: Number(values.runs) } : {}) });
    process.stdout.write('text_layer' in report ? renderMarkdown(report) : renderModesMarkdown(report));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  }
}

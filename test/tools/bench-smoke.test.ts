import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import type { ModesResult } from '../../tools/bench/bench-modes.ts';
import type { BenchReport, ModesBenchReport } from '../../tools/bench/bench-report.ts';
import type { Summary } from '../../tools/bench/stats.ts';
import { repoRoot } from '../support/samples.ts';

// A smoke test of `npm run bench`: the quick mode on one page or a few per section. It checks the
// report's shape and that every number was measured, never how fast anything was.

let outDir: string | undefined;
afterAll(async () => {
  if (outDir !== undefined) await rm(outDir, { recursive: true, force: true });
});

function runBench(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'tools', 'bench', 'run-bench.ts'), ...args], {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

const expectMeasured = (summary: Summary): void => {
  expect(summary.values.length).toBeGreaterThan(0);
  for (const n of [summary.median, summary.min, summary.max, ...summary.values]) expect(Number.isFinite(n) && n > 0).toBe(true);
};

/** Where the queued runs' time went: a CPU figure per worker, and the run's ends measured. */
const expectTimeSplit = (modes: ModesResult): void => {
  for (const [split, workers] of [[modes.time_split.bullmq_1_worker, 1], [modes.time_split.bullmq_2_workers, 2]] as const) {
    expect(split.worker_cpu_seconds).toHaveLength(workers);
    for (const cpu of split.worker_cpu_seconds) expectMeasured(cpu);
    expectMeasured(split.before_first_page_seconds);
    expectMeasured(split.after_last_document_seconds);
    expect(split.last_page_to_last_document_seconds.median).toBeGreaterThanOrEqual(0);
    expect(split.idle_share.median).toBeLessThan(1);
  }
};

test('bench --quick writes a JSON report with every section measured, and its Markdown table', { timeout: 240_000 }, async () => {
  outDir = await mkdtemp(join(tmpdir(), 'pdf-opendata-bench-smoke-'));
  const { code, stderr } = await runBench(['--quick', '--out', outDir]);
  expect(code, stderr).toBe(0);
  const report = JSON.parse(await readFile(join(outDir, 'bench.json'), 'utf8')) as BenchReport;

  expect(report.options).toMatchObject({ quick: true, runs: 1 });
  expect(report.machine.nproc).toBeGreaterThan(0);
  expect(report.machine.tesseract).toContain('tesseract');

  for (const comparison of [report.text_layer.one_process, report.text_layer.two_processes]) {
    expectMeasured(comparison.pipeline_pages_per_s);
    expectMeasured(comparison.reference_pages_per_s);
    expectMeasured(comparison.ratio);
  }
  // The real budget book is measured when the real documents are beside the project, else said to be skipped.
  if (existsSync(join(repoRoot, '..', 'shared', 'realworld', 'pdf'))) {
    const book = report.budget_book!;
    expect(book.what).toContain('予算書');
    for (const summary of [book.pipeline_pages_per_s, book.pdftotext_pages_per_s, book.pdfminer_pages_per_s, book.ratio_to_pdftotext, book.ratio_to_pdfminer]) expectMeasured(summary);
    expect(report.machine.pdfminer).toContain('pdfminer');
  } else {
    expect(report.budget_book).toBeNull();
  }
  expectMeasured(report.ocr.pipeline.pages_per_s);
  expectMeasured(report.ocr.reference.pages_per_s);
  expectMeasured(report.ocr.ratio);
  expectMeasured(report.ocr.reference_same_model.pages_per_s);
  expectMeasured(report.ocr.ratio_same_model);
  for (const cer of [report.ocr.pipeline.cer, report.ocr.reference.cer, report.ocr.reference_same_model.cer]) {
    expect(cer.text_layer).toBeGreaterThanOrEqual(0);
    expect(cer.pdftotext).toBeGreaterThanOrEqual(0);
  }
  expect(report.ocr.per_page[0]?.reference_chars).toBeGreaterThan(0);

  for (const mode of [report.modes.embedded, report.modes.bullmq_1_worker, report.modes.bullmq_2_workers]) {
    expectMeasured(mode.pages_per_s);
    expectMeasured(mode.cpu_seconds);
  }
  expectMeasured(report.modes.scaling_2_over_1);
  expectMeasured(report.modes.embedded_2_pinned_over_1);
  expect(Number.isFinite(report.modes.overhead_1_worker_over_embedded.median)).toBe(true);
  expectTimeSplit(report.modes);

  expectMeasured(report.rerun.rerun_seconds);
  expect(report.rerun.rerun_statuses.unchanged ?? 0).toBeGreaterThan(0);

  expect(report.memory.embedded.peak_rss_mib).toBeGreaterThan(0);
  expect(report.memory.bullmq_2_workers.peak_rss_mib_per_worker).toHaveLength(2);
  for (const peak of report.memory.bullmq_2_workers.peak_rss_mib_per_worker) expect(peak).toBeGreaterThan(0);

  expect(Object.keys(report.profile.ms_per_page_by_step)).toContain('tables');
  for (const ms of Object.values(report.profile.pdfjs_ms_per_page)) expect(ms).toBeGreaterThan(0);
  for (const ratio of Object.values(report.profile.pipeline_over_pdfjs)) expect(Number.isFinite(ratio) && ratio > 0).toBe(true);

  expect(report.targets.map((t) => t.id)).toEqual(['text-layer-speed', 'text-layer-threads', 'ocr-speed', 'ocr-cer', 'ocr-cer-text-layer', 'bullmq-scaling', 'bullmq-overhead', 'pipeline-over-pdfjs', 'rerun', 'peak-rss']);
  for (const target of report.targets) {
    expect(typeof target.met).toBe('boolean');
    expect(Number.isFinite(target.measured)).toBe(true);
  }

  const markdown = await readFile(join(outDir, 'bench.md'), 'utf8');
  expect(markdown).toContain('| measure | pipeline | reference | ratio (pair by pair) |');
  expect(markdown).toContain('| target | result |');
  expect(markdown).toContain(report.budget_book === null ? 'budget book (../shared/realworld) | skipped' : 'against pdfminer.six');
});

test('bench --quick --only modes writes the embedded and BullMQ part alone, with its two targets', { timeout: 240_000 }, async () => {
  const modesOut = await mkdtemp(join(tmpdir(), 'pdf-opendata-bench-modes-'));
  try {
    const { code, stderr } = await runBench(['--quick', '--only', 'modes', '--out', modesOut]);
    expect(code, stderr).toBe(0);
    const report = JSON.parse(await readFile(join(modesOut, 'bench-modes.json'), 'utf8')) as ModesBenchReport;
    expectMeasured(report.modes.scaling_2_over_1);
    expectTimeSplit(report.modes);
    expect(report.targets.map((t) => t.id)).toEqual(['bullmq-scaling', 'bullmq-overhead']);
    expect(existsSync(join(modesOut, 'bench.json'))).toBe(false);
    expect(await readFile(join(modesOut, 'bench-modes.md'), 'utf8')).toContain('| BullMQ, 2 workers, pages/s |');
  } finally {
    await rm(modesOut, { recursive: true, force: true });
  }
});

import type { BudgetBookResult } from './bench-budget-book.ts';
import type { MemoryResult } from './bench-memory.ts';
import type { ModesResult, TimeSplitSummary } from './bench-modes.ts';
import type { OcrResult } from './bench-ocr.ts';
import type { ProfileResult } from './bench-profile.ts';
import type { RerunResult } from './bench-rerun.ts';
import type { TextLayerResult } from './bench-text-layer.ts';
import { formatNumber, formatSummary, type Summary } from './stats.ts';

export interface MachineFacts {
  nproc: number;
  cpu_model: string;
  mem_total_mib: number;
  mem_available_mib: number;
  load_average_start: number[];
  load_average_end: number[];
  node: string;
  tesseract: string;
  pdftotext: string;
  pdfminer: string;
}

/** One target of issue 8, judged on the median. */
export interface TargetResult {
  id: string;
  description: string;
  target: string;
  /** The median the verdict is on, in the target's unit. */
  measured: number;
  /** The range of the measurement, when it was repeated. */
  range: [number, number] | null;
  met: boolean;
  verdict: string;
}

export interface BenchReport {
  schema: 'pdf-opendata-bench/1';
  started_at: string;
  finished_at: string;
  options: { runs: number; warmups: number; quick: boolean };
  machine: MachineFacts;
  text_layer: TextLayerResult;
  /** Null when the real documents (../shared) are absent. */
  budget_book: BudgetBookResult | null;
  ocr: OcrResult;
  modes: ModesResult;
  rerun: RerunResult;
  memory: MemoryResult;
  profile: ProfileResult;
  targets: TargetResult[];
}

const x = (n: number): string => `${formatNumber(n)}×`;
const pct = (n: number): string => `${formatNumber(n * 100)}%`;
const rangeOf = (s: Summary): [number, number] | null => (s.values.length > 1 ? [s.min, s.max] : null);
const rangeText = (s: Summary, unit: (n: number) => string): string => (s.values.length > 1 ? ` (runs ${unit(s.min)}–${unit(s.max)})` : '');

/** At least `target` (a ratio): met, or missed with the factor still needed. */
function atLeast(id: string, description: string, s: Summary, target: number): TargetResult {
  const met = s.median >= target;
  const verdict = met
    ? `met: ${x(s.median)}${rangeText(s, x)}, target ≥ ${x(target)}`
    : `missed: ${x(s.median)}${rangeText(s, x)}, target ≥ ${x(target)}; needs ${x(target / s.median)} the throughput`;
  return { id, description, target: `≥ ${x(target)}`, measured: s.median, range: rangeOf(s), met, verdict };
}

/** At most `target`, in `unit`: met, or missed by how much. */
function atMost(id: string, description: string, s: Summary, target: number, unit: (n: number) => string): TargetResult {
  const met = s.median <= target;
  const over = s.median - target;
  const verdict = met
    ? `met: ${unit(s.median)}${rangeText(s, unit)}, target ≤ ${unit(target)}`
    : `missed by ${unit(over)}: ${unit(s.median)}${rangeText(s, unit)}, target ≤ ${unit(target)}`;
  return { id, description, target: `≤ ${unit(target)}`, measured: s.median, range: rangeOf(s), met, verdict };
}

const single = (n: number): Summary => ({ median: n, min: n, max: n, values: [n] });

/** The BullMQ targets (issue 21): two pinned workers over one, one worker over the embedded run. */
export const modesTargets = (modes: ModesResult): TargetResult[] => [
  atLeast('bullmq-scaling', 'BullMQ: 2 worker processes over 1, pages/s', modes.scaling_2_over_1, 1.8),
  atMost('bullmq-overhead', 'BullMQ with 1 worker: time over the embedded run', modes.overhead_1_worker_over_embedded, 0.1, pct),
];

/** Every target of issue 8 against what was measured. */
export function judgeTargets(report: Omit<BenchReport, 'targets'>): TargetResult[] {
  const { text_layer, ocr, modes, rerun, memory, profile } = report;
  const mib = (n: number): string => `${formatNumber(n)} MiB`;
  const seconds = (n: number): string => `${formatNumber(n)} s`;
  const peaks = [memory.embedded.peak_rss_mib, ...memory.bullmq_2_workers.peak_rss_mib_per_worker];
  return [
    atLeast('text-layer-speed', 'Text-layer pages/s, whole pipeline over pdftotext -layout, both using 2 cores', text_layer.two_processes.ratio, 1.0),
    atLeast('text-layer-threads', 'Text-layer pages/s, one process with 2 page threads over 1 (issue 21)', text_layer.threads.ratio, 1.8),
    atLeast('ocr-speed', 'OCR pages/s, pipeline (tesseract.js) over the tesseract CLI, both using 2 cores', ocr.ratio, 1.0),
    {
      ...atMost('ocr-cer', "OCR character error rate against pdftotext's text of the source, no worse than the tesseract CLI's", single(ocr.pipeline.cer.pdftotext), ocr.reference.cer.pdftotext, pct),
      target: `≤ ${pct(ocr.reference.cer.pdftotext)} (the CLI's CER)`,
    },
    atMost('ocr-cer-text-layer', "OCR character error rate against the source's text layer in the pipeline's reading order (issue 3)", single(ocr.pipeline.cer.text_layer), 0.04, pct),
    ...modesTargets(modes),
    atMost('pipeline-over-pdfjs', "Text-layer time per page, the whole pipeline over pdf.js's own getTextContent + getOperatorList on the same pages (issue 21)", single(profile.pipeline_over_pdfjs.text_and_operators), 1.3, x),
    atMost('rerun', `Re-run on unchanged sources (${rerun.files} files, ${rerun.pages} pages), wall time`, rerun.rerun_seconds, 1.0, seconds),
    atMost('peak-rss', `Peak RSS per process on a ${memory.pages}-page document (embedded run and each BullMQ worker), largest`, single(Math.max(...peaks)), 800, mib),
  ];
}

/** What `--only modes` measures: the machine and the embedded and BullMQ runs. */
export type ModesBenchReport = Pick<BenchReport, 'schema' | 'started_at' | 'finished_at' | 'options' | 'machine' | 'modes' | 'targets'>;

/** The title, the machine and how the runs were taken, then the head of the results table. */
function reportHeader({ machine: m, options, started_at, finished_at }: ModesBenchReport): string[] {
  return [
    `# pdf-opendata benchmark${options.quick ? ' (quick: a smoke test, not a measurement)' : ''}`,
    '',
    `${m.nproc} cores (${m.cpu_model}), ${formatNumber(m.mem_total_mib / 1024)} GiB memory (${formatNumber(m.mem_available_mib / 1024)} GiB available at start), ` +
      `load average ${m.load_average_start.join(' ')} at start and ${m.load_average_end.join(' ')} at the end; Node ${m.node}, ${m.tesseract}, ${m.pdftotext}, ${m.pdfminer}.`,
    `${options.runs} timed run(s) after ${options.warmups} warm-up; medians with the runs' range (min–max); ratios taken pair by pair (each pipeline run with the reference run next to it), ${started_at} – ${finished_at}.`,
    '',
    '| measure | pipeline | reference | ratio (pair by pair) |',
    '|---|---|---|---|',
  ];
}

const targetRows = (targets: readonly TargetResult[]): string[] => [
  '',
  '| target | result |',
  '|---|---|',
  ...targets.map((target) => `| ${target.description} ${target.target} | ${target.met ? '✅' : '❌'} ${target.verdict} |`),
];

/** `--only modes` as Markdown. */
export const renderModesMarkdown = (report: ModesBenchReport): string => [...reportHeader(report), ...modesRows(report.modes), ...targetRows(report.targets), ''].join('\n');

/** The embedded and BullMQ rows of the results table. */
export function modesRows(modes: ModesResult): string[] {
  const f = (s: Summary): string => formatSummary(s);
  const percent = (s: Summary): string => formatSummary({ ...s, median: s.median * 100, min: s.min * 100, max: s.max * 100 });
  const split = (t: TimeSplitSummary): string =>
    `CPU per worker ${t.worker_cpu_seconds.map(f).join(' + ')} s, cores idle ${percent(t.idle_share)}%, first page read at ${f(t.before_first_page_seconds)} s, ` +
    `last document finished ${f(t.last_page_to_last_document_seconds)} s after the last page, report ${f(t.after_last_document_seconds)} s after that`;
  return [
    `| embedded \`run --no-ocr\`, pages/s (${modes.pages} pages; CPU seconds) | ${f(modes.embedded.pages_per_s)} (CPU ${f(modes.embedded.cpu_seconds)} s) | – | – |`,
    `| BullMQ, 1 worker, pages/s (CPU seconds: enqueue and workers) | ${f(modes.bullmq_1_worker.pages_per_s)} (CPU ${f(modes.bullmq_1_worker.cpu_seconds)} s; ${split(modes.time_split.bullmq_1_worker)}) | embedded: ${f(modes.embedded.pages_per_s)} | overhead ${percent(modes.overhead_1_worker_over_embedded)}% |`,
    `| BullMQ, 2 workers, pages/s | ${f(modes.bullmq_2_workers.pages_per_s)} (CPU ${f(modes.bullmq_2_workers.cpu_seconds)} s; ${split(modes.time_split.bullmq_2_workers)}) | 1 worker: ${f(modes.bullmq_1_worker.pages_per_s)} | ${f(modes.scaling_2_over_1)}× |`,
    `| the embedded run twice at once, one per core, over once: this machine's ceiling for 2 processes | – | – | ${f(modes.embedded_2_pinned_over_1)}× |`,
  ];
}

/** The report as Markdown: machine, results side by side, targets, and where the time goes. */
export function renderMarkdown(report: BenchReport): string {
  const { text_layer: t, budget_book: book, ocr, modes, rerun, memory, profile } = report;
  const f = (s: Summary): string => formatSummary(s);
  const lines = [
    ...reportHeader(report),
    `| text layer, 1 process, pages/s (${t.pages} pages, ${t.files.length} files) | ${f(t.one_process.pipeline_pages_per_s)} | pdftotext -layout: ${f(t.one_process.reference_pages_per_s)} | ${f(t.one_process.ratio)}× |`,
    `| text layer, 2 processes, pages/s | ${f(t.two_processes.pipeline_pages_per_s)} | pdftotext -layout: ${f(t.two_processes.reference_pages_per_s)} | ${f(t.two_processes.ratio)}× |`,
    `| text layer, 1 process, \`--threads 2\` over \`--threads 1\`, pages/s | ${f(t.threads.two_threads_pages_per_s)} | 1 thread: ${f(t.threads.one_thread_pages_per_s)} | ${f(t.threads.ratio)}× |`,
    ...(book === null
      ? ['| budget book (../shared/realworld) | skipped: ../shared is absent | – | – |']
      : [
          `| budget book, \`${book.command}\`, 1 process, pages/s (${book.pages} pages) | ${f(book.pipeline_pages_per_s)} | pdftotext -layout: ${f(book.pdftotext_pages_per_s)} | ${f(book.ratio_to_pdftotext)}× |`,
          `| budget book, same, against pdfminer.six | ${f(book.pipeline_pages_per_s)} | pdf2txt: ${f(book.pdfminer_pages_per_s)} | ${f(book.ratio_to_pdfminer)}× |`,
          `| budget book, same, \`--threads 2\` over \`--threads 1\` | ${f(book.threads.two_threads_pages_per_s)} | 1 thread: ${f(book.threads.one_thread_pages_per_s)} | ${f(book.threads.ratio)}× |`,
        ]),
    `| OCR, 2 at a time, pages/s (${ocr.pages} scanned pages) | tesseract.js: ${f(ocr.pipeline.pages_per_s)} (in-process ${f(ocr.pipeline.in_process_pages_per_s)}) | tesseract CLI: ${f(ocr.reference.pages_per_s)} | ${f(ocr.ratio)}× |`,
    `| OCR, 2 at a time, pages/s, against the CLI with the pipeline's model | tesseract.js: ${f(ocr.pipeline.pages_per_s)} | tesseract CLI, jpn best_int: ${f(ocr.reference_same_model.pages_per_s)} (CER ${pct(ocr.reference_same_model.cer.text_layer)} / ${pct(ocr.reference_same_model.cer.pdftotext)}) | ${f(ocr.ratio_same_model)}× |`,
    `| OCR character error rate against the source's text layer as the pipeline reads it (pooled over the pages) | ${pct(ocr.pipeline.cer.text_layer)} | tesseract CLI: ${pct(ocr.reference.cer.text_layer)} | – |`,
    `| OCR character error rate against pdftotext's text of the source (pooled) | ${pct(ocr.pipeline.cer.pdftotext)} | tesseract CLI: ${pct(ocr.reference.cer.pdftotext)} | – |`,
    ...modesRows(modes),
    `| re-run on unchanged sources, s (${rerun.files} files, ${rerun.pages} pages) | ${f(rerun.rerun_seconds)} (in-process ${f(rerun.rerun_report_seconds)}) | first run: ${formatNumber(rerun.first_run_seconds)} | ${Object.entries(rerun.rerun_statuses).map(([k, v]) => `${v} ${k}`).join(', ')} |`,
    `| peak RSS, ${memory.pages}-page document, embedded run, MiB | ${formatNumber(memory.embedded.peak_rss_mib)} (${formatNumber(memory.embedded.seconds)} s) | – | – |`,
    `| peak RSS, ${memory.pages}-page document, each of 2 BullMQ workers, MiB | ${memory.bullmq_2_workers.peak_rss_mib_per_worker.map((p) => formatNumber(p)).join(', ')} (${formatNumber(memory.bullmq_2_workers.seconds)} s) | – | – |`,
    ...targetRows(report.targets),
    '',
    `Where the text-layer time goes, per page (${profile.pages} pages, clocked in-process; start-up of a process: ${profile.startup_ms} ms):`,
    '',
    '| step | ms/page |',
    '|---|---|',
    ...Object.entries(profile.ms_per_page_by_step).map(([step, ms]) => `| ${step} | ${formatNumber(ms)} |`),
    `| pdf.js alone on the same pages, after them: open, getTextContent, getOperatorList | ${[profile.pdfjs_ms_per_page.open, profile.pdfjs_ms_per_page.text_content, profile.pdfjs_ms_per_page.operator_list].map((ms) => formatNumber(ms)).join(', ')} (the pipeline's steps ${x(profile.pipeline_over_pdfjs.text_and_operators)} the last two, ${x(profile.pipeline_over_pdfjs.with_open)} the three) |`,
    '',
    `CPU self time per page of \`${profile.cpu_profile.command}\` (start-up included): ` +
      Object.entries(profile.cpu_profile.ms_per_page_self)
        .slice(0, 8)
        .map(([what, ms]) => `${what} ${formatNumber(ms)} ms`)
        .join(', ') +
      '.',
    '',
  ];
  return lines.join('\n');
}

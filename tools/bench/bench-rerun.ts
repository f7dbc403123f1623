import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunReport } from '../../schemas/types.ts';
import { freshDir, runPipelineCli, textLayerInputs, type BenchContext } from './bench-inputs.ts';
import { reportSeconds } from './bullmq-cluster.ts';
import { summarise, type Summary } from './stats.ts';

export interface RerunResult {
  /** What was run, as a user would type it. */
  command: string;
  files: number;
  pages: number;
  first_run_seconds: number;
  /** Wall seconds of each re-run on the unchanged sources into the same output folder. */
  rerun_seconds: Summary;
  /** The same re-runs by their run report's span (process start-up left out). */
  rerun_report_seconds: Summary;
  /** Files per status in the last re-run (`unchanged` is the expected one). */
  rerun_statuses: Record<string, number>;
}

/** `run samples/` (as `npm start`, OCR on), then again on the unchanged sources into the same folder. */
export async function benchRerun(context: BenchContext): Promise<RerunResult> {
  const sources = context.quick ? (await textLayerInputs(context)).map((i) => i.path) : [join(context.repoRoot, 'samples')];
  const flags = context.quick ? ['--no-ocr'] : [];
  const outDir = await freshDir(context, 'rerun');
  const args = ['run', ...sources, '--out', outDir, '--log', 'json', ...flags];
  const once = async (): Promise<{ seconds: number; report: RunReport }> => {
    const result = await runPipelineCli(context, args);
    // Exit code 1 (some files failed) is a result, not a bench failure; 2 is.
    if (result.code !== 0 && result.code !== 1) throw new Error(`pdf-opendata run failed with exit code ${result.code}\n${result.stderr.slice(-2000)}`);
    return { seconds: result.seconds, report: JSON.parse(await readFile(join(outDir, 'run-report.json'), 'utf8')) as RunReport };
  };
  const first = await once();
  context.log(`re-run: first run ${first.seconds.toFixed(1)} s`);
  const reruns: { seconds: number; report: RunReport }[] = [];
  for (let run = 0; run < context.runs; run++) {
    reruns.push(await once());
    context.log(`re-run ${run + 1}: ${reruns.at(-1)!.seconds.toFixed(1)} s`);
  }
  await rm(outDir, { recursive: true, force: true });
  const statuses: Record<string, number> = {};
  for (const file of reruns.at(-1)!.report.files) statuses[file.status] = (statuses[file.status] ?? 0) + 1;
  return {
    command: `pdf-opendata ${args.join(' ').replace(outDir, 'OUT').replaceAll(`${context.repoRoot}/`, '')}`,
    files: first.report.totals.files,
    pages: first.report.totals.pages,
    first_run_seconds: first.seconds,
    rerun_seconds: summarise(reruns.map((r) => r.seconds)),
    rerun_report_seconds: summarise(reruns.map((r) => reportSeconds(r.report))),
    rerun_statuses: statuses,
  };
}

import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { compiledScript, freshDir, textLayerInputs, totalPages, type BenchContext } from './bench-inputs.ts';
import { runCommand } from './measure.ts';
import type { StageTimings } from './stage-timings.ts';

/** Where the time of the text-layer path goes, per page: a clock per step, and a CPU profile. */
export interface ProfileResult {
  pages: number;
  /** Process start until the pipeline's modules are loaded, once per process. */
  startup_ms: number;
  /** Milliseconds per page by step, timed in-process (tools/bench/stage-timings.ts), start-up left out. */
  ms_per_page_by_step: Record<string, number>;
  /** pdf.js alone on the same pages in the same process, per page: open (spread over the pages), `getTextContent`, `getOperatorList`. */
  pdfjs_ms_per_page: { open: number; text_content: number; operator_list: number };
  /** The pipeline's ms per page (every step) over pdf.js's `getTextContent` + `getOperatorList` (issue 21: ≤ 1.3), and over those with the open. */
  pipeline_over_pdfjs: { text_and_operators: number; with_open: number };
  /** Self time per page from `node --cpu-prof` of a real `run --no-ocr`, by the code that was running (start-up included). */
  cpu_profile: { command: string; sampled_ms: number; ms_per_page_self: Record<string, number> };
}

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

interface CpuProfile {
  nodes: CpuProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The part of the code base a frame belongs to. */
function categoryOf(frame: CpuProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  const ours = /\/(pipeline\/[^/]+|workers|schemas)\//.exec(url);
  if (ours && !url.includes('node_modules')) return ours[1]!;
  if (url.includes('pdfjs-dist')) return 'pdf.js';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:') || url.startsWith('internal/')) return 'node internals';
  if (functionName === '(garbage collector)') return 'garbage collector';
  if (functionName === '(program)' || functionName === '(idle)') return 'idle, native, start-up';
  return url === '' ? `native ${functionName}` : 'other';
}

/** Self time by category, over the whole profile. */
export function summariseCpuProfile(profile: CpuProfile): { sampledMs: number; self: Map<string, number> } {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let sampledMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    sampledMs += ms;
    const category = categoryOf(nodes.get(id)!.callFrame);
    self.set(category, (self.get(category) ?? 0) + ms);
  });
  return { sampledMs, self };
}

const perPage = (totals: Map<string, number>, pages: number): Record<string, number> =>
  Object.fromEntries([...totals].sort((a, b) => b[1] - a[1]).map(([key, ms]) => [key, Math.round((ms / pages) * 100) / 100]));

/** The clocked steps in a child process, then one embedded run (`run --no-ocr`) under `node --cpu-prof`. */
export async function benchProfile(context: BenchContext): Promise<ProfileResult> {
  const inputs = await textLayerInputs(context);
  const pages = totalPages(inputs);
  const paths = inputs.map((i) => i.path);

  const timingsOut = await freshDir(context, 'stage-timings');
  const clocked = await runCommand(process.execPath, [compiledScript(context, 'stage-timings'), '--out', timingsOut, ...paths], { cwd: context.repoRoot });
  if (clocked.code !== 0) throw new Error(`The stage timings failed with exit code ${clocked.code}\n${clocked.stderr.slice(-2000)}`);
  const timings = JSON.parse(clocked.stdout) as StageTimings;

  const outDir = await freshDir(context, 'profile-out');
  const profileDir = await freshDir(context, 'profile');
  const args = ['--cpu-prof', '--cpu-prof-dir', profileDir, join(context.repoRoot, 'bin', 'pdf-opendata.js'), 'run', ...paths, '--out', outDir, '--log', 'json', '--no-ocr'];
  const result = await runCommand(process.execPath, args, { cwd: context.repoRoot });
  if (result.code !== 0) throw new Error(`The profiled run failed with exit code ${result.code}\n${result.stderr.slice(-2000)}`);
  const [file] = (await readdir(profileDir)).filter((f) => f.endsWith('.cpuprofile'));
  if (file === undefined) throw new Error(`Cannot find the CPU profile in ${profileDir}`);
  const { sampledMs, self } = summariseCpuProfile(JSON.parse(await readFile(join(profileDir, file), 'utf8')) as CpuProfile);
  await Promise.all([timingsOut, outDir, profileDir].map((dir) => rm(dir, { recursive: true, force: true })));
  context.log(`profile: ${(sampledMs / 1000).toFixed(1)} s sampled over ${pages} pages`);
  const ms = (n: number): number => Math.round((n / timings.pages) * 100) / 100;
  const pdfjs = { open: ms(timings.pdfjs_ms.open), text_content: ms(timings.pdfjs_ms.text_content), operator_list: ms(timings.pdfjs_ms.operator_list) };
  const pipelineMs = Object.values(timings.steps_ms).reduce((a, b) => a + b, 0) / timings.pages;
  const { open, text_content, operator_list } = timings.pdfjs_ms;
  const ratio = (floorMs: number): number => Math.round((pipelineMs / (floorMs / timings.pages)) * 1000) / 1000;
  return {
    pages,
    startup_ms: Math.round(timings.startup_ms),
    ms_per_page_by_step: perPage(new Map(Object.entries(timings.steps_ms)), timings.pages),
    pdfjs_ms_per_page: pdfjs,
    pipeline_over_pdfjs: { text_and_operators: ratio(text_content + operator_list), with_open: ratio(open + text_content + operator_list) },
    cpu_profile: {
      command: `node --cpu-prof bin/pdf-opendata.js run <${inputs.length} text-layer samples> --no-ocr`,
      sampled_ms: Math.round(sampledMs),
      ms_per_page_self: perPage(self, pages),
    },
  };
}

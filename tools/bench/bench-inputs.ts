import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { runChecked, runCommand, type CommandOptions, type CommandResult } from './measure.ts';

/** What every section of the bench is given. */
export interface BenchContext {
  repoRoot: string;
  /** Timed runs per measurement, after `warmups` untimed ones. */
  runs: number;
  warmups: number;
  /** Fewer files and pages: a smoke test of the bench, not a measurement. */
  quick: boolean;
  /** Scratch folder of this bench run, removed at the end. */
  tmp: string;
  log: (message: string) => void;
}

export interface PdfInput {
  path: string;
  pages: number;
}

/** Born-digital samples with a usable text layer on every page (the garbled and scanned ones go to OCR). */
const TEXT_LAYER_SAMPLES = [
  'soumu-digiden-shisaku-2022.pdf',
  'soumu-juten-shisaku-2020.pdf',
  'soumu-shisaku-fy2021.pdf',
  'digiden-koufukin-jireishu-2022.pdf',
  'soumu-ict-lecture-2018.pdf',
  'calc-list-local5g-jisshou.pdf',
  'kangxi-radicals.pdf',
];
const QUICK_TEXT_LAYER_SAMPLES = ['kangxi-radicals.pdf'];

/** A scanned sample and the born-digital pages it was made from, in order (samples/make/make-scans.ts). */
export interface ScannedSample {
  file: string;
  source: string;
  sourcePages: number[];
}

const SCANNED_SAMPLES: ScannedSample[] = [
  { file: 'scanned-shisaku-fy2021-pages.pdf', source: 'soumu-shisaku-fy2021.pdf', sourcePages: [5, 6, 10, 19] },
  { file: 'scanned-digiden-shisaku-2022-pages.pdf', source: 'soumu-digiden-shisaku-2022.pdf', sourcePages: [5, 6, 9, 14] },
  { file: 'scanned-juten-shisaku-2020-pages.pdf', source: 'soumu-juten-shisaku-2020.pdf', sourcePages: [12, 13, 14, 25] },
];

export const samplePath = (context: BenchContext, file: string): string => join(context.repoRoot, 'samples', file);

/** Pages of a PDF, as qpdf counts them. */
export async function pageCount(path: string): Promise<number> {
  const { stdout } = await runChecked('qpdf', ['--show-npages', path]);
  return Number(stdout.trim());
}

export async function textLayerInputs(context: BenchContext): Promise<PdfInput[]> {
  const files = context.quick ? QUICK_TEXT_LAYER_SAMPLES : TEXT_LAYER_SAMPLES;
  return Promise.all(files.map(async (file) => ({ path: samplePath(context, file), pages: await pageCount(samplePath(context, file)) })));
}

/** The scanned pages OCR'd by both engines: all twelve, or one in quick mode. */
export function scannedInputs(context: BenchContext): ScannedSample[] {
  if (context.quick) return [{ ...SCANNED_SAMPLES[0]!, sourcePages: SCANNED_SAMPLES[0]!.sourcePages.slice(0, 1) }];
  return SCANNED_SAMPLES;
}

/** Splits files into `groups` with about as many pages each (longest first, onto the lightest group). */
export function splitByPages(inputs: readonly PdfInput[], groups: number): PdfInput[][] {
  const lanes = Array.from({ length: groups }, () => ({ pages: 0, inputs: [] as PdfInput[] }));
  for (const input of [...inputs].sort((a, b) => b.pages - a.pages)) {
    const lightest = lanes.reduce((best, lane) => (lane.pages < best.pages ? lane : best));
    lightest.inputs.push(input);
    lightest.pages += input.pages;
  }
  return lanes.map((lane) => lane.inputs).filter((lane) => lane.length > 0);
}

export const totalPages = (inputs: readonly PdfInput[]): number => inputs.reduce((sum, input) => sum + input.pages, 0);

/**
 * A long document made by repeating samples with qpdf: the first scanned sample when `withScans`
 * (so that the OCR workers' memory counts too), then the text-layer samples over and over, cut at `pages`.
 */
export async function makeLongDocument(context: BenchContext, pages: number, withScans: boolean): Promise<PdfInput> {
  const textLayer = await textLayerInputs({ ...context, quick: false });
  const parts = withScans ? [samplePath(context, SCANNED_SAMPLES[0]!.file)] : [];
  let count = withScans ? await pageCount(parts[0]!) : 0;
  while (count < pages) {
    for (const input of textLayer) {
      if (count >= pages) break;
      parts.push(input.path);
      count += input.pages;
    }
  }
  const joined = join(context.tmp, `joined-${pages}.pdf`);
  const path = join(context.tmp, `long-${pages}-pages.pdf`);
  await runChecked('qpdf', ['--empty', '--pages', ...parts, '--', joined]);
  await runChecked('qpdf', ['--empty', '--pages', joined, `1-${pages}`, '--', path]);
  return { path, pages: await pageCount(path) };
}

/** A bench script run in a child process, compiled as the CLI is (`npm run bench` builds first). */
export const compiledScript = (context: BenchContext, name: string): string => join(context.repoRoot, 'dist', 'tools', 'bench', `${name}.js`);

/** Runs the real CLI (bin/pdf-opendata.js) as a user would. */
export function runPipelineCli(context: BenchContext, args: readonly string[], options: CommandOptions = {}): Promise<CommandResult> {
  return runCommand(process.execPath, [join(context.repoRoot, 'bin', 'pdf-opendata.js'), ...args], { cwd: context.repoRoot, ...options });
}

/** The CLI, with a failure (exit code 1 or 2) turned into an error. */
export async function runPipelineChecked(context: BenchContext, args: readonly string[], options: CommandOptions = {}): Promise<CommandResult> {
  const result = await runPipelineCli(context, args, options);
  if (result.code !== 0) throw new Error(`pdf-opendata ${args[0]} failed with exit code ${result.code}\n${result.stderr.slice(-2000)}`);
  return result;
}

/** A new empty folder under the bench's scratch folder. */
export const freshDir = (context: BenchContext, name: string): Promise<string> => mkdtemp(join(context.tmp, `${name}-`));

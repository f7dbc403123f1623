import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { freshDir, pageCount, runPipelineChecked, type BenchContext } from './bench-inputs.ts';
import { runChecked } from './measure.ts';
import { runPdfminer, runPdftotext } from './reference-runners.ts';
import { compareThreads, type ThreadsComparison } from './bench-threads.ts';
import { pairedRatios, summarise, type Summary } from './stats.ts';

/** The 612-page municipal budget book of the real documents beside the project (../shared/realworld/SOURCES.tsv). */
const BUDGET_BOOK = '13_fuji_city_r6_budget_book.pdf';
/** Its first pages only in quick mode: the section checked, not measured. */
const QUICK_PAGES = 3;

export interface BudgetBookResult {
  file: string;
  /** What it is, from SOURCES.tsv. */
  what: string;
  pages: number;
  command: string;
  pipeline_pages_per_s: Summary;
  pdftotext_pages_per_s: Summary;
  pdfminer_pages_per_s: Summary;
  /** Pipeline over each reference pages/s, pair by pair. */
  ratio_to_pdftotext: Summary;
  ratio_to_pdfminer: Summary;
  /** The same command with one page thread and with two. */
  threads: ThreadsComparison;
}

/** The row of SOURCES.tsv naming `file`: its `what` column. */
async function describe(realworld: string, file: string): Promise<string> {
  const rows = (await readFile(join(realworld, 'SOURCES.tsv'), 'utf8')).split('\n').map((line) => line.split('\t'));
  const what = rows[0]?.indexOf('what') ?? -1;
  return rows.find((row) => row[0] === file)?.[what] ?? '';
}

/**
 * One long real document, one process each: the pipeline (`extract --no-ocr`: text layer, tables,
 * records) against `pdftotext -layout` and pdfminer.six's `pdf2txt` (a text extractor written in
 * a scripting language, as pdf.js is). Undefined, with a line saying so, when ../shared is absent.
 */
export async function benchBudgetBook(context: BenchContext): Promise<BudgetBookResult | undefined> {
  const realworld = join(context.repoRoot, '..', 'shared', 'realworld');
  const book = join(realworld, 'pdf', BUDGET_BOOK);
  if (!existsSync(book)) {
    context.log(`budget book: skipped, ${book} is absent (the real documents are kept beside the project, in ../shared)`);
    return undefined;
  }
  const dir = await freshDir(context, 'budget-book');
  const path = context.quick ? join(dir, `first-${QUICK_PAGES}-pages.pdf`) : book;
  if (context.quick) await runChecked('qpdf', ['--empty', '--pages', book, `1-${QUICK_PAGES}`, '--', path]);
  const pages = await pageCount(path);
  const args = ['extract', path, '--no-ocr'];
  const pipeline: number[] = [];
  const pdftotext: number[] = [];
  const pdfminer: number[] = [];
  for (let run = -context.warmups; run < context.runs; run++) {
    const pipelineSeconds = (await runPipelineChecked(context, args)).seconds;
    const pdftotextSeconds = await runPdftotext([{ path, pages }], dir, 1);
    const pdfminerSeconds = await runPdfminer(path, join(dir, 'pdfminer.txt'));
    if (run < 0) continue;
    pipeline.push(pages / pipelineSeconds);
    pdftotext.push(pages / pdftotextSeconds);
    pdfminer.push(pages / pdfminerSeconds);
    context.log(`budget book (${pages} pages), run ${run + 1}: pipeline ${pipelineSeconds.toFixed(2)} s, pdftotext ${pdftotextSeconds.toFixed(2)} s, pdf2txt ${pdfminerSeconds.toFixed(2)} s`);
  }
  const threads = await compareThreads(context, `budget book (${pages} pages)`, pages, async (n) => (await runPipelineChecked(context, [...args, '--threads', String(n)])).seconds);
  await rm(dir, { recursive: true, force: true });
  return {
    file: BUDGET_BOOK,
    what: await describe(realworld, BUDGET_BOOK),
    pages,
    command: `pdf-opendata ${args.join(' ').replace(path, BUDGET_BOOK)}`,
    pipeline_pages_per_s: summarise(pipeline),
    pdftotext_pages_per_s: summarise(pdftotext),
    pdfminer_pages_per_s: summarise(pdfminer),
    ratio_to_pdftotext: pairedRatios(pipeline, pdftotext),
    ratio_to_pdfminer: pairedRatios(pipeline, pdfminer),
    threads,
  };
}

#!/usr/bin/env node
import { Command, Option } from 'commander';
import { pino } from 'pino';
import { SourceError } from '../pipeline/errors.ts';
import { assembleDocument } from '../pipeline/extract/assemble-document.ts';
import { documentPlainText, toPublishedJson } from '../pipeline/publish/document-dataset.ts';
import { ingestSources } from '../pipeline/ingest/ingest-sources.ts';
import { withOcrPool } from '../pipeline/ocr/ocr-pool.ts';
import { loggedProgress, terminalProgress } from './progress.ts';
import { addQueueCommands } from './cli-queue.ts';
import { extractPages } from './document-job.ts';
import { runBatch, toolVersion } from './run-batch.ts';

/** Exit statuses: 0 all done, 1 finished with some files failed, 2 usage or fatal error. */
const EXIT_SOME_FAILED = 1;
const EXIT_FATAL = 2;

const program = new Command('pdf-opendata')
  .description('Turns Japanese ministry PDFs into versioned open data')
  .version(toolVersion);

program
  .command('run')
  .description('Process PDFs (files, or folders of *.pdf) and publish their datasets (embedded mode: no Redis)')
  .argument('<paths...>', 'PDF files or folders')
  .option('--out <dir>', 'output folder', 'output/')
  .addOption(new Option('--log <format>', 'progress as a bar or as JSON log lines').choices(['auto', 'bar', 'json']).default('auto'))
  .option('--no-ocr', 'keep the text layer of every page, even when it is missing or garbled')
  .action(async (paths: string[], opts: { out: string; log: 'auto' | 'bar' | 'json'; ocr: boolean }) => {
    const logger = pino({ name: 'pdf-opendata' }, pino.destination(2));
    const onTerminal = opts.log === 'bar' || (opts.log === 'auto' && process.stderr.isTTY === true);
    const progress = onTerminal ? terminalProgress() : loggedProgress(logger);
    const report = await runBatch(paths, {
      outDir: opts.out,
      progress,
      ocr: opts.ocr ? {} : false,
      onFailure: (file, error) =>
        onTerminal ? process.stderr.write(`${file}: ${error.message}\n`) : logger.error({ file, code: error.code }, `${file}: ${error.message}`),
    });
    const counts = ['published', 'unchanged', 'duplicate', 'failed']
      .map((status) => `${report.files.filter((f) => f.status === status).length} ${status}`)
      .join(', ');
    const summary = `${report.totals.files} files, ${report.totals.pages} pages: ${counts}`;
    if (report.totals.failed > 0) {
      process.stderr.write(`finished with ${report.totals.failed} files failed (${summary})\n`);
      process.exitCode = EXIT_SOME_FAILED;
    } else {
      process.stderr.write(`finished (${summary})\n`);
    }
  });

program
  .command('extract')
  .description('Print the pages of one PDF to stdout')
  .argument('<file>', 'a PDF file')
  .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('json'))
  .option('--no-ocr', 'keep the text layer of every page, even when it is missing or garbled')
  .action(async (file: string, opts: { format: 'json' | 'text'; ocr: boolean }) => {
    const { documents } = await ingestSources([file]);
    try {
      const source = documents[0]!;
      const layouts = opts.ocr ? await withOcrPool({}, (ocr) => extractPages(source, 'all', { ocr })) : await extractPages(source, 'all');
      const document = assembleDocument({ fileName: source.fileName, sha256: source.sha256, bytes: source.bytes.length }, layouts);
      process.stdout.write(opts.format === 'json' ? toPublishedJson(document) : documentPlainText(document));
    } catch (error) {
      // Unreadable input is the user's to fix: one line naming the file, no stack.
      if (!(error instanceof SourceError)) throw error;
      process.stderr.write(`${file}: ${error.message}\n`);
      process.exitCode = EXIT_FATAL;
    }
  });

program
  .command('eval')
  .description('Score record extraction on samples/ against their truth; exits 1 below the targets')
  .option('--samples <dir>', 'folder of sample PDFs with *.truth.json', 'samples/')
  .action(async (opts: { samples: string }) => {
    // Loaded on demand: the eval is a developer's tool, not part of a run.
    const { evaluateSamples, renderEval } = await import('./eval/run-eval.ts');
    const results = await evaluateSamples(opts.samples);
    process.stdout.write(renderEval(results));
    if (results.some((r) => !r.passed)) process.exitCode = EXIT_SOME_FAILED;
  });

addQueueCommands(program);

try {
  await program.parseAsync();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = EXIT_FATAL;
}

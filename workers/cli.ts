#!/usr/bin/env node
import { Command, Option } from 'commander';
import { pino } from 'pino';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { INTERNAL_ERROR, internalFailure, OutputError, ProfileFileError, SourceError } from '../pipeline/errors.ts';
import type { RunReport } from '../schemas/types.ts';
import { loggedProgress, terminalProgress } from './progress.ts';
import { addDiffCommand } from './cli-diff.ts';
import { addPublishCommand } from './cli-publish.ts';
import { addPublishingOptions, publishingOf, type PublishingFlags } from './cli-publishing.ts';
import { addEditionDateOption, addFetchOptions, addLimitOptions, fetchOptionsOf, limitsOf, type FetchFlags, type LimitFlags } from './cli-limits.ts';
import { ocrLayersOption, type OcrLayersFlag } from './cli-ocr-layers.ts';
import { threadsOption, type ThreadsFlag } from './cli-threads.ts';
import { addQueueCommands } from './cli-queue.ts';
import { addScheduleCommands, runNewReleases } from './cli-schedule.ts';
import { runBatch } from './run-batch.ts';
import { refusedLinksNote, retryLine } from './sources/check-lines.ts';
import { escapeControls } from './escape-controls.ts';
import { lockWaitLine } from './lock-wait-line.ts';
import { toolVersion } from '../pipeline/run/tool-version.ts';
import { UsageError } from './usage-error.ts';
import { editionsNote, internalErrorCount, internalErrorNote, quarantinedPageLines, recordsWarningLines, runSummary } from './run-summary.ts';

/** Exit statuses: 0 all done, 1 finished with some files failed, 2 usage or fatal error or a bug (an internal error), 3 the output folder cannot be written. */
const EXIT_SOME_FAILED = 1;
const EXIT_FATAL = 2;
const EXIT_OUTPUT = 3;

const program = new Command('pdf-opendata')
  .description('Turns Japanese ministry PDFs into versioned open data')
  .version(toolVersion);

addPublishingOptions(addEditionDateOption(addFetchOptions(addLimitOptions(program
  .command('run')))))
  .description('Process PDFs (files, or folders of *.pdf, or what is new in --sources) and publish their datasets (embedded mode: no Redis)')
  .argument('[paths...]', 'PDF files or folders')
  .option('--sources <file>', 'instead of paths: check this sources file (YAML or JSON) and process the PDFs not seen before')
  .option('--out <dir>', 'output folder', 'output/')
  .addOption(new Option('--log <format>', 'progress as a bar or as JSON log lines').choices(['auto', 'bar', 'json']).default('auto'))
  .option('--no-ocr', 'keep the text layer of every page, even when it is missing or garbled')
  .addOption(ocrLayersOption())
  .addOption(threadsOption())
  .option('--profiles <dir>', 'a folder of profile files (YAML or JSON, schemas/document-profile.schema.json) read before the built-in ones')
  .action(async (paths: string[], opts: { out: string; log: 'auto' | 'bar' | 'json'; ocr: boolean; sources?: string; profiles?: string } & PublishingFlags & OcrLayersFlag & ThreadsFlag & LimitFlags & FetchFlags, command: Command) => {
    if ((opts.sources === undefined) === (paths.length === 0)) command.error('error: give PDF paths or --sources <file>, one of the two', { exitCode: EXIT_FATAL });
    const logger = pino({ name: 'pdf-opendata' }, pino.destination(2));
    const onTerminal = opts.log === 'bar' || (opts.log === 'auto' && process.stderr.isTTY === true);
    const progress = onTerminal ? terminalProgress() : loggedProgress(logger);
    // A user's profiles (the flag's, or the sources file's) are read before any PDF: a profile that
    // cannot be used stops the run at once.
    // (A sources file that cannot be read is reported by the check itself, below.)
    const sourcesFile = opts.sources === undefined ? undefined : await (await import('./sources/sources-file.ts')).readSourcesFile(opts.sources).catch(() => undefined);
    const publishing = publishingOf(opts, sourcesFile?.ckan);
    const folders = [opts.profiles, sourcesFile?.profiles].filter((dir) => dir !== undefined);
    const profiles = folders.length === 0 ? undefined : (await import('../pipeline/structure/profiles/index.ts')).profileRegistry(folders);
    // Every line about a path goes through here: names are escaped in both modes, the JSON fields too.
    const say = (level: 'error' | 'warn' | 'info', fields: Record<string, unknown>, line: string): void => {
      if (onTerminal) process.stderr.write(`${escapeControls(line)}\n`);
      else logger[level](fields, escapeControls(line));
    };
    const run = (files: readonly string[]): Promise<RunReport> =>
      runBatch(files, {
        outDir: opts.out,
        progress,
        ocr: opts.ocr ? {} : false,
        ocrLayers: opts.ocrLayers,
        limits: limitsOf(opts),
        threads: opts.threads,
        ...(profiles === undefined ? {} : { profiles }),
        publishing,
        onFailure: (file, error) => say('error', { file: escapeControls(file), code: error.code }, `${file}: ${error.message}`),
        // A bug: the one line as for a bad file, and its stack for whoever fixes it.
        onInternalError: (file, error) => {
          const stack = error instanceof Error ? error.stack : undefined;
          say('error', { file: escapeControls(file), code: INTERNAL_ERROR, stack }, `${file}: ${internalFailure(error).message}`);
          if (onTerminal && stack !== undefined) process.stderr.write(`${stack}\n`);
        },
        onLockWait: (holder) => say('warn', { ...holder, lock: escapeControls(holder.lock) }, lockWaitLine(holder)),
        onUnfinishedRemoved: (folders) =>
          say('info', { folders: folders.map(escapeControls) }, `removed ${folders.length} folders an interrupted run left half written in ${opts.out}: ${folders.join(', ')}`),
      });
    const { result: report, check } =
      opts.sources === undefined
        ? { result: await run(paths), check: undefined }
        : await runNewReleases(opts.sources, { outDir: opts.out, limits: limitsOf(opts), fetch: fetchOptionsOf(opts) }, run);
    for (const link of check?.ignoredLinks ?? []) logger.debug({ link }, 'not followed: the link leaves the allowed hosts');
    for (const r of check?.retrying ?? []) say('error', { source: escapeControls(r.source), attempts: r.attempts }, retryLine(r));
    for (const { file, page, code, line } of quarantinedPageLines(report)) say('warn', { file: escapeControls(file), page, code }, line);
    for (const { file, line } of recordsWarningLines(report)) say('warn', { file: escapeControls(file) }, line);
    const retrying = check?.retrying.length ?? 0;
    const refused = check === undefined ? null : refusedLinksNote(check);
    const notes = [retrying > 0 ? `${retrying} sources to retry at the next check` : null, refused].filter((note) => note !== null);
    const summary = [runSummary(report), editionsNote(report), ...notes].join('; ');
    const unreadSources = check?.failures.length ?? 0;
    if (report.totals.failed > 0 || unreadSources > 0) {
      const sourcesFailed = unreadSources > 0 ? `, ${unreadSources} sources unread` : '';
      const bugs = internalErrorNote(report, 'the log');
      process.stderr.write(`finished with ${report.totals.failed} files failed${bugs}${sourcesFailed} (${summary})\n`);
      process.exitCode = internalErrorCount(report) > 0 ? EXIT_FATAL : EXIT_SOME_FAILED;
    } else {
      process.stderr.write(`finished (${summary})\n`);
    }
  });

addLimitOptions(program
  .command('extract'))
  .description('Print the pages, tables and records of one PDF to stdout (text: the pages only)')
  .argument('<file>', 'a PDF file')
  .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('json'))
  .option('--no-ocr', 'keep the text layer of every page, even when it is missing or garbled')
  .addOption(ocrLayersOption())
  .addOption(threadsOption())
  .option('--profile <id>', 'the document family that reads the records: auto (recognised by content, or read as a catalogue), none, or a profile id', 'auto')
  .option('--profiles <dir>', 'a folder of profile files (YAML or JSON) read before the built-in ones')
  .action(async (file: string, opts: { format: 'json' | 'text'; ocr: boolean; profile: string; profiles?: string } & OcrLayersFlag & ThreadsFlag & LimitFlags, command: Command) => {
    // Loaded here, not at start-up: pdf.js, OCR and the records stage would slow every other command.
    const [{ ingestSources }, { threadPageReader }, { withOcrEngine }, { readDocument }, { documentPlainText, toPublishedJson }, { profileRegistry }] = await Promise.all([
      import('../pipeline/ingest/ingest-sources.ts'),
      import('./thread-pages.ts'),
      import('../pipeline/ocr/engines.ts'),
      import('../pipeline/run/document.ts'),
      import('../pipeline/publish/document-dataset.ts'),
      import('../pipeline/structure/profiles/index.ts'),
    ]);
    const profiles = profileRegistry(opts.profiles === undefined ? [] : [opts.profiles]);
    const forced = opts.profile === 'auto' || opts.profile === 'none' ? undefined : profiles.byId(opts.profile);
    if (opts.profile !== 'auto' && opts.profile !== 'none' && forced === undefined) {
      command.error(`error: no profile ${opts.profile} (known: ${profiles.profiles.map((p) => p.id).join(', ')})`, { exitCode: EXIT_FATAL });
    }
    const { documents, unreadable } = await ingestSources([file]);
    try {
      const source = documents[0];
      if (source === undefined) throw unreadable[0]?.error ?? new SourceError('not-a-file', 'not a PDF file: a folder without *.pdf');
      const reading = { limits: limitsOf(opts), threads: opts.threads };
      const read = { profiles, profile: opts.profile === 'none' ? null : forced };
      const extracted = opts.ocr
        ? await withOcrEngine({}, (ocr) => readDocument(source, threadPageReader({ ...reading, ocr, ocrLayers: opts.ocrLayers }), read))
        : await readDocument(source, threadPageReader(reading), read);
      const { document } = extracted;
      process.stdout.write(opts.format === 'json' ? toPublishedJson(extracted) : documentPlainText(document));
      for (const page of document.quarantined_pages) process.stderr.write(`${escapeControls(`${file}: page ${page.number} quarantined: ${page.message}`)}\n`);
    } catch (error) {
      // Unreadable input is the user's to fix: one line naming the file, no stack.
      if (!(error instanceof SourceError)) throw error;
      process.stderr.write(`${escapeControls(`${file}: ${error.message}`)}\n`);
      process.exitCode = EXIT_FATAL;
    }
  });

program
  .command('eval')
  .description('Score record extraction on samples/ against their truth; exits 1 below the targets')
  .option('--samples <dir>', 'folder of sample PDFs with *.truth.json', 'samples/')
  .option('--show-holdout', "list the hold-out renderings file by file (their totals only without it, so that tuning does not look at them)")
  .action(async (opts: { samples: string; showHoldout?: boolean }) => {
    const { stat } = await import('node:fs/promises');
    if (!(await stat(opts.samples).then((s) => s.isDirectory(), () => false))) throw new UsageError(`${opts.samples}: no such folder of samples`);
    // Loaded on demand: the eval is a developer's tool, not part of a run.
    const { evaluateSamples, renderEval } = await import('../tools/eval/run-eval.ts');
    const results = await evaluateSamples(opts.samples);
    process.stdout.write(renderEval(results, { showBlind: opts.showHoldout === true }));
    if (results.some((r) => !r.passed)) process.exitCode = EXIT_SOME_FAILED;
  });

program
  .command('eval-tables')
  .description("Score table extraction on ruled lists against a peer's CSVs (tables per list, header rows in bodies, peer rows reproduced); exits 1 below the targets")
  .option('--lists <dir>', 'folder with pdf/NN_*.pdf and peer-csv/NN_*.csv', '../shared/realworld/lists/')
  .action(async (opts: { lists: string }, command: Command) => {
    if (!existsSync(join(opts.lists, 'pdf'))) command.error(`error: ${opts.lists}: no pdf/ folder of lists`, { exitCode: EXIT_FATAL });
    const { evaluateLists, listPassed, renderTablesEval } = await import('../tools/eval/run-eval-tables.ts');
    try {
      const results = await evaluateLists(opts.lists);
      process.stdout.write(renderTablesEval(results));
      if (results.some((r) => !listPassed(r))) process.exitCode = EXIT_SOME_FAILED;
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      process.stderr.write(`${escapeControls(error.message)}\n`);
      process.exitCode = EXIT_FATAL;
    }
  });

addQueueCommands(program);
addScheduleCommands(program);
addDiffCommand(program);
addPublishCommand(program);

// A reader that stops early (`diff … | head`) closes the pipe: stop as Unix tools do on SIGPIPE (exit 128 + 13), without a word.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(141);
});

try {
  await program.parseAsync();
} catch (error) {
  process.exitCode = EXIT_FATAL;
  if (error instanceof OutputError) {
    // Not the input's fault, and every later file would fail the same way.
    process.stderr.write(`output error: ${escapeControls(error.message)}; the run stopped\n`);
    process.exitCode = EXIT_OUTPUT;
  } else if (error instanceof ProfileFileError || error instanceof UsageError) {
    // A profile file of the user's, or what the command line names, is theirs to fix: one line naming it.
    process.stderr.write(`${escapeControls(error.message)}\n`);
  } else if (error instanceof Error && 'syscall' in error) {
    // The system refused something (a connection, a file): its message says what, a stack would not.
    process.stderr.write(`error: ${escapeControls(error.message)}\n`);
  } else {
    process.stderr.write(`${escapeControls(internalFailure(error).message)}\n`);
    if (error instanceof Error && error.stack !== undefined) process.stderr.write(`${error.stack}\n`);
  }
}

import type { SingleBar as Bar } from 'cli-progress';
import { createRequire } from 'node:module';
import type { Logger } from 'pino';
import { escapeControls } from './escape-controls.ts';

/** What a long run reports as it goes; the runner calls it, the terminal or the log shows it. */
export interface RunProgress {
  start(totalFiles: number): void;
  pageDone(fileName: string, page: number, pageCount: number): void;
  fileDone(fileName: string): void;
  stop(): void;
}

/** A bar on a terminal: files done, pages done, pages per second, ETA. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): RunProgress {
  // Required here, not imported: a run logging JSON (or a re-run with nothing to do) has no bar to load.
  const { SingleBar } = createRequire(import.meta.url)('cli-progress') as { SingleBar: typeof Bar };
  const bar = new SingleBar({
    stream,
    format: '{bar} {value}/{total} files | {pages} pages | {rate} pages/s | ETA {eta_formatted} | {file}',
    hideCursor: true,
    etaBuffer: 20,
  });
  let pages = 0;
  let started = Date.now();
  const rate = (): string => (pages / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1);
  return {
    start(totalFiles) {
      started = Date.now();
      bar.start(totalFiles, 0, { pages, rate: rate(), file: '' });
    },
    pageDone(fileName) {
      pages++;
      bar.update({ pages, rate: rate(), file: escapeControls(fileName) });
    },
    fileDone(fileName) {
      bar.increment({ pages, rate: rate(), file: escapeControls(fileName) });
    },
    stop() {
      bar.stop();
    },
  };
}

/** Structured log lines when not on a terminal: one per file, and every `everyPages` pages. */
export function loggedProgress(logger: Logger, everyPages = 25): RunProgress {
  let pages = 0;
  let files = 0;
  let totalFiles = 0;
  let started = Date.now();
  const pagesPerSecond = (): number => Math.round((pages / Math.max((Date.now() - started) / 1000, 0.001)) * 10) / 10;
  return {
    start(total) {
      totalFiles = total;
      started = Date.now();
      logger.info({ files: total }, 'run started');
    },
    pageDone(fileName, page, pageCount) {
      pages++;
      if (pages % everyPages === 0) logger.info({ file: escapeControls(fileName), page, pageCount, pages, pagesPerSecond: pagesPerSecond() }, 'pages done');
    },
    fileDone(fileName) {
      files++;
      logger.info({ file: escapeControls(fileName), files, totalFiles, pages, pagesPerSecond: pagesPerSecond() }, 'file done');
    },
    stop() {},
  };
}

import { InvalidArgumentError, type Command } from 'commander';
import type { ProcessingLimits } from '../pipeline/limits.ts';
import { isCalendarDate } from './calendar-date.ts';
import type { SourcesFetchOptions } from './sources/check-sources.ts';

/** A positive integer from the command line. */
export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('Not a positive integer.');
  return n;
}

/** A positive number from the command line, for the limit flags. */
function positiveNumber(value: string): number {
  const n = Number(value);
  if (!(n > 0) || !Number.isFinite(n)) throw new InvalidArgumentError('Not a positive number.');
  return n;
}

export interface LimitFlags {
  maxFileMb?: number;
  maxPages?: number;
  maxMegapixels?: number;
  pageTimeout?: number;
  maxPageMemoryMb?: number;
}

/** The limits the flags set; the others keep the defaults of `ProcessingLimits`. */
export const limitsOf = (opts: LimitFlags): ProcessingLimits => ({
  maxFileBytes: opts.maxFileMb === undefined ? undefined : Math.round(opts.maxFileMb * 1024 * 1024),
  maxPages: opts.maxPages,
  maxPixelsPerPage: opts.maxMegapixels === undefined ? undefined : Math.round(opts.maxMegapixels * 1e6),
  pageSeconds: opts.pageTimeout,
  maxPageMemoryBytes: opts.maxPageMemoryMb === undefined ? undefined : Math.round(opts.maxPageMemoryMb * 1024 * 1024),
});

export interface FetchFlags {
  fetchTimeout?: number;
  maxPageMb?: number;
  maxLinks?: number;
}

/** What the sources-check flags set; the others keep the defaults of `SourcesFetchOptions`. */
export const fetchOptionsOf = (opts: FetchFlags): SourcesFetchOptions => ({
  requestSeconds: opts.fetchTimeout,
  maxPageBytes: opts.maxPageMb === undefined ? undefined : Math.round(opts.maxPageMb * 1024 * 1024),
  maxLinks: opts.maxLinks,
});

/** The flags of the commands that check sources (`run`, `enqueue`, `worker`). */
export const addFetchOptions = (command: Command): Command =>
  command
    .option('--fetch-timeout <seconds>', 'longest one download of a sources check may take, body included (default 300)', positiveNumber)
    .option('--max-page-mb <mb>', 'largest release page read (default 5)', positiveNumber)
    .option('--max-links <n>', 'PDF links followed per release page; the others are counted, not followed (default 1000)', positiveInteger);

/** The limit flags of the commands that read PDFs. */
export const addLimitOptions = (command: Command): Command =>
  command
    .option('--max-file-mb <mb>', 'fail files larger than this (default 200)', positiveNumber)
    .option('--max-pages <pages>', 'fail documents with more pages than this (default 3000)', positiveNumber)
    .option('--max-megapixels <mp>', 'quarantine pages, or images on them, larger than this many million pixels (default 50)', positiveNumber)
    .option('--page-timeout <seconds>', 'quarantine a page that takes longer than this to read, OCR excluded; the rest of its document is published (default 60)', positiveNumber)
    .option('--max-page-memory-mb <mb>', 'quarantine a page whose reading adds more than this to the memory of the process, OCR excluded: a decompression bomb (default 384)', positiveNumber);

/** `--edition-date`: the date of the editions of documents whose cover prints none. */
export function addEditionDateOption(command: Command): Command {
  return command.option('--edition-date <YYYY-MM-DD>', 'the edition date of the documents whose cover prints no date (remembered in the output folder)', (value: string) => {
    if (!isCalendarDate(value)) throw new InvalidArgumentError('not a calendar date YYYY-MM-DD');
    return value;
  });
}

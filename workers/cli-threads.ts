import { Option } from 'commander';
import { positiveInteger } from './cli-limits.ts';

export interface ThreadsFlag {
  threads?: number;
}

/** `--threads`, one spelling for run, extract and worker: how many page threads share one document's pages. */
export const threadsOption = (): Option =>
  new Option('--threads <n>', 'page threads reading the pages of one document at once (default: 1)').argParser(positiveInteger);

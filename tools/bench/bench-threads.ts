import type { BenchContext } from './bench-inputs.ts';
import { pairedRatios, summarise, type Summary } from './stats.ts';

/** One process reading with one page thread and with two (`--threads`), run back to back. */
export interface ThreadsComparison {
  one_thread_pages_per_s: Summary;
  two_threads_pages_per_s: Summary;
  /** Two threads over one, pair by pair (each two-thread run with the one-thread run next to it). */
  ratio: Summary;
}

/**
 * Pages/s of a command run with `--threads 1` and then `--threads 2`, alternately, `context.runs`
 * times after the warm-ups: on a shared machine, each pair meets about the same load.
 */
export async function compareThreads(
  context: BenchContext,
  what: string,
  pages: number,
  runWith: (threads: number) => Promise<number>,
): Promise<ThreadsComparison> {
  const one: number[] = [];
  const two: number[] = [];
  for (let run = -context.warmups; run < context.runs; run++) {
    const oneSeconds = await runWith(1);
    const twoSeconds = await runWith(2);
    if (run < 0) continue;
    one.push(pages / oneSeconds);
    two.push(pages / twoSeconds);
    context.log(`${what}, run ${run + 1}: --threads 1 ${oneSeconds.toFixed(2)} s, --threads 2 ${twoSeconds.toFixed(2)} s`);
  }
  return { one_thread_pages_per_s: summarise(one), two_threads_pages_per_s: summarise(two), ratio: pairedRatios(two, one) };
}

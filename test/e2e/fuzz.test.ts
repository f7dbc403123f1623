import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceError } from '../../pipeline/errors.ts';
import { sha256Hex, type SourceDocument } from '../../pipeline/ingest/ingest-sources.ts';
import type { ProcessingLimits } from '../../pipeline/limits.ts';
import { processDocument } from '../../pipeline/run/document.ts';
import { threadPageReader } from '../../workers/thread-pages.ts';

/**
 * Mutates small sample PDFs (bit flips, truncation, chunk swaps, seeded) and runs each mutant
 * through the real extraction and publishing under limits: every case must end with a published
 * document or a `SourceError` within the time limit, with no uncaught exception or unhandled
 * rejection, and the process's memory must stay bounded. FUZZ_CASES and FUZZ_SEED set the count
 * and the seed (a failure prints the seed and case to reproduce it).
 */

const CASES = Number(process.env.FUZZ_CASES ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 20240607);
const LIMITS: ProcessingLimits = { pageSeconds: 3, maxPages: 50, maxPixelsPerPage: 20_000_000 };
/** Slowest a case may be: every page within the page limit, plus opening, OCR off. */
const CASE_MS = 20_000;
const RSS_GROWTH_LIMIT = 1.5 * 1024 * 1024 * 1024;
const SOURCES = ['samples/kangxi-radicals.pdf', 'samples/calc-list-local5g-jisshou.pdf', 'samples/bad-but-readable/non-embedded-japanese-font.pdf'];

/** mulberry32: a small seeded PRNG, so that a case can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = 'bit-flips' | 'truncation' | 'chunk-swap';

function mutate(original: Uint8Array, kind: Mutation, next: () => number): Uint8Array {
  const bytes = original.slice();
  const at = (): number => Math.floor(next() * bytes.length);
  switch (kind) {
    case 'bit-flips': {
      const flips = 1 + Math.floor(next() * 64);
      for (let i = 0; i < flips; i++) bytes[at()]! ^= 1 << Math.floor(next() * 8);
      return bytes;
    }
    case 'truncation':
      return bytes.subarray(0, at());
    case 'chunk-swap': {
      const size = 1 + Math.floor(next() * Math.min(4096, bytes.length / 2));
      const a = Math.floor(next() * (bytes.length - size));
      const b = Math.floor(next() * (bytes.length - size));
      const chunk = bytes.slice(a, a + size);
      bytes.copyWithin(a, b, b + size);
      bytes.set(chunk, b);
      return bytes;
    }
  }
}

describe(`fuzzing the extraction: ${CASES} mutants of ${SOURCES.length} samples (seed ${SEED})`, () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (error: unknown): void => void unhandled.push(error);
  let originals: Uint8Array[];
  let outDir: string;

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled).on('uncaughtException', onUnhandled);
    originals = await Promise.all(SOURCES.map(async (f) => new Uint8Array(await readFile(f))));
    outDir = await mkdtemp(join(tmpdir(), 'fuzz-'));
  });
  afterAll(() => {
    process.off('unhandledRejection', onUnhandled).off('uncaughtException', onUnhandled);
  });

  it('ends every case with a result or a SourceError, in time, with bounded memory', async () => {
    const next = random(SEED);
    const kinds: Mutation[] = ['bit-flips', 'truncation', 'chunk-swap'];
    const outcomes = new Map<string, number>();
    const rssAtStart = process.memoryUsage.rss();
    let peakGrowth = 0;
    const started = performance.now();
    for (let i = 0; i < CASES; i++) {
      const which = i % SOURCES.length;
      const kind = kinds[Math.floor(next() * kinds.length)]!;
      const bytes = mutate(originals[which]!, kind, next);
      const name = `case ${i} (${kind} of ${SOURCES[which]}, seed ${SEED})`;
      const sha256 = sha256Hex(bytes);
      const source: SourceDocument = { path: `fuzz-${i}.pdf`, fileName: `fuzz-${i}.pdf`, sha256, bytes };
      const caseStart = performance.now();
      let outcome: string;
      try {
        await processDocument(source, threadPageReader({ limits: LIMITS }), outDir);
        outcome = 'published';
      } catch (error) {
        expect(error, `${name}: ${error instanceof Error ? error.stack : String(error)}`).toBeInstanceOf(SourceError);
        outcome = (error as SourceError).code;
      }
      expect(performance.now() - caseStart, name).toBeLessThan(CASE_MS);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      peakGrowth = Math.max(peakGrowth, process.memoryUsage.rss() - rssAtStart);
      expect(peakGrowth, name).toBeLessThan(RSS_GROWTH_LIMIT);
    }
    // Give a late rejection from a destroyed document a chance to surface.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(unhandled).toEqual([]);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`fuzz: ${CASES} cases in ${seconds} s, RSS growth ≤ ${(peakGrowth / 1e6).toFixed(0)} MB:`, Object.fromEntries(outcomes));
  }, 600_000);
});

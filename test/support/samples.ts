import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TruthDocument } from '../../samples/make/truth.ts';
import { normaliseCharacters } from '../../pipeline/normalise/normalise-text.ts';

export const repoRoot = resolve(import.meta.dirname, '..', '..');
export const samplesDir = join(repoRoot, 'samples');

/** Every `samples/*.truth.json`, sorted by file name. */
export function loadTruths(): TruthDocument[] {
  return readdirSync(samplesDir)
    .filter((f) => f.endsWith('.truth.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(samplesDir, f), 'utf8')) as TruthDocument);
}

/** Text reduced for comparison: normalised characters, no whitespace (line wraps and cell breaks differ by layout). */
export const compact = (text: string): string => normaliseCharacters(text).replace(/\s+/gu, '');

/**
 * Finds each expected string in `haystack` after the previous one; returns those missing or out of order.
 */
export function missingInOrder(haystack: string, expected: readonly string[]): string[] {
  const text = compact(haystack);
  const missing: string[] = [];
  let from = 0;
  for (const item of expected) {
    const at = text.indexOf(compact(item), from);
    if (at < 0) missing.push(item);
    else from = at + compact(item).length;
  }
  return missing;
}

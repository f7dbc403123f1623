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
 * The substring of `text` (from `from` on) closest to `pattern` by edit distance (Sellers' algorithm):
 * its distance and where it ends.
 */
export function closestSubstring(text: string, pattern: string, from = 0): { distance: number; end: number } {
  const p = [...pattern];
  const t = [...text.slice(from)];
  let column = p.map((_, i) => i + 1);
  let best = { distance: p.length, end: from };
  for (let j = 0; j < t.length; j++) {
    const next: number[] = [];
    let diagonal = 0;
    let above = 0;
    for (let i = 0; i < p.length; i++) {
      const value = Math.min(column[i]! + 1, above + 1, diagonal + (p[i] === t[j] ? 0 : 1));
      diagonal = column[i]!;
      above = value;
      next.push(value);
    }
    column = next;
    if (column[p.length - 1]! < best.distance) best = { distance: column[p.length - 1]!, end: from + j + 1 };
  }
  return best;
}

/**
 * Finds each expected string in `haystack` after the previous one; returns those missing or out of
 * order. `tolerance` is the share of a string's characters that may be wrong (OCR), 0 for exact.
 */
export function missingInOrder(haystack: string, expected: readonly string[], tolerance = 0): string[] {
  const text = compact(haystack);
  const missing: string[] = [];
  let from = 0;
  for (const item of expected) {
    const wanted = compact(item);
    if (tolerance === 0) {
      const at = text.indexOf(wanted, from);
      if (at < 0) missing.push(item);
      else from = at + wanted.length;
      continue;
    }
    const match = closestSubstring(text, wanted, from);
    if (match.distance > Math.floor(tolerance * [...wanted].length)) missing.push(item);
    else from = match.end;
  }
  return missing;
}

/**
 * The page's text searched for each paragraph after the one before: those not found there (more
 * than a fifth of their characters wrong: read across columns, or out of order), and the CER of
 * the paragraphs as found in order.
 */
export function readInOrder(page: { lines: readonly { text: string }[] }, paragraphs: readonly string[]): { missing: string[]; cer: number } {
  const text = compact(page.lines.map((line) => line.text).join('\n'));
  const missing: string[] = [];
  let from = 0;
  let edits = 0;
  let chars = 0;
  for (const paragraph of paragraphs.map(compact)) {
    const found = closestSubstring(text, paragraph, from);
    edits += found.distance;
    chars += [...paragraph].length;
    if (found.distance > 0.2 * paragraph.length) missing.push(paragraph);
    else from = found.end;
  }
  return { missing, cer: edits / chars };
}

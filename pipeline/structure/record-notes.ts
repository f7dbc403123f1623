import { normaliseCharacters } from '../normalise/normalise-text.ts';
import type { DocumentProfile } from './profile.ts';
import type { PlacedLine } from './record-lines.ts';

/** A line opening a new item: it ends the note above it. */
const BULLET = /^[・•◆]/u;
/** Fine print: smaller than this share of the body text's size (the 2020 重点施策's targets at 9.5 pt under 12 pt bullets). */
const FINE_PRINT = 0.9;

/** The size most of the record's lines are printed in. */
function bodySize(lines: readonly PlacedLine[]): number {
  const counts = new Map<number, number>();
  for (const { line } of lines) counts.set(line.font_size, (counts.get(line.font_size) ?? 0) + 1);
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [0, 0])[0];
}

/**
 * The note lines among a record's prose, in the profile's sense (`DocumentProfile.notes`): a line
 * opening with the note mark, or in fine print, and the lines after it in the same size that
 * continue it (up to a bullet, or a line that is not prose: a label, a budget entry and its remarks).
 */
export function findNotes(body: readonly PlacedLine[], isProse: (line: PlacedLine) => boolean, notes: DocumentProfile['notes']): Set<PlacedLine> {
  const found = new Set<PlacedLine>();
  if (notes === undefined) return found;
  const size = bodySize(body);
  let noteSize: number | undefined;
  for (const line of body) {
    const text = normaliseCharacters(line.line.text).trim();
    const finePrint = notes.finePrint === true && line.line.font_size < FINE_PRINT * size;
    if (!isProse(line)) noteSize = undefined;
    else if (notes.start.test(text) || finePrint) noteSize = line.line.font_size;
    else if (BULLET.test(text) || Math.abs(line.line.font_size - (noteSize ?? -Infinity)) > 0.5) noteSize = undefined;
    if (noteSize !== undefined) found.add(line);
  }
  return found;
}

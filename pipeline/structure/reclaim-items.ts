import { normaliseCharacters } from '../normalise/normalise-text.ts';
import type { LabelValue } from './assign-values.ts';
import type { PlacedLine } from './record-lines.ts';

const MARK = /^\s*([✓✔・•◦○◯●■□◆◇▶▷➤➢])/u;
const markOf = (line: PlacedLine): string | undefined => MARK.exec(normaliseCharacters(line.line.text))?.[1];

/** Splits value lines into items: a marked line opens one, unmarked lines continue it. */
function items(lines: readonly PlacedLine[]): { mark: string | undefined; lines: PlacedLine[] }[] {
  const out: { mark: string | undefined; lines: PlacedLine[] }[] = [];
  for (const line of lines) {
    const mark = markOf(line);
    if (mark !== undefined || out.length === 0) out.push({ mark, lines: [line] });
    else out.at(-1)!.lines.push(line);
  }
  return out;
}

/**
 * A label printed beside the last items of the field above it (the seeds' 「特徴・ポイント」 whose
 * last ✓ bullet sits in the 目的 row): when a section's value opens with items in the previous
 * section's bullet mark and then changes mark, those opening items go back to the previous section.
 */
export function reclaimContinuedItems(values: readonly LabelValue[]): LabelValue[] {
  const out = values.map((v) => ({ ...v, lines: [...v.lines] }));
  for (let k = 1; k < out.length; k++) {
    const above = out[k - 1]!;
    const here = out[k]!;
    if (above.hit.spec.target.kind !== 'section' || here.hit.spec.target.kind !== 'section') continue;
    const aboveItems = items(above.lines);
    const hereItems = items(here.lines);
    const mark = aboveItems[0]?.mark;
    if (mark === undefined || aboveItems.some((item) => item.mark !== mark)) continue;
    const leading = hereItems.findIndex((item) => item.mark !== mark);
    if (leading <= 0) continue;
    const moved = hereItems.slice(0, leading).flatMap((item) => item.lines);
    above.lines.push(...moved);
    here.lines.splice(0, moved.length);
  }
  return out;
}

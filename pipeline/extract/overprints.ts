import type { PlacedRun } from './place-runs.ts';

/** How far apart, in font sizes, two draws of one text may stand and still be one print. */
const OVERPRINT_EM = 0.25;

/**
 * The runs without the second draw of text printed twice in place: a stroke over a fill, a shadow,
 * a bold faked by drawing each glyph again a hair to the side. Its text layer holds every draw
 * (「目目的的」), while the page shows one; pdftotext drops them too.
 */
export function withoutOverprints(runs: readonly PlacedRun[]): PlacedRun[] {
  const kept: PlacedRun[] = [];
  const byText = new Map<string, PlacedRun[]>();
  for (const run of runs) {
    const near = OVERPRINT_EM * run.size;
    const again = (other: PlacedRun): boolean =>
      other.flow === run.flow && Math.abs(other.size - run.size) < near && Math.abs(other.x0 - run.x0) < near && Math.abs(other.y0 - run.y0) < near;
    if (run.text.trim() !== '' && byText.get(run.text)?.some(again) === true) continue;
    kept.push(run);
    byText.set(run.text, [...(byText.get(run.text) ?? []), run]);
  }
  return kept;
}

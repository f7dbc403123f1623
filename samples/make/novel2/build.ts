/**
 * Builds the second novel-layout corpus: fourteen layouts that neither the layout generator nor the
 * first novel corpus (samples/make/novel/) prints, for a hold-out measure of the record reader.
 * Printed with Chromium by novel/build.ts's `buildLayout` (truth by construction from what is
 * printed, pages found with pdftotext), two of them also scanned. Written outside the repository.
 *
 *   npx tsx samples/make/novel2/build.ts [out-dir] [layout-id…]   (default /work/scratch/novel2, every layout)
 *   npm run eval -- --samples <out-dir>
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildLayout } from '../novel/build.ts';
import type { NovelLayout } from '../novel/kit.ts';
import { scanRendering, SCAN_STEPS } from '../layouts/scan.ts';
import type { TruthDocument } from '../truth.ts';
import { catalogueUnruled, coverYear, kokuhiLines, threeUpSlides, twoColumnFlow } from './layouts-lists.ts';
import { captionBelow, circleBadge, dottedLeaders, footerOfficeBox, leftBandGrid, prefHeaderRow, reviewSheet } from './layouts-blocks.ts';
import { continued, valueNextPage } from './layouts-pages.ts';

export const NOVEL2_LAYOUTS: NovelLayout[] = [
  catalogueUnruled, threeUpSlides, twoColumnFlow, kokuhiLines, coverYear,
  leftBandGrid, captionBelow, dottedLeaders, footerOfficeBox, circleBadge, prefHeaderRow, reviewSheet,
  continued, valueNextPage,
];

/** Builds one layout of a corpus as `<id>.pdf` with its truth (novel/build.ts names it `novel-<id>`: renamed, and its provenance said). */
function build(layout: NovelLayout, dir: string, corpus: string): TruthDocument {
  const made = buildLayout(layout, dir);
  const file = `${layout.id}.pdf`;
  renameSync(join(dir, made.file), join(dir, file));
  renameSync(join(dir, made.file.replace(/\.pdf$/, '.truth.json')), join(dir, file.replace(/\.pdf$/, '.truth.json')));
  const truth: TruthDocument = {
    ...made, file, seed: `${corpus}-invented`, family: corpus,
    made_with: `HTML printed with Debian Chromium by samples/make/${corpus}/build.ts (layout ${layout.id}): ${layout.describe}.`,
  };
  writeFileSync(join(dir, file.replace(/\.pdf$/, '.truth.json')), `${JSON.stringify(truth, null, 2)}\n`);
  return truth;
}

/**
 * A corpus's command line: `[out-dir] [layout-id…]` (default /work/scratch/<corpus>, every layout);
 * each layout built, and scanned where it says, its scan seeded by its place in the list.
 */
export function buildCorpus(corpus: string, layouts: readonly NovelLayout[], scanSeed: (i: number) => number, args: readonly string[]): void {
  const dir = resolve(args[0] ?? `/work/scratch/${corpus}`);
  mkdirSync(dir, { recursive: true });
  const only = args.slice(1);
  layouts.forEach((layout, i) => {
    if (only.length > 0 && !only.includes(layout.id)) return;
    const truth = build(layout, dir, corpus);
    if (layout.scan) scanRendering(dir, truth, layout.scan, scanSeed(i));
  });
  console.log(`Scans: ${SCAN_STEPS}`);
}

if (import.meta.url === `file://${process.argv[1]}`) buildCorpus('novel2', NOVEL2_LAYOUTS, (i) => 11 * i + 3, process.argv.slice(2));

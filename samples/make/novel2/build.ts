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

/** Builds one layout as `<id>.pdf` with its truth (novel/build.ts names it `novel-<id>`: renamed, and its provenance said). */
function build(layout: NovelLayout, dir: string): TruthDocument {
  const made = buildLayout(layout, dir);
  const file = `${layout.id}.pdf`;
  renameSync(join(dir, made.file), join(dir, file));
  renameSync(join(dir, made.file.replace(/\.pdf$/, '.truth.json')), join(dir, file.replace(/\.pdf$/, '.truth.json')));
  const truth: TruthDocument = {
    ...made, file, seed: 'novel2-invented', family: 'novel2',
    made_with: `HTML printed with Debian Chromium by samples/make/novel2/build.ts (layout ${layout.id}): ${layout.describe}.`,
  };
  writeFileSync(join(dir, file.replace(/\.pdf$/, '.truth.json')), `${JSON.stringify(truth, null, 2)}\n`);
  return truth;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(process.argv[2] ?? '/work/scratch/novel2');
  mkdirSync(dir, { recursive: true });
  const only = process.argv.slice(3);
  NOVEL2_LAYOUTS.forEach((layout, i) => {
    if (only.length > 0 && !only.includes(layout.id)) return;
    const truth = build(layout, dir);
    if (layout.scan) scanRendering(dir, truth, layout.scan, 11 * i + 3);
  });
  console.log(`Scans: ${SCAN_STEPS}`);
}

/**
 * Builds samples/stamped-scan.pdf: a full-page scan (the first page of
 * scanned-shisaku-fy2021-pages.pdf, a JPEG at 300 dpi) with one small line of text printed over its
 * blank top margin (Chromium, IPAexGothic, overlaid with qpdf), 「（参考②）」, as a ministry stamps a reference number on a scanned 通知 (issue 17).
 * The text layer holds that line alone: the page's content is in the image and must be OCR'd.
 * Truth page_texts: the stamp, then the text layer of the born-digital page the scan was made from
 * (soumu-shisaku-fy2021.pdf page 5), line by line: what OCR of the scan has to recover.
 * Needs Chromium, qpdf and poppler-utils (pdfinfo). Run after make-scans.ts:
 *   npx tsx samples/make/make-stamped-scan.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { textLayerPages } from '../../tools/bench/reference-runners.ts';
import { firstScanTruth, overlayFirstScan, SAMPLES, SCANNED, SOURCE } from './overlay-first-scan.ts';
import { printHtmlToPdf } from './print-pdf.ts';

const NAME = 'stamped-scan';
const STAMP = '（参考②）';
/** The stamp alone on a page the scan's size (848.64 × 604.08 pt), printed by Chromium (IPAexGothic embedded), for qpdf to overlay. */
const stampHtml = (): string => `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${NAME}</title><style>
@page { size: 848.64pt 604.08pt; margin: 0; }
html, body { margin: 0; }
p { position: absolute; left: 36pt; top: 10pt; margin: 0; font-family: "IPAexGothic"; font-size: 11pt; }
</style></head><body><p>${STAMP}</p></body></html>`;

async function main(): Promise<void> {
  const out = overlayFirstScan(NAME, (overlay) => printHtmlToPdf(stampHtml(), overlay));
  // pdf.js, as the pipeline reads it (poppler lacks the Adobe-Japan1 data for a non-embedded font).
  const [stampRead] = await textLayerPages(out, [1]);
  if (stampRead !== STAMP) throw new Error(`The text layer should hold the stamp alone: pdf.js read 「${stampRead}」`);
  const [sourceText] = await textLayerPages(join(SAMPLES, SOURCE.file), [SOURCE.page]);
  const truth = firstScanTruth(
    NAME,
    `The first page of ${SCANNED} (a 300 dpi JPEG over the whole page, qpdf), with 「${STAMP}」 printed by Chromium (IPAexGothic 11 pt) ` +
      `overlaid on its blank top margin (qpdf --overlay). Page texts: the stamp, then the text layer of ${SOURCE.file} page ${SOURCE.page}, the page the scan was made from.`,
    ['a full-page scan with one line of text drawn over it: the text layer explains none of the scan'],
    [STAMP, ...sourceText!.split('\n')],
  );
  writeFileSync(join(SAMPLES, `${NAME}.truth.json`), `${JSON.stringify(truth, null, 2)}\n`);
}

await main();

/**
 * Builds samples/scanned-vertical-notice.pdf: a 縦書き notice (SCANNED_NOTICE in vertical-notice.ts:
 * a heading column, two 段 with paragraphs running on from the upper into the lower, 縦中横 digits,
 * a horizontal footer over a rule, a page number under it) printed by Chromium, then scanned as
 * make-scans.ts scans (300 dpi gray, rotated 0.8°, blur, noise, JPEG q70, img2pdf): an image-only
 * page with no text layer (issue 17, item 5). OCR must find the writing direction and the 段 in the
 * image itself and read the columns right to left, the upper 段 before the lower, then the footer
 * and the page number.
 *   npx tsx samples/make/make-scanned-vertical-notice.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printHtmlToPdf } from './print-pdf.ts';
import { scanPage } from './scan-page.ts';
import type { TruthDocument } from './truth.ts';
import { noticeHtml, noticeTexts, SCANNED_NOTICE } from './vertical-notice.ts';

const NAME = 'scanned-vertical-notice';
const SAMPLES = new URL('..', import.meta.url).pathname;
/** Which of scan-page.ts's angles and noise seeds: 0.8°. */
const SCAN_INDEX = 5;

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), `${NAME}-`));
  try {
    const printed = join(dir, 'printed.pdf');
    printHtmlToPdf(noticeHtml(NAME, SCANNED_NOTICE), printed);
    const jpeg = scanPage(printed, 1, SCAN_INDEX, dir);
    execFileSync('img2pdf', ['--imgsize', '300dpi', '-o', join(dir, 'scan.pdf'), jpeg]);
    execFileSync('qpdf', ['--empty', '--pages', join(dir, 'scan.pdf'), '1', '--', '--deterministic-id', join(SAMPLES, `${NAME}.pdf`)]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const truth: TruthDocument = {
    file: `${NAME}.pdf`,
    seed: 'none (text made up for the sample)',
    family: 'vertical-text',
    edition: null,
    page_count: 1,
    made_with:
      'HTML with writing-mode: vertical-rl (IPAexMincho body, IPAexGothic heading, footer and page number), A4, printed by Chromium (printHtmlToPdf), ' +
      'rasterised at 300 dpi gray (pdftoppm), rotated 0.8°, slight blur, Gaussian noise, JPEG q70 (ImageMagick, seeded), one image (img2pdf).',
    hazards: [
      'image-only page: no text layer',
      'vertical text (縦書き) in two 段, columns right to left',
      'paragraphs running on from the upper 段 into the lower',
      'a horizontal footer and page number under vertical text',
      '縦中横 digits',
      'skew 0.8°',
      'scanner noise and JPEG artefacts',
    ],
    policies: [],
    cases: [],
    tables: [],
    page_texts: [{ page: 1, texts: noticeTexts(SCANNED_NOTICE) }],
  };
  writeFileSync(join(SAMPLES, `${NAME}.truth.json`), `${JSON.stringify(truth, null, 2)}\n`);
  console.log(`${NAME}.pdf: 1 page`);
}

main();

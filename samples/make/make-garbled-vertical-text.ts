/**
 * Builds samples/garbled-vertical-text.pdf: page 1 of vertical-text.pdf (a 縦書き notice: heading
 * column, two 段, 縦中横 digits, a horizontal footer) printed with both its fonts' /ToUnicode maps
 * deleted, so pdf.js extracts the glyph ids as letters of other scripts while the page renders
 * right (issue 17, item 5: 縦書き under a garbled text layer). OCR must find the writing direction
 * and read the columns right to left, the upper 段 before the lower, the footer last.
 * Truth page_texts hold the CORRECT strings, i.e. what OCR has to recover.
 *   npx tsx samples/make/make-garbled-vertical-text.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printOnePageWithoutToUnicode } from './print-without-tounicode.ts';
import type { TruthDocument } from './truth.ts';
import { NOTICE, noticeHtml, noticeTexts } from './vertical-notice.ts';

const NAME = 'garbled-vertical-text';
const SAMPLES = new URL('..', import.meta.url).pathname;

function main(): void {
  // A pattern over the font's base name: both IPAex faces lose their maps.
  printOnePageWithoutToUnicode(noticeHtml(NAME), SAMPLES, NAME, 'IPAex(?:Mincho|Gothic)');
  const truth: TruthDocument = {
    file: `${NAME}.pdf`,
    seed: 'none (text written for vertical-text.pdf)',
    family: 'vertical-text',
    edition: null,
    page_count: 1,
    made_with:
      'Page 1 of vertical-text.pdf (HTML, writing-mode: vertical-rl, IPAexMincho and IPAexGothic) printed with Chromium (printHtmlToPdf), ' +
      "then every IPAex font's /ToUnicode deleted with qpdf (fix-qdf, recompress). Rendering unchanged; the text layer extracts as letters of other scripts.",
    hazards: ['vertical text (縦書き) under a garbled text layer', 'two 段 of vertical columns', 'a horizontal footer under vertical text', '縦中横 digits'],
    policies: [],
    cases: [],
    tables: [],
    page_texts: [{ page: 1, texts: noticeTexts(NOTICE) }],
  };
  writeFileSync(join(SAMPLES, `${NAME}.truth.json`), `${JSON.stringify(truth, null, 2)}\n`);
}

main();

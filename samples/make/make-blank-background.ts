/**
 * Builds samples/blank-background.pdf: a vertical (縦書き) notice printed as vector glyphs over a
 * blank full-page background image, with a text layer that cannot be believed (the 官報 case of
 * issue 17). Chromium prints the page (IPAexGothic, `writing-mode: vertical-rl`) over an off-white
 * image the size of the page; then the font's /ToUnicode is deleted, so pdf.js extracts the
 * glyph ids as letters of other scripts. OCR must read a render of the page: the embedded image
 * alone is blank.
 * Truth page_texts hold the CORRECT strings, i.e. what OCR has to recover.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printOnePageWithoutToUnicode } from './print-without-tounicode.ts';
import type { TruthDocument } from './truth.js';

const NAME = 'blank-background';
const SAMPLES = new URL('..', import.meta.url).pathname;

/** The notice's columns, right to left. */
const COLUMNS = [
  '地域情報化アドバイザー派遣制度のご案内',
  '総務省では、情報通信技術を活用した地域の課題解決に取り組む',
  '地方公共団体等の求めに応じて、専門家を派遣しています。',
  '派遣の費用は総務省が負担します。',
  '申込みは随時受け付けています。',
];

/** An off-white page-sized PNG (ImageMagick): blank to OCR, yet an image that fills the page. */
const background = (): string => execFileSync('convert', ['-size', '210x297', 'xc:#fbfbf7', 'png:-']).toString('base64');

function buildHtml(): string {
  const columns = COLUMNS.map((text, i) => `<p class="${i === 0 ? 'title' : ''}">${text}</p>`).join('\n');
  // font-weight normal: a bold face would be synthesised as Type 3 fonts, which keep their own one-byte codes.
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${NAME}</title><style>
@page { size: A4; margin: 0; }
html, body { margin: 0; }
img { position: absolute; left: 0; top: 0; width: 210mm; height: 297mm; }
main { position: absolute; right: 25mm; top: 30mm; height: 200mm; writing-mode: vertical-rl; font-family: "IPAexGothic"; font-weight: normal; font-size: 16pt; line-height: 2.2; }
p { margin: 0; } p.title { font-size: 20pt; margin-left: 8mm; }
</style></head><body><img src="data:image/png;base64,${background()}"><main>${columns}</main></body></html>`;
}

function main(): void {
  printOnePageWithoutToUnicode(buildHtml(), SAMPLES, NAME, 'IPAexGothic');
  const truth: TruthDocument = {
    file: `${NAME}.pdf`,
    seed: 'none (text written for this sample)',
    family: 'none',
    edition: null,
    page_count: 1,
    made_with: 'HTML printed with Chromium (printHtmlToPdf), A4, IPAexGothic in writing-mode: vertical-rl over an off-white PNG the size of the page; ' +
      "then the font's /ToUnicode deleted with qpdf (fix-qdf, recompress). Rendering unchanged; the text layer extracts as letters of other scripts, the embedded image is blank.",
    hazards: ['garbled text layer over a blank full-page background image', 'vertical writing'],
    policies: [],
    cases: [],
    tables: [],
    page_texts: [{ page: 1, texts: COLUMNS }],
  };
  writeFileSync(join(SAMPLES, `${NAME}.truth.json`), JSON.stringify(truth, null, 2) + '\n');
}

main();

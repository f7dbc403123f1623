/**
 * Builds samples/foreign-script-glyphs.pdf: a white-paper page whose headings and figure titles are
 * set in a font without a ToUnicode map (the 国土交通白書 case of issue 17). Chromium prints the page
 * with IPAexMincho for the body and IPAexGothic for the headings; then the Gothic font's /ToUnicode
 * is deleted with qpdf. Chromium keeps the font's own glyph ids, so pdf.js returns them as code
 * points: the headings extract as Devanagari, Kannada, Greek, Arabic, Cyrillic… letters while they
 * render right, and the body keeps a clean text layer.
 * Truth page_texts hold the CORRECT strings, i.e. what OCR has to recover for the headings.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printOnePageWithoutToUnicode } from './print-without-tounicode.ts';
import type { TruthDocument } from './truth.js';

const NAME = 'foreign-script-glyphs';
const SAMPLES = new URL('..', import.meta.url).pathname;

/** Headings (IPAexGothic, no ToUnicode) and paragraphs (IPAexMincho) in reading order. */
const BLOCKS: ['heading' | 'caption' | 'body', string][] = [
  ['heading', '第3節 地域の情報通信基盤の整備'],
  ['body', '地域の企業等をはじめとする様々な主体が、個別のニーズに応じて独自の通信システムを柔軟に構築できるよう、光ファイバ網の整備を支援している。'],
  ['caption', '図表3-1 光ファイバ整備率の推移'],
  ['body', '令和2年度末の光ファイバ整備率は99.1%であり、未整備の世帯は離島や山間地に多く残っている。'],
  ['heading', '1 地域情報化アドバイザーの派遣'],
  ['body', '情報通信技術の活用に取り組む地方公共団体に対して、専門家を派遣し、計画の策定から運用までを助言している。'],
  ['caption', '図表3-2 アドバイザー派遣件数の推移'],
  ['body', '派遣件数は年々増加しており、令和2年度は前年度の1.4倍となった。'],
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function buildHtml(): string {
  const body = BLOCKS.map(([kind, text]) => (kind === 'body' ? `<p>${esc(text)}</p>` : `<h2 class="${kind}">${esc(text)}</h2>`)).join('\n');
  // font-weight normal: a bold face would be synthesised as Type 3 fonts, which keep their own one-byte codes.
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${NAME}</title><style>
@page { size: A4; margin: 20mm; }
body { font-family: "IPAexMincho"; font-size: 11pt; line-height: 1.8; color: #111; }
h2 { font-family: "IPAexGothic"; font-weight: normal; margin: 7mm 0 3mm; }
h2.heading { font-size: 16pt; } h2.caption { font-size: 13pt; text-align: center; }
p { margin: 0 0 3mm; text-indent: 1em; }
</style></head><body>${body}</body></html>`;
}

function main(): void {
  printOnePageWithoutToUnicode(buildHtml(), SAMPLES, NAME, 'IPAexGothic');
  const truth: TruthDocument = {
    file: `${NAME}.pdf`,
    seed: 'none (text written for this sample)',
    family: 'none',
    edition: null,
    page_count: 1,
    made_with: 'HTML printed with Chromium (printHtmlToPdf), A4, body in IPAexMincho, headings and figure titles in IPAexGothic; then qpdf --qdf, ' +
      "the IPAexGothic font's /ToUnicode deleted, fix-qdf, qpdf recompress. Rendering unchanged; pdf.js reads the headings' glyph ids as code points (Devanagari, Greek, Arabic, Cyrillic…).",
    hazards: ['font without ToUnicode: glyph ids extracted as letters of other scripts (headings only)'],
    policies: [],
    cases: [],
    tables: [],
    page_texts: [{ page: 1, texts: BLOCKS.map(([, text]) => text) }],
  };
  writeFileSync(join(SAMPLES, `${NAME}.truth.json`), JSON.stringify(truth, null, 2) + '\n');
}

main();

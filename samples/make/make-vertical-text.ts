/**
 * Builds samples/vertical-text.pdf: vertical Japanese text (縦書き) made two ways.
 * Page 1: a notice printed by Chromium from HTML with `writing-mode: vertical-rl` (IPAex Mincho): a
 * heading column on the right, the body in two 段 (CSS columns stack top to bottom in vertical
 * writing), full-width digits, Latin words turned sideways (ICT, DX), two digits set upright in one
 * cell (縦中横, `text-combine-upright`), the date and sender set low in their columns, and a
 * horizontal footer. Chromium draws every glyph upright and places each one below the last, so the
 * text layer holds one item per glyph (pdf.js `dir: 'ltr'`), stacked top to bottom.
 * Page 2: a letter written by hand in PDF syntax with a vertical CMap font (HeiseiMin-W3,
 * UniJIS-UCS2-V, not embedded), as office suites and typesetters write vertical text: each column is
 * one or two text items that pdf.js marks `dir: 'ttb'`; a footer in the horizontal variant of the font.
 * The two pages are joined with qpdf. Truth page_texts: what a reader reads, in reading order
 * (columns right to left, 段 top to bottom, then the footer), as extracted.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfPageCount } from './check-pdf.ts';
import { buildPdf, ucs2Hex } from './hand-pdf.ts';
import { printHtmlToPdf } from './print-pdf.ts';
import type { TruthDocument } from './truth.ts';
import { NOTICE, noticeHtml, noticeTexts } from './vertical-notice.ts';

const NAME = 'vertical-text';
const SAMPLES = new URL('..', import.meta.url).pathname;

/** Page 2, a letter: heading column, body columns (each split where it would overflow), sender; footer horizontal. */
const LETTER = {
  heading: '説明会開催のお知らせ',
  columns: [
    '拝啓　時下ますますご清祥のこととお喜び申し上げます。',
    'さて、地域情報化アドバイザー派遣制度について、',
    '下記のとおり説明会を開催いたします。',
    '会場は総務省第一会議室、参加費は無料です。',
    'ご多忙中とは存じますが、ご出席くださいますよう',
    'お願い申し上げます。　敬具',
  ],
  sender: '地域情報化企画室長',
  footer: '2／2',
};

/** Page 2 in PDF syntax: A4, one vertical (V) and one horizontal (H) instance of the same CID font. */
function letterPdf(): Buffer {
  const size = 12;
  const pitch = 21;
  const top = 842 - 90;
  let x = 595 - 80;
  const ops: string[] = [`BT /FV 16 Tf 1 0 0 1 ${x} ${top} Tm ${ucs2Hex(LETTER.heading)} Tj ET`];
  x -= 40;
  for (const column of LETTER.columns) {
    // Each column is one text item, but the first is shown in two pieces (a font change, as Word writes them).
    const pieces = column === LETTER.columns[0] ? [column.slice(0, 3), column.slice(3)] : [column];
    ops.push(`BT /FV ${size} Tf 1 0 0 1 ${x} ${top - size} Tm ${pieces.map((p) => `${ucs2Hex(p)} Tj`).join(' ')} ET`);
    x -= pitch;
  }
  x -= pitch;
  ops.push(`BT /FV ${size} Tf 1 0 0 1 ${x} ${top - 14 * size} Tm ${ucs2Hex(LETTER.sender)} Tj ET`);
  ops.push(`BT /FH 9 Tf 1 0 0 1 280 50 Tm ${ucs2Hex(LETTER.footer)} Tj ET`);
  const cidFont = (encoding: string, descendant: number): string =>
    `<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiMin-W3 /Encoding /${encoding} /DescendantFonts [${descendant} 0 R] >>`;
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /FV 5 0 R /FH 6 0 R >> >> /Contents 4 0 R >>',
    { dict: '', data: Buffer.from(ops.join('\n'), 'latin1') },
    cidFont('UniJIS-UCS2-V', 7),
    cidFont('UniJIS-UCS2-H', 7),
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiMin-W3 /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 5 >> /FontDescriptor 8 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /HeiseiMin-W3 /Flags 6 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  ]);
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'vertical-text-'));
  const out = join(SAMPLES, `${NAME}.pdf`);
  try {
    const notice = join(dir, 'notice.pdf');
    const letter = join(dir, 'letter.pdf');
    printHtmlToPdf(noticeHtml(NAME), notice);
    writeFileSync(letter, letterPdf());
    execFileSync('qpdf', ['--empty', '--deterministic-id', '--pages', notice, letter, '--', out]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const pageCount = pdfPageCount(out);
  if (pageCount !== 2) throw new Error(`Expected 2 pages: got ${pageCount}`);
  const truth: TruthDocument = {
    file: `${NAME}.pdf`,
    seed: 'none',
    family: 'vertical-text',
    edition: null,
    page_count: pageCount,
    made_with:
      'Page 1: HTML with writing-mode: vertical-rl printed by Chromium (printHtmlToPdf), IPAex fonts, A4; every glyph is its own upright text item. ' +
      'Page 2: hand-written PDF syntax with a non-embedded vertical CID font (HeiseiMin-W3, UniJIS-UCS2-V), text items marked ttb by pdf.js. Joined with qpdf. Text made up for the sample.',
    hazards: ['vertical text (縦書き) read columns right to left', 'two 段 of vertical columns', 'Latin words turned sideways in vertical text', '縦中横 digits', 'vertical CMap font (dir ttb)', 'horizontal footer under vertical text'],
    policies: [],
    cases: [],
    tables: [],
    page_texts: [
      { page: 1, texts: noticeTexts(NOTICE) },
      { page: 2, texts: [LETTER.heading, ...LETTER.columns, LETTER.sender, LETTER.footer] },
    ],
  };
  writeFileSync(join(SAMPLES, `${NAME}.truth.json`), JSON.stringify(truth, null, 2) + '\n');
  console.log(`${NAME}.pdf: ${pageCount} pages`);
}

main();

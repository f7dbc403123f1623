/**
 * Builds samples/invisible-ocr-layer.pdf: a full-page scan (page 1 of
 * scanned-shisaku-fy2021-pages.pdf) under an invisible text layer (text render mode 3), as
 * Acrobat's "searchable image" writes one, that carries OCR errors: every 0 dropped (「3-5253-5894」)
 * and look-alike kanji (烏 for 鳥, 城 for 域, 傭 for 備, 倍 for 信), as in issue 17's
 * 「烏取県」 with its 0s missing. The layer's lines stand where the born-digital page (soumu-shisaku-fy2021.pdf page 5, the
 * page the scan was made from) prints them, shifted as the scan's canvas grew when it was turned.
 * Truth page_texts: the born-digital page's text layer, line by line (what a right reading gives).
 * Needs qpdf and poppler-utils (pdfinfo). Run after make-scans.ts:
 *   npx tsx samples/make/make-invisible-ocr-layer.ts
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import type { Line } from '../../schemas/types.ts';
import { extractPages } from '../../workers/thread-pages.ts';
import { buildPdf, ucs2Hex } from './hand-pdf.ts';
import { firstScanTruth, overlayFirstScan, SAMPLES, SCANNED, SOURCE } from './overlay-first-scan.ts';

const NAME = 'invisible-ocr-layer';

/** The OCR layer's errors: what a poor engine makes of the scan. */
const MISREADINGS: readonly [RegExp, string][] = [
  [/0/gu, ''],
  [/鳥/gu, '烏'],
  [/域/gu, '城'],
  [/備/gu, '傭'],
  [/信/gu, '倍'],
];
const misread = (text: string): string => MISREADINGS.reduce((t, [from, to]) => t.replace(from, to), text);

const pageSize = (pdf: string): [number, number] => {
  const match = /Page size:\s+([\d.]+) x ([\d.]+) pts/u.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }));
  return [Number(match![1]), Number(match![2])];
};

/** One page the scan's size holding the lines in render mode 3, each stretched (Tz) over its box, as OCR layers are. */
function invisibleLayerPdf(lines: readonly Line[], size: [number, number], shift: [number, number]): Buffer {
  const [, height] = size;
  const ops = lines.map((line) => {
    const text = misread(line.text);
    const chars = [...text].length;
    const fontSize = line.font_size;
    const stretch = (100 * (line.bbox[2] - line.bbox[0])) / Math.max(1, chars * fontSize);
    const x = line.bbox[0] + shift[0];
    const baseline = height - (line.bbox[3] + shift[1]) + 0.12 * fontSize;
    return `BT 3 Tr /F1 ${fontSize.toFixed(2)} Tf ${stretch.toFixed(1)} Tz 1 0 0 1 ${x.toFixed(2)} ${baseline.toFixed(2)} Tm ${ucs2Hex(text)} Tj ET`;
  });
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${size[0]} ${size[1]}] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`,
    { dict: '', data: Buffer.from(ops.join('\n'), 'latin1') },
    '<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiKakuGo-W5 /Encoding /UniJIS-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiKakuGo-W5 /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 5 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /HeiseiKakuGo-W5 /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 100 >>',
  ]);
}

async function main(): Promise<void> {
  const [source] = (await ingestSources([join(SAMPLES, SOURCE.file)])).documents;
  const { layouts } = await extractPages(source!, [SOURCE.page]);
  const lines = layouts[0]!.page.lines;
  const scanSize = pageSize(join(SAMPLES, SCANNED));
  const sourceSize = pageSize(join(SAMPLES, SOURCE.file));
  // make-scans.ts turns the raster about its centre on a canvas that grows to hold it: the print sits in its middle.
  const shift: [number, number] = [(scanSize[0] - sourceSize[0]) / 2, (scanSize[1] - sourceSize[1]) / 2];
  overlayFirstScan(NAME, (overlay) => writeFileSync(overlay, invisibleLayerPdf(lines, scanSize, shift)));
  const truth = firstScanTruth(
    NAME,
    `Page 1 of ${SCANNED} (a 300 dpi JPEG over the whole page, qpdf) overlaid (qpdf --overlay) with a hand-written page of invisible text ` +
      `(render mode 3, non-embedded HeiseiKakuGo-W5, each line stretched over its box): the text layer of ${SOURCE.file} page ${SOURCE.page} ` +
      'with every 0 dropped and 鳥→烏, 域→城, 備→傭, 信→倍. Page texts: that text layer as printed, without the errors.',
    ['an invisible OCR layer over a scan, with OCR errors (0s missing, look-alike kanji)'],
    lines.map((line) => line.text),
  );
  writeFileSync(join(SAMPLES, `${NAME}.truth.json`), `${JSON.stringify(truth, null, 2)}\n`);
}

await main();

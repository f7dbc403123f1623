import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { BBox, Line, Page } from '../../schemas/types.ts';
import { SourceError } from '../errors.ts';
import { MIN_PRINTED_INK_SHARE } from '../ocr/ink-share.ts';
import type { OcrEngine } from '../ocr/engine.ts';
import { regionImageForOcr, type PageImageOptions } from '../ocr/page-image.ts';
import type { OrientationOptions } from '../ocr/read-orientation.ts';
import { measureScanCoverage } from '../ocr/scan-coverage.ts';
import type { ReadAgain } from '../ocr/types.ts';
import { readAgainTogether } from '../ocr/unread-lines.ts';
import { coveredPieces, sizeOf } from './covered-text.ts';
import { readPageContent, type PageContent } from './page-content.ts';
import { ocrBands, ocrRegion, ocrScan } from './ocr-regions.ts';
import type { PageLayout } from './types.ts';
import { orderForReading, type ReadingOrderOptions } from '../lines/reading-order.ts';
import { chooseOcrReading, DEFAULT_OCR_LAYERS, isInvisibleOcrLayer, type OcrLayerCheckOptions, type OcrLayerMode } from './ocr-layer-check.ts';
import { textLayerBands } from './text-layer-bands.ts';
import { assessTextLayer, type TextLayerQualityOptions } from './text-layer-quality.ts';
import { layoutTextLines, type LineLayoutOptions, type TextRun } from './text-lines.ts';

export interface ExtractOptions {
  layout?: Omit<LineLayoutOptions, 'verticalRules' | 'horizontalRules' | 'coveredText'>;
  readingOrder?: ReadingOrderOptions;
  quality?: TextLayerQualityOptions;
  pageImage?: PageImageOptions;
  orientation?: OrientationOptions;
  /** Reads pages whose text layer is missing or garbled; without it such pages keep their text layer and say why. */
  ocr?: OcrEngine;
  /**
   * What to do with an invisible OCR layer over a scan, when `ocr` is given (ocr-layer-check.ts).
   * @defaultValue 'check'
   */
  ocrLayers?: OcrLayerMode;
  ocrLayerCheck?: OcrLayerCheckOptions;
  /** Called after each page, for progress reporting. */
  onPage?: (pageNumber: number, pageCount: number) => void;
}

const round = (n: number): number => Math.round(n * 100) / 100;
const overlaps = (a: BBox, b: BBox): boolean => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** The text layer as lines in reading order, split at table borders. */
async function textLayerLines(page: PDFPageProxy, content: PageContent, options: ExtractOptions): Promise<Line[]> {
  const viewport = page.getViewport({ scale: 1 });
  // Keep the text exactly as printed: the garble check and the record stages read it so; the published text is normalised (`assembleDocument`).
  const text = await page.getTextContent({ disableNormalization: true });
  const runs = text.items.filter((item): item is TextRun & typeof item => 'str' in item);
  const verticalRules = content.rules.filter((r) => r.orientation === 'vertical');
  const horizontalRules = content.rules.filter((r) => r.orientation === 'horizontal');
  const lines = layoutTextLines(runs, viewport.transform, { ...options.layout, verticalRules, horizontalRules, coveredText: content.coveredText });
  return orderForReading(lines, content.rules, options.readingOrder);
}

/** Smallest hidden text worth a reader's note, in points: slide software also hides 1 pt markers that no one printed to be read. */
const READABLE_SIZE = 4;

/** The page's hidden text (`covered-text`), as its pieces read, when there is some of a readable size. */
function hiddenText(content: PageContent): Pick<Page, 'hidden_text'> {
  const pieces = coveredPieces(content.coveredText).filter((piece) => sizeOf(piece) >= READABLE_SIZE);
  return pieces.length === 0 ? {} : { hidden_text: pieces.map((piece) => piece.text.trim()).filter((text) => text !== '') };
}

/** The region to OCR on a page with no usable text: the scan when one image fills most of it, else the page. */
function wholePageRegion(content: PageContent, width: number, height: number): BBox {
  const pageArea = width * height;
  const scan = content.images.find((i) => (i.bbox[2] - i.bbox[0]) * (i.bbox[3] - i.bbox[1]) >= 0.9 * pageArea);
  return scan?.bbox ?? [0, 0, width, height];
}

/** What OCR read again on a page, said in its method_reason: print tesseract's first read left out, read by other means. */
function readAgainNotes({ page, lines }: ReadAgain): string[] {
  return [
    ...(page ? ['most print left unread by the first OCR reading, read again without a page layout'] : []),
    ...(lines > 0 ? [`${lines} line${lines === 1 ? '' : 's'} of print the OCR reading missed, read again one by one`] : []),
  ];
}

/** Extracts one page as positioned lines in reading order, from its text layer or by OCR, and says which and why. */
export async function extractPage(pdf: PDFDocumentProxy, pageNumber: number, options: ExtractOptions = {}): Promise<PageLayout> {
  const page = await pdf.getPage(pageNumber);
  try {
    const content = await readPageContent(page);
    return await readPage(page, pageNumber, content, options);
  } finally {
    page.cleanup();
  }
}

/**
 * The page's lines: its text layer when usable, else OCR of the page or of its bare scanned
 * regions; with its rules: drawn ones, and on a scanned page those found in the scan.
 */
async function readPage(page: PDFPageProxy, pageNumber: number, content: PageContent, options: ExtractOptions): Promise<PageLayout> {
  const { width, height } = page.getViewport({ scale: 1 });
  const size = { number: pageNumber, width: round(width), height: round(height) };
  const lines = await textLayerLines(page, content, options);
  const { ocrLayers = DEFAULT_OCR_LAYERS } = options;
  if (options.ocr !== undefined && ocrLayers !== 'keep' && isInvisibleOcrLayer(content, { width, height })) {
    // A scanner's OCR layer is a reading like ours, not print: read the scan afresh and keep the better.
    const read = await ocrRegion(page, wholePageRegion(content, width, height), content.images, options.ocr, options);
    const choice =
      ocrLayers === 'replace' ? { use: 'fresh', reason: 'invisible OCR layer over a scan, replaced by a fresh OCR reading (--ocr-layers replace)' } : chooseOcrReading(lines, read.lines, options.ocrLayerCheck);
    if (choice.use === 'fresh') return { page: { ...size, method: 'ocr', method_reason: choice.reason, lines: read.lines }, rules: [...content.rules, ...read.rules] };
    return { page: { ...size, method: 'text', method_reason: choice.reason, lines }, rules: content.rules };
  }
  // A scan's ink is measured only when OCR could read what the text over it leaves out.
  const coverage = options.ocr === undefined ? undefined : await measureScanCoverage(page, content.images, lines, { width, height }, options.quality);
  const verdict = assessTextLayer(lines, content, { width, height }, options.quality, coverage);
  const { rules } = content;
  if (verdict.use === 'text') return { page: { ...size, method: 'text', method_reason: verdict.reason, lines, ...hiddenText(content) }, rules };
  if (options.ocr === undefined) {
    return { page: { ...size, method: 'text', method_reason: `${verdict.reason}; OCR is off, the text layer is kept`, lines, ...hiddenText(content) }, rules };
  }
  if (verdict.use === 'ocr') {
    // Text drawn on the page (a garbled layer) is ink no embedded image holds: OCR the page as printed, where its glyphs stand.
    const bands = content.textOperators > 0 ? textLayerBands(lines, { width, height }) : undefined;
    const ocr = options.ocr;
    const read =
      bands !== undefined
        ? await ocrBands(bands, (region) => regionImageForOcr(page, region, [], options.pageImage), ocr, options)
        : content.textOperators > 0
          ? await ocrRegion(page, wholePageRegion(content, width, height), [], ocr, options)
          : await ocrScan(page, wholePageRegion(content, width, height), content.images, ocr, options);
    if (read.lines.length === 0 && read.ink >= MIN_PRINTED_INK_SHARE) {
      throw new SourceError('no-text-read', `no text read: OCR found no line on page ${pageNumber}, though ${(read.ink * 100).toFixed(1)}% of it is inked (${verdict.reason})`);
    }
    const reason = [
      verdict.reason,
      ...(read.bands === undefined
        ? []
        : [`read in ${read.bands.regions.length} ${read.bands.vertical ? '段 top to bottom' : 'columns left to right'} where ${bands === undefined ? "the scan's ink stands" : 'the text layer places its lines'}`]),
      ...(read.vertical ? ['vertical text, read with jpn_vert'] : []),
      ...readAgainNotes(read.readAgain),
    ].join('; ');
    return { page: { ...size, method: 'ocr', method_reason: read.lines.length === 0 ? `${reason}; OCR read no text: the page is blank` : reason, lines: read.lines }, rules: [...rules, ...read.rules] };
  }
  // Untrusted lines give way to the OCR of their regions; the rest of the text layer stays.
  const trusted = lines.filter((line) => !verdict.untrusted.includes(line));
  const added: Line[] = [];
  // A scan's table borders are in its image: the reading order and the table stage need them as a scanned page's.
  const found = [...rules];
  const readAgain: ReadAgain[] = [];
  for (const region of verdict.regions) {
    const read = await ocrRegion(page, region, content.images, options.ocr, options);
    added.push(...read.lines.filter((ocrLine) => !trusted.some((line) => overlaps(line.bbox, ocrLine.bbox))));
    found.push(...read.rules);
    readAgain.push(read.readAgain);
  }
  const mixed = orderForReading([...trusted, ...added], found, options.readingOrder);
  const reason = [verdict.reason, ...readAgainNotes(readAgainTogether(readAgain))].join('; ');
  return { page: { ...size, method: 'mixed', method_reason: reason, lines: mixed, ...hiddenText(content) }, rules: found };
}

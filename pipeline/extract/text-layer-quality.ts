import type { BBox, Line } from '../../schemas/types.ts';
import type { ScanCoverage } from '../ocr/scan-coverage.ts';
import type { PageContent } from './page-content.ts';

/** Whether a page's text layer can be published as is, and if not, why and what to OCR. */
export type TextLayerVerdict =
  | { use: 'text'; reason: string | null }
  | { use: 'ocr'; reason: string }
  | { use: 'mixed'; reason: string; regions: BBox[]; untrusted: Line[] };

export interface TextLayerQualityOptions {
  /**
   * Share of characters that are private-use, replacement or control characters above which
   * the text layer is taken as garbled.
   * @defaultValue 0.2
   */
  maxUnmappedShare?: number;
  /**
   * Share of Latin-1 letters (the look of UTF-8 read as Latin-1: æ–‡å­—) above which the text is mojibake.
   * @defaultValue 0.3
   */
  maxMojibakeShare?: number;
  /**
   * An image covering at least this share of the page, with almost no text over it, is a scan to OCR.
   * @defaultValue 0.25
   */
  minScanAreaShare?: number;
  /**
   * Share of a page's characters in untrusted lines (letters of scripts foreign to a Japanese
   * document) from which the whole page is OCR'd rather than those lines alone.
   * @defaultValue 0.5
   */
  maxUntrustedShare?: number;
  /**
   * Share of a scan's pixels away from the text over it that are glyph ink, from which that text
   * does not explain the scan (a stamp or a typed line on a scanned page) and the scan is OCR'd
   * around it: a scanned page of text inks 3–8% of itself, a slide's background or shadow none.
   * @defaultValue 0.01
   */
  minUnexplainedInk?: number;
}

const UNMAPPED = /[\p{Co}\ufffd\p{Cc}]/u;
const MOJIBAKE = /[\u00c0-\u00ff\u0080-\u009f]/u;
/**
 * Scripts a Japanese document is written in: kanji, kana, Latin, and what they share (digits,
 * punctuation, marks). A font without a usable ToUnicode map makes pdf.js return glyph ids as
 * code points, which land in Arabic, Devanagari, Sinhala, Greek, Cyrillic… between the kana.
 */
const JAPANESE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
/** Scripts named in a reason; the rest are "others". */
const NAMED_SCRIPTS = ['Arabic', 'Hebrew', 'Devanagari', 'Sinhala', 'Thai', 'Greek', 'Cyrillic', 'Hangul'].map((name) => ({ name, pattern: new RegExp(`\\p{Script=${name}}`, 'u') }));
/**
 * A line is untrusted when at least this many of its characters are foreign letters and, with
 * its unmapped characters, they make this share of it: one α in 「α版」 is a Greek letter, not a garble.
 */
const MIN_FOREIGN_LETTERS = 2;
const MIN_FOREIGN_SHARE = 0.3;

const isForeign = (ch: string): boolean => !/\s/u.test(ch) && !JAPANESE_SCRIPT.test(ch) && !UNMAPPED.test(ch);

/** A line whose characters are glyph ids read as code points: letters of foreign scripts, with unmapped characters between them. */
function isForeignScriptLine(line: Line): boolean {
  const chars = [...line.text].filter((ch) => !/\s/u.test(ch));
  const foreign = chars.filter(isForeign).length;
  const unmapped = chars.filter((ch) => UNMAPPED.test(ch)).length;
  return foreign >= MIN_FOREIGN_LETTERS && foreign + unmapped >= MIN_FOREIGN_SHARE * chars.length;
}

/** The scripts of the foreign letters in `lines`, for a reason: 「Devanagari, Greek, others」. */
function foreignScripts(lines: readonly Line[]): string {
  const letters = lines.flatMap((line) => [...line.text].filter(isForeign));
  const named = NAMED_SCRIPTS.filter(({ pattern }) => letters.some((ch) => pattern.test(ch))).map(({ name }) => name);
  const other = letters.some((ch) => !NAMED_SCRIPTS.some(({ pattern }) => pattern.test(ch)));
  return [...named, ...(other ? ['others'] : [])].join(', ');
}

/** A line's box with room around its glyphs, for OCR (tesseract needs a margin to find a line). */
const paddedBox = (line: Line, page: { width: number; height: number }): BBox => {
  const pad = 0.3 * line.font_size;
  return [Math.max(0, line.bbox[0] - pad), Math.max(0, line.bbox[1] - pad), Math.min(page.width, line.bbox[2] + pad), Math.min(page.height, line.bbox[3] + pad)];
};
const countChars = (lines: readonly Line[]): number => lines.reduce((n, line) => n + [...line.text].filter((ch) => !/\s/u.test(ch)).length, 0);

const area = (b: BBox): number => Math.max(0, b[2] - b[0]) * Math.max(0, b[3] - b[1]);
const overlaps = (a: BBox, b: BBox): boolean => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Decides per page between the text layer and OCR. Reasons are written for the quality report:
 * no text; text garbled (unmapped or private-use characters, mojibake, letters of scripts foreign to
 * a Japanese document: the page, or those lines); a scanned image with no text over it (the page,
 * or a region of it); a scan whose ink the text over it does not explain (`coverage`, by image id:
 * measured by scan-coverage.ts), OCR'd around that text.
 */
export function assessTextLayer(
  lines: readonly Line[],
  content: Pick<PageContent, 'images'>,
  page: { width: number; height: number },
  options: TextLayerQualityOptions = {},
  coverage: ReadonlyMap<string, ScanCoverage> = new Map(),
): TextLayerVerdict {
  const { maxUnmappedShare = 0.2, maxMojibakeShare = 0.3, minScanAreaShare = 0.25, maxUntrustedShare = 0.5, minUnexplainedInk = 0.01 } = options;
  const pageArea = page.width * page.height;
  const scans = content.images.filter((image) => area(image.bbox) >= minScanAreaShare * pageArea);
  const chars = [...lines.map((l) => l.text).join('')].filter((ch) => !/\s/u.test(ch));

  if (chars.length === 0) {
    return scans.length > 0 ? { use: 'ocr', reason: 'no text layer: the page is a scanned image' } : { use: 'text', reason: 'blank page' };
  }
  const unmapped = chars.filter((ch) => UNMAPPED.test(ch)).length / chars.length;
  if (unmapped > maxUnmappedShare) {
    return { use: 'ocr', reason: `garbled text layer: ${Math.round(unmapped * 100)}% private-use, replacement or control characters` };
  }
  const mojibake = chars.filter((ch) => MOJIBAKE.test(ch)).length / chars.length;
  if (mojibake > maxMojibakeShare) {
    return { use: 'ocr', reason: `garbled text layer: ${Math.round(mojibake * 100)}% Latin-1 mojibake` };
  }
  const untrusted = lines.filter(isForeignScriptLine);
  const garbled = untrusted.length === 0 ? undefined : `garbled text layer: ${untrusted.length} line${untrusted.length > 1 ? 's' : ''} of letters foreign to Japanese (${foreignScripts(untrusted)}), a font without a usable ToUnicode map`;
  if (garbled !== undefined && countChars(untrusted) >= maxUntrustedShare * chars.length) return { use: 'ocr', reason: garbled };
  const trusted = lines.filter((line) => !untrusted.includes(line));
  const bare = scans.filter((image) => !trusted.some((line) => overlaps(line.bbox, image.bbox)));
  const unexplained = scans.filter((image) => !bare.includes(image) && (coverage.get(image.id)?.inkOutsideText ?? 0) >= minUnexplainedInk);
  const reasons = [
    ...(garbled === undefined ? [] : [`${garbled}: those lines read by OCR`]),
    ...(bare.length === 0 ? [] : [`scanned image with no text over it (${bare.length} region${bare.length > 1 ? 's' : ''})`]),
    ...unexplained.map((image) => {
      const { lines: over, inkOutsideText } = coverage.get(image.id)!;
      return `scanned image whose print the text over it does not explain (${over} line${over > 1 ? 's' : ''} over it, ${(inkOutsideText * 100).toFixed(1)}% of it inked elsewhere): OCR'd around that text`;
    }),
  ];
  if (reasons.length === 0) return { use: 'text', reason: null };
  return { use: 'mixed', reason: reasons.join('; '), regions: [...untrusted.map((line) => paddedBox(line, page)), ...[...bare, ...unexplained].map((i) => i.bbox)], untrusted };
}

import { normaliseCharacters } from '../normalise/normalise-text.ts';
import { isAnyLabel } from './find-labels.ts';
import type { LabelSpec } from './profile.ts';
import { linesByPage, type PlacedLine } from './record-lines.ts';

/** Fewest caption labels, and the share of a document's labels, that make it print its labels under their values. */
const MIN_CAPTIONS = 4;
const CAPTION_SHARE = 0.8;
/** A caption is printed this much smaller than the value over it. */
const CAPTION_SCALE = 0.85;
/** Left edges this close, in the caption's size, are one. */
const ALIGNED = 0.5;

const text = (line: PlacedLine): string => normaliseCharacters(line.line.text).trim();

/** Whether two lines share some of their width. */
const across = (a: PlacedLine, b: PlacedLine): boolean => Math.min(a.line.bbox[2], b.line.bbox[2]) > Math.max(a.line.bbox[0], b.line.bbox[0]);

/** The nearest line over (or under) a line, across its width, among the lines of its page. */
function nearest(onPage: readonly PlacedLine[], label: PlacedLine, side: 'above' | 'below'): PlacedLine | undefined {
  const candidates = onPage.filter((other) => other !== label && across(other, label) && (side === 'above' ? other.line.bbox[3] <= label.line.bbox[1] + 1 : other.line.bbox[1] >= label.line.bbox[3] - 1));
  const gap = (other: PlacedLine): number => (side === 'above' ? label.line.bbox[1] - other.line.bbox[3] : other.line.bbox[1] - label.line.bbox[3]);
  return candidates.sort((a, b) => gap(a) - gap(b))[0];
}

/**
 * A line printed as a caption under a value (「半導体人材育成拠点形成事業」 over a small 「事業名」): smaller
 * than the line just over it, starting where it does, and nearer to it than to the line under it.
 */
function captionsItsValue(onPage: readonly PlacedLine[], label: PlacedLine): boolean {
  const above = nearest(onPage, label, 'above');
  if (above === undefined || label.line.font_size > CAPTION_SCALE * above.line.font_size) return false;
  // A caption starts where its value does.
  if (Math.abs(above.line.bbox[0] - label.line.bbox[0]) > ALIGNED * label.line.font_size) return false;
  const below = nearest(onPage, label, 'below');
  const gapAbove = label.line.bbox[1] - above.line.bbox[3];
  return below === undefined || gapAbove < below.line.bbox[1] - label.line.bbox[3];
}

/**
 * A document whose labels caption their values from under them (a form printed value first, its
 * small label under it), read with each label before its value as other layouts print them: the
 * value is the lines over the label in its column, up to the label before. Other documents are
 * read as they are.
 */
export function withCaptionsFirst(lines: readonly PlacedLine[], labels: readonly LabelSpec[]): PlacedLine[] {
  const isLabel = (line: PlacedLine): boolean => isAnyLabel(text(line), labels, { ocr: line.line.confidence !== undefined });
  const byPage = linesByPage(lines);
  // Where they stand is cheaper to look at than the vocabulary: the lines placed as captions first,
  // then which of them are labels, and only then every label of the document, to compare.
  const captions = lines.filter((line) => captionsItsValue(byPage.get(line.page)!, line)).filter(isLabel);
  if (captions.length < MIN_CAPTIONS || captions.length < CAPTION_SHARE * lines.filter(isLabel).length) return [...lines];
  const isCaption = new Set(captions);
  const ordered: PlacedLine[] = [];
  let pending: PlacedLine[] = [];
  for (const line of lines) {
    if (pending.length > 0 && pending[0]!.page !== line.page) {
      ordered.push(...pending);
      pending = [];
    }
    if (!isCaption.has(line)) {
      pending.push(line);
      continue;
    }
    // The caption's value: the lines waiting over it in its column. The caption is read as printed just
    // over them, so that every reader of where a label stands finds its value under it.
    const value = pending.filter((other) => across(other, line) && other.line.bbox[3] <= line.line.bbox[1] + 1);
    const top = Math.min(...value.map((other) => other.line.bbox[1]));
    const [x0, y0, x1, y1] = line.line.bbox;
    const over = value.length === 0 ? line : { ...line, line: { ...line.line, bbox: [x0, top - (y1 - y0) - 1, x1, top - 1] as typeof line.line.bbox } };
    ordered.push(over, ...value);
    pending = pending.filter((other) => !value.includes(other));
  }
  ordered.push(...pending);
  return ordered.map((line, index) => ({ ...line, index }));
}

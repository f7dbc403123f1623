import { normaliseCharacters } from '../normalise/normalise-text.ts';
import { labelMatches, readByOcr } from './find-labels.ts';
import type { LabelSpec } from './profile.ts';
import type { PlacedLine } from './record-lines.ts';

/** Fewest lines, and fewest different labels, that make a character the document's misread mark. */
const MIN_MARKED_LINES = 3;
const MIN_MARKED_LABELS = 2;

const HAN = /\p{Script=Han}/u;

interface MarkedLine {
  line: PlacedLine;
  mark: string;
  label: string;
  target: string;
}

/** An OCR'd line that is one character other than a kanji and a label read exactly, alone. */
function markedLabel(line: PlacedLine, labels: readonly LabelSpec[]): MarkedLine | undefined {
  if (!readByOcr([line])) return undefined;
  const [mark, ...rest] = [...normaliseCharacters(line.line.text).replace(/\s+/gu, '')];
  const label = rest.join('');
  if (mark === undefined || HAN.test(mark) || rest.length < 2) return undefined;
  const spec = labels.find((s) => labelMatches(s, label));
  return spec === undefined ? undefined : { line, mark, label, target: JSON.stringify(spec.target) };
}

/** Whether two lines open at the same left edge, within a character (the line's height). */
const sameEdge = (a: PlacedLine, b: PlacedLine): boolean => Math.abs(a.line.bbox[0] - b.line.bbox[0]) <= b.line.bbox[3] - b.line.bbox[1];

/**
 * A scan's heading mark that OCR read as one character (◆ as 「る」, ■ as 「@」) before every label:
 * learned from the document, where that character opens three lines or more, each a label alone, of
 * two labels or more, at one left edge. Those lines are read without it, so a short label
 * (「る分野」, 「る担当」) is found as a long one is; a line of the character alone at that edge (a
 * mark whose label OCR lost) is dropped rather than read into the value above it. A character
 * before one label only, or at scattered edges, is the text's own (「の概要」 closing a sentence).
 */
export function withoutMisreadMarks(lines: readonly PlacedLine[], labels: readonly LabelSpec[]): PlacedLine[] {
  const marked = lines.map((line) => markedLabel(line, labels)).filter((m): m is MarkedLine => m !== undefined);
  const learned: MarkedLine[] = [];
  for (const mark of new Set(marked.map((m) => m.mark))) {
    const withMark = marked.filter((m) => m.mark === mark);
    const aligned = withMark.map((m) => withMark.filter((other) => sameEdge(other.line, m.line))).sort((a, b) => b.length - a.length)[0] ?? [];
    if (aligned.length >= MIN_MARKED_LINES && new Set(aligned.map((m) => m.target)).size >= MIN_MARKED_LABELS) learned.push(...aligned);
  }
  if (learned.length === 0) return [...lines];
  const unmarked = new Map(learned.map((m) => [m.line, m.label]));
  const loneMark = (line: PlacedLine): boolean =>
    readByOcr([line]) && learned.some((m) => m.mark === normaliseCharacters(line.line.text).trim() && sameEdge(line, m.line));
  return lines
    .filter((line) => !loneMark(line))
    .map((line, index) => {
      const label = unmarked.get(line);
      return { ...line, line: label === undefined ? line.line : { ...line.line, text: label }, index };
    });
}

import { normaliseCharacters } from '../normalise/normalise-text.ts';
import { labelMatches, readByOcr } from './find-labels.ts';
import type { LabelSpec } from './profile.ts';
import type { PlacedLine } from './record-lines.ts';

/** Fewest lines, and fewest different labels, that make a character the document's misread mark. */
const MIN_MARKED_LINES = 3;
const MIN_MARKED_LABELS = 2;

const HAN = /\p{Script=Han}/u;
/** A mark's first character that is no letter, kana, kanji or number. */
const SYMBOL = /^[^\p{L}\p{N}]/u;
const NUMBER = /\p{N}/u;

interface MarkedLine {
  line: PlacedLine;
  mark: string;
  label: string;
  target: string;
}

/** Most characters OCR reads one heading mark as (◆ as 「る$」, 「るる」, 「金」). */
const MAX_MARK_CHARS = 2;

/**
 * An OCR'd line that is a mark read as a character or two and a label read exactly, alone: one
 * character of any kind (「る分野」, 「金概要」), or two whose first is no kanji (「る$概要」, 「る金予算」;
 * two kanji are a word: 「事業概要」).
 */
function markedLabel(line: PlacedLine, labels: readonly LabelSpec[]): MarkedLine | undefined {
  if (!readByOcr([line])) return undefined;
  const chars = [...normaliseCharacters(line.line.text).replace(/\s+/gu, '')];
  // A kanji opening a label is the label's own (事業目的), and a number a value's (「①予算」, a category): no marks.
  const ownKanji = HAN.test(chars[0] ?? '') && labels.some((s) => labelMatches(s, chars.join('')));
  // Two characters first: 「「,総合戦略該当箇所」 is a mark and a label, not 「 and 「,総合戦略該当箇所」.
  for (let size = MAX_MARK_CHARS; size >= 1; size--) {
    const [mark, label] = [chars.slice(0, size).join(''), chars.slice(size).join('')];
    if ([...label].length < 2 || ownKanji || (size === 2 && HAN.test(chars[0]!)) || NUMBER.test(mark)) continue;
    const spec = labels.find((s) => labelMatches(s, label));
    if (spec !== undefined) return { line, mark, label, target: JSON.stringify(spec.target) };
  }
  return undefined;
}

/** Whether two lines open at the same left edge, within a character (the line's height). */
const sameEdge = (a: PlacedLine, b: PlacedLine): boolean => Math.abs(a.line.bbox[0] - b.line.bbox[0]) <= b.line.bbox[3] - b.line.bbox[1];

/**
 * A scan's heading mark that OCR read as a character or two (◆ as 「る」, 「る$」, 「金」; ■ as 「@」) before
 * every label: learned from the document, where such marks open three lines or more, each a label
 * alone, of two labels or more (or of one, where the mark is read as two characters on each), at
 * one left edge. Those lines are read without it, so a short label (「る分野」, 「る担当」) is found as
 * a long one is (or where the marks at one edge all open with one symbol: 「「_」, 「「」); a line of the character alone at that edge (a mark whose label OCR lost) is dropped
 * rather than read into the value above it. A character before one label only, or at scattered
 * edges, is the text's own (「の概要」 closing a sentence).
 */
export function withoutMisreadMarks(lines: readonly PlacedLine[], labels: readonly LabelSpec[]): PlacedLine[] {
  const marked = lines.map((line) => markedLabel(line, labels)).filter((m): m is MarkedLine => m !== undefined);
  // OCR reads one mark differently from line to line (「る$」, 「$」, 「金」): the lines at one edge count together.
  // A mark read as two characters on each (◆ as 「いい」, 「いぶ」) is no word's end, though it opens one label only.
  const learned = marked.filter((m) => {
    const aligned = marked.filter((other) => sameEdge(other.line, m.line));
    const twoCharacters = aligned.every((other) => [...other.mark].length === MAX_MARK_CHARS);
    // Or as one symbol with a speck or without (■ as 「「_」 and 「「」): a symbol opening each, no letter a word opens with.
    const oneSymbol = new Set(aligned.map((other) => [...other.mark][0])).size === 1 && SYMBOL.test(m.mark);
    return aligned.length >= MIN_MARKED_LINES && (twoCharacters || oneSymbol || new Set(aligned.map((other) => other.target)).size >= MIN_MARKED_LABELS);
  });
  if (learned.length === 0) return [...lines];
  const unmarked = new Map(learned.map((m) => [m.line, m.label]));
  const loneMark = (line: PlacedLine): boolean => {
    const text = normaliseCharacters(line.line.text).trim();
    return readByOcr([line]) && text !== '' && learned.some((m) => m.mark.startsWith(text) && sameEdge(line, m.line));
  };
  return lines
    .filter((line) => !loneMark(line))
    .map((line, index) => {
      const label = unmarked.get(line);
      // Read with a mark of its own, so that no line above it is read as its first (a value over 「総合戦略該当箇所」).
      return { ...line, line: label === undefined ? line.line : { ...line.line, text: `■${label}` }, index };
    });
}

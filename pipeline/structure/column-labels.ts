import { normaliseCharacters } from '../normalise/normalise-text.ts';
import { glossUnder, labelMatches, type LabelHit } from './find-labels.ts';
import type { LabelSpec } from './profile.ts';
import type { PlacedLine } from './record-lines.ts';

/** Longest text of a label the vocabulary lacks (関連計画, 関連のKPI, 実施主体等). */
const MAX_UNKNOWN_LABEL_CHARS = 12;
/** Points two labels of one column may differ by at their left edge or centre. */
const ALIGN = 3;
/** Known labels of a column it takes to say that a line in the same column is a label too. */
const COLUMN_LABELS = 2;

/** A label the vocabulary lacks: its value becomes a section under its printed name, never the value of the label above. */
const UNKNOWN: LabelSpec = { target: { kind: 'section', key: '' }, variants: [] };

/** Sentences, numbers, list items and numbered values (「③その他」 under a 施策分類 header): never a label. */
const NOT_A_LABEL = /[。、]$|^[\d\s.,()（）-]+$|^[①-⑳・•●○◆■※\d(（]/u;

const text = (line: PlacedLine): string => normaliseCharacters(line.line.text).trim();
const centreY = (line: PlacedLine): number => (line.line.bbox[1] + line.line.bbox[3]) / 2;
const centreX = (line: PlacedLine): number => (line.line.bbox[0] + line.line.bbox[2]) / 2;

/** The lines printed on a line's row to its right, on its page. */
function beside(lines: readonly PlacedLine[], line: PlacedLine): PlacedLine[] {
  const half = (line.line.bbox[3] - line.line.bbox[1]) / 2;
  return lines.filter((other) => other.page === line.page && other !== line && Math.abs(centreY(other) - centreY(line)) < half && other.line.bbox[0] >= line.line.bbox[2] - ALIGN);
}

/** Whether a line is the first row under a header row's label (its value), not a label of a column. */
function underHeader(hits: readonly LabelHit[], line: PlacedLine): boolean {
  const size = line.line.font_size;
  return hits.some((hit) => {
    const [x0, , x1, y1] = hit.bbox;
    const gap = line.line.bbox[1] - y1;
    const row = hits.filter((other) => other.page === hit.page && Math.abs(other.bbox[1] - hit.bbox[1]) < size / 2);
    return hit.page === line.page && row.length >= 2 && gap >= 0 && gap < 2.5 * size && Math.min(x1, line.line.bbox[2]) > Math.max(x0, line.line.bbox[0]);
  });
}

/**
 * Labels the vocabulary lacks, found by where they are printed: a short line in a column of known
 * labels (left edges or centres aligned), with its value beside it as theirs are; or a 「label：value」
 * line at the left edge of known inline labels. Each becomes a label of its own, so that its value
 * is kept under its printed name instead of running into the value of the label above it.
 */
export function columnLabels(lines: readonly PlacedLine[], hits: readonly LabelHit[], vocabulary: readonly LabelSpec[]): LabelHit[] {
  const known = new Set(hits.flatMap((hit) => Array.from({ length: hit.last - hit.first + 1 }, (_, k) => hit.first + k)));
  const columnHits = hits.filter((hit) => hit.inlineValue === null && hit.first === hit.last && beside(lines, lines[hit.first]!).length > 0);
  const found: LabelHit[] = [];
  for (const [i, line] of lines.entries()) {
    const printed = text(line);
    const chars = [...printed.replace(/\s/gu, '')].length;
    if (known.has(i) || chars < 2 || chars > MAX_UNKNOWN_LABEL_CHARS || NOT_A_LABEL.test(printed) || underHeader(hits, line) || hits.some((hit) => glossUnder(hit, line))) continue;
    const column = columnHits.filter((hit) => {
      const label = lines[hit.first]!;
      return label.page === line.page && (Math.abs(label.line.bbox[0] - line.line.bbox[0]) <= ALIGN || Math.abs(centreX(label) - centreX(line)) <= ALIGN);
    });
    if (column.length < COLUMN_LABELS || beside(lines, line).length === 0) continue;
    // The values beside a column's labels start where the column's values start: not inside the
    // column, nor in a column further right (a wrapped line's neighbour in the next column of text).
    const valueX = Math.min(...column.map((hit) => Math.min(...beside(lines, lines[hit.first]!).map((v) => v.line.bbox[0]))));
    if (Math.abs(Math.min(...beside(lines, line).map((v) => v.line.bbox[0])) - valueX) > 3 * ALIGN) continue;
    found.push({ spec: UNKNOWN, first: i, last: i, page: line.page, bbox: line.line.bbox, label: printed, inlineValue: null, key: printed.replace(/\s/gu, '') });
  }
  return [...found, ...inlineLabels(lines, hits, known, vocabulary)];
}

/** 「総合戦略の関連箇所：横2-1-(1)」: a label the vocabulary lacks, its value after a colon on its line. */
const INLINE = /^(?<label>[^\s:：、。]{2,12})[:：]\s*(?<value>\S.*)$/u;
/** A colon inside brackets parts no label from its value: 「総務省移動通信課(電話:03-5253-5894)」 is an office. */
const opensBracket = (label: string): boolean => (label.match(/[(（]/gu)?.length ?? 0) > (label.match(/[)）]/gu)?.length ?? 0);

/**
 * Labels the vocabulary lacks printed inline, 「label：value」, at the left edge of known labels of
 * the same page (「分野：…」 above it, 「予算額：」 below): each a label of its own, not more of the value above.
 * A label the vocabulary has but takes only alone (「令和5年度補正予算額」) is its own there, among its
 * fellows: 「令和5年度補正予算額：25.6億円」 in a column of 「目的：…」 lines is a budget line, wherever it stands.
 */
function inlineLabels(lines: readonly PlacedLine[], hits: readonly LabelHit[], known: ReadonlySet<number>, vocabulary: readonly LabelSpec[]): LabelHit[] {
  const inline = hits.filter((hit) => hit.first === hit.last);
  const found: LabelHit[] = [];
  for (const [i, line] of lines.entries()) {
    const parts = INLINE.exec(text(line))?.groups;
    if (known.has(i) || parts === undefined || NOT_A_LABEL.test(parts.label!) || opensBracket(parts.label!)) continue;
    const aligned = inline.filter((hit) => hit.page === line.page && Math.abs(hit.bbox[0] - line.line.bbox[0]) <= ALIGN);
    if (aligned.length < COLUMN_LABELS) continue;
    const spec = vocabulary.find((candidate) => labelMatches(candidate, parts.label!));
    found.push({ spec: spec ?? UNKNOWN, first: i, last: i, page: line.page, bbox: line.line.bbox, label: parts.label!, inlineValue: parts.value!, key: spec === undefined ? parts.label! : null });
  }
  return found;
}

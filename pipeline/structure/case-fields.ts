import type { CaseField } from '../../schemas/types.ts';
import { labelMatches } from './find-labels.ts';
import { joinRun } from './join-text.ts';
import type { LabelSpec } from './profile.ts';
import { bottom, left, lineText as text, top } from './line-geometry.ts';
import type { PlacedLine } from './record-lines.ts';

/** Horizontal slack when comparing left edges (pt): glyph boxes of one column differ by a fraction of a point. */
const EDGE = 2;
/** Most vertical gap between two lines of one box, in line heights (items are spaced wider than wrapped lines). */
const BOX_GAP = 1.5;

const byPosition = (a: PlacedLine, b: PlacedLine): number => top(a) - top(b) || left(a) - left(b);

/** Whether `below` follows `above` within one box: close under it. */
const closeUnder = (above: PlacedLine, below: PlacedLine): boolean =>
  top(below) - bottom(above) >= -1 && top(below) - bottom(above) <= BOX_GAP * above.line.font_size;

/** The canonical heading of a printed label: the profile's spelling when it knows the label, else the label itself. */
function labelKey(printed: string, labels: readonly LabelSpec[]): string {
  const spec = labels.find((s) => s.target.kind === 'section' && labelMatches(s, printed));
  return spec?.target.kind === 'section' ? spec.target.key : printed.replace(/\s+/gu, '');
}

/**
 * A field box's label: an unmarked line with the box's first marked item close under it, on the
 * same left edge. Labels are found by what follows them, so boxes the profile does not name
 * (「需要に応じたサービス」) are read too.
 */
function findBoxLabels(lines: readonly PlacedLine[], itemMark: RegExp): PlacedLine[] {
  return lines.filter(
    (label) =>
      !itemMark.test(text(label)) &&
      lines.some((item) => item !== label && itemMark.test(text(item)) && Math.abs(left(item) - left(label)) <= EDGE && closeUnder(label, item)),
  );
}

/**
 * The lines of a label's box: from under the label, within its column (up to the next label to its
 * right on the same row), marked items on the label's edge and the indented lines that continue
 * them, as long as each is close under the one before.
 */
function boxLines(label: PlacedLine, labels: readonly PlacedLine[], lines: readonly PlacedLine[], itemMark: RegExp): PlacedLine[] {
  const rowMates = labels.filter((other) => left(other) > left(label) + EDGE && Math.abs(top(other) - top(label)) < label.line.font_size);
  const right = Math.min(...rowMates.map((other) => left(other) - EDGE));
  const column = lines
    .filter((l) => l !== label && top(l) >= bottom(label) - 1 && left(l) >= left(label) - EDGE && left(l) < right)
    .sort(byPosition);
  const box: PlacedLine[] = [];
  let previous = label;
  for (const line of column) {
    const item = itemMark.test(text(line)) && Math.abs(left(line) - left(label)) <= EDGE;
    const continued = box.length > 0 && !item && left(line) > left(label) + EDGE;
    if (labels.includes(line) || !(item || continued) || !closeUnder(previous, line)) break;
    box.push(line);
    previous = line;
  }
  return box;
}

/** A box's text: one item per marked line (mark dropped), wrapped lines joined, items separated by newlines. */
function boxText(lines: readonly PlacedLine[], itemMark: RegExp): string {
  const items: string[][] = [];
  for (const line of lines) {
    const own = text(line);
    if (itemMark.test(own) || items.length === 0) items.push([own.replace(itemMark, '')]);
    else items.at(-1)!.push(own);
  }
  return items.map((item) => joinRun(item)).join('\n');
}

/**
 * Reads a case's field boxes from its lines (one page's share of the case): each label with the
 * items of its box, in the order printed (by row, then left to right). A label met twice keeps its first box.
 */
export function readCaseFields(lines: readonly PlacedLine[], labels: readonly LabelSpec[], itemMark: RegExp): { fields: CaseField[]; repeated: string[] } {
  const found = findBoxLabels(lines, itemMark).sort(byPosition);
  const fields: CaseField[] = [];
  const repeated: string[] = [];
  for (const label of found) {
    const box = boxLines(label, found, lines, itemMark);
    const key = labelKey(text(label), labels);
    if (fields.some((f) => f.label === key)) {
      repeated.push(key);
      continue;
    }
    fields.push({ label: key, label_raw: label.line.text.trim(), text: boxText(box, itemMark), raw: box.map((l) => l.line.text).join('\n') });
  }
  return { fields, repeated };
}

/**
 * Where a document prints the field labels of a vocabulary, and how many records that promises:
 * each record prints its block of labels once.
 */
import { normaliseCharacters } from '../normalise/normalise-text.ts';
import { isAnyLabel, labelHead, labelMatches, readByOcr, stacked } from './find-labels.ts';
import { targetKey, type LabelSpec } from './profile.ts';
import type { PlacedLine } from './record-lines.ts';

const text = (line: PlacedLine): string => normaliseCharacters(line.line.text).trim();

/**
 * Where each field label of `labels` is printed, or with `names` the name labels alone (apart:
 * a page of names is a contents page): the pages of its lines, one entry a line.
 */
export function labelOccurrences(lines: readonly PlacedLine[], labels: readonly LabelSpec[], { names = false } = {}): Map<string, number[]> {
  return new Map([...labelLines(lines, labels, { names })].map(([key, at]) => [key, at.map((i) => lines[i]!.page)]));
}

/** As `labelOccurrences`, the positions of the label lines among `lines`. */
export function labelLines(lines: readonly PlacedLine[], labels: readonly LabelSpec[], { names = false } = {}): Map<string, number[]> {
  const fields = labels.filter((spec) => names === (spec.target.kind === 'name'));
  const found = new Map<string, number[]>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const value = text(line);
    const head = labelHead(value, { brackets: true });
    const ocr = readByOcr([line]);
    // On a scan, a label OCR misread (了算 for 予算) as `fieldLabelTest` reads it, alone or at the head of its value.
    let spec = fields.find((s) => isAnyLabel(value, [s]) || (head !== undefined && isAnyLabel(head, [s])) || (ocr && (labelMatches(s, value, { ocr }) || (head !== undefined && labelMatches(s, head, { ocr, withValue: true })))));
    // A label wrapped in its narrow cell (令和5年度補 / 正予算額) is printed over two lines.
    const pair = lines.slice(i, i + 2);
    const at = i;
    if (spec === undefined && pair.length === 2 && stacked(pair)) {
      spec = fields.find((s) => labelMatches(s, pair.map(text).join(''), { wrapped: true }));
      if (spec !== undefined) i++;
    }
    if (spec === undefined) continue;
    const key = targetKey(spec.target);
    found.set(key, [...(found.get(key) ?? []), at]);
  }
  return found;
}

/**
 * The records a document's labels promise: how often its second most printed field label is
 * printed. Two labels must agree, so that one label printed per budget line or per list row does
 * not promise records on its own.
 */
export function promisedRecords(occurrences: ReadonlyMap<string, readonly number[]>): number {
  const counts = [...occurrences.values()].map((printed) => printed.length).sort((a, b) => b - a);
  return counts[1] ?? 0;
}

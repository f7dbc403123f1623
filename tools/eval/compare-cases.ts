import type { TruthCase } from '../../samples/make/truth.ts';
import type { CaseRecord } from '../../schemas/types.ts';
import { canonical, canonicalProse, fieldScores, type FieldScore } from './compare-policies.ts';

export interface CaseScores {
  expected: number;
  found: number;
  missing: string[];
  spurious: string[];
  /** Per field of the matched cases: title parts, and each field box by its label (`fields.<label>`). */
  fields: Record<string, FieldScore>;
}

/** The truth's field for the printed case number (事例1): the record holds it as `number`, not as a box. */
const NUMBER_FIELD = '事例';

/**
 * Compares extracted cases with the truth: cases matched by normalised title; per field, exact
 * agreement after normalisation. A box the record has and the truth lacks counts as a wrong field.
 */
export function compareCases(truth: readonly TruthCase[], cases: readonly CaseRecord[]): CaseScores {
  const byTitle = new Map(cases.map((c) => [canonical(c.title)!, c]));
  const { fields, score } = fieldScores();
  const missing: string[] = [];
  const matched = new Set<CaseRecord>();
  for (const expected of truth) {
    const record = byTitle.get(canonical(expected.title)!);
    if (record === undefined) {
      missing.push(expected.title);
      continue;
    }
    matched.add(record);
    score('pages', JSON.stringify(record.source.pages) === JSON.stringify(expected.pages));
    score('prefecture', record.prefecture === expected.prefecture);
    score('municipality', canonical(record.municipality) === canonical(expected.municipality));
    score('chapter', canonical(record.chapter) === canonical(expected.chapter));
    score('number', record.number === (expected.fields[NUMBER_FIELD] ?? null));
    const boxes = new Map(record.fields.map((f) => [canonical(f.label)!, f.text]));
    const labels = new Set([...Object.keys(expected.fields).filter((label) => label !== NUMBER_FIELD), ...record.fields.map((f) => f.label)].map((label) => canonical(label)!));
    const printed = new Map(Object.entries(expected.fields).map(([label, text]) => [canonical(label)!, text]));
    for (const label of labels) score(`fields.${label}`, canonicalProse(boxes.get(label) ?? null) === canonicalProse(printed.get(label) ?? null));
  }
  return {
    expected: truth.length,
    found: matched.size,
    missing,
    spurious: cases.filter((c) => !matched.has(c)).map((c) => c.title),
    fields,
  };
}

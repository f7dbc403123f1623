import type { TruthPolicy } from '../../samples/make/truth.ts';
import type { BudgetLine, PolicyRecord } from '../../schemas/types.ts';
import { normaliseCharacters } from '../../pipeline/normalise/normalise-text.ts';
import { editDistance } from '../../pipeline/normalise/edit-distance.ts';

/** Right / total for one field over all matched records. */
export interface FieldScore {
  right: number;
  total: number;
}

export interface PolicyScores {
  expected: number;
  found: number;
  missing: string[];
  spurious: string[];
  fields: Record<string, FieldScore>;
  budget: { truePositives: number; falsePositives: number; falseNegatives: number; precision: number; recall: number; f1: number };
}

/** Text compared as a reader would: normalised characters, whitespace runs as one space, trimmed. */
export const canonical = (text: string | null): string | null => (text === null ? null : normaliseCharacters(text).replace(/\s+/gu, ' ').trim());

/** Prose compared item by item: the truth files differ on whether a bullet mark (・ ✓ •) is part of the text. */
export const canonicalProse = (text: string | null): string | null =>
  text === null ? null : canonical(text.split('\n').map((item) => item.replace(/^\s*[・•✓✔]\s*/u, '')).join('\n'));

/** What makes two budget lines the same line for precision and recall. */
const budgetKey = (line: Pick<BudgetLine, 'fiscal_year' | 'stage' | 'supplementary_no' | 'amount_jpy' | 'part_of' | 'approximate' | 'new'>): string =>
  [line.fiscal_year, line.stage, line.supplementary_no, line.amount_jpy, line.part_of, line.approximate, line.new].join('|');

/** Per-field tallies, and the function that scores one field of one matched record. */
export function fieldScores(): { fields: Record<string, FieldScore>; score: (field: string, right: boolean) => void } {
  const fields: Record<string, FieldScore> = {};
  const score = (field: string, right: boolean): void => {
    const entry = (fields[field] ??= { right: 0, total: 0 });
    entry.total++;
    if (right) entry.right++;
  };
  return { fields, score };
}

/** How alike two names must be (1 - edits / length) for a misread name to still be its record: one character in ten. */
const NAME_SIMILARITY = 0.9;

const similarity = (a: string, b: string): number => 1 - editDistance(a, b) / Math.max(Array.from(a).length, Array.from(b).length, 1);

/**
 * Each truth record's extracted record: the one of the same normalised name, else the most alike
 * name left over at `NAME_SIMILARITY` or more (OCR misread a character of it: 周波数淀 for 周波数帯),
 * so that a record found with a misread name counts as found and its `name` field as wrong.
 */
function pairByName(truth: readonly TruthPolicy[], records: readonly PolicyRecord[]): Map<TruthPolicy, PolicyRecord> {
  const pairs = new Map<TruthPolicy, PolicyRecord>();
  const free = new Set(records);
  const byName = new Map(records.map((r) => [canonical(r.name)!, r]));
  for (const expected of truth) {
    const record = byName.get(canonical(expected.name)!);
    if (record !== undefined && free.delete(record)) pairs.set(expected, record);
  }
  for (const expected of truth.filter((t) => !pairs.has(t))) {
    const name = canonical(expected.name)!;
    const ranked = [...free].map((record) => ({ record, score: similarity(name, canonical(record.name)!) })).sort((a, b) => b.score - a.score);
    const best = ranked[0];
    if (best !== undefined && best.score >= NAME_SIMILARITY) {
      pairs.set(expected, best.record);
      free.delete(best.record);
    }
  }
  return pairs;
}

/**
 * Compares extracted policy records with the truth: records matched by normalised name (see `pairByName`); per field,
 * exact agreement after normalisation; budget lines as multisets (precision, recall, F1).
 * `sectionKey` maps a truth section's printed heading to the canonical key the profile uses.
 */
export interface CompareOptions {
  /** The truth lists some records only: the others are not spurious. */
  partial?: boolean;
  /** Names of records whose sections the truth does not give. */
  sectionsNotTranscribed?: readonly string[];
}

export function comparePolicies(truth: readonly TruthPolicy[], records: readonly PolicyRecord[], sectionKey: (printed: string) => string, options: CompareOptions = {}): PolicyScores {
  const untranscribed = new Set((options.sectionsNotTranscribed ?? []).map((name) => canonical(name)));
  const pairs = pairByName(truth, records);
  const { fields, score } = fieldScores();
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const missing: string[] = [];
  const matched = new Set<PolicyRecord>();

  for (const expected of truth) {
    const record = pairs.get(expected);
    if (record === undefined) {
      missing.push(expected.name);
      falseNegatives += expected.budget.length;
      continue;
    }
    matched.add(record);
    score('name', canonical(record.name) === canonical(expected.name));
    score('pages', JSON.stringify(record.source.pages) === JSON.stringify(expected.pages));
    score('number', canonical(record.number) === canonical(expected.number));
    score('category', canonical(record.category) === canonical(expected.category));
    score('field', canonical(record.field) === canonical(expected.field));
    score('strategy_refs', JSON.stringify(record.strategy_refs.map(canonical)) === JSON.stringify(expected.strategy_refs.map(canonical)));
    const offices = (list: { name: string; phones: string[]; emails: string[] }[]): string =>
      JSON.stringify(list.map((o) => [canonical(o.name)?.replace(/\s/gu, ''), [...o.phones].sort(), [...o.emails].sort()]));
    score('offices', offices(record.offices) === offices(expected.offices));
    for (const [printed, text] of untranscribed.has(canonical(expected.name)) ? [] : Object.entries(expected.sections)) {
      score(`sections.${sectionKey(printed)}`, canonicalProse(record.sections[sectionKey(printed)] ?? null) === canonicalProse(text));
    }
    const remaining = new Map<string, number>();
    for (const line of expected.budget) remaining.set(budgetKey(line), (remaining.get(budgetKey(line)) ?? 0) + 1);
    for (const line of record.budget) {
      const left = remaining.get(budgetKey(line)) ?? 0;
      if (left > 0) {
        truePositives++;
        remaining.set(budgetKey(line), left - 1);
      } else falsePositives++;
    }
    falseNegatives += [...remaining.values()].reduce((a, b) => a + b, 0);
    score('budget', JSON.stringify(record.budget.map(budgetKey).sort()) === JSON.stringify(expected.budget.map(budgetKey).sort()));
  }
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  return {
    expected: truth.length,
    found: matched.size,
    missing,
    spurious: options.partial === true ? [] : records.filter((r) => !matched.has(r)).map((r) => r.name),
    fields,
    budget: { truePositives, falsePositives, falseNegatives, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) },
  };
}

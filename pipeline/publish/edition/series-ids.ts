import { createHash } from 'node:crypto';
import type { IdMatch, PolicyRecord, SeriesIds, SeriesPolicy } from '../../../schemas/types.ts';
import { bestKeyMatch, matchKeys, normaliseName, officeKeys, officeRelation, policyKeys, type KeyMatch } from './match-names.ts';

/** The similarity at which two names alone are taken for one policy (a diff marks weaker renames for review). */
export const MIN_NAME_SCORE = 0.5;

/** How close a record must be to a known policy to take its id. */
export interface MatchOptions {
  /** Name-to-name similarity needed when the offices are the same, related or not printed. @defaultValue `MIN_NAME_SCORE` (0.5) */
  minNameScore?: number;
  /** Similarity needed when a budget item's name is involved (重点施策 items). @defaultValue 0.6 */
  minItemScore?: number;
  /** Similarity needed when both sides print offices and they share nothing. @defaultValue 0.8 */
  minScoreOtherOffice?: number;
  /** Similarity enough when both print the same division (a successor programme of one office). @defaultValue 0.3 */
  minScoreSameOffice?: number;
}

/** Identifies one edition within its series: `<dataset>/<YYYY-MM-DD>`. */
export const editionKey = (dataset: string, date: string): string => `${dataset}/${date}`;
const keyDate = (key: string): string => key.slice(key.lastIndexOf('/') + 1);
const byDateThenKey = (a: string, b: string): number => keyDate(a).localeCompare(keyDate(b)) || a.localeCompare(b);

export const emptySeriesIds = (series: string): SeriesIds => ({ schema_version: '1.0.0', series, policies: [], editions: [] });

/** A new series id: the series and a hash of the normalised name it first had, suffixed on a clash. */
function newId(series: string, name: string, taken: ReadonlySet<string>): string {
  const base = `${series}-${createHash('sha256').update(normaliseName(name)).digest('hex').slice(0, 10)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

interface Candidate {
  record: number;
  policy: SeriesPolicy;
  match: KeyMatch;
  /** The latest edition before this one that printed the policy ('' if none): nearer editions win ties. */
  recency: string;
}

function accepted(match: KeyMatch, relation: ReturnType<typeof officeRelation>, options: Required<MatchOptions>): boolean {
  if (match.score === 1) return true;
  if (relation === 'different') return match.score >= options.minScoreOtherOffice;
  if (relation === 'same' && match.score >= options.minScoreSameOffice) return true;
  return match.score >= (match.via === 'name' ? options.minNameScore : options.minItemScore);
}

function matchKind(match: KeyMatch): IdMatch['match'] {
  if (match.via === 'budget-item') return 'budget-item';
  return match.score === 1 ? 'same-name' : 'similar-name';
}

/** Adds what an edition showed of a policy to the registry's entry (keys, offices, editions; the name of its latest edition). */
function remember(policy: SeriesPolicy, record: PolicyRecord, key: string): void {
  const latest = policy.editions.length === 0 || byDateThenKey(key, policy.editions.at(-1)!) >= 0;
  if (latest) policy.name = record.name;
  for (const matchKey of matchKeys(record)) {
    if (!policy.keys.some((k) => k.kind === matchKey.kind && normaliseName(k.text) === normaliseName(matchKey.text))) policy.keys.push(matchKey);
  }
  policy.offices = [...new Set([...policy.offices, ...officeKeys(record)])].sort();
  if (!policy.editions.includes(key)) policy.editions = [...policy.editions, key].sort(byDateThenKey);
}

/**
 * Gives each record of an edition its series id. A record this edition already had (same source id)
 * keeps its id, so ids never drift; any other record takes the id of the known policy it is closest
 * to (same normalised name; else a close name or budget item, with compatible offices), best pairs
 * first; the rest get new ids. Pure: returns the updated registry and one match per record, in order.
 */
export function assignSeriesIds(
  registry: SeriesIds,
  key: string,
  records: readonly PolicyRecord[],
  options: MatchOptions = {},
): { registry: SeriesIds; matches: IdMatch[] } {
  const { minNameScore = MIN_NAME_SCORE, minItemScore = 0.6, minScoreOtherOffice = 0.8, minScoreSameOffice = 0.3 } = options;
  const settings = { minNameScore, minItemScore, minScoreOtherOffice, minScoreSameOffice };
  const next = structuredClone(registry);
  const policies = new Map(next.policies.map((p) => [p.id, p]));
  const known = new Map(next.editions.find((e) => e.key === key)?.assignments.map((a) => [a.source_id, a]) ?? []);
  const matches: (IdMatch | undefined)[] = records.map((record) => {
    const previous = known.get(record.id);
    return previous !== undefined && policies.has(previous.id) ? previous : undefined;
  });
  const claimed = new Set(matches.flatMap((m) => (m === undefined ? [] : [m.id])));

  const candidates: Candidate[] = [];
  const date = keyDate(key);
  for (const policy of policies.values()) {
    if (claimed.has(policy.id)) continue;
    const recency = policy.editions.filter((e) => e !== key && keyDate(e) <= date).sort(byDateThenKey).at(-1) ?? '';
    records.forEach((record, index) => {
      if (matches[index] !== undefined) return;
      const match = bestKeyMatch(policyKeys(policy), matchKeys(record));
      if (accepted(match, officeRelation(policy.offices, officeKeys(record)), settings)) candidates.push({ record: index, policy, match, recency });
    });
  }
  candidates.sort(
    (a, b) =>
      b.match.score - a.match.score ||
      Number(b.match.via === 'name') - Number(a.match.via === 'name') ||
      b.recency.localeCompare(a.recency) ||
      a.record - b.record ||
      a.policy.id.localeCompare(b.policy.id),
  );
  for (const candidate of candidates) {
    if (matches[candidate.record] !== undefined || claimed.has(candidate.policy.id)) continue;
    claimed.add(candidate.policy.id);
    matches[candidate.record] = {
      id: candidate.policy.id,
      source_id: records[candidate.record]!.id,
      match: matchKind(candidate.match),
      score: candidate.match.score,
      matched_name: candidate.match.fromText,
      matched_edition: candidate.recency === '' ? (candidate.policy.editions[0] ?? null) : candidate.recency,
    };
  }

  const taken = new Set(policies.keys());
  const result = records.map((record, index): IdMatch => {
    const match = matches[index];
    if (match !== undefined) return match;
    const id = newId(next.series, record.name, taken);
    taken.add(id);
    policies.set(id, { id, name: record.name, keys: [], offices: [], editions: [] });
    return { id, source_id: record.id, match: 'new', score: null, matched_name: null, matched_edition: null };
  });
  records.forEach((record, index) => remember(policies.get(result[index]!.id)!, record, key));

  const assignments = new Map(known);
  for (const match of result) assignments.set(match.source_id, match);
  next.policies = [...policies.values()].sort((a, b) => a.id.localeCompare(b.id));
  next.editions = [
    ...next.editions.filter((e) => e.key !== key),
    { key, assignments: [...assignments.values()].sort((a, b) => a.source_id.localeCompare(b.source_id)) },
  ].sort((a, b) => byDateThenKey(a.key, b.key));
  return { registry: next, matches: result };
}

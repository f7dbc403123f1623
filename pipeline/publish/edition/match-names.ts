import type { PolicyRecord, SeriesPolicy } from '../../../schemas/types.ts';
import { normaliseCharacters } from '../../normalise/normalise-text.ts';

/** A string a policy is matched on: its name, or the name of a budget item printed under it (重点施策). */
export interface MatchKey {
  kind: 'name' | 'budget-item';
  text: string;
}

/** How the offices of two records relate. */
export type OfficeRelation = 'same' | 'related' | 'unknown' | 'different';

/** The best pair of keys of two records and its similarity. */
export interface KeyMatch {
  score: number;
  /** `name` when both keys are names; `budget-item` when either is a budget item. */
  via: 'name' | 'budget-item';
  /** The key of the earlier record that matched (as printed, normalised characters). */
  fromText: string;
}

const PUNCTUATION = /[\s・、。,，.:：;；「」『』()（）［］[\]〈〉<>【】"'“”‘’〜~\-‐－―—]/gu;

/** A name reduced for comparison: normalised characters, no spaces or punctuation, Latin letters in lower case. */
export const normaliseName = (name: string): string => normaliseCharacters(name).replace(PUNCTUATION, '').toLowerCase();

function bigrams(text: string): Map<string, number> {
  const chars = [...text];
  const grams = new Map<string, number>();
  if (chars.length === 1) grams.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i]! + chars[i + 1]!;
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient over the character bigrams (as multisets) of two normalised names, 0 to 1, rounded to 4 places. */
export function nameSimilarity(a: string, b: string): number {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (x === y) return 1;
  const gx = bigrams(x);
  const gy = bigrams(y);
  let common = 0;
  let total = 0;
  for (const [gram, count] of gx) {
    common += Math.min(count, gy.get(gram) ?? 0);
    total += count;
  }
  for (const count of gy.values()) total += count;
  return total === 0 ? 0 : Math.round((2 * common * 10_000) / total) / 10_000;
}

/** Budget figures printed after an item's name: 「個人番号カード交付事業費補助金 841.1億円(元年度 150.0億円)」. */
const ITEM_BEFORE_AMOUNT = /^(?<item>.+?)\s*(?:\d[\d,.]*\s*(?:兆|億|百万|千|万)?円|事項要求|産業投資)/u;
/** Lines that open with a year, a bracket or a note are figures or remarks, not item names. */
const NOT_AN_ITEM = /^(?:令和|平成|元年度|[(（※＊*]|\d)/u;
const MIN_ITEM_LENGTH = 4;

/** The names of the budget items printed with a record's figures (重点施策 lists them), without repeats or the record's own name. */
export function budgetItemNames(record: PolicyRecord): string[] {
  const own = normaliseName(record.name);
  const items: string[] = [];
  for (const line of record.budget) {
    const item = ITEM_BEFORE_AMOUNT.exec(normaliseCharacters(line.raw).trim())?.groups?.item?.trim();
    if (item === undefined || NOT_AN_ITEM.test(item) || [...item].length < MIN_ITEM_LENGTH) continue;
    if (normaliseName(item) === own || items.includes(item)) continue;
    items.push(item);
  }
  return items;
}

/** Every key of a record: its name first, then its budget items. */
export const matchKeys = (record: PolicyRecord): MatchKey[] => [
  { kind: 'name', text: record.name },
  ...budgetItemNames(record).map((text): MatchKey => ({ kind: 'budget-item', text })),
];

/** The best-scoring pair of keys (earlier record's keys first); on a tie, a name-to-name pair wins. */
export function bestKeyMatch(earlier: readonly MatchKey[], later: readonly MatchKey[]): KeyMatch {
  let best: KeyMatch = { score: 0, via: 'name', fromText: earlier[0]?.text ?? '' };
  for (const a of earlier) {
    for (const b of later) {
      const score = nameSimilarity(a.text, b.text);
      const via = a.kind === 'name' && b.kind === 'name' ? 'name' : 'budget-item';
      if (score > best.score || (score === best.score && via === 'name' && best.via !== 'name')) best = { score, via, fromText: a.text };
    }
  }
  return best;
}

/** A record's offices as comparison keys: `division:<課・室>` and `bureau:<局>` (normalised). */
export function officeKeys(record: PolicyRecord): string[] {
  const keys = new Set<string>();
  for (const office of record.offices) {
    if (office.division !== null) keys.add(`division:${normaliseName(office.division)}`);
    if (office.bureau !== null) keys.add(`bureau:${normaliseName(office.bureau)}`);
  }
  return [...keys].sort();
}

/** The units of a division: 「衛星・地域放送課地域放送推進室」 → 衛星地域放送課, 地域放送推進室. */
const units = (division: string): string[] => division.match(/.+?(?:課|室|部|所|センター)|.+$/gu) ?? [];

/**
 * same: a division in common (one may name the other's parent, 「総務省移動通信課」 / 「…移動通信課新世代…室」);
 * related: a 課 or 室 or a 局 in common; unknown: either side prints no office; different otherwise.
 */
export function officeRelation(a: readonly string[], b: readonly string[]): OfficeRelation {
  if (a.length === 0 || b.length === 0) return 'unknown';
  const divisions = (keys: readonly string[]): string[] => keys.filter((k) => k.startsWith('division:')).map((k) => k.slice(9));
  const [da, db] = [divisions(a), divisions(b)];
  if (da.some((x) => db.some((y) => x === y || x.endsWith(y) || y.endsWith(x) || x.startsWith(y) || y.startsWith(x)))) return 'same';
  const ua = new Set(da.flatMap(units));
  if (db.flatMap(units).some((u) => ua.has(u))) return 'related';
  if (a.some((k) => k.startsWith('bureau:') && b.includes(k))) return 'related';
  return 'different';
}

/** The keys a series remembers of a policy, as match keys. */
export const policyKeys = (policy: SeriesPolicy): MatchKey[] => policy.keys.map((key) => ({ kind: key.kind, text: key.text }));

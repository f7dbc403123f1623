/**
 * A particle opening a line: the line continues a sentence over it, since no sentence or name starts so
 * (「を支援」 wrapped under 「…活動等」). Not へ or も, which open names (へき地医療, ものづくり補助金).
 */
export const PARTICLE_OPENING = /^[のをにがはでと]/u;

/** A text ending in a Latin word, or in a bracket closed after one (「(AI)」, not 「(仮称)」). */
const ENDS_LATIN = /[A-Za-z0-9.,;:%][)）]*$/u;

/** A wrapped line a Latin word runs into with a space: a word, or a bracket opened on one (「(Society 5.0)」, not 「(パーソナル…)」, which Japanese text sets close). */
const STARTS_LATIN = /^\(?[A-Za-z0-9]/u;

/** A funding flow's arrow beside its bracket (「国 →（補助）→ 民間事業者等」), which the flow prints a space beside. */
const FLOW_ARROW_END = /[)）]\s?[→⇒]$/u;
const FLOW_ARROW_START = /^[→⇒]\s?[(（]/u;

/**
 * Joins a wrapped line to the text before it: no space between Japanese characters, one between Latin
 * words, and one where a funding flow wrapped at its arrow (the space the line's end took).
 */
export function joinWrapped(before: string, after: string): string {
  if (before === '') return after;
  const spaced = (ENDS_LATIN.test(before) && STARTS_LATIN.test(after)) || FLOW_ARROW_END.test(before) || FLOW_ARROW_START.test(after);
  return spaced ? `${before} ${after}` : `${before}${after}`;
}

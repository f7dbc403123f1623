/**
 * A particle opening a line: the line continues a sentence over it, since no sentence or name starts so
 * (「を支援」 wrapped under 「…活動等」). Not へ or も, which open names (へき地医療, ものづくり補助金).
 */
export const PARTICLE_OPENING = /^[のをにがはでと]/u;

const isLatin = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9.,;:%)]$/u.test(ch);

/** Joins a wrapped line to the text before it: no space between Japanese characters, one between Latin words. */
export function joinWrapped(before: string, after: string): string {
  if (before === '') return after;
  return isLatin(before.at(-1)) && /^[A-Za-z0-9(]/u.test(after) ? `${before} ${after}` : `${before}${after}`;
}

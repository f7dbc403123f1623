const isLatin = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9.,;:%)]$/u.test(ch);

/** Joins a wrapped line to the text before it: no space between Japanese characters, one between Latin words. */
export function joinWrapped(before: string, after: string): string {
  if (before === '') return after;
  return isLatin(before.at(-1)) && /^[A-Za-z0-9(]/u.test(after) ? `${before} ${after}` : `${before}${after}`;
}

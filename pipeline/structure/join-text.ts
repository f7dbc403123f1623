import { normaliseCharacters } from '../normalise/normalise-text.ts';

/** Marks that open a list item (removed from the item's text). */
const BULLET = /^\s*([✓✔・•◦○◯●■□◆◇▶▷➤➢]|[-‐]\s)\s*/u;
/** Items that keep their mark: notes (※), numbers (①, (a), 1)) and bracketed sub-headings (<実施要件>, 【実績】). */
const NUMBERED = /^\s*(※|[①-⑳㉑-㊿]|\([a-zA-Z0-9]{1,2}\)|（[a-zA-Z0-9]{1,2}）|[a-zA-Z0-9]{1,2}\)|[<〈＜‹【][^>〉＞›】]{1,30}[>〉＞›】])/u;

const isLatin = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9.,;:%)]$/u.test(ch);

/** Joins a wrapped line to the text before it: no space between Japanese characters, one between Latin words. */
export function joinWrapped(before: string, after: string): string {
  if (before === '') return after;
  return isLatin(before.at(-1)) && /^[A-Za-z0-9(]/u.test(after) ? `${before} ${after}` : `${before}${after}`;
}

export interface JoinedItems {
  items: string[];
}

/**
 * Joins printed lines into items: a bullet or a number opens an item, other lines continue the one
 * before. Text is normalised (NFKC and look-alikes); bullet marks are dropped, numbers kept.
 */
export function joinItems(lines: readonly string[]): string[] {
  const items: string[] = [];
  for (const raw of lines) {
    const text = normaliseCharacters(raw).trim();
    if (text === '') continue;
    const bullet = BULLET.exec(text);
    if (bullet !== null) items.push(text.slice(bullet[0].length).trim());
    else if (NUMBERED.test(text) || items.length === 0) items.push(text);
    else items[items.length - 1] = joinWrapped(items.at(-1)!, text);
  }
  return items.filter((item) => item !== '');
}

/** Joins lines as one run of text (a name, a field value): wraps joined, no items. */
export function joinRun(lines: readonly string[]): string {
  return lines.map((line) => normaliseCharacters(line).trim()).reduce(joinWrapped, '');
}

import type { Line } from '../../schemas/types.ts';
import { normaliseCharacters } from './normalise-text.ts';

/** The text a line's source gave (text layer or OCR), before normalisation. */
export const printedText = (line: Line): string => line.raw ?? line.text;

/**
 * A line as published: its text normalised once for search and for every later stage (NFKC,
 * radicals, symbol-font bullets: `normaliseCharacters`), the printed code points kept as `raw`
 * when they differ.
 */
export function searchableLine(line: Line): Line {
  const { text: _normalised, raw: _printed, ...placed } = line;
  const printed = printedText(line);
  const text = normaliseCharacters(printed);
  return text === printed ? { text, ...placed } : { text, raw: printed, ...placed };
}

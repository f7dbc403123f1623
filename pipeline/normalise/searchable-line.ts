import type { Line } from '../../schemas/types.ts';
import { normaliseCharacters, readPrivateUse } from './normalise-text.ts';

/** The text a line's source gave (text layer or OCR), before normalisation. */
const printedText = (line: Line): string => line.raw ?? line.text;

/**
 * A line as published: its text normalised for search (NFKC and radicals: `normaliseCharacters`,
 * the same the record stages read it with; symbol-font bullets and other private-use characters:
 * `readPrivateUse`), the printed code points kept as `raw` when they differ.
 */
export function searchableLine(line: Line): Line {
  const { text: _normalised, raw: _printed, ...placed } = line;
  const printed = printedText(line);
  const text = readPrivateUse(normaliseCharacters(printed));
  return text === printed ? { text, ...placed } : { text, raw: printed, ...placed };
}

import { RADICAL_SUPPLEMENT_EQUIVALENTS } from './radicals.ts';

/**
 * Characters NFKC would flatten although they carry meaning in ministry documents:
 * circled numbers number measures (①→1 would merge them with plain digits).
 */
const KEEP_AS_PRINTED = /[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]/u;

const radicalSupplement = /[\u2e80-\u2eff]/gu;

/**
 * The character-level normalisation of DESIGN.md: NFKC (which also maps Kangxi radicals
 * U+2F00–U+2FD5 to their kanji), radical-supplement look-alikes to kanji, `·` to `・`,
 * and `\_` unescaped. Line-wrap spaces are a separate, word-aware step.
 */
export function normaliseCharacters(raw: string): string {
  let text = '';
  for (const ch of raw) text += KEEP_AS_PRINTED.test(ch) ? ch : ch.normalize('NFKC');
  return text
    .replace(radicalSupplement, (ch) => RADICAL_SUPPLEMENT_EQUIVALENTS[ch] ?? ch)
    .replaceAll('\u00b7', '・')
    .replaceAll('\\_', '_');
}

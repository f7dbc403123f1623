import { RADICAL_SUPPLEMENT_EQUIVALENTS } from './radicals.ts';

/**
 * Characters NFKC would flatten although they carry meaning in ministry documents:
 * circled numbers number measures (①→1 would merge them with plain digits).
 */
const KEEP_AS_PRINTED = /[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]/u;

const radicalSupplement = /[\u2e80-\u2eff]/gu;

/**
 * Code points PDF printers write for a glyph they share with the intended character (the font maps
 * both to one glyph and the printer keeps the lower code point): seen from Chromium with IPAex fonts.
 */
const PRINTER_LOOK_ALIKES: Readonly<Record<string, string>> = {
  '\u2027': '・', // HYPHENATION POINT for KATAKANA MIDDLE DOT
  '\u0336': '—', // COMBINING LONG STROKE OVERLAY for EM DASH
  '\u00b7': '・', // MIDDLE DOT, which DESIGN.md asks to read as the katakana middle dot
  '\u6236': '戸', // 戶, the traditional form IPAex fonts share with 戸
};
const printerLookAlike = /[\u2027\u0336\u00b7\u6236]/gu;

/**
 * Bullets of symbol fonts, which PDF producers map into the private-use area at U+F000 plus the
 * font's own code (Word's Symbol bullet is U+F0B7; Wingdings' ● l is U+F06C, ■ n U+F06E): the
 * shape each one prints, as the Japanese list mark a reader types.
 */
const SYMBOL_FONT_BULLETS: Readonly<Record<string, string>> = {
  '\uf0b7': '・', // Symbol •
  '\uf06c': '・', // Wingdings ●
  '\uf09f': '・', // Wingdings • (small)
  '\uf0a1': '○', // Wingdings ○
  '\uf06d': '○', // Wingdings ❍
  '\uf06e': '■', // Wingdings ■
  '\uf0a7': '■', // Wingdings ▪
  '\uf06f': '□', // Wingdings □
  '\uf070': '□', // Wingdings ◻
  '\uf071': '□', // Wingdings ❑
  '\uf072': '□', // Wingdings ❒
  '\uf075': '◆', // Wingdings ◆
  '\uf076': '◆', // Wingdings ❖
  '\uf0d8': '▶', // Wingdings ➢
  '\uf0fc': '✓', // Wingdings ✓
};

/**
 * Any other private-use character is a glyph the font gave no meaning (a 外字 or an unlisted symbol):
 * 〓 (ゲタ), the mark Japanese typesetting prints for a character it cannot set, so a search neither
 * misses the gap nor matches a guess; `raw` keeps the code point.
 */
const privateUse = /\p{Co}/gu;
const UNKNOWN_CHARACTER = '〓';

/**
 * Private-use characters as a reader of the published text needs them: symbol-font bullets as the
 * marks they print, any other as 〓. Not part of `normaliseCharacters`: the record stages read a
 * private-use bullet as no list mark, and a 「・」 there moves a paragraph into the list above it
 * (経産省 R2 補正 PR: 成果目標 25 -> 24 of 32).
 */
export const readPrivateUse = (text: string): string => text.replace(privateUse, (ch) => SYMBOL_FONT_BULLETS[ch] ?? UNKNOWN_CHARACTER);

/** The wave dash has two code points for one JIS character (Windows maps it to U+FF5E): keep 〜, which NFKC leaves alone. */
const fullwidthTilde = /\uff5e/gu;

/** Texts already normalised: the record stages ask for the same line's text many times, and NFKC one code point at a time is slow. */
const memo = new Map<string, string>();
const MEMO_SIZE = 50_000;

/**
 * The character-level normalisation of DESIGN.md: NFKC (which also maps Kangxi radicals
 * U+2F00–U+2FD5 to their kanji), radical-supplement and printer look-alikes back to what was meant,
 * and `\_` unescaped. Line-wrap spaces are a separate, word-aware step.
 */
export function normaliseCharacters(raw: string): string {
  let normalised = memo.get(raw);
  if (normalised === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    normalised = normaliseUncached(raw);
    memo.set(raw, normalised);
  }
  return normalised;
}

function normaliseUncached(raw: string): string {
  let text = '';
  for (const ch of raw.replace(fullwidthTilde, '\u301c')) text += KEEP_AS_PRINTED.test(ch) ? ch : ch.normalize('NFKC');
  return text
    .replace(radicalSupplement, (ch) => RADICAL_SUPPLEMENT_EQUIVALENTS[ch] ?? ch)
    .replace(printerLookAlike, (ch) => PRINTER_LOOK_ALIKES[ch] ?? ch)
    .replaceAll('\\_', '_');
}

/** Tokens of a letter-spaced line: a character or two (「31」) between single spaces. */
const SPACED_TOKEN = /^\S{1,2}$/u;
/** Characters of a word printed unspaced on a letter-spaced line. */
const UNSPACED_WORD = 4;

/**
 * A line printed letter-spaced (均等割付: 「令 和 2 年 1 ⽉ 31 ⽇ に 世 界 保 健 機 関 （ WHO ）」) as it reads,
 * without the spaces between its characters; a space stays between two Latin words and around a
 * word printed unspaced among them. Other lines
 * are returned as they are: most of a letter-spaced line's tokens are one or two characters, and
 * most of them Japanese.
 */
export function closeLetterSpacing(text: string): string {
  const tokens = text.trim().split(/ +/u);
  if (tokens.length < 4) return text;
  const short = tokens.filter((token) => SPACED_TOKEN.test(token)).length;
  const japanese = tokens.filter((token) => /[^\x00-\x7f]/u.test(token)).length;
  if (short < 0.8 * tokens.length || japanese < 0.5 * tokens.length) return text;
  // A word printed unspaced among them (「補 正 予 算 額 25.6億円」) is set apart by its spaces: a label's value.
  const spaced = (joined: string, token: string): boolean => (/[A-Za-z0-9]$/u.test(joined) && /^[A-Za-z]/u.test(token)) || [...token].length >= UNSPACED_WORD;
  return tokens.reduce((joined, token, k) => (spaced(joined, token) || [...tokens[k - 1]!].length >= UNSPACED_WORD ? `${joined} ${token}` : joined + token));
}

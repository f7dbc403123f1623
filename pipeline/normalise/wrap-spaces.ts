/** A word as a morphological analyser reads it: its text and part of speech (IPADIC's 品詞 and 品詞細分類1). */
export interface WordToken {
  surface: string;
  pos: string;
  posDetail: string;
}

/** Splits Japanese text into words (kuromoji, loaded by `loadWordSplitter`): given to the stage, never loaded inside it. */
export type WordSplitter = (text: string) => readonly WordToken[];

export interface WrapSpaceOptions {
  /** Decides the doubtful spaces (between kanji and katakana); without it they are kept as printed. */
  words?: WordSplitter;
  /** Words the analyser's 2007 dictionary lacks: a space inside one is a wrap. @defaultValue `PROTECTED_WORDS` */
  protect?: readonly string[];
  /** Called for each doubtful space kept as printed because no `words` were given: the caller may load them and tidy again. */
  onUndecided?: () => void;
}

/** Newer than IPADIC (2007) or coined by the ministries: kuromoji splits them into pieces (令 / 和, デジ / 田). */
export const PROTECTED_WORDS: readonly string[] = ['令和', 'デジ田', 'デジタル田園都市', 'マイナポイント', 'マイナンバー', 'ローカル5G', 'テレワーク'];

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]/u;
/** A run of Japanese characters (and the digits and letters inside words such as ローカル5G) next to a space. */
const RUN_BEFORE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆0-9A-Za-z]{1,12}$/u;
const RUN_AFTER = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆0-9A-Za-z]{1,12}/u;
/** An item mark such as 「ア 事業主体」「イ 対象地域」: a lone katakana letter opening a line keeps its space. */
const ITEM_MARK = /(?:^|\n)[ア-ン]$/u;

function occurrences(text: string, word: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) found.push(at);
  return found;
}

/** Whether the space between `left` and `right` (runs of text around it) is a word break, by their words. */
function isWordBreak(left: string, right: string, { words, protect = PROTECTED_WORDS, onUndecided }: WrapSpaceOptions): boolean {
  const joined = left + right;
  const at = left.length;
  const touching = protect.flatMap((word) => occurrences(joined, word).map((start) => [start, start + word.length] as const));
  if (touching.some(([start, end]) => start < at && end > at)) return false;
  if (words === undefined) {
    onUndecided?.();
    return true;
  }
  let offset = 0;
  const tokens = words(joined).map((token) => {
    const start = offset;
    offset += token.surface.length;
    return { ...token, start, end: offset };
  });
  const protectedEdge = touching.some(([start, end]) => start === at || end === at);
  if (!protectedEdge && tokens.some((t) => t.start < at && t.end > at)) return false;
  const before = tokens.findLast((t) => t.end <= at);
  const after = tokens.find((t) => t.start >= at);
  // A suffix (等, 的, 額) or an auxiliary never opens a phrase; a prefix never ends one. A particle may follow
  // a space the page prints (「①操作方法 ②地図情報の配信 について」): lines are joined without one.
  if (after !== undefined && (after.posDetail === '接尾' || after.pos === '助動詞')) return false;
  return before?.pos !== '接頭詞';
}

/**
 * Removes the spaces a text layer leaves inside a word between Japanese characters (「ポイン ト」,
 * 「令 和」, 「地理 的」), keeping those between words as printed (「総務省 情報流通行政局」, 「山田 太郎」,
 * 「②地図情報の配信 について」): the words decide, next to hiragana too; a space next to Latin
 * letters, digits or punctuation stays. Expects normalised text.
 */
export function removeWrapSpaces(text: string, options: WrapSpaceOptions = {}): string {
  return text.replace(/ +/gu, (space, at: number) => {
    const before = text.slice(0, at);
    const after = text.slice(at + space.length);
    const left = before.at(-1);
    const right = after[0];
    if (left === undefined || right === undefined || !JAPANESE.test(left) || !JAPANESE.test(right) || ITEM_MARK.test(before)) return space;
    return isWordBreak(RUN_BEFORE.exec(before)?.[0] ?? left, RUN_AFTER.exec(after)?.[0] ?? right, options) ? space : '';
  });
}

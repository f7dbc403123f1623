import type { BBox } from '../../schemas/types.ts';
import { unionBox } from '../bbox.ts';
import { ERA_ONCE } from '../normalise/era-years.ts';
import { normaliseCharacters } from '../normalise/normalise-text.ts';
import { targetKey, type LabelSpec } from './profile.ts';
import type { PlacedLine } from './record-lines.ts';

/** A label found in a record: the lines it spans (a label may wrap inside a narrow cell) and its box. */
export interface LabelHit {
  spec: LabelSpec;
  /** Positions in the record's lines, first and last inclusive. */
  first: number;
  last: number;
  page: number;
  bbox: BBox;
  /** The label as printed (its lines joined), without the value on its line. */
  label: string;
  /** Text printed after the label on its own line (「目的 地域の…」), or null. */
  inlineValue: string | null;
  /** The heading a label names itself (a `key` group: 「◆ 民放ラジオの難聴解消支援」), for sections keyed by their heading. */
  key: string | null;
}

/** Most lines a wrapped label spans (総合戦 / 略該当 / 箇所; in a column two characters wide, 令和 / 5年 / 度補 / 正予 / 算案 / 額). */
export const MAX_LABEL_LINES = 6;

/**
 * Remembers the last results of a function of a line's text: labels are tried against every line,
 * each line against every label (a 600-page book is 30,000 lines).
 */
function memoised(f: (text: string) => string): (text: string) => string {
  const memo = new Map<string, string>();
  return (text) => {
    let value = memo.get(text);
    if (value === undefined) {
      if (memo.size >= 50_000) memo.clear();
      value = f(text);
      memo.set(text, value);
    }
    return value;
  };
}

const compact = memoised((text) => normaliseCharacters(text).replace(/\s+/gu, ''));

/** No label is longer (a 「…における位置づけ」 of the longest strategy name is about 35): a longer line is text. */
export const MAX_LABEL_CHARS = 40;

/**
 * Marks and brackets a label is printed with: 「■ 目的」, 「【目的】」, 「〈目的〉」, 「◆目的」, 「目的：」.
 * Not a list item's bullet (・, ○, -): 「・補助率：1/2」 is an item of the section it is in; nor a
 * parenthesis left open before a colon: 「（令和4年度補正：」 wraps a statement of a budget cell before its figure.
 */
const DECORATION = /^[■□◆◇●◎▼▽▶►◀★☆]*(?:[【〈<＜《[［「『〔]|\((?![^)]*:$))?(?<label>.+?)[】〉>＞》\]］」』)〕]?[:]?$/u;

const LIST_CIRCLE = /^\s*[○◯]\s*(?=\S)/u;

/** A heading's number (「①」, 「(1)」, 「1.」, 「1)」), before a section's label: 「① 施策の目的」 is 施策の目的. */
export const HEADING_NUMBER = /^(?:[①-⑳]|\(\d{1,2}\)|\d{1,2}[.)])\s*(?=[^\d\s.,])/u;

/** A letter-spaced label before its colon: 「予 算：…」 (a space between each character). */
const SPACED_HEAD = /^((?:\S ){1,5}\S)(?=:)/u;
const HEAD = /^(.{1,16}?)[:\s]/u;
/** As `HEAD`, or ending at a closing bracket: 「【目的】…」. */
const HEAD_OR_BRACKET = /^(.{1,16}?)(?:[:]|(?<=[】〉>＞》\]］])|(?<=^[【［[].*」)|\s)/u;

/**
 * The head of a (normalised) line that may be a label with its value after it: up to its colon or
 * first space (with `brackets`, or its closing bracket); a letter-spaced label whole.
 */
export function labelHead(value: string, { brackets = false } = {}): string | undefined {
  return (SPACED_HEAD.exec(value) ?? (brackets ? HEAD_OR_BRACKET : HEAD).exec(value))?.[1];
}

/** A line whose head is a letter-spaced label before its colon, the label read without its spaces (「施 策 名：…」 → 「施策名：…」). */
export function closeSpacedHead(value: string): string {
  const head = SPACED_HEAD.exec(value)?.[1];
  return head === undefined ? value : head.replace(/ /gu, '') + value.slice(head.length);
}

/** A line opening with a label's mark starts a label: a wrapped label's later lines never do. */
const MARKED = /^[■□◆◇●◎▼▽▶►◀★☆【〈＜《]/u;

/** A label's text without its decoration, as spellings are compared. */
export const bareLabel = memoised((text) => DECORATION.exec(compact(text))?.groups?.label ?? compact(text));

/**
 * A label printed at the head of a line with its value after it: 「目的：地域の…」, 「【目的】地域の…」,
 * 「■ 目的 地域の…」. The label's text and the value (empty when the value starts on the next line).
 */
/**
 * Dot leaders between a label and its value (「担当課 ……… 医療政策課」, normalised to dots): a label
 * with its value however it reads alone, 「令和6年度当初予算額 …… 48,620千円」 too.
 */
const LEADERS = /^(?<label>[^:.・]{1,16}?)\s*[.・･·‥]{3,}\s*(?<value>.*)$/u;
const LEADING_LABEL = [
  /^(?<label>[^:]{1,16}?)\s*:\s*(?<value>.*)$/u,
  LEADERS,
  // OCR may read the closing bracket as 」 (「[お問い合わせ先」農林水産…」).
  /^(?<label>[■□◆◇●○◎▼▽▶►★☆]?\s*[【〈<＜《[［][^】〉>＞》\]］」]{1,16}[】〉>＞》\]］」])\s*(?<value>.*)$/u,
];

/** A variant that holds the value too (a `value` group) matches whole lines only, never a label alone. */
const holdsValue = (variant: RegExp): boolean => variant.source.includes('?<value>');
/** A variant that names its own section (a `key` group) is a heading on one line, never wrapped. */
const namesItself = (variant: RegExp): boolean => variant.source.includes('?<key>');

/** The `key` a matching variant captures from the label's text, if it has one. */
function capturedKey(spec: LabelSpec, text: string): string | null {
  const candidate = compact(text);
  for (const variant of spec.variants) {
    const key = typeof variant === 'string' ? undefined : variant.exec(candidate)?.groups?.key;
    if (key !== undefined) return key;
  }
  return null;
}

/** An English word or two after a Japanese label, its gloss. */
const ENGLISH_GLOSS = /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー）)】〉>＞])\s*[A-Za-z][A-Za-z &/-]{1,30}$/u;
/** A line of an English gloss alone, printed under its label (「Purpose」 under 「目的」). */
export const GLOSS_LINE = /^[A-Za-z][A-Za-z &/-]{1,30}$/u;
/** Points a gloss's top may stand over its label's foot (boxes overlap by a little). */
const GLOSS_TOLERANCE = 1.5;

/**
 * A label's English gloss printed under it in its cell (「目的」 over 「Purpose」), read before or after
 * its value: no part of the value, and no label of its own.
 */
export function glossUnder(hit: LabelHit, line: PlacedLine): boolean {
  const [x0, , x1, y1] = hit.bbox;
  const box = line.line.bbox;
  return line.page === hit.page && GLOSS_LINE.test(line.line.text.trim()) && box[0] < x1 && box[2] > x0 && box[1] >= y1 - GLOSS_TOLERANCE && box[1] - y1 <= hit.bbox[3] - hit.bbox[1];
}

/** Brackets and colons, which OCR reads as one another (【予算) for 【予算】). */
const BRACKET_LIKE = /^[【】「」『』()[\]{}:;|]$/u;

/**
 * Kanji OCR reads for a label's own, each the misread's shape and no label's word with the other
 * character (了算 for 予算, 自的 for 目的, 慨要 for 概要, 坦当 for 担当): read → printed.
 */
const LOOKALIKES = new Map([['了', '予'], ['矛', '予'], ['自', '目'], ['慨', '概'], ['票', '要'], ['坦', '担']]);

/**
 * Whether OCR'd text reads as a label printed as `label`: any bracket or colon of the label read as
 * another, a kanji read as its lookalike (`LOOKALIKES`), and, in a label of three characters or
 * more besides those, one character misread (予算客 for 予算額), never as a bracket or colon (予算: is
 * a shorter label with its colon). Shorter labels (目的, 概要) must be read exactly else: one
 * misread character makes another word.
 */
export function readsAsLabel(read: string, label: string): boolean {
  const seen = [...read];
  const printed = [...label];
  if (Math.abs(seen.length - printed.length) === 1) return oneCharacterMore(seen, printed) || oneCharacterMore(printed, seen);
  if (seen.length !== printed.length) return false;
  let misread = 0;
  for (const [i, char] of printed.entries()) {
    if (seen[i] === char || LOOKALIKES.get(seen[i]!) === char) continue;
    if (BRACKET_LIKE.test(char) !== BRACKET_LIKE.test(seen[i]!)) return false;
    if (!BRACKET_LIKE.test(char)) misread++;
  }
  return misread === 0 || (misread === 1 && printed.filter((c) => !BRACKET_LIKE.test(c)).length >= 3);
}

/** Labels of this many characters and more are told from any word with one character read in or lost. */
const LONG_LABEL_CHARS = 6;

/**
 * Whether `longer` is `shorter`, a label of `LONG_LABEL_CHARS` or more, with one character more, no
 * bracket or colon (「総合戦略該当人箇所」: a speck OCR read into 総合戦略該当箇所; or one it lost, read the other way).
 */
function oneCharacterMore(longer: readonly string[], shorter: readonly string[]): boolean {
  if (longer.length !== shorter.length + 1 || shorter.length < LONG_LABEL_CHARS) return false;
  const k = shorter.findIndex((char, i) => longer[i] !== char);
  const at = k < 0 ? shorter.length : k;
  return !BRACKET_LIKE.test(longer[at]!) && longer.slice(at + 1).join('') === shorter.slice(at).join('');
}

/**
 * Whether `text` is this label; `wrapped` when it was read from several lines, `ocr` when OCR read it
 * (see `readsAsLabel`), `withValue` when its value follows on the same line (a label that stands
 * `alone` never does: 「令和5年度予算(案)：580百万円」 is a budget line, not a label).
 */
export function labelMatches(spec: LabelSpec, text: string, { wrapped = false, ocr = false, withValue = false } = {}): boolean {
  // Nor does it end in a colon: 「令和4年度第二次補正：」 is a budget line whose figure a narrow cell wrapped to the next line.
  if (spec.alone === true && (withValue || ENDS_IN_COLON.test(text))) return false;
  // Every line is tried against every label, and each reader and the furniture test try them again.
  // Keyed by the text alone (no string built per call): two bits per combination of the options, known and verdict.
  let verdicts = verdictsBySpec.get(spec);
  if (verdicts === undefined) verdictsBySpec.set(spec, (verdicts = new Map()));
  const shift = 2 * (+wrapped + 2 * +ocr + 4 * +withValue);
  const known = verdicts.get(text) ?? 0;
  if ((known >> shift) & 1) return ((known >> (shift + 1)) & 1) === 1;
  if (verdicts.size >= 50_000) verdicts.clear();
  const verdict = matchesLabel(spec, text, { wrapped, ocr, withValue });
  verdicts.set(text, (verdicts.get(text) ?? 0) | ((1 | (+verdict << 1)) << shift));
  return verdict;
}

const QUOTE_IN_WORD = /(?<=\p{Script=Han})["'`”“’‘]+(?=\p{Script=Han})/gu;
const verdictsBySpec = new WeakMap<LabelSpec, Map<string, number>>();
const ENDS_IN_COLON = /[:：]\s*$/u;

function matchesLabel(spec: LabelSpec, text: string, { wrapped, ocr, withValue }: { wrapped: boolean; ocr: boolean; withValue: boolean }): boolean {
  // ○ opens a list item in prose (「○補助率：1/2」), but a line of ○ and a label alone is the label's heading (「○目的」).
  if (!withValue && LIST_CIRCLE.test(text)) return labelMatches(spec, text.replace(LIST_CIRCLE, ''), { wrapped, ocr });
  // A label glossed in English (「■ 目的 Purpose」, 「担当」 over 「Contact」) is the label.
  const glossless = withoutGloss(text);
  if (glossless !== text && glossless.trim() !== '') return labelMatches(spec, glossless, { wrapped, ocr, withValue });
  // A speck OCR read as a quote mark between a label's kanji (「るぐ予”算用」): no label prints one there.
  const unquoted = ocr ? text.replace(QUOTE_IN_WORD, '') : text;
  if (unquoted !== text) return labelMatches(spec, unquoted, { wrapped, ocr, withValue });
  const candidate = compact(text);
  if ([...candidate].length > MAX_LABEL_CHARS) return false;
  // Only a section's label is numbered as a heading: 「①予算」 is a value (a category), never the budget's label.
  const unnumbered = candidate.replace(HEADING_NUMBER, '');
  if (unnumbered !== candidate && spec.target.kind === 'section' && [...unnumbered].length >= 2 && labelMatches(spec, unnumbered, { wrapped, ocr, withValue })) return true;
  const bare = bareLabel(text);
  // OCR reads a box's corner or a stray mark before a label as a letter or a stroke (「L事業目的・概要」,
  // 「.成果目標」); a long label only, where one more character cannot make another word (①予算 is a value).
  // A ● mark read as 「@」「⑳」「$」 likewise (「@⑳補助対象」, 「⑳$事業期間」): labels of three characters or more.
  const trimmed = ocr ? candidate.replace(/^[A-Za-z_.,:;|'"`~^\-「」『』[\]()@$#*%&⑳●◎○]{1,3}(?=\p{Script=Han}|\p{Script=Katakana})/u, '') : candidate;
  const { compacts, bares, withoutNo, patterns } = prepared(spec);
  if (compacts.has(candidate) || bares.has(bare) || withoutNo.has(particleFreeBare(bare))) return true;
  if (ocr && trimmed !== candidate && [...trimmed].length >= 3 && (compacts.has(trimmed) || bares.has(bareLabel(trimmed)))) return true;
  // A ● read as a kana (「に取組の概要」, 「に,予算」, 「し,!施策効果の詳細」, an arc of it as a bracket: 「(に,施策分類」): one
  // character (and a stroke or two) before a label read exactly.
  const afterMark = ocr ? candidate.replace(/^[(（]?[^\p{Script=Han}][,.、!"'”“`]{0,2}(?=\p{Script=Han})/u, '') : candidate;
  const markRead = afterMark !== candidate && ([...afterMark].length >= 3 || /^[,.、!"'”“`]/u.test(candidate.slice(1)));
  if (markRead && labelMatches(spec, afterMark, { wrapped, withValue })) return true;
  // A heading mark read as a kanji (◆ as 「金」: 「金目的・概要」, 「金補助率」): one character before a label
  // of three or more read exactly, on a line that holds nothing else.
  const afterKanjiMark = ocr && !withValue ? candidate.slice(1) : candidate;
  if (afterKanjiMark !== candidate && /^\p{Script=Han}/u.test(candidate) && [...afterKanjiMark].length >= 3 && compacts.has(afterKanjiMark)) return true;
  // A heading mark read as two characters (◆ as 「るる」, 「$る」): before a label of three or more read exactly, alone on its line.
  const afterTwoMarks = ocr && !withValue ? candidate.replace(/^[^\p{Script=Han}]{2}(?=\p{Script=Han})/u, '') : candidate;
  if (afterTwoMarks !== candidate && [...afterTwoMarks].length >= 3 && compacts.has(afterTwoMarks)) return true;
  // Brackets around a long label read as letters (〈取組の概要〉 as 「ぐ取組の概要用」, 「るぐ取組の概要用」), alone on its line.
  const chars = [...candidate];
  if (ocr && !withValue && [1, 2].some((before) => chars.length - before - 1 >= 4 && labelMatches(spec, chars.slice(before, -1).join(''), { wrapped }))) return true;
  // A label of three characters so, the opening bracket read as 「ぐ」 「く」 or 「<」 (a speck before it at most), its words
  // read exactly (「ぐ補助率用」, 「るぐ補助率用」); of two, the opening one read as no verb's end (「人ぐ目的」, 「るぐ概要用」:
  // 「く予算。」 is the last line of 「…を除く予算。」), the closing one as no punctuation or lost.
  const angled = ocr && !withValue ? (OCR_ANGLED.exec(candidate) ?? OCR_ANGLED_SHORT.exec(candidate))?.[1] : undefined;
  if (angled !== undefined && compacts.has(angled)) return true;
  // A label in brackets as OCR reads them, one lost or doubled (「概要)】」「【概要)】」 for 【概要】), its words read right,
  // or read as a long label's are (「(成果是標】」, 「【事業央間】」: one character misread).
  const readWords = ocr ? withoutBrackets(candidate) : candidate;
  const bracketsMisread = (label: string): boolean => readWords !== candidate && [...readWords].length >= 2 && (readWords === withoutBrackets(label) || readsAsLabel(readWords, withoutBrackets(label)));
  if (ocr && [...compacts].some((label) => readsAsLabel(candidate, label) || (long(label) && readsAsLabel(trimmed, label)) || bracketsMisread(label))) return true;
  return patterns.some((variant) => !holdsValue(variant) && !(wrapped && namesItself(variant)) && (variant.test(candidate) || variant.test(bare)));
}

/** A label between angle brackets as OCR reads them: the opening one as 「ぐ」 「く」 「<」, a speck before it at most, the closing one as any character. */
const OCR_ANGLED = /^.?[<〈＜くぐ](\p{Script=Han}.{2,}).$/u;
const OCR_ANGLED_SHORT = /^.?[<〈＜ぐ](\p{Script=Han}{2})[^。、．，.,]?$/u;

const withoutBrackets = (text: string): string => [...text].filter((char) => !BRACKET_LIKE.test(char)).join('');

/** A label long enough that one misread character cannot make it another word. */
const long = (label: string): boolean => [...label].length >= 4;

/**
 * A long label without the particle の joining its nouns (総合戦略の該当箇所 is 総合戦略該当箇所):
 * editions print the same label with and without it. Short ones keep it: 事業の内容 over a page's two
 * columns is a heading where only labels follow it, so it is spelled out in the vocabulary.
 */
const particleFree = (bare: string): string => {
  const without = bare.replace(/の/gu, '');
  return [...without].length >= 5 ? without : bare;
};

const particleFreeBare = memoised(particleFree);
const withoutGloss = memoised((text) => text.replace(ENGLISH_GLOSS, ''));

interface PreparedLabel {
  compacts: Set<string>;
  bares: Set<string>;
  withoutNo: Set<string>;
  patterns: RegExp[];
}

/** A label's spellings in the forms lines are compared in, worked out once per label. */
const preparedSpecs = new WeakMap<LabelSpec, PreparedLabel>();

function prepared(spec: LabelSpec): PreparedLabel {
  let forms = preparedSpecs.get(spec);
  if (forms === undefined) {
    const strings = spec.variants.filter((v): v is string => typeof v === 'string');
    const bares = new Set(strings.map(bareLabel));
    forms = { compacts: new Set(strings.map(compact)), bares, withoutNo: new Set([...bares].map(particleFree)), patterns: spec.variants.filter((v): v is RegExp => typeof v !== 'string') };
    preparedSpecs.set(spec, forms);
  }
  return forms;
}

/** Lines read by OCR carry a confidence; text-layer lines do not. */
export const readByOcr = (lines: readonly PlacedLine[]): boolean => lines.some((l) => typeof l.line.confidence === 'number');

/** A label that closes itself (【予算】, 目的:) may run straight into its value, as OCR gives it. */
const CLOSES_ITSELF = /[】」):]$/u;

/** The value after a self-closing label that opens `text` with no space after it, or null. */
function valueAfterClosedLabel(spec: LabelSpec, text: string, ocr: boolean): string | null {
  const chars = [...text];
  for (const variant of spec.variants) {
    if (typeof variant !== 'string') continue;
    const label = compact(variant);
    const length = [...label].length;
    const opening = chars.slice(0, length).join('');
    const opens = opening === label || (ocr && readsAsLabel(opening, label));
    if (CLOSES_ITSELF.test(label) && opens && chars.length > length) return chars.slice(length).join('').trim();
  }
  return null;
}

/** A label OCR read run into the figure or era year after it, the space or colon between them lost: 「予算額42.5億円」, 「補助率1/2」, 「事業期間令和5年度〜…」. */
const BEFORE_FIGURE = /^(?<label>[^\d\s:]{2,16}?)(?<value>(?:(?:令和|平成)\s?[\d元]|\d).*)$/u;

/** Lines stacked as one wrapped label: same page, each just below the one before, overlapping horizontally. */
export function stacked(lines: readonly PlacedLine[]): boolean {
  for (let k = 1; k < lines.length; k++) {
    const above = lines[k - 1]!;
    const below = lines[k]!;
    const size = Math.min(above.line.font_size, below.line.font_size);
    const gap = below.line.bbox[1] - above.line.bbox[3];
    const overlapping = below.line.bbox[0] < above.line.bbox[2] && above.line.bbox[0] < below.line.bbox[2];
    if (below.page !== above.page || gap < -0.5 * size || gap > size || !overlapping) return false;
  }
  return true;
}

/** The most characters of one piece of a letter-spaced label the text layer gives apart (「予」 「算 額」). */
const SPACED_PIECE_CHARS = 3;

/**
 * Pieces of one letter-spaced label side by side on a row (「予」 and 「算 額」 in a header cell, the text
 * layer parting them where a gap is wider than a space): short, level, each starting within an em and
 * a half of the one before it.
 */
function spacedOnRow(lines: readonly PlacedLine[]): boolean {
  if (lines.length < 2) return false;
  // OCR boxes each glyph's ink alone: the space a printer set between them reads wider.
  const widest = readByOcr(lines) ? 2 : 1.5;
  return lines.every((line, k) => {
    const before = lines[k - 1];
    if ([...line.line.text.replace(/\s/gu, '')].length > SPACED_PIECE_CHARS) return false;
    if (before === undefined) return true;
    const size = Math.min(before.line.font_size, line.line.font_size);
    const gap = line.line.bbox[0] - before.line.bbox[2];
    return line.page === before.page && level(before, line) && gap >= 0 && gap <= widest * size;
  });
}

const level = (a: PlacedLine, b: PlacedLine): boolean => Math.abs(a.line.bbox[1] - b.line.bbox[1]) < 0.5 * Math.min(a.line.font_size, b.line.font_size);

/**
 * The rows of a letter-spaced label (「予」 「算 額」 side by side; 「補 正 予算」 over 「額」, wrapped in its
 * narrow cell): the group's lines parted where one is not level with the one before, each row one line
 * or pieces side by side (`spacedOnRow`), one of them at least, and one row stacked under another;
 * undefined when the group is not so.
 */
function spacedRows(group: readonly PlacedLine[]): PlacedLine[][] | undefined {
  const rows: PlacedLine[][] = [];
  for (const line of group) {
    const row = rows.at(-1);
    if (row !== undefined && level(row.at(-1)!, line)) row.push(line);
    else rows.push([line]);
  }
  if (rows.every((row) => row.length === 1) || !rows.every((row) => row.length === 1 || spacedOnRow(row))) return undefined;
  const asLine = (row: PlacedLine[]): PlacedLine => ({ ...row[0]!, line: { ...row[0]!.line, bbox: unionBox(row.map((l) => l.line.bbox)) } });
  return rows.length === 1 || stacked(rows.map(asLine)) ? rows : undefined;
}

/**
 * Whether a Japanese line of the group is wider than its first by more than an em: a label wraps
 * where its first line is full, so the short line over a label (a value, 「①予算」 over
 * 「総合戦略における位置付け」) is no part of it. An English gloss under a label (「Purpose」) is set apart.
 */
function widerBelow(group: readonly PlacedLine[]): boolean {
  const [first, ...rest] = group.map((l) => l.line);
  return rest.some((line) => JAPANESE.test(line.text) && line.bbox[2] - line.bbox[0] > first!.bbox[2] - first!.bbox[0] + first!.font_size);
}
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * The value after a label as printed (「（規制／ニーズ）」), not as normalised to find the label
 * (「(規制/ニーズ)」): the shortest end of the printed line that normalises to it.
 */
function printedTail(printed: string, value: string): string {
  for (let start = 0; start < printed.length; start++) {
    const tail = printed.slice(start);
    if (normaliseCharacters(tail).trim() === value) {
      for (let later = start + 1; later < printed.length && normaliseCharacters(printed.slice(later)).trim() === value; later++) start = later;
      return printed.slice(start).trim();
    }
  }
  return value;
}

/**
 * Finds the profile's labels among a record's lines: whole lines (or up to four wrapped lines read
 * together, longest first), or a label opening a line with its value after a space, or right after
 * it when the label closes itself.
 */
export function findLabels(lines: readonly PlacedLine[], specs: readonly LabelSpec[]): LabelHit[] {
  const hits: LabelHit[] = [];
  let i = 0;
  while (i < lines.length) {
    let hit: LabelHit | undefined;
    for (let k = Math.min(MAX_LABEL_LINES, lines.length - i); k >= 1 && hit === undefined; k--) {
      const group = lines.slice(i, i + k);
      const rows = spacedRows(group);
      if (rows === undefined && (!stacked(group) || group.slice(1).some((l) => MARKED.test(l.line.text.trim())) || widerBelow(group))) continue;
      const text = rows?.map((row) => row.map((l) => l.line.text).join(' ')).join('') ?? group.map((l) => l.line.text).join('');
      const how = { wrapped: k > 1 && rows?.length !== 1, ocr: readByOcr(group) };
      const spec = specs.find((s) => labelMatches(s, text, how));
      // A first line that is a label of its own names another field: the lines under it are its value. Read as printed:
      // OCR's misreading of a label's first part is no other label (「施策分」 over 「類」 is 施策分類, not 施策名).
      if (k > 1 && spec !== undefined && specs.some((s) => targetKey(s.target) !== targetKey(spec.target) && labelMatches(s, group[0]!.line.text))) continue;
      if (spec !== undefined) {
        hit = { spec, first: i, last: i + k - 1, page: group[0]!.page, bbox: unionBox(group.map((l) => l.line.bbox)), label: text, inlineValue: null, key: capturedKey(spec, text) };
      }
    }
    if (hit === undefined) {
      const line = lines[i]!;
      const text = normaliseCharacters(line.line.text).trim();
      for (const spec of specs) {
        const value = spec.variants.map((v) => (typeof v === 'string' ? null : v.exec(text)?.groups?.value)).find((v) => v != null);
        if (value != null && hit === undefined) hit = { spec, first: i, last: i, page: line.page, bbox: line.line.bbox, label: text.slice(0, text.length - value.length), inlineValue: value, key: null };
      }
    }
    if (hit === undefined) {
      const line = lines[i]!;
      const text = normaliseCharacters(line.line.text).trim();
      for (const form of LEADING_LABEL) {
        const parts = form.exec(text)?.groups;
        // A value that opens with its own year makes even a 「令和3年度予算額」 a label: 「令和3年度予算額：令和3年度当初一般会計 …」.
        const withValue = form !== LEADERS && (parts === undefined || ERA_ONCE.exec(parts.value!.trim())?.index !== 0);
        const spec: LabelSpec | undefined = parts === undefined || hit !== undefined ? undefined : specs.find((s) => labelMatches(s, parts.label!, { ocr: readByOcr([line]), withValue }));
        if (spec !== undefined) {
          const value = parts!.value!.trim();
          hit = { spec, first: i, last: i, page: line.page, bbox: line.line.bbox, label: parts!.label!, inlineValue: value === '' ? null : value, key: capturedKey(spec, parts!.label!) };
        }
      }
    }
    if (hit === undefined) {
      const line = lines[i]!;
      const [head, ...rest] = normaliseCharacters(line.line.text).trim().split(/\s+/u);
      // As after a colon, a value that opens with its own year makes even a 「令和3年度予算額」 a label.
      const withValue = ERA_ONCE.exec(rest.join(' '))?.index !== 0;
      const spec = rest.length > 0 && head !== undefined ? specs.find((s) => labelMatches(s, head, { ocr: readByOcr([line]), withValue })) : undefined;
      if (spec !== undefined) {
        hit = { spec, first: i, last: i, page: line.page, bbox: line.line.bbox, label: head!, inlineValue: rest.join(' '), key: null };
      }
    }
    if (hit === undefined) {
      const line = lines[i]!;
      const text = normaliseCharacters(line.line.text).trim();
      for (const spec of specs) {
        const value: string | null = hit === undefined ? valueAfterClosedLabel(spec, text, readByOcr([line])) : null;
        if (value !== null) hit = { spec, first: i, last: i, page: line.page, bbox: line.line.bbox, label: text.slice(0, text.length - value.length), inlineValue: value, key: null };
      }
    }
    if (hit === undefined && readByOcr([lines[i]!])) {
      const line = lines[i]!;
      const parts = BEFORE_FIGURE.exec(normaliseCharacters(line.line.text).trim())?.groups;
      const spec = parts === undefined ? undefined : specs.find((s) => labelMatches(s, parts.label!, { ocr: true, withValue: true }));
      if (spec !== undefined) hit = { spec, first: i, last: i, page: line.page, bbox: line.line.bbox, label: parts!.label!, inlineValue: parts!.value!, key: capturedKey(spec, parts!.label!) };
    }
    if (hit === undefined) i++;
    else {
      hits.push(...(hit.inlineValue === null ? [hit] : besideOnItsLine({ ...hit, inlineValue: printedTail(lines[i]!.line.text, hit.inlineValue) }, specs, readByOcr([lines[i]!]))));
      i = hit.last + 1;
    }
  }
  return hits;
}

/** A second 「label：value」 after a bar on the line of the first (「予算額：12.3億円 ｜ 担当：自治行政局…」). */
const AFTER_BAR = /^(?<first>.*?\S)\s*[｜|│]\s*(?<label>[^:：｜|│\s]{1,16})\s*[:：]\s*(?<value>\S.*)$/u;

/** A hit whose inline value holds another label's 「label：value」 after a bar: the two hits, each with its own value. */
function besideOnItsLine(hit: LabelHit, specs: readonly LabelSpec[], ocr: boolean): LabelHit[] {
  const parts = AFTER_BAR.exec(hit.inlineValue ?? '')?.groups;
  const spec = parts === undefined ? undefined : specs.find((s) => labelMatches(s, parts.label!, { ocr, withValue: true }));
  if (spec === undefined) return [hit];
  const second = { ...hit, spec, label: parts!.label!, inlineValue: parts!.value!, key: capturedKey(spec, parts!.label!) };
  return [{ ...hit, inlineValue: parts!.first! }, ...besideOnItsLine(second, specs, ocr)];
}

/** Whether a line is any label of the vocabulary: a label is never page furniture, however it repeats. */
export function isAnyLabel(value: string, labels: readonly LabelSpec[], { ocr = false } = {}): boolean {
  return labels.some((spec) => labelMatches(spec, value, { ocr }) || labelMatches(spec, bareLabel(value), { ocr }));
}

import type { Line } from '../../schemas/types.ts';

/**
 * Letter-spaced labels (均等割付): a budget table spreads each label of its first column over the
 * column's width (「農 林 水 産 省」 as wide as 「新型コロナウイルス…」). Text extraction gives them
 * either as one line with spaces between the glyphs or as one line a glyph; both read as one word.
 */

/** A Japanese glyph that may be spread: kanji, kana, the long vowel mark; not a digit or a sign. */
const GLYPH = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]`;
const ONE_GLYPH = new RegExp(`^${GLYPH}$`, 'u');
/** A whole line of spaced glyphs, or three glyphs or more standing alone between spaces within a line. */
const SPACED_LINE = new RegExp(String.raw`^${GLYPH}(?:[ \u3000]+${GLYPH})+$`, 'u');
const SPACED_RUN = new RegExp(String.raw`(?:^|[ \u3000])${GLYPH}(?:[ \u3000]+${GLYPH}){2,}(?=[ \u3000]|$)`, 'u');
const SPACE_BETWEEN_GLYPHS = new RegExp(String.raw`(?<=${GLYPH})[ \u3000]+(?=${GLYPH})`, 'gu');

/**
 * A line letter-spaced with spaces read without them between its glyphs: the whole line
 * (「文 部 科 学 省」) or the spread part of a wrapped label (「担い手育成・確 保 等 対 策 費(…」); a
 * space between two words (「新型コロナ 対策」) stays.
 */
export const unspaced = (text: string): string => (SPACED_LINE.test(text) || SPACED_RUN.test(text) ? text.replace(SPACE_BETWEEN_GLYPHS, '') : text);

export interface LetterSpacedOptions {
  /**
   * Widest gap between two glyphs of one label, in font sizes (two glyphs spread over a column
   * seven wide stand five apart).
   * @defaultValue 6
   */
  maxGapEm?: number;
}

const centreY = (line: Line): number => (line.bbox[1] + line.bbox[3]) / 2;
const isGlyph = (line: Line): boolean => ONE_GLYPH.test(line.text.trim());

/** The glyphs of a run as one line: their text joined, their boxes united. */
const joined = (run: readonly Line[]): Line => ({
  ...run[0]!,
  text: run.map((line) => line.text.trim()).join(''),
  bbox: [run[0]!.bbox[0], Math.min(...run.map((l) => l.bbox[1])), run.at(-1)!.bbox[2], Math.max(...run.map((l) => l.bbox[3]))],
});

/** Lines on one baseline (centres within a fifth of a font size, one size), each row left to right. */
function baselines(lines: readonly Line[]): Line[][] {
  const rows: Line[][] = [];
  for (const line of [...lines].sort((a, b) => centreY(a) - centreY(b) || a.bbox[0] - b.bbox[0])) {
    const row = rows.find((r) => r[0]!.font_size === line.font_size && Math.abs(centreY(r[0]!) - centreY(line)) <= 0.2 * line.font_size);
    if (row !== undefined) row.push(line);
    else rows.push([line]);
  }
  return rows.map((row) => row.sort((a, b) => a.bbox[0] - b.bbox[0]));
}

/**
 * The runs of lone glyphs in one baseline's lines that are spread labels: two glyphs or more next to
 * each other, evenly apart (gaps within a quarter of each other or a point) and no further than
 * `maxGap`, standing first on the row or well apart from what precedes them (half as far again as
 * their own gaps: a row of one-glyph column titles 「男　女　計」 after 「区分」 stands at one pitch).
 */
function spreadRuns(row: readonly Line[], maxGap: number): Line[][] {
  const runs: Line[][] = [];
  let i = 0;
  while (i < row.length) {
    if (!isGlyph(row[i]!)) {
      i++;
      continue;
    }
    const run = [row[i]!];
    let j = i + 1;
    for (; j < row.length && isGlyph(row[j]!); j++) {
      const gap = row[j]!.bbox[0] - run.at(-1)!.bbox[2];
      const pitch = run.length > 1 ? run.at(-1)!.bbox[0] - run.at(-2)!.bbox[2] : gap;
      if (gap < 0 || gap > maxGap || Math.abs(gap - pitch) > Math.max(1, 0.25 * pitch)) break;
      run.push(row[j]!);
    }
    const widest = Math.max(...run.slice(1).map((glyph, k) => glyph.bbox[0] - run[k]!.bbox[2]));
    const before = row[i - 1];
    if (run.length >= 2 && (before === undefined || run[0]!.bbox[0] - before.bbox[2] >= 1.5 * widest)) runs.push(run);
    i = j;
  }
  return runs;
}

/**
 * Lines with each letter-spaced label set one line a glyph joined into one line (see
 * `spreadRuns`). Other lines are returned as they are.
 */
export function joinLetterSpaced(lines: readonly Line[], options: LetterSpacedOptions = {}): Line[] {
  const { maxGapEm = 6 } = options;
  if (lines.filter(isGlyph).length < 2) return [...lines];
  const runs = baselines(lines).flatMap((row) => spreadRuns(row, maxGapEm * row[0]!.font_size));
  if (runs.length === 0) return [...lines];
  const used = new Set(runs.flat());
  return [...lines.filter((line) => !used.has(line)), ...runs.map(joined)];
}

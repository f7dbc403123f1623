// All patterns run on normalised text (NFKC: full-width digits, colons, commas and brackets are ASCII).
// `\s?` inside numbers and words absorbs the spaces PDF line wraps and OCR leave behind.
const NUM = String.raw`(?:\d{1,3}(?:\s?,\s?\d{3})+|\d+)(?:\s?\.\s?\d+)?`;
// 方 before 円 is 万 as a scan's OCR misreads it (「10百方円」): no amount is printed in 方; and 白 or 折
// before 万円 is 百 (「214折万円」): no word ends a figure so.
const MULT = '兆|億|千[万方]|[百白折][万方]|[万方]|千';
/** A figure: 約? then parts such as 1兆 2,500億 and a last number with its unit and 円. Never right after a digit. */
const AMOUNT = new RegExp(String.raw`(?<![\d.,]\s*)(約\s*)?((?:${NUM}\s*(?:兆|億|[万方])\s*)*${NUM}\s*(?:${MULT})?\s*円)`, 'gu');
const PART = new RegExp(String.raw`(${NUM})\s*(${MULT})?`, 'gu');
const EXPONENT: Readonly<Record<string, number>> = { '': 0, 千: 3, 万: 4, 方: 4, 百万: 6, 百方: 6, 千万: 7, 千方: 7, 億: 8, 兆: 12 };
const JIKO = /事\s?項\s?要\s?求/gu;
/**
 * Dashes: 「-」「—」「－」「―」, and 「ー」 and 「一」, which OCR reads for a dash (the same stroke in most
 * fonts) and which, alone where an amount belongs, can be nothing else.
 */
export const DASHES = '-‐‑‒–—―−－ー一';
/** A dash standing alone where the amount belongs (a long one OCR reads as two: 「ーー」). */
const DASH = new RegExp(String.raw`(?<=^\s*|[:：]\s*|年度\s*|[()（）]\s*)[${DASHES}]{1,2}(?=\s*(?:$|[(（]))`, 'gu');

/** Exact yen from 「1兆2,500億」「64.8億」: BigInt on the digits, so 64.8 × 1e8 has no float error. A problem comes back as its message. */
export function toYen(figure: string): { yen: number; unit: string } | string {
  let total = 0n;
  let previous = Infinity;
  let unit = '';
  const parts = [...figure.replace(/円\s*$/u, '').matchAll(PART)];
  for (const [i, part] of parts.entries()) {
    const mult = (part[2] ?? '').replace(/^[白折](?=[万方])/u, '百');
    const exponent = EXPONENT[mult] ?? 0;
    if (exponent >= previous || (i < parts.length - 1 && !['兆', '億', '万', '方'].includes(mult))) return `units out of order in ${figure}`;
    previous = exponent;
    unit = `${mult.replace('方', '万')}円`;
    // 「1.514百万円」: figures in 百万円 and 千円 are printed whole with thousands commas; a point before three
    // digits is a comma a scan's OCR misread, as 「1,514百万円」 is printed.
    const digits = (part[1] ?? '').replace(/\s/gu, '');
    const misreadComma = (exponent === 6 || exponent === 3) && /^\d{1,3}\.\d{3}$/u.test(digits);
    const [whole = '', fraction = ''] = (misreadComma ? digits.replace('.', '') : digits).replace(/,/gu, '').split('.');
    if (fraction.length > exponent) return `${figure} is not a whole number of yen`;
    total += BigInt(whole + fraction.padEnd(exponent, '0'));
  }
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) return `${figure} is too large`;
  return { yen: Number(total), unit };
}

/** Where an amount belongs: a figure in yen, 事項要求 (no amount yet), or a dash (nothing budgeted). */
export interface Figure {
  start: number;
  end: number;
  kind: 'amount' | 'jiko' | 'dash';
  approximate: boolean;
  text: string;
}

/** The figures in `text` between `from` and `to`, in printed order. */
export function findFigures(text: string, from: number, to: number): Figure[] {
  const slice = text.slice(0, to);
  const found: Figure[] = [];
  for (const re of [AMOUNT, JIKO, DASH]) {
    re.lastIndex = from;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const kind = re === AMOUNT ? 'amount' : re === JIKO ? 'jiko' : 'dash';
      found.push({ start: m.index, end: m.index + m[0].length, kind, approximate: re === AMOUNT && m[1] !== undefined, text: re === AMOUNT ? (m[2] ?? '') : m[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

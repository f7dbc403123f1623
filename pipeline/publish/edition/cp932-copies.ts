import iconv from 'iconv-lite';

/** Where a CSV's Shift_JIS (CP932) copy is published: `cp932/<path>`. */
export const cp932Path = (path: string): string => `cp932/${path}`;

/** A CSV's CP932 copy, or the characters CP932 cannot hold (then no copy is written). */
export type Cp932Copy = { bytes: Uint8Array; lost: [] } | { bytes: null; lost: string[] };

const roundTrips = (text: string): boolean => iconv.decode(iconv.encode(text, 'cp932'), 'cp932') === text;

/**
 * Shift_JIS for the spreadsheets that still expect it: the CSV without its UTF-8 BOM, encoded as
 * CP932, only when it decodes back to the very same text — a lossy copy (〜 U+301C, — U+2014, 𠮷
 * become 「?」) would publish wrong data under a trusted name.
 */
export function toCp932Copy(csv: string): Cp932Copy {
  const text = csv.replace(/^\uFEFF/u, '');
  if (roundTrips(text)) return { bytes: iconv.encode(text, 'cp932'), lost: [] };
  const lost = [...new Set(text)].filter((ch) => !roundTrips(ch)).sort();
  return { bytes: null, lost };
}

import iconv from 'iconv-lite';
import type { Cp932Copy } from '../../schemas/types.ts';
import { RADICAL_SUPPLEMENT_EQUIVALENTS } from '../normalise/radicals.ts';

/** Where a CSV's Shift_JIS (CP932) copy is published: `cp932/<path>`. */
export const cp932Path = (path: string): string => `cp932/${path}`;

/**
 * Characters CP932 has no code for, and the CP932 character a Japanese reader takes for the same
 * one: Windows gives the JIS codes of 〜, —, −, ‖ and the Latin-1 signs to other code points.
 */
const CP932_EQUIVALENTS: Readonly<Record<string, string>> = {
  '\u301c': '\uff5e', // 〜 WAVE DASH → ～ FULLWIDTH TILDE (JIS 1-1-33)
  '\u2014': '\u2015', // — EM DASH → ― HORIZONTAL BAR (JIS 1-1-29)
  '\u2212': '\uff0d', // − MINUS SIGN → － FULLWIDTH HYPHEN-MINUS (JIS 1-1-61)
  '\u2016': '\u2225', // ‖ DOUBLE VERTICAL LINE → ∥ PARALLEL TO (JIS 1-1-34)
  '\u00a2': '\uffe0', // ¢ → ￠
  '\u00a3': '\uffe1', // £ → ￡
  '\u00ac': '\uffe2', // ¬ → ￢
  '\u00a6': '\uffe4', // ¦ → ￤
  '\u2022': '\u30fb', // • BULLET → ・, the bullet of Japanese lists
  '\u00b7': '\u30fb', // · MIDDLE DOT → ・
  '\u2027': '\u30fb', // ‧ HYPHENATION POINT, a printer's look-alike of ・
  '\u0336': '\u2015', // COMBINING LONG STROKE OVERLAY, a printer's look-alike of —
};

/** JIS's mark for a character that cannot be set (〓 GETA MARK), where CP932 has nothing close. */
export const CP932_MISSING = '\u3013';

const fits = new Map<string, boolean>();
const fitsCp932 = (ch: string): boolean => {
  let fit = fits.get(ch);
  if (fit === undefined) fits.set(ch, (fit = iconv.decode(iconv.encode(ch, 'cp932'), 'cp932') === ch));
  return fit;
};

/** The CP932 character standing for one CP932 lacks: the table, a radical's ideograph (⾼ U+2FBC → 高 by NFKC, ⻑ → 長), or none. */
function equivalent(ch: string): string | undefined {
  const candidate = CP932_EQUIVALENTS[ch] ?? RADICAL_SUPPLEMENT_EQUIVALENTS[ch] ?? (/[\u2f00-\u2fdf]/u.test(ch) ? ch.normalize('NFKC') : undefined);
  return candidate !== undefined && [...candidate].every(fitsCp932) ? candidate : undefined;
}

/** A text as CP932 can hold it, with what was folded and what has no equivalent (written as 〓). */
export interface Cp932Folding {
  text: string;
  /** Every character replaced by its equivalent, sorted. */
  folded: { character: string; replacement: string }[];
  /** Characters with no equivalent, sorted. */
  lost: string[];
}

export function foldForCp932(text: string): Cp932Folding {
  const folded = new Map<string, string>();
  const lost = new Set<string>();
  let out = '';
  for (const ch of text) {
    if (fitsCp932(ch)) {
      out += ch;
      continue;
    }
    const replacement = equivalent(ch);
    if (replacement === undefined) lost.add(ch);
    else folded.set(ch, replacement);
    out += replacement ?? CP932_MISSING;
  }
  return {
    text: out,
    folded: [...folded].sort(([a], [b]) => (a < b ? -1 : 1)).map(([character, replacement]) => ({ character, replacement })),
    lost: [...lost].sort(),
  };
}

/** A CSV's CP932 bytes and how its text was folded to fit. */
export type Cp932Encoded = Omit<Cp932Folding, 'text'> & { bytes: Uint8Array };

/**
 * Shift_JIS for the spreadsheets that open CSVs as CP932 (Excel on Japanese Windows): every CSV gets
 * one, its look-alikes folded to what CP932 has and anything else written as 〓, never as the
 * encoder's silent 「?」, and listed so the quality report can say what the copy lacks.
 */
export function toCp932Copy(csv: string): Cp932Encoded {
  const { text, folded, lost } = foldForCp932(csv);
  return { bytes: iconv.encode(text, 'cp932'), folded, lost };
}

/** A CSV with its copy, as the reports list them (quality.json, a document's provenance.json). */
export function publishCp932Copy(files: Map<string, string | Uint8Array>, path: string, csv: string): Cp932Copy {
  const { bytes, folded, lost } = toCp932Copy(csv);
  files.set(path, csv).set(cp932Path(path), bytes);
  return { path, copy: cp932Path(path), folded_characters: folded, lost_characters: lost };
}

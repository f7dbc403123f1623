/**
 * What every novel layout shares: the printed record (what a layout shows of a record, which is what
 * its truth holds), page boxes, the cover, and the few strings each layout prints its own way.
 */
import { esc } from '../layouts/model.ts';
import { CATALOGUE, type NovelBudget, type NovelRecord } from './records.ts';
import type { TruthOffice } from '../truth.ts';

/** A record as one layout prints it: its number, budget entries, sections and offices as shown. */
export interface Shown {
  rec: NovelRecord;
  number: string | null;
  budget: NovelBudget[];
  sections: [string, string[]][];
  offices: TruthOffice[];
}

export interface NovelLayout {
  id: string;
  /** What the layout is, for the truth's `made_with` and the report. */
  describe: string;
  /** Pages to scan (1-based) when the layout is also made as a scan. */
  scan?: number[];
  build(): { html: string; shown: Shown[] };
}

export const shown = (rec: NovelRecord, number: string | null = null): Shown => ({ rec, number, budget: rec.budget, sections: rec.sections, offices: rec.offices });

/** A record's sections without some keys (a layout that does not print them). */
export const only = (s: Shown, keys: string[]): Shown => ({ ...s, sections: s.sections.filter(([k]) => keys.includes(k)) });

export const PAGE = { a4p: [210, 297], a4l: [297, 210], slide: [338.7, 190.5] } as const;

/** The document frame: fixed pages (`.page`) of one size, the layout's own CSS, and its body. */
export function documentHtml(size: keyof typeof PAGE, style: string, body: string, font = 'IPAexGothic'): string {
  const [w, h] = PAGE[size];
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>@page{size:${w}mm ${h}mm;margin:0}
*{box-sizing:border-box}body{margin:0;font-family:"${font}";font-size:10pt;line-height:1.45;color:#111}
.page{width:${w}mm;height:${h}mm;position:relative;overflow:hidden;break-after:page}
.cover{display:flex;flex-direction:column;justify-content:center;align-items:center;gap:10mm}.cover .t{font-size:26pt;text-align:center}.cover .d,.cover .m{font-size:14pt}
${style}</style></head><body>${body}</body></html>`;
}

export const coverPage = (): string =>
  `<div class="page cover"><div class="t">${CATALOGUE.title.map(esc).join('<br>')}</div><div class="d">${esc(CATALOGUE.datePrint)}</div><div class="m">${esc(CATALOGUE.ministry)}</div></div>`;

/** The name, on two lines where the record says it wraps and the layout wraps it. */
export const nameHtml = (rec: NovelRecord, wrap = false): string =>
  wrap && rec.wrapAt !== null ? `${esc(rec.name.slice(0, rec.wrapAt))}<br>${esc(rec.name.slice(rec.wrapAt))}` : esc(rec.name);

export const contactText = (o: TruthOffice, sep = '　'): string => [...o.phones.map((p) => `TEL ${p}`), ...o.emails.map((e) => `E-mail ${e}`)].join(sep);

/** Section items as paragraphs, each with the layout's bullet. */
export const itemsHtml = (items: string[], bullet = ''): string => items.map((i) => `<div>${esc(bullet + i)}</div>`).join('');

/** The label a section key is printed under in these layouts. */
export const SECTION_LABEL: Record<string, string> = {
  目的: '目的', 概要: '概要', 期待される効果: '期待される効果', 成果目標: '成果目標', 事業期間: '事業期間', 補助率: '補助率', 補助対象: '補助対象', '目的・概要': '事業の目的・概要',
};
export const labelOf = (key: string): string => SECTION_LABEL[key] ?? key;

/** Splits a budget entry into its head (year and stage) and its figure: 「令和6年度予算案」 / 「12.3億円」. */
export function budgetHeadValue(b: NovelBudget): [string, string] {
  const at = b.text.indexOf('：');
  return at < 0 ? ['予算額', b.text] : [b.text.slice(0, at), b.text.slice(at + 1)];
}

/** A record whose sections a layout prints as one paragraph each (inline 「label：value」): their items run together. */
export const runTogether = (s: Shown): Shown => ({ ...s, sections: s.sections.map(([k, items]) => [k, [items.join('')]]) });

/** Chunks a list into groups of `n`: records per page. */
export const perPage = <T>(list: readonly T[], n: number): T[][] => Array.from({ length: Math.ceil(list.length / n) }, (_, i) => list.slice(i * n, i * n + n));

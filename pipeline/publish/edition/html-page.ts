import type { DiffSummary } from '../../../schemas/types.ts';

/** The building blocks of the self-contained report pages (quality.html, diff.html): no scripts, no fonts or styles fetched. */

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/gu, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

const CSS = `body{font-family:"IPAexGothic","Noto Sans CJK JP",sans-serif;margin:24px;color:#222;max-width:1180px}
h1{font-size:22px;border-bottom:3px solid #2a5d9f;padding-bottom:6px}h2{font-size:18px;margin-top:28px;color:#2a5d9f}
.cards{display:flex;flex-wrap:wrap;gap:12px}.card{border:1px solid #ccd;border-radius:6px;padding:10px 16px;min-width:120px}
.card .v{font-size:26px;font-weight:bold}.card .k{font-size:12px;color:#555}
table{border-collapse:collapse;font-size:13px;margin-top:8px}td,th{border:1px solid #bbc;padding:3px 8px;text-align:left;vertical-align:top}
td{max-width:420px;white-space:pre-wrap}th{background:#eef2f8}.num{text-align:right}.none{color:#777}.up{color:#1d6b37}.down{color:#b0302a}svg text{font-size:12px}
section.edition{border-left:4px solid #dde3ee;padding-left:14px;margin:14px 0 30px}h3{font-size:16px}h4{font-size:14px;margin:12px 0 4px}ul{margin:4px 0}`;

/** A table of pre-rendered cells, or a sentence when there are no rows. */
export const htmlTable = (header: readonly string[], rows: readonly string[][], empty: string): string =>
  rows.length === 0
    ? `<p class="none">${empty}</p>`
    : `<table><thead><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</tbody></table>`;

/** A cell (escaped; null shows as 「—」). */
export const td = (text: string | number | null, num = false): string => `<td${num ? ' class="num"' : ''}>${escapeHtml(text === null ? '—' : String(text))}</td>`;

const CHANGE_LABELS: Readonly<Record<keyof DiffSummary, string>> = {
  matched: '両方にある',
  same_name: '名前が同じ',
  renamed: '名称変更',
  added: '追加',
  removed: '削除',
  changed: '内容の変更',
};

/** The counts of a diff as cards, each carrying its number as data attributes. */
export const changeCards = (summary: DiffSummary): string =>
  `<div class="cards">${(Object.keys(CHANGE_LABELS) as (keyof DiffSummary)[])
    .map((k) => `<div class="card" data-change="${k}" data-value="${summary[k]}"><div class="v">${summary[k]}</div><div class="k">${CHANGE_LABELS[k]}</div></div>`)
    .join('')}</div>`;

/** A whole page in Japanese: its title, the inline style sheet and the body's parts. */
export const htmlPage = (title: string, parts: readonly string[]): string =>
  `<!doctype html>\n<html lang="ja"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${CSS}</style></head><body>${parts.join('\n')}</body></html>\n`;

/**
 * Novel layouts built of ruled tables: a catalogue as one table running over pages, records with a
 * year-by-year budget table, a cover / contents / chapter / index apparatus around label cells, and
 * bilingual label cells.
 */
import { esc } from '../layouts/model.ts';
import { CATALOGUE, RECORDS, type NovelBudget, type NovelRecord } from './records.ts';
import { budgetHeadValue, contactText, coverPage, documentHtml, itemsHtml, labelOf, only, perPage, shown, type NovelLayout, type Shown } from './kit.ts';

const RULED = 'table{border-collapse:collapse;width:100%}th,td{border:0.3mm solid #555;padding:1.2mm 2mm;vertical-align:top;text-align:left}th{background:#dde6f0;font-weight:normal}';

/** Label cells left of their values: the office, the budget entries, then the sections. */
function labelRows(s: Shown, label: (key: string) => string = (k) => esc(labelOf(k))): string {
  const office = s.offices.map((o) => `<div>${esc(o.name)}</div><div>${esc(contactText(o))}</div>`).join('');
  const rows = [
    `<tr><th>${label('担当')}</th><td>${office}</td></tr>`,
    `<tr><th>${label('予算額')}</th><td>${s.budget.map((b) => `<div>${esc(b.text)}</div>`).join('')}</td></tr>`,
    ...s.sections.map(([k, items]) => `<tr><th>${label(k)}</th><td>${itemsHtml(items, items.length > 1 ? '・' : '')}</td></tr>`),
  ];
  return rows.join('');
}

export const catalogueTable: NovelLayout = {
  id: 'catalogue-table',
  describe: 'A4 landscape; cover; every policy one row of one ruled table (No. | 施策名 | 概要 | 予算額 | 担当課・連絡先) running over pages with its header row repeated; page numbers 「- n -」 in the page margin box',
  build() {
    const list = RECORDS.map((r, i) => only(shown(r, String(i + 1)), ['概要']));
    const rows = list.map((s) => `<tr><td class="no">${s.number}</td><td>${esc(s.rec.name)}</td><td>${itemsHtml(s.sections[0]![1], '・')}</td>` +
      `<td>${s.budget.map((b) => `<div>${esc(b.text)}</div>`).join('')}</td><td>${s.offices.map((o) => `<div>${esc(o.name)}</div><div>${o.phones.concat(o.emails).map(esc).join('<br>')}</div>`).join('')}</td></tr>`);
    const style = `${RULED}@page{size:297mm 210mm;margin:16mm 14mm 18mm;@bottom-center{content:"- " counter(page) " -";font-size:9pt}}
.cover{width:269mm;height:176mm}tr{break-inside:avoid}thead{display:table-header-group}.no{text-align:center;width:10mm}h1{font-size:13pt;margin:0 0 3mm}`;
    const table = `<h1>${esc(CATALOGUE.docTitle)}　施策一覧</h1><table><thead><tr><th>No.</th><th style="width:55mm">施策名</th><th>概要</th><th style="width:52mm">予算額</th><th style="width:62mm">担当課・連絡先</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
    return { html: documentHtml('a4l', style, coverPage() + table).replace(/@page\{size:297mm 210mm;margin:0\}/, ''), shown: list };
  },
};

/** A budget table of three years for a record: two budgets and next year's request, in 百万円. */
function yearTable(rec: NovelRecord, i: number): NovelBudget[] {
  const base = 100 * (i + 2);
  const entry = (era: string, head: string, fy: number, stage: 'initial' | 'request', amount: number): NovelBudget => ({
    text: `${head}：${amount.toLocaleString('en-US')}百万円`,
    lines: [{ fiscal_year: fy, era_label: era, stage, supplementary_no: null, account: null, amount_jpy: amount * 1e6, unit: '百万円', part_of: false, approximate: false, new: false, note: null }],
  });
  void rec;
  return [entry('令和4年度', '令和4年度', 2022, 'initial', base), entry('令和5年度', '令和5年度', 2023, 'initial', base + 40), entry('令和6年度', '令和6年度要求', 2024, 'request', base + 95)];
}

export const budgetTable: NovelLayout = {
  id: 'budget-table',
  describe: 'A4 portrait; cover; one policy per page; name as a bare heading; office 「担当：」 line; a ruled budget table 年度 | 予算額 (令和4年度 / 令和5年度 / 令和6年度要求); sections as 「■」 headings',
  scan: [1, 2, 3, 4, 5],
  build() {
    const list = RECORDS.slice(0, 8).map((r, i): Shown => ({ ...shown(r), budget: yearTable(r, i) }));
    const pages = list.map((s) => `<div class="page"><div class="body"><div class="nm">${esc(s.rec.name)}</div>` +
      `<div class="of">担当：${s.offices.map((o) => `${esc(o.name)}（${esc(contactText(o))}）`).join('')}</div>` +
      `<table class="yt"><tr><th>年度</th><th>予算額</th></tr>${s.budget.map((b) => { const [h, v] = budgetHeadValue(b); return `<tr><td>${esc(h)}</td><td class="r">${esc(v)}</td></tr>`; }).join('')}</table>` +
      s.sections.map(([k, items]) => `<div class="h">■ ${esc(labelOf(k))}</div>${itemsHtml(items)}`).join('') + '</div></div>');
    const style = `${RULED}.body{padding:22mm 20mm}.nm{font-size:16pt;border-bottom:0.6mm solid #246;margin-bottom:3mm}.of{margin-bottom:4mm}.yt{width:90mm;margin-bottom:5mm}.r{text-align:right}.h{margin-top:4mm;color:#246}`;
    return { html: documentHtml('a4p', style, coverPage() + pages.join('')), shown: list };
  },
};

/** Page numbers of the apparatus layout: cover 1, contents 2, then a divider before each chapter and one page per record, then the index. */
function apparatusPlan(list: NovelRecord[]): { chapter: string; recs: { rec: NovelRecord; page: number }[]; divider: number }[] {
  let page = 2;
  return CATALOGUE.chapters.map((chapter) => {
    const divider = ++page;
    return { chapter, divider, recs: list.filter((r) => r.chapter === chapter).map((rec) => ({ rec, page: ++page })) };
  });
}

export const apparatus: NovelLayout = {
  id: 'toc-dividers-index',
  describe: 'A4 portrait; cover, a table of contents listing every policy with dot leaders and page numbers, a divider page per chapter, one policy per page as label cells (施策名 cell beside its value), and an index of policies with pages at the end; page numbers at the bottom right',
  build() {
    const plan = apparatusPlan(RECORDS);
    const list = plan.flatMap((c) => c.recs.map((x) => shown(x.rec)));
    const foot = (n: number) => `<div class="pn">${n}</div>`;
    const toc = `<div class="page"><div class="body"><div class="tt">目　次</div>${plan.map((c) => `<div class="ch">${esc(c.chapter)}<span class="dots"></span>${c.divider}</div>` +
      c.recs.map((x) => `<div class="te">${esc(x.rec.name)}<span class="dots"></span>${x.page}</div>`).join('')).join('')}</div>${foot(2)}</div>`;
    const body = plan.flatMap((c) => [`<div class="page dv"><div>${esc(c.chapter)}</div>${foot(c.divider)}</div>`,
      ...c.recs.map((x) => `<div class="page"><div class="body"><div class="chr">${esc(c.chapter)}</div><table><tr><th class="lb">施策名</th><td class="nmv">${esc(x.rec.name)}</td></tr>${labelRows(shown(x.rec))}</table></div>${foot(x.page)}</div>`)]);
    const last = plan.at(-1)!.recs.at(-1)!.page + 1;
    const sorted = plan.flatMap((c) => c.recs).sort((a, b) => a.rec.name.localeCompare(b.rec.name, 'ja'));
    const index = `<div class="page"><div class="body"><div class="tt">施策名索引</div>${sorted.map((x) => `<div class="te">${esc(x.rec.name)}<span class="dots"></span>${x.page}</div>`).join('')}</div>${foot(last)}</div>`;
    const style = `${RULED}.body{padding:20mm 18mm}.tt{font-size:18pt;text-align:center;margin-bottom:8mm}.ch{font-size:12pt;margin-top:4mm;display:flex}.te{display:flex;padding-left:8mm}
.dots{flex:1;border-bottom:0.4mm dotted #555;margin:0 2mm 1.2mm}.pn{position:absolute;bottom:10mm;right:18mm;font-size:9pt}.dv{display:flex;align-items:center;justify-content:center;font-size:22pt}
.chr{font-size:9pt;color:#555;margin-bottom:3mm}.lb{width:32mm}.nmv{font-size:13pt}`;
    return { html: documentHtml('a4p', style, coverPage() + toc + body.join('') + index), shown: list };
  },
};

export const ENGLISH: Record<string, string> = { 担当: 'Contact', 予算額: 'Budget', 目的: 'Purpose', 概要: 'Outline', 期待される効果: 'Expected outcome', 成果目標: 'KPI', 事業期間: 'Period', 補助率: 'Subsidy rate', 補助対象: 'Eligible' };

export const bilingual: NovelLayout = {
  id: 'bilingual-cells',
  describe: 'A4 portrait; cover; two policies per page; every label a cell of a Japanese and an English line (「事業名 / Project」, 「目的 / Purpose」, 「予算額 / Budget」, 「担当 / Contact」) left of its value',
  build() {
    const list = RECORDS.slice(0, 10).map((r) => shown(r));
    const label = (k: string): string => `${esc(labelOf(k))}<br><span class="en">${ENGLISH[k] ?? ''}</span>`;
    const rec = (s: Shown) => `<table class="rec"><tr><th>事業名<br><span class="en">Project</span></th><td class="nmv">${esc(s.rec.name)}</td></tr>${labelRows(s, label)}</table>`;
    const pages = perPage(list, 2).map((two) => `<div class="page"><div class="body">${two.map(rec).join('')}</div></div>`);
    const style = `${RULED}.body{padding:16mm 16mm}.rec{margin-bottom:8mm}th{width:34mm}.en{font-size:7.5pt;color:#444}.nmv{font-size:12.5pt}`;
    return { html: documentHtml('a4p', style, coverPage() + pages.join('')), shown: list };
  },
};

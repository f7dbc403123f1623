/**
 * Builds samples/soumu-shisaku-fy2021.pdf and its truth file: the 総務省 chapter of the FY2021
 * (令和3年度) policy catalogue (施策集), from seed 000_ba2badbcc32d7d27, printed with Chromium on A4
 * landscape. Content comes from data/soumu-shisaku-fy2021.json (clean text curated by hand).
 *
 * Page plan: cover (with an assumed date), the table of contents (page numbers of the original
 * cross-ministry catalogue, 7–140, not of this PDF), then one policy per page; three policies run
 * on to continuation pages that do not repeat the title (a burden-share table, the 19-row
 * ローカル5G table, case pages).
 *
 * Truth conventions (chosen here):
 * - sections: 特徴・ポイント, 目的 (事業目的), 概要 (事業の概要) and the <期待される効果>-like block,
 *   under their printed labels; items joined with "\n", bullet glyphs (✓ • ・) left out, line
 *   wraps joined. Other printed blocks (<事業の達成目標>, notes, case pages) are not sections.
 * - table cells: in-cell lines joined with no separator, one space between two ASCII characters;
 *   a cell covered by a merge is "". The per-policy field boxes are not listed as tables.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printHtmlToPdf } from './print-pdf.js';
import type { TruthBudgetLine, TruthDocument, TruthPolicy, TruthTable } from './truth.js';

const NAME = 'soumu-shisaku-fy2021';
const SEED = '000_ba2badbcc32d7d27';
const SAMPLES = new URL('..', import.meta.url).pathname;
const DATA = new URL('./data/soumu-shisaku-fy2021.json', import.meta.url).pathname;

type Cell = string | { t: string; rs?: number; cs?: number } | null;
interface TableBlock { type: 'table'; caption: string; widths: number[]; header: Cell[][]; rows: Cell[][]; small?: boolean; keyCol?: boolean }
type Block = { type: 'heading' | 'banner'; text: string } | { type: 'lines'; lines: string[]; small?: boolean } | TableBlock;
interface Items { label: string; bullet: string; items: string[]; plainLast?: boolean }
interface BudgetItem { label: string | null; value?: string; truth: Omit<TruthBudgetLine, 'raw'> }
interface Policy {
  id: string; name: string; officeLines: string[];
  offices: { name: string; phones: string[]; emails: string[] }[];
  field: string; refs: string[];
  budgetLayout: 'inline' | 'split' | 'columns'; budget: BudgetItem[];
  layout: 'normal' | 'label-before' | 'two-column';
  features: string[]; purpose: Items; overview: Items; effects: Items | null;
  notes: { heading: string; lines: string[]; small?: boolean }[];
  extraPages: { blocks: Block[] }[];
}
interface Data { cover: { title: string; subtitle: string; ministry: string; date: string; iso: string }; toc: { rows: string[][] }; policies: Policy[] }

/** The value, or an error naming what was missing (the data file is hand-written). */
function must<T>(v: T | undefined | null, what: string): T {
  if (v === undefined || v === null) throw new Error(`Missing in data: ${what}`);
  return v;
}

const data = JSON.parse(readFileSync(DATA, 'utf8')) as Data;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const br = (s: string) => esc(s).replace(/\n/g, '<br>');

/** In-cell lines joined with no separator, except one space between two printable ASCII characters. */
function joinCellLines(text: string): string {
  return text.split('\n').reduce((acc, line) => {
    if (!acc) return line;
    const ascii = /[\x21-\x7e]/;
    return acc + (ascii.test(acc.slice(-1)) && ascii.test(line[0] ?? '') ? ' ' : '') + line;
  }, '');
}

/** Budget amount re-read from the printed text, to check the hand-written truth. */
function parseBudget(raw: string, note: string | null): Omit<TruthBudgetLine, 'raw'> {
  const era = /令和(\d+|元)年度/.exec(raw);
  if (!era) throw new Error(`Cannot read budget line: no era in ${raw}`);
  const supp = /(第?(\d)次)?補正/.exec(raw);
  const amountRe = note ? new RegExp(`${note}:([\\d,]+)(百万円|億円|千円|万円)`) : /(約)?([\d,]+)(百万円|億円|千円|万円)/;
  const m = amountRe.exec(raw);
  if (!m) throw new Error(`Cannot read budget line: no amount in ${raw}`);
  const num = must(note ? m[1] : m[2], 'amount');
  const unit = must(note ? m[2] : m[3], 'unit');
  const mult: Record<string, number> = { 百万円: 1e6, 億円: 1e8, 千円: 1e3, 万円: 1e4 };
  return {
    fiscal_year: 2018 + (era[1] === '元' ? 1 : Number(era[1])),
    era_label: must(era[0], 'era'),
    stage: supp ? 'supplementary' : raw.includes('当初') ? 'initial' : raw.includes('要求') ? 'request' : 'draft',
    supplementary_no: supp?.[2] ? Number(supp[2]) : null,
    account: raw.includes('一般会計') ? '一般会計' : null,
    amount_jpy: Number(num.replace(/,/g, '')) * must(mult[unit], unit),
    unit,
    part_of: raw.includes('の内数'),
    approximate: !note && Boolean(m[1]),
    new: raw.includes('新規'),
    note,
  };
}

function budgetRaws(p: Policy): string[] {
  let last = '';
  return p.budget.map((b) => (last = b.label === null ? last : b.value ? `${b.label} ${b.value}` : b.label));
}

// ---------- HTML ----------

function renderTable(t: TableBlock): string {
  const cols = `<colgroup>${t.widths.map((w) => `<col style="width:${w}mm">`).join('')}</colgroup>`;
  const row = (cells: Cell[], tag: string) =>
    `<tr>${cells
      .map((c, i) => {
        if (c === null) return '';
        const o = typeof c === 'string' ? { t: c } : c;
        const attrs = `${o.rs ? ` rowspan="${o.rs}"` : ''}${o.cs ? ` colspan="${o.cs}"` : ''}`;
        const cls = t.keyCol && i === 0 ? ' class="key"' : '';
        return `<${tag}${attrs}${cls}>${br(o.t)}</${tag}>`;
      })
      .join('')}</tr>`;
  return `<table class="data${t.small ? ' small' : ''}">${cols}<thead>${t.header.map((r) => row(r, 'th')).join('')}</thead><tbody>${t.rows.map((r) => row(r, 'td')).join('')}</tbody></table>`;
}

const cellText = (c: Cell) => (c === null ? '' : typeof c === 'string' ? c : c.t);

function tableTruth(t: TableBlock, pages: number[]): TruthTable {
  const spans: TruthTable['spans'] = [];
  const text = (rows: Cell[][], offset: number) =>
    rows.map((r, ri) =>
      r.map((c, ci) => {
        if (c === null) return '';
        if (typeof c !== 'string' && (c.rs || c.cs)) spans.push({ row: offset + ri, col: ci, rowSpan: c.rs ?? 1, colSpan: c.cs ?? 1 });
        return joinCellLines(typeof c === 'string' ? c : c.t);
      }),
    );
  const header = text(t.header, 0);
  return { caption: t.caption, pages, header, rows: text(t.rows, t.header.length), spans };
}

function itemsHtml(it: Items, glyph?: string): string {
  return it.items
    .map((s, i) => {
      const g = it.plainLast && i === it.items.length - 1 ? '' : glyph ?? it.bullet;
      return g ? `<div class="bl"><span class="g">${g}</span>${esc(s)}</div>` : `<div class="pl">${esc(s)}</div>`;
    })
    .join('');
}

function budgetCells(p: Policy): string[] {
  if (p.budgetLayout === 'split') return p.budget.flatMap((b) => [`<td class="bud">${esc(b.label!)}</td>`, `<td class="bud val">${esc(b.value!)}</td>`]);
  if (p.budgetLayout === 'columns')
    return [`<td class="bud"><div class="budcols"><div>${p.budget.map((b) => `<div>${esc(b.label!)}</div>`).join('')}</div><div class="vals">${p.budget.map((b) => `<div>${esc(b.value!)}</div>`).join('')}</div></div></td>`];
  return [`<td class="bud">${p.budget.filter((b) => b.label).map((b) => `<div>${esc(b.label!)}</div>`).join('')}</td>`];
}

function metaTable(p: Policy): string {
  const cells = budgetCells(p);
  const rs = cells.length;
  const first = `<tr><th class="lab" rowspan="${rs}">分野</th><td class="fld" rowspan="${rs}">${esc(p.field)}</td><th class="lab3" rowspan="${rs}">総合戦略該当箇所</th><td class="refs" rowspan="${rs}">${p.refs.map(esc).join('<br>')}</td><th class="lab" rowspan="${rs}">予算額</th>${cells[0]}</tr>`;
  return `<table class="meta"><colgroup><col style="width:10mm"><col style="width:72mm"><col style="width:13.5mm"><col style="width:30mm"><col style="width:10mm"><col></colgroup>${first}${cells.slice(1).map((c) => `<tr>${c}</tr>`).join('')}</table>`;
}

function bodyTable(p: Policy): string {
  const feat = (items: string[]) => itemsHtml({ label: '', bullet: '✓', items });
  if (p.layout === 'label-before') {
    // The 目的 label box starts beside the last ✓ bullet: a reader going by boxes meets 目的 before it.
    const head = p.features.slice(0, -1);
    const last = p.features.slice(-1);
    return `<table class="body"><colgroup><col style="width:13.5mm"><col></colgroup>
      <tr><th class="lab3">特徴・ポイント</th><td class="feat open">${feat(head)}</td></tr>
      <tr><th class="lab3" rowspan="2">${esc(p.purpose.label)}</th><td class="feat">${feat(last)}</td></tr>
      <tr><td>${itemsHtml(p.purpose)}</td></tr>
      <tr><th class="lab3">${esc(p.overview.label)}</th><td>${itemsHtml(p.overview)}</td></tr></table>`;
  }
  const featRow = `<tr><th class="lab3">特徴・ポイント</th><td class="feat">${feat(p.features)}</td></tr>`;
  const box = (it: Items) => `<table class="body"><colgroup><col style="width:13.5mm"><col></colgroup><tr><th class="lab3">${esc(it.label)}</th><td>${itemsHtml(it)}</td></tr></table>`;
  if (p.layout === 'two-column')
    return `<table class="body"><colgroup><col style="width:13.5mm"><col></colgroup>${featRow}</table><div class="twocol"><div>${box(p.purpose)}</div><div>${box(p.overview)}</div></div>`;
  return `<table class="body"><colgroup><col style="width:13.5mm"><col></colgroup>${featRow}
    <tr><th class="lab3">${esc(p.purpose.label)}</th><td>${itemsHtml(p.purpose)}</td></tr>
    <tr><th class="lab3">${esc(p.overview.label)}</th><td>${itemsHtml(p.overview)}</td></tr></table>`;
}

function policyPage(p: Policy): string {
  const effects = p.effects ? `<div class="blk"><h3>&lt;${esc(p.effects.label)}&gt;</h3>${itemsHtml(p.effects)}</div>` : '';
  const notes = p.notes
    .map((n) => `<div class="blk${n.small ? ' small' : ''}">${n.heading ? `<h3>${esc(n.heading)}</h3>` : ''}${n.lines.map((l) => `<div class="pl">${esc(l)}</div>`).join('')}</div>`)
    .join('');
  return `<div class="page"><div class="tag">総務省</div><h1>施策名:${esc(p.name)}</h1>
    <div class="office">${p.officeLines.map(esc).join('<br>')}</div>${metaTable(p)}${bodyTable(p)}${effects}${notes}<div class="fig"></div></div>`;
}

function blockHtml(b: Block): string {
  if (b.type === 'banner') return `<div class="banner">${esc(b.text)}</div>`;
  if (b.type === 'heading') return `<h3>${esc(b.text)}</h3>`;
  if (b.type === 'lines') return `<div class="blk${b.small ? ' small' : ''}">${b.lines.map((l) => `<div class="pl">${esc(l)}</div>`).join('')}</div>`;
  return renderTable(b as TableBlock);
}

const tocTable: TableBlock = {
  type: 'table', caption: '', widths: [108, 16, 108, 16],
  header: [['施策名', 'ページ', '施策名', 'ページ']], rows: data.toc.rows,
};

const CSS = `@page{size:A4 landscape;margin:0}
*{font-weight:normal!important}
body{margin:0;font-family:"IPAexGothic";font-size:11pt;line-height:1.4;color:#111}
.page{width:297mm;height:210mm;box-sizing:border-box;padding:9mm 13mm 8mm;overflow:hidden;position:relative;break-after:page;display:flex;flex-direction:column}
.fig{flex:1 1 auto;margin-top:2.5mm;border:1px solid #c5d0de;background:linear-gradient(135deg,#f4f7fb,#e6edf6);border-radius:2mm}
.tag{position:absolute;top:6mm;right:13mm;border:1px solid #1f3b73;color:#1f3b73;padding:0.3mm 3mm;font-size:9pt}
h1{font-size:16pt;margin:2mm 0 1mm;padding-bottom:1mm;border-bottom:2.2px solid #1f3b73;color:#0d2350;white-space:nowrap}
.office{text-align:right;font-size:10pt;margin-bottom:2mm}
table{border-collapse:collapse;table-layout:fixed;width:100%}
th,td{border:0.8px solid #333;padding:1mm;vertical-align:middle;text-align:left;font-weight:normal}
th.lab,th.lab3{background:#dbe5f1;text-align:center;font-size:10pt;line-height:1.25;word-break:break-all}
.meta td.bud.val{text-align:right;border-top:0.6px dotted #777}
.meta td.bud{border-bottom-style:solid}
.budcols{display:flex;justify-content:space-between}.budcols .vals{text-align:right}
table.body{margin-top:1.5mm}
td.feat{background:#fffbe8}td.feat.open{border-bottom:none}
.bl{padding-left:1.2em;text-indent:-1.2em}.g{display:inline-block;width:1.2em;text-indent:0;color:#1f3b73}
.twocol{display:flex;gap:3mm}.twocol>div{flex:1}
.blk{margin-top:1.5mm}.blk.small,.small{font-size:9.5pt}
h3{font-size:11.5pt;margin:2mm 0 0.8mm;color:#0d2350}
.banner{background:#1f3b73;color:#fff;font-size:13pt;padding:1.2mm 3mm;margin:1mm 0 2mm}
table.data{margin:1mm 0 2mm;width:auto}table.data th{background:#dbe5f1;text-align:center}
table.data.small{font-size:8.8pt;line-height:1.25}table.data.small td{padding:0.6mm 1mm}
table.data td.key{background:#eef2f8;text-align:center}
.cover{display:flex;flex-direction:column;justify-content:center;align-items:center;text-align:center}
.cover .t{font-size:26pt;color:#0d2350;margin-bottom:4mm}.cover .s{font-size:16pt}
.cover .m{font-size:22pt;margin-top:24mm;border:2px solid #1f3b73;padding:3mm 16mm}.cover .d{font-size:14pt;margin-top:18mm}
.toc h2{font-size:18pt;border-left:3mm solid #1f3b73;padding-left:3mm;margin:4mm 0 5mm}
.toc table.data{font-size:10.5pt}.toc table.data td{padding:1.6mm 2mm}.toc td:nth-child(2),.toc td:nth-child(4){text-align:center}
.overflow{position:absolute;bottom:0;left:0;color:red;font-size:20pt}`;

const OVERFLOW_CHECK = `<script>for(const p of document.querySelectorAll('.page')){if(p.scrollHeight>p.clientHeight+1||p.scrollWidth>p.clientWidth+1){const d=document.createElement('div');d.className='overflow';d.textContent='PAGE-OVERFLOW';p.appendChild(d);}}</script>`;

// ---------- build ----------

function build(): { html: string; truth: TruthDocument } {
  const c = data.cover;
  const pages: string[] = [
    `<div class="page cover"><div class="t">${esc(c.title)}</div><div class="s">${esc(c.subtitle)}</div><div class="m">${esc(c.ministry)}</div><div class="d">${esc(c.date)}</div></div>`,
    `<div class="page toc"><h2>総務省</h2>${renderTable(tocTable)}</div>`,
  ];
  const tables: TruthTable[] = [{ ...tableTruth(tocTable, [2]), caption: null }];
  const pageTexts: TruthDocument['page_texts'] = [
    { page: 1, texts: [c.title, c.ministry, c.date] },
    { page: 2, texts: ['施策名', '高度無線環境整備推進事業', '地域情報化の推進(本省、地方)', '地域防災等のためのG空間情報の利活用推進'] },
  ];
  const policies: TruthPolicy[] = [];
  for (const p of data.policies) {
    const first = pages.length + 1;
    pages.push(policyPage(p));
    const b0 = must(p.budget[0], 'budget');
    const amount = must(/[\d,]+百万円/.exec(b0.value ?? must(b0.label, 'label'))?.[0], 'amount');
    const phone = must(p.offices[0]?.phones[0], 'phone');
    pageTexts.push({ page: first, texts: [p.name, phone, amount, must(p.overview.items[0], 'overview').slice(0, 8)] });
    for (const x of p.extraPages) {
      const n = pages.length + 1;
      pages.push(`<div class="page">${x.blocks.map(blockHtml).join('')}</div>`);
      for (const b of x.blocks) if (b.type === 'table') tables.push(tableTruth(b, [n]));
      const texts = x.blocks.flatMap((b) =>
        b.type === 'table' ? [must(cellText(must(b.rows[1]?.[1], 'cell')).split('\n')[0], 'line')] : b.type === 'lines' ? [] : [b.text],
      );
      pageTexts.push({ page: n, texts: texts.slice(0, 5) });
    }
    const raws = budgetRaws(p);
    const sections: Record<string, string> = { 特徴・ポイント: p.features.join('\n'), [p.purpose.label]: p.purpose.items.join('\n'), [p.overview.label]: p.overview.items.join('\n') };
    if (p.effects) sections[p.effects.label] = p.effects.items.join('\n');
    policies.push({
      name: p.name,
      pages: Array.from({ length: p.extraPages.length + 1 }, (_, i) => first + i),
      category: null,
      field: p.field,
      strategy_refs: p.refs,
      offices: p.offices.map((o) => ({ ...o, ministry: '総務省' })),
      budget: p.budget.map((b, i) => {
        const raw = must(raws[i], 'raw');
        const line: TruthBudgetLine = { ...b.truth, raw };
        const again = parseBudget(raw, b.truth.note);
        if (JSON.stringify({ ...again, raw }) !== JSON.stringify(line)) throw new Error(`Budget truth differs from its text: ${p.name}: ${JSON.stringify(again)}`);
        return line;
      }),
      sections,
      number: null,
    });
  }
  const byName = (n: string) => policies.find((x) => x.name === n)!.pages;
  const truth: TruthDocument = {
    file: `${NAME}.pdf`,
    seed: SEED,
    family: NAME,
    edition: c.iso,
    page_count: pages.length,
    made_with:
      'HTML printed with Debian Chromium (samples/make/make-soumu-shisaku-fy2021.ts, data in samples/make/data/soumu-shisaku-fy2021.json), A4 landscape, IPAexGothic. ' +
      'Text is the seed 000_ba2badbcc32d7d27 with OCR noise fixed by hand (「ト∃タ」→トヨタ, 「JPOR」→JPQR, 「56」→5G, 「nm concept」/「internet traffic」 read as nm_concept/internet_traffic); figures and photos of the original are left out. ' +
      `The cover date ${c.date} is an assumption (the seed prints none). The テレワーク office phone 03-5252-5751 is kept as the seed prints it. ` +
      'Truth: sections are 特徴・ポイント, 目的/事業目的, 概要/事業の概要 and the <期待される効果>-like block, items joined with "\\n", bullet glyphs left out; table cells join in-cell lines (a space only between ASCII characters), covered cells are "". The shared e-mail of the two ローカル5G offices is listed on both.',
    hazards: [
      'labels wrapping inside narrow ruled cells on every policy page (予算/額, 総合戦/略該当/箇所, 特徴・/ポイン/ト, 事業目/的)',
      `two budget lines in one cell: 「新たな日常」の定着に向けたケーブルテレビ光化による耐災害性強化事業 (p${byName('「新たな日常」の定着に向けたケーブルテレビ光化による耐災害性強化事業')[0]}), データ連携促進型スマートシティ推進事業 (p${byName('データ連携促進型スマートシティ推進事業')[0]}), マイナポイントによる消費活性化策の拡充 (p${byName('マイナポイントによる消費活性化策の拡充')[0]})`,
      `two amounts on one budget line split by 本省/地方: 地域情報化の推進(本省・地方) (p${byName('地域情報化の推進(本省・地方)')[0]})`,
      `budget value in a cell one row below its label: 携帯電話等エリア整備事業 (p${byName('携帯電話等エリア整備事業')[0]}) and 6 more (モバイル決済モデル推進事業, 医療・介護・健康データ利活用基盤高度化事業, サテライトオフィス・マッチング支援事業, デジタル活用環境構築推進事業(地域でのサテライトオフィス整備の推進), 情報信託機能活用促進事業, 地域防災等のためのG空間情報の利活用推進); two labels then two values (labels column left, values column right): マイナポイントの基盤を活用した個人給付の検討 (p${byName('マイナポイントの基盤を活用した個人給付の検討')[0]})`,
      `two offices on one line sharing one e-mail: 課題解決型ローカル5G等の実現に向けた開発実証 (p${byName('課題解決型ローカル5G等の実現に向けた開発実証')[0]}); office without e-mail: サテライトオフィス・マッチング支援事業; office name and phone on separate lines: インターネットトラヒック流通効率化等促進事業`,
      `目的 and 概要 side by side in two columns: 携帯電話等エリア整備事業 (p${byName('携帯電話等エリア整備事業')[0]}), サテライトオフィス・マッチング支援事業 (p${byName('サテライトオフィス・マッチング支援事業')[0]})`,
      `目的 label box begins beside the last 特徴・ポイント bullet (label read before that bullet): 高度無線環境整備推進事業 (p${byName('高度無線環境整備推進事業')[0]}), 地域ICTクラブの普及促進(デジタル活用共生社会推進事業) (p${byName('地域ICTクラブの普及促進(デジタル活用共生社会推進事業)')[0]})`,
      'continuation pages without the policy title (records spanning pages): 高度無線環境整備推進事業, 課題解決型ローカル5G等の実現に向けた開発実証 (2 pages), 地域情報化の推進(本省・地方)',
      `merged cells: 負担割合 table (rowspan, p${byName('高度無線環境整備推進事業')[1]}) and the 19-row 令和2年度実証事業 table (件名 merged over rows 16-17 and 18-19, p${byName('課題解決型ローカル5G等の実現に向けた開発実証')[1]})`,
      'a budget figure in prose that is not a budget line: 「<予算額約37億円(国費ベース)>」 in 高度無線環境整備推進事業 特徴・ポイント',
      'table of contents: two columns of name/page pairs, names wrapping in cells, page numbers of the full catalogue (7-140) not of this PDF, and a name spelled differently from its page title (地域情報化の推進(本省、地方) vs (本省・地方))',
      '事業目的/事業の概要 and 期待する効果/事業により期待される効果 as label variants',
    ],
    policies,
    cases: [],
    tables,
    page_texts: pageTexts,
  };
  const html = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>${CSS}</style></head><body>${pages.join('\n')}${OVERFLOW_CHECK}</body></html>`;
  return { html, truth };
}

// ---------- check ----------

const squash = (s: string) => s.replace(/\s+/g, '');
/** Label fragments that wrap in the narrow label cells and interleave with the text they label. */
const LABEL_BITS = new Set(['特徴・', 'ポイン', 'ト', '目的', '事業目', '的', '概要', '事業の', '分野', '総合戦', '略該当', '箇所', '予算', '額']);
function stripLabels(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const [head = '', ...rest] = line.trim().split(/\s+/);
      return LABEL_BITS.has(head) ? rest.join(' ') : line;
    })
    .join('\n');
}
function pageText(pdf: string, n: number, layout: boolean): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });
}

function check(pdf: string, truth: TruthDocument): string[] {
  const problems: string[] = [];
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  if (count !== truth.page_count) problems.push(`page count ${count}, truth ${truth.page_count}`);
  const layout = Array.from({ length: count }, (_, i) => pageText(pdf, i + 1, true));
  const raw = Array.from({ length: count }, (_, i) => pageText(pdf, i + 1, false));
  layout.forEach((t, i) => t.includes('PAGE-OVERFLOW') && problems.push(`page ${i + 1} overflows`));
  for (const { page, texts } of truth.page_texts) {
    let at = -1;
    for (const s of texts) {
      const j = must(layout[page - 1], 'page').indexOf(s, at + 1);
      if (j < 0) problems.push(`page ${page}: "${s}" not found (or out of order)`);
      else at = j;
    }
  }
  const titles = layout.map((t) => /施策名:(.*)/.exec(t)?.[1]?.trim() ?? null);
  for (const p of truth.policies) {
    const found = titles.indexOf(p.name) + 1;
    if (found !== p.pages[0]) problems.push(`${p.name}: title on page ${found}, truth ${p.pages[0]}`);
    const text = squash(stripLabels(p.pages.map((n) => raw[n - 1]).join('')));
    for (const [label, body] of Object.entries(p.sections))
      for (const item of body.split('\n')) if (!text.includes(squash(item))) problems.push(`${p.name}: ${label} item not found: ${item.slice(0, 20)}`);
    for (const b of p.budget) if (!squash(must(layout[must(p.pages[0], 'page') - 1], 'page')).includes(squash(b.raw).replace(/^.*?(?=[\d,]+百万円)/, ''))) problems.push(`${p.name}: budget ${b.raw}`);
  }
  for (const t of truth.tables)
    for (const r of [...t.header, ...t.rows]) for (const cell of r) if (!squash(must(raw[must(t.pages[0], 'page') - 1], 'page')).includes(squash(cell))) problems.push(`table ${t.caption}: cell ${cell}`);
  return problems;
}

function main(): void {
  const { html, truth } = build();
  const pdf = join(SAMPLES, `${NAME}.pdf`);
  printHtmlToPdf(html, pdf);
  writeFileSync(join(SAMPLES, `${NAME}.truth.json`), JSON.stringify(truth, null, 2) + '\n');
  const problems = check(pdf, truth);
  const size = statSync(pdf).size;
  console.log(`${pdf}: ${truth.page_count} pages, ${(size / 1024).toFixed(0)} KB, ${truth.policies.length} policies`);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  }
}

main();

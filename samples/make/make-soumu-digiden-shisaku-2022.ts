/**
 * Builds samples/soumu-digiden-shisaku-2022.pdf: 「デジタル田園都市国家構想 総務省関連施策集」(令和4年12月23日),
 * from seed 004_371e6d106a2ab110, and its truth file.
 * Printed with Chromium (printHtmlToPdf), IPAexGothic, A4 landscape, one or two pages per policy.
 *
 * The records, clean text and budget truth live in data/soumu-digiden-shisaku-2022.json (hand-curated from the
 * seed, OCR slips fixed). Layout hazards reproduced: eight spellings of the 「デジ田総合戦略における位置づけ」
 * label, several budget lines in one cell, labels wrapping inside narrow cells, 目的 | 概要 in two columns,
 * budget values printed apart from their label, two offices on one line, ruled roadmaps with colspan/rowspan.
 * Truth conventions: sections keyed by printed label; list items joined with "\n"; table cells covered by a
 * merge are ""; spans are 0-based over header rows then body rows.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printHtmlToPdf } from './print-pdf.js';
import type { TruthBudgetLine, TruthDocument, TruthPolicy, TruthTable } from './truth.js';

const NAME = 'soumu-digiden-shisaku-2022';
const SAMPLES = new URL('..', import.meta.url).pathname;
const DATA = join(SAMPLES, 'make', 'data', `${NAME}.json`);

type Text = string | string[];
interface Torikumi { head: string; bullets: string[]; office: string }
interface Policy {
  id: string; group: string; heading: string; name: string; subtitle?: string;
  office_lines: string[]; offices: string[];
  category: string; category_lines?: string[];
  strategy_label: string; strategy_label_lines?: string[]; strategy_refs: string[]; narrow?: boolean;
  budget_printed: string[]; budget: TruthBudgetLine[]; budget_apart?: boolean;
  effect_label: string; effect: Text; layout: 'twocol' | 'stack';
  purpose: Text; overview: Text; detail?: string[];
  tables?: string[]; torikumi?: Torikumi; two_pages?: boolean;
}
interface DataTable { caption: string; header: string[][]; rows: string[][]; spans: { row: number; col: number; rowSpan: number; colSpan: number }[] }
const data = JSON.parse(readFileSync(DATA, 'utf8')) as { policies: Policy[]; tables: Record<string, DataTable> };

/** A named table from the data file (throws on a typo). */
function tableOf(k: string): DataTable {
  const t = data.tables[k];
  if (!t) throw new Error(`no table ${k}`);
  return t;
}
const pagesOf = (id: string): number[] => {
  const p = policyPagesMap.get(id);
  if (!p || p.length === 0) throw new Error(`no pages for ${id}`);
  return p;
};
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const joinText = (t: Text) => (Array.isArray(t) ? t.join('\n') : t);
const textHtml = (t: Text) => (Array.isArray(t) ? t.map((l) => `<div class="li">${esc(l)}</div>`).join('') : `<div>${esc(t)}</div>`);

/** Group headings as printed in the table of contents. */
const GROUPS: Record<string, string[]> = {
  '1': ['1. 分野横断的な施策の推進'],
  '2-1-1': ['2. 分野別の施策の推進', '(1) デジタルの力を活用した地方の社会課題解決・魅力向上', '○ 地方に仕事をつくる'],
  '2-1-2': ['○ 人の流れをつくる'],
  '2-1-3': ['○ 魅力的な地域をつくる'],
  '2-2': ['(2) デジタル田園都市国家構想を支えるハード・ソフトのデジタル基盤整備', '○ デジタルインフラの整備'],
  '3-1': ['○ マイナンバーカードの普及促進・利活用拡大'],
  '3-2': ['○ データ連携基盤の構築'],
  '4-1': ['(3) デジタル人材の育成・確保', '○ デジタル人材の地域への還流促進'],
  '4-3': ['○ その他の関連重要施策'],
  '5-1': ['(4) 誰一人取り残されないための取組', '○ デジタル推進委員の展開'],
  '5-2': ['○ デジタル共生社会の実現'],
  '6': ['3. 地域ビジョンの実現に資する施策間連携・地域間連携の推進', '○ 地域間連携'],
};

function tableHtml(t: DataTable): string {
  const covered = new Set<string>();
  const spanAt = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const s of t.spans) {
    spanAt.set(`${s.row},${s.col}`, s);
    for (let r = s.row; r < s.row + s.rowSpan; r++) for (let c = s.col; c < s.col + s.colSpan; c++) if (r !== s.row || c !== s.col) covered.add(`${r},${c}`);
  }
  const tr = (row: string[], r: number) => {
    const tag = r < t.header.length ? 'th' : 'td';
    return `<tr>${row.map((cell, c) => {
      if (covered.has(`${r},${c}`)) return '';
      const s = spanAt.get(`${r},${c}`);
      const attrs = s ? `${s.rowSpan > 1 ? ` rowspan="${s.rowSpan}"` : ''}${s.colSpan > 1 ? ` colspan="${s.colSpan}"` : ''}` : '';
      const cls = tag === 'td' && cell && /^令和|^・|^①|^②/.test(cell) === false && s && s.colSpan > 1 ? ' class="bar"' : '';
      return `<${tag}${attrs}${cls}>${esc(cell)}</${tag}>`;
    }).join('')}</tr>`;
  };
  return `<div class="tcap">${esc(t.caption)}</div><table class="road"><thead>${t.header.map((r, i) => tr(r, i)).join('')}</thead><tbody>${t.rows.map((r, i) => tr(r, i + t.header.length)).join('')}</tbody></table>`;
}

function budgetHtml(p: Policy): string {
  return p.budget_printed.map((l) => `<div>${esc(l)}</div>`).join('');
}

function headerTable(p: Policy): string {
  const lab = p.strategy_label_lines ? p.strategy_label_lines.map(esc).join('<br>') : esc(p.strategy_label);
  const cat = (p.category_lines ?? [p.category]).map(esc).join('<br>');
  const cols = p.narrow || p.strategy_label_lines
    ? '<col style="width:14%"><col style="width:9%"><col style="width:49%"><col style="width:28%">'
    : '<col style="width:16%"><col style="width:46%"><col style="width:38%">';
  const budgetCell = p.budget_apart ? '' : budgetHtml(p);
  if (p.narrow || p.strategy_label_lines) {
    // label cell squeezed into a narrow column, so the label wraps inside it (as in the original)
    return `<table class="hdr">${cols}<tr><th>施策分類</th><th class="narrow">${lab}</th><td rowspan="2" class="sref">${p.strategy_refs.map(esc).join('<br>')}</td><th>予算額</th></tr>` +
      `<tr><td>${cat}</td><td></td><td class="budget">${budgetCell}</td></tr></table>`;
  }
  return `<table class="hdr">${cols}<tr><th>施策分類</th><th>${lab}</th><th>予算額</th></tr>` +
    `<tr><td>${cat}</td><td class="sref">${p.strategy_refs.map(esc).join('<br>')}</td><td class="budget">${budgetCell}</td></tr></table>`;
}

function policyPages(p: Policy, pageNo: number): string[] {
  const offices = `<div class="office">${p.office_lines.map(esc).join('<br>')}</div>`;
  const top = `<div class="band">${esc(p.heading)}</div>` +
    `<div class="titlerow"><div class="pname">施策名：${esc(p.name)}${p.subtitle ? `<div class="sub">${esc(p.subtitle)}</div>` : ''}</div>${offices}</div>`;
  const effect = `<table class="eff"><tr><th>${esc(p.effect_label)}</th><td>${textHtml(p.effect)}</td></tr></table>`;
  const apart = p.budget_apart ? `<div class="apart">${budgetHtml(p)}</div>` : '';
  const po = p.layout === 'twocol'
    ? `<table class="twocol"><tr><th>目的</th><td>${textHtml(p.purpose)}</td><th>概要</th><td>${textHtml(p.overview)}</td></tr></table>`
    : `<table class="stack"><tr><th>目的</th><td>${textHtml(p.purpose)}</td></tr><tr><th>概要</th><td>${textHtml(p.overview)}</td></tr></table>`;
  const detail = p.detail ? `<div class="detail"><div class="dl">詳細</div>${p.detail.map((l) => `<div>${esc(l)}</div>`).join('')}</div>` : '';
  const tables = (p.tables ?? []).map((k) => tableHtml(tableOf(k))).join('');
  const tori = p.torikumi
    ? `<div class="tori"><div class="trh">第4章 各分野の施策の推進</div><div class="trl">【具体的取組】</div><div class="trs">${esc(p.torikumi.head)}</div>` +
      `${p.torikumi.bullets.map((b) => `<div class="li">${esc(b)}</div>`).join('')}<div class="tro">${esc(p.torikumi.office)}</div></div>`
    : '';
  const foot = (n: number) => `<div class="foot">${n}</div>`;
  if (p.two_pages) {
    return [
      `<div class="page">${top}${headerTable(p)}${effect}${apart}${po}${detail}${foot(pageNo)}</div>`,
      `<div class="page"><div class="band">${esc(p.heading)}</div>${tables}${tori}${foot(pageNo + 1)}</div>`,
    ];
  }
  return [`<div class="page">${top}${headerTable(p)}${effect}${apart}${po}${detail}${tables}${tori}${foot(pageNo)}</div>`];
}

const CSS = `
@page { size: 297mm 210mm; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "IPAexGothic"; color: #111; font-size: 10.5pt; line-height: 1.42; }
.page { width: 297mm; height: 210mm; padding: 9mm 13mm 12mm; position: relative; overflow: hidden; page-break-after: always; }
.band { background: #1f4e79; color: #fff; font-size: 11pt; padding: 1.6mm 4mm; margin-bottom: 2.5mm; }
.titlerow { display: flex; justify-content: space-between; align-items: flex-start; gap: 6mm; margin-bottom: 2mm; }
.pname { font-size: 14pt; font-weight: normal; border-bottom: 2px solid #1f4e79; padding-bottom: 1mm; flex: 1; }
.pname .sub { font-size: 10.5pt; font-weight: normal; }
.office { border: 1px solid #333; padding: 1mm 3mm; font-size: 9pt; max-width: 120mm; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #333; padding: 1mm 2mm; vertical-align: top; text-align: left; }
th { background: #dde7f3; font-weight: normal; }
.hdr { table-layout: fixed; margin-bottom: 1.5mm; }
.hdr th { text-align: center; vertical-align: middle; }
.hdr th.narrow { font-size: 8.5pt; line-height: 1.2; }
.hdr td.sref { vertical-align: middle; }
.eff { margin-bottom: 1.5mm; }
.eff th, .stack th { width: 26mm; }
.twocol th { width: 14mm; }
.twocol td { width: 50%; }
.twocol, .stack { margin-bottom: 1.5mm; table-layout: fixed; }
.li { padding-left: 1em; text-indent: -1em; }
.apart { margin: 0 0 1.5mm auto; width: 95mm; border: 1.5px solid #c00000; padding: 1mm 2.5mm; font-size: 9pt; }
.apart .apl { color: #c00000; font-size: 8pt; }
.detail { border: 1px dashed #666; padding: 1mm 2.5mm; margin-bottom: 1.5mm; font-size: 9.6pt; }
.detail .dl { font-weight: normal; color: #1f4e79; }
.tcap { font-weight: normal; color: #1f4e79; margin: 1mm 0 0.5mm; }
.road { table-layout: fixed; margin-bottom: 1.5mm; font-size: 9.6pt; }
.road th { text-align: center; }
.road td.bar { background: #fbe5d6; }
.tori { border: 1px solid #1f4e79; padding: 1.2mm 3mm; font-size: 9.6pt; }
.tori .trh { color: #555; }
.tori .trl { font-weight: normal; }
.tori .tro { text-align: right; }
.foot { position: absolute; bottom: 5mm; left: 0; right: 0; text-align: center; font-size: 9pt; }
.cover { display: flex; flex-direction: column; justify-content: center; align-items: center; }
.cover h1 { font-weight: normal; font-size: 28pt; margin: 0 0 6mm; text-align: center; line-height: 1.5; }
.cover .date { font-size: 16pt; margin-top: 14mm; }
.cover .org { font-size: 18pt; margin-top: 8mm; }
.toc { font-size: 8.2pt; line-height: 1.3; column-count: 2; column-gap: 10mm; }
.toc .g { font-weight: normal; margin-top: 1mm; }
.toc .e { display: flex; padding-left: 3mm; }
.toc .e .t { flex: 1; }
.toc .e .n { width: 8mm; text-align: right; }
`;

// ---- page plan
const pages: string[] = [];
const policyPagesMap = new Map<string, number[]>();
let pageNo = 3;
const bodyPages: string[] = [];
for (const p of data.policies) {
  const ps = policyPages(p, pageNo);
  policyPagesMap.set(p.id, ps.map((_, i) => pageNo + i));
  bodyPages.push(...ps);
  pageNo += ps.length;
}
pages.push(`<div class="page cover"><h1>デジタル田園都市国家構想<br>総務省関連施策集</h1><div class="date">令和4年12月23日</div><div class="org">総務省</div></div>`);
let toc = '';
let lastGroup = '';
for (const p of data.policies) {
  if (p.group !== lastGroup) { toc += (GROUPS[p.group] ?? []).map((g) => `<div class="g">${esc(g)}</div>`).join(''); lastGroup = p.group; }
  toc += `<div class="e"><span class="t">・${esc(p.heading)}</span><span class="n">${pagesOf(p.id)[0]}</span></div>`;
}
pages.push(`<div class="page"><div class="band">目次</div><div class="toc">${toc}</div><div class="foot">2</div></div>`);
pages.push(...bodyPages);

const out = join(SAMPLES, `${NAME}.pdf`);
printHtmlToPdf(`<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>デジタル田園都市国家構想 総務省関連施策集</title><style>${CSS}</style></head><body>${pages.join('\n')}</body></html>`, out);

// ---- truth
const policies: TruthPolicy[] = data.policies.map((p) => {
  const sections: Record<string, string> = {};
  sections[p.effect_label] = joinText(p.effect);
  sections['目的'] = joinText(p.purpose);
  sections['概要'] = joinText(p.overview);
  if (p.detail) sections['詳細'] = p.detail.join('\n');
  if (p.torikumi) sections['具体的取組'] = [p.torikumi.head, ...p.torikumi.bullets].join('\n');
  return {
    name: p.name,
    pages: pagesOf(p.id),
    category: p.category,
    field: null,
    strategy_refs: p.strategy_refs,
    offices: p.offices.map((name) => ({ name, ministry: '総務省', phones: [], emails: [] })),
    budget: p.budget,
    sections,
    number: null,
  };
});

const tables: TruthTable[] = [];
for (const p of data.policies) {
  const pg = pagesOf(p.id);
  for (const k of p.tables ?? []) {
    const t = tableOf(k);
    tables.push({ caption: t.caption, pages: [pg[pg.length - 1] ?? pg[0]!], header: t.header, rows: t.rows, spans: t.spans });
  }
}

const cut = (s: string, n = 24) => (s.length > n ? s.slice(0, n) : s);
const firstLine = (t: Text): string => (Array.isArray(t) ? t[0] ?? '' : t);
const page_texts: TruthDocument['page_texts'] = [
  { page: 1, texts: ['デジタル田園都市国家構想', '総務省関連施策集', '令和4年12月23日'] },
  { page: 2, texts: ['目次', '1. 分野横断的な施策の推進', data.policies[1]?.heading ?? '', '○ 地域間連携'] },
];
for (const p of data.policies) {
  const pg = pagesOf(p.id);
  const t1: string[] = [p.heading, `施策名：${p.name}`, p.strategy_label_lines?.[0] ?? p.strategy_label];
  if (p.budget_printed[0] && !p.budget_apart) t1.push(p.budget_printed[0]);
  t1.push(cut(firstLine(p.effect)));
  page_texts.push({ page: pg[0]!, texts: t1.slice(0, 5) });
  if (pg[1] !== undefined) {
    const t2 = [p.heading];
    for (const k of p.tables ?? []) t2.push(tableOf(k).caption);
    if (p.torikumi) t2.push('【具体的取組】', p.torikumi.head);
    page_texts.push({ page: pg[1], texts: t2.slice(0, 5) });
  }
}

const truth: TruthDocument = {
  file: `${NAME}.pdf`,
  seed: '004_371e6d106a2ab110',
  family: 'soumu-digiden-shisaku',
  edition: '2022-12-23',
  page_count: pages.length,
  made_with: 'HTML printed with Chromium (printHtmlToPdf), IPAexGothic, A4 landscape (297mm × 210mm); cover, table of contents, ' +
    'then one or two pages per policy; text hand-curated from seed 004_371e6d106a2ab110 (OCR slips fixed), 37 of the seed\'s ~80 policies.',
  hazards: [
    'label spelling varies (8 spellings of 「デジ田総合戦略における位置づけ」): デジ田総合戦略 (e.g. 高度無線環境整備推進事業), デジタル総合戦略 (地域おこし協力隊, 地域情報化アドバイザー派遣事業 …), デジタル田舎戦略 (地域経済循環創造事業交付金（ローカル10,000プロジェクト）, テレワーク普及展開推進事業, 過疎地域持続的発展支援交付金, マイナンバーカードの交付率の普通交付税算定への反映), デン田総合戦略 (特定地域づくり事業の推進, データセンター、海底ケーブル等の地方分散によるデジタルインフラ強靱化事業), デジタル田園都市国家戦略 (電波資源拡大のための研究開発), デジタル田園都市国家構想 (Beyond 5G（6G）に向けた情報通信技術戦略の推進), デジタル戦略 (地方公共団体情報システムの標準化・共通化の推進), デジタル人材確保戦略 (地方公共団体におけるデジタル人材の確保・育成の推進)',
    'label 「施策効果の詳細」 printed as 「施策効果」: 情報信託機能活用促進事業, 電波資源拡大のための研究開発',
    'several budget lines in one cell (draft + 補正 + prior year in parentheses): e.g. 放送コンテンツによる地域情報発信力強化事業 (two figures in one parenthesis), 高度無線環境整備推進事業, Beyond 5G（6G）に向けた情報通信技術戦略の推進 (4 lines), 国家公務員・地方公務員における統計人材の育成 (ほかデジタル庁 notes)',
    'budget cell without a draft figure, only 補正 / prior year: 情報信託機能活用促進事業, データセンター、海底ケーブル等の地方分散によるデジタルインフラ強靱化事業, デジタル活用支援推進事業; 「－」 draft: 自治体マイナポイントの全国展開; 「—」 plus prior year: 地域ICTクラブの普及推進',
    'no budget value printed at all (cell empty): 地域デジタル基盤活用推進事業',
    'labels wrapping inside narrow cells (「デジタル田舎/戦略における/位置づけ」, 「デジ田総合戦略/における/位置づけ」): 地域経済循環創造事業交付金（ローカル10,000プロジェクト）, サテライトオフィスのマッチング支援, マイナンバーカードの交付率の普通交付税算定への反映',
    'text in two columns (目的 | 概要 side by side): e.g. ふるさと納税の活用促進, テレワーク普及展開推進事業, 高度無線環境整備推進事業, 携帯電話等エリア整備事業, マイナンバーカード交付事業費補助金',
    'budget value placed apart from its label (予算額 cell empty, figures in a box below 施策効果の詳細): 過疎地域持続的発展支援交付金, インターネットトラフィック流通効率化等促進事業, 「新たな日常」の定着に向けたケーブルテレビ光化による耐災害性強化事業',
    'two offices on one line: 地方公共団体への人材マッチング支援の充実化・ネットワーク化 (自治行政局地域情報化企画室、情報流通行政局地域通信振興課)',
    'one office over two lines: 放送コンテンツによる地域情報発信力強化事業, 電波資源拡大のための研究開発',
    'ruled roadmap tables with colspan/rowspan: 放送コンテンツによる地域情報発信力強化事業, 医療・介護・健康データ利活用基盤高度化事業, 携帯電話等エリア整備事業, 地方公共団体におけるデジタル人材の確保・育成の推進 (also a two-row header table)',
    'section heading (band) differs from the 施策名 (e.g. 「光ファイバの整備②」 → 高度無線環境整備推進事業); 【具体的取組】 excerpts from the strategy printed under the policy',
  ],
  policies,
  cases: [],
  tables,
  page_texts,
};
writeFileSync(join(SAMPLES, `${NAME}.truth.json`), JSON.stringify(truth, null, 2) + '\n');
console.log(`${NAME}: ${pages.length} pages, ${policies.length} policies, ${tables.length} tables`);

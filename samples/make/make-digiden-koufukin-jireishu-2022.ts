/**
 * Builds samples/digiden-koufukin-jireishu-2022.pdf (+ .truth.json) from data/digiden-koufukin-jireishu-2022.json
 * (seed 002_d3cfafd7b003f81d: デジタル田園都市国家構想交付金（デジタル実装タイプ）参考事例集 第1版, 2022-12-12).
 *
 * Slide-style A4 landscape pages: cover, notes, contents, 8 chapter pages, case pages with labelled
 * field boxes, and ruled tables whose cells hold bullet lists.
 *
 * Run: npx tsx samples/make/make-digiden-koufukin-jireishu-2022.ts
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printHtmlToPdf, FIT_CONTENT_SCRIPT } from './print-pdf.ts';
import type { TruthCase, TruthDocument, TruthTable } from './truth.ts';
import { missingPageTexts, pdfPageTexts, pdfPageCount } from './check-pdf.ts';

const here = dirname(fileURLToPath(import.meta.url));
const FILE = 'digiden-koufukin-jireishu-2022.pdf';
const outPdf = join(here, '..', FILE);
const outTruth = join(here, '..', 'digiden-koufukin-jireishu-2022.truth.json');

type Cell = string | { list: string[]; sub?: string[] };
interface TableData { caption: string; header: string[][]; rows: Cell[][] }
interface CaseData {
  ch: number; area: string | null; no: number | null; pref: string; muni: string | null; title: string;
  note?: string; lead: string[]; fields: [string, string[]][]; table?: string;
}
interface Data { chapters: string[]; cases: CaseData[]; tables: Record<string, TableData> }
const data = JSON.parse(readFileSync(join(here, 'data', 'digiden-koufukin-jireishu-2022.json'), 'utf8')) as Data;
const must = <T,>(v: T | undefined | null, what: string): T => {
  if (v === undefined || v === null) throw new Error(`missing ${what}`);
  return v;
};
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const chapterName = (n: number): string => must(data.chapters[n - 1], `chapter ${n}`);

// ---------- tables ----------
/** 区分 spans of the マイナンバーカード table: rows 1-4, 5-8, 9-13 (1-based over body rows). */
const MYNUMBER_SPANS = [
  { first: 0, len: 4 },
  { first: 4, len: 4 },
  { first: 8, len: 5 },
];
function cellHtml(c: Cell, attrs = ''): string {
  if (typeof c === 'string') return `<td${attrs}>${esc(c)}</td>`;
  const items = c.list.map((x) => `<li>${esc(x)}</li>`).join('');
  if (c.sub) {
    return `<td${attrs}><ul class="dot"><li class="head">${esc(c.list[0] ?? '')}<ul class="mid">${c.sub.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></li></ul></td>`;
  }
  return `<td${attrs}><ul class="dot">${items}</ul></td>`;
}
const cellText = (c: Cell): string =>
  typeof c === 'string' ? c : c.sub ? [`● ${c.list[0] ?? ''}`, ...c.sub.map((x) => `・${x}`)].join('\n') : c.list.map((x) => `・${x}`).join('\n');

function myNumberTable(rowFrom: number, rowTo: number, cont: boolean): string {
  const t = must(data.tables['mynumber'], 'mynumber');
  const head = `<tr>${must(t.header[0], 'h').map((h) => `<th>${esc(h)}</th>`).join('')}</tr>`;
  const rows: string[] = [];
  for (let i = rowFrom; i < rowTo; i++) {
    const r = must(t.rows[i], 'row');
    const span = MYNUMBER_SPANS.find((s) => s.first === i);
    const cells = [cellHtml(must(r[0], 'c0'), ' class="no"')];
    if (span) cells.push(`<td class="kubun" rowspan="${span.len}">${esc(String(r[1]))}</td>`);
    cells.push(cellHtml(must(r[2], 'c2'), ' class="bunrui"'), cellHtml(must(r[3], 'c3')), cellHtml(must(r[4], 'c4'), ' class="kino"'));
    rows.push(`<tr>${cells.join('')}</tr>`);
  }
  return `<div class="tcap">${esc(t.caption)}${cont ? '（続き）' : ''}</div><table class="ruled mn">${head}${rows.join('')}</table>`;
}
function simpleTable(key: string, keyValue: boolean): string {
  const t = must(data.tables[key], key);
  const head = t.header.map((h) => `<tr>${h.map((x) => `<th>${esc(x)}</th>`).join('')}</tr>`).join('');
  const rows = t.rows
    .map((r, i) => {
      if (keyValue && i === 0) return `<tr><th>${esc(String(r[0]))}</th><td colspan="3">${esc(String(r[1]))}</td></tr>`;
      if (keyValue) return `<tr><th>${esc(String(r[0]))}</th>${cellHtml(must(r[1], 'c'))}<th>${esc(String(r[2]))}</th>${cellHtml(must(r[3], 'c'))}</tr>`;
      return `<tr>${r.map((c) => cellHtml(c)).join('')}</tr>`;
    })
    .join('');
  return `<div class="tcap">${esc(t.caption)}</div><table class="ruled ${key}">${head}${rows}</table>`;
}

// ---------- pages ----------
interface Page { html: string; texts: string[]; cases?: number[]; tables?: string[]; chapter?: number }
const pages: Page[] = [];
const band = (ch: number, sub: string | null): string =>
  `<div class="band"><span class="bch">${esc(chapterName(ch).replace(/^【参考】/, ''))}</span>${sub ? `<span class="bsub">${esc(sub)}</span>` : ''}</div>`;

pages.push({
  html: `<div class="page cover"><div class="ctitle">デジタル田園都市国家構想交付金（デジタル実装タイプ）</div><div class="ctitle2">参考事例集</div>
<div class="logo">デジタル田園都市国家構想<br><span>DIGIDEN</span></div>
<div class="cdate">令和4年12月12日　第1版</div>
<div class="corg">内閣官房デジタル田園都市国家構想実現会議事務局<br>内閣府 地方創生推進事務局</div></div>`,
  texts: ['デジタル田園都市国家構想交付金（デジタル実装タイプ）', '参考事例集', '令和4年12月12日', '内閣官房デジタル田園都市国家構想実現会議事務局'],
});
pages.push({
  html: `<div class="page"><h2 class="ptitle">更新履歴、留意事項</h2><div class="sect">● 更新履歴</div><ul class="bul"><li>2022年12月12日　第1版発行</li></ul>
<div class="sect">● 留意事項</div><ul class="bul"><li>本事例集に記載している内容は、12/12時点の内容を取りまとめて作成したものになります。</li><li>今後において、事例集の中身は変更となる可能性がございます。予めご理解ください。</li></ul></div>`,
  texts: ['更新履歴、留意事項', '2022年12月12日', '第1版発行', '12/12時点'],
});
pages.push({
  html: `<div class="page"><div class="toclogo">デジタル田園都市国家構想 DIGIDEN</div><ol class="toc">${data.chapters.map((c, i) => `<li>${i + 1}.${esc(c)}</li>`).join('')}<li class="plain">問い合わせ先</li></ol></div>`,
  texts: ['1.マイナンバーカード利活用', '4.交通（MaaS）', '8.【参考】R3補正 TYPE2/3採択実績', '問い合わせ先'],
});
const chapterPage = (ch: number, lines: string[]): void => {
  pages.push({
    html: `<div class="page chap"><div class="chno">${ch}</div><div class="chname">${esc(chapterName(ch))}</div>${lines.map((l) => `<p class="chline">${esc(l)}</p>`).join('')}</div>`,
    texts: [chapterName(ch).slice(0, 14)],
    chapter: ch,
  });
};

const caseHtml = (c: CaseData, idx: number): string => {
  const head = c.no
    ? `<div class="jirei">事例${c.no}：${esc(c.pref)}${esc(c.muni ?? '')}</div>`
    : `<div class="jirei">${esc(c.pref)}　${esc(c.muni ?? '')}</div>`;
  const fields = c.fields
    .map(([label, items]) => `<div class="field"><div class="flabel">${esc(label)}</div><ul class="star">${items.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`)
    .join('');
  const lead = c.lead.length ? `<ul class="lead">${c.lead.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : '';
  let table = '';
  if (c.table === 'gunma') table = simpleTable('gunma', false);
  if (c.table === 'sakai') table = simpleTable('sakai', false);
  if (c.table === 'l5g1' || c.table === 'l5g2') table = simpleTable(c.table, true);
  void idx;
  return `${head}<h2 class="ctit">${esc(c.title)}</h2>${c.note ? `<div class="cnote">${esc(c.note)}</div>` : ''}${lead}${c.table?.startsWith('l5g') ? table : ''}<div class="fields">${fields}</div>${c.table && !c.table.startsWith('l5g') ? table : ''}`;
};

const caseTexts = (c: CaseData): string[] => {
  const t = [c.no ? `事例${c.no}：${c.pref}${c.muni ?? ''}` : c.pref, c.title.slice(0, 16)];
  const f = c.fields[0];
  if (f) t.push(f[0]);
  if (c.table === 'l5g1' || c.table === 'l5g2') t.splice(2, 0, '代表機関');
  return t;
};

// chapter 1
chapterPage(1, ['主なマイナンバーカード利用事例']);
pages.push({
  html: `<div class="page">${band(1, '主なマイナンバーカード利用事例')}<div class="content"><p class="intro">印鑑登録証/申請書作成支援システム/自動交付機等の各種証明書発行時における本人確認や、図書館/交通券/福祉・支援等の公共施設・公共交通機関利用時における本人確認等でマイナンバーカードが利用されています。</p>${myNumberTable(0, 8, false)}</div></div>`,
  texts: ['主なマイナンバーカード利用事例', '申請書作成支援システム', '公共施設利用', 'MaaS・移動支援'],
  tables: ['mynumber'],
});
pages.push({
  html: `<div class="page">${band(1, '主なマイナンバーカード利用事例')}<div class="content">${myNumberTable(8, 13, true)}</div></div>`,
  texts: ['避難所', '選挙（投票）', '統合プラットフォーム', '地域通貨'],
  tables: ['mynumber'],
});
// chapters 2..8
const chapterLines: Record<number, string[]> = {
  2: ['教育', '子育て', '交通・地域', '健康・医療'],
  3: ['自治体基盤クラウド機能概要'],
  4: ['MaaS（Mobility as a Service）とは', 'バス、鉄道、タクシーなどのモードを超えた移動手段の利用に関する手続き（検索・予約・決済等）を一括して行うことができるサービス。'],
  5: ['クラウド型被災者支援システム', '被災者支援業務の改善には、行政手続の電子化や被災者支援のためのシステムの整備等が有効な手段の一つ'],
  6: ['【ローカル5G】医療・ヘルスケア分野における活用例', '【ローカル5G】農林水産分野における活用例'],
  7: ['スタジアム・アリーナにおけるデジタル実装タイプの活用事例'],
  8: ['デジタル実装タイプ TYPE2/TYPE3：採択事例（R3補正）'],
};
for (let ch = 2; ch <= 8; ch++) {
  chapterPage(ch, chapterLines[ch] ?? []);
  const cs = data.cases.map((c, i) => ({ c, i })).filter((x) => x.c.ch === ch);
  if (ch === 8) {
    pages.push({
      html: `<div class="page">${band(8, 'デジタル実装タイプ TYPE2/TYPE3：採択事例（R3補正）')}<div class="content"><p class="intro">TYPE2/TYPE3全採択団体（27団体）の事業概要を公表していますので、是非御参照願います。</p><div class="two">${cs
        .map((x) => `<div class="half">${caseHtml(x.c, x.i)}</div>`)
        .join('')}</div></div></div>`,
      texts: ['TYPE2/TYPE3全採択団体', 'TYPE2 茨城県境町', 'TYPE3 北海道更別村'],
      cases: cs.map((x) => x.i),
    });
    continue;
  }
  for (const { c, i } of cs) {
    const tables = c.table ? [c.table] : [];
    pages.push({
      html: `<div class="page">${band(ch, c.area)}<div class="content">${caseHtml(c, i)}</div></div>`,
      texts: caseTexts(c),
      cases: [i],
      tables,
    });
  }
}
pages.push({
  html: `<div class="page"><h2 class="ptitle">問い合わせ先</h2><p>&lt;本事例集に関する問合せ&gt;</p><p>内閣府地方創生推進室／内閣官房デジタル田園都市国家構想実現会議事務局</p><p>電話：03-6257-3889</p></div>`,
  texts: ['問い合わせ先', '本事例集に関する問合せ', '03-6257-3889'],
});

const CSS = `
@page { size: A4 landscape; margin: 0; }
* { box-sizing: border-box; font-weight: normal !important; } /* IPAex has no bold face: synthetic bold prints as Type 3 */
body { margin: 0; font-family: "IPAexGothic"; color: #1a1a1a; }
.page { width: 297mm; height: 210mm; position: relative; overflow: hidden; page-break-after: always; padding: 12mm 16mm; }
.page:last-child { page-break-after: auto; }
.pno { position: absolute; bottom: 5mm; right: 12mm; font-size: 10pt; color: #555; }
.cover { background: linear-gradient(180deg, #fff 0, #fff 62%, #e8f1fb 62%); }
.ctitle { margin-top: 28mm; font-size: 24pt; color: #0b3c7d; text-align: center; }
.ctitle2 { font-size: 30pt; color: #0b3c7d; text-align: center; margin-top: 4mm; letter-spacing: 2mm; }
.logo { text-align: center; margin-top: 14mm; font-size: 13pt; color: #2a7ab8; }
.logo span { font-size: 20pt; letter-spacing: 2mm; }
.cdate { text-align: center; margin-top: 16mm; font-size: 15pt; }
.corg { text-align: center; margin-top: 8mm; font-size: 12pt; line-height: 1.6; }
.ptitle { font-size: 18pt; color: #0b3c7d; border-bottom: 0.6mm solid #0b3c7d; padding-bottom: 2mm; }
.sect { font-size: 14pt; margin: 6mm 0 2mm; }
ul.bul { font-size: 12.5pt; line-height: 1.7; }
.toclogo { font-size: 12pt; color: #2a7ab8; margin-bottom: 8mm; }
ol.toc { list-style: none; font-size: 17pt; line-height: 2; margin-left: 40mm; }
.chap { background: #0b3c7d; color: #fff; }
.chno { font-size: 60pt; margin-top: 40mm; margin-left: 20mm; color: #9cc3ea; }
.chname { font-size: 28pt; margin-left: 20mm; }
.chline { font-size: 13pt; margin-left: 22mm; margin-right: 40mm; color: #dfe9f5; }
.band { position: absolute; top: 0; left: 0; right: 0; height: 11mm; background: #0b3c7d; color: #fff; padding: 2.5mm 16mm; font-size: 12pt; }
.bsub { margin-left: 6mm; padding-left: 6mm; border-left: 0.4mm solid #fff; }
.content { position: absolute; top: 16mm; left: 16mm; right: 16mm; bottom: 10mm; overflow: hidden; }
.inner { }
.jirei { display: inline-block; background: #2a7ab8; color: #fff; font-size: 12pt; padding: 1mm 4mm; border-radius: 1mm; }
.ctit { font-size: 17pt; color: #0b3c7d; margin: 2mm 0 1mm; }
.cnote { font-size: 10pt; color: #444; margin-bottom: 1mm; }
ul.lead { font-size: 11.5pt; line-height: 1.5; margin: 1mm 0 2mm; padding-left: 6mm; }
.fields { display: flex; gap: 5mm; margin-top: 2mm; }
.field { flex: 1 1 0; border: 0.35mm solid #2a7ab8; border-radius: 1.5mm; padding: 0 3mm 2mm; }
.flabel { display: inline-block; background: #e8f1fb; color: #0b3c7d; font-size: 12pt; padding: 0.8mm 3mm; margin: 0 0 1mm -3mm; border-bottom-right-radius: 1.5mm; }
ul.star { list-style: none; padding-left: 5mm; margin: 0; font-size: 11pt; line-height: 1.5; }
ul.star li { position: relative; margin-bottom: 0.8mm; }
ul.star li::before { content: "☆"; position: absolute; left: -5mm; color: #2a7ab8; }
.tcap { font-size: 11.5pt; color: #0b3c7d; margin: 3mm 0 1mm; }
table.ruled { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
table.ruled th, table.ruled td { border: 0.3mm solid #555; padding: 1mm 1.6mm; vertical-align: top; line-height: 1.35; }
table.ruled th { background: #dbe7f5; text-align: center; }
table.mn td.no { width: 9mm; text-align: center; }
table.mn td.kubun { width: 24mm; text-align: center; vertical-align: middle; background: #f1f5fb; }
table.mn td.bunrui { width: 38mm; }
table.mn td.kino { width: 52mm; }
table.l5g1 th, table.l5g2 th { width: 26mm; }
ul.dot { list-style: none; margin: 0; padding-left: 3.5mm; }
ul.dot > li { position: relative; }
ul.dot > li::before { content: "・"; position: absolute; left: -3.5mm; }
ul.dot > li.head::before { content: "●"; font-size: 7pt; left: -3.5mm; top: 0.6mm; }
ul.mid { list-style: none; padding-left: 4mm; margin: 0; }
ul.mid li::before { content: "・"; margin-left: -3.5mm; }
.intro { font-size: 11.5pt; line-height: 1.5; margin: 0 0 2mm; }
.two { display: flex; gap: 8mm; }
.half { flex: 1 1 0; }
`;
const pageHtml = pages.map((p, i) => p.html.replace(/<div class="content">([\s\S]*)<\/div><\/div>$/, '<div class="content"><div class="inner">$1</div></div><div class="pno">' + (i + 1) + '</div></div>'));
const html = `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>デジタル田園都市国家構想交付金（デジタル実装タイプ）参考事例集</title><style>${CSS}</style></head><body>${pageHtml.join('\n')}${FIT_CONTENT_SCRIPT}</body></html>`;
printHtmlToPdf(html, outPdf);

const pageCount = pdfPageCount(outPdf);
if (pageCount !== pages.length) throw new Error(`page count ${pageCount} != ${pages.length}`);

// ---------- truth ----------
const casePages = (i: number): number[] => pages.flatMap((p, n) => (p.cases?.includes(i) ? [n + 1] : []));
const cases: TruthCase[] = data.cases.map((c, i) => {
  const fields: Record<string, string> = {};
  if (c.no) fields['事例'] = `事例${c.no}`;
  for (const [k, v] of c.fields) fields[k] = v.join('\n');
  if (c.note) fields['注記'] = c.note;
  return {
    title: c.title,
    pages: casePages(i),
    prefecture: c.pref,
    municipality: c.muni,
    chapter: chapterName(c.ch),
    fields,
  };
});
const tablePages = (key: string): number[] => pages.flatMap((p, n) => (p.tables?.includes(key) ? [n + 1] : []));
const tables: TruthTable[] = [];
{
  const t = must(data.tables['mynumber'], 'mynumber');
  tables.push({
    caption: t.caption,
    pages: tablePages('mynumber'),
    header: t.header,
    rows: t.rows.map((r) => r.map(cellText)),
    // 区分 column: body rows 1-4 / 5-8 / 9-13 → grid rows (header is row 0)
    spans: MYNUMBER_SPANS.map((s) => ({ row: s.first + 1, col: 1, rowSpan: s.len, colSpan: 1 })),
  });
  for (const key of ['gunma', 'sakai', 'l5g1', 'l5g2']) {
    const d = must(data.tables[key], key);
    tables.push({
      caption: d.caption,
      pages: tablePages(key),
      header: d.header,
      rows: d.rows.map((r) => r.map(cellText)),
      spans: key.startsWith('l5g') ? [{ row: 0, col: 1, rowSpan: 1, colSpan: 3 }] : [],
    });
  }
}
const truth: TruthDocument = {
  file: FILE,
  seed: '002_d3cfafd7b003f81d',
  family: 'digiden-koufukin-jireishu',
  edition: '2022-12-12',
  page_count: pageCount,
  made_with:
    'HTML printed with Debian Chromium (samples/make/make-digiden-koufukin-jireishu-2022.ts, print-pdf.ts), font IPAexGothic (embedded CID TrueType). ' +
    `Curated excerpt of the seed (about 33 cases): ${cases.length} cases over chapters 2, 4, 6, 7, 8, plus the chapter 1 table of マイナンバーカード uses; chapters 3 and 5 have only their chapter page. ` +
    'Text cleaned of OCR noise (half-width brackets with stray spaces → （）, 医療Maas → 医療MaaS, 水稻 → 水稲); photos, maps and diagrams of the original are left out. ' +
    'Case fields: the printed field boxes by label (ポイント, 具体的な取組内容, 目的, 概要 …; items joined with "\\n"), 事例 = the printed 事例N tag, 注記 = the bracketed line under the title; unlabelled lead bullets are not fields. ' +
    'Table cells holding lists: each item on its own line prefixed 「・」 (nested lists: 「● head」 then 「・item」 lines), joined with "\\n"; covered cells of a row span are "".',
  hazards: [
    'ruled table whose cells hold bullet lists (サービス概要, マイナンバーカード利用機能) with a row-spanning 区分 column',
    'that table continues over two pages (pages 5-6) with its header row repeated and 「（続き）」 in the caption',
    'ruled table without a header whose cells are nested lists (● heading + ・items), 群馬県 児童相談システム',
    'key/value tables with th cells in the middle of rows and a colspan=3 value (ローカル5G 実証: 代表機関 / 分野 / 実証地域 / コンソーシアム)',
    'two cases side by side on one page (TYPE2 茨城県境町 / TYPE3 北海道更別村): two-column reading order',
    'labelled field boxes side by side (ポイント | 具体的な取組内容) so pdftotext -layout interleaves their lines',
    'case headings that carry the municipality in a tag (事例1：兵庫県佐用町) separate from the title; prefecture-only cases (高知県, 広島県, 群馬県); a case covering two cities (長崎市、五島市)',
    'the same municipality in two chapters (茨城県境町 in 準公共分野 and in R3補正 TYPE2)',
    'chapter pages in white text on a dark background',
  ],
  policies: [],
  cases,
  tables,
  page_texts: pages.map((p, i) => ({ page: i + 1, texts: p.texts })),
};

// ---------- checks ----------
const texts = pdfPageTexts(outPdf, pageCount);
const squash = (s: string): string => s.replace(/\s+/g, '');
const problems: string[] = missingPageTexts(truth, texts);
for (const c of truth.cases) {
  const found = texts.map((t, i) => (squash(t).includes(squash(c.title)) ? i + 1 : 0)).filter((n) => n > 0);
  if (c.pages.some((p) => !found.includes(p))) problems.push(`case ${c.title}: truth ${c.pages} found ${found}`);
  else if (found.length !== c.pages.length) console.warn(`note: case title 「${c.title}」 also printed on ${found.filter((p) => !c.pages.includes(p))}`);
}
for (const t of truth.tables) {
  for (const r of t.rows) {
    const first = (r.find((x) => x.length > 1) ?? '').split('\n')[0] ?? '';
    const probe = squash(first.replace(/^[・●]\s*/, '')).slice(0, 10);
    if (probe && !t.pages.some((p) => squash(must(texts[p - 1], 'p')).includes(probe))) problems.push(`table ${t.caption}: 「${probe}」 not on ${t.pages}`);
  }
}
const fonts = execFileSync('pdffonts', [outPdf], { encoding: 'utf8' });
if (/Type 3/.test(fonts)) problems.push('Type 3 font present');
const size = statSync(outPdf).size;
if (size > 3 * 1024 * 1024) problems.push(`size ${size}`);
writeFileSync(outTruth, JSON.stringify(truth, null, 2) + '\n');
console.log(`${FILE}: ${pageCount} pages, ${size} bytes, ${cases.length} cases, ${tables.length} tables`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
}

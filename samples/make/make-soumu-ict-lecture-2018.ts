/**
 * Builds samples/soumu-ict-lecture-2018.pdf: a 16:9 slide deck in the manner of a PowerPoint export,
 * from seed 001_9a4e038cf0954f3d (総務省, ICT/IoTの地域実装によるデータ主導社会の実現, 2018).
 * Printed with Chromium, IPAexGothic, one slide per 297mm × 167mm page.
 *
 * Text and table contents are taken from the seed (OCR slips such as 「磁氣的」 left out by choosing
 * other passages); tables are excerpts (fewer rows or columns than the original slides).
 * Truth conventions: cell lines (<br>) are joined without a separator, except one space between two
 * printable-ASCII characters; cells covered by a merge are ""; spans are 0-based over header rows
 * then body rows. page_texts hold 2-5 strings per slide in reading order (left column before right).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printHtmlToPdf } from './print-pdf.js';
import type { TruthDocument, TruthTable } from './truth.js';
import { pdfPageCount } from './check-pdf.ts';

const NAME = 'soumu-ict-lecture-2018';
const SAMPLES = new URL('..', import.meta.url).pathname;

/** A table cell: text or lines (joined by <br>), or an object with optional spans. Covered grid positions are simply omitted. */
type Cell = string | string[] | { t: string | string[]; rs?: number; cs?: number };
interface SlideTable { caption: string; head: Cell[][]; body: Cell[][]; widths?: number[] }
interface Slide { title?: string; html: string; texts: string[]; table?: SlideTable }

const spanOf = (c: Cell) => (typeof c === 'string' || Array.isArray(c) ? { rs: 1, cs: 1 } : { rs: c.rs ?? 1, cs: c.cs ?? 1 });
const lines = (c: Cell): string[] => (typeof c === 'string' ? [c] : Array.isArray(c) ? c : Array.isArray(c.t) ? c.t : [c.t]);
const join2 = (ls: string[]) => ls.reduce((a, l) => (a && /[!-~]$/.test(a) && /^[!-~]/.test(l) ? `${a} ${l}` : a + l), '');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function tableHtml(tb: SlideTable, cls = ''): string {
  const tr = (row: Cell[], tag: string) => `<tr>${row.map((c) => {
    const o = spanOf(c);
    return `<${tag}${o.rs > 1 ? ` rowspan="${o.rs}"` : ''}${o.cs > 1 ? ` colspan="${o.cs}"` : ''}>${lines(c).map(esc).join('<br>')}</${tag}>`;
  }).join('')}</tr>`;
  const cols = tb.widths ? `<colgroup>${tb.widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>` : '';
  return `<div class="caption">${esc(tb.caption)}</div><table class="${cls}">${cols}<thead>${tb.head.map((r) => tr(r, 'th')).join('')}</thead><tbody>${tb.body.map((r) => tr(r, 'td')).join('')}</tbody></table>`;
}

/** Lays the cells out on a grid the way HTML does, giving the truth's header/rows and spans. */
function tableTruth(tb: SlideTable, page: number): TruthTable {
  const all = [...tb.head, ...tb.body];
  const grid: (string | undefined)[][] = all.map(() => []);
  const spans: TruthTable['spans'] = [];
  const at = (r: number) => {
    const g = grid[r];
    if (!g) throw new Error(`Table "${tb.caption}": a row span runs past the last row`);
    return g;
  };
  all.forEach((row, r) => {
    let col = 0;
    for (const c of row) {
      while (at(r)[col] !== undefined) col++;
      const { rs, cs } = spanOf(c);
      for (let i = 0; i < rs; i++) for (let j = 0; j < cs; j++) at(r + i)[col + j] = '';
      at(r)[col] = join2(lines(c));
      if (rs > 1 || cs > 1) spans.push({ row: r, col, rowSpan: rs, colSpan: cs });
      col += cs;
    }
  });
  const width = Math.max(...grid.map((g) => g.length));
  const rows = grid.map((g) => Array.from({ length: width }, (_, i) => g[i] ?? ''));
  return { caption: tb.caption, pages: [page], header: rows.slice(0, tb.head.length), rows: rows.slice(tb.head.length), spans };
}

const ul = (items: string[]) => `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;

const NENPYO: SlideTable = {
  caption: '「未来の年表」より', widths: [14, 86],
  head: [['年', '出来事']],
  body: [
    ['2024年', '3人に1人が65歳以上の「超・高齢者大国」へ'],
    ['2025年', 'ついに東京都も人口減少へ'],
    ['2026年', '認知症患者が700万人規模に'],
    ['2030年', '百貨店も銀行も老人ホームも地方から消える'],
    ['2040年', '自治体の半数が消滅の危機に'],
    ['2042年', '高齢者人口が約4000万人とピークに'],
  ],
};
const SHINTAKU: SlideTable = {
  caption: '情報信託機能の実証事業', widths: [24, 42, 22, 12],
  head: [['代表提案者', '事業名', '主な実施地域', '対象分野']],
  body: [
    ['一般社団法人おもてなしICT協議会', 'まちづくり(ヘルスケア)分野とスポーツ・観光分野の情報信託機能に基づくパーソナルデータ利活用', '埼玉県さいたま市、広島県', '地域・ヘルスケア・観光'],
    ['株式会社日立製作所', '個人のIoTデータ等を活用したライフサポート事業', '東京都他', 'IoT'],
    ['株式会社JTB', '情報信託機能を活用した次世代型トラベルエージェントサービス', '東京都台東区、京都府京都市', '観光'],
    ['中部電力株式会社', '地域型情報銀行(情報の地産地消による生活支援事業)', '愛知県豊田市', '地域・IoT'],
    ['株式会社三井住友銀行', '情報信託機能を用いた個人起点での医療データ利活用実証事業', '大阪府他', 'ヘルスケア'],
  ],
};
const HOIKU_ROWS = [
  ['A保育所', '5', '0', '12', '0', '18', '0', '20', '1', '107', '7'],
  ['B保育所', '-', '-', '5', '0', '10', '0', '16', '2', '63', '4'],
  ['C保育所', '-', '-', '4', '0', '10', '0', '15', '8', '66', '11'],
  ['D保育所', '6', '0', '12', '0', '18', '0', '22', '1', '107', '5'],
  ['E保育所', '6', '0', '12', '0', '12', '0', '19', '0', '87', '1'],
  ['F保育所', '-', '-', '8', '0', '12', '0', '11', '0', '49', '0'],
];
const HOIKU: SlideTable = {
  caption: '【保育園の空き情報(例:PDF形式)】（抜粋）',
  head: [
    [{ t: '保育園名称', rs: 2 }, { t: '0歳児', cs: 2 }, { t: '1歳児', cs: 2 }, { t: '2歳児', cs: 2 }, { t: '3歳児', cs: 2 }, { t: '合計', cs: 2 }],
    ['定員', '募集数', '定員', '募集数', '定員', '募集数', '定員', '募集数', '定員', '募集数'],
  ],
  body: HOIKU_ROWS,
};
const KENSHU: SlideTable = {
  caption: '研修機能の試行運用（平成29年度の取組）', widths: [16, 21, 21, 21, 21],
  head: [['', '第1回', '第2回', '第3回', '第4回']],
  body: [
    ['日時', ['平成29年12月20日', '21日'], ['平成30年1月17日', '18日'], ['平成30年2月27日', '28日'], ['平成30年3月13日', '14日']],
    ['場所', ['東京', '(東京大学)'], ['東京', '(東京大学)'], '京都', ['東京', '(東京大学)']],
    ['受講人数', '17人(9団体)', '17人(11団体)', '16人(12団体)', '16人(11団体)'],
    ['研修内容', { t: ['・座学(オープンデータの意義・必要性とデータリテラシー、先進的な地方公共団体におけるオープンデータ取組紹介等)', '・演習(データ作成研修、データ公開研修等)'], cs: 4 }],
  ],
};
const ROADMAP: SlideTable = {
  caption: '地域IoT実装推進ロードマップ①(平成30年改定)（抜粋）', widths: [10, 9, 22, 22, 37],
  head: [[{ t: '項目', cs: 2 }, '課題', '地域IoT分野別モデル', ['2020年度', '(達成すべき指標)']]],
  body: [
    [{ t: ['地域の', '生活に', '身近な', '分野'], rs: 5 }, '教育', ['ICT環境の不備', '教材・教員・指導者への対応'], '教育クラウド・プラットフォーム', 'クラウド上の教材等を利活用可能な学校:100%'],
    ['医療健康', ['高齢化の進展', '医療費増大'], '医療情報連携ネットワーク(EHR)', '実装医療圏数:15程度(2017~順次拡大2020)'],
    ['子育て', '子育て負担の増大', '子育て支援プラットフォーム', ['システム実装地域数:30地域', '(子育て支援システム)']],
    ['働き方', ['労働力不足', '人口減少'], 'テレワーク', 'テレワーク導入企業数:3倍'],
    ['防災', '迅速・確実な災害情報の収集・判断・伝達', 'Lアラート', '運用都道府県数:全都道府県'],
    [{ t: '観光', cs: 2, rs: 2 }, { t: ['地域の観光情報発信', '受入環境の整備'], rs: 2 }, '観光クラウド', 'システム実装団体数:150'],
    ['多言語音声翻訳', '翻訳システム導入機関数:100'],
  ],
};
const KIGYOJIN: SlideTable = {
  caption: '地域おこし企業人の活躍先（平成26年度特別交付税ベース、抜粋）', widths: [18, 20, 10, 52],
  head: [['都道府県名', '市町村名', '人数', '派遣元企業']],
  body: [
    [{ t: '北海道', rs: 2 }, { t: '旭川市', rs: 2 }, { t: '2', rs: 2 }, '株式会社富士通システムズ・イースト'],
    ['あいおいニッセイ同和損害保険株式会社'],
    ['岩手県', '陸前高田市', '1', '株式会社リクルートライフスタイル'],
    ['秋田県', '仙北市', '1', '株式会社ANA総合研究所'],
    [{ t: '埼玉県', rs: 2 }, { t: '秩父市', rs: 2 }, { t: '2', rs: 2 }, '西武鉄道株式会社'],
    ['近畿日本ツーリスト株式会社'],
    [{ t: '兵庫県', rs: 4 }, '洲本市', '1', '近畿日本ツーリスト株式会社'],
    [{ t: '豊岡市', rs: 3 }, { t: '3', rs: 3 }, '楽天株式会社'],
    ['株式会社日立製作所'],
    ['株式会社JTB西日本'],
  ],
};
const HIGUMAP: SlideTable = {
  caption: 'ひぐまっぷ導入によるコスト対比', widths: [40, 30, 30],
  head: [['', '導入前', '導入後']],
  body: [['市町村事務量', '1,240時間', '420時間'], ['市町村コスト', '2,215千円', '750千円']],
};

const SLIDES: Slide[] = [
  {
    html: `<div class="cover"><h1>ICT/IoTの地域実装による<br>データ主導社会の実現</h1><p class="who">総務省 情報流通行政局<br>地方情報化推進室長<br>松田 昇剛</p></div>`,
    texts: ['ICT/IoTの地域実装による', 'データ主導社会の実現', '地方情報化推進室長', '松田 昇剛'],
  },
  {
    title: 'はじめに',
    html: `<p class="lead">○ 「未来の年表」によれば、少子高齢化の深刻化により、今後日本の労働力人口が大幅に減少。</p>${tableHtml(NENPYO, 'small')}<p class="note">講談社現代新書「未来の年表」(河合雅司著、株式会社講談社、2017年)より抜粋</p>`,
    texts: ['はじめに', '今後日本の労働力人口が大幅に減少', 'ついに東京都も人口減少へ', '自治体の半数が消滅の危機に', '河合雅司著'],
    table: NENPYO,
  },
  {
    title: '官民データ活用推進基本法（平成28年法律第103号）の概要',
    html: `<h3>第2章 官民データ活用推進基本計画等</h3>${ul(['政府による官民データ活用推進基本計画の策定（8条）', '都道府県による都道府県官民データ活用推進計画の策定（9条1項）', '市町村による市町村官民データ活用推進計画の策定（努力義務）（9条3項）'])}<h3>第3章 基本的施策</h3>${ul(['行政手続に係るオンライン利用の原則化・民間事業者等の手続に係るオンライン利用の促進（10条）', '国及び地方公共団体の施策の整合性の確保（19条）'])}<h3>第4章 官民データ活用推進戦略会議</h3>${ul(['IT戦略本部の下に官民データ活用推進戦略会議を設置（20条）'])}`,
    texts: ['官民データ活用推進基本法（平成28年法律第103号）の概要', '第2章 官民データ活用推進基本計画等', '努力義務', '第3章 基本的施策', 'IT戦略本部の下に官民データ活用推進戦略会議を設置（20条）'],
  },
  {
    title: '情報信託機能の必要性',
    html: `<p class="lead">個人情報保護法では第三者提供に本人の同意が必要だが、実態として、消費者本人の意識が十分ではないケースがあり、そのギャップを埋めるための取組が求められる。</p><div class="cols"><div class="col"><h3>消費者（個人情報提供者）側</h3>${ul(['第三者提供に同意した覚えが無い', '何に使われているか十分に理解していない', '第三者提供をやめさせる方法が分からない'])}</div><div class="col"><h3>企業側（個人情報利用者）側</h3>${ul(['消費者が同意内容を正確に理解しているか不安', 'レピュテーションリスクからデータの利活用が進まない'])}</div></div>`,
    texts: ['情報信託機能の必要性', '消費者（個人情報提供者）側', '第三者提供をやめさせる方法が分からない', '企業側（個人情報利用者）側', 'レピュテーションリスクからデータの利活用が進まない'],
  },
  {
    title: '情報信託機能の社会実装に向けた実証事業',
    html: `<p class="lead">情報信託機能を活用したモデルケースの創出や、社会実装に必要なルール、制度等の検討に資する実証事業等に取り組む。</p>${tableHtml(SHINTAKU)}`,
    texts: ['情報信託機能の社会実装に向けた実証事業', '代表提案者', '一般社団法人おもてなしICT協議会', '地域型情報銀行(情報の地産地消による生活支援事業)', '株式会社三井住友銀行'],
    table: SHINTAKU,
  },
  {
    title: 'データ活用による課題解決例①（名古屋市、ナイト・ストリート）',
    html: `<p class="lead">自治体の保有する街路灯に関するデータを活用し（オープンデータ）、街路灯の場所を地図上にヒートマップ化して明るいルートを案内。</p><h3>【概要】</h3>${ul(['自治体（名古屋市）から提供された街路灯のデータを活用し、明石高専の「Code for KOSEN」チームによって開発。', '暗い夜道では、犯罪率が高まるとのデータに基づき、防犯対策として、街路灯の場所を地図上に明示するとともに、明るいルートを検索して表示することが可能。'])}<h3>【成果等】</h3>${ul(['市民に対し、暗い夜道を歩かなくても目的地に着くことのできる安心を提供。', '同システムは、静岡県に横展開されている。（静岡県が公開する街路灯データを活用）'])}`,
    texts: ['データ活用による課題解決例①', '【概要】', '「Code for KOSEN」チーム', '【成果等】', '静岡県に横展開されている'],
  },
  {
    title: 'データ活用による課題解決例②（札幌市、さっぽろ保育園マップ）',
    html: `<p class="lead">保育園の施設情報や空き情報が、PDFのみで公開されていたり、別々のファイル形式で公開されており、情報を利活用しにくい状況にある。</p>${tableHtml(HOIKU, 'small num')}<p class="note">札幌市のオープンデータ(CSV形式)を活用して、Code for Sapporoが提供</p>`,
    texts: ['データ活用による課題解決例②', '保育園名称', '0歳児', 'F保育所', 'Code for Sapporo'],
    table: HOIKU,
  },
  {
    title: '研修機能の試行運用（平成29年度の取組）',
    html: `${ul(['東京大学※やVLED等と協力し、東京・京都において研修機能を試行運用', '研修プログラムの検討、課題抽出を実施'])}${tableHtml(KENSHU)}<p class="note">※ 東京大学情報学環オープンデータセンター</p>`,
    texts: ['研修機能の試行運用（平成29年度の取組）', '研修プログラムの検討、課題抽出を実施', '受講人数', '研修内容', '東京大学情報学環オープンデータセンター'],
    table: KENSHU,
  },
  {
    title: '地域IoT実装推進ロードマップ①(平成30年改定)',
    html: tableHtml(ROADMAP, 'small'),
    texts: ['地域IoT実装推進ロードマップ①(平成30年改定)', '地域IoT分野別モデル', '教育クラウド・プラットフォーム', 'テレワーク導入企業数:3倍', '翻訳システム導入機関数:100'],
    table: ROADMAP,
  },
  {
    title: '地域IoT実装推進事業',
    html: `<h3>● 事業概要</h3>${ul(['「地域IoT実装推進ロードマップ」における「分野別モデル」の普及展開を推進するため、分野別モデルの横展開に取り組む地域に対して、初期投資・連携体制の構築等にかかる経費を補助。', '分野別モデルにおける共通システムを利用して複数地域が連携する取組を推奨(単独地域も可)。'])}<h3>● 事業スキーム</h3>${ul(['補助対象:都道府県及び指定都市を除く地方公共団体、民間事業者等', '補助率:事業費の1/2補助(補助額上限2,000万円)', '条件不利地域に該当する地方公共団体は定額補助(補助額上限1,500万円)'])}`,
    texts: ['地域IoT実装推進事業', '● 事業概要', '初期投資・連携体制の構築等にかかる経費を補助', '● 事業スキーム', '補助額上限1,500万円'],
  },
  {
    title: '地域おこし企業人の活躍先',
    html: `<p class="lead">○地域おこし企業人22名 17市町村(平成26年度特別交付税ベース)</p>${tableHtml(KIGYOJIN, 'small')}`,
    texts: ['地域おこし企業人の活躍先', '地域おこし企業人22名', '派遣元企業', 'あいおいニッセイ同和損害保険株式会社', '株式会社JTB西日本'],
    table: KIGYOJIN,
  },
  {
    title: '収集情報精度の向上と市町村業務の大幅な効率化',
    html: `<p class="lead">↓ 煩雑な事務がクラウド化によりシンプルに! ↓</p>${tableHtml(HIGUMAP, 'narrow')}<p class="big">66% 減!!</p><p>業務の効率化によって、地域全体で66%のコスト削減。(道南20市町村が1年間利用した場合)。</p>`,
    texts: ['収集情報精度の向上と市町村業務の大幅な効率化', 'ひぐまっぷ導入によるコスト対比', '2,215千円', '66% 減!!', '道南20市町村が1年間利用した場合'],
    table: HIGUMAP,
  },
];

const CSS = `
@page { size: 297mm 167mm; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "IPAexGothic"; color: #1a1a1a; }
.slide { width: 297mm; height: 167mm; position: relative; overflow: hidden; page-break-after: always; padding: 0 14mm; }
.slide:last-child { page-break-after: auto; }
.bar { height: 21mm; margin: 0 -14mm 5mm; padding: 5mm 14mm 0; background: #1f4e79; color: #fff; font-size: 21pt; font-weight: bold; }
.no { position: absolute; right: 8mm; bottom: 4mm; font-size: 9pt; color: #555; }
.cover { height: 167mm; display: flex; flex-direction: column; justify-content: center; padding-left: 10mm; border-left: 8mm solid #1f4e79; margin-left: -14mm; }
.cover h1 { font-size: 30pt; line-height: 1.4; margin: 0 0 12mm; color: #1f4e79; }
.who { font-size: 15pt; line-height: 1.6; margin: 0; }
.lead { font-size: 16pt; margin: 0 0 3mm; line-height: 1.5; }
h3 { font-size: 17pt; color: #1f4e79; margin: 2.5mm 0 1mm; }
ul { margin: 0 0 1mm; padding-left: 7mm; font-size: 16pt; line-height: 1.45; }
.cols { display: flex; gap: 10mm; margin-top: 4mm; }
.col { flex: 1; border: 0.4mm solid #1f4e79; border-radius: 2mm; padding: 2mm 4mm 3mm; }
.caption { font-size: 13pt; font-weight: bold; margin: 1mm 0 1.5mm; }
table { border-collapse: collapse; width: 100%; font-size: 12.5pt; table-layout: fixed; }
table.small { font-size: 11pt; }
table.narrow { width: 60%; font-size: 18pt; }
th, td { border: 0.3mm solid #333; padding: 0.8mm 1.5mm; vertical-align: middle; line-height: 1.3; }
th { background: #dbe5f1; text-align: center; }
table.num td { text-align: center; }
.note { font-size: 11pt; margin: 1.5mm 0 0; }
.big { font-size: 30pt; font-weight: bold; color: #c00000; margin: 3mm 0 1mm; }
p { font-size: 15pt; }
`;

function main(): void {
  const body = SLIDES.map((s, i) => `<section class="slide">${s.title ? `<div class="bar">${esc(s.title)}</div>` : ''}${s.html}${i ? `<div class="no">${i + 1}</div>` : ''}</section>`).join('\n');
  const out = join(SAMPLES, `${NAME}.pdf`);
  printHtmlToPdf(`<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>ICT/IoTの地域実装によるデータ主導社会の実現</title><style>${CSS}</style></head><body>${body}</body></html>`, out);
  const pageCount = pdfPageCount(out);
  if (pageCount !== SLIDES.length) throw new Error(`Expected ${SLIDES.length} pages: got ${pageCount}`);
  const truth: TruthDocument = {
    file: `${NAME}.pdf`,
    seed: '001_9a4e038cf0954f3d',
    family: 'soumu-ict-lecture',
    edition: null,
    page_count: pageCount,
    made_with: 'HTML printed with Chromium (printHtmlToPdf), IPAexGothic, 16:9 pages 297mm × 167mm, one slide per page; ' +
      'text and table excerpts from seed 001. Cell lines joined without a separator (one space between ASCII characters); covered cells "".',
    hazards: ['16:9 landscape slide pages', 'ruled tables with merged cells (rowspan and colspan, two-row header)', 'two text columns side by side', 'slide numbers in the corner'],
    policies: [],
    cases: [],
    tables: SLIDES.flatMap((s, i) => (s.table ? [tableTruth(s.table, i + 1)] : [])),
    page_texts: SLIDES.map((s, i) => ({ page: i + 1, texts: s.texts })),
  };
  writeFileSync(join(SAMPLES, `${NAME}.truth.json`), JSON.stringify(truth, null, 2) + '\n');
  console.log(`${NAME}.pdf: ${pageCount} pages, ${truth.tables.length} tables`);
}

main();

/**
 * Builds samples/kangxi-radicals.pdf: two policy pages (seed 000_ba2badbcc32d7d27: テレワーク普及展開推進事業
 * and the (参考)サテライトオフィスの例 page, OCR spacing tidied) in which some ideographs are written as
 * their look-alike Kangxi radicals (U+2F00–U+2FD5) or CJK Radicals Supplement characters (U+2E80–U+2EFF),
 * as found in real government PDFs made with Chromium + Noto Sans CJK. The radical code points are
 * put in the HTML itself and printed with font-family "Noto Sans CJK JP", so the glyphs look normal
 * and the text layer carries the radicals (every occurrence of a listed ideograph is replaced, so no
 * /ActualText span brings the ideograph back). Truth page_texts hold the text AS EXTRACTED.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printHtmlToPdf } from './print-pdf.js';
import type { TruthDocument } from './truth.js';
import { pdfPageCount } from './check-pdf.ts';

const NAME = 'kangxi-radicals';
const SAMPLES = new URL('..', import.meta.url).pathname;

/** Ideograph → look-alike radical (Kangxi radicals, plus ⻑ U+2ED1 from the CJK Radicals Supplement). */
const RADICALS: Record<string, string> = {
  一: '\u2F00', 人: '\u2F08', 入: '\u2F0A', 力: '\u2F12', 大: '\u2F24', 女: '\u2F25', 子: '\u2F26', 工: '\u2F2F',
  方: '\u2F45', 日: '\u2F47', 生: '\u2F63', 用: '\u2F64', 目: '\u2F6C', 自: '\u2F83', 行: '\u2F8F', 見: '\u2F92',
  言: '\u2F94', 高: '\u2FBC', 長: '\u2ED1', 西: '\u2EC4',
};

type Block = { h1: string } | { office: string } | { h2: string } | { p: string } | { ul: string[] };

const PAGES: Block[][] = [
  [
    { h1: '施策名:テレワーク普及展開推進事業' },
    { office: '総務省情報流通高度化推進室 03-5252-5751 telework@ml.soumu.go.jp' },
    { h2: '分野' }, { p: '生活分野での未来技術の活用' },
    { h2: '予算額' }, { p: '令和3年度当初一般会計 258百万円' },
    { h2: '特徴・ポイント' },
    { ul: ['テレワークは、働き方改革のみならず、新型コロナウイルス感染症対策の観点からも重要。', '専門家による無料相談等、中小企業等を対象としたテレワーク導入支援の取組を実施。'] },
    { h2: '目的' },
    { p: 'ICTを利用し、時間や場所を有効に活用できるテレワークは、働き方改革の観点に加え、新型コロナウイルス感染症対策としても有効な手段であることから、テレワークの更なる推進及び全国的な定着に向け、普及啓発及び導入支援を実施。' },
    { h2: '概要' },
    { ul: ['テレワークの全国的な定着に向け、「テレワーク・デイズ」等の広報を通じたテレワークの呼びかけ、機運醸成や先進事例の収集・表彰を通じた普及啓発活動等を実施。', '中小企業を支援する団体と連携した「テレワーク・サポートネットワーク」による地域での支援体制の整備・運用や、専門家(テレワークマネージャー)派遣を通じたシステム・情報セキュリティ等に関する相談対応により、企業等のテレワーク導入を支援。'] },
    { h2: '期待される効果' },
    { ul: ['テレワークで柔軟な働き方が可能になることにより、介護・育児従事者や高齢者など、多様な人材の雇用等に貢献', 'テレワークを全国的に普及・定着させ、場所の制約を受けずに働くことができることにより、地方回帰の一助に貢献'] },
  ],
  [
    { h1: '(参考)サテライトオフィスの例(総務省事業関連)' },
    { h2: '徳島県神山町' },
    { ul: ['H17までに、徳島県は、20万kmに及ぶ光ファイバー網を全域に整備(総務省からの支援を活用)', 'H16設立のNPO「グリーンバレー」による移住支援等の結果、神山町の第1号サテライトオフィス「神山ラボ」がH22に開設', 'ICTベンチャー系企業が16社進出(H30.8時点)'] },
    { h2: '駒ヶ根テレワークオフィス「Koto」(長野県駒ヶ根市)H29.3~' },
    { ul: ['駅前空き店舗を総務省補助事業で改修', '働きたくても働けない子育て世代の女性も、自分のやりたい仕事を、時間や場所を選ばずにできる「クラウドソーシングを活用したテレワーク」で収入を得ることができるように', '首都圏の企業2社が進出', '150名以上のテレワーカーが登録(子育て世代の女性が中心)'] },
    { h2: 'HUB GUJO(岐阜県郡上市) H29.3~' },
    { ul: ['昭和16年建設の紡績工場を総務省補助事業でリノベーション', '最新の通信環境と自由に使える広々とした共有スペースとシェアオフィス3室を運営。', '移住8名、地元雇用6名(H31.1時点)', '進出企業9社。一貫して増加中。'] },
  ],
];

/** Texts to check per page (in reading order), as typed before substitution. */
const CHECKS: string[][] = [
  ['施策名:テレワーク普及展開推進事業', '生活分野での未来技術の活用', '時間や場所を有効に活用できるテレワーク', '介護・育児従事者や高齢者など、多様な人材の雇用等に貢献', '地方回帰の一助に貢献'],
  ['(参考)サテライトオフィスの例(総務省事業関連)', '光ファイバー網を全域に整備', '(長野県駒ヶ根市)', '子育て世代の女性も、自分のやりたい仕事を', '昭和16年建設の紡績工場'],
];

const substitute = (s: string) => [...s].map((c) => RADICALS[c] ?? c).join('');
const esc = (s: string) => substitute(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function blockHtml(b: Block): string {
  if ('h1' in b) return `<h1>${esc(b.h1)}</h1>`;
  if ('office' in b) return `<p class="office">${esc(b.office)}</p>`;
  if ('h2' in b) return `<h2>${esc(b.h2)}</h2>`;
  if ('p' in b) return `<p>${esc(b.p)}</p>`;
  return `<ul>${b.ul.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>`;
}

function main(): void {
  const html = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>kangxi-radicals</title><style>
@page { size: A4; margin: 18mm; }
body { font-family: "Noto Sans CJK JP"; font-size: 11pt; line-height: 1.7; color: #111; }
section { page-break-after: always; } section:last-child { page-break-after: auto; }
h1 { font-size: 16pt; border-bottom: 0.6mm solid #2e7d32; padding-bottom: 2mm; margin: 0 0 3mm; }
h2 { font-size: 12.5pt; color: #2e7d32; margin: 4.5mm 0 1mm; }
.office { font-size: 10pt; } p { margin: 0; } ul { margin: 0; padding-left: 6mm; }
</style></head><body>${PAGES.map((p) => `<section>${p.map(blockHtml).join('\n')}</section>`).join('\n')}</body></html>`;
  const out = join(SAMPLES, `${NAME}.pdf`);
  printHtmlToPdf(html, out);
  const pageCount = pdfPageCount(out);
  if (pageCount !== PAGES.length) throw new Error(`Expected ${PAGES.length} pages: got ${pageCount}`);

  const used = new Set([...JSON.stringify(PAGES)].filter((c) => c in RADICALS));
  const list = Object.entries(RADICALS).filter(([c]) => used.has(c))
    .map(([c, r]) => `${c}→${r} (U+${r.codePointAt(0)!.toString(16).toUpperCase()})`).join(', ');
  const truth: TruthDocument = {
    file: `${NAME}.pdf`,
    seed: '000_ba2badbcc32d7d27',
    family: 'soumu-shisaku-fy2021',
    edition: null,
    page_count: pageCount,
    made_with: 'HTML printed with Chromium (printHtmlToPdf), font-family "Noto Sans CJK JP" (embedded by Chromium as Type 3 fonts), A4. ' +
      `Every occurrence of these ideographs was written as its look-alike radical: ${list}. page_texts are as extracted (radicals kept).`,
    hazards: ['Kangxi radicals in the text layer'],
    policies: [],
    cases: [],
    tables: [],
    page_texts: CHECKS.map((texts, i) => ({ page: i + 1, texts: texts.map(substitute) })),
  };
  writeFileSync(join(SAMPLES, `${NAME}.truth.json`), JSON.stringify(truth, null, 2) + '\n');
  console.log(`${NAME}.pdf: ${pageCount} pages; ${list}`);
}

main();

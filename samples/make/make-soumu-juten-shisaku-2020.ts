/**
 * Builds samples/soumu-juten-shisaku-2020.pdf (+ .truth.json) from the curated data in
 * data/soumu-juten-shisaku-2020.json (seed 003_3bd7bf674129a828: 総務省重点施策2020).
 *
 * Layout follows the original slide-style booklet: A4 landscape, chapter band at the top,
 * topic title, numbered measures (1)(2)… with ・bullets and boxed 【予算】 lines.
 *
 * Run: npx tsx samples/make/make-soumu-juten-shisaku-2020.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printHtmlToPdf, FIT_CONTENT_SCRIPT } from './print-pdf.ts';
import type { TruthBudgetLine, TruthDocument, TruthPolicy } from './truth.ts';
import { missingPageTexts, pdfPageTexts, pdfPageCount } from './check-pdf.ts';

const here = dirname(fileURLToPath(import.meta.url));
const samplesDir = join(here, '..');
const FILE = 'soumu-juten-shisaku-2020.pdf';
const outPdf = join(samplesDir, FILE);
const outTruth = join(samplesDir, 'soumu-juten-shisaku-2020.truth.json');

// ---------- data ----------
interface BudgetEntry { name: string; fig: string; br: boolean }
type Block =
  | { t: 'b'; text: string }
  | { t: 'sub'; text: string }
  | { t: 'note'; text: string }
  | { t: 'y'; label: string; entries: BudgetEntry[] }
  | { t: 'pagebreak' };
interface Measure { id: string; chapter: string; topic: string; n: string; name: string; blocks: Block[] }
interface PageSpec { chapter: string; topics: string[]; measures: string[]; extra: string | null }
interface Data {
  title: string; subtitle: string; kind: string; date_print: string; edition: string;
  chapters: Record<string, string>; part_of_chapter: Record<string, string>; parts: Record<string, string>;
  topics: { chapter: string; no: string; title: string }[];
  measures: Measure[];
  pages: PageSpec[];
}
const data = JSON.parse(readFileSync(join(here, 'data', 'soumu-juten-shisaku-2020.json'), 'utf8')) as Data;
const measureById = new Map(data.measures.map((m) => [m.id, m]));
const topicTitle = (ch: string, no: string): string => {
  const t = data.topics.find((x) => x.chapter === ch && x.no === no);
  if (!t) throw new Error(`no topic ${ch}${no}`);
  return t.title;
};
const must = <T,>(v: T | undefined, what: string): T => {
  if (v === undefined) throw new Error(`missing ${what}`);
  return v;
};

// ---------- budget parsing (values checked by hand against the printed text) ----------
const UNIT: Record<string, bigint> = { 兆円: 1_000_000_000_000n, 億円: 100_000_000n, 百万円: 1_000_000n, 千円: 1_000n };
function toYen(num: string, unit: string): number {
  const clean = num.replace(/,/g, '');
  const [int, frac = ''] = clean.split('.');
  const digits = BigInt((int ?? '0') + frac);
  const scale = 10n ** BigInt(frac.length);
  const mult = must(UNIT[unit], unit);
  if ((digits * mult) % scale !== 0n) throw new Error(`non-integer yen ${num}${unit}`);
  return Number((digits * mult) / scale);
}
const AMOUNT = /^(.*?)(約)?([\d,]+(?:\.\d+)?)\s*(兆円|億円|百万円|千円)(の内数)?(程度)?$/;

function parseItems(
  text: string,
  base: Omit<TruthBudgetLine, 'amount_jpy' | 'unit' | 'part_of' | 'approximate' | 'note' | 'new'>,
  isNew: boolean,
): TruthBudgetLine[] {
  const out: TruthBudgetLine[] = [];
  for (const item0 of text.split('、')) {
    const item = item0.trim();
    if (!item) continue;
    if (item === '事項要求') {
      out.push({ ...base, amount_jpy: null, unit: null, part_of: false, approximate: false, new: isNew, note: '事項要求' });
      continue;
    }
    const m = AMOUNT.exec(item);
    if (!m) throw new Error(`cannot parse budget item 「${item}」`);
    const prefix = (m[1] ?? '').trim();
    out.push({
      ...base,
      amount_jpy: toYen(must(m[3], 'num'), must(m[4], 'unit')),
      unit: must(m[4], 'unit'),
      part_of: Boolean(m[5]),
      approximate: Boolean(m[2] || m[6]),
      new: isNew,
      note: prefix || null,
    });
  }
  return out;
}

/** 「64.8億円（元年度 52.5億円）」 → FY2020 request line + FY2019 initial line. */
function parseFigure(fig: string, raw: string): TruthBudgetLine[] {
  const open = fig.search(/[（(]/);
  let main = open >= 0 ? fig.slice(0, open) : fig;
  const paren = open >= 0 ? fig.slice(open + 1).replace(/[）)]\s*$/, '') : '';
  const isNew = /【新規】|（新規）/.test(main);
  main = main.replace(/【新規】|（新規）/g, '').trim();
  const lines = parseItems(
    main,
    { fiscal_year: 2020, era_label: '', stage: 'request', supplementary_no: null, account: null, raw },
    isNew,
  );
  if (paren) {
    const eraRe = /(元年度|平成(\d+)年度補正|令和(\d+)年度)[：:\s]*/g;
    const marks = [...paren.matchAll(eraRe)];
    if (marks.length === 0) throw new Error(`no era in (${paren})`);
    marks.forEach((mk, i) => {
      const start = (mk.index ?? 0) + mk[0].length;
      const end = i + 1 < marks.length ? (marks[i + 1]?.index ?? paren.length) : paren.length;
      const seg = paren.slice(start, end).trim();
      const label = must(mk[1], 'era');
      let fy = 2019;
      let stage: TruthBudgetLine['stage'] = 'initial';
      let era = label;
      if (mk[2]) {
        fy = 1988 + Number(mk[2]);
        stage = 'supplementary';
        era = `平成${mk[2]}年度`;
      } else if (mk[3]) {
        fy = 2018 + Number(mk[3]);
      }
      lines.push(...parseItems(seg, { fiscal_year: fy, era_label: era, stage, supplementary_no: null, account: null, raw }, false));
    });
  }
  return lines;
}

// ---------- HTML ----------
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const figHtml = (fig: string): string =>
  esc(fig).replace(/【新規】|（新規）/g, '<span class="new">【新規】</span>').replace(/事項要求/g, '<span class="jiko">事項要求</span>');

function budgetHtml(b: Extract<Block, { t: 'y' }>): string {
  const rows = b.entries
    .map((e, i) => {
      const label = i === 0 ? `<span class="ylabel">${esc(b.label)}</span>` : '<span class="ylabel ghost"></span>';
      const name = e.name.split('\n').map(esc).join('<br>');
      if (e.br) {
        return `<div class="yrow">${label}<span class="ybody">${name}<br><span class="yfig brk">${figHtml(e.fig)}</span></span></div>`;
      }
      return `<div class="yrow">${label}<span class="ybody">${name} <span class="yfig">${figHtml(e.fig)}</span></span></div>`;
    })
    .join('');
  return `<div class="yosan">${rows}</div>`;
}

function measureHtml(m: Measure, part: 'first' | 'cont' | 'all'): string {
  let blocks = m.blocks;
  const pb = blocks.findIndex((b) => b.t === 'pagebreak');
  if (pb >= 0 && part === 'first') blocks = blocks.slice(0, pb);
  if (pb >= 0 && part === 'cont') blocks = blocks.slice(pb + 1);
  const body: string[] = [];
  let ul: string[] = [];
  const flush = (): void => {
    if (ul.length) body.push(`<ul>${ul.join('')}</ul>`);
    ul = [];
  };
  for (const b of blocks) {
    if (b.t === 'b') {
      ul.push(`<li>${esc(b.text)}</li>`);
      continue;
    }
    flush();
    if (b.t === 'sub') body.push(`<div class="sub">${/^\(/.test(b.text) ? '' : '◆ '}${esc(b.text)}</div>`);
    else if (b.t === 'note') body.push(`<div class="note">${esc(b.text)}</div>`);
    else if (b.t === 'y') body.push(budgetHtml(b));
  }
  flush();
  return `<section class="measure"><h3 class="mh"><span class="mno">(${esc(m.n)})</span>${esc(m.name)}</h3>${body.join('')}</section>`;
}

function extraHtml(kind: string | null): string {
  if (kind === 'kikan') {
    return `<div class="panel"><div class="ptitle">イメージ　　先進的取組の「着眼点」の明示</div>
<div class="cols">
<div class="col"><div class="ch">①革新的技術の実装</div><div class="cs">〔中小企業（全国各地の縫製工場）のネットワーク化〕</div>
<p>衣服の販売店・ブランド等が工場を探す際に、縫製工場のリソースと運用管理能力をデータベース化しマッチング</p>
<p class="eff">☞ 効果<br>リードタイムが約35%短縮<br>市場流通総額が約30倍</p>
<p class="small">※地域IoT実装推進事業で横展開を支援</p></div>
<div class="col"><div class="ch">②地域経済循環に資する事業の実施</div><div class="cs">〔地場産業（水産業・観光業）を活かした観光拠点整備〕</div>
<p>港の歴史的な古倉庫を活用し、地元の食文化を体験できる新たな観光拠点（飲食・物販施設）を整備</p>
<p class="eff">☞ 効果<br>1,000万円以上の地元食材調達<br>17名の地元新規雇用</p>
<p class="small">※ローカル10,000プロジェクトで支援</p></div>
<div class="col side"><div class="ch">横展開の後押し</div>
<p>・総務大臣メール（首長向け）等による地方との認識の共有</p>
<p>・首長・議員等向けに着眼点を明示した動画も活用した広報</p>
<p>・先進的取組を展開する人材等をアドバイザーとして派遣</p></div>
</div></div>`;
  }
  if (kind === 'kaso') {
    return `<div class="panel"><div class="ptitle">【過疎地域等自立活性化推進交付金の主なメニュー】</div>
<div class="cols"><div class="col"><div class="ch">過疎地域等自立活性化推進事業</div><p>おおむね以下の分野に該当するソフト事業が対象。</p></div>
<div class="col"><p>① 産業の振興　② 生活の安心・安全確保（子育て支援を含む）<br>③ 集落の維持・活性化　④ 移住・交流・若者の定住促進<br>⑤ 田園回帰の促進　⑥ 地域文化の伝承　⑦ 環境貢献施策の推進</p></div></div></div>`;
  }
  return '';
}

const CSS = `
@page { size: A4 landscape; margin: 0; }
* { box-sizing: border-box; font-weight: normal !important; } /* IPAex has no bold face: synthetic bold prints as Type 3 */
body { margin: 0; font-family: "IPAexGothic"; color: #111; }
.page { width: 297mm; height: 210mm; position: relative; overflow: hidden; page-break-after: always; padding: 9mm 14mm 14mm 14mm; }
.page:last-child { page-break-after: auto; }
.band { background: #1d3f8a; color: #fff; font-size: 11pt; padding: 1.6mm 4mm; display: inline-block; border-radius: 0 0 3mm 0; }
.topic { font-size: 17pt; font-weight: bold; text-align: center; border-bottom: 0.6mm solid #1d3f8a; padding: 2.5mm 0 2mm; margin: 1mm 0 4mm; }
.content { position: absolute; top: 34mm; left: 14mm; right: 14mm; bottom: 13mm; overflow: hidden; }
.measure { margin-bottom: 3.5mm; }
.mh { font-size: 13.5pt; margin: 0 0 1.5mm; padding: 1mm 3mm; background: #e6edf8; border-left: 2.2mm solid #1d3f8a; font-weight: bold; }
.mno { margin-right: 2mm; }
ul { list-style: none; margin: 0 0 1.5mm 0; padding: 0 0 0 6mm; }
li { position: relative; font-size: 12pt; line-height: 1.45; margin-bottom: 0.8mm; }
li::before { content: "・"; position: absolute; left: -5.5mm; }
.sub { font-size: 12pt; font-weight: bold; color: #1d3f8a; margin: 1.2mm 0 0.8mm 2mm; }
.note { font-size: 9.5pt; margin: 0.5mm 0 1.2mm 6mm; color: #333; }
.yosan { border: 0.35mm solid #c0392b; background: #fff6f4; margin: 1mm 0 2mm 6mm; padding: 1.2mm 3mm; font-size: 12pt; font-weight: bold; }
.yrow { display: flex; line-height: 1.45; }
.ylabel { flex: 0 0 auto; margin-right: 1.5mm; color: #c0392b; }
.ylabel.ghost { visibility: hidden; }
.ylabel.ghost::before { content: "【予算】"; }
.yfig.brk { display: inline-block; margin-left: 24mm; }
.new { color: #c0392b; }
.pno { position: absolute; bottom: 5mm; right: 12mm; font-size: 10pt; }
.panel { border: 0.3mm solid #777; margin: 2mm 0 0 6mm; padding: 2mm 3mm; font-size: 10pt; }
.ptitle { font-weight: bold; margin-bottom: 1.5mm; }
.cols { display: flex; gap: 4mm; }
.col { flex: 1 1 0; border: 0.25mm dashed #999; padding: 1.5mm 2mm; }
.col.side { flex: 0.8 1 0; background: #f3f3f3; }
.ch { font-weight: bold; color: #1d3f8a; margin-bottom: 1mm; }
.cs { font-size: 9pt; margin-bottom: 1mm; }
.col p { margin: 0.8mm 0; line-height: 1.35; }
.small { font-size: 8.5pt; }
.cover { display: flex; flex-direction: column; align-items: center; justify-content: center; text-align: center; }
.cover .t1 { font-size: 30pt; font-weight: bold; color: #1d3f8a; margin-bottom: 4mm; }
.cover .t2 { font-size: 22pt; font-weight: bold; margin-bottom: 10mm; }
.cover .t3 { font-size: 18pt; margin-bottom: 30mm; }
.cover .date { font-size: 15pt; margin-bottom: 4mm; }
.cover .org { font-size: 20pt; font-weight: bold; letter-spacing: 4mm; }
.toc h2 { font-size: 15pt; text-align: center; margin: 0 0 3mm; }
.toc .cols2 { column-count: 2; column-gap: 10mm; font-size: 9.5pt; line-height: 1.35; }
.toc .part { font-weight: bold; margin-top: 1.5mm; }
.toc .chap { font-weight: bold; color: #1d3f8a; margin-top: 0.8mm; }
.toc .ent { display: flex; padding-left: 4mm; }
.toc .ent .tt { flex: 1 1 auto; }
.toc .ent .pp { flex: 0 0 auto; padding-left: 2mm; }
`;

// pages: 1 cover, 2 contents, then data.pages from 3
const FIRST_CONTENT_PAGE = 3;
const measurePages = new Map<string, number[]>();
data.pages.forEach((p, i) => {
  for (const id of p.measures) {
    const arr = measurePages.get(id) ?? [];
    arr.push(FIRST_CONTENT_PAGE + i);
    measurePages.set(id, arr);
  }
});
const topicFirstPage = new Map<string, number>();
data.pages.forEach((p, i) => {
  for (const t of p.topics) {
    const k = `${p.chapter}${t}`;
    if (!topicFirstPage.has(k)) topicFirstPage.set(k, FIRST_CONTENT_PAGE + i);
  }
});

function coverHtml(): string {
  return `<div class="page cover"><div class="t1">${esc(data.title)}</div><div class="t2">${esc(data.subtitle)}</div>
<div class="t3">${esc(data.kind)}</div><div class="date">${esc(data.date_print)}</div><div class="org">総務省</div></div>`;
}

function tocHtml(): string {
  const parts: string[] = [];
  let lastPart = '';
  let lastChap = '';
  for (const t of data.topics) {
    const part = must(data.part_of_chapter[t.chapter], 'part');
    if (part !== lastPart) {
      parts.push(`<div class="part">${esc(part)}　${esc(must(data.parts[part], 'part title'))}</div>`);
      lastPart = part;
    }
    if (t.chapter !== lastChap) {
      parts.push(`<div class="chap">${esc(t.chapter)} ${esc(must(data.chapters[t.chapter], 'chapter'))}</div>`);
      lastChap = t.chapter;
    }
    parts.push(`<div class="ent"><span class="tt">${esc(t.no)} ${esc(t.title)}</span><span class="pp">${must(topicFirstPage.get(t.chapter + t.no), 'toc page')}</span></div>`);
  }
  return `<div class="page toc"><h2>${esc(data.title)}${esc(data.subtitle)}　目次</h2><div class="cols2">${parts.join('')}</div><div class="pno">2</div></div>`;
}

function contentPageHtml(p: PageSpec, pageNo: number): string {
  const chapTitle = must(data.chapters[p.chapter], 'chapter');
  const topics = p.topics.map((no) => `${no} ${topicTitle(p.chapter, no)}`).join('／');
  const ms = p.measures.map((id) => {
    const m = must(measureById.get(id), id);
    const hasBreak = m.blocks.some((b) => b.t === 'pagebreak');
    const part = !hasBreak ? 'all' : p.extra === 'cont' ? 'cont' : 'first';
    return measureHtml(m, part);
  });
  return `<div class="page"><div class="band">${esc(p.chapter)} ${esc(chapTitle)}</div><div class="topic">${esc(topics)}</div>
<div class="content"><div class="inner">${ms.join('')}${extraHtml(p.extra)}</div></div><div class="pno">${pageNo}</div></div>`;
}


const pagesHtml = [coverHtml(), tocHtml(), ...data.pages.map((p, i) => contentPageHtml(p, FIRST_CONTENT_PAGE + i))];
const html = `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>${esc(data.title)}${esc(data.subtitle)}</title><style>${CSS}</style></head><body>${pagesHtml.join('\n')}${FIT_CONTENT_SCRIPT}</body></html>`;

printHtmlToPdf(html, outPdf);
{
  // same page through --dump-dom: which pages had to be shrunk, and does anything still overflow?
  const dir = mkdtempSync(join(tmpdir(), 'juten-check-'));
  try {
    writeFileSync(join(dir, 'p.html'), html);
    const dom = execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      `--user-data-dir=${join(dir, 'profile')}`, '--dump-dom', `file://${join(dir, 'p.html')}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const scales = [...dom.matchAll(/data-scale="([\d.]+)"/g)].map((m) => m[1]);
    console.log('content scale per page:', scales.join(' '));
    if (/data-overflow="1"/.test(dom)) throw new Error('a page still overflows');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const pageCount = pdfPageCount(outPdf);
const expectedPages = FIRST_CONTENT_PAGE - 1 + data.pages.length;
if (pageCount !== expectedPages) throw new Error(`page count ${pageCount} != ${expectedPages}`);

// ---------- truth ----------
const policies: TruthPolicy[] = data.measures.map((m) => {
  const budget: TruthBudgetLine[] = [];
  const sections: Record<string, string[]> = {};
  let label = '概要';
  for (const b of m.blocks) {
    if (b.t === 'sub') label = b.text.replace(/^\([a-z]\)\s*/, '');
    else if (b.t === 'b') (sections[label] ??= []).push(b.text);
    else if (b.t === 'note') (sections['注記'] ??= []).push(b.text);
    else if (b.t === 'y') {
      b.entries.forEach((e, i) => {
        const raw = `${i === 0 ? b.label : ''}${e.name.replace(/\n/g, ' ')} ${e.fig}`;
        budget.push(...parseFigure(e.fig, raw));
      });
    }
  }
  const topicIdx = m.topic;
  return {
    name: m.name,
    pages: must(measurePages.get(m.id), `pages of ${m.id}`),
    category: null,
    field: null,
    strategy_refs: [],
    offices: [],
    budget,
    sections: Object.fromEntries(Object.entries(sections).map(([k, v]) => [k, v.join('\n')])),
    number: `${m.chapter}-${topicIdx}-(${m.n})`,
  };
});

// page texts: distinctive strings per page, in reading order
const pageTexts: TruthDocument['page_texts'] = [
  { page: 1, texts: [data.title, '総務省重点施策2020', '重点施策集', data.date_print] },
  { page: 2, texts: ['目次', `1 ${must(data.chapters['1'], 'ch1')}`, `17 ${must(data.chapters['17'], 'ch17')}`] },
];
const short = (s: string, n = 18): string => (s.length > n ? s.slice(0, n) : s);
data.pages.forEach((p, i) => {
  const texts: string[] = [`${p.chapter} ${short(must(data.chapters[p.chapter], 'c'), 16)}`];
  for (const id of p.measures) {
    const m = must(measureById.get(id), id);
    texts.push(short(m.name));
    const ys = m.blocks.filter((b): b is Extract<Block, { t: 'y' }> => b.t === 'y');
    const hasBreak = m.blocks.findIndex((b) => b.t === 'pagebreak');
    const ysOnPage =
      hasBreak < 0
        ? ys
        : m.blocks.filter((b, j): b is Extract<Block, { t: 'y' }> => b.t === 'y' && (p.extra === 'cont' ? j > hasBreak : j < hasBreak));
    const firstY = ysOnPage[0]?.entries[0];
    if (firstY && texts.length < 5) texts.push(firstY.fig.replace(/【新規】|（新規）/g, '').trim());
    void ys;
  }
  if (p.extra === 'kikan') texts.push('①革新的技術の実装', '②地域経済循環に資する事業の実施');
  pageTexts.push({ page: FIRST_CONTENT_PAGE + i, texts: texts.slice(0, 5) });
});

const truth: TruthDocument = {
  file: FILE,
  seed: '003_3bd7bf674129a828',
  family: 'soumu-juten-shisaku',
  edition: data.edition,
  page_count: pageCount,
  made_with:
    'HTML printed with Debian Chromium (samples/make/make-soumu-juten-shisaku-2020.ts, print-pdf.ts), fonts IPAexGothic (embedded CID TrueType). ' +
    `Curated excerpt of the seed: ${data.measures.length} of its 133 measures, text cleaned of OCR noise (e.g. 增幅→増幅, 灾害→災害, ひつ迫→ひっ迫, 住みみたい→住みたい). ` +
    `The seed prints no cover date: the cover date ${data.date_print} (${data.edition}, the FY2020 概算要求 deadline) is an assumption. ` +
    'The circled topic numbers (①②…) are added by the sample so that number paths are unique (the original lists topics unnumbered); ' +
    'they follow the topic order of the original contents page, so gaps mark topics left out. Page numbers are the sample\'s own. ' +
    'Budget truth: the unlabelled main figure is FY2020 stage "request" with era_label ""; each parenthesised prior-year figure is its own line ' +
    '(元年度 → 2019 initial; 平成30年度補正 → 2018 supplementary). raw is the whole printed 【予算】 entry (label + item name + figures, a wrapped entry joined with one space) and is shared by the lines it yields; ' +
    'for the 財投 entry (JICT) the 産業投資/政府保証 prefixes go to note. Sections: ・bullets under their printed sub-heading (default 概要), ※ notes under 注記. Diagrams of the original are replaced by short text panels on two pages.',
  hazards: [
    '【予算】 entries whose figure wraps onto a second line (name on one line, 「1.0億円（元年度 0.5億円）」 on the next), e.g. pages with シェアリングエコノミー活用推進事業, 過疎地域等自立活性化推進交付金, 医療・介護・健康データ利活用基盤高度化事業',
    'one 【予算】 box holding several budget items (label printed only on the first), e.g. 個人番号カード交付事業費補助金 / 個人番号カード交付事務費補助金 / 海外継続利用',
    'measure 15-⑤-(1) 放送ネットワークの強靭化 spans two pages; its heading is repeated on the continuation page (sub-items (a)-(c) then (d)-(e))',
    'page 6 (地域の基幹産業) has a three-column image panel beside nothing else: ①/② columns plus 横展開の後押し side box (multi-column reading order)',
    'contents page set in two text columns',
    '・bullets wrapping over 2-4 lines (joined text has no spaces; extraction must not insert them)',
    'prior-year figures in parentheses: 元年度, 元年度 … の内数, 平成30年度補正 (supplementary), 元年度： with 産業投資/政府保証 (財投)',
    '事項要求 with a prior-year figure (事項要求（元年度 119.3億円）, 事項要求（元年度 3,250億円）)',
    'other units and forms: 16.8兆円, 1,680.9億円 (thousands separator), 4億円 / 11億円 (no decimal), 【新規】 markers in red',
    'measure numbers restart per topic, and a topic line can carry two topics (15-③／④)',
    'topic titles equal to measure names (e.g. 地域の基幹産業を中心とした地域経済活性化) and the same names in the contents',
  ],
  policies,
  cases: [],
  tables: [],
  page_texts: pageTexts,
};

// ---------- checks ----------
const texts = pdfPageTexts(outPdf, pageCount);
const squash = (s: string): string => s.replace(/\s+/g, '');
const problems: string[] = missingPageTexts(truth, texts);
for (const pol of truth.policies) {
  const key = squash(pol.name);
  const found = texts.map((t, i) => (i >= 2 && squash(t).includes(key) ? i + 1 : 0)).filter((n) => n > 0);
  const missing = pol.pages.filter((p) => !found.includes(p));
  if (missing.length) problems.push(`${pol.number} ${pol.name}: not found on ${missing.join(',')} (found ${found.join(',')})`);
  const extra = found.filter((p) => !pol.pages.includes(p));
  if (extra.length) console.warn(`note: ${pol.number} name also on ${extra.join(',')}`);
}
const fonts = execFileSync('pdffonts', [outPdf], { encoding: 'utf8' });
if (/Type 3/.test(fonts)) problems.push('Type 3 font present');
for (const line of fonts.split('\n').slice(2)) if (line.trim() && !/\byes\b/.test(line.slice(60))) problems.push(`font not embedded: ${line}`);
const size = statSync(outPdf).size;
if (size > 3 * 1024 * 1024) problems.push(`size ${size}`);

writeFileSync(outTruth, JSON.stringify(truth, null, 2) + '\n');
console.log(`${FILE}: ${pageCount} pages, ${size} bytes, ${policies.length} measures, ${policies.reduce((a, p) => a + p.budget.length, 0)} budget lines`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
}

/**
 * Builds samples/garbled-text-layer.pdf: two clean-looking policy pages (seed 000_ba2badbcc32d7d27,
 * OCR spacing such as 「5 G」 tidied) whose text layer is useless. Chromium prints the pages with
 * IPAexGothic; then every /ToUnicode CMap is rewritten so that each glyph code maps to a code point in
 * the Private Use Area (U+E000 upward, in code order, per font). Glyphs and content streams are left
 * alone, so the rendering is unchanged while text extraction yields private-use characters.
 * Chromium also wraps glyphs that a Kangxi radical shares with an ideograph (用, 高, 一 …) in
 * /ActualText spans; those strings are rewritten too, to U+F000 upward (one code per distinct text).
 * Steps: qpdf --qdf --object-streams=disable → rewrite CMaps → fix-qdf → qpdf (recompress).
 * Truth page_texts hold the CORRECT strings, i.e. what OCR has to recover.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printHtmlToPdf } from './print-pdf.js';
import type { TruthDocument } from './truth.js';
import { pdfPageCount } from './check-pdf.ts';

const NAME = 'garbled-text-layer';
const SAMPLES = new URL('..', import.meta.url).pathname;

interface Page { name: string; office: string; field: string; budget: string; sections: [string, string[]][] }

const PAGES: Page[] = [
  {
    name: '課題解決型ローカル5G等の実現に向けた開発実証',
    office: '総務省地域通信振興課 03-5253-5758 総務省移動通信課 03-5253-5896 local5g-trial@ml.soumu.go.jp',
    field: '5Gなどの情報通信基盤の早期整備',
    budget: '令和3年度当初一般会計 5,996百万円',
    sections: [
      ['目的', ['地域の企業等をはじめとする様々な主体が個別のニーズに応じて独自の5Gシステムを柔軟に構築できる「ローカル5G」について、様々な課題解決や新たな価値の創造等の実現に向け、現実の利活用場面を想定した開発実証を踏まえ、ローカル5Gの柔軟な運用を可能とする制度整備や、低廉かつ容易に利用できる仕組みの構築を行う。']],
      ['概要', [
        '現実の様々な利活用場面を想定した開発実証を踏まえ、無線設備の技術基準の緩和や、交換設備等の共用形態に関するガイドラインの策定等の取組を行う。',
        '実地検証により有効性が証明されたローカル5Gの活用モデルを、他の地域等が容易に利用(横展開)できるよう、利活用モデル導入ガイドブックの作成、検証過程で開発されたアプリ等を他の地域等からも低廉かつ容易に利用できるシステムの構築等の取組を行う。',
      ]],
      ['期待される効果', ['ローカル5Gの特長を最大限に引き出すとともに、実地検証により有効性が証明されたローカル5Gの活用モデルを、他の同種の課題を抱える地域等が容易に利用できる仕組みを構築することで、ローカル5Gを活用した様々な課題解決や新たな価値の創造等を実現。']],
    ],
  },
  {
    name: '第5世代移動通信システムの更なる高度化に向けた研究開発',
    office: '総務省移動通信課新世代移動通信システム推進室 03-5253-5896',
    field: '5Gなどの情報通信基盤の早期整備',
    budget: '令和3年度当初一般会計 11,433百万円の内数',
    sections: [
      ['目的', ['移動通信システムへの高まり続けるニーズに対応するためには、早期に第5世代移動通信システム(5G)の更なる高度化に取り組むことが必要である。システム全体の「高信頼性」や「高エネルギー効率」、「高効率な周波数利用」を実現することで、移動通信システムの利活用分野を更に拡大し、我が国の新産業の創出や社会課題の解決をより一層促進する。']],
      ['概要', [
        '多様なサービス要求に応じた高信頼な高度5Gネットワーク制御技術',
        'ミリ波帯における高エネルギー効率な無線技術',
        'モバイルトラヒックの急増に対応した高効率な周波数利用技術の研究開発を行い、5Gの更なる高度化に貢献する。',
      ]],
      ['期待される効果', ['5Gの更なる高度化を実現し、移動通信システムの利活用分野を更に拡大することで、我が国の新産業の創出及び社会課題の解決につなげる。']],
    ],
  },
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function buildHtml(): string {
  const pages = PAGES.map((p) => `<section class="page"><h1>施策名:${esc(p.name)}</h1><p class="office">${esc(p.office)}</p>
<table><tr><th>分野</th><td>${esc(p.field)}</td></tr><tr><th>予算額</th><td>${esc(p.budget)}</td></tr></table>
${p.sections.map(([label, paras]) => `<h2>${label}</h2>${paras.length > 1 ? `<ul>${paras.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>` : `<p>${esc(paras.join(''))}</p>`}`).join('\n')}</section>`).join('\n');
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>garbled-text-layer</title><style>
@page { size: A4; margin: 18mm 18mm; }
body { font-family: "IPAexGothic"; font-size: 11pt; line-height: 1.7; color: #111; }
.page { page-break-after: always; } .page:last-child { page-break-after: auto; }
h1 { font-size: 16pt; border-bottom: 0.6mm solid #1f4e79; padding-bottom: 2mm; margin: 0 0 3mm; }
.office { font-size: 10pt; margin: 0 0 4mm; }
table { border-collapse: collapse; width: 100%; margin-bottom: 4mm; }
th, td { border: 0.3mm solid #444; padding: 1.5mm 3mm; text-align: left; }
th { width: 22mm; background: #e8eef6; }
h2 { font-size: 12.5pt; margin: 5mm 0 1.5mm; color: #1f4e79; }
p { margin: 0; text-indent: 1em; } ul { margin: 0; padding-left: 6mm; }
</style></head><body>${pages}</body></html>`;
}

/** Replaces every ToUnicode CMap in a QDF file (read as latin1) with one mapping its codes to U+E000…. */
function garbleToUnicode(qdf: string): { text: string; count: number } {
  let count = 0;
  const text = qdf.replace(/stream\n(\/CIDInit[\s\S]*?end\nend\n?)endstream/g, (_m, cmap: string) => {
    const codes = new Set<number>();
    let width = 4; // hex digits per source code, as in the codespace range (Type 3 fonts use one byte)
    for (const [, chars = ''] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, src = ''] of chars.matchAll(/<([0-9A-Fa-f]+)>\s*<[0-9A-Fa-f]+>/g)) {
        codes.add(parseInt(src, 16));
        width = src.length;
      }
    }
    for (const [, ranges = ''] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, lo = '', hi = ''] of ranges.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
        for (let c = parseInt(lo, 16); c <= parseInt(hi, 16); c++) codes.add(c);
        width = lo.length;
      }
    }
    const sorted = [...codes].sort((a, b) => a - b);
    if (sorted.length === 0 || sorted.length > 0x1900) throw new Error(`Unexpected ToUnicode CMap: ${sorted.length} codes`);
    const hex = (n: number, w = 4) => n.toString(16).toUpperCase().padStart(w, '0');
    const blocks: string[] = [];
    for (let i = 0; i < sorted.length; i += 100) {
      const chunk = sorted.slice(i, i + 100);
      blocks.push(`${chunk.length} beginbfchar\n${chunk.map((c, j) => `<${hex(c, width)}> <${hex(0xe000 + i + j)}>`).join('\n')}\nendbfchar`);
    }
    count++;
    const head = cmap.slice(0, cmap.indexOf('endcodespacerange') + 'endcodespacerange'.length);
    return `stream\n${head}\n${blocks.join('\n')}\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\nendstream`;
  });
  const actual = new Map<string, string>();
  const garbled = text.replace(/\/ActualText <(?:feff|FEFF)([0-9A-Fa-f]*)>/g, (_m, hex: string) => {
    if (!actual.has(hex.toLowerCase())) actual.set(hex.toLowerCase(), (0xf000 + actual.size).toString(16));
    return `/ActualText <feff${actual.get(hex.toLowerCase())}>`;
  });
  return { text: garbled, count };
}

/** The first `length` characters of a section's first paragraph. */
function opening(p: Page, label: string, length: number): string {
  const first = p.sections.find(([l]) => l === label)?.[1][0];
  if (first === undefined) throw new Error(`No ${label} section on the page of ${p.name}`);
  return first.slice(0, length);
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'garbled-'));
  const out = join(SAMPLES, `${NAME}.pdf`);
  try {
    printHtmlToPdf(buildHtml(), join(dir, 'clean.pdf'));
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', join(dir, 'clean.pdf'), join(dir, 'clean.qdf')]);
    const { text, count } = garbleToUnicode(readFileSync(join(dir, 'clean.qdf'), 'latin1'));
    if (count === 0) throw new Error('No ToUnicode CMap found in the printed PDF');
    writeFileSync(join(dir, 'garbled.qdf'), text, 'latin1');
    writeFileSync(join(dir, 'fixed.qdf'), execFileSync('fix-qdf', [join(dir, 'garbled.qdf')], { maxBuffer: 64 * 1024 * 1024 }));
    execFileSync('qpdf', ['--compress-streams=y', '--object-streams=generate', join(dir, 'fixed.qdf'), out]);
    console.log(`${NAME}.pdf: ${count} ToUnicode CMaps rewritten`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const pageCount = pdfPageCount(out);
  if (pageCount !== PAGES.length) throw new Error(`Expected ${PAGES.length} pages: got ${pageCount}`);
  const truth: TruthDocument = {
    file: `${NAME}.pdf`,
    seed: '000_ba2badbcc32d7d27',
    family: 'soumu-shisaku-fy2021',
    edition: null,
    page_count: pageCount,
    made_with: 'HTML printed with Chromium (printHtmlToPdf), IPAexGothic, A4; then qpdf --qdf, every /ToUnicode CMap rewritten ' +
      'to map each glyph code to U+E000+n (n = rank of the code in that font), fix-qdf, qpdf recompress. Rendering unchanged.',
    hazards: ['garbled text layer: ToUnicode maps to private-use characters'],
    policies: [],
    cases: [],
    tables: [],
    page_texts: PAGES.map((p, i) => ({
      page: i + 1,
      texts: [`施策名:${p.name}`, p.office.split(' ').slice(0, 2).join(' '), p.budget, opening(p, '目的', 30), opening(p, '概要', 25)],
    })),
  };
  writeFileSync(join(SAMPLES, `${NAME}.truth.json`), JSON.stringify(truth, null, 2) + '\n');
}

main();

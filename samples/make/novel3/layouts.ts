/**
 * Third novel corpus: one project a page as other ministries print their 事業PR資料 (labels the
 * vocabulary lacks, in the marks the document gives its known ones; budgets over the name, with the
 * year before's figure in brackets; offices at the foot or beside the name), and a city's 主要事業 as a
 * ruled table and as an unruled label column.
 */
import { esc } from '../layouts/model.ts';
import { documentHtml, itemsHtml, type NovelLayout, type Shown } from '../novel/kit.ts';
import type { NovelRecord } from '../novel/records.ts';
import { CITY, DA, ENV, MAFF, MAFF2, MEXT, MEXT2, MHLW } from './records.ts';

const show = (r: NovelRecord): Shown => ({ rec: r, number: null, budget: r.budget, sections: r.sections, offices: r.offices });
const sec = (s: Shown, k: string): string[] => s.sections.find(([x]) => x === k)?.[1] ?? [];

export const maff: NovelLayout = {
  id: 'n3-maff-angle-labels',
  describe: '農水 PR版: budget 【令和6年度予算概算決定額 x（y）百万円】 top right, name 16pt, ＜対策のポイント＞ ＜政策目標＞ ＜事業の内容＞ left, ＜事業イメージ＞ figure right, ［お問い合わせ先］ at the foot',
  scan: [1, 2, 3, 4],
  build() {
    const list = MAFF.map(show);
    const pages = list.map((s) => `<div class="page"><div class="bud">${esc(s.budget[0]!.text)}</div><div class="nm">${esc(s.rec.name)}</div>` +
      `<div class="cols"><div class="l">${['対策のポイント', '政策目標', '事業の内容'].map((k) => `<div class="h">＜${k}＞</div>${itemsHtml(sec(s, k))}`).join('')}</div>` +
      `<div class="r"><div class="h">＜事業イメージ＞</div><div class="pic">導入前 → 導入後</div></div></div>` +
      `<div class="foot">［お問い合わせ先］${esc(s.offices[0]!.name)}（${esc(s.offices[0]!.phones[0]!)}）</div></div>`);
    const style = `.bud{position:absolute;top:10mm;right:12mm;font-size:10pt}.nm{position:absolute;top:18mm;left:12mm;right:12mm;font-size:16pt;font-weight:bold;text-align:center;border:0.5mm solid #363;padding:2mm}
.cols{position:absolute;top:40mm;left:12mm;right:12mm;display:flex;gap:6mm}.l{flex:1}.r{flex:1;border:0.3mm solid #888;padding:2mm}.h{font-weight:bold;color:#363;margin-top:3mm}.pic{height:60mm;display:flex;align-items:center;justify-content:center}
.foot{position:absolute;bottom:12mm;right:12mm;font-size:9pt;border:0.3mm solid #333;padding:1mm 3mm}`;
    return { html: documentHtml('a4p', style, pages.join('')), shown: list };
  },
};

export const env: NovelLayout = {
  id: 'n3-env-box-footer',
  describe: '環境省: name band, budget 「令和6年度予算（案） x百万円（y百万円）」 right of it; 事業目的・概要等 frame with 背景・目的 / 事業概要 / 期待される効果; 事業スキーム frame with ■事業形態：… ■交付対象：… ■実施期間：…; お問合せ先： line at the foot',
  scan: [2, 3],
  build() {
    const list = ENV.map(show);
    const pages = list.map((s) => `<div class="page"><div class="top"><div class="nm">${esc(s.rec.name)}</div><div class="bud">${esc(s.budget[0]!.text)}</div></div>` +
      `<div class="cols"><div class="l"><div class="ft">事業目的・概要等</div>${['背景・目的', '事業概要', '期待される効果'].map((k) => `<div class="h">${k}</div>${itemsHtml(sec(s, k), '・')}`).join('')}</div>` +
      `<div class="r"><div class="ft">事業スキーム</div>${['事業形態', '交付対象', '実施期間'].map((k) => `<div>■${k}：${esc(sec(s, k)[0]!)}</div>`).join('')}<div class="pic">環境省 → 地方公共団体</div></div></div>` +
      `<div class="foot">お問合せ先：　${esc(s.offices[0]!.name)}　電話：${esc(s.offices[0]!.phones[0]!)}</div></div>`);
    const style = `.top{position:absolute;top:10mm;left:12mm;right:12mm;display:flex;justify-content:space-between;align-items:center;background:#0a5;color:#fff;padding:2mm 4mm}.nm{font-size:16pt}.bud{font-size:11pt}
.cols{position:absolute;top:32mm;left:12mm;right:12mm;display:flex;gap:6mm}.l{flex:1.3;border:0.4mm solid #0a5;padding:2mm}.r{flex:1;border:0.4mm solid #0a5;padding:2mm}.ft{background:#0a5;color:#fff;padding:0.5mm 2mm;margin-bottom:2mm}.h{font-weight:bold;margin-top:2mm}.pic{height:40mm;display:flex;align-items:center;justify-content:center}
.foot{position:absolute;bottom:10mm;left:12mm;font-size:9pt}`;
    return { html: documentHtml('a4l', style, pages.join('')), shown: list };
  },
};

export const mext: NovelLayout = {
  id: 'n3-mext-outcomes',
  describe: '文科省: name top left 15pt, budget box top right 「令和6年度予算額（案） x億円」 over 「（前年度予算額 y億円）」; 背景・課題 / 事業内容 / アウトプット（活動目標） / 短期アウトカム（成果目標） headings in blue bars; 「（担当：…）」 at the bottom right, no phone',
  build() {
    const list = MEXT.map(show);
    const pages = list.map((s) => {
      const t = s.budget[0]!.text;
      const at = t.indexOf('（');
      const box = at < 0 ? `<div>${esc(t)}</div>` : `<div>${esc(t.slice(0, at))}</div><div class="pr">${esc(t.slice(at))}</div>`;
      return `<div class="page"><div class="nm">${esc(s.rec.name)}</div><div class="bud">${box}</div>` +
        `<div class="body">${s.sections.map(([k, items]) => `<div class="h">${esc(k)}</div>${itemsHtml(items, '○')}`).join('')}</div>` +
        `<div class="foot">（担当：${esc(s.offices[0]!.name)}）</div></div>`;
    });
    const style = `.nm{position:absolute;top:12mm;left:14mm;font-size:15pt;font-weight:bold}.bud{position:absolute;top:10mm;right:14mm;border:0.4mm solid #036;padding:1.5mm 4mm;font-size:11pt}.pr{font-size:9pt}
.body{position:absolute;top:34mm;left:14mm;right:14mm}.h{background:#036;color:#fff;padding:0.5mm 2mm;margin-top:3mm;width:90mm}.foot{position:absolute;bottom:10mm;right:14mm;font-size:9pt}`;
    return { html: documentHtml('a4l', style, pages.join('')), shown: list };
  },
};

export const mhlw: NovelLayout = {
  id: 'n3-mhlw-numbered',
  describe: '厚労省 補正: 「施策名：…」 top left in a frame, budget 「令和5年度補正予算案 x億円」 top right with the division under it; ①施策の目的 ②施策の概要 ③施策のスキーム図、実施要件（対象、補助率等）等 ④施策の対象・成果イメージ（…） boxes in a 2×2 grid',
  build() {
    const list = MHLW.map(show);
    const pages = list.map((s) => `<div class="page"><div class="nm">施策名：${esc(s.rec.name)}</div><div class="bud"><div>${esc(s.budget[0]!.text)}</div><div class="of">${esc(s.offices[0]!.name)}</div></div>` +
      `<div class="grid">${s.sections.map(([k, items], i) => `<div class="cell"><div class="h">${'①②③④'[i]} ${esc(k)}</div>${itemsHtml(items)}</div>`).join('')}</div></div>`);
    const style = `.nm{position:absolute;top:10mm;left:12mm;font-size:14pt;border:0.4mm solid #333;padding:1.5mm 3mm;max-width:170mm}.bud{position:absolute;top:9mm;right:12mm;text-align:right;font-size:12pt}.of{font-size:9pt}
.grid{position:absolute;top:30mm;left:12mm;right:12mm;bottom:10mm;display:grid;grid-template-columns:1fr 1fr;gap:4mm}.cell{border:0.4mm solid #333;padding:2mm}.h{font-weight:bold;border-bottom:0.3mm solid #333;margin-bottom:2mm}`;
    return { html: documentHtml('a4l', style, pages.join('')), shown: list };
  },
};

export const da: NovelLayout = {
  id: 'n3h-da-brackets',
  scan: [1, 2, 3],
  describe: 'デジタル庁: A4 landscape, name 17pt, 「担当：…（03-…）」 under it, budget top right in one line, 【】 headings 【事業概要・目的】 【資金の流れ】 【期待される効果】',
  build() {
    const list = DA.map(show);
    const pages = list.map((s) => `<div class="page"><div class="nm">${esc(s.rec.name)}</div><div class="of">担当：${esc(s.offices[0]!.name)}（${esc(s.offices[0]!.phones[0]!)}）</div><div class="bud">${esc(s.budget[0]!.text)}</div>` +
      `<div class="body">${s.sections.map(([k, items]) => `<div class="h">【${esc(k)}】</div>${itemsHtml(items, '・')}`).join('')}</div></div>`);
    const style = `.nm{position:absolute;top:12mm;left:14mm;font-size:17pt}.of{position:absolute;top:22mm;left:14mm;font-size:9pt}.bud{position:absolute;top:13mm;right:14mm;font-size:10pt;border:0.3mm solid #333;padding:1mm 3mm}
.body{position:absolute;top:38mm;left:14mm;right:14mm}.h{margin-top:4mm;font-weight:bold}`;
    return { html: documentHtml('a4l', style, pages.join('')), shown: list };
  },
};

export const maff2: NovelLayout = {
  id: 'n3h-maff-angle-brackets',
  scan: [1, 2, 3],
  describe: '農水 variant: A4 portrait, budget line top left without brackets, name 15pt centred under it, 〈〉 headings, figure box 〈事業イメージ〉 under the text, ［お問い合わせ先］ foot left',
  build() {
    const list = MAFF2.map(show);
    const pages = list.map((s) => `<div class="page"><div class="bud">${esc(s.budget[0]!.text)}</div><div class="nm">${esc(s.rec.name)}</div>` +
      `<div class="body">${s.sections.map(([k, items]) => `<div class="h">〈${esc(k)}〉</div>${itemsHtml(items)}`).join('')}<div class="h">〈事業イメージ〉</div><div class="pic">（図）</div></div>` +
      `<div class="foot">［お問い合わせ先］${esc(s.offices[0]!.name)}（${esc(s.offices[0]!.phones[0]!)}）</div></div>`);
    const style = `.bud{position:absolute;top:12mm;left:16mm;font-size:11pt}.nm{position:absolute;top:22mm;left:16mm;right:16mm;text-align:center;font-size:15pt;font-weight:bold}
.body{position:absolute;top:40mm;left:16mm;right:16mm}.h{margin-top:4mm;color:#252}.pic{height:40mm;border:0.3mm dashed #888}.foot{position:absolute;bottom:14mm;left:16mm;font-size:9pt}`;
    return { html: documentHtml('a4p', style, pages.join('')), shown: list };
  },
};

export const mext2: NovelLayout = {
  id: 'n3h-mext-numbered',
  scan: [1, 2, 3],
  describe: '文科 variant: A4 portrait, numbered bare headings 「1. 背景・課題」 「2. 事業内容」 「3. アウトカム」 at one left edge, budget box top right on two lines, （担当：…） bottom right',
  build() {
    const list = MEXT2.map(show);
    const pages = list.map((s) => {
      const t = s.budget[0]!.text; const at = t.indexOf('（');
      return `<div class="page"><div class="nm">${esc(s.rec.name)}</div><div class="bud"><div>${esc(t.slice(0, at))}</div><div>${esc(t.slice(at))}</div></div>` +
        `<div class="body">${s.sections.map(([k, items], i) => `<div class="h">${i + 1}. ${esc(k)}</div>${itemsHtml(items, '・')}`).join('')}</div><div class="foot">（担当：${esc(s.offices[0]!.name)}）</div></div>`;
    });
    const style = `.nm{position:absolute;top:30mm;left:16mm;font-size:14pt;font-weight:bold}.bud{position:absolute;top:10mm;right:16mm;font-size:10pt;border:0.3mm solid #333;padding:1mm 3mm}
.body{position:absolute;top:46mm;left:16mm;right:16mm}.h{margin-top:4mm;font-weight:bold}.foot{position:absolute;bottom:12mm;right:16mm;font-size:9pt}`;
    return { html: documentHtml('a4p', style, pages.join('')), shown: list };
  },
};

const COVER = (title: string) => `<div class="page cover"><div class="t">${esc(title)}</div><div class="d">令和6年2月</div><div class="m">みどり市</div></div>`;

export const cityTable: NovelLayout = {
  id: 'n3-city-ruled-table',
  scan: [1, 2, 3],
  describe: '市の主要事業: A4 portrait, cover; one project a page as a ruled two-column table: 事業名, 担当課, 予算額 (千円, 前年度 in brackets), 財源内訳, 事業の目的, 事業内容, 根拠法令, 成果指標 in a shaded label column',
  build() {
    const list = CITY.map(show);
    const row = (l: string, html: string) => `<tr><th>${esc(l)}</th><td>${html}</td></tr>`;
    const pages = list.map((s) => `<div class="page"><div class="body"><table>${row('事業名', `<span class="nm">${esc(s.rec.name)}</span>`)}${row('担当課', `${esc(s.offices[0]!.name)}　TEL ${esc(s.offices[0]!.phones[0]!)}`)}${row('予算額', esc(s.budget[0]!.text))}` +
      s.sections.map(([k, items]) => row(k, itemsHtml(items))).join('') + '</table></div></div>');
    const style = `.body{position:absolute;inset:20mm 18mm}table{border-collapse:collapse;width:100%}th,td{border:0.3mm solid #333;padding:2mm;vertical-align:top;text-align:left}th{width:32mm;background:#e4e4e4;font-weight:normal}.nm{font-size:13pt}`;
    return { html: documentHtml('a4p', style, COVER('令和6年度 主要事業の概要') + pages.join('')), shown: list };
  },
};

export const cityColumn: NovelLayout = {
  id: 'n3-city-label-column',
  scan: [1, 2, 3],
  describe: '市の主要事業: A4 landscape, cover; two projects a page, each its name as a heading over an unruled label column (labels in bold at the left, values beside): 担当課, 予算額, 財源内訳, 事業の目的, 事業内容, 根拠法令, 成果指標',
  build() {
    const list = CITY.map(show);
    const row = (l: string, html: string) => `<div class="row"><div class="lb">${esc(l)}</div><div class="v">${html}</div></div>`;
    const rec = (s: Shown) => `<div class="rec"><div class="nm">■ ${esc(s.rec.name)}</div>${row('担当課', `${esc(s.offices[0]!.name)}（${esc(s.offices[0]!.phones[0]!)}）`)}${row('予算額', esc(s.budget[0]!.text))}` +
      s.sections.map(([k, items]) => row(k, itemsHtml(items))).join('') + '</div>';
    const pages = [0, 2].map((i) => `<div class="page"><div class="body">${list.slice(i, i + 2).map(rec).join('')}</div></div>`);
    const style = `.body{position:absolute;inset:14mm 18mm;display:flex;flex-direction:column;gap:6mm}.nm{font-size:13pt;font-weight:bold;margin-bottom:2mm}.row{display:flex;gap:4mm;margin:0.8mm 0}.lb{width:28mm;font-weight:bold}.v{flex:1}`;
    return { html: documentHtml('a4l', style, COVER('令和6年度 主要事業の概要') + pages.join('')), shown: list };
  },
};

export const cityGrid: NovelLayout = {
  id: 'n3-city-grid',
  scan: [1, 2, 3],
  describe: '市の主要事業: A4 landscape, cover; two projects a page stacked, each a name bar over a grid of three columns of bordered cells, a small bold label over each value (a row of labels: 事業内容 | 財源内訳 | 根拠法令)',
  build() {
    const list = CITY.map(show);
    const cell = (l: string, html: string) => `<div class="cell"><div class="lb">${esc(l)}</div>${html}</div>`;
    const rec = (s: Shown) => `<div class="rec"><div class="nm">${esc(s.rec.name)}</div><div class="grid">` + cell('担当課', `${esc(s.offices[0]!.name)}<br>TEL ${esc(s.offices[0]!.phones[0]!)}`) + cell('予算額', esc(s.budget[0]!.text)) +
      s.sections.map(([k, items]) => cell(k, itemsHtml(items))).join('') + '</div></div>';
    const pages = [0, 2].map((k) => `<div class="page"><div class="body">${list.slice(k, k + 2).map(rec).join('')}</div></div>`);
    const style = `.body{position:absolute;inset:12mm 14mm;display:flex;flex-direction:column;gap:6mm}.nm{background:#345;color:#fff;padding:2mm 3mm;font-size:13pt}.grid{display:grid;grid-template-columns:1fr 1fr 1fr;gap:2mm;margin-top:2mm;font-size:9pt}.cell{border:0.3mm solid #9ab;padding:1.5mm 2mm;min-height:16mm}.lb{font-size:8pt;font-weight:bold;color:#345;border-bottom:0.2mm solid #9ab;margin-bottom:1mm}`;
    return { html: documentHtml('a4l', style, COVER('令和6年度 主要事業の概要') + pages.join('')), shown: list };
  },
};

export const cityList: NovelLayout = {
  id: 'n3-city-list-table',
  describe: '市の主要事業一覧: A4 landscape, one ruled table over two pages, header row No. | 事業名 | 事業の目的 | 事業内容 | 令和6年度予算額（千円） (bare figures) | 担当課 | 根拠法令 | 備考 (funding sources)',
  build() {
    const list = CITY.map((r, i): Shown => {
      const s = show(r);
      const [aim, what, law, sources] = ['事業の目的', '事業内容', '根拠法令', '財源内訳'].map((k) => sec(s, k).join(''));
      return { ...s, number: String(i + 1), budget: [{ text: s.budget[0]!.text, lines: [s.budget[0]!.lines[0]!] }], offices: s.offices.map((o) => ({ ...o, phones: [] })),
        sections: [['事業の目的', [aim!]], ['事業内容', [what!]], ['根拠法令', [law!]], ['備考', [sources!]]] };
    });
    const cells = (s: Shown): string[] => [s.number!, s.rec.name, ...['事業の目的', '事業内容'].map((k) => sec(s, k).join('')), (s.budget[0]!.lines[0]!.amount_jpy! / 1000).toLocaleString('en-US'), s.offices[0]!.name, ...['根拠法令', '備考'].map((k) => sec(s, k).join(''))];
    const head = `<tr>${['No.', '事業名', '事業の目的', '事業内容', '令和6年度予算額（千円）', '担当課', '根拠法令', '備考'].map((h) => `<th>${h}</th>`).join('')}</tr>`;
    const pages = [0, 2].map((k) => `<div class="page"><div class="body"><div class="tt">令和6年度 主要事業一覧</div><table>${head}${list.slice(k, k + 2).map((s) => `<tr>${cells(s).map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</table></div></div>`);
    const style = `.body{position:absolute;inset:14mm}.tt{font-size:14pt;margin-bottom:4mm}table{border-collapse:collapse;width:100%;font-size:8.5pt}th,td{border:0.3mm solid #333;padding:1.5mm;vertical-align:top}`;
    return { html: documentHtml('a4l', style, pages.join('')), shown: list };
  },
};

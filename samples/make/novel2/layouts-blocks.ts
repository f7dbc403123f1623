/**
 * Second novel corpus, layouts of blocks: a name in a vertical band beside a grid of labelled cells,
 * captions under their values, dotted leaders, one office box per page for two records, the budget
 * in a circle, prefecture records with a header row over their values, and a 行政事業レビュー-like sheet.
 */
import { esc } from '../layouts/model.ts';
import { CATALOGUE, RECORDS, type NovelBudget } from '../novel/records.ts';
import { budgetHeadValue, contactText, coverPage, documentHtml, itemsHtml, perPage, shown, type NovelLayout, type Shown } from '../novel/kit.ts';
import { bl, NATIONAL, NATIONAL_TITLE, PREF, PREF_NAME, PREF_TITLE } from './records.ts';
import { cover, label, NATIONAL_LABELS, PREF_LABELS, roman } from './kit2.ts';

/** Numbers by chapter: 「Ⅱ-3」, the chapter's Roman numeral and the record's place in it. */
function chapterNumbers<T extends { chapter: string }>(list: readonly T[], chapters: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return list.map((r) => {
    const n = (seen.get(r.chapter) ?? 0) + 1;
    seen.set(r.chapter, n);
    return `${roman(chapters.indexOf(r.chapter))}-${n}`;
  });
}

export const leftBandGrid: NovelLayout = {
  id: 'n2-left-band-grid',
  describe: 'A4 landscape; cover; two records a page stacked; each a dark vertical band at the left holding its number 「Ⅰ-2」 and its name wrapped in white, and to its right a grid of three columns of cells, each a small coloured label over its value (担当課, 予算額, 事業目的, 事業内容, KPI, 交付先 …)',
  scan: [1, 2, 3, 4],
  build() {
    const recs = RECORDS.slice(0, 8);
    const numbers = chapterNumbers(recs, CATALOGUE.chapters);
    const list = recs.map((r, i) => shown(r, numbers[i]!));
    const cell = (l: string, html: string) => `<div class="cell"><div class="lb">${esc(l)}</div>${html}</div>`;
    const rec = (s: Shown) => `<div class="rec"><div class="band"><div class="no">${esc(s.number!)}</div><div class="nm">${esc(s.rec.name)}</div></div><div class="grid">` +
      cell('担当課', s.offices.map((o) => `<div>${esc(o.name)}</div><div>${esc(contactText(o, '<br>')).replace(/&lt;br&gt;/g, '<br>')}</div>`).join('')) +
      cell('予算額', s.budget.map((b) => `<div>${esc(b.text)}</div>`).join('')) +
      s.sections.map(([k, items]) => cell(label({ ...NATIONAL_LABELS, 成果目標: 'KPI' }, k), itemsHtml(items))).join('') + '</div></div>';
    const pages = perPage(list, 2).map((two) => `<div class="page"><div class="body">${two.map(rec).join('')}</div></div>`);
    const style = `.body{position:absolute;inset:12mm 14mm;display:flex;flex-direction:column;gap:6mm}.rec{flex:1;display:flex;gap:4mm}
.band{width:42mm;background:#2b4a6f;color:#fff;padding:4mm 3mm}.no{font-size:11pt;margin-bottom:3mm}.nm{font-size:14pt;line-height:1.35}
.grid{flex:1;display:grid;grid-template-columns:1fr 1fr 1fr;gap:2mm;align-content:start;font-size:9pt}.cell{border:0.3mm solid #9ab;padding:1.5mm 2mm}.lb{font-size:8pt;color:#2b4a6f;font-weight:bold;border-bottom:0.2mm solid #9ab;margin-bottom:1mm}`;
    return { html: documentHtml('a4l', style, coverPage() + pages.join('')), shown: list };
  },
};

export const captionBelow: NovelLayout = {
  id: 'n2-caption-below',
  describe: 'A4 portrait; cover; two projects a page as a form: every value on an underlined line with its label as a small caption UNDER it (事業名, 連絡先, 予算額, 事業目的, 事業内容, 成果目標 …); the budget printed 「R6概算要求　3,000百万円」 (head and figure apart by a space)',
  build() {
    const list = NATIONAL.map((r) => ({ ...shown(r), offices: r.offices.map((o) => ({ ...o, emails: [] })) }));
    const field = (cap: string, html: string, cls = '') => `<div class="f ${cls}"><div class="v">${html}</div><div class="cap">${esc(cap)}</div></div>`;
    const rec = (s: Shown) => `<div class="rec">${field('事業名', esc(s.rec.name), 'nm')}<div class="row">` +
      field('連絡先', s.offices.map((o) => `${esc(o.name)}　TEL ${esc(o.phones.join('、'))}`).join('')) +
      field('予算額', s.budget.map((b) => { const [h, v] = budgetHeadValue(b); return `<div>${esc(h)}　${esc(v)}</div>`; }).join('')) + '</div>' +
      s.sections.map(([k, items]) => field(label(NATIONAL_LABELS, k), itemsHtml(items))).join('') + '</div>';
    const pages = perPage(list, 2).map((two) => `<div class="page"><div class="body">${two.map(rec).join('')}</div></div>`);
    const style = `.body{padding:15mm 18mm}.rec{min-height:126mm;border:0.3mm solid #bbb;padding:3mm 5mm;margin-bottom:4mm}.f{margin-bottom:2.2mm}.v{border-bottom:0.3mm solid #333;padding:0 1mm 0.5mm;min-height:5mm}
.cap{font-size:7pt;color:#666;padding-left:1mm}.nm .v{font-size:14pt}.row{display:flex;gap:6mm}.row>.f{flex:1}`;
    return { html: documentHtml('a4p', style, cover(NATIONAL_TITLE, '令和5年8月31日', '経済産業省・国土交通省') + pages.join('')), shown: list };
  },
};

export const dottedLeaders: NovelLayout = {
  id: 'n2-dotted-leaders',
  describe: 'A4 portrait, Mincho; prefecture cover; three records a page, each a heading 「Ⅱ-3　name」; its short fields as a definition list with dotted leaders 「担当課 ……… office」, 「令和6年度当初予算額 ……… 48,620千円」, 「補助率 ……… 1/2以内」; prose under 「○目的」 「○事業内容」 「○KPI」 headings',
  scan: [1, 2, 3, 4],
  build() {
    const chapters = ['安心', '活力', '未来'];
    const recs = [...PREF].sort((a, b) => chapters.indexOf(a.chapter) - chapters.indexOf(b.chapter));
    const numbers = chapterNumbers(recs, chapters);
    const list = recs.map((r, i) => shown(r, numbers[i]!));
    const SHORT = ['事業期間', '補助率', '補助対象'];
    const dl = (k: string, v: string) => `<div class="dl"><span>${esc(k)}</span><span class="ld">${'…'.repeat(Math.max(2, 15 - k.length))}</span><span>${esc(v)}</span></div>`;
    const rec = (s: Shown) => `<div class="rec"><div class="nm">${esc(s.number!)}　${esc(s.rec.name)}</div>` +
      s.offices.map((o) => dl('担当課', `${o.name}（TEL ${o.phones.join('、')}　${o.emails.join('、')}）`)).join('') +
      s.budget.map((b) => dl(...budgetHeadValue(b))).join('') + s.sections.filter(([k]) => SHORT.includes(k)).map(([k, items]) => dl(label(PREF_LABELS, k), items.join(''))).join('') +
      s.sections.filter(([k]) => !SHORT.includes(k)).map(([k, items]) => `<div class="h">○${esc(label(PREF_LABELS, k))}</div>${itemsHtml(items)}`).join('') + '</div>';
    const pages = perPage(list, 3).map((three) => `<div class="page"><div class="body">${three.map(rec).join('')}</div></div>`);
    const style = `.body{padding:16mm 19mm}.rec{margin-bottom:7mm}.nm{font-size:12.5pt;font-weight:bold;margin-bottom:2mm;border-bottom:0.3mm solid #000}.dl{display:flex;white-space:nowrap}.ld{color:#555;padding:0 1mm}.h{margin-top:1.5mm}`;
    return { html: documentHtml('a4p', style, cover(PREF_TITLE, '令和6年2月', PREF_NAME) + pages.join(''), 'IPAexMincho'), shown: list };
  },
};

export const footerOfficeBox: NovelLayout = {
  id: 'n2-footer-office-box',
  describe: 'A4 portrait; cover; two records a page numbered 「1-1」 「1-2」; 「◆」 headings for the sections, 「予算額：」 inline; no office in the records: a framed 「問い合わせ先」 box at the page foot lists each record\'s number with its office, phone and e-mail',
  build() {
    const list = RECORDS.slice(0, 10).map((r, i) => shown(r, `${Math.floor(i / 2) + 1}-${(i % 2) + 1}`));
    const rec = (s: Shown) => `<div class="rec"><div class="nm"><span class="no">${esc(s.number!)}</span>${esc(s.rec.name)}</div>${s.budget.map((b) => `<div>予算額：${esc(b.text)}</div>`).join('')}` +
      s.sections.map(([k, items]) => `<div class="h">◆${esc(label(NATIONAL_LABELS, k))}</div>${itemsHtml(items)}`).join('') + '</div>';
    const foot = (two: Shown[]) => `<div class="foot"><div class="fh">問い合わせ先</div>${two.flatMap((s) => s.offices.map((o) => `<div>${esc(s.number!)}　${esc(o.name)}　${esc(contactText(o))}</div>`)).join('')}</div>`;
    const pages = perPage(list, 2).map((two) => `<div class="page"><div class="body">${two.map(rec).join('')}</div>${foot(two)}</div>`);
    const style = `.body{padding:16mm 18mm 0}.rec{margin-bottom:8mm}.nm{font-size:13pt;font-weight:bold;margin-bottom:2mm}.no{display:inline-block;background:#444;color:#fff;padding:0 2mm;margin-right:3mm;font-size:11pt}
.h{margin-top:1.5mm;color:#444}.foot{position:absolute;left:18mm;right:18mm;bottom:14mm;border:0.4mm solid #444;padding:2mm 4mm;font-size:8.5pt}.fh{font-weight:bold}`;
    return { html: documentHtml('a4p', style, coverPage() + pages.join('')), shown: list };
  },
};

export const circleBadge: NovelLayout = {
  id: 'n2-circle-badge',
  describe: 'A4 portrait, Mincho body and Gothic name; cover; one project a page; the budget in a circle at the top right (caption 「令和6年度予算案」 over the figure in 18 pt, a bracketed note under it); the name numbered 「(ア)」; 「連絡先」 line under the name; sections as 「▶」 headings',
  build() {
    const kana = 'アイウエオカキクケコ';
    const list = NATIONAL.map((r, i) => shown(r, `(${kana[i]})`));
    const circle = (b: NovelBudget) => {
      const [head, value] = budgetHeadValue(b);
      const at = value.search(/[（(]/);
      const [fig, note] = at < 0 ? [value, ''] : [value.slice(0, at), value.slice(at)];
      return `<div class="circ"><div class="ch">${esc(head)}</div><div class="cf">${esc(fig)}</div><div class="cn">${esc(note)}</div></div>`;
    };
    const pages = list.map((s) => `<div class="page">${circle(s.budget[0]!)}<div class="body"><div class="nm">${esc(s.number!)} ${esc(s.rec.name)}</div>` +
      s.offices.map((o) => `<div class="of">連絡先　${esc(o.name)}　${esc(contactText(o))}</div>`).join('') +
      s.sections.map(([k, items]) => `<div class="h">▶ ${esc(label(NATIONAL_LABELS, k))}</div>${itemsHtml(items)}`).join('') + '</div></div>');
    const style = `.circ{position:absolute;top:14mm;right:16mm;width:54mm;height:54mm;border-radius:50%;border:1mm solid #b03;display:flex;flex-direction:column;align-items:center;justify-content:center;text-align:center;font-family:"IPAexGothic"}
.ch{font-size:8.5pt}.cf{font-size:18pt;color:#b03}.cn{font-size:7.5pt;max-width:44mm}.body{position:absolute;top:22mm;left:18mm;right:18mm}.nm{font-family:"IPAexGothic";font-size:15pt;width:110mm;margin-bottom:3mm}
.of{font-size:9pt;width:110mm;margin-bottom:30mm}.h{margin-top:4mm;font-family:"IPAexGothic";color:#b03}`;
    return { html: documentHtml('a4p', style, cover(NATIONAL_TITLE, '令和5年12月22日', '経済産業省・国土交通省') + pages.join(''), 'IPAexMincho'), shown: list };
  },
};

export const prefHeaderRow: NovelLayout = {
  id: 'n2-pref-header-row',
  describe: 'A4 portrait; prefecture cover; three records a page: a shaded bar 「★ name」, then a ruled table whose header row holds the labels (目的 | 事業内容 | 令和6年度当初予算額 | 担当課) over one row of values; the other fields as 「KPI：…」 lines under the table',
  build() {
    const list = PREF.map((r) => ({ ...shown(r), offices: r.offices.map((o) => ({ ...o, emails: [] })) }));
    const IN_TABLE = ['目的', '概要'];
    const rec = (s: Shown) => {
      const [head, value] = budgetHeadValue(s.budget[0]!);
      const cols = s.sections.filter(([k]) => IN_TABLE.includes(k));
      return `<div class="rec"><div class="nm">★ ${esc(s.rec.name)}</div><table><tr>${cols.map(([k]) => `<th>${esc(label(PREF_LABELS, k))}</th>`).join('')}<th class="w">${esc(head)}</th><th class="w">担当課</th></tr>` +
        `<tr>${cols.map(([, items]) => `<td>${itemsHtml(items)}</td>`).join('')}<td>${esc(value)}</td><td>${s.offices.map((o) => `${esc(o.name)}<br>${esc(o.phones.join('、'))}`).join('')}</td></tr></table>` +
        s.sections.filter(([k]) => !IN_TABLE.includes(k)).map(([k, items]) => `<div class="ln">${esc(label(PREF_LABELS, k))}：${esc(items.join(''))}</div>`).join('') + '</div>';
    };
    const pages = perPage(list, 3).map((three) => `<div class="page"><div class="body">${three.map(rec).join('')}</div></div>`);
    const style = `.body{padding:16mm 15mm}.rec{margin-bottom:8mm}.nm{background:#e7efe0;font-size:12pt;font-weight:bold;padding:1.5mm 3mm;margin-bottom:1.5mm}table{border-collapse:collapse;width:100%;font-size:9pt}
th,td{border:0.3mm solid #666;padding:1mm 2mm;vertical-align:top;text-align:left}th{background:#f3f3f3;font-weight:normal}.w{width:34mm}.ln{font-size:9pt;margin-top:1mm}`;
    return { html: documentHtml('a4p', style, cover(PREF_TITLE, '令和6年2月', PREF_NAME) + pages.join('')), shown: list };
  },
};

export const reviewSheet: NovelLayout = {
  id: 'n2-review-sheet',
  describe: 'A4 portrait, Mincho; no cover; one project a page as a ruled 4-column form (行政事業レビュー-like): 事業名 over the width; 担当部局庁 | office | 連絡先 | phone and e-mail; 事業期間 | … | 補助率 | …; 事業の目的, 事業概要 … over three columns; a budget grid with the years across (令和4年度 | 令和5年度 | 令和6年度要求) and rows 当初予算 / 補正予算 in 百万円 (「－」 where none)',
  build() {
    const list: Shown[] = NATIONAL.slice(0, 6).map((r, i) => {
      const a = [200 + 40 * i, 230 + 35 * i, 260 + 50 * i];
      const hosei = i % 2 === 0 ? 90 + 10 * i : null;
      const budget: NovelBudget[] = [
        { text: `令和4年度当初予算：${a[0]}`, lines: [bl(2022, '令和4年度', 'initial', a[0]! * 1e6, '百万円')] },
        { text: `令和5年度当初予算：${a[1]}`, lines: [bl(2023, '令和5年度', 'initial', a[1]! * 1e6, '百万円')] },
        { text: `令和6年度要求：${a[2]}`, lines: [bl(2024, '令和6年度', 'request', a[2]! * 1e6, '百万円')] },
        ...(hosei === null ? [] : [{ text: `令和5年度補正予算：${hosei}`, lines: [bl(2023, '令和5年度', 'supplementary', hosei * 1e6, '百万円')] }]),
      ];
      return { ...shown(r), budget };
    });
    const cell = (k: string, s: Shown) => s.sections.find(([x]) => x === k)?.[1].join('') ?? '－';
    const LABELS: Record<string, string> = { 目的: '事業の目的', 概要: '事業概要', 成果目標: '成果目標', 期待される効果: '期待される効果', 補助対象: '補助対象' };
    const page = (s: Shown) => {
      const a = s.budget.map((b) => budgetHeadValue(b)[1]);
      const hosei = s.budget[3] === undefined ? '－' : a[3]!;
      return `<div class="page"><div class="body"><div class="tt">令和5年度 行政事業レビューシート</div><table>` +
        `<tr><th>事業名</th><td colspan="3" class="nm">${esc(s.rec.name)}</td></tr>` +
        s.offices.map((o) => `<tr><th>担当部局庁</th><td>${esc(o.name)}</td><th>連絡先</th><td>${esc(o.phones.join('、'))}<br>${esc(o.emails.join('、'))}</td></tr>`).join('') +
        `<tr><th>事業期間</th><td>${esc(cell('事業期間', s))}</td><th>補助率</th><td>${esc(cell('補助率', s))}</td></tr>` +
        s.sections.filter(([k]) => k in LABELS).map(([k, items]) => `<tr><th>${esc(LABELS[k]!)}</th><td colspan="3">${itemsHtml(items)}</td></tr>`).join('') +
        `<tr><th>予算の状況<br>（単位：百万円）</th><td colspan="3"><table class="yt"><tr><th></th><th>令和4年度</th><th>令和5年度</th><th>令和6年度要求</th></tr>` +
        `<tr><th>当初予算</th><td>${a[0]}</td><td>${a[1]}</td><td>${a[2]}</td></tr><tr><th>補正予算</th><td>－</td><td>${hosei}</td><td>－</td></tr></table></td></tr>` +
        `</table></div></div>`;
    };
    const style = `.body{padding:15mm 15mm}.tt{text-align:center;font-size:13pt;margin-bottom:4mm}table{border-collapse:collapse;width:100%}th,td{border:0.3mm solid #333;padding:1.5mm 2mm;vertical-align:top;text-align:left}
th{font-weight:normal;background:#eee;width:30mm}.nm{font-size:12pt}.yt th,.yt td{text-align:right;width:auto}.yt th:first-child{text-align:left}`;
    return { html: documentHtml('a4p', style, list.map(page).join(''), 'IPAexMincho'), shown: list };
  },
};

/**
 * Second novel corpus, records over several pages: a record of three landscape pages whose name is
 * repeated 「（続き）」 at the head of each, and records whose last label sits at a page's foot with its
 * value at the top of the next page, where the next record then begins.
 */
import { esc } from '../layouts/model.ts';
import { RECORDS } from '../novel/records.ts';
import { contactText, documentHtml, itemsHtml, shown, type NovelLayout, type Shown } from '../novel/kit.ts';
import { LONG, NATIONAL_TITLE } from './records.ts';
import { cover, label, NATIONAL_LABELS } from './kit2.ts';

export const continued: NovelLayout = {
  id: 'n2-continued-3pages',
  describe: 'A4 landscape, Gothic 12.5 pt; cover; each project over three pages: the name in a bar on the first, 「name（続き）」 in the same bar on the next two; 概要 split between pages 1 and 2 without its label repeated; 成果目標 and 事業期間 on page 3; 「担当課：」 and 「予算額：」 lines on page 1; page numbers 「- n -」',
  build() {
    const list = LONG.map((r) => shown(r));
    let n = 1;
    const page = (s: Shown, cont: boolean, html: string) => `<div class="page"><div class="bar">${esc(s.rec.name)}${cont ? '（続き）' : ''}</div><div class="body">${html}</div><div class="pn">- ${++n} -</div></div>`;
    const sec = (s: Shown, k: string) => s.sections.find(([x]) => x === k)![1];
    const head = (k: string) => `<div class="h">${esc(label(NATIONAL_LABELS, k))}</div>`;
    const pages = list.flatMap((s) => {
      const gaiyou = sec(s, '概要');
      return [
        page(s, false, s.offices.map((o) => `<div>担当課：${esc(o.name)}（${esc(contactText(o))}）</div>`).join('') + s.budget.map((b) => `<div>予算額：${esc(b.text)}</div>`).join('') +
          head('目的') + itemsHtml(sec(s, '目的')) + head('概要') + itemsHtml(gaiyou.slice(0, 3), '・')),
        page(s, true, itemsHtml(gaiyou.slice(3), '・')),
        page(s, true, head('成果目標') + itemsHtml(sec(s, '成果目標'), '・') + head('事業期間') + itemsHtml(sec(s, '事業期間'))),
      ];
    });
    const style = `.bar{background:#035;color:#fff;font-size:17pt;padding:4mm 14mm}.body{position:absolute;top:28mm;left:16mm;right:16mm;font-size:12.5pt;line-height:1.7}
.h{margin-top:4mm;font-weight:bold;color:#035;border-bottom:0.4mm solid #035}.pn{position:absolute;bottom:8mm;left:0;right:0;text-align:center;font-size:9pt}`;
    return { html: documentHtml('a4l', style, cover(NATIONAL_TITLE, '令和5年12月22日', '国土交通省・経済産業省') + pages.join('')), shown: list };
  },
};

export const valueNextPage: NovelLayout = {
  id: 'n2-value-next-page',
  describe: 'A4 portrait, Mincho; no cover; records follow on: each record\'s last label sits at the foot of a page with its value at the top of the next page, where the next record\'s name then follows; labels as headings with a left bar (事業目的, 事業内容, 期待される効果 …); 「担当課」 and 「予算額」 run in after a full-width space',
  build() {
    // The value carried over is a prose one (概要), long enough to be told from any other record's text
    const list = RECORDS.slice(0, 6).map((r): Shown => { const s = shown(r); return { ...s, sections: [...s.sections.filter(([k]) => k !== '概要'), ...s.sections.filter(([k]) => k === '概要')] }; });
    const head = (k: string) => `<div class="h">${esc(label(NATIONAL_LABELS, k))}</div>`;
    const pages = list.map((s, i) => {
      const prev = list[i - 1];
      const carry = prev === undefined ? '' : `<div class="carry">${itemsHtml(prev.sections.at(-1)![1])}</div>`;
      const body = s.sections.slice(0, -1).map(([k, items]) => head(k) + itemsHtml(items)).join('');
      const last = s.sections.at(-1)![0];
      return `<div class="page"><div class="body">${carry}<div class="nm">${esc(s.rec.name)}</div>` +
        s.offices.map((o) => `<div>担当課　${esc(o.name)}（${esc(contactText(o))}）</div>`).join('') + s.budget.map((b) => `<div>予算額　${esc(b.text)}</div>`).join('') +
        `${body}<div class="sp"></div>${head(last)}</div></div>`;
    });
    const tail = `<div class="page"><div class="body"><div class="carry">${itemsHtml(list.at(-1)!.sections.at(-1)![1])}</div></div></div>`;
    const style = `.body{position:absolute;inset:20mm 20mm 16mm;display:flex;flex-direction:column}.carry{margin-bottom:10mm}.nm{font-size:15pt;font-weight:bold;margin-bottom:3mm}
.h{margin-top:5mm;border-left:1.5mm solid #555;padding-left:2mm;font-weight:bold}.sp{flex:1}`;
    return { html: documentHtml('a4p', style, pages.join('') + tail, 'IPAexMincho'), shown: list };
  },
};

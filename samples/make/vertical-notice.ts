/**
 * Page 1 of samples/vertical-text.pdf, a notice in 縦書き (two 段, a heading column, 縦中横 digits,
 * a horizontal footer), as HTML for Chromium: shared by make-vertical-text.ts and
 * make-garbled-vertical-text.ts, which prints it with its text layer garbled.
 */
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Page 1, as HTML fragments: `{{12}}` is set upright in one cell (縦中横). */
export const NOTICE = {
  heading: '地域情報化アドバイザー派遣制度のご案内',
  paragraphs: [
    '総務省では、ICTを活用した地域課題の解決に取り組む地方公共団体等を支援するため、専門家を派遣する「地域情報化アドバイザー派遣制度」を実施しています。',
    'アドバイザーは、自治体DXの推進、テレワークの導入、オープンデータの公開など、幅広い分野の知見を有しています。派遣に要する謝金及び旅費は総務省が負担しますので、費用はかかりません。',
    '申込みは、令和５年４月１日から受け付けます。派遣は一団体につき年度内３回までとし、派遣期間は最長{{12}}か月です。申込みの多い場合は、調整させていただくことがあります。',
    '詳しくは、総務省ホームページに掲載の募集要領をご覧ください。',
  ],
  date: '令和五年三月三十一日',
  sender: '総務省地域力創造グループ地域情報化企画室',
  footer: '問合せ先：総務省地域情報化企画室　電話 03-5253-5525（直通）',
};

const htmlText = (s: string): string =>
  esc(s).replace(/\{\{(.+?)\}\}/g, '<span class="tcy">$1</span>');
/** The text as extracted: 縦中横 digits read in place. */
export const plain = (s: string): string => s.replace(/\{\{(.+?)\}\}/g, '$1');

export function noticeHtml(title: string): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${title}</title><style>
@page { size: A4; margin: 0; }
body { margin: 0; font-family: "IPAexMincho"; color: #111; }
.page { position: relative; width: 210mm; height: 297mm; }
.vertical { position: absolute; top: 22mm; right: 20mm; width: 170mm; height: 235mm; writing-mode: vertical-rl; }
h1 { font-family: "IPAexGothic"; font-size: 17pt; margin: 0 0 0 9mm; letter-spacing: 0.05em; }
.body { column-count: 2; column-gap: 12mm; font-size: 11.5pt; line-height: 1.75; }
p { margin: 0; text-indent: 1em; }
.date { text-indent: 0; margin-top: 1.5em; padding-top: 2em; }
.sender { text-indent: 0; text-align: end; }
.tcy { text-combine-upright: all; }
footer { position: absolute; left: 20mm; right: 20mm; bottom: 16mm; font-family: "IPAexGothic"; font-size: 9pt; border-top: 0.3mm solid #555; padding-top: 2mm; }
</style></head><body><div class="page"><div class="vertical"><h1>${esc(NOTICE.heading)}</h1><div class="body">
${NOTICE.paragraphs.map((p) => `<p>${htmlText(p)}</p>`).join('\n')}
<p class="date">${esc(NOTICE.date)}</p><p class="sender">${esc(NOTICE.sender)}</p>
</div></div><footer>${esc(NOTICE.footer)}</footer></div></body></html>`;
}


/**
 * Notices in 縦書き (two 段, a heading column, 縦中横 digits, a horizontal footer), as HTML for
 * Chromium. NOTICE is page 1 of samples/vertical-text.pdf, shared by make-vertical-text.ts and
 * make-garbled-vertical-text.ts (which prints it with its text layer garbled); SCANNED_NOTICE is the
 * page of make-scanned-vertical-notice.ts, whose footer carries a page number.
 */
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A notice's text, as HTML fragments: `{{12}}` is set upright in one cell (縦中横). */
export interface Notice {
  heading: string;
  paragraphs: string[];
  date: string;
  sender: string;
  /** Set horizontally under the columns. */
  footer: string;
  /** A page number set horizontally under the footer, centred. */
  pageNumber?: string;
}

/** Page 1 of samples/vertical-text.pdf. */
export const NOTICE: Notice = {
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

/**
 * The page of make-scanned-vertical-notice.ts: paragraphs long enough that two of them run on from
 * the upper 段 into the lower, and a page number under the footer.
 */
export const SCANNED_NOTICE: Notice = {
  heading: '地域おこし協力隊の募集について',
  paragraphs: [
    '本市では、都市地域から移住し、地域の魅力の発信や農林水産業の振興に取り組む地域おこし協力隊を募集します。任期は委嘱の日から一年間とし、活動の状況に応じて最長三年まで延長することができます。活動の内容は、地域の皆さんや市の担当職員と相談しながら決めることができます。',
    '応募できる方は、三大都市圏をはじめとする都市地域に住民票がある方で、任用後に本市へ住民票を移し、居住できる方とします。普通自動車運転免許を有し、パソコンの基本的な操作ができることを条件とします。',
    '報償費は月額{{24}}万円とし、住居は市が借り上げた住宅を無償で貸与します。活動に必要な車両、通信機器及び研修の費用は、予算の範囲内で市が負担します。',
    '応募の締切りは令和六年五月三十一日です。書類選考の後、面接を行い、結果は六月下旬までに文書でお知らせします。',
  ],
  date: '令和六年四月一日',
  sender: '北山市企画政策部地域振興課',
  footer: '問合せ先：北山市地域振興課　電話 0123-45-6789（内線 312）',
  pageNumber: '- 3 -',
};

/** What a reader reads on a notice's page, in order: heading, paragraphs, date, sender, footer, page number. */
export const noticeTexts = (notice: Notice): string[] =>
  [notice.heading, ...notice.paragraphs.map(plain), notice.date, notice.sender, notice.footer, ...(notice.pageNumber === undefined ? [] : [notice.pageNumber])];

export function noticeHtml(title: string, notice: Notice = NOTICE): string {
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
.page-number { position: absolute; left: 0; right: 0; bottom: 8mm; text-align: center; font-family: "IPAexGothic"; font-size: 10pt; }
footer { position: absolute; left: 20mm; right: 20mm; bottom: 16mm; font-family: "IPAexGothic"; font-size: 9pt; border-top: 0.3mm solid #555; padding-top: 2mm; }
</style></head><body><div class="page"><div class="vertical"><h1>${esc(notice.heading)}</h1><div class="body">
${notice.paragraphs.map((p) => `<p>${htmlText(p)}</p>`).join('\n')}
<p class="date">${esc(notice.date)}</p><p class="sender">${esc(notice.sender)}</p>
</div></div><footer>${esc(notice.footer)}</footer>${
    notice.pageNumber === undefined ? '' : `<div class="page-number">${esc(notice.pageNumber)}</div>`
  }</div></body></html>`;
}


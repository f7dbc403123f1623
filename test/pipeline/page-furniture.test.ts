import { describe, expect, it } from 'vitest';
import type { Line, Page } from '../../schemas/types.ts';
import { findPageFurniture, findRunningHeadings } from '../../pipeline/structure/page-furniture.ts';

const line = (text: string, x: number, y: number, size = 10, confidence?: number): Line => ({
  text,
  bbox: [x, y, x + size * [...text].length, y + size],
  font_size: size,
  ...(confidence === undefined ? {} : { confidence }),
});
const page = (number: number, width: number, height: number, lines: Line[]): Page => ({ number, width, height, method: 'text', method_reason: null, lines });

/** A 16:9 slide (338.7 × 190.5 mm): the record's name sits 24 pt from the top, where an A4 page prints its header. */
const slide = (n: number): Page =>
  page(n, 960, 540, [line('総務省', 880, 8, 9), line(`施策名：${['光ファイバ', 'テレワーク', 'ローカル5G', '地域おこし', '統計局'][n - 1]}`, 30, 24, 16), line('分野', 30, 80), line(`本文${n}の説明が続く`, 80, 80), line(`- ${n} -`, 470, 520, 9)]);

describe('findPageFurniture', () => {
  it('finds a running header and page numbers by repetition on a slide deck, and keeps the record names near the top', () => {
    const pages = [1, 2, 3, 4, 5].map(slide);
    const furniture = findPageFurniture(pages);
    const texts = (n: number): string[] => pages[n - 1]!.lines.filter((l) => !furniture.has(l)).map((l) => l.text);
    expect(texts(2)).toEqual(['施策名：テレワーク', '分野', '本文2の説明が続く']);
    expect([...furniture].map((l) => l.text)).toContain('- 4 -');
  });

  it("drops the cover's title run as a header over the other two pages of a short document, and keeps another line repeated there", () => {
    const pages = [
      page(1, 595, 842, [line('地域デジタル化支援施策集', 142, 378, 26), line('令和5年12月', 250, 500, 12)]),
      ...[2, 3].map((n) => page(n, 595, 842, [line('地域デジタル化支援施策集', 45, 27, 8), line('自治行政局地域政策課', 45, 40, 8), line(`施策${n}の本文が続く`, 45, 200, 10)])),
    ];
    const furniture = findPageFurniture(pages);
    expect([...furniture].map((l) => l.text)).toEqual(['地域デジタル化支援施策集', '地域デジタル化支援施策集']);
  });

  it("drops the running header printed nearest the top of both pages after a short document's cover, and keeps a line repeated under it", () => {
    const pages = [
      page(1, 595, 842, [line('地域デジタル化支援施策集', 142, 378, 26)]),
      ...[2, 3].map((n) =>
        page(n, 595, 842, [line('総務省', 516, 27, 8.5), line('自治行政局地域政策課', 45, 50, 8.5), line(`(${n - 1}) 施策${n}の名称`, 133, 80, 13), line(`施策${n}の本文が続く`, 45, 200, 10), line('総務省重点施策2020', 43, 800, 8.5), line(`P.${n}`, 540, 812, 9)]),
      ),
    ];
    // The footer over the page's number is nearest its edge but for the number.
    expect(new Set([...findPageFurniture(pages)].map((l) => `${l.text}@${l.bbox[1]}`))).toEqual(new Set(['総務省@27', '総務省重点施策2020@800', 'P.2@812', 'P.3@812']));
  });

  it("keeps the office two records of a short scan share, at one place on its last two pages, where its first page is no cover but prints its own record's office there", () => {
    // As OCR read a three-page scan of a 施策集 with no cover (rand52 r5252-11-scan): one record a page, each office under its title.
    const record = (n: number, office: string): Page =>
      page(n, 850, 606, [line('総務省', 44, 26, 12, 92), line(`(${n})施策${n}の名称`, 57, 48, 19, 90), line(office, 559, 71, 12.7, 93), line(`分野:施策${n}の分野`, 45, 88, 13, 92), line(`施策${n}の本文が続く`, 95, 300, 13.9, 93), line('未来技術関連施策集(令和3年度)', 660, 567, 15, 70)]);
    const shared = '総務省情報流通振興課情報活用支援室(03-5253-5685)';
    const pages = [record(1, '総務省データ通信課(03-5253-5853)'), record(2, shared), record(3, shared)];
    expect([...findPageFurniture(pages)].map((l) => l.text)).not.toContain(shared);
    // After a cover, the same line is the pages' header.
    const covered = [page(1, 850, 606, [line('未来技術関連施策集', 150, 300, 28, 90)]), record(2, shared), record(3, shared)];
    expect([...findPageFurniture(covered)].map((l) => l.text)).toContain(shared);
  });

  it("drops a running header a short scan's OCR misread on both pages after its cover, but not a budget's name printed at one place on both, nor two names a word apart", () => {
    const short = (confidence?: number): Page[] => [
      page(1, 608, 852, [line('未来技術関連施策集', 150, 300, 28, confidence)]),
      ...['林来技術関連施策集(令和3年度)', '森来技術関連施策集(令和3年度)'].map((header, k) =>
        page(k + 2, 608, 852, [line(header, 54, 28, 11.8, confidence), line('令和6年度予算案', 417, 58, 8.5, confidence), line(`地域情報化の推進(${['本省', '地方'][k]})`, 51, 70, 16.8, confidence)]),
      ),
    ];
    expect([...findPageFurniture(short(85))].map((l) => l.text)).toEqual(['林来技術関連施策集(令和3年度)', '森来技術関連施策集(令和3年度)']);
    // A text layer's two pages are too few to tell a header from a line each record prints.
    expect([...findPageFurniture(short())].map((l) => l.text)).toEqual([]);
  });

  it('keeps a label printed in the same cell on every page', () => {
    const pages = [1, 2, 3, 4].map((n) => page(n, 595, 842, [line('施策分類', 40, 60), line(`分類${'ABCD'[n - 1]}`, 120, 60), line(`${n}`, 290, 810)]));
    const furniture = findPageFurniture(pages, { keep: (text) => text === '施策分類' });
    expect([...furniture].map((l) => l.text)).toEqual(['1', '2', '3', '4']);
  });

  it("matches an OCR'd running header read with one character wrong on one page", () => {
    const headers = ['デジタル田園都市国家構想', 'デジタル田園都市国家構想', 'デジタル田園都市国象構想', 'デジタル田園都市国家構想'];
    const pages = headers.map((h, k) => page(k + 1, 842, 595, [line(h, 40, 20 + k, 10, 80), line(`本文${k}`, 40, 200, 10, 90)]));
    expect([...findPageFurniture(pages)].map((l) => l.text)).toEqual(headers);
  });

  it('drops a running header that names the chapter, its text changing every few pages, and keeps each page\'s record name printed at one place', () => {
    const chapters = ['①デジタル実装', '①デジタル実装', '②デジタル基盤整備', '②デジタル基盤整備', '③デジタル人材', '③デジタル人材'];
    const pages = chapters.map((chapter, k) => page(k + 1, 960, 540, [line(chapter, 40, 27, 8.5), line(['光ファイバ整備', 'テレワーク推進', 'ローカル5G', '地域おこし協力隊', '統計データ活用', '人材マッチング'][k]!, 45, 60, 16), line(`本文${k}の説明が続きます。`, 40, 120)]));
    expect([...findPageFurniture(pages)].map((l) => l.text)).toEqual(chapters);
    // Printed in the text's own size, a line at that place is the page's content.
    const large = chapters.map((chapter, k) => page(k + 1, 960, 540, [line(chapter, 40, 27, 10), line(`本文${k}の説明が続きます。`, 40, 120)]));
    expect(findPageFurniture(large).size).toBe(0);
    // The chapters long enough to be headers by repetition alone make the place one for the short last chapter too.
    const long = ['①デジタル実装', '①デジタル実装', '①デジタル実装', '①デジタル実装', '②デジタル基盤整備', '②デジタル基盤整備', '②デジタル基盤整備', '②デジタル基盤整備', '③デジタル人材', '③デジタル人材'];
    const longPages = long.map((chapter, k) => page(k + 1, 960, 540, [line(chapter, 40, 27, 8.5), line(`本文${'ABCDEFGHIJ'[k]}の説明が続きます。`, 40, 120)]));
    expect([...findPageFurniture(longPages)].map((l) => l.text).sort()).toEqual([...long].sort());
  });

  it('drops the tab of a one-page chapter, set flush right at the place where the longer chapters print theirs, and keeps a small line printed under a tab', () => {
    const chapters = ['①デジタル実装による地方の課題解決', '①デジタル実装による地方の課題解決', '①デジタル実装による地方の課題解決', '②デジタル基盤整備', '②デジタル基盤整備', '②デジタル基盤整備', '③デジタル人材の育成', '④誰一人取り残さない取組'];
    // Flush right: every tab ends at x = 547 of a 595-pt page.
    const tab = (text: string): Line => line(text, 547 - 8.5 * [...text].length, 5, 8.5);
    const pages = chapters.map((chapter, k) => page(k + 1, 595, 842, [tab(chapter), line(`事業${'ABCDEFGH'[k]}`, 45, 72, 12), line(`本文${k}の説明が続きます。施策の目的と概要を記します。`, 45, 136, 9.5)]));
    expect([...findPageFurniture(pages)].map((l) => l.text).sort()).toEqual([...chapters].sort());
    // A running header under the tab that repeats the chapter: the tab stands beyond it, furniture too.
    const header = (text: string): Line => line(text, 555 - 8.5 * [...text].length, 21, 8.5);
    const twice = chapters.map((chapter, k) => page(k + 1, 595, 842, [tab(chapter), header(chapter), ...pages[k]!.lines.slice(1)]));
    expect([...findPageFurniture(twice)].map((l) => l.text).sort()).toEqual([...chapters, ...chapters].sort());
    // On a page whose tab is missing, a small line at the top that is no tab's size stays the page's.
    const note = line('（参考）地域の事例', 440, 6, 8);
    const withNote = [...pages.slice(0, 7), page(8, 595, 842, [note, line('事業H', 45, 72, 12), line('本文7の説明が続きます。施策の目的と概要を記します。', 45, 136, 9.5)])];
    expect(findPageFurniture(withNote).has(note)).toBe(false);
  });

  it("drops the right half of a running header's row, its text the record's field (on one page, or two), and keeps a small line at that place on a row of its own", () => {
    const fields = ['地域における情報通信基盤等の環境整備', '5Gなどの情報通信基盤の早期整備', '5Gなどの情報通信基盤の早期整備', 'サービス産業分野等での未来技術の活用', '生活分野での未来技術の活用', '公共・社会基盤分野での未来技術の活用', '公共・社会基盤分野での未来技術の活用'];
    // Flush right: each ends at x = 909 of a 960-pt slide.
    const right = (text: string, y = 41): Line => line(text, 909 - 8.5 * [...text].length, y, 8.5);
    const pages = fields.map((field, k) => page(k + 1, 960, 540, [line('未来技術関連施策集(令和3年度)', 57, 41, 8.5), right(field), line(`事業${'ABCDEFG'[k]}の名称`, 69, 64, 12), line('政策分野', 244, 87, 9), line(field, 62, 105, 9), line(`本文${k}の説明が続きます。施策の目的と概要と期待される効果を記します。`, 62, 140, 9)]));
    const furniture = findPageFurniture(pages);
    expect([...furniture].filter((l) => l.bbox[1] === 41).length).toBe(2 * fields.length);
    expect([...furniture].filter((l) => l.bbox[1] !== 41)).toEqual([]);
    // Without a running header on its row, a small line at the top right is the page's (an office printed there).
    const alone = pages.map((p) => ({ ...p, lines: p.lines.filter((l) => !l.text.startsWith('未来技術')) }));
    expect(findPageFurniture(alone).size).toBe(0);
  });

  it("drops the left half of a running footer's row, its text the page's field, though it is printed no smaller than the text of the pages whose text is scaled down", () => {
    const fields = ['5Gなどの情報通信基盤の早期整備', '医療・教育分野での未来技術の活用', '公共・社会基盤分野での未来技術の活用'];
    // Each page's text scaled to fit it: 8.4 pt on two, 9.7 on the other; the footer stays at 8.5.
    const sizes = [8.4, 9.7, 8.4];
    const cover = page(1, 960, 540, [line('令和3年度', 425, 178, 24), line('未来技術関連施策集', 372, 250, 24), line('総 務 省', 440, 414, 18)]);
    const pages = fields.map((field, k) => {
      const text = Array.from({ length: 8 }, (_, row) => line(`事業${'ABC'[k]}の説明の${row + 1}行目が続きます。施策の目的と概要を記します。`, 64, 60 + 40 * row, sizes[k]!));
      return page(k + 2, 960, 540, [...text, line(field, 57, 512, 8.5), line(`P.${k + 2}`, 57, 515, 9), line('総務省', 889, 512, 8.5)]);
    });
    const furniture = findPageFurniture([cover, ...pages]);
    expect(pages.flatMap((p) => p.lines.filter((l) => l.bbox[1] >= 512 && !furniture.has(l)).map((l) => l.text))).toEqual([]);
    expect([...furniture].filter((l) => l.bbox[1] < 512)).toEqual([]);
  });

  it("keeps an agency printed over each project's office at one place of many pages: it is the first line of the office's block", () => {
    const offices = [['製造産業局', '生活製品室'], ['資源エネルギー庁', '省エネルギー課'], ['資源エネルギー庁', '新エネルギー課'], ['資源エネルギー庁', '水素・アンモニア課'], ['資源エネルギー庁', '省エネルギー課']];
    const pages = offices.map(([agency, division], k) => page(k + 1, 960, 540, [line(`- ${k + 1} -`, 924, 21, 9), line(agency!, 850, 46, 8), line(division!, 850, 57, 8), line(`事業${'ABCDE'[k]}の説明`, 45, 200)]));
    const furniture = findPageFurniture(pages);
    expect([...furniture].map((l) => l.text)).toEqual(['- 1 -', '- 2 -', '- 3 -', '- 4 -', '- 5 -']);
  });

  it("keeps an agency over each project's office on every page when OCR read it the division's size on one page only", () => {
    // A cover and two projects' pages scanned: 「中小企業庁」 at one place of both, read 12.5 tall over a division read 7.9 on page 2.
    const pages = [
      page(1, 605, 850, [line('令和5年度補正予算', 150, 300, 24, 90), line('事業PR資料', 200, 360, 24, 90)]),
      page(2, 605, 850, [line('中小企業庁', 499, 65, 12.5, 91), line('商業振興室', 499, 78, 7.9, 90), line('03-3580-0214', 481, 90, 6.7, 88), line('商店街の説明', 66, 147, 10.5, 90)]),
      page(3, 605, 850, [line('中小企業庁', 500, 65, 12.5, 91), line('事業環境部財務課', 470, 77, 12.7, 90), line('03-3580-0322', 481, 91, 6.7, 88), line('事業承継の説明', 66, 147, 10.5, 90)]),
    ];
    expect([...findPageFurniture(pages)].map((l) => l.text)).toEqual([]);
  });

  it('drops a running header printed just under a chapter tab whose text changes from page to page', () => {
    const tabs = ['5Gなどの情報通信基盤の早期整備', '地域における情報通信基盤等の環境整備', 'デジタル人材の育成・確保', '生活分野での未来技術の活用'];
    const pages = tabs.map((tab, k) => page(k + 2, 842, 595, [line(tab, 799 - 8.5 * [...tab].length, 5, 8.5), line(`総務省${k + 2} / 10`, 782, 13, 9), line(`施策${k}の本文`, 48, 200, 10.5)]));
    expect([...findPageFurniture(pages)].map((l) => l.text)).toEqual(['総務省2 / 10', '総務省3 / 10', '総務省4 / 10', '総務省5 / 10']);
  });

  it("drops a chapter's name printed twice at its one page's edges (header and footer, tab and header), and keeps a record's line printed once at the top", () => {
    const chapters = ['5Gなどの情報通信基盤の早期整備', '未来技術の活用に向けた社会ニーズの醸成', 'サービス産業分野等での未来技術の活用'];
    const pages = chapters.map((chapter, k) =>
      page(k + 2, 960, 540, [line(chapter, 906 - 8.5 * [...chapter].length, 38, 8.5), line(['光ファイバ整備', 'ICTクラブ', 'モバイル決済'][k]!, 63, 60, 8.7), line(`施策${k}の本文が続く`, 66, 200, 8.7), line(chapter, 60, 512, 8.5)]),
    );
    expect([...findPageFurniture(pages)].map((l) => l.text).sort()).toEqual([...chapters, ...chapters].sort());
    // Printed as tab and header both at the page's top, on a short document's two pages after its cover, each
    // with a header that ends in the page's number.
    const short = [
      page(1, 595, 842, [line('令和2年度概算要求', 200, 280, 24)]),
      ...['2 地域を支える人づくり', '5 海外展開・国際的な政策連携'].map((chapter, k) =>
        page(k + 2, 595, 842, [line(chapter, 541 - 8.5 * [...chapter].length, 5, 8.5), line(chapter, 45, 30, 8.5), line(`総務省重点施策2020 - ${k + 2} -`, 469, 30, 9), line('施策名', 283, 56), line(`施策${k}の本文`, 50, 100)]),
      ),
    ];
    expect([...findPageFurniture(short)].map((l) => l.text).sort()).toEqual(['2 地域を支える人づくり', '2 地域を支える人づくり', '5 海外展開・国際的な政策連携', '5 海外展開・国際的な政策連携', '総務省重点施策2020 - 2 -', '総務省重点施策2020 - 3 -']);
    // A table's figures and a spaced-out heading's characters at a page's two ends are no chapter's name.
    const table = page(5, 595, 842, [line('追', 74, 40, 9), line('5,694', 240, 40, 9), line('事業の説明', 74, 400, 10.1), line('追', 74, 800, 9), line('4,690', 240, 800, 9)]);
    expect(findPageFurniture([...pages, table]).size).toBe(6);
    // On a scan, OCR boxes the tab at the top as tall as a title: the footer's size says it.
    const ocrLine = (text: string, x: number, y: number, size: number): Line => ({ ...line(text, x, y, size), confidence: 90 });
    const chapter = '①デジタル実装による地方の社会課題解決・魅力向上';
    const scan = page(3, 970, 559, [ocrLine(chapter, 723, 9, 19.7), ocrLine('デジタル田園都市国家構想事業費(仮称)', 60, 85, 19.9), ocrLine('地方公共団体が、地域の実情に応じ、地方創生に取り組む。', 127, 216, 13.7), ocrLine('地方財政計画の歳出に所要額を計上。', 127, 232, 13.7), ocrLine(chapter, 54, 516, 12)]);
    expect([...findPageFurniture([scan])].map((l) => l.text)).toEqual([chapter, chapter]);
  });

  it('keeps a subsidy rate 「1/2」 at a page\'s foot, which cannot count the document\'s pages, and drops 「3 / 6」 there', () => {
    const pages = [1, 2, 3, 4, 5, 6].map((n) => page(n, 595, 842, [line(`事業${n}の説明`, 45, 200), ...(n === 3 ? [line('補助率', 150, 760, 8), line('1/2', 45, 775, 8)] : []), line(`${n} / 6`, 500, 815, 8)]));
    const kept = pages[2]!.lines.filter((l) => !findPageFurniture(pages).has(l)).map((l) => l.text);
    expect(kept).toEqual(['事業3の説明', '補助率', '1/2']);
  });

  it('drops a running header that the page number ran into on one page (「総務省 10」 where the others print 「総務省」 and 「9」 apart)', () => {
    const pages = [6, 7, 8, 9, 10].map((n) => page(n, 960, 540, [...(n < 10 ? [line('総務省', 895, 19, 8.5), line(`${n}`, 935, 19, 9)] : [line('総務省 10', 895, 19, 9)]), line(`事業${n}の説明`, 45, 200)]));
    expect([...findPageFurniture(pages)].map((l) => l.text).sort()).toEqual(['6', '7', '8', '9', '総務省', '総務省', '総務省', '総務省', '総務省 10']);
  });

  it("drops a scan's page number 「2 / 10」 that OCR read as 「2 7 10」, and keeps the same text in a text layer", () => {
    const pages = [1, 2].map((n) => page(n, 605, 850, [line('自治行政局地域政策課', 54, 343, 11, 92), line(`${n} 7 10`, 535, 811, 8, 40)]));
    expect([...findPageFurniture(pages)].map((l) => l.text)).toEqual(['1 7 10', '2 7 10']);
    const printed = [1, 2].map((n) => page(n, 605, 850, [line('自治行政局地域政策課', 54, 343, 11), line(`${n} 7 10`, 535, 811, 8)]));
    expect(findPageFurniture(printed).size).toBe(0);
  });

  it("drops a scan's page number OCR misread beyond its form (「2 / 5」 as 「27 5」) where the next page prints its number, and keeps figures elsewhere", () => {
    const records = (n: number, name: string, number: string, figure: string): Page =>
      page(n, 612, 853, [line(name, 54, 40, 20, 90), line(`${name}の本文が続く`, 54, 400, 12.5, 90), line(figure, 300, 430, 12.5, 90), line(number, 294, 816, 7.7, 90)]);
    const pages = [page(1, 612, 853, [line('総務省', 264, 648, 24, 90)]), records(2, '高度無線環境整備推進事業', '27 5', '12 3'), records(3, '地域情報化の推進', '37/ 5', '45 6')];
    expect([...findPageFurniture(pages)].map((l) => l.text).sort()).toEqual(['27 5', '37/ 5']);
  });

  it("drops a short scan's numbered chapter tabs, one chapter a page, at one place right of the middle, and keeps numbered titles at the left", () => {
    const records = (n: number, tab: string, title: string): Page =>
      page(n, 967, 552, [line(tab, 901 - 11.5 * [...tab].length, 47, 11.5, 90), line(title, 44, 70, 19, 90), line(`${title}の取組の概要`, 117, 150, 11.5, 90)]);
    const pages = [
      page(1, 968, 555, [line('総務省重点施策', 402, 221, 31, 90)]),
      records(2, '2地域を支える人づくり、地域経済の活性化', '2-②-(5)都市部企業と連携したIT人材育成の推進'),
      records(3, '3 Society 5.0を支えるICTインフラ整備', '3-①-(1)公衆無線LAN環境整備支援事業'),
    ];
    expect([...findPageFurniture(pages)].map((l) => l.text)).toEqual(['2地域を支える人づくり、地域経済の活性化', '3 Society 5.0を支えるICTインフラ整備']);
  });

  it("drops a short scan's numbered chapters printed at the foot of each page, flush left, one chapter a page, and keeps the page's last line of text", () => {
    const records = (n: number, chapter: string, title: string): Page =>
      page(n, 967, 552, [
        line('施策名', 470, 50, 13.7, 90), line(title, 55, 70, 15, 90), line(`${title}に向けた取組を支援する。`, 55, 285, 13, 90),
        line(`${title}の経費については、内閣官房の下で一括要求`, 55, 480, 13, 90), line(chapter, 50, 518, 12, 90), line('令和元年8月30日', 853, 518, 11.8, 90),
      ]);
    const pages = [
      page(1, 967, 552, [line('令和2年度概算要求', 382, 186, 22, 90), line('総務省重点施策', 401, 220, 30, 90)]),
      records(2, '1省方への新しい人の流れの人剤出', '地域運営組織の形成促進'),
      records(3, '2池域を広える人づくり、地域経済の活性化に向けた取組', 'マイナンバー制度における情報連携の円滑な実施'),
    ];
    expect([...findPageFurniture(pages, { keep: (text) => text === '施策名' })].map((l) => l.text).sort()).toEqual(['1省方への新しい人の流れの人剤出', '2池域を広える人づくり、地域経済の活性化に向けた取組', '令和元年8月30日', '令和元年8月30日']);
  });

  it("drops the cover's date and issuing body run at the foot of a short scan's one page of records, and keeps them in the record's text", () => {
    const pages = [
      page(1, 607, 851, [line('総務省の関連施策集', 196, 315, 31), line('令和4年12月23日', 248, 563, 17), line('総務省', 266, 647, 24)]),
      page(2, 601, 847, [line('①デジタル実装による地方の社会課題解決・魅力向上', 70, 372, 28)]),
      page(3, 611, 853, [
        line('施策名:ふるさと納税の活用促進', 42, 41, 16.6), line('概要:税制上の寄附金控除の仕組みを活用する。', 42, 188, 13.4),
        line('令和4年12月23日に総務省が公表', 42, 205, 13.4), line('令和4年12月23日', 43, 825, 11), line('P.3', 300, 826, 6.7), line('総務省', 545, 825, 11.5),
      ]),
    ];
    expect([...findPageFurniture(pages)].map((l) => l.text).sort()).toEqual(['P.3', '令和4年12月23日', '総務省']);
  });

  it("drops a chapter divider's heading repeated at the top of a scan's page of records, and keeps the record's name under it", () => {
    const pages = [
      page(1, 607, 851, [line('令和5年度補正予算', 202, 281, 21, 90), line('事業PR資料', 242, 315, 29, 90), line('経済産業省', 238, 647, 24, 90)]),
      page(2, 601, 847, [line('.地域経済の底上げと中小企業の生産性向上', 94, 372, 27.6, 90)]),
      page(3, 611, 853, [
        line('1 .地域経済の底上げと中小企業の生産性向上', 381, 5, 16.8, 90), line('伝統的工芸品産地基盤強化事業', 32, 39, 12, 90),
        line('製造産業局生活製品室(TEL:03-3580-0435)', 375, 60, 12.5, 90), line('事業の目的・概要:伝統的工芸品の産地で、原材料の確保や道具', 32, 112, 12, 90),
        line('の製作を担う事業者が減っていることを踏ま', 122, 126, 12, 90), line('え、産地の生産基盤を維持するための取組を', 122, 140, 12, 90),
      ]),
    ];
    expect([...findPageFurniture(pages)].map((l) => l.text)).toEqual(['1 .地域経済の底上げと中小企業の生産性向上']);
    // A page of records before the divider prints its own heading, not the chapter's tab.
    const [cover, divider, records] = pages;
    expect(findPageFurniture([cover!, { ...records!, number: 2 }, { ...divider!, number: 3 }]).size).toBe(0);
  });

  it("drops the cover's title run with its edition as the foot of a short scan's page of records, OCR misreading a character", () => {
    const pages = [
      page(1, 850, 606, [line('令和3年度', 371, 202, 30, 90), line('地方創生に資する', 330, 237, 29.8, 90), line('未来技術関連施策集', 318, 274, 30.7, 90), line('総務省', 384, 462, 16.6, 90)]),
      page(2, 851, 607, [line('5Gなどの情報通信基盤の早期整備', 258, 272, 27.8, 90)]),
      page(3, 847, 601, [
        line('施策名: 高度無線環境整備推進事業', 31, 24, 20.9, 90), line('<期待される効果>', 37, 298, 14.4, 90),
        line('ICTインフラを地方部と都市部の隔たり無く普及させる。', 40, 315, 14.4, 90), line('木来技術関連施策集(令和3年度)', 32, 579, 11.8, 90),
      ]),
    ];
    expect([...findPageFurniture(pages)].map((l) => l.text)).toEqual(['木来技術関連施策集(令和3年度)']);
  });

  it("drops a short scan's chapter tab on both its pages of records though OCR read the chapter's number as a speck on one and a kanji on the other", () => {
    const records = (n: number, tab: string, name: string): Page =>
      page(n, 611, 853, [line(tab, 368, 6, 16, 90), line('事業名称', 88, 56, 16, 90), line(name, 156, 54, 21, 90), line(`${name}の本文が続く`, 76, 134, 15.6, 90)]);
    const pages = [
      page(1, 601, 847, [line('事業PR資料', 237, 313, 30, 90)]),
      records(2, '台地域経済の底上げと中小企業の生産性向上', '地域中核企業成長投資促進事業'),
      records(3, '1 .地域経済の底上げと中小企業の生産性向上', '商店街にぎわい再生緊急支援事業'),
    ];
    expect([...findPageFurniture(pages, { keep: (text) => text === '事業名称' })].map((l) => l.text)).toEqual(['台地域経済の底上げと中小企業の生産性向上', '1 .地域経済の底上げと中小企業の生産性向上']);
  });

  it("drops a coverless two-page document's footer that ends in each page's number, though it names the budget, and the ministry on its row", () => {
    const pages = [1, 2].map((n) =>
      page(n, 595, 842, [line(`(1) 施策${n}の名称`, 63, 61, 12), line('予算', 75, 99, 10.5), line(`施策${n}の事業 8.1億円`, 124, 99, 10.5), line(`施策${n}の本文が続く`, 60, 400, 10.5), line('総務省', 51, 823, 8.5), line(`令和2年度概算要求- ${n} -`, 474, 822, 9)]),
    );
    expect(new Set([...findPageFurniture(pages)].map((l) => `${l.text}@${l.bbox[1]}`))).toEqual(new Set(['総務省@823', '令和2年度概算要求- 1 -@822', '令和2年度概算要求- 2 -@822']));
  });

  it("keeps each page's title, printed on the row of an office that repeats on three pages as its block's head (its phone under it)", () => {
    const titles = ['課題解決型ローカル5G等の実現に向けた開発実証', '地域情報化の推進(本省・地方)', 'データ連携促進型スマートシティ推進事業', 'デジタル活用環境構築推進事業'];
    const offices = ['総務省地域通信振興課', '総務省地域通信振興課', '総務省地域通信振興課', '総務省情報流通振興課'];
    const pages = titles.map((title, k) =>
      page(k + 2, 595, 842, [
        line('未来技術関連施策集(令和3年度)', 423, 35, 8.5), line(title, 69, 59, 10.99), line(offices[k]!, 454, 61, 9.49), line(`03-5253-${[5758, 5756, 5785, 5685][k]}`, 483, 73, 9.49),
        line('分野', 81, 106, 10.5), line('5Gなどの情報通信基盤の早期整備', 130, 106, 10.5), line('特徴・ポイント', 134, 202, 10.5),
        line('・地域の企業等をはじめとする様々な主体が個別のニーズに応じて', 62, 223, 10.5), line('独自の5Gシステムを柔軟に構築できる。', 74, 238, 10.5), line(`- ${k + 2} -`, 289, 805, 9),
      ]),
    );
    const labels = { keep: (text: string) => text === '分野' || text === '特徴・ポイント' };
    expect(new Set([...findPageFurniture(pages, labels)].map((l) => l.text))).toEqual(new Set(['未来技術関連施策集(令和3年度)', '- 2 -', '- 3 -', '- 4 -', '- 5 -']));
  });

  it('leaves a document of two pages alone: two pages are no repetition', () => {
    const pages = [1, 2].map((n) => page(n, 842, 595, [line('総務省', 760, 20), line('本文', 40, 200)]));
    expect(findPageFurniture(pages).size).toBe(0);
  });
});

describe('findRunningHeadings', () => {
  it('drops the topic printed above each record at one place, its text changing from page to page', () => {
    const topics = ['光ファイバの整備', 'テレワークの推進', '地域おこし協力隊', '統計局の移転'];
    const lines = topics.flatMap((topic, k) => [
      { line: line(topic, 48, 32, 11), page: k + 1, width: 842, height: 595 },
      { line: line(`施策名：施策${k}`, 37, 60, 14), page: k + 1, width: 842, height: 595 },
      { line: line('本文', 70, 105), page: k + 1, width: 842, height: 595 },
    ]);
    const headings = findRunningHeadings(lines, [1, 4, 7, 10]);
    expect([...headings].map((l) => l.text)).toEqual(topics);
  });

  it("drops a numbered chapter printed under the page's tab, every page a chapter of its own, and a line there repeating the tab; other unnumbered lines there stay the pages'", () => {
    const at = (text: string, x: number, y: number, size: number, page: number) => ({ line: line(text, x, y, size), page, width: 595, height: 842 });
    const pagesOf = (chapters: string[], under: (chapter: string) => string) =>
      chapters.flatMap((chapter, k) => [
        at(chapter, 547 - 8.5 * [...chapter].length, 5, 8.5, k + 1),
        at(under(chapter), 40, 33, 8.5, k + 1),
        at(`施策${'ABCD'[k]}の名称`, 40, 72, 14, k + 1),
        at(`本文${k}の説明が続きます。施策の目的と概要を記します。`, 40, 100, 10.5, k + 1),
        at(`本文${k}の説明が続きます。施策の目的と概要を記します。`, 40, 120, 10.5, k + 1),
      ]);
    const headingsOf = (chapters: string[], under: (chapter: string) => string) =>
      new Set([...findRunningHeadings(pagesOf(chapters, under), [2, 7, 12, 17])].map((l) => `${l.text}@${l.bbox[1]}`));
    const numbered = ['1 地方への新しい人の流れ', '2 地域を支える人づくり', '4 産業の高度化', '6 豊かなライフスタイル'];
    expect(headingsOf(numbered, (c) => c)).toEqual(new Set([...numbered.map((c) => `${c}@5`), ...numbered.map((c) => `${c}@33`)]));
    const plain = ['地方への新しい人の流れ', '地域を支える人づくり', '産業の高度化', '豊かなライフスタイル'];
    expect(headingsOf(plain, (c) => c)).toEqual(new Set([...plain.map((c) => `${c}@5`), ...plain.map((c) => `${c}@33`)]));
    expect(headingsOf(plain, (c) => `${c}に向けた施策`)).toEqual(new Set(plain.map((c) => `${c}@5`)));
  });

  it("drops the chapter tab of both pages after a short document's cover, set flush right in small print, though two pages are fewer than three", () => {
    const at = (text: string, x: number, y: number, size: number, page: number) => ({ line: line(text, x, y, size), page, width: 595, height: 842 });
    const tabs = ['2 地域を支える人づくり、地域経済の活性化に向けた取組', '7 サイバーセキュリティの強化、ICTの安心安全確保'];
    const lines = [
      at('令和2年度概算要求', 200, 300, 28, 1), at('総務省重点施策', 200, 340, 28, 1),
      ...tabs.flatMap((tab, k) => [
        at(tab, 541.4 - 8.5 * [...tab].length, 4.5, 8.5, k + 2), at(`施策名:施策${'AB'[k]}の名称`, 45.4, 41.2, 12, k + 2),
        at('施策の概要:・国の取組と基調を合わせて歳出の重点化・効率化に取り組む。', 45.4, 64.4, 9.5, k + 2),
      ]),
    ];
    expect([...findRunningHeadings(lines, [3, 6])].map((l) => l.text)).toEqual(tabs);
  });

  it("keeps a record's title that a scan's OCR placed where the next pages print a small tab: a record's start is no page's heading", () => {
    const at = (text: string, x: number, y: number, size: number, page: number) => ({ line: line(text, x, y, size, 90), page, width: 851, height: 608 });
    const lines = [
      at('①ふるさと納税の活用促進', 60, 51, 13.2, 1), at('担当:自治税務局市町村税課', 48, 73, 13.7, 1), at('ふるさとに感謝や応援の気持ちを伝える。', 56, 154, 13.7, 1),
      at('地域活性化', 48, 53, 9.4, 2), at('寄附金控除の仕組みを活用する。', 55, 68, 13.9, 2), at('②地域おこし協力隊', 47, 180, 18.5, 2), at('担当:自治行政局地域自立応援課', 47, 202, 13.9, 2),
      at('地域活性化', 48, 54, 9.4, 3), at('地方への新たな人の流れを創出する。', 56, 69, 13.9, 3), at('③ICT基盤高度化事業', 47, 103, 17.8, 3), at('担当:情報流通行政局', 47, 126, 14.2, 3),
    ];
    expect([...findRunningHeadings(lines, [0, 5, 9])].map((l) => `${l.text}@${l.bbox[1]}`)).toEqual(['地域活性化@53', '地域活性化@54']);
  });

  it("keeps the value under each page's last label at the foot of both pages after a short scan's cover, OCR reading it smaller than its label", () => {
    const at = (text: string, x: number, y: number, size: number, page: number) => ({ line: line(text, x, y, size, 90), page, width: 607, height: 850 });
    const lines = [
      at('令和5年度補正予算', 201, 280, 22, 1),
      ...['事業承継・引継ぎ円滑化支援事業', '地域共生型再生可能エネルギー導入促進事業'].flatMap((name, k) => [
        at(`事業名:${name}`, 46, 426, 18, k + 2), at('◆補助対象', 46, 684, 17.5, k + 2), at('中小企業・小規模事業者', 54, 700, 17.3, k + 2),
        at('◆事業期間', 46, 754, 13.9, k + 2), at('令和5年度〜令和8年度', 54, 770, 8.6, k + 2),
      ]),
    ];
    const keep = (text: string): boolean => /^◆/u.test(text);
    expect([...findRunningHeadings(lines, [1, 6], { keep })].map((l) => l.text)).toEqual([]);
    const pages = [1, 2, 3].map((n) => page(n, 607, 850, lines.filter((l) => l.page === n).map((l) => l.line)));
    expect([...findPageFurniture(pages, { keep })].map((l) => l.text)).toEqual([]);
  });
});

import type { Line, Page } from '../../schemas/types.ts';
import { parseJapaneseDate } from '../normalise/japanese-dates.ts';
import { normaliseCharacters } from '../normalise/normalise-text.ts';
import { editDistance } from '../normalise/edit-distance.ts';
import { BADGE, bodySize } from './find-record-starts.ts';
import { SHORT_DOCUMENT_PAGES } from './catalogue-family.ts';

/**
 * Page furniture — running headers and footers, page numbers, chapter tabs — learned from the
 * document itself, for any page size: what repeats at the same relative place on many pages, and
 * page numbers near a page's top or bottom edge. No margins in points: a slide puts its title
 * where an A4 page puts its header.
 */

/** Share of the page's height (or width) counted as its edge, where furniture is printed. */
const EDGE = 0.14;
/** Lines whose relative heights differ by less than this are at the same place. */
const SAME_PLACE = 0.025;
/** Lines whose middles are this close (a share of the page's height) are on one row. */
const ROW = 0.005;
/** A line repeated on at least this many pages, and this share of them, is furniture. */
const MIN_PAGES = 3;
const MIN_SHARE = 0.3;
/** Furniture whose text changes with the chapter is printed smaller than the text. */
const SMALL_FURNITURE = 0.95;
/** A footer's field at the page's edge is printed no larger than this share of its page's text (a title is larger). */
const NO_LARGER = 1.05;
/** A chapter's number opening its heading: 「①」, 「1 」, 「第2章」, 「Ⅱ」, 「(3)」 (digits read as # by `repeatKey`). */
const CHAPTER_NUMBER = /^(?:[①-⑳]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|第#[章部編節]|#[.．]?(?!#)|[(（]#[)）])\S/u;
/** Edges this close (a share of the page's width) are flush. */
const FLUSH = 0.015;

/** Words that name a budget (「令和6年度予算案」, 「補正」, 「概算要求」). */
const BUDGET_WORDS = /予算|補正|要求/u;

/** 「3」, 「- 3 -」, 「3 / 24」, 「P.3」, 「－3－」, 「3ページ」. */
const PAGE_NUMBER = /^[-－–—‐(（]?\s*(?:[pP][.．]?\s*)?\d{1,4}\s*(?:[/／]\s*\d{1,4}|ページ|頁)?\s*[-－–—‐)）]?$/u;

/** 「2 / 10」 as OCR reads a small page number, its slash a stroke or a 7: 「2 7 10」, 「2 l 10」. */
const OCR_PAGE_OF = /^\d{1,4}\s+[/／|lI17]\s+\d{1,4}$/u;

/** Figures and what OCR reads a page number's slash as, alone on a line. */
const OCR_FIGURES = /^(?=.*\d)[\d\s/／|lI]+$/u;

/** A line's middle as a share of its page's height, from the top. */
export const middleY = (line: Line, page: Page): number => (line.bbox[1] + line.bbox[3]) / 2 / page.height;

/** Text normalised, without its spaces. */
const compactText = (text: string): string => normaliseCharacters(text).replace(/\s+/gu, '');

/** Text as it repeats from page to page: normalised, no spaces, every digit the same. */
const repeatKey = (text: string): string => compactText(text).replace(/\d+/gu, '#');
/** A repeat key without its numbers and dots: OCR reads a chapter's 「Ⅰ.」 as 「1 .」 on one page, 「台」 on the next. */
const speckless = (key: string): string => key.replace(/[#.．・,、]/gu, '');

/**
 * Whether a page number 「n / m」 could count this document's pages: m no fewer than its pages (a scan
 * of some pages of a longer one prints more). A subsidy rate 「1/2」 at the foot of the third page is none.
 */
function countsPages(text: string, pageCount: number): boolean {
  const of = /(\d{1,4})\s*[/／|lI17]\s*(\d{1,4})\s*[-－–—‐)）]?$/u.exec(text);
  return of === null || Number(of[2]) >= pageCount;
}

/** A line under a label, across its column, its top under the label's middle and less than the label's height below its foot: the label's value. */
function valueUnder(label: Line, line: Line): boolean {
  const height = label.bbox[3] - label.bbox[1];
  return line.bbox[1] > label.bbox[1] + height / 2 && line.bbox[1] - label.bbox[3] < height && line.bbox[0] < label.bbox[2] && line.bbox[2] > label.bbox[0];
}

/** Whether a line lies in the bands at the top and bottom of the page, where furniture is printed. */
function atEdge(line: Line, page: Page): boolean {
  const y = middleY(line, page);
  return y < EDGE || y > 1 - EDGE;
}

/** Edit distance at most `limit` (OCR misreads one character of a running header here and there). */
function near(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  return limit === 0 ? a === b : editDistance(a, b) <= limit;
}

interface Candidate {
  line: Line;
  page: Page;
  key: string;
  y: number;
}

/**
 * Lines alike but for their numbers repeat as furniture only when the numbers follow the pages
 * (「総務省 施策集 12」 on page 14): numbers that do not are the records' own (「事例3」).
 */
function numberedLikePages(alike: readonly Candidate[]): boolean {
  // OCR may lose a number on one page: only the numbers read count.
  const numbered = alike.flatMap((c) => {
    const n = /(\d+)(?!.*\d)/u.exec(normaliseCharacters(c.line.text))?.[1];
    return n === undefined ? [] : [{ n: Number(n), page: c.page.number }];
  });
  if (new Set(numbered.map((x) => x.n)).size <= 1) return true;
  return new Set(numbered.map((x) => x.n - x.page)).size === 1;
}

export interface FurnitureOptions {
  /** Lines that are never furniture, whatever repeats (a label printed in the same cell on every page). */
  keep?: (text: string, ocr: boolean) => boolean;
}

/** The lines of a document that are page furniture, found by repetition across its pages and by page-number patterns. */
export function findPageFurniture(pages: readonly Page[], options: FurnitureOptions = {}): Set<Line> {
  const furniture = new Set<Line>();
  const candidates: Candidate[] = [];
  const numbered: Candidate[] = [];
  for (const page of pages) {
    // Furniture frames a page's content: a line under the first label of the page, or over its last,
    // is the record's (the same 「①予算」 in the same cell of every record), however it repeats.
    const kept = page.lines.filter((line) => options.keep?.(normaliseCharacters(line.text).trim(), line.confidence !== undefined) === true);
    const contentTop = Math.min(...kept.map((line) => middleY(line, page)));
    const contentBottom = Math.max(...kept.map((line) => middleY(line, page)));
    for (const line of page.lines) {
      if (!atEdge(line, page)) continue;
      const text = normaliseCharacters(line.text).trim();
      if (text.length === 0 || kept.includes(line)) continue;
      const y = middleY(line, page);
      // On the row of the first or last label (a header row of labels) counts as within, and so does a label's value
      // right under it (「令和5年度〜令和8年度」 under the last 「事業期間」 of both pages of a short scan).
      if ((y > contentTop - ROW && y < contentBottom + ROW) || kept.some((label) => valueUnder(label, line))) continue;
      if ((PAGE_NUMBER.test(text) || (line.confidence !== undefined && OCR_PAGE_OF.test(text))) && (y < EDGE || y > 1 - EDGE) && countsPages(text, pages.length)) {
        furniture.add(line);
        numbered.push({ line, page, key: '', y });
      } else candidates.push({ line, page, key: repeatKey(text), y });
    }
  }
  // A scan's page number OCR misread beyond its form (「2 / 5」 as 「27 5」): figures alone where another page prints its number.
  const across = (a: Line, b: Line): boolean => Math.min(a.bbox[2], b.bbox[2]) > Math.max(a.bbox[0], b.bbox[0]);
  for (const candidate of candidates) {
    const misread = candidate.line.confidence !== undefined && OCR_FIGURES.test(normaliseCharacters(candidate.line.text).trim());
    if (misread && numbered.some((other) => other.page !== candidate.page && Math.abs(other.y - candidate.y) < SAME_PLACE && across(other.line, candidate.line))) furniture.add(candidate.line);
  }
  const needed = Math.max(MIN_PAGES, Math.ceil(MIN_SHARE * pages.length));
  // The document's title from its cover (its largest print), run as a header or footer: furniture on two pages already (a short document).
  const cover = pages[0]?.lines ?? [];
  const largest = Math.max(...cover.map((line) => line.font_size));
  const titleKeys = new Set(cover.filter((line) => line.font_size === largest).map((line) => repeatKey(line.text)));
  const byKey = new Map<string, Candidate[]>();
  for (const candidate of candidates) byKey.set(candidate.key, [...(byKey.get(candidate.key) ?? []), candidate]);
  const pageNumbers = new Set(furniture);
  const repeatsOf = new Map<Line, readonly Candidate[]>();
  for (const candidate of candidates) {
    if (furniture.has(candidate.line)) continue;
    // Text-layer lines repeat exactly; OCR'd ones are compared with every line, allowing a misread.
    const limit = candidate.line.confidence === undefined ? 0 : Math.floor(candidate.key.length / 5);
    const pool = limit === 0 ? byKey.get(candidate.key)! : candidates;
    const alike = pool.filter((other) => Math.abs(other.y - candidate.y) < SAME_PLACE && near(other.key, candidate.key, limit));
    const onPages = new Set(alike.map((other) => other.page.number)).size;
    const titleRun = onPages >= 2 && titleKeys.has(candidate.key) && alike.every((other) => other.page !== pages[0]);
    // A short document (a cover and two pages): a running header on every page after the cover, OCR misreading
    // a character at most. Not a budget's name (「令和6年度予算案」 over each page's figures), nor two records'
    // names a few characters apart: only more pages tell those from a header. In a text layer, only a line
    // printed nearest the page's edge but for its number (「総務省」 at the top right): one under it may be both
    // records' office. Or one that prints the page's number (「総務省重点施策2020 - 3 -」 under a chapter tab).
    // A line that ends in its page's number printed as one on every page is a footer whatever it names
    // (「令和2年度概算要求 - 1 -」), cover or none: a name may end in a number, not in 「- 1 -」.
    const paged = alike.every((other) => endsInPageNumber(other.line, other.page, PRINTED_PAGE_NUMBER));
    // The first page no cover, but laid out as the others, another text in that size at that place (the first
    // record's office where the next two records share theirs): what repeats there is a record's, not the document's.
    const firstLikeOthers = candidates.some((other) => other.page === pages[0] && Math.abs(other.y - candidate.y) < SAME_PLACE && across(other.line, candidate.line) && similarSize(other.line, candidate.line));
    const everyPage =
      onPages >= 2 && ((onPages === pages.length - 1 && !firstLikeOthers) || (paged && onPages === pages.length)) && (paged || !BUDGET_WORDS.test(candidate.key)) &&
      alike.every((other) => (paged || other.page !== pages[0]) && near(speckless(other.key), speckless(candidate.key), 1) && (other.line.confidence !== undefined || outermost(other, pageNumbers) || endsInPageNumber(other.line, other.page)));
    if ((onPages >= needed || titleRun || everyPage) && numberedLikePages(alike)) {
      for (const other of alike) {
        furniture.add(other.line);
        repeatsOf.set(other.line, alike);
      }
    }
  }
  // A running header the page number ran into (「総務省 10」 where other pages print 「総務省」 and 「8」 apart).
  const furnitureAt = candidates.filter((candidate) => furniture.has(candidate.line));
  for (const candidate of candidates) {
    const header = /^(.+?)\s*[pP]?[.．]?\d{1,4}$|^\d{1,4}\s*(.+)$/u.exec(normaliseCharacters(candidate.line.text).trim());
    const key = header === null ? undefined : repeatKey(header[1] ?? header[2]!);
    if (furnitureAt.some((other) => other.key === key && other.page !== candidate.page && Math.abs(other.y - candidate.y) < SAME_PLACE)) furniture.add(candidate.line);
  }
  const body = bodySize(pages.flatMap((page) => page.lines.map((line) => ({ line }))));
  for (const line of chapterHeaders(candidates, needed, body, furniture)) furniture.add(line);
  for (const line of twiceAtEdges(candidates, body)) furniture.add(line);
  for (const line of coverLinesAtEdges(candidates, pages[0])) furniture.add(line);
  for (const line of coverTitleAtEdges(candidates, pages[0])) furniture.add(line);
  for (const line of dividerTabs(candidates, pages, body)) furniture.add(line);
  for (const line of shortDocumentTabs(candidates, pages, furniture)) furniture.add(line);
  // A repeated line set as one block with a line that does not repeat is the block's first line: the
  // agency over each project's office (「資源エネルギー庁」 over 「省エネルギー課」), not a running header.
  // So is a heading over a figure that changes (「令和6年度予算案」 over each project's 「12.3億円」), and a
  // record's number badge just before its name (「No.11」 counts up with the pages when each record has one).
  // A block's line, though, never ends in its page's number on every page (「総務省 2 / 10」 under a chapter tab).
  const releaseBlockHeads = (): void => {
    for (const { line, page } of candidates) {
      const inBlock = repeatsOf.get(line)?.every((other) => endsInPageNumber(other.line, other.page)) !== true;
      if (furniture.has(line) && page.lines.some((other) => !furniture.has(other) && ((inBlock && sameBlock(line, other)) || amountUnder(line, other) || badgeBefore(line, other)))) furniture.delete(line);
    }
  };
  releaseBlockHeads();
  // A repeat that opens a block on half its pages or more does so on all of them: OCR reads one text
  // at two sizes on two pages (「中小企業庁」 over 「商業振興室」, 12.5 and 7.9 tall).
  for (const [line, repeats] of repeatsOf) {
    if (2 * repeats.filter((other) => !furniture.has(other.line)).length >= repeats.length) furniture.delete(line);
  }
  // The other half of a furniture row, once the rows are known: an office beside each title, repeated on three
  // pages and released as its block's head, makes no title on its row a header. A short document's footer row
  // is on all its pages, fewer than `needed`.
  for (const line of rowMates(candidates, Math.min(needed, pages.length), body, furniture)) furniture.add(line);
  releaseBlockHeads();
  return furniture;
}

/** How far apart, as a share of the larger, two sizes of one line's text may be (OCR sizes a line by its glyphs). */
const SIZE_SPREAD = 0.15;
const similarSize = (a: Line, b: Line): boolean => Math.abs(a.font_size - b.font_size) <= SIZE_SPREAD * Math.max(a.font_size, b.font_size);

/**
 * A chapter's name printed twice in a page's edge bands, no larger than the text (「5Gなどの情報通信基盤の
 * 早期整備」 as header and footer, 「5 海外展開・国際的な政策連携」 as tab and header): furniture, though each
 * chapter fills one page only. A record prints no line twice at a page's edges.
 */
function twiceAtEdges(candidates: readonly Candidate[], body: number): Line[] {
  // A name, not a table's figure or a character of a spaced-out heading (「追」 「加」) at the page's two ends.
  const named = candidates.map((candidate) => ({ ...candidate, text: compactText(candidate.line.text) })).filter((candidate) => NAME_CHARS.test(candidate.text));
  // No larger than the text, both; on a scan one of them will do (OCR boxes a tab at the top as tall as a title).
  const small = (candidate: Candidate): boolean => candidate.line.font_size <= body;
  const sized = (a: Candidate, b: Candidate): boolean => (a.line.confidence !== undefined && b.line.confidence !== undefined ? small(a) || small(b) : small(a) && small(b));
  const twice = named.filter((candidate) => named.some((other) => other.line !== candidate.line && other.page === candidate.page && other.text === candidate.text && sized(candidate, other)));
  return twice.map((candidate) => candidate.line);
}

/** A divider page prints only a heading or two, in large print: a chapter's title page between records. */
const DIVIDER_LINES = 2;
const DIVIDER_SCALE = 1.5;

export function isDividerPage(lines: readonly Line[], body: number): boolean {
  return lines.length > 0 && lines.length <= DIVIDER_LINES && lines.every((line) => line.font_size >= DIVIDER_SCALE * body);
}

/** A heading's words: its number, marks and spacing aside (OCR reads a chapter's 「Ⅰ.」 as 「1 .」, or loses it). */
const headingWords = (text: string): string => compactText(text).replace(/[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]/gu, '');

/**
 * A divider page's heading repeated at the edge of a page after it (「Ⅰ.地域経済の底上げと…」 at the top right):
 * the tab of the chapter the records are in, though it heads one page only (a chapter of one record, a short scan).
 * Taken for a record's name, it took the name printed under it.
 */
function dividerTabs(candidates: readonly Candidate[], pages: readonly Page[], body: number): Line[] {
  const headings = pages
    .slice(1)
    .filter((page) => isDividerPage(page.lines, body))
    .flatMap((page) => page.lines.map((line) => ({ page: page.number, words: headingWords(line.text) })))
    .filter((heading) => heading.words.length >= 4);
  const repeats = (candidate: Candidate): boolean => {
    const words = headingWords(candidate.line.text);
    const limit = candidate.line.confidence === undefined ? 0 : Math.floor(words.length / 5);
    return headings.some((heading) => heading.page < candidate.page.number && near(heading.words, words, limit));
  };
  return candidates.filter(repeats).map((candidate) => candidate.line);
}

/**
 * A short document's chapter tabs at the head or foot of its pages: on every page after the cover, a numbered
 * chapter's name (「1地方への新しい人の流れの創出」, 「3 Society 5.0を支える…」) right of the page's middle, or
 * anywhere across its foot, its first or last line, at one place (flush right or left), its number rising with
 * the page, the cover printing none there. No text repeats there, so no repetition finds them; a record's text does
 * not end each page with a numbered line at one place, nor does a record's numbered title stand right of the middle
 * of each page's head.
 */
function shortDocumentTabs(candidates: readonly Candidate[], pages: readonly Page[], furniture: ReadonlySet<Line>): Line[] {
  const after = pages.slice(1);
  if (after.length < 2 || after.length > SHORT_DOCUMENT_PAGES) return [];
  const tabs = candidates.filter((c) => (c.line.bbox[0] > c.page.width / 2 || c.y > 1 - EDGE) && CHAPTER_NUMBER.test(c.key) && outermost(c, furniture));
  const flush = (a: Candidate, b: Candidate, side: 0 | 2): boolean => Math.abs(a.line.bbox[side] / a.page.width - b.line.bbox[side] / b.page.width) < FLUSH;
  const placed = (a: Candidate, b: Candidate): boolean => Math.abs(a.y - b.y) < SAME_PLACE && (flush(a, b, 2) || flush(a, b, 0));
  // A first page with a tab there is no cover: the document's pages are all records', more than a short document's.
  const onEvery = tabs.filter((tab) => tab.page !== pages[0] && after.every((page) => tabs.some((other) => other.page === page && placed(tab, other))) && !tabs.some((other) => other.page === pages[0] && placed(tab, other)));
  // Each page a chapter of its own, their numbers rising: the same 「（１）」 on every page numbers a record's office.
  const numbers = onEvery.map((tab) => Number(/\d+/u.exec(normaliseCharacters(tab.line.text))?.[0] ?? NaN));
  const rising = numbers.every((n, k) => k === 0 || n > numbers[k - 1]!);
  return onEvery.length === after.length && rising ? onEvery.map((tab) => tab.line) : [];
}

/** A cover's issuing body alone on its line (「総務省」, 「中小企業庁」). */
const ISSUER = /^\p{Script=Han}{1,8}[省庁府]$/u;

/**
 * The cover's date or issuing body repeated at a later page's edge (「令和4年12月23日」 and 「総務省」 at the
 * foot of a short scan's one page of records): the document's footer, though no other page repeats it.
 */
function coverLinesAtEdges(candidates: readonly Candidate[], cover: Page | undefined): Line[] {
  // Printed within the cover, not at its edge (where it is a header like any page's).
  const onCover = cover === undefined ? [] : cover.lines.filter((line) => !atEdge(line, cover));
  const printed = new Set(onCover.map((line) => compactText(line.text)).filter((text) => ISSUER.test(text) || parseJapaneseDate(text) !== null));
  return candidates.filter((candidate) => candidate.page !== cover && printed.has(compactText(candidate.line.text))).map((candidate) => candidate.line);
}

/** OCR boxes the lines of one title a little taller or shorter: within this share of the largest, a line is the title's. */
const TITLE_SIZE_SPREAD = 0.1;

const unbracketed = (text: string): string => compactText(text).replace(/[()（）【】「」〔〕[\]<>〈〉]/gu, '');

/**
 * The cover's title at a later page's edge, alone or run together with another line of the cover
 * (「未来技術関連施策集（令和3年度）」 from its 「令和3年度」 and 「未来技術関連施策集」): the document's
 * header or footer, though a short scan prints it on one page; OCR misreading a character in five.
 */
function coverTitleAtEdges(candidates: readonly Candidate[], cover: Page | undefined): Line[] {
  const onCover = cover === undefined ? [] : cover.lines.filter((line) => !atEdge(line, cover));
  const largest = Math.max(...onCover.map((line) => line.font_size));
  const titles = onCover.filter((line) => line.font_size >= (1 - TITLE_SIZE_SPREAD) * largest).map((line) => unbracketed(line.text));
  const parts = onCover.map((line) => unbracketed(line.text));
  const forms = titles.flatMap((title) => [title, ...parts.filter((part) => part !== title).flatMap((part) => [title + part, part + title])]).filter((form) => NAME_CHARS.test(form));
  return candidates
    .filter((candidate) => {
      const text = unbracketed(candidate.line.text);
      const limit = candidate.line.confidence === undefined ? 0 : Math.floor(text.length / 5);
      return candidate.page !== cover && forms.some((form) => near(form, text, limit));
    })
    .map((candidate) => candidate.line);
}

/** Four letters or more, not only figures. */
const NAME_CHARS = /(?:[^\d\s,.()（）]){4}/u;

/** A number badge (「No.11」) printed just before a line on its row, within a few characters. */
function badgeBefore(badge: Line, other: Line): boolean {
  if (!BADGE.test(normaliseCharacters(badge.text).trim())) return false;
  const gap = other.bbox[0] - badge.bbox[2];
  const rowOverlap = Math.min(badge.bbox[3], other.bbox[3]) - Math.max(badge.bbox[1], other.bbox[1]);
  return gap > -1 && gap < 3 * badge.font_size && rowOverlap > 0.5 * Math.min(badge.bbox[3] - badge.bbox[1], other.bbox[3] - other.bbox[1]);
}

/** An amount in yen printed alone, or after a short word naming what it counts (「国費 4.0億円」, 「一般会計 12億円」). */
const AMOUNT = /^(?:[^\s\d]{1,6}\s*[:：]?\s*)?(?:約|概ね)?[\d,.]+\s*(?:千|百万|億|兆)?円/u;

/** A number at a line's end, alone, of the page count or in dashes (「総務省 10」, 「総務省2 / 10」, 「…2020 - 3 -」). */
const END_NUMBER = /(?:^|\D)(\d{1,4})\s*(?:[/／]\s*\d{1,4}|[-－–—‐)）])?\s*$/u;
/** A page number printed as one at a line's end: in dashes, after 「P.」, of the page count, before 「ページ」 (a name may end in a number, not in 「- 3 -」). */
const PRINTED_PAGE_NUMBER = /(?:[-－–—‐]\s*(\d{1,4})\s*[-－–—‐]|[pP][.．]\s*(\d{1,4})|(\d{1,4})\s*[/／]\s*\d{1,4}|(\d{1,4})\s*(?:ページ|頁))\s*$/u;

/** Whether a line ends in its page's number as `form` reads one (its first group that matched). */
function endsInPageNumber(line: Line, page: Page, form: RegExp = END_NUMBER): boolean {
  const number = form.exec(normaliseCharacters(line.text))?.slice(1).find((n) => n !== undefined);
  return number !== undefined && Number(number) === page.number;
}

/** Whether `b` is an amount printed just under `a`, overlapping it across, in any size. */
function amountUnder(a: Line, b: Line): boolean {
  const gap = b.bbox[1] - a.bbox[3];
  return AMOUNT.test(normaliseCharacters(b.text).trim()) && gap > -0.5 * a.font_size && gap < 1.5 * a.font_size && a.bbox[0] < b.bbox[2] && b.bbox[0] < a.bbox[2];
}

/** Two lines of one block: the same size, one just under the other, overlapping across. */
function sameBlock(a: Line, b: Line): boolean {
  const size = Math.max(a.font_size, b.font_size);
  if (a === b || Math.abs(a.font_size - b.font_size) > 0.5) return false;
  const [upper, lower] = a.bbox[1] <= b.bbox[1] ? [a, b] : [b, a];
  const gap = lower.bbox[1] - upper.bbox[3];
  return gap > -0.5 * size && gap < 0.6 * size && upper.bbox[0] < lower.bbox[2] && lower.bbox[0] < upper.bbox[2];
}

/**
 * Running headers that name the chapter: printed smaller than the text at one place of the page,
 * their text changing from chapter to chapter (「①デジタル実装…」 on pages 3–6, 「②デジタル基盤整備」 on
 * 8–10). No one text fills enough pages, but the place does, and each text there repeats on pages
 * of its own: a record's line at the top of a page is printed once.
 */
function chapterHeaders(candidates: readonly Candidate[], needed: number, body: number, found: ReadonlySet<Line>): Line[] {
  const small = candidates.filter((candidate) => candidate.line.font_size < SMALL_FURNITURE * body);
  const headers: Candidate[] = [];
  for (const candidate of small) {
    const slot = small.filter((other) => Math.abs(other.y - candidate.y) < SAME_PLACE);
    const pagesByKey = new Map<string, Set<number>>();
    for (const other of slot) pagesByKey.set(other.key, (pagesByKey.get(other.key) ?? new Set()).add(other.page.number));
    const eachRepeats = [...pagesByKey.values()].every((pages) => pages.size >= 2);
    if (pagesByKey.size >= 2 && eachRepeats && new Set(slot.map((other) => other.page.number)).size >= needed) headers.push(candidate);
  }
  // A chapter of one page prints its tab once: at a place the other chapters' tabs establish, in their size and
  // flush with them, with nothing but furniture printed beyond it towards the page's edge (a tab over a running
  // header that repeats the chapter: each found lets the next be).
  const tabs = [...headers, ...small.filter((candidate) => found.has(candidate.line))];
  const known = new Set([...found, ...headers.map((header) => header.line)]);
  for (;;) {
    const single = small.filter((candidate) => !known.has(candidate.line) && tabs.some((tab) => sameTab(tab, candidate)) && outermost(candidate, known));
    if (single.length === 0) break;
    for (const candidate of single) known.add(candidate.line);
    headers.push(...single);
  }
  return headers.map((candidate) => candidate.line);
}

/**
 * The other half of a running header's row: a line printed smaller than the text, or with nothing
 * but furniture between it and the page's edge, on the row of furniture found by repetition (the
 * document's title at the left), at a place (one height, one size, one left or right edge) where
 * lines are printed on enough pages, its text changing with the group of records
 * (「5Gなどの情報通信基盤の早期整備」 on two pages, another field on the next). The text's size may
 * change from page to page (a footer at 8.5 pt under text at 8.4 on one page and 9.7 on the next): at
 * the edge, no larger than its own page's text will do.
 */
function rowMates(candidates: readonly Candidate[], needed: number, body: number, found: ReadonlySet<Line>): Line[] {
  const bodies = new Map<Page, number>();
  const pageBody = (page: Page): number => bodies.get(page) ?? bodies.set(page, bodySize(page.lines.map((line) => ({ line })))).get(page)!;
  const onFurnitureRow = candidates.filter(
    (candidate) =>
      (candidate.line.font_size < SMALL_FURNITURE * body || (outermost(candidate, found) && candidate.line.font_size <= NO_LARGER * pageBody(candidate.page))) &&
      candidate.page.lines.some((line) => line !== candidate.line && found.has(line) && Math.abs(middleY(line, candidate.page) - candidate.y) < ROW),
  );
  return onFurnitureRow
    .filter((candidate) => !found.has(candidate.line))
    .filter((candidate) => new Set(onFurnitureRow.filter((other) => sameTab(other, candidate)).map((other) => other.page.number)).size >= needed)
    .map((candidate) => candidate.line);
}

/**
 * Whether two lines share their left or right edge, as shares of their pages' widths within `dx`:
 * a chapter tab set flush right keeps its right edge where its left edge moves.
 */
function sharesEdge(a: Line, aWidth: number, b: Line, bWidth: number, dx: number): boolean {
  return Math.abs(a.bbox[0] / aWidth - b.bbox[0] / bWidth) <= dx || Math.abs(a.bbox[2] / aWidth - b.bbox[2] / bWidth) <= dx;
}

/** Two chapter tabs: one place, one size, one left or right edge. */
function sameTab(a: Candidate, b: Candidate): boolean {
  return Math.abs(a.y - b.y) < SAME_PLACE && Math.abs(a.line.font_size - b.line.font_size) <= 0.05 * a.line.font_size && sharesEdge(a.line, a.page.width, b.line, b.page.width, FLUSH);
}

/** Whether nothing on its page but furniture is printed between a line and the nearer edge of the page. */
function outermost({ line, page, y }: Candidate, furniture: ReadonlySet<Line>): boolean {
  const top = y < 0.5;
  return page.lines.every((other) => other === line || furniture.has(other) || (top ? other.bbox[1] >= line.bbox[1] : other.bbox[3] <= line.bbox[3]));
}

/** A line of a document with its page's size, as the running headings are compared. */
interface SizedLine {
  line: Line;
  page: number;
  width: number;
  height: number;
}

/**
 * Two lines printed at one place in one size: the same left (or right) edge and height on their pages. OCR'd
 * lines are compared more loosely: a scan shifts by a few points, and OCR's boxes give sizes that
 * vary by half from line to line.
 */
function samePlace(a: SizedLine, b: SizedLine): boolean {
  const ocr = a.line.confidence !== undefined || b.line.confidence !== undefined;
  const size = ocr || Math.abs(a.line.font_size - b.line.font_size) <= 0.15 * Math.max(a.line.font_size, b.line.font_size);
  const [dx, dy] = ocr ? [0.03, 0.02] : [FLUSH, 0.012];
  return size && sharesEdge(a.line, a.width, b.line, b.width, dx) && Math.abs(a.line.bbox[1] / a.height - b.line.bbox[1] / b.height) <= dy;
}

/**
 * Headings printed at one place of every page above its record (a topic over each 施策名), their
 * text changing from page to page: a line near the top of a page, alone above a record's start,
 * whose place and size recur before the records of many pages, is the page's heading, and so is
 * any line printed there on other pages. Not the record's: it names the page's chapter or topic.
 */
export function findRunningHeadings(lines: readonly SizedLine[], startIndexes: readonly number[], options: FurnitureOptions = {}): Set<Line> {
  const kept = (l: SizedLine): boolean => options.keep?.(normaliseCharacters(l.line.text).trim(), l.line.confidence !== undefined) === true;
  const heading = (l: SizedLine): boolean => (l.line.bbox[1] + l.line.bbox[3]) / 2 < EDGE * l.height && !kept(l);
  const footing = (l: SizedLine): boolean => (l.line.bbox[1] + l.line.bbox[3]) / 2 > (1 - EDGE) * l.height && !kept(l);
  // The heading is all that is printed above the record's start on its page: a page whose top
  // continues the record before it holds that record's text there, not a heading.
  const before = startIndexes
    .map((i) => lines[i - 1])
    .filter((l, k): l is SizedLine => {
      const page = lines[startIndexes[k]!]!.page;
      const alone = lines[startIndexes[k]! - 2]?.page !== page;
      return l !== undefined && l.page === page && alone && heading(l);
    });
  const needed = Math.max(MIN_PAGES, Math.ceil(MIN_SHARE * new Set(startIndexes.map((i) => lines[i]!.page)).size));
  // A chapter tab smaller than the text heads (or foots) its pages whether a record starts there or runs on.
  const body = bodySize(lines);
  const small = (l: SizedLine): boolean => l.line.font_size < SMALL_FURNITURE * body;
  // A numbered chapter printed under the page's running header (a tab, a date) heads it as well, and so
  // does a running header repeating the tab above it (the chapter's name twice at the top of each page).
  const underFurniture = (i: number): boolean => {
    const key = repeatKey(lines[i]!.line.text);
    let repeatsAbove = false;
    for (let k = i - 1; k >= 0 && lines[k]!.page === lines[i]!.page; k--) {
      if (!small(lines[k]!) || !heading(lines[k]!)) return false;
      repeatsAbove ||= repeatKey(lines[k]!.line.text) === key;
    }
    return repeatsAbove || CHAPTER_NUMBER.test(key);
  };
  // A page's last line printed right under the line before, as one block with it (an office under its
  // 担当部局 label at the foot of the page), or as a label's value under it (「令和5年度〜令和8年度」 under the
  // last 「事業期間」 of both pages of a short scan, OCR reading the two in sizes far apart), ends the page's text: it is no tab.
  const endsBlock = (i: number): boolean => {
    const over = lines[i - 1];
    return over?.page === lines[i]!.page && (sameBlock(over.line, lines[i]!.line) || (kept(over) && valueUnder(over.line, lines[i]!.line)));
  };
  const tabs = lines.filter((l, i) => small(l) && ((heading(l) && (lines[i - 1]?.page !== l.page || underFurniture(i))) || (lines[i + 1]?.page !== l.page && footing(l) && !endsBlock(i))));
  // A short document's tabs (a cover and two pages) are on all its pages but the cover, fewer than three.
  const pageCount = new Set(lines.map((l) => l.page)).size;
  const neededTabs = Math.min(Math.max(MIN_PAGES, Math.ceil(MIN_SHARE * pageCount)), Math.max(2, pageCount - 1));
  const slots = [
    ...before.filter((heading) => new Set(before.filter((other) => samePlace(heading, other)).map((other) => other.page)).size >= needed),
    ...tabs.filter((tab) => new Set(tabs.filter((other) => samePlace(tab, other)).map((other) => other.page)).size >= neededTabs),
  ];
  const headings = new Set<Line>();
  if (slots.length === 0) return headings;
  const starts = new Set(startIndexes);
  for (const [i, line] of lines.entries()) {
    // A record's start at that place on another page (a record at the top of its page) is the record's.
    if (!starts.has(i) && (heading(line) || footing(line)) && slots.some((slot) => samePlace(slot, line))) headings.add(line.line);
  }
  return headings;
}

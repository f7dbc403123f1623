import { createHash } from 'node:crypto';
import type { Page } from '../../schemas/types.ts';
import { normaliseCharacters } from '../normalise/normalise-text.ts';
import { labelVocabulary } from './load-profiles.ts';
import { findRecordStarts } from './find-record-starts.ts';
import { labelLines, labelOccurrences } from './label-occurrences.ts';
import type { DocumentProfile } from './profile.ts';
import type { PlacedLine } from './record-lines.ts';

/** A document reads as a catalogue when `CATALOGUE_LABELS` of the vocabulary's labels each recur this many times (two records to a page: on fewer pages). */
export const CATALOGUE_TIMES = 3;
/** One recurring label is a list's column (事業期間 over a table repeated on every page), not a catalogue's block. */
const CATALOGUE_LABELS = 2;
/**
 * A few pages of a catalogue (two records, a scan of three pages) print each label only twice:
 * then it takes this many different labels, each printed twice, to be one.
 */
const SHORT_CATALOGUE_LABELS = 4;

/** The pages that print a block of labels: two different labels of the vocabulary or more. */
export function labelBlockPages(lines: readonly PlacedLine[]): number[] {
  const perPage = new Map<number, number>();
  for (const pages of labelOccurrences(lines, labelVocabulary()).values()) for (const page of new Set(pages)) perPage.set(page, (perPage.get(page) ?? 0) + 1);
  return [...perPage].filter(([, labels]) => labels >= 2).map(([page]) => page).sort((a, b) => a - b);
}

/** The title on a document's first page: its largest print, lines of that size joined. */
function coverTitle(pages: readonly Page[]): string | null {
  const cover = pages[0];
  if (cover === undefined || cover.lines.length === 0) return null;
  const largest = Math.max(...cover.lines.map((line) => line.font_size));
  const title = cover.lines.filter((line) => line.font_size >= 0.9 * largest).map((line) => normaliseCharacters(line.text).trim()).join(' ').trim();
  return title === '' ? null : title;
}

/** A ministry or agency named on the cover (「総務省」, 「経済産業省」, 「内閣府地方創生推進事務局」). */
function coverMinistry(pages: readonly Page[]): string | null {
  for (const line of pages[0]?.lines ?? []) {
    const found = /(?<ministry>[^\s　]{1,8}?(?:省|庁|内閣府|内閣官房))/u.exec(normaliseCharacters(line.text))?.groups?.ministry;
    if (found !== undefined) return found;
  }
  return null;
}

/**
 * A family for a catalogue no profile names: when field labels of the vocabulary recur
 * `CATALOGUE_TIMES` times or more (two of them at least; or four of them twice), the document is
 * read as a catalogue with the vocabulary alone (`coverFamily`).
 */
export function catalogueFamily(pages: readonly Page[], lines: readonly PlacedLine[]): DocumentProfile | undefined {
  return isCatalogue(lines) ? coverFamily(pages, 'catalogue') : undefined;
}

function isCatalogue(lines: readonly PlacedLine[]): boolean {
  const occurrences = labelOccurrences(lines, labelVocabulary());
  const counts = [...occurrences.values()].map((pages) => pages.length);
  // A name label (施策名：…) on pages of its own is a record's, not a contents page's.
  const names = labelOccurrences(lines, labelVocabulary(), { names: true }).get('name') ?? [];
  const namePages = new Set(names).size;
  const often = counts.filter((times) => times >= CATALOGUE_TIMES).length + (namePages >= CATALOGUE_TIMES ? 1 : 0);
  const twice = counts.filter((times) => times >= 2).length;
  // Blocks repeated on a page (two records each under its 施策名 cell): the name label as often as two field labels,
  // or, where OCR lost some of those, twice on one page with two field labels printed there too.
  const repeatedBlocks = names.length >= 2 && counts.filter((times) => times >= names.length).length >= CATALOGUE_LABELS;
  const namedBlocksOnPage = names.some((page) => names.filter((p) => p === page).length >= 2 && [...occurrences.values()].filter((onPages) => onPages.includes(page)).length >= CATALOGUE_LABELS);
  if (often >= CATALOGUE_LABELS || twice >= SHORT_CATALOGUE_LABELS || repeatedBlocks || namedBlocksOnPage) return true;
  // A few pages only (a scan of some pages, one project's sheet) say less, and are read by less.
  if (new Set(lines.map((line) => line.page)).size > SHORT_DOCUMENT_PAGES) return false;
  // Field labels OCR mostly lost: a name label on two pages, a field label on one of them.
  const namedPages = namePages >= 2 && [...occurrences.values()].some((onPages) => onPages.some((page) => names.includes(page)));
  return namedPages || titledBlocks(lines, occurrences) || namedRecord(lines, occurrences);
}

/** A name printed after its label and colon (「施策名：1-②-(1) 地域との…」): a record's, never a list's column. */
const NAMED = /^[^:]{2,8}:\s*\S/u;

/**
 * One record of a catalogue, alone in a short document (a scan of a few pages, one project's PR
 * page): a name after its label and colon, and a block of field labels on its page.
 */
function namedRecord(lines: readonly PlacedLine[], occurrences: Map<string, number[]>): boolean {
  const named = labelOccurrences(lines.filter((line) => NAMED.test(normaliseCharacters(line.line.text).trim())), labelVocabulary(), { names: true }).get('name') ?? [];
  const page = named[0];
  return named.length === 1 && [...occurrences.values()].filter((onPages) => onPages.includes(page!)).length >= CATALOGUE_LABELS;
}

/**
 * Different labels under the one title of a short document (one project's PR sheet) that make it a
 * record: a full block, not a heading or two; or two, when one is the budget's with its figure
 * (「概算要求額：…841.1億円」): a notice prints headings, not a budget.
 */
const ONE_RECORD_LABELS = 3;
const ONE_BUDGETED_RECORD_LABELS = 2;
const AMOUNT = /\d[\d,.]*\s?(?:兆|億|千万|百万|万|千)?円/u;

/** Pages of a short document a title over a label block is enough on (a scan of a few pages of a catalogue). */
export const SHORT_DOCUMENT_PAGES = 5;

/**
 * A few pages of a catalogue whose labels OCR partly lost: record titles, each on a page of its
 * own, and one label printed under each of them.
 */
function titledBlocks(lines: readonly PlacedLine[], occurrences: Map<string, number[]>): boolean {
  const starts = findRecordStarts(lines, { labels: labelVocabulary() });
  const titlePages = new Set(starts.map((start) => lines[start.at]!.page));
  const labelPages = [...occurrences.values()];
  if (titlePages.size === 1) {
    // Times each label is printed on the one page of titles: several titles with the same labels under each as often are blocks repeated.
    const onTitlePage = labelPages.map((onPages) => onPages.filter((page) => titlePages.has(page)).length);
    const underEach = onTitlePage.filter((times) => times >= starts.length).length;
    const budgetLines = labelLines(lines, labelVocabulary()).get('budget') ?? [];
    // Its figure on its line, or on the next (a header cell over its value).
    const budgeted = budgetLines.some((i) => titlePages.has(lines[i]!.page) && lines.slice(i, i + 2).some((line) => line.page === lines[i]!.page && AMOUNT.test(normaliseCharacters(line.line.text))));
    const labelsOnTitlePage = onTitlePage.filter((times) => times > 0).length;
    return labelsOnTitlePage >= (budgeted ? ONE_BUDGETED_RECORD_LABELS : ONE_RECORD_LABELS) || (starts.length >= 2 && underEach >= CATALOGUE_LABELS);
  }
  return titlePages.size >= 2 && labelPages.some((onPages) => [...titlePages].every((page) => onPages.includes(page)));
}

/**
 * A family read from a document no profile names, named from its cover (title and ministry): the
 * id hashes the title without its years and numbers, so that next year's edition lands in the
 * same series.
 */
export function coverFamily(pages: readonly Page[], kind: 'catalogue' | 'budget-items'): DocumentProfile {
  const title = coverTitle(pages) ?? kind;
  const stem = title.replace(/(令和|平成)?\s*(\d+|元)\s*年度?|\d+/gu, '').replace(/\s+/gu, '');
  const id = `${kind}-${createHash('sha256').update(stem).digest('hex').slice(0, 12)}`;
  // Notes (「※ AMED の事業として実施」) are kept apart from the prose, as the families' profiles keep them.
  return { id, kind: 'policies', title, series: id, recognise: [], ministry: coverMinistry(pages), labels: labelVocabulary(), notes: { start: /^※/u, key: '注記' }, wrapSpaces: {} };
}

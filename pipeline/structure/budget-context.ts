import type { BudgetLine, Page } from '../../schemas/types.ts';
import { ERA_ONCE, eraFiscalYear } from '../normalise/era-years.ts';
import { normaliseCharacters } from '../normalise/normalise-text.ts';
import { PARTICLE_OPENING } from '../normalise/join-wrapped.ts';
import { findEditionDate } from '../normalise/japanese-dates.ts';

/** The year and stage of figures a document prints without them. */
export interface BudgetYearContext {
  fiscalYear: number;
  stage: BudgetLine['stage'];
  /**
   * Where they were read: the document's title, its cover date, the prior year's figures printed
   * beside them, the coming budget its figures name, the first year of its projects' periods, or the
   * profile's fallback.
   */
  from: 'title' | 'date' | 'comparison' | 'figures' | 'period' | 'profile';
}

/** Pages whose large print says what budget the document is about: the cover and the page after it. */
const TITLE_PAGES = 2;
/** The longest line read as a title or running header naming the budget (「令和2年度概算要求 総務省重点施策」). */
const CONTEXT_LINE_CHARS = 30;
/** The longest line read as a title naming the year without the stage (「未来技術関連施策集（令和3年度）」 and its subtitle). */
const TITLE_LINE_CHARS = 45;


/**
 * A sentence's full stop, a deadline (「令和5年度末までに」), a particle opening a wrapped line, a
 * bracket closed that the line did not open (「データ利活用センター」を置き、…平成30年度」, wrapped), or a
 * period of years (a 事業期間's 「令和5年度～令和6年度」): no title prints them.
 */
const SENTENCE = new RegExp(`。|年度末|${PARTICLE_OPENING.source}|年度\\s*[～〜~\\-－ー]|^[^「『(（]*[」』)）]`, 'u');
/** An era year, as `ERA_ONCE` reads it, with no groups of its own: for patterns that capture it whole. */
const ERA = ERA_ONCE.source.replace(/\((?!\?)/gu, '(?:');
/**
 * A figure in brackets, printed beside another for comparison (「（令和4年度予算：10百万円）」), or the
 * first line of one wrapped in a narrow cell (「（令和4年度第二次補正：」, its bracket closed on a later line).
 */
const PRIOR_FIGURE = /^[(（](?:.*\d(?:千|百万|億|兆)?円[)）]|[^)）]*)$/u;
/**
 * A budget entry, its figure after its label's colon (「令和4年度第二次補正：214」), or wrapped onto the next line
 * (「令和4年度第二次補正：」 / 「205百万円」): a record's, no title, whichever budget it names.
 */
const LABELLED_FIGURE = /[:：]\s*(?:[\d,.]+|$)/u;

/** The stage a title names: 概算要求 is a request, 予算(案) a draft, 補正 a supplementary budget. */
function stageOf(text: string): BudgetLine['stage'] | null {
  if (/補正/u.test(text)) return 'supplementary';
  if (/要求/u.test(text)) return 'request';
  if (/予算\s*[(（]?案|政府案/u.test(text)) return 'draft';
  if (/当初|予算/u.test(text)) return 'initial';
  return null;
}

/**
 * The fiscal year of a stage's figures in a document dated `iso`: a request (August) is for the next
 * year; a draft or an initial budget printed from December to March is next April's; anything else
 * is the date's own fiscal year (April to March).
 */
function yearOfDate(iso: string, stage: BudgetLine['stage']): number {
  const [year, month] = iso.split('-').map(Number) as [number, number];
  const fiscal = month >= 4 ? year : year - 1;
  if (stage === 'request') return fiscal + 1;
  if ((stage === 'draft' || stage === 'initial') && (month === 12 || month <= 3)) return fiscal + 1;
  return fiscal;
}

/**
 * The year a document compares its figures with, where it prints a year-less figure followed by the
 * prior year's in parentheses (「8.1億円（元年度 5.1億円）」) on most such lines: its own figures are the
 * year after. Undefined when fewer than two lines print that, or they name different years.
 */
function comparedYear(pages: readonly Page[]): number | undefined {
  const years: number[] = [];
  for (const page of pages) {
    const texts = page.lines.map((line) => normaliseCharacters(line.text).replace(/\s+/gu, ''));
    for (const [i, text] of texts.entries()) {
      const compared = COMPARED.exec(text);
      // A cell printing the prior year's figure on the line under its own: 「52百万円」 over 「（令和4年度予算：101百万円）」.
      const next = texts[i + 1] ?? '';
      const under = compared === null && BARE_FIGURE.test(text) ? (PRIOR_UNDER.exec(next) ?? PRIOR_BUDGET_UNDER.exec(next)) : null;
      const prior = compared === null || ERA_ONCE.test(text.slice(0, compared.index)) ? under?.[1] : compared[1];
      if (prior === undefined) continue;
      const era = ERA_ONCE.exec(prior)!;
      years.push(eraFiscalYear(era, era[1] ?? '令和'));
    }
  }
  return years.length >= MIN_COMPARED_LINES && years.every((year) => year === years[0]) ? years[0] : undefined;
}

/** A figure in yen followed by a parenthesised figure of a named year: 「…円（元年度 5.1億円）」. */
const COMPARED = new RegExp(String.raw`\d[兆億万千百]*円[(（](?:前年度)?(${ERA})[^)）]*?\d[^)）]*円[)）]`, 'u');
const MIN_COMPARED_LINES = 2;
/** A figure alone on its line, with no year or label: 「52百万円」, 「105百万円の内数」. */
const BARE_FIGURE = /^約?[\d,.]+(?:千|百万|億|兆)?円(?:の内数)?$/u;
/** A line opening a bracketed figure of a named year, its end on this line or wrapped: 「（令和4年度第二次補正：」. */
const PRIOR_UNDER = new RegExp(String.raw`^[(（](?:前年度)?(${ERA})`, 'u');
/** A year's budget and its figure, no bracket round them: 「令和4年度予算：244百万円」 under 「208百万円」. */
const PRIOR_BUDGET_UNDER = new RegExp(String.raw`^(${ERA})[^(（:：]{0,10}予算[^(（:：]{0,6}[:：]約?[\d,.]+(?:千|百万|億|兆)?円$`, 'u');

/** The longest line read as a budget label naming a stage (概算要求額, 補正予算額, 予算(案)). */
const STAGE_LABEL_CHARS = 12;

/** An item asked for with no figure yet, as an entry (「…経費 事項要求（元年度 119.3億円）」): only a budget request prints one. */
const ITEM_REQUEST = /事項要求(?:[(（]|$)/u;

/**
 * The stage the document's budget labels name, on two pages or more (「概算要求額」 beside each
 * project's figures; OCR may split it over two lines of its cell: 「概算要」「求額」); else a request where
 * it prints a 事項要求 entry. Only a marked stage: a bare 予算 label says nothing of one.
 */
function labelledStage(pages: readonly Page[]): BudgetLine['stage'] | undefined {
  const pagesBy = new Map<BudgetLine['stage'], Set<number>>();
  for (const page of pages) {
    const labels = page.lines.map((line) => normaliseCharacters(line.text).replace(/\s+/gu, '')).filter((text) => text.length <= STAGE_LABEL_CHARS && !/\d/u.test(text));
    for (const label of [...labels, ...labels.slice(1).map((text, k) => labels[k]! + text)]) {
      const stage = stageOf(label);
      if (stage !== null && stage !== 'initial') pagesBy.set(stage, (pagesBy.get(stage) ?? new Set()).add(page.number));
    }
  }
  const [stage, on] = [...pagesBy].sort((a, b) => b[1].size - a[1].size)[0] ?? [];
  if (on !== undefined && on.size >= 2) return stage;
  const requested = pages.some((page) => page.lines.some((line) => ITEM_REQUEST.test(normaliseCharacters(line.text).replace(/\s+/gu, ''))));
  return requested ? 'request' : undefined;
}

/** A label printed before a budget entry on its line: 「予算額：」, 「要求額:」. */
const BUDGET_LABEL = '[^:：\\d]{1,8}[:：]';
/**
 * A budget label or figure naming the coming budget: 「令和5年度予算(案)」, 「令和5年度予算(案)：52百万円」,
 * 「令和6年度概算要求額 3,000百万円」, after its cell's label too (「予算額：令和5年度予算(案)：208百万円」).
 */
const COMING_BUDGET = new RegExp(String.raw`^(?:${BUDGET_LABEL})?(${ERA})(?:予算\(?案\)?|概算要求|予算要求|要求)額?(?:$|[:：]|[\d,.]+(?:千|百万|億|兆)?円)`, 'u');

/**
 * The coming budget a document's figures name, for a few pages of a catalogue with no cover (a scan
 * of some of its pages): the latest year whose draft or request figures it prints (a catalogue's
 * figures are the coming budget's, beside past years' supplementaries). Only a last guess, before
 * the profile's: the records it gives are flagged.
 */
function comingBudget(pages: readonly Page[]): Omit<BudgetYearContext, 'from'> | undefined {
  const named = pages.flatMap((page) =>
    page.lines.flatMap((line) => {
      const text = normaliseCharacters(line.text).replace(/\s+/gu, '');
      const coming = COMING_BUDGET.exec(text);
      const era = coming === null ? null : ERA_ONCE.exec(coming[1]!);
      const stage = coming === null ? null : stageOf(text.slice(coming[0].indexOf(coming[1]!) + coming[1]!.length));
      return era === null || stage === null ? [] : [{ fiscalYear: eraFiscalYear(era, era[1] ?? '令和'), stage }];
    }),
  );
  return named.sort((a, b) => b.fiscalYear - a.fiscalYear)[0];
}

/** A period of years as a project prints it (事業期間 「令和5年度～令和7年度」): its first year. */
const PERIOD = new RegExp(String.raw`^(${ERA})[～〜~\-－ー]`, 'u');
/** Periods that must start in one year, on most of them, for it to be taken. */
const MIN_PERIODS = 2;

/**
 * The year most of a document's projects start in (事業期間 「令和5年度～令和7年度」, 「令和5年度～令和8年度」),
 * for PR sheets of a budget with no cover: their figures are that year's. A last guess, flagged.
 */
function periodStart(pages: readonly Page[]): number | undefined {
  const years = pages.flatMap((page) =>
    page.lines.flatMap((line) => {
      const period = PERIOD.exec(normaliseCharacters(line.text).replace(/\s+/gu, ''));
      const era = period === null ? null : ERA_ONCE.exec(period[1]!);
      return era === null ? [] : [eraFiscalYear(era, era[1] ?? '令和')];
    }),
  );
  const counts = new Map<number, number>();
  for (const year of years) counts.set(year, (counts.get(year) ?? 0) + 1);
  const [year, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return count !== undefined && count >= MIN_PERIODS && count * 2 > years.length ? year : undefined;
}

/** The stage of next year's figures in a document dated `iso`: a request before December, a draft after. */
const stageForNextYear = (iso: string): BudgetLine['stage'] => {
  const month = Number(iso.split('-')[1]);
  return month >= 4 && month <= 11 ? 'request' : 'draft';
};

/**
 * Year and stage of the figures a document prints without them, read from the document itself:
 * an era year in the title on its cover (「令和3年度 …施策集」, 「令和2年度概算要求 重点施策」), else its
 * cover date with the stage its title names, or the year after the one its figures are compared with,
 * or the coming budget its figures name; the profile's fallback only when none says.
 */
export function documentBudgetContext(pages: readonly Page[], fallback?: { fiscalYear: number; stage: BudgetLine['stage'] }): BudgetYearContext | undefined {
  const cover = pages.slice(0, TITLE_PAGES).flatMap((page) => page.lines.map((line) => normaliseCharacters(line.text).replace(/\s+/gu, '')));
  // Only a year with its era name: a bare 「3年度」 on a cover is a page of figures, not the title.
  // Nor is the prior year's figure in brackets beside a year-less one (「(令和4年度予算: 10百万円)」 on a coverless scan),
  // or a sentence's line, however short a scan's OCR read it (「の設置・管理、令和5年度末までに戸籍関係…」).
  const withEra = cover.map((text) => ({ text, era: ERA_ONCE.exec(text) })).filter((t) => t.era?.[1] !== undefined && !PRIOR_FIGURE.test(t.text) && !SENTENCE.test(t.text));
  // A short line that names the year and the stage (a title, a running header 「令和5年度予算(案)」) says
  // more than a sentence of a record that mentions a year, on a document whose cover is not there.
  // Else a title with the year alone; a record's sentence that mentions a year (「令和5年度末までに…」) is no title.
  const titles = withEra.filter((t) => !LABELLED_FIGURE.test(t.text));
  const titled = titles.find((t) => [...t.text].length <= CONTEXT_LINE_CHARS && stageOf(t.text) !== null) ?? titles.find((t) => [...t.text].length <= TITLE_LINE_CHARS);
  const coverStage = cover.map(stageOf).find((stage) => stage !== null) ?? null;
  if (titled?.era != null) {
    return { fiscalYear: eraFiscalYear(titled.era, titled.era[1]!), stage: stageOf(titled.text) ?? coverStage ?? fallback?.stage ?? 'initial', from: 'title' };
  }
  const date = findEditionDate(pages);
  const compared = comparedYear(pages);
  if (compared !== undefined) {
    // Without a date, the budget labels' stage, or a profile's, says more than a stage word on the first pages (a 【予算】 label).
    // With none, the coming year's figures set against this year's budget are a request: no budget is enacted yet, and a
    // draft (予算案) is a decision printed with its name.
    const named = coverStage === 'initial' ? null : coverStage;
    const stage = date === null ? labelledStage(pages) ?? fallback?.stage ?? named ?? 'request' : stageForNextYear(date);
    return { fiscalYear: compared + 1, stage, from: 'comparison' };
  }
  // A bare 予算 on the first pages names no stage (a coverless scan's first page is a record's, its label 予算額):
  // then the date says which budget is coming, as for compared figures.
  const markedStage = coverStage === 'initial' ? null : coverStage;
  const stage = markedStage ?? fallback?.stage ?? (date === null ? undefined : stageForNextYear(date));
  if (date !== null && stage !== undefined) return { fiscalYear: yearOfDate(date, stage), stage, from: 'date' };
  const coming = comingBudget(pages);
  if (coming !== undefined) return { ...coming, from: 'figures' };
  const period = periodStart(pages);
  if (period !== undefined) return { fiscalYear: period, stage: labelledStage(pages) ?? markedStage ?? fallback?.stage ?? 'initial', from: 'period' };
  return fallback === undefined ? undefined : { ...fallback, from: 'profile' };
}

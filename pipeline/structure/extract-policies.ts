import { createHash } from 'node:crypto';
import type { PolicyRecord, RecordIssue } from '../../schemas/types.ts';
import type { PageLayout } from '../extract/extract-page.ts';
import type { Rule } from '../extract/page-content.ts';
import { parseBudgetText } from '../normalise/budget-lines.ts';
import { normaliseCharacters } from '../normalise/normalise-text.ts';
import { PROTECTED_WORDS, removeWrapSpaces, type WordSplitter } from '../normalise/wrap-spaces.ts';
import { parseOfficeText } from '../normalise/offices.ts';
import { assignValues } from './assign-values.ts';
import { findLabels } from './find-labels.ts';
import { reclaimContinuedItems } from './reclaim-items.ts';
import { findNotes } from './record-notes.ts';
import { joinItems, joinRun } from './join-text.ts';
import { isRepeat, linkRepeats, withoutRepeatMark } from './link-repeats.ts';
import type { DocumentProfile } from './profile.ts';
import { readMethod } from './read-method.ts';
import { documentLines, type PlacedLine } from './record-lines.ts';


export interface PolicyExtraction {
  records: PolicyRecord[];
  issues: RecordIssue[];
  /** Doubtful wrap spaces kept as printed because no word splitter was given (0 when one was, or the profile keeps spaces). */
  undecidedSpaces: number;
}

/** Record id from the family and the normalised name: deterministic, and the same for the same policy in a re-run. */
const recordId = (profile: DocumentProfile, name: string): string =>
  `${profile.id.slice(0, 40)}-${createHash('sha256').update(name).digest('hex').slice(0, 12)}`;

/** Lines continuing a wrapped title: same size, same left edge, directly below. */
function titleLines(lines: readonly PlacedLine[]): number {
  let end = 1;
  while (end < lines.length) {
    const previous = lines[end - 1]!.line;
    const next = lines[end]!.line;
    const sameSize = Math.abs(next.font_size - previous.font_size) <= 0.1 * previous.font_size;
    const below = next.bbox[1] - previous.bbox[3] >= -1 && next.bbox[1] - previous.bbox[3] <= previous.font_size;
    if (lines[end]!.page !== lines[end - 1]!.page || !sameSize || !below || Math.abs(next.bbox[0] - previous.bbox[0]) > 3) break;
    end++;
  }
  return end;
}

/**
 * A subtitle: lines just below the title, on its left edge, in a smaller size (「100GHz以上…に関する研究開発」
 * under 「施策名：電波資源拡大のための研究開発」). Offices print apart from the title, never there.
 */
function subtitleLines(lines: readonly PlacedLine[], titleEnd: number): number {
  const title = lines[titleEnd - 1]!;
  let end = titleEnd;
  for (; end < lines.length; end++) {
    const { line, page } = lines[end]!;
    const above = lines[end - 1]!.line;
    const under = page === title.page && Math.abs(line.bbox[0] - title.line.bbox[0]) <= 3 && line.bbox[1] - above.bbox[3] <= line.font_size;
    if (!under || line.font_size >= 0.9 * title.line.font_size) break;
  }
  return end;
}

/** Lines matching `pattern` among those no label took, each with the lines directly below that continue it. */
function linesApart(unassigned: readonly PlacedLine[], pattern: RegExp): string[] {
  const taken: PlacedLine[] = [];
  for (const line of unassigned) {
    const last = taken.at(-1);
    const continues =
      last !== undefined &&
      line.page === last.page &&
      line.line.bbox[1] - last.line.bbox[3] < line.line.font_size &&
      Math.abs(line.line.bbox[0] - last.line.bbox[0]) < 2 * line.line.font_size;
    if (continues || pattern.test(normaliseCharacters(line.line.text).trim())) taken.push(line);
  }
  return taken.map((line) => line.line.text);
}

/** A record's lines, and its number path when the family numbers its records. */
interface RecordSpan {
  lines: PlacedLine[];
  number: string | null;
}

/** Splits the document's lines at each record start; a new numbered heading above records ends the record before it. */
function splitRecords(lines: readonly PlacedLine[], profile: DocumentProfile): RecordSpan[] {
  const records: RecordSpan[] = [];
  const hierarchy = profile.hierarchy ?? [];
  const path: string[] = [];
  let current: RecordSpan | undefined;
  for (const line of lines) {
    const text = normaliseCharacters(line.line.text).trim();
    const start = profile.recordStart.exec(text);
    if (start !== null) {
      const own = start.groups?.num;
      const number = own === undefined ? null : [...path, `(${own})`].join('-');
      // A record's heading repeated at the top of its next page continues the record.
      const repeated = current !== undefined && number !== null && current.number === number && line.page !== current.lines.at(-1)?.page;
      if (!repeated) {
        current = { lines: [line], number };
        records.push(current);
      }
      continue;
    }
    const level = hierarchy.findIndex((heading) => heading.test(text));
    if (level >= 0) {
      const num = hierarchy[level]!.exec(text)?.groups?.num ?? '';
      if (path[level] !== num) {
        current = undefined;
        path.splice(level, path.length, num);
      }
      continue;
    }
    current?.lines.push(line);
  }
  return records;
}

function buildPolicy(
  { lines: recordLines, number }: RecordSpan,
  profile: DocumentProfile,
  pageOf: (page: number) => PageLayout,
  source: { fileName: string; sha256: string },
  issues: RecordIssue[],
  tidy: (text: string) => string,
): PolicyRecord {
  const firstPage = recordLines[0]!.page;
  const titleEnd = titleLines(recordLines);
  const titleRaw = recordLines.slice(0, titleEnd).map((l) => l.line.text).join('');
  const match = profile.recordStart.exec(normaliseCharacters(titleRaw).trim());
  const printedName = tidy(joinRun([match?.groups?.name ?? titleRaw]));
  const name = withoutRepeatMark(printedName);
  const nameRaw = (/[:：](.*)$/su.exec(titleRaw)?.[1] ?? titleRaw).trim();
  const leadingTarget = profile.leadingText ?? { kind: 'office' };
  const subtitleEnd = leadingTarget.kind === 'office' ? subtitleLines(recordLines, titleEnd) : titleEnd;
  const subtitle = recordLines.slice(titleEnd, subtitleEnd).map((l) => l.line.text);
  const body = recordLines.slice(subtitleEnd);
  const hits = findLabels(body, profile.labels);
  const stop = profile.sectionStop;
  const rulesOfPage = (page: number): readonly Rule[] => pageOf(page).rules;
  const { values: assigned, unassigned } = assignValues(body, hits, rulesOfPage, (l) => stop !== undefined && stop.test(normaliseCharacters(l.line.text).trim()));

  const pages: [number, ...number[]] = [firstPage, ...new Set(recordLines.map((l) => l.page).filter((page) => page !== firstPage))];
  const record: PolicyRecord = {
    // A repeat shares its original's name: its place in the document tells it apart.
    id: recordId(profile, isRepeat(printedName) ? `${printedName} ${number ?? firstPage}` : name),
    name,
    name_raw: nameRaw,
    number,
    repeat_of: null,
    category: null,
    field: null,
    strategy_refs: [],
    offices: [],
    budget: [],
    sections: {},
    tables: [],
    source: {
      sha256: source.sha256,
      file_name: source.fileName,
      pages,
      ...readMethod(pages.map((page) => pageOf(page).page), recordLines),
    },
  };

  if (subtitle.length > 0) record.sections['副題'] = tidy(joinRun(subtitle));
  const values = reclaimContinuedItems(assigned);
  const prose = new Set([...unassigned, ...values.filter((v) => v.hit.spec.target.kind === 'section').flatMap((v) => v.lines)]);
  const notes = findNotes(body, (line) => prose.has(line), profile.notes);
  if (leadingTarget.kind === 'office') {
    // Lines before the first label that a label's cell took (a tall 予算額 cell's first figure) are not the office's.
    const free = new Set(unassigned);
    const leading = body.slice(0, hits[0]?.first ?? body.length).filter((l) => free.has(l)).map((l) => l.line.text);
    if (leading.length > 0) record.offices = parseOfficeText(leading.join('\n'), { ministry: profile.ministry ?? undefined });
  } else {
    const main = unassigned.filter((line) => !notes.has(line) && !(stop?.test(normaliseCharacters(line.line.text).trim()) ?? false));
    if (main.length > 0) record.sections[leadingTarget.key] = tidy(joinItems(main.map((l) => l.line.text)).join('\n'));
  }
  if (notes.size > 0 && profile.notes !== undefined) record.sections[profile.notes.key] = tidy(joinItems([...notes].map((l) => l.line.text)).join('\n'));

  for (const { hit, lines: valueLines } of values) {
    // Notes leave prose sections only: a budget entry's own 「※」 remark stays with its figures.
    const lines = hit.spec.target.kind === 'section' ? valueLines.filter((line) => !notes.has(line)) : valueLines;
    const own = [...(hit.inlineValue === null ? [] : [hit.inlineValue]), ...lines.map((l) => l.line.text)];
    const placed = [...(hit.inlineValue === null ? [] : [hit.inlineValue]), ...lines.map((l) => ({ text: l.line.text, x0: l.line.bbox[0], x1: l.line.bbox[2] }))];
    const texts = own.length === 0 && hit.spec.apart !== undefined ? linesApart(unassigned, hit.spec.apart) : own;
    const target = hit.spec.target;
    if (texts.length === 0) {
      issues.push({ type: 'missing-value', message: `no value found for the label on page ${hit.page}`, record: name, page: hit.page });
      continue;
    }
    switch (target.kind) {
      case 'category':
        record.category = tidy(joinItems(texts).join(' '));
        break;
      case 'field':
        record.field = tidy(joinRun(texts));
        break;
      case 'strategy_refs':
        record.strategy_refs.push(...joinItems(texts).map(tidy));
        break;
      case 'office':
        record.offices.push(...parseOfficeText(texts.join('\n'), { ministry: profile.ministry ?? undefined }));
        break;
      case 'budget': {
        const parsed = parseBudgetText(texts.join('\n'), profile.budget);
        record.budget.push(...parsed.lines);
        for (const issue of parsed.issues) {
          issues.push({ type: 'unreadable-budget', message: `${issue.message}: ${issue.raw}`, record: name, page: hit.page });
        }
        break;
      }
      case 'section': {
        const key = hit.key ?? target.key;
        // A label met again later in the record (a case page's own 概要) is not this record's section.
        if (record.sections[key] !== undefined) {
          issues.push({ type: 'repeated-label', message: `「${key}」 again on page ${hit.page}: kept the first`, record: name, page: hit.page });
          break;
        }
        record.sections[key] = tidy(joinItems(texts === own ? placed : texts).join('\n'));
        break;
      }
    }
  }
  for (const office of record.offices) {
    for (const flag of office.flags) {
      issues.push({ type: 'invalid-contact', message: `${flag.type}: ${flag.raw}`, record: name, page: firstPage });
    }
  }
  return record;
}

export interface ExtractPoliciesOptions {
  /**
   * Word splitter (kuromoji, from `loadWordSplitter`) for a profile with `wrapSpaces`: it decides the
   * doubtful wrap spaces. Without it those spaces are kept as printed.
   */
  words?: WordSplitter;
}

/**
 * Reads a document's policy records with a profile: records split at each record start (a record
 * may run over several pages), then each label's value found and parsed into typed fields.
 */
export function extractPolicies(
  layouts: readonly PageLayout[],
  profile: DocumentProfile,
  source: { fileName: string; sha256: string },
  options: ExtractPoliciesOptions = {},
): PolicyExtraction {
  const byNumber = new Map(layouts.map((layout) => [layout.page.number, layout]));
  const pageOf = (page: number): PageLayout => byNumber.get(page)!;
  const issues: RecordIssue[] = [];
  const wrap = profile.wrapSpaces;
  const protect = [...PROTECTED_WORDS, ...(wrap?.protect ?? [])];
  let undecidedSpaces = 0;
  const onUndecided = (): void => void undecidedSpaces++;
  const tidy = (text: string): string => (wrap === undefined ? text : removeWrapSpaces(text, { words: options.words, protect, onUndecided }));
  const built = splitRecords(documentLines(layouts, profile), profile).map((lines) => buildPolicy(lines, profile, pageOf, source, issues, tidy));
  const linked = linkRepeats(built);
  return { records: linked.records, issues: [...issues, ...linked.issues], undecidedSpaces };
}


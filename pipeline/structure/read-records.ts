import type { PageLayout, SourceSummary } from '../extract/types.ts';
import type { WordSplitter } from '../normalise/wrap-spaces.ts';
import type { Page, PolicyRecord, RecordIssue, RecordSet, Table } from '../../schemas/types.ts';
import { findTables } from '../tables/find-tables.ts';
import { validateCases, validatePolicies } from '../validate/quarantine.ts';
import { documentBudgetContext, type BudgetYearContext } from './budget-context.ts';
import { isBudgetExplanation, readBudgetItems } from './budget-items.ts';
import { catalogueFamily, coverFamily, labelBlockPages } from './catalogue-family.ts';
import { catalogueTables } from './catalogue-table.ts';
import { cutRecordIssue } from './cut-record.ts';
import { extractCases } from './extract-cases.ts';
import { BUDGET_LINE, extractPolicies } from './extract-policies.ts';
import { bodySize, fieldLabelTest, isRecordStructure } from './find-record-starts.ts';
import { normaliseCharacters } from '../normalise/normalise-text.ts';
import { labelVocabulary } from './load-profiles.ts';
import { findPageFurniture } from './page-furniture.ts';
import type { DocumentProfile, LabelSpec } from './profile.ts';
import { profileRegistry, type ProfileRegistry } from './profiles/index.ts';
import { withoutMisreadMarks } from './misread-marks.ts';
import { withCaptionsFirst } from './caption-labels.ts';
import { learnedSectionLabels } from './learned-labels.ts';
import { documentLines, type PlacedLine } from './record-lines.ts';
import { lineText } from './line-geometry.ts';

export interface ReadRecordsOptions {
  /** Decides the doubtful wrap spaces of a profile with `wrapSpaces` (see `removeWrapSpaces`); without it they are kept as printed. */
  words?: WordSplitter;
  /** The families known to the run. @defaultValue the built-in profiles */
  profiles?: ProfileRegistry;
  /** The family to read with: a profile, `null` for none, or undefined to recognise it (by a profile, or as a catalogue). */
  profile?: DocumentProfile | null;
  /** The document's tables when already found; otherwise they are found here (a catalogue may be printed as one table). */
  tables?: readonly Table[];
}

/** A document as the record readers see it: its lines without page furniture, and its family. */
interface ReadableDocument {
  lines: PlacedLine[];
  profile: DocumentProfile;
  from: 'profile' | 'document';
  /** How its records are read: by their labels, or as the numbered items of a budget explanation. */
  reader: 'labels' | 'budget-items';
}

/** Text that names something: a heading, not a figure alone. */
const NAMED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Fewer records than this share of the pages that print a label block is reported. */
const PROMISE_SHARE = 0.5;

function readableDocument(pages: readonly Page[], layouts: readonly PageLayout[], tables: () => readonly Table[], options: ReadRecordsOptions): ReadableDocument | undefined {
  // A label printed in the same cell on every page is the record's, never the page's furniture; but
  // not 「令和5年度補正予算」 alone, which is as often the running header of a year's documents
  // (「令和5年度補正予算額」 over each project's figure is a label all the same).
  const all = options.profile?.labels ?? labelVocabulary();
  const labels = all.filter((spec) => spec.alone !== true);
  const isFigureLabel = (text: string): boolean => /額$/u.test(text.replace(/\s+/gu, '')) && isRecordStructure(text, all);
  const profile = options.profile === null ? undefined : (options.profile ?? (options.profiles ?? profileRegistry()).detect(pages));
  // The profile's chapter headings (「3 Society 5.0を支える…」 over three of a short scan's four pages) number the records
  // under them: a running heading, read as such, never furniture; not a page's number in a heading's form (「2 / 10」).
  const chapter = (text: string): boolean => NAMED.test(text) && (profile?.hierarchy ?? []).some((heading) => heading.test(text));
  // A budget line (「令和2年度補正予算額 235.0億円」 at the same place on every project's page) is a record's, however it repeats.
  const keep = (text: string, ocr: boolean): boolean => isRecordStructure(text, labels, { ocr }) || isFigureLabel(text) || BUDGET_LINE.test(text) || chapter(text);
  const furniture = findPageFurniture(pages, { keep: (text, ocr) => keep(normaliseCharacters(text), ocr) });
  const lines = withCaptionsFirst(withoutMisreadMarks(documentLines(layouts, furniture), all), all);
  if (options.profile === null) return undefined;
  if (profile !== undefined) return { lines, profile, from: 'profile', reader: 'labels' };
  // A list of records printed as one table (its header of labels repeated on each page) is a catalogue however few its pages.
  const catalogue = catalogueFamily(pages, lines) ?? (catalogueTables(tables(), labelVocabulary()).length > 0 ? coverFamily(pages, 'catalogue') : undefined);
  if (catalogue !== undefined) return { lines, profile: catalogue, from: 'document', reader: 'labels' };
  return isBudgetExplanation(lines) ? { lines, profile: coverFamily(pages, 'budget-items'), from: 'document', reader: 'budget-items' } : undefined;
}

/** The issue a catalogue gets when its structure promises more records than were read. */
function promiseIssue(lines: readonly PlacedLine[], count: number, profile: DocumentProfile): RecordIssue | undefined {
  const blocks = labelBlockPages(lines);
  if (count === 0) {
    return { type: 'fewer-records', message: `read as ${profile.id}, but no record was found${blocks.length > 0 ? ` although ${blocks.length} pages print blocks of labels` : ''}`, record: '', page: blocks[0] ?? 1 };
  }
  if (count < PROMISE_SHARE * blocks.length) {
    return { type: 'fewer-records', message: `${count} records, but ${blocks.length} pages print blocks of labels`, record: '', page: blocks[0]! };
  }
  return undefined;
}

/** A cover's title is printed this many times the body's size or larger: a label there (「予算案 施策集」) is no field's. */
const COVER_SCALE = 1.5;

/**
 * The issue a catalogue gets when a field label of its vocabulary (not a heading learned from it) is
 * printed where no record was read: a page whose title OCR read too small to be found, before the
 * first record found. A document with no record at all has `promiseIssue`'s.
 */
function unreadIssue(unread: readonly PlacedLine[], labels: readonly LabelSpec[], body: number): RecordIssue | undefined {
  const isLabel = fieldLabelTest(labels.filter((spec) => spec.alone !== true));
  const label = unread.find((line) => line.line.font_size < COVER_SCALE * body && isLabel(line));
  if (label === undefined) return undefined;
  return { type: 'fewer-records', message: `page ${label.page} prints 「${lineText(label)}」 outside every record read: a record there was not found`, record: '', page: label.page };
}

/**
 * What the reader took from the document rather than from a profile, for a person to check: the
 * family itself (a catalogue read from the label vocabulary, a budget explanation), and the year of
 * figures printed without one when neither the cover's title nor the profile said it.
 */
function guessIssues(readable: ReadableDocument, records: readonly PolicyRecord[], year: BudgetYearContext | undefined): RecordIssue[] {
  const issues: RecordIssue[] = [];
  if (readable.from === 'document' && records.length > 0) {
    const how = readable.reader === 'budget-items' ? 'a budget explanation (numbered items with amount rows)' : 'a catalogue, by the label vocabulary alone';
    issues.push({ type: 'read-without-profile', message: `no profile names this family: read as ${how} (${readable.profile.id})`, record: '', page: 1 });
  }
  const yearless = records.flatMap((record) => record.budget.filter((line) => line.era_label === '' && line.fiscal_year !== null));
  if (year !== undefined && year.from !== 'title' && yearless.length > 0) {
    const source = { date: "the cover's date", comparison: 'the prior-year figures printed beside them', figures: 'the coming budget its other figures name', period: "the first year of its projects' periods (事業期間)", profile: "the profile's fallback" }[year.from];
    issues.push({ type: 'budget-year-assumed', message: `${yearless.length} budget figures print no year: read as FY${year.fiscalYear} (${year.stage}) from ${source}`, record: '', page: 1 });
  }
  return issues;
}

/** The headings read as labels though no spelling names them, for a person to check (and to add to the vocabulary). */
function learnedIssue(learned: readonly LabelSpec[]): RecordIssue[] {
  const headings = learned.map((spec) => `「${String(spec.variants[0])}」`).join(', ');
  return learned.length === 0 ? [] : [{ type: 'labels-learned', message: `headings no spelling of the vocabulary names, read as sections of their own: ${headings}`, record: '', page: 1 }];
}

function readWith(source: SourceSummary, layouts: readonly PageLayout[], pages: readonly Page[], readable: ReadableDocument, tables: () => readonly Table[], words: WordSplitter | undefined): { set: RecordSet; undecidedSpaces: number } {
  const { lines, from } = readable;
  const learned = readable.reader === 'labels' && readable.profile.kind === 'policies' ? learnedSectionLabels(lines, readable.profile.labels) : [];
  const profile = learned.length === 0 ? readable.profile : { ...readable.profile, labels: [...readable.profile.labels, ...learned] };
  const family = { id: profile.id, kind: profile.kind, title: profile.title, series: profile.series, ministry: profile.ministry, from };
  if (profile.kind === 'cases') {
    const read = extractCases(layouts, lines, profile, source);
    const validated = validateCases(read.cases);
    const promise = promiseIssue(lines, read.cases.length, profile);
    const issues = promise === undefined ? read.issues : [...read.issues, promise];
    return { set: { schema_version: '1.4.0', profile: profile.id, family, budget_year: null, records: [], cases: validated.cases, quarantine: validated.quarantine, issues }, undecidedSpaces: 0 };
  }
  const year = documentBudgetContext(pages, profile.budgetFallback);
  const budget = year === undefined ? {} : { defaultFiscalYear: year.fiscalYear, defaultStage: year.stage };
  const pageOf = (page: number): PageLayout => layouts.find((layout) => layout.page.number === page)!;
  const coverText = pages[0]?.lines.map((line) => line.text).join('') ?? '';
  const { records, issues, undecidedSpaces, unread } =
    readable.reader === 'budget-items'
      ? { records: readBudgetItems(lines, { familyId: profile.id, source, pageOf, budget: year, coverText }), issues: [], undecidedSpaces: 0, unread: [] }
      : extractPolicies(layouts, lines, profile, source, { words, budget, tables: tables() });
  const validated = validatePolicies(records);
  const promise = promiseIssue(lines, records.length, profile) ?? (records.length === 0 ? undefined : unreadIssue(unread, readable.profile.labels, bodySize(lines)));
  const cut = readable.reader === 'labels' ? cutRecordIssue(records, pages.at(-1)?.number ?? 1) : undefined;
  const budgetYear = year === undefined ? null : { fiscal_year: year.fiscalYear, stage: year.stage, from: year.from };
  const guesses = [...guessIssues(readable, records, year), ...learnedIssue(learned)];
  return {
    set: { schema_version: '1.4.0', profile: profile.id, family, budget_year: budgetYear, records: validated.records, quarantine: validated.quarantine, issues: [...issues, ...(promise === undefined ? [] : [promise]), ...(cut === undefined ? [] : [cut]), ...guesses] },
    undecidedSpaces,
  };
}

/** The document's tables as given, or found on first asking (most documents are read without them). */
function documentTables(layouts: readonly PageLayout[], options: ReadRecordsOptions): () => readonly Table[] {
  let found = options.tables;
  return () => (found ??= findTables(layouts));
}

/**
 * The records of a document, validated (failures quarantined with their reasons), read by the
 * profile given or recognised, or as a catalogue of the shared vocabulary; null when it is neither.
 */
export function readRecords(source: SourceSummary, layouts: readonly PageLayout[], pages: readonly Page[], options: ReadRecordsOptions = {}): RecordSet | null {
  const tables = documentTables(layouts, options);
  const readable = readableDocument(pages, layouts, tables, options);
  return readable === undefined ? null : readWith(source, layouts, pages, readable, tables, options.words).set;
}

/**
 * `readRecords` as the runners call it: read without a word splitter first, and only when that
 * left doubtful wrap spaces read again with kuromoji, loaded once per process (it holds about
 * 370 MiB and takes seconds to build: most documents never need it).
 */
export async function readRecordsLoadingWords(
  source: SourceSummary,
  layouts: readonly PageLayout[],
  pages: readonly Page[],
  options: Omit<ReadRecordsOptions, 'words'> = {},
  loadWords: () => Promise<WordSplitter> = async () => (await import('../normalise/word-splitter.ts')).loadWordSplitter(),
): Promise<RecordSet | null> {
  const tables = documentTables(layouts, options);
  const readable = readableDocument(pages, layouts, tables, options);
  if (readable === undefined) return null;
  const first = readWith(source, layouts, pages, readable, tables, undefined);
  return first.undecidedSpaces === 0 ? first.set : readWith(source, layouts, pages, readable, tables, await loadWords()).set;
}

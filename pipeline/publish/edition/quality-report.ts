import type { CaseRecord, DiffSummary, FillRate, LabelVariant, OcrPage, PolicyRecord, QualityReport, RaggedTable } from '../../../schemas/types.ts';
import { normaliseCharacters } from '../../normalise/normalise-text.ts';
import { pagesToCheck } from '../pages-to-check.ts';
import { labelReaderFor } from '../../structure/label-reader.ts';
import type { Edition, EditionSource } from './edition-model.ts';

const rate = (filled: number, total: number): number => (total === 0 ? 0 : Math.round((filled * 10_000) / total) / 10_000);

const FIELDS: readonly [string, string, (r: PolicyRecord) => boolean][] = [
  ['number', '番号', (r) => r.number !== null],
  ['category', '施策分類', (r) => r.category !== null],
  ['field', '分野', (r) => r.field !== null],
  ['strategy_refs', '総合戦略における位置づけ', (r) => r.strategy_refs.length > 0],
  ['offices', '担当部局', (r) => r.offices.length > 0],
  ['phones', '電話番号', (r) => r.offices.some((o) => o.phones.length > 0)],
  ['emails', 'メールアドレス', (r) => r.offices.some((o) => o.emails.length > 0)],
  ['budget', '予算', (r) => r.budget.length > 0],
  ['budget_amount', '予算額 (金額あり)', (r) => r.budget.some((b) => b.amount_jpy !== null)],
  ['sections', '本文', (r) => Object.keys(r.sections).length > 0],
  ['tables', '表', (r) => r.tables.length > 0],
];

export function fillRates(records: readonly PolicyRecord[]): FillRate[] {
  const rates = FIELDS.map(([field, title, has]): FillRate => {
    const filled = records.filter(has).length;
    return { field, title, filled, total: records.length, rate: rate(filled, records.length) };
  });
  const sections = [...new Set(records.flatMap((r) => Object.keys(r.sections)))];
  for (const key of sections) {
    const filled = records.filter((r) => (r.sections[key] ?? '') !== '').length;
    rates.push({ field: `sections/${key}`, title: `本文「${key}」`, filled, total: records.length, rate: rate(filled, records.length) });
  }
  return rates;
}

const CASE_FIELDS: readonly [string, string, (c: CaseRecord) => boolean][] = [
  ['number', '事例番号', (c) => c.number !== null],
  ['chapter', '章', (c) => c.chapter !== null],
  ['prefecture', '都道府県', (c) => c.prefecture !== null],
  ['municipality', '市区町村', (c) => c.municipality !== null],
  ['fields', '項目', (c) => c.fields.length > 0],
];

/** Fill rates of a case collection: the case's own fields, then each field label. */
export function caseFillRates(cases: readonly CaseRecord[]): FillRate[] {
  const labels = [...new Set(cases.flatMap((c) => c.fields.map((f) => f.label)))];
  return [
    ...CASE_FIELDS.map(([field, title, has]) => [field, title, cases.filter(has).length] as const),
    ...labels.map((label) => [`fields/${label}`, `項目「${label}」`, cases.filter((c) => c.fields.some((f) => f.label === label)).length] as const),
  ].map(([field, title, filled]) => ({ field, title, filled, total: cases.length, rate: rate(filled, cases.length) }));
}

function ocrPages(source: EditionSource): OcrPage[] {
  return source.document.pages
    .filter((page) => page.method !== 'text')
    .map((page) => {
      const scores = page.lines.flatMap((line) => (typeof line.confidence === 'number' ? [line.confidence] : []));
      const mean = scores.length === 0 ? null : Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10;
      return { file_name: source.fileName, page: page.number, method: page.method as OcrPage['method'], reason: page.method_reason, confidence: mean, lines: page.lines.length };
    });
}

/** The spellings of the profile's labels met in the documents (one line each, whitespace removed), with counts. */
function labelVariants(edition: Edition): LabelVariant[] {
  const labelOf = labelReaderFor(edition.dataset);
  const counts = new Map<string, LabelVariant>();
  for (const source of edition.sources) {
    for (const line of source.document.pages.flatMap((p) => p.lines)) {
      const text = normaliseCharacters(line.text).replace(/\s+/gu, '');
      const label = text === '' ? undefined : labelOf(text);
      if (label === undefined) continue;
      const entry = counts.get(`${label}\u0000${text}`) ?? { label, variant: text, count: 0 };
      entry.count += 1;
      counts.set(`${label}\u0000${text}`, entry);
    }
  }
  return [...counts.values()].sort((a, b) => a.label.localeCompare(b.label) || b.count - a.count || a.variant.localeCompare(b.variant));
}

/** Tables with rows whose cell count is not the column count, or body rows partly empty (cells not covered by a merge). */
function raggedTables(source: EditionSource): RaggedTable[] {
  return source.tables.flatMap((table) => {
    const lengths = [...new Set([...table.header, ...table.rows].map((row) => row.length).filter((n) => n !== table.column_count))].sort((a, b) => a - b);
    const partlyEmpty = table.rows.filter((row) => {
      const own = row.filter((c) => c.merged_into === null);
      return own.some((c) => c.text === '') && own.some((c) => c.text !== '');
    }).length;
    if (lengths.length === 0 && partlyEmpty === 0) return [];
    return [{ table_id: table.id, file_name: source.fileName, pages: table.pages, column_count: table.column_count, row_lengths: lengths, partly_empty_rows: partlyEmpty }];
  });
}

/** The quality report less what only rendering the files can tell (which CSVs have a CP932 copy). */
export type QualityFindings = Omit<QualityReport, 'cp932'>;

/** The data-quality report of one edition (pure: the edition, its published records, and the diff summary against the edition before). */
export function buildQualityReport(
  edition: Edition,
  records: readonly PolicyRecord[],
  changes: { from: string; summary: DiffSummary } | null,
): QualityFindings {
  const quarantine = edition.sources.flatMap((s) => s.records.quarantine);
  const issues = edition.sources.flatMap((s) => s.records.issues);
  const cases = edition.sources.flatMap((s) => s.records.cases ?? []);
  const budget = records.flatMap((r) => r.budget);
  return {
    schema_version: '2.2.0',
    dataset: edition.dataset,
    edition: edition.date,
    sources: edition.sources.map((s) => ({
      file_name: s.fileName,
      sha256: s.sha256,
      pages: s.document.source.page_count,
      text_pages: s.document.pages.filter((p) => p.method === 'text').length,
      ocr_pages: s.document.pages.filter((p) => p.method === 'ocr').length,
      mixed_pages: s.document.pages.filter((p) => p.method === 'mixed').length,
      quarantined_pages: s.document.quarantined_pages,
    })),
    counts: {
      records: records.length + cases.length,
      quarantined: quarantine.length,
      budget_lines: budget.length,
      budget_lines_without_amount: budget.filter((b) => b.amount_jpy === null).length,
      offices: records.reduce((n, r) => n + r.offices.length, 0),
      tables: edition.sources.reduce((n, s) => n + s.tables.length, 0),
      issues: issues.length,
    },
    fill_rates: cases.length > 0 ? caseFillRates(cases) : fillRates(records),
    quarantine,
    issues,
    ocr_pages: edition.sources.flatMap(ocrPages),
    pages_to_check: edition.sources.flatMap((s) => pagesToCheck(s.fileName, s.document)),
    label_variants: labelVariants(edition),
    ragged_tables: edition.sources.flatMap(raggedTables),
    changes,
  };
}

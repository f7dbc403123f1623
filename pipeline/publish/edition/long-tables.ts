import type { CaseRecord, PolicyRecord } from '../../../schemas/types.ts';
import { describe, renderRows, type CsvColumn, type CsvTable } from './edition-csv.ts';

/**
 * Fields with several values per record (offices' contacts, strategy references, pages, tables,
 * municipalities) as long tables: one value a row, keyed by the record's id and the value's place,
 * since 総務省's 統一ルール for machine-readable data asks for one value per cell.
 */

/** The record a long table hangs from: its CSV's resource name and id column. */
interface RecordKey {
  resource: string;
  column: string;
}

export const POLICY_KEY: RecordKey = { resource: 'policies', column: '施策ID' };
export const CASE_KEY: RecordKey = { resource: 'cases', column: '事例ID' };

interface LongRow {
  id: string;
  line: number;
  value: string | number;
}

/** One many-valued field of a kind of record as its own CSV. */
interface LongTableSpec<R> {
  path: string;
  name: string;
  title: string;
  key: RecordKey;
  value: Omit<CsvColumn<LongRow>, 'value' | 'required'>;
  id: (record: R) => string;
  values: (record: R) => readonly (string | number)[];
}

function longTable<R>(spec: LongTableSpec<R>, records: readonly R[]): CsvTable {
  const columns: CsvColumn<LongRow>[] = [
    { name: spec.key.column, type: 'string', required: true, description: `${spec.key.resource}.csv の${spec.key.column}。`, value: (r) => r.id },
    { name: '行番号', type: 'integer', required: true, description: 'レコードの中での順番 (1から、印刷順)。', value: (r) => r.line },
    { ...spec.value, required: true, value: (r) => r.value },
  ];
  const rows = records.flatMap((record) => spec.values(record).map((value, i): LongRow => ({ id: spec.id(record), line: i + 1, value })));
  return {
    path: spec.path,
    name: spec.name,
    title: spec.title,
    columns: describe(columns),
    primaryKey: [spec.key.column, '行番号'],
    foreignKeys: [{ fields: [spec.key.column], resource: spec.key.resource, resourceFields: [spec.key.column] }],
    text: renderRows(columns, rows),
  };
}

const PAGE_COLUMN = { name: 'ページ', type: 'integer', description: '元PDFのページ (1から)。' } as const;

/** policy_strategy_refs.csv, policy_pages.csv and policy_tables.csv. */
export function renderPolicyLongTables(records: readonly PolicyRecord[]): CsvTable[] {
  const id = (r: PolicyRecord): string => r.id;
  return [
    longTable({ path: 'policy_strategy_refs.csv', name: 'policy_strategy_refs', title: '施策の位置づけ (総合戦略の該当箇所)', key: POLICY_KEY, id, values: (r) => r.strategy_refs, value: { name: '位置づけ', type: 'string', description: '総合戦略などの該当箇所・位置づけ (印刷されたとおり)。' } }, records),
    longTable({ path: 'policy_pages.csv', name: 'policy_pages', title: '施策の出典ページ', key: POLICY_KEY, id, values: (r) => r.source.pages, value: PAGE_COLUMN }, records),
    longTable({ path: 'policy_tables.csv', name: 'policy_tables', title: '施策のページにある表', key: POLICY_KEY, id, values: (r) => r.tables, value: { name: '表ID', type: 'string', description: 'tables/ のCSV (tables.json) の表ID。' } }, records),
  ];
}

/** case_municipalities.csv and case_pages.csv. */
export function renderCaseLongTables(cases: readonly CaseRecord[]): CsvTable[] {
  const id = (c: CaseRecord): string => c.id;
  return [
    longTable({ path: 'case_municipalities.csv', name: 'case_municipalities', title: '事例の市区町村', key: CASE_KEY, id, values: (c) => c.municipalities, value: { name: '市区町村', type: 'string', description: '市区町村を1つずつ (例: 長崎市)。' } }, cases),
    longTable({ path: 'case_pages.csv', name: 'case_pages', title: '事例の出典ページ', key: CASE_KEY, id, values: (c) => c.source.pages, value: PAGE_COLUMN }, cases),
  ];
}

import type { BudgetLine, Office, PolicyRecord } from '../../../schemas/types.ts';
import { toCsv } from '../csv.ts';
import { STAGE_LABELS } from './edition-model.ts';

/** A column of a published CSV: its Japanese header (also its Table Schema name), type and how to read a row. */
export interface CsvColumn<T> {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
  description: string;
  required?: boolean;
  enum?: readonly string[];
  value: (row: T) => string | number | boolean | null;
}

/** A rendered CSV with the columns that describe it (for datapackage.json). */
export interface CsvTable {
  path: string;
  name: string;
  title: string;
  columns: readonly Pick<CsvColumn<never>, 'name' | 'type' | 'description' | 'required' | 'enum'>[];
  primaryKey: readonly string[];
  foreignKeys: readonly { fields: readonly string[]; resource: string; resourceFields: readonly string[] }[];
  text: string;
}

const cell = (value: string | number | boolean | null): string => (value === null ? '' : String(value));

export function renderRows<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  return toCsv(
    columns.map((c) => c.name),
    rows.map((row) => columns.map((c) => cell(c.value(row)))),
  );
}

/** The section headings of an edition's records, in the order they first appear. */
export const sectionKeys = (records: readonly PolicyRecord[]): string[] => [...new Set(records.flatMap((r) => Object.keys(r.sections)))];

export function policyColumns(records: readonly PolicyRecord[], sourceIds: ReadonlyMap<string, string>): CsvColumn<PolicyRecord>[] {
  return [
    { name: '施策ID', type: 'string', required: true, description: '版をまたいで変わらない施策ID。', value: (r) => r.id },
    { name: '番号', type: 'string', description: '重点施策などの番号 (例: 3-③-(1))。', value: (r) => r.number },
    { name: '施策名', type: 'string', required: true, description: '正規化した施策名。', value: (r) => r.name },
    { name: '施策名(原文)', type: 'string', description: 'PDFに印刷されたとおりの施策名。', value: (r) => r.name_raw },
    { name: '施策分類', type: 'string', description: '施策分類。', value: (r) => r.category },
    { name: '分野', type: 'string', description: '分野。', value: (r) => r.field },
    { name: '予算行数', type: 'integer', description: 'budget_lines.csv にあるこの施策の行数。', value: (r) => r.budget.length },
    { name: '担当部局数', type: 'integer', description: 'offices.csv にあるこの施策の部局の数 (電話番号・メールアドレスは office_contacts.csv)。', value: (r) => r.offices.length },
    ...sectionKeys(records).map(
      (key): CsvColumn<PolicyRecord> => ({ name: `本文:${key}`, type: 'string', description: `見出し「${key}」の本文。`, value: (r) => r.sections[key] ?? null }),
    ),
    { name: '出典ファイル', type: 'string', description: '元PDFのファイル名。', value: (r) => r.source.file_name },
    { name: '出典SHA-256', type: 'string', description: '元PDFのSHA-256。', value: (r) => r.source.sha256 },
    { name: '抽出方法', type: 'string', enum: ['text', 'ocr', 'mixed'], description: 'text: テキスト層、ocr: 文字認識、mixed: 両方。', value: (r) => r.source.method },
    { name: 'OCR信頼度', type: 'number', description: 'OCRの行の平均 (0〜100)。', value: (r) => r.source.ocr_confidence },
    { name: '文書内ID', type: 'string', description: '1文書から読んだときのID。', value: (r) => sourceIds.get(r.id) ?? null },
  ];
}

type BudgetRow = BudgetLine & { policy: string; line: number };
type OfficeRow = Office & { policy: string; line: number };
type ContactRow = { policy: string; office: number; line: number; kind: 'phone' | 'email'; contact: string };

export const BUDGET_COLUMNS: readonly CsvColumn<BudgetRow>[] = [
  { name: '施策ID', type: 'string', required: true, description: 'policies.csv の施策ID。', value: (b) => b.policy },
  { name: '行番号', type: 'integer', required: true, description: '施策の中での予算行の順番 (1から)。', value: (b) => b.line },
  { name: '年度', type: 'integer', required: true, description: '西暦の会計年度 (令和5年度 → 2023)。', value: (b) => b.fiscal_year },
  { name: '年度の表記', type: 'string', description: '印刷されたとおり (例: 令和5年度、元年度)。', value: (b) => b.era_label },
  { name: '段階', type: 'string', required: true, enum: ['initial', 'supplementary', 'draft', 'request'], description: 'initial: 当初、supplementary: 補正、draft: 予算(案)、request: 要求。', value: (b) => b.stage },
  { name: '段階(表示)', type: 'string', description: '段階の日本語表記。', value: (b) => STAGE_LABELS[b.stage] ?? b.stage },
  { name: '補正の次数', type: 'integer', description: '第3次補正 → 3。', value: (b) => b.supplementary_no },
  { name: '会計', type: 'string', description: '例: 一般会計。', value: (b) => b.account },
  { name: '金額(円)', type: 'integer', description: '円に換算した整数。金額がない (事項要求、-) ときは空。', value: (b) => b.amount_jpy },
  { name: '単位', type: 'string', description: '印刷された単位 (百万円、億円 …)。', value: (b) => b.unit },
  { name: '内数', type: 'boolean', description: '「の内数」: より大きな事業の総額。', value: (b) => b.part_of },
  { name: '概数', type: 'boolean', description: '「約」「程度」。', value: (b) => b.approximate },
  { name: '新規', type: 'boolean', description: '「新規」。', value: (b) => b.new },
  { name: '注記', type: 'string', description: '事項要求、ほかデジタル庁16百万円 など。', value: (b) => b.note },
  { name: '原文', type: 'string', description: 'この行の元の文字列。', value: (b) => b.raw },
];

export const OFFICE_COLUMNS: readonly CsvColumn<OfficeRow>[] = [
  { name: '施策ID', type: 'string', required: true, description: 'policies.csv の施策ID。', value: (o) => o.policy },
  { name: '行番号', type: 'integer', required: true, description: '施策の中での部局の順番 (1から)。', value: (o) => o.line },
  { name: '部局名', type: 'string', required: true, description: '正規化した部局名。', value: (o) => o.name },
  { name: '部局名(原文)', type: 'string', description: '印刷されたとおり。', value: (o) => o.name_raw },
  { name: '府省', type: 'string', description: '例: 総務省。', value: (o) => o.ministry },
  { name: '局', type: 'string', description: '例: 自治行政局。', value: (o) => o.bureau },
  { name: '課・室', type: 'string', description: '例: 地域自立応援課。', value: (o) => o.division },
];

export const CONTACT_COLUMNS: readonly CsvColumn<ContactRow>[] = [
  { name: '施策ID', type: 'string', required: true, description: 'policies.csv の施策ID。', value: (c) => c.policy },
  { name: '部局行番号', type: 'integer', required: true, description: 'offices.csv の行番号 (この施策の何番目の部局か)。', value: (c) => c.office },
  { name: '行番号', type: 'integer', required: true, description: '部局の中での連絡先の順番 (1から、電話番号が先)。', value: (c) => c.line },
  { name: '種別', type: 'string', required: true, enum: ['phone', 'email'], description: 'phone: 電話番号、email: メールアドレス。', value: (c) => c.kind },
  { name: '連絡先', type: 'string', required: true, description: '印刷されたとおりの電話番号またはメールアドレス。', value: (c) => c.contact },
];

/** The columns as datapackage.json describes them. */
export const describe = <T>(columns: readonly CsvColumn<T>[]): CsvTable['columns'] =>
  columns.map(({ name, type, description, required, enum: values }) => ({ name, type, description, required, enum: values }));

const policyKey = { fields: ['施策ID'], resource: 'policies', resourceFields: ['施策ID'] } as const;

/** An office's phones then e-mail addresses, one a row, numbered within the office. */
const officeContacts = (office: OfficeRow): ContactRow[] =>
  [...office.phones.map((contact) => ({ kind: 'phone' as const, contact })), ...office.emails.map((contact) => ({ kind: 'email' as const, contact }))].map((c, i) => ({ ...c, policy: office.policy, office: office.line, line: i + 1 }));

/** policies.csv, budget_lines.csv, offices.csv and office_contacts.csv of an edition's records. */
export function renderRecordTables(records: readonly PolicyRecord[], sourceIds: ReadonlyMap<string, string>): CsvTable[] {
  const policy = policyColumns(records, sourceIds);
  const budget = records.flatMap((r) => r.budget.map((b, i): BudgetRow => ({ ...b, policy: r.id, line: i + 1 })));
  const offices = records.flatMap((r) => r.offices.map((o, i): OfficeRow => ({ ...o, policy: r.id, line: i + 1 })));
  return [
    { path: 'policies.csv', name: 'policies', title: '施策', columns: describe(policy), primaryKey: ['施策ID'], foreignKeys: [], text: renderRows(policy, records) },
    { path: 'budget_lines.csv', name: 'budget_lines', title: '予算行', columns: describe(BUDGET_COLUMNS), primaryKey: ['施策ID', '行番号'], foreignKeys: [policyKey], text: renderRows(BUDGET_COLUMNS, budget) },
    { path: 'offices.csv', name: 'offices', title: '担当部局', columns: describe(OFFICE_COLUMNS), primaryKey: ['施策ID', '行番号'], foreignKeys: [policyKey], text: renderRows(OFFICE_COLUMNS, offices) },
    {
      path: 'office_contacts.csv',
      name: 'office_contacts',
      title: '担当部局の連絡先',
      columns: describe(CONTACT_COLUMNS),
      primaryKey: ['施策ID', '部局行番号', '行番号'],
      foreignKeys: [{ fields: ['施策ID', '部局行番号'], resource: 'offices', resourceFields: ['施策ID', '行番号'] }],
      text: renderRows(CONTACT_COLUMNS, offices.flatMap(officeContacts)),
    },
  ];
}

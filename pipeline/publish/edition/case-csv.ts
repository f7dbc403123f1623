import type { CaseField, CaseRecord } from '../../../schemas/types.ts';
import { describe, renderRows, type CsvColumn, type CsvTable } from './edition-csv.ts';

type FieldRow = CaseField & { case: string; line: number };

/** The field labels of an edition's cases, in the order they first appear. */
const fieldLabels = (cases: readonly CaseRecord[]): string[] => [...new Set(cases.flatMap((c) => c.fields.map((f) => f.label)))];

function caseColumns(cases: readonly CaseRecord[]): CsvColumn<CaseRecord>[] {
  return [
    { name: '事例ID', type: 'string', required: true, description: '事例名と地域から決まる事例ID。', value: (c) => c.id },
    { name: '事例番号', type: 'string', description: '見出しの上の札の番号 (例: 事例1)。', value: (c) => c.number },
    { name: '事例名', type: 'string', required: true, description: '正規化した事例の見出し。', value: (c) => c.title },
    { name: '事例名(原文)', type: 'string', description: 'PDFに印刷されたとおりの見出し。', value: (c) => c.title_raw },
    { name: '章', type: 'string', description: '事例が載っている章 (例: 準公共分野)。', value: (c) => c.chapter },
    { name: '都道府県', type: 'string', description: '例: 兵庫県。', value: (c) => c.prefecture },
    { name: '市区町村', type: 'string', description: '印刷されたとおり (例: 長崎市、五島市)。1つずつは case_municipalities.csv。都道府県だけの事例では空。', value: (c) => c.municipality },
    { name: '札(原文)', type: 'string', description: '見出しの上の札のとおり (例: 事例1：兵庫県佐用町)。', value: (c) => c.place_raw },
    ...fieldLabels(cases).map(
      (label): CsvColumn<CaseRecord> => ({ name: `項目:${label}`, type: 'string', description: `見出し「${label}」の本文。`, value: (c) => c.fields.find((f) => f.label === label)?.text ?? null }),
    ),
    { name: '出典ファイル', type: 'string', description: '元PDFのファイル名。', value: (c) => c.source.file_name },
    { name: '出典SHA-256', type: 'string', description: '元PDFのSHA-256。', value: (c) => c.source.sha256 },
    { name: '抽出方法', type: 'string', enum: ['text', 'ocr', 'mixed'], description: 'text: テキスト層、ocr: 文字認識、mixed: 両方。', value: (c) => c.source.method },
    { name: 'OCR信頼度', type: 'number', description: 'OCRの行の平均 (0〜100)。', value: (c) => c.source.ocr_confidence },
  ];
}

const FIELD_COLUMNS: readonly CsvColumn<FieldRow>[] = [
  { name: '事例ID', type: 'string', required: true, description: 'cases.csv の事例ID。', value: (f) => f.case },
  { name: '行番号', type: 'integer', required: true, description: '事例の中での項目の順番 (1から、印刷順)。', value: (f) => f.line },
  { name: '見出し', type: 'string', required: true, description: '正規化した見出し (ポイント、具体的な取組内容 …)。', value: (f) => f.label },
  { name: '見出し(原文)', type: 'string', description: '印刷されたとおり。見出しのない注記では空。', value: (f) => f.label_raw },
  { name: '本文', type: 'string', required: true, description: '正規化した本文 (項目は改行区切り)。', value: (f) => f.text },
  { name: '本文(原文)', type: 'string', description: '印刷された行のとおり。', value: (f) => f.raw },
];

/** cases.csv (one row per case, a column per field label) and case_fields.csv (one row per field) of an edition's cases. */
export function renderCaseTables(cases: readonly CaseRecord[]): CsvTable[] {
  const columns = caseColumns(cases);
  const fields = cases.flatMap((c) => c.fields.map((f, i): FieldRow => ({ ...f, case: c.id, line: i + 1 })));
  const caseKey = { fields: ['事例ID'], resource: 'cases', resourceFields: ['事例ID'] } as const;
  return [
    { path: 'cases.csv', name: 'cases', title: '事例', columns: describe(columns), primaryKey: ['事例ID'], foreignKeys: [], text: renderRows(columns, cases) },
    { path: 'case_fields.csv', name: 'case_fields', title: '事例の項目', columns: describe(FIELD_COLUMNS), primaryKey: ['事例ID', '行番号'], foreignKeys: [caseKey], text: renderRows(FIELD_COLUMNS, fields) },
  ];
}

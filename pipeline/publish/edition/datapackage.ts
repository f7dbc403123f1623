import { createHash } from 'node:crypto';
import { cp932Path, foldForCp932 } from '../cp932-copies.ts';
import type { CsvTable } from './edition-csv.ts';
import type { Edition } from './edition-model.ts';

/** The licence every edition carries: the government's standard terms, compatible with CC BY 4.0. */
export const LICENSE = {
  name: 'CC-BY-4.0',
  title: '政府標準利用規約 (第2.0版) 準拠 / クリエイティブ・コモンズ 表示 4.0 国際 (CC BY 4.0) 互換',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export const sha256 = (text: string | Uint8Array): string => createHash('sha256').update(text).digest('hex');

/** How the source is cited: 「総務省「…施策集」(2022-12-23)」. */
export const sourceCitation = (edition: Edition): string => `${edition.ministry ?? ''}「${edition.title}」(${edition.date})`;

/** What an edition's records are: a catalogue's policies with their budgets, or a collection's cases. */
export type RecordKind = 'policies' | 'cases';

const KIND_CONTENTS: Readonly<Record<RecordKind, { text: string; keywords: readonly string[] }>> = {
  policies: { text: '施策・予算・担当部局', keywords: ['施策', '予算'] },
  cases: { text: '事例', keywords: ['事例'] },
};

/** The edition described in one sentence, as every metadata file gives it. */
export const editionDescription = (edition: Edition, kind: RecordKind): string =>
  `${sourceCitation(edition)} から機械的に抽出した${KIND_CONTENTS[kind].text}・表のオープンデータ。`;

/** Keywords of an edition: its kind's, the ministry and the series. */
export const editionKeywords = (edition: Edition, kind: RecordKind): string[] => [...KIND_CONTENTS[kind].keywords, edition.ministry ?? '', edition.series].filter((k) => k !== '');

/** How one CSV file is described: the UTF-8 original, or its CP932 copy (names folded as in the file, keys within the copies). */
interface CsvFile {
  name: string;
  path: string;
  title: string;
  encoding: string;
  data: string | Uint8Array;
  fieldName: (name: string) => string;
}

function tableResource(table: CsvTable, file: CsvFile, resourceName: (name: string) => string): Record<string, unknown> {
  return {
    name: file.name,
    path: file.path,
    title: file.title,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: file.encoding,
    bytes: Buffer.byteLength(file.data),
    hash: `sha256:${sha256(file.data)}`,
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields: table.columns.map((c) => ({
        name: file.fieldName(c.name),
        title: c.name,
        type: c.type,
        description: c.description,
        ...(c.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
        ...(c.required === true || c.enum !== undefined ? { constraints: { ...(c.required === true ? { required: true } : {}), ...(c.enum !== undefined ? { enum: [...c.enum] } : {}) } } : {}),
      })),
      missingValues: [''],
      ...(table.primaryKey.length > 0 ? { primaryKey: table.primaryKey.map(file.fieldName) } : {}),
      ...(table.foreignKeys.length > 0
        ? { foreignKeys: table.foreignKeys.map((k) => ({ fields: k.fields.map(file.fieldName), reference: { resource: resourceName(k.resource), fields: k.resourceFields.map(file.fieldName) } })) }
        : {}),
    },
  };
}

/**
 * datapackage.json (Frictionless Data Package): one resource per CSV with its Table Schema (Japanese
 * names and titles, types, primary and foreign keys) and one per CSV's CP932 copy (encoding `cp932`,
 * the name Python, Ruby and iconv know Windows-31J by), the JSON files as plain resources, the licence and the source.
 */
export function buildDataPackage(
  edition: Edition,
  kind: RecordKind,
  tables: readonly CsvTable[],
  /** The edition's files so far, the CP932 copies among them. */
  files: ReadonlyMap<string, string | Uint8Array>,
  jsonFiles: ReadonlyMap<string, string>,
): Record<string, unknown> {
  const copyName = (name: string): string => `${name}-cp932`;
  const resources: Record<string, unknown>[] = [
    ...tables.map((table) => tableResource(table, { ...table, encoding: 'utf-8', data: table.text, fieldName: (name) => name }, (name) => name)),
    ...tables.map((table) => {
      const file = { name: copyName(table.name), path: cp932Path(table.path), title: `${table.title} (Shift_JIS)`, encoding: 'cp932', data: files.get(cp932Path(table.path))!, fieldName: (name: string) => foldForCp932(name).text };
      return tableResource(table, file, copyName);
    }),
  ];
  for (const [path, text] of jsonFiles) {
    resources.push({
      name: path.replace(/\.json$/u, '').replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '') + '-json',
      path,
      format: 'json',
      mediatype: 'application/json',
      encoding: 'utf-8',
      bytes: Buffer.byteLength(text),
      hash: `sha256:${sha256(text)}`,
    });
  }
  return {
    profile: 'data-package',
    name: `${edition.dataset}-${edition.date}`,
    id: `${edition.dataset}/${edition.date}`,
    title: `${edition.title} (${edition.date})`,
    description: editionDescription(edition, kind),
    version: edition.date,
    keywords: editionKeywords(edition, kind),
    licenses: [LICENSE],
    sources: [
      { title: sourceCitation(edition) },
      ...edition.sources.map((s) => ({ title: `${s.fileName} (sha256:${s.sha256})` })),
    ],
    // The Data Package profile wants at least one contributor where the key is present.
    ...(edition.ministry === null ? {} : { contributors: [{ title: edition.ministry, role: 'publisher' }] }),
    resources,
  };
}

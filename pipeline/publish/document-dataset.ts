import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentText, RecordSet, Table } from '../../schemas/types.ts';
import { publishFolder, writeFileAtomic } from './atomic-folder.ts';
import { tableToCsv } from './table-csv.ts';

export type PublishOutcome = 'published' | 'unchanged';

/** JSON as published: two-space indent, final newline, key order as built (deterministic). */
export const toPublishedJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Plain text of a document: lines in reading order, pages separated by form feeds. */
export function documentPlainText(document: DocumentText): string {
  return document.pages.map((page) => page.lines.map((line) => line.text).join('\n')).join('\n\f\n') + '\n';
}

/** What is published for one document: its text and tables, and its records when a profile read it. */
export interface DocumentDataset {
  document: DocumentText;
  tables: Table[];
  records: RecordSet | null;
}

export function renderDocumentDataset(dataset: DocumentDataset): Map<string, string> {
  const files = new Map([
    ['document.json', toPublishedJson(dataset.document)],
    ['text.txt', documentPlainText(dataset.document)],
  ]);
  files.set('tables.json', toPublishedJson(dataset.tables));
  for (const table of dataset.tables) files.set(`tables/${table.id}.csv`, tableToCsv(table));
  if (dataset.records !== null) files.set('records.json', toPublishedJson(dataset.records));
  return files;
}

async function sameContents(folder: string, contents: ReadonlyMap<string, string>): Promise<boolean> {
  const existing = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  if (existing.filter((entry) => entry.isFile()).length !== contents.size) return false;
  for (const [relativePath, data] of contents) {
    const existing = await readFile(join(folder, relativePath), 'utf8').catch(() => undefined);
    if (existing !== data) return false;
  }
  return true;
}

/** Publishes a document's dataset under `<outDir>/documents/<id>/`; identical content is left untouched. */
export async function publishDocumentDataset(outDir: string, dataset: DocumentDataset): Promise<PublishOutcome> {
  const folder = join(outDir, 'documents', dataset.document.id);
  const contents = renderDocumentDataset(dataset);
  if (await sameContents(folder, contents)) return 'unchanged';
  await publishFolder(folder, contents);
  return 'published';
}

/** Rewrites `<outDir>/documents/index.json` from the documents published there. */
export async function writeDocumentIndex(outDir: string): Promise<void> {
  const root = join(outDir, 'documents');
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  const index = [];
  for (const entry of entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name))) {
    const document = JSON.parse(await readFile(join(root, entry.name, 'document.json'), 'utf8')) as DocumentText;
    index.push({ id: document.id, ...document.source });
  }
  await writeFileAtomic(join(root, 'index.json'), toPublishedJson(index));
}

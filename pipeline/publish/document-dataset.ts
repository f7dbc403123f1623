import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { OcrLayerMode } from '../extract/ocr-layer-check.ts';
import type { Cp932Copy, DocumentProvenance, DocumentText, RecordSet, Table } from '../../schemas/types.ts';
import { writeFileAtomic, type FolderContents } from './atomic-folder.ts';
import { publishCp932Copy } from './cp932-copies.ts';
import { schemaVersions } from './edition/manifest.ts';
import { withOutputLock, type OutputLockOptions } from './output-lock.ts';
import { tableToCsv } from './table-csv.ts';
import { publishVersionedFolder, removeUnlinkedVersions } from './versioned-folder.ts';

export type PublishOutcome = 'published' | 'unchanged';

/** Records and cases a profile read, or null when none recognised the document. */
export const recordCount = (records: RecordSet | null): number | null => (records === null ? null : records.records.length + (records.cases?.length ?? 0));

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
  /** The version of the tool that read it, recorded in `provenance.json`. */
  toolVersion: string;
  /** The `--ocr-layers` mode its pages were read with (null: without OCR), recorded in `provenance.json`; unrecorded when not known. */
  ocrLayers?: OcrLayerMode | null;
}

const sameVersions = (a: Record<string, string>, b: Record<string, string>): boolean =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([file, version]) => b[file] === version);

/** Where a document's dataset came from, what was read from it (its summary in a run report) and what its CP932 copies lack. */
export function documentProvenance(dataset: DocumentDataset, cp932: Cp932Copy[]): DocumentProvenance {
  const { document, records } = dataset;
  return {
    schema_version: '2.0.0',
    ...document.source,
    tool_version: dataset.toolVersion,
    ...(dataset.ocrLayers === undefined ? {} : { ocr_layers: dataset.ocrLayers }),
    schema_versions: schemaVersions(),
    profile: records?.profile ?? null,
    records: recordCount(records),
    quarantined: records?.quarantine.length ?? null,
    quarantined_pages: document.quarantined_pages,
    cp932,
  };
}

export function renderDocumentDataset(dataset: DocumentDataset): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>([
    ['document.json', toPublishedJson(dataset.document)],
    ['text.txt', documentPlainText(dataset.document)],
  ]);
  files.set('tables.json', toPublishedJson(dataset.tables));
  const cp932 = dataset.tables.map((table) => publishCp932Copy(files, `tables/${table.id}.csv`, tableToCsv(table)));
  if (dataset.records !== null) files.set('records.json', toPublishedJson(dataset.records));
  files.set('provenance.json', toPublishedJson(documentProvenance(dataset, cp932)));
  return files;
}

async function sameContents(folder: string, contents: FolderContents): Promise<boolean> {
  const existing = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  if (existing.filter((entry) => entry.isFile()).length !== contents.size) return false;
  for (const [relativePath, data] of contents) {
    const existing = await readFile(join(folder, relativePath)).catch(() => undefined);
    if (existing?.equals(typeof data === 'string' ? Buffer.from(data) : data) !== true) return false;
  }
  return true;
}

/**
 * Where each version of a document's folder is, `documents/<id>` being a symlink to the current one:
 * inside documents/, so that a copy of that folder carries what its links point to.
 */
const versionsDir = (outDir: string): string => join(outDir, 'documents', '.versions');

/**
 * Publishes a document's dataset under `<outDir>/documents/<id>/`; identical content is left untouched.
 * `documents/<id>` is a symlink to `documents/.versions/<id>.<hash>/`, switched in one step to a new
 * version, so that the folder the documents index lists is there, whole, at every moment.
 * Under the output folder's lock: a run publishing its editions reads every document folder, and
 * must not find one half swapped by a worker finishing another run's document.
 */
export async function publishDocumentDataset(outDir: string, dataset: DocumentDataset, lockOptions?: OutputLockOptions): Promise<PublishOutcome> {
  const folder = join(outDir, 'documents', dataset.document.id);
  const contents = renderDocumentDataset(dataset);
  if (await sameContents(folder, contents)) return 'unchanged';
  await withOutputLock(outDir, () => publishVersionedFolder(folder, versionsDir(outDir), contents), lockOptions);
  return 'published';
}

const readProvenance = (outDir: string, documentId: string): Promise<DocumentProvenance | undefined> =>
  readFile(join(outDir, 'documents', documentId, 'provenance.json'), 'utf8').then(
    (text) => JSON.parse(text) as DocumentProvenance,
    () => undefined,
  );

/**
 * Whether a document's folder is in the output folder, complete: its provenance is written with
 * the rest of it (publishFolder), so its presence says the whole folder is there.
 */
export const isDocumentPublished = async (outDir: string, documentId: string): Promise<boolean> =>
  (await readProvenance(outDir, documentId)) !== undefined;

/**
 * The provenance of a document already published from these very bytes by this tool version with
 * the same `--ocr-layers` mode under the current schema versions, or undefined when it has to be read again. Every file of a folder
 * is published at once (publishFolder), so a folder with its provenance is complete.
 */
export async function findUpToDateDataset(
  outDir: string,
  documentId: string,
  sha256: string,
  toolVersion: string,
  ocrLayers: OcrLayerMode | null,
): Promise<DocumentProvenance | undefined> {
  const provenance = await readProvenance(outDir, documentId);
  if (provenance === undefined || provenance.sha256 !== sha256 || provenance.tool_version !== toolVersion) return undefined;
  // Another --ocr-layers mode may read its scans' text otherwise; a provenance without one is not known to match.
  if (provenance.ocr_layers !== ocrLayers) return undefined;
  return sameVersions(provenance.schema_versions, schemaVersions()) ? provenance : undefined;
}

/** The index line of one published document, from its provenance (or its text, when published before provenance was recorded). */
async function indexEntry(outDir: string, documentId: string): Promise<Record<string, unknown>> {
  const provenance = await readProvenance(outDir, documentId);
  if (provenance !== undefined) {
    const { file_name, sha256, bytes, page_count } = provenance;
    return { id: documentId, file_name, sha256, bytes, page_count };
  }
  const document = JSON.parse(await readFile(join(outDir, 'documents', documentId, 'document.json'), 'utf8')) as DocumentText;
  return { id: document.id, ...document.source };
}

/** Rewrites `<outDir>/documents/index.json` from the documents published there (untouched when it would not change). */
export async function writeDocumentIndex(outDir: string): Promise<void> {
  const root = join(outDir, 'documents');
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  const index = [];
  const folders = entries.filter((e) => (e.isDirectory() || e.isSymbolicLink()) && !e.name.startsWith('.'));
  for (const entry of folders.sort((a, b) => a.name.localeCompare(b.name))) {
    index.push(await indexEntry(outDir, entry.name));
  }
  const path = join(root, 'index.json');
  const text = toPublishedJson(index);
  if ((await readFile(path, 'utf8').catch(() => undefined)) !== text) await writeFileAtomic(path, text);
}

/** Removes the document versions no `documents/<id>` points to (a crash between publishing and switching). Under the lock only. */
export const removeUnusedDocumentVersions = (outDir: string): Promise<string[]> =>
  removeUnlinkedVersions(join(outDir, 'documents'), versionsDir(outDir)).then((names) => names.map((name) => `documents/.versions/${name}`));

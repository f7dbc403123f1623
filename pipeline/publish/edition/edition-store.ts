import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentText, EditionCases, EditionIndex, EditionManifest, EditionPolicies, IndexDataset, RecordSet, SeriesIds, Table } from '../../../schemas/types.ts';
import { findEditionDate } from '../../normalise/japanese-dates.ts';
import type { Edition, EditionRecords, EditionSource } from './edition-model.ts';
import { emptySeriesIds } from './series-ids.ts';

const DATE_FOLDER = /^\d{4}-\d{2}-\d{2}$/u;
const REVISION_FOLDER = /^r(\d+)$/u;

const readJson = async <T>(path: string): Promise<T | undefined> => {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  return text === undefined ? undefined : (JSON.parse(text) as T);
};

/** The folders in `path`, hidden ones aside; a document's folder is a symlink to its version (publishVersionedFolder). */
const folders = async (path: string): Promise<string[]> =>
  (await readdir(path, { withFileTypes: true }).catch(() => []))
    .filter((e) => (e.isDirectory() || e.isSymbolicLink()) && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();

/** A document a profile read but whose edition is unknown (no date on its cover). */
export interface UndatedDocument {
  documentId: string;
  fileName: string;
  dataset: string;
}

/** Dates for editions, given by whoever runs the pipeline rather than printed on a cover. */
export interface GivenEditionDates {
  /** By PDF file name (a sources file's `editions`): they take the place of the cover's date. @defaultValue none */
  byFileName?: Readonly<Record<string, string>>;
  /** By the PDF's sha256 (`run --edition-date`): only for a document whose cover has no date. @defaultValue none */
  coverless?: Readonly<Record<string, string>>;
}

/**
 * Reads every document of a run that has records, grouped into editions by family and date: the
 * date given for its file name, else the date printed on its cover, else one given for a coverless document.
 */
export async function readEditions(outDir: string, dates: GivenEditionDates = {}): Promise<{ editions: Edition[]; undated: UndatedDocument[] }> {
  const { byFileName = {}, coverless = {} } = dates;
  const root = join(outDir, 'documents');
  const byKey = new Map<string, Edition>();
  const undated: UndatedDocument[] = [];
  for (const documentId of await folders(root)) {
    const records = await readJson<RecordSet>(join(root, documentId, 'records.json'));
    if (records === undefined) continue;
    const document = (await readJson<DocumentText>(join(root, documentId, 'document.json')))!;
    const tables = (await readJson<Table[]>(join(root, documentId, 'tables.json'))) ?? [];
    const given = byFileName[document.source.file_name];
    const cover = given === undefined ? findEditionDate(document.pages) : null;
    const date = given ?? cover ?? coverless[document.source.sha256] ?? null;
    if (date === null) {
      undated.push({ documentId, fileName: document.source.file_name, dataset: records.profile });
      continue;
    }
    const source: EditionSource = {
      documentId,
      fileName: document.source.file_name,
      sha256: document.source.sha256,
      dateFrom: given !== undefined ? 'sources-file' : cover !== null ? 'cover' : 'command-line',
      document,
      tables,
      records,
    };
    const key = `${records.profile}/${date}`;
    const edition = byKey.get(key) ?? {
      dataset: records.profile,
      title: records.family?.title ?? records.profile,
      series: records.family?.series ?? records.profile,
      date,
      ministry: records.family?.ministry ?? null,
      sources: [],
    };
    edition.sources.push(source);
    byKey.set(key, edition);
  }
  const editions = [...byKey.values()];
  for (const edition of editions) edition.sources.sort((a, b) => a.fileName.localeCompare(b.fileName) || a.sha256.localeCompare(b.sha256));
  editions.sort((a, b) => a.series.localeCompare(b.series) || a.date.localeCompare(b.date) || a.dataset.localeCompare(b.dataset));
  return { editions, undated };
}

/** The revisions published of an edition, in order. */
export async function listRevisions(outDir: string, dataset: string, date: string): Promise<number[]> {
  return (await folders(join(outDir, dataset, date)))
    .map((name) => REVISION_FOLDER.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
}

/** The files of a published revision (all of them, by relative path, as bytes: CP932 copies are not UTF-8). */
export async function readRevisionFiles(folder: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(folder.length + 1).split('\\').join('/'), await readFile(path));
  }
  return files;
}

/** The records of a revision folder (its policies.json, else its cases.json), or undefined when it has neither. */
export async function readRevisionRecords(folder: string): Promise<EditionRecords | undefined> {
  const policies = await readJson<EditionPolicies>(join(folder, 'policies.json'));
  if (policies !== undefined) return { kind: 'policies', policies };
  const cases = await readJson<EditionCases>(join(folder, 'cases.json'));
  return cases === undefined ? undefined : { kind: 'cases', cases };
}

/** The records of an edition's latest revision, or undefined when it was never published. */
export async function readLatestRecords(outDir: string, dataset: string, date: string): Promise<EditionRecords | undefined> {
  const latest = (await listRevisions(outDir, dataset, date)).at(-1);
  return latest === undefined ? undefined : readRevisionRecords(join(outDir, dataset, date, `r${latest}`));
}

export const seriesIdsPath = (outDir: string, series: string): string => join(outDir, series, 'ids.json');

export async function readSeriesIds(outDir: string, series: string): Promise<SeriesIds> {
  return (await readJson<SeriesIds>(seriesIdsPath(outDir, series))) ?? emptySeriesIds(series);
}

/** The index of every dataset, edition and revision published under `outDir` (from the folders and their manifests). */
export async function buildEditionIndex(outDir: string): Promise<EditionIndex> {
  const datasets: IndexDataset[] = [];
  for (const dataset of await folders(outDir)) {
    if (dataset === 'documents') continue;
    const entry: IndexDataset = { dataset, title: dataset, series: dataset, editions: [] };
    for (const date of (await folders(join(outDir, dataset))).filter((d) => DATE_FOLDER.test(d))) {
      const revisions = [];
      for (const revision of await listRevisions(outDir, dataset, date)) {
        const path = `${dataset}/${date}/r${revision}`;
        const manifest = await readJson<EditionManifest>(join(outDir, path, 'manifest.json'));
        if (manifest === undefined) continue;
        entry.series = manifest.series;
        entry.title = manifest.title ?? dataset;
        revisions.push({ revision, path, sources: manifest.sources.map((s) => s.sha256) });
      }
      if (revisions.length > 0) entry.editions.push({ edition: date, latest: revisions.at(-1)!.path, revisions });
    }
    if (entry.editions.length > 0) datasets.push(entry);
  }
  return { schema_version: '1.0.0', datasets };
}

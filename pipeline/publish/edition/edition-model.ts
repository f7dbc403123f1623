import type { DocumentText, EditionCases, EditionPolicies, RecordSet, Table } from '../../../schemas/types.ts';

/** One source PDF of an edition, as the run published it under `documents/<id>/`. */
export interface EditionSource {
  documentId: string;
  fileName: string;
  sha256: string;
  /** Where the edition's date came from: the cover, the sources file, or the command line (a cover without a date). */
  dateFrom: 'cover' | 'sources-file' | 'command-line';
  document: DocumentText;
  tables: Table[];
  records: RecordSet;
}

/** One edition of a dataset: the documents of one family printed with one date. */
export interface Edition {
  /** The profile's id, e.g. `soumu-digiden-shisaku`. */
  dataset: string;
  /** The family's human name (the profile's title). */
  title: string;
  series: string;
  /** The edition's date, YYYY-MM-DD: given by the sources file, else printed on the cover. */
  date: string;
  /** Ministry of the family (cited as the publisher of the source), or null. */
  ministry: string | null;
  /** Sorted by file name, then sha256. */
  sources: EditionSource[];
}

/** What an edition publishes, by kind: a catalogue's policies (policies.json) or a collection's cases (cases.json). */
export type EditionRecords = { kind: 'policies'; policies: EditionPolicies } | { kind: 'cases'; cases: EditionCases };

/** An edition's cases as cases.json gives them, or null when it is no case collection (it printed none). */
export function editionCases(edition: Edition): EditionCases | null {
  const cases = edition.sources.flatMap((s) => s.records.cases ?? []);
  return cases.length === 0 ? null : { schema_version: '1.0.0', dataset: edition.dataset, series: edition.series, edition: edition.date, cases };
}

/** Where an edition's revision lives, relative to the output folder: `<dataset>/<date>/r<n>`. */
export const revisionPath = (dataset: string, date: string, revision: number): string => `${dataset}/${date}/r${revision}`;

/** Japanese labels of the budget stages. */
export const STAGE_LABELS: Readonly<Record<string, string>> = {
  initial: '当初',
  supplementary: '補正',
  draft: '予算(案)',
  request: '要求',
};

/** 「2023年度 予算(案)」, 「2022年度 第2次補正」. */
export function figureLabel(figure: { fiscal_year: number; stage: string; supplementary_no: number | null }): string {
  const stage = figure.stage === 'supplementary' && figure.supplementary_no !== null ? `第${figure.supplementary_no}次補正` : (STAGE_LABELS[figure.stage] ?? figure.stage);
  return `${figure.fiscal_year}年度 ${stage}`;
}

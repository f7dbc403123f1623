import type { Line, PolicyRecord, Table, TableCell } from '../../schemas/types.ts';
import type { PageLayout } from '../extract/types.ts';
import { normaliseCharacters } from '../normalise/normalise-text.ts';
import { linesInBoxes } from '../tables/cell-text.ts';
import { isDashCell } from '../tables/table-columns.ts';
import { labelMatches, readByOcr } from './find-labels.ts';
import { joinRun } from './join-text.ts';
import type { LabelSpec } from './profile.ts';
import { readMethod } from './read-method.ts';
import { emptyPolicy, fillField, flagContacts, joinWrappedPartOf, recordId, type FieldContext } from './record-fields.ts';
import type { PlacedLine } from './record-lines.ts';
import { YEAR_ALONE } from './year-rows.ts';

/**
 * What a catalogue table's column holds: a field of the vocabulary under its printed label (for one
 * year's budgets, with the unit its title gives their bare figures), or the records' numbers.
 */
type ColumnRole = { kind: 'field'; spec: LabelSpec; label: string; year?: { unit: string | undefined }; unnamed?: true } | { kind: 'number' } | null;

/** A column of numbers for the rows (「No.」, 「番号」): the record's number. */
const NUMBER_HEADER = /^(?:no\.?|番号|通し番号|整理番号|項番|事業番号)$/iu;

/** Field columns besides the name a table needs to be a catalogue's list, not a record's own table (事業名 | 交付先). */
const FIELD_COLUMNS = 2;

/** A catalogue printed as one table: one record to a row, its fields in the columns under their labels. */
export interface CatalogueTable {
  table: Table;
  roles: ColumnRole[];
  nameColumn: number;
}

const cellOf = (row: readonly TableCell[], column: number): TableCell | undefined => {
  const cell = row[column];
  return cell?.merged_into === null ? cell : cell === undefined ? undefined : row[cell.merged_into.col];
};

/** The header's text over each column, top to bottom: the header rows' cells, the spanning ones included. */
function columnHeaders(table: Table): string[][] {
  return Array.from({ length: table.column_count }, (_, column) =>
    table.header
      .map((row) => cellOf(row, column)?.text ?? '')
      .filter((text) => text !== '')
      .map((text) => normaliseCharacters(text).trim()),
  );
}

/** A money unit in brackets after a title: 「予算額（百万円）」, 「（単位：千円）」 (normalised). */
const BRACKETED_UNIT = /\(\s*(?:単位\s*:?\s*)?(千円|百万円|億円|円)\s*\)/u;

/**
 * A column of one year's budgets: headed by a year alone (「令和6年度案」, 「令和5年度」) under a title
 * that is a budget label, the figures' unit in brackets after it (「予算額（百万円）」): a header row
 * over the year columns, or the table's caption. The title's unit is the bare figures'.
 */
function yearBudget(header: string, titles: readonly string[], labels: readonly LabelSpec[]): ColumnRole {
  if (!YEAR_ALONE.test(header)) return null;
  for (const title of titles) {
    const spec = labels.find((candidate) => candidate.target.kind === 'budget' && labelMatches(candidate, title.replace(BRACKETED_UNIT, '')));
    if (spec !== undefined) return { kind: 'field', spec, label: header, year: { unit: BRACKETED_UNIT.exec(title)?.[1] } };
  }
  return null;
}

/** A header no label of the vocabulary names, read as a column of prose under its words (「根拠法令」, 「備考」): never a figure's. */
const HEADER_WORDS = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]{2,16}$/u;

/** A column's role from its header texts (its own title last) and the table's caption over them all. */
function roleOf(headers: readonly string[], caption: string | null, labels: readonly LabelSpec[]): ColumnRole {
  const header = headers.at(-1) ?? '';
  if (NUMBER_HEADER.test(header.replace(/\s+/gu, ''))) return { kind: 'number' };
  const spec = header === '' ? undefined : labels.find((candidate) => labelMatches(candidate, header));
  if (spec !== undefined) return { kind: 'field', spec, label: header };
  // A budget title with its unit in brackets (「令和6年度予算額（千円）」): its bare figures in that unit.
  const unit = BRACKETED_UNIT.exec(header)?.[1];
  const title = header.replace(BRACKETED_UNIT, '').trim();
  const budget = unit === undefined ? undefined : labels.find((candidate) => candidate.target.kind === 'budget' && labelMatches(candidate, title));
  if (budget !== undefined) return { kind: 'field', spec: budget, label: title, year: { unit } };
  const titles = [...headers.slice(0, -1).reverse(), ...(caption === null ? [] : [normaliseCharacters(caption).trim()])];
  const words = header.replace(/\s+/gu, '');
  return yearBudget(header, titles, labels) ?? (HEADER_WORDS.test(words) ? { kind: 'field', spec: { target: { kind: 'section', key: words }, variants: [words] }, label: words, unnamed: true } : null);
}

/**
 * The document's tables that list its records: a header row with a name label over one column
 * (施策名, 事業名) and field labels of the vocabulary over two more (概要, 予算額, 担当課), repeated
 * over the pages it runs on.
 */
export function catalogueTables(tables: readonly Table[], labels: readonly LabelSpec[]): CatalogueTable[] {
  return tables.flatMap((table) => {
    const roles = columnHeaders(table).map((headers) => roleOf(headers, table.caption, labels));
    const nameColumn = roles.findIndex((role) => role?.kind === 'field' && role.spec.target.kind === 'name');
    // Only columns the vocabulary names make a table a catalogue's; the others are read once it is one.
    const fields = roles.filter((role) => role?.kind === 'field' && role.spec.target.kind !== 'name' && role.unnamed !== true).length;
    return nameColumn >= 0 && fields >= FIELD_COLUMNS && table.rows.length > 0 ? [{ table, roles, nameColumn }] : [];
  });
}

/** Whether a line is printed inside one of the tables (by its centre). */
export function inCatalogueTable(tables: readonly CatalogueTable[]): (line: PlacedLine) => boolean {
  const regions = tables.flatMap(({ table }) => table.regions);
  return ({ line, page }) => {
    const [x, y] = [(line.bbox[0] + line.bbox[2]) / 2, (line.bbox[1] + line.bbox[3]) / 2];
    return regions.some((region) => region.page === page && x >= region.bbox[0] && x <= region.bbox[2] && y >= region.bbox[1] && y <= region.bbox[3]);
  };
}

/** A bare figure (「180」) in the unit its column's title names (「180百万円」); other text as printed. */
const inUnit = (text: string, unit: string | undefined): string => (unit !== undefined && /^[\d,.]+$/u.test(normaliseCharacters(text).trim()) ? `${text.trim()}${unit}` : text);

/** A record's row, with the rows that continue it (its name cell empty: the row broken over a page). */
function recordRows(catalogue: CatalogueTable): TableCell[][][] {
  const records: TableCell[][][] = [];
  for (const row of catalogue.table.rows) {
    const name = row[catalogue.nameColumn];
    const continues = name === undefined || name.merged_into !== null || name.text.trim() === '';
    if (continues && records.length > 0) records.at(-1)!.push(row);
    else if (!continues) records.push([row]);
  }
  return records;
}

/** What reading a catalogue table needs of the document: its lines, its pages, and the record's source. */
export interface TableReadContext {
  lines: readonly PlacedLine[];
  pageOf: (page: number) => PageLayout;
  source: { fileName: string; sha256: string };
}

/** A document's lines page by page, and the placed line each extracted line is. */
interface PlacedPages {
  onPage: (page: number) => readonly Line[];
  placed: ReadonlyMap<Line, PlacedLine>;
}

function placedPages(lines: readonly PlacedLine[]): PlacedPages {
  const byPage = new Map<number, Line[]>();
  for (const line of lines) {
    const onPage = byPage.get(line.page);
    if (onPage === undefined) byPage.set(line.page, [line.line]);
    else onPage.push(line.line);
  }
  return { onPage: (page) => byPage.get(page) ?? [], placed: new Map(lines.map((line) => [line.line, line])) };
}

/** Each column's lines in a record's rows, in reading order. */
function columnLines(rows: readonly TableCell[][], columns: number, { onPage, placed }: PlacedPages): PlacedLine[][] {
  return Array.from({ length: columns }, (_, column) =>
    rows.flatMap((cells) => {
      const cell = cells[column];
      if (cell === undefined || cell.merged_into !== null) return [];
      return linesInBoxes(onPage(cell.source.page), [cell.source.bbox])[0]!.map((line) => placed.get(line)!);
    }),
  );
}

/**
 * The records of a catalogue printed as a table: each row a record, named by its name column,
 * each labelled column parsed as that label's value is anywhere else (offices, budget lines, prose).
 */
export function readCatalogueTable(catalogue: CatalogueTable, context: TableReadContext, fields: FieldContext): PolicyRecord[] {
  const pages = placedPages(context.lines);
  const unnamed = catalogue.roles.flatMap((role) => (role?.kind === 'field' && role.unnamed === true ? [`「${role.label}」`] : []));
  if (unnamed.length > 0) {
    fields.issues.push({ type: 'labels-learned', message: `columns no spelling of the vocabulary names, read as sections under their headers: ${unnamed.join(', ')}`, record: '', page: catalogue.table.regions[0].page });
  }
  return recordRows(catalogue).flatMap((rows) => {
    const columns = columnLines(rows, catalogue.roles.length, pages);
    const nameLines = columns[catalogue.nameColumn]!;
    if (nameLines.length === 0) return [];
    const name = fields.tidy(joinRun(nameLines.map((line) => line.line.text)));
    const numberColumn = catalogue.roles.findIndex((role) => role?.kind === 'number');
    const number = numberColumn < 0 ? null : normaliseCharacters(columns[numberColumn]!.map((line) => line.line.text).join('')).trim() || null;
    const all = columns.flat();
    const recordPages = [...new Set(all.map((line) => line.page))].sort((a, b) => a - b) as [number, ...number[]];
    const record = emptyPolicy(recordId(fields.profile, name), { name, raw: nameLines.map((line) => line.line.text).join('\n'), number }, {
      sha256: context.source.sha256,
      file_name: context.source.fileName,
      pages: recordPages,
      ...readMethod(recordPages.map((page) => context.pageOf(page).page), all),
    });
    for (const [column, role] of catalogue.roles.entries()) {
      const lines = columns[column]!;
      if (role?.kind !== 'field' || role.spec.target.kind === 'name') continue;
      // An empty cell is reported as an empty label's value is anywhere else: the field is not read, and says so.
      if (lines.length === 0) {
        fields.issues.push({ type: 'missing-value', message: `no value in the 「${role.label}」 column on page ${recordPages[0]}`, record: name, page: recordPages[0] });
        continue;
      }
      // A dash under a year's title: no budget that year (a new project), not a figure to read.
      const printed = role.year === undefined ? lines : lines.filter((line) => !isDashCell(normaliseCharacters(line.line.text)));
      if (printed.length === 0) continue;
      const texts = printed.map((line) => inUnit(line.line.text, role.year?.unit));
      const items = printed.map((line) => ({ text: line.line.text, x0: line.line.bbox[0], x1: line.line.bbox[2] }));
      const key = role.spec.target.kind === 'section' ? role.spec.target.key || role.label : '';
      fillField(record, { target: role.spec.target, label: role.label, key, page: printed[0]!.page, texts, items, figures: joinWrappedPartOf(texts), underLabel: true, ocr: readByOcr(lines) }, fields);
    }
    flagContacts(record, fields, recordPages[0]);
    return [record];
  });
}

import { findTables as realFindTables, type FindTablesOptions } from '../../../pipeline/tables/find-tables.ts';
import type { PageLayout } from '../../../pipeline/extract/extract-page.ts';
import type { Table } from '../../../schemas/types.ts';

export * from '../../../pipeline/tables/find-tables.ts';

/** The tables stage with a bug that bites two-page documents: it reads a property of undefined. */
export function findTables(layouts: readonly PageLayout[], options?: FindTablesOptions): Table[] {
  const found = layouts.length === 2 ? undefined : { tables: realFindTables(layouts, options) };
  return found!.tables;
}

import type { PageLayout } from '../extract/types.ts';
import type { Line } from '../../schemas/types.ts';
import { closeLetterSpacing } from '../normalise/normalise-text.ts';

/** A line of a document with the page it is on: the unit records are built from. */
export interface PlacedLine {
  line: Line;
  page: number;
  /** Position in the document's reading order. */
  index: number;
}

/**
 * Every page's lines in reading order, page after page, without the page furniture
 * (`findPageFurniture`), letter-spaced lines read without their spaces (`closeLetterSpacing`).
 */
export function documentLines(layouts: readonly PageLayout[], furniture: ReadonlySet<Line>): PlacedLine[] {
  const lines: PlacedLine[] = [];
  for (const { page } of layouts) {
    for (const line of page.lines) {
      if (furniture.has(line)) continue;
      const text = closeLetterSpacing(line.text);
      lines.push({ line: text === line.text ? line : { ...line, text }, page: page.number, index: lines.length });
    }
  }
  return lines;
}

/** A document's lines grouped by the page they are on, in reading order within each. */
export function linesByPage(lines: readonly PlacedLine[]): Map<number, PlacedLine[]> {
  const byPage = new Map<number, PlacedLine[]>();
  for (const line of lines) {
    const onPage = byPage.get(line.page);
    if (onPage === undefined) byPage.set(line.page, [line]);
    else onPage.push(line);
  }
  return byPage;
}

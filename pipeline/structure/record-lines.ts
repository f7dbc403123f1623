import type { PageLayout } from '../extract/extract-page.ts';
import type { Line } from '../../schemas/types.ts';
import type { DocumentProfile } from './profile.ts';

/** A line of a document with the page it is on: the unit records are built from. */
export interface PlacedLine {
  line: Line;
  page: number;
  /** Position in the document's reading order. */
  index: number;
}

/** Every page's lines in reading order, page after page, without the running headers and footers. */
export function documentLines(layouts: readonly PageLayout[], profile: DocumentProfile): PlacedLine[] {
  const lines: PlacedLine[] = [];
  for (const { page } of layouts) {
    for (const line of page.lines) {
      if (line.bbox[3] <= profile.margins.top || line.bbox[1] >= page.height - profile.margins.bottom) continue;
      lines.push({ line, page: page.number, index: lines.length });
    }
  }
  return lines;
}

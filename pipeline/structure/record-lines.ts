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

/**
 * Every page's lines in reading order, page after page, without the running headers and footers:
 * lines whose middle lies in the profile's margins, and the profile's running header near the top. Not their whole box: a scan sits a few points
 * off where the page was printed, and OCR boxes a line taller than the text layer does.
 */
export function documentLines(layouts: readonly PageLayout[], profile: DocumentProfile): PlacedLine[] {
  const lines: PlacedLine[] = [];
  for (const { page } of layouts) {
    for (const line of page.lines) {
      const middle = (line.bbox[1] + line.bbox[3]) / 2;
      if (middle <= profile.margins.top || middle >= page.height - profile.margins.bottom) continue;
      if (profile.runningHeader?.test(line.text.replaceAll(' ', '')) === true && middle <= page.height / 10) continue;
      lines.push({ line, page: page.number, index: lines.length });
    }
  }
  return lines;
}

/**
 * What the extract stage hands the stages after it (tables, structure, the run): a page as read,
 * with the rules drawn on it. Boxes are in points, origin top-left, like every published box.
 */
import type { BBox, Page, QuarantinedPage } from '../../schemas/types.ts';

/** An image painted on the page, where it lands on the displayed page. */
export interface PlacedImage {
  /** pdf.js object id, to fetch the decoded pixels. */
  id: string;
  /** Points, top-left origin, like every published box. */
  bbox: BBox;
}

/** A straight horizontal or vertical rule (a table border, an underline), points, top-left origin. */
export interface Rule {
  orientation: 'horizontal' | 'vertical';
  /** Start and end along the rule, and its position across: x0 ≤ x1 and y for horizontal; y0 ≤ y1 and x for vertical. */
  from: number;
  to: number;
  at: number;
}

/** A page as published, with the rules drawn on it (the table stage reads both). */
export interface PageLayout {
  page: Page;
  rules: Rule[];
}

/** What assembly needs of the source file (not its bytes: pages may have been read elsewhere). */
export interface SourceSummary {
  fileName: string;
  sha256: string;
  bytes: number;
}

/** The pages read from a PDF (any subset, any order), and the pages that could not be read. */
export interface ExtractedPages {
  layouts: PageLayout[];
  quarantined: QuarantinedPage[];
}

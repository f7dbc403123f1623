import { createHash } from 'node:crypto';
import type { CaseField, CaseRecord, Page, RecordIssue } from '../../schemas/types.ts';
import type { PageLayout } from '../extract/types.ts';
import { unionBox } from '../bbox.ts';
import { readCaseFields } from './case-fields.ts';
import { parsePlace, type CasePlace } from './case-place.ts';
import { joinRun } from './join-text.ts';
import { bottom, left, lineText as text, top } from './line-geometry.ts';
import type { CaseLayout, DocumentProfile } from './profile.ts';
import { meanConfidence } from '../mean-confidence.ts';
import { readMethod } from './read-method.ts';
import type { PlacedLine } from './record-lines.ts';

export interface CaseExtraction {
  cases: CaseRecord[];
  issues: RecordIssue[];
}

/** A case's heading: its tag, the place and number the tag names, and the heading's lines. */
interface CaseHead {
  tag: PlacedLine;
  number: string | null;
  place: CasePlace;
  title: PlacedLine[];
  /** Left edge of the case's column: its tag's or its heading's, whichever is further left. */
  left: number;
}

/** How much larger than its tag a heading is printed, at least. */
const HEADING_SCALE = 1.2;
/** Headings of one page further apart than this (pt) stand in different columns. */
const COLUMN_GAP = 10;

const overlapX = (a: PlacedLine, b: PlacedLine): boolean => a.line.bbox[0] < b.line.bbox[2] && b.line.bbox[0] < a.line.bbox[2];

/** The chapter a chapter page opens (the line after its big number), or undefined for any other page. */
function chapterOf(lines: readonly PlacedLine[], rule: CaseLayout['chapter']): string | undefined {
  const at = lines.findIndex((l) => l.line.font_size >= rule.minFontSize && rule.number.test(text(l)));
  const name = at < 0 ? undefined : lines[at + 1];
  return name === undefined ? undefined : joinRun([name.line.text]);
}

/** A heading's lines: the first, and those of its size directly under it on its left edge (a wrapped heading). */
function headingLines(first: PlacedLine, lines: readonly PlacedLine[]): PlacedLine[] {
  const heading = [first];
  for (;;) {
    const last = heading.at(-1)!;
    const next = lines.find(
      (l) =>
        Math.abs(l.line.font_size - last.line.font_size) <= 0.1 * last.line.font_size &&
        Math.abs(left(l) - left(last)) <= 3 &&
        top(l) - bottom(last) >= -1 &&
        top(l) - bottom(last) <= last.line.font_size,
    );
    if (next === undefined) return heading;
    heading.push(next);
  }
}

/** The case headings of a page: a tag naming a place, with a larger heading close under it. */
function findHeads(lines: readonly PlacedLine[], layout: CaseLayout): CaseHead[] {
  const heads: CaseHead[] = [];
  for (const tag of lines) {
    const match = layout.tag.exec(text(tag));
    const place = match?.groups?.place === undefined ? undefined : parsePlace(match.groups.place, layout.municipalitySeparator);
    if (place === undefined) continue;
    const size = tag.line.font_size;
    const first = lines
      .filter((l) => l.line.font_size > HEADING_SCALE * size && overlapX(l, tag) && top(l) >= bottom(tag) - 1 && top(l) - bottom(tag) <= 2 * size)
      .sort((a, b) => top(a) - top(b))[0];
    if (first === undefined) continue;
    heads.push({ tag, number: match?.groups?.number ?? null, place, title: headingLines(first, lines), left: Math.min(left(tag), left(first)) });
  }
  return heads;
}

/**
 * The lines of each case of a page. Cases side by side split the page into columns at their left
 * edges (the leftmost column reaching the page's edge); cases one above the other in a column split
 * it at the lower one's tag.
 */
function caseLines(lines: readonly PlacedLine[], heads: readonly CaseHead[]): PlacedLine[][] {
  const lefts = [...new Set(heads.map((h) => h.left))].sort((a, b) => a - b).filter((x, i, all) => i === 0 || x - all[i - 1]! > COLUMN_GAP);
  const columnOf = (x: number): number => lefts.filter((edge) => x >= edge - COLUMN_GAP / 2).length - 1;
  return heads.map((head) => {
    const column = columnOf(head.left);
    const below = heads.filter((other) => columnOf(other.left) === column && top(other.tag) > top(head.tag)).map((other) => top(other.tag));
    const end = Math.min(...below);
    return lines.filter((l) => Math.max(0, columnOf(left(l))) === column && top(l) >= top(head.tag) - 1 && top(l) < end);
  });
}

/** Record id from the family, the heading and the place: deterministic, the same case gets the same id in a re-run. */
const caseId = (profile: DocumentProfile, key: string): string => `${profile.id.slice(0, 40)}-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;

/** What a case is read from: its heading, its lines on its page, and the page. */
interface CaseSpan {
  head: CaseHead;
  lines: PlacedLine[];
  page: Page;
}

/** One case, but for its id, from its heading and lines: title, place, the note under the heading and the field boxes. */
function readCase({ head, lines, page }: CaseSpan, profile: DocumentProfile, layout: CaseLayout, chapter: string | null, source: { fileName: string; sha256: string }, issues: RecordIssue[]): Omit<CaseRecord, 'id'> {
  const title = joinRun(head.title.map((l) => l.line.text));
  const body = lines.filter((l) => l !== head.tag && !head.title.includes(l));
  const lastTitle = head.title.at(-1)!;
  const note = body.find((l) => layout.note.pattern.test(text(l)) && top(l) >= bottom(lastTitle) - 1 && top(l) - bottom(lastTitle) <= lastTitle.line.font_size);
  const read = readCaseFields(body.filter((l) => l !== note), profile.labels, layout.itemMark);
  const noteField: CaseField[] = note === undefined ? [] : [{ label: layout.note.key, label_raw: null, text: text(note), raw: note.line.text }];
  for (const label of read.repeated) issues.push({ type: 'repeated-label', message: `「${label}」 again on page ${page.number}: kept the first`, record: title, page: page.number });
  if (read.fields.length === 0) issues.push({ type: 'missing-value', message: `no field boxes found for the case on page ${page.number}`, record: title, page: page.number });
  return {
    title,
    title_raw: head.title.map((l) => l.line.text.trim()).join('\n'),
    number: head.number,
    chapter,
    prefecture: head.place.prefecture,
    municipality: head.place.municipality,
    municipalities: head.place.municipalities,
    place_raw: head.tag.line.text.trim(),
    fields: [...noteField, ...read.fields],
    source: { sha256: source.sha256, file_name: source.fileName, pages: [page.number], bbox: unionBox(lines.map((l) => l.line.bbox)), ...readMethod([page], lines) },
  };
}

/** Adds the boxes of a page without a heading to the case it continues: a box under a label the case already has runs on. */
function continueCase(record: CaseRecord, fields: readonly CaseField[], page: Page, lines: readonly PlacedLine[]): void {
  for (const field of fields) {
    const same = record.fields.find((f) => f.label === field.label);
    if (same === undefined) record.fields.push(field);
    else Object.assign(same, { text: `${same.text}\n${field.text}`, raw: `${same.raw}\n${field.raw}` });
  }
  record.source.pages.push(page.number);
  const here = readMethod([page], lines);
  record.source.method = record.source.method === here.method ? here.method : 'mixed';
  record.source.ocr_confidence = meanConfidence([record.source.ocr_confidence, here.ocr_confidence].filter((c): c is number => c !== null));
}

/**
 * Reads a case collection's cases with its profile: chapters from their chapter pages, each case
 * from its tag and heading, and its field boxes (side by side or stacked) with their items. A page
 * with boxes but no heading continues the last case of the page before it (a case over two pages).
 */
export function extractCases(layouts: readonly PageLayout[], lines: readonly PlacedLine[], profile: DocumentProfile, source: { fileName: string; sha256: string }): CaseExtraction {
  const layout = profile.cases;
  if (layout === undefined) throw new Error(`Cannot read cases with profile ${profile.id}: it declares no case layout`);
  const cases: CaseRecord[] = [];
  const issues: RecordIssue[] = [];
  const ids = new Set<string>();
  let chapter: string | null = null;
  let continued: CaseRecord | undefined;
  for (const { page } of [...layouts].sort((a, b) => a.page.number - b.page.number)) {
    const onPage = lines.filter((l) => l.page === page.number);
    const opened = chapterOf(onPage, layout.chapter);
    const heads = opened === undefined ? findHeads(onPage, layout) : [];
    if (opened !== undefined) chapter = opened;
    if (heads.length === 0) {
      const more = opened === undefined && continued !== undefined ? readCaseFields(onPage, profile.labels, layout.itemMark).fields : [];
      if (more.length > 0) continueCase(continued!, more, page, onPage);
      else continued = undefined;
      continue;
    }
    for (const [k, own] of caseLines(onPage, heads).entries()) {
      const read = readCase({ head: heads[k]!, lines: own, page }, profile, layout, chapter, source, issues);
      const key = [read.title, read.prefecture, read.municipality ?? ''].join('\u0000');
      const id = caseId(profile, ids.has(caseId(profile, key)) ? `${key}\u0000${page.number}` : key);
      ids.add(id);
      cases.push({ id, ...read });
    }
    continued = cases.at(-1);
  }
  return { cases, issues };
}

import type { BBox } from '../../schemas/types.ts';
import type { Rule } from '../extract/types.ts';
import { findFigures } from '../normalise/japanese-amounts.ts';
import { normaliseCharacters } from '../normalise/normalise-text.ts';
import { glossUnder, type LabelHit } from './find-labels.ts';
import type { PlacedLine } from './record-lines.ts';

/** A label and the lines that hold its value. */
export interface LabelValue {
  hit: LabelHit;
  lines: PlacedLine[];
}

export interface AssignedValues {
  values: LabelValue[];
  /** Lines no label took (the office line, captions, figures printed apart from their label). */
  unassigned: PlacedLine[];
}

/** The ruled cell a label sits in, when the label fills a narrow cell of its own (a label column or header row). */
interface LabelCell {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

const centreY = (b: BBox): number => (b[1] + b[3]) / 2;
const centreX = (b: BBox): number => (b[0] + b[2]) / 2;
/** Points by which a line's box and a rule may miss each other and still meet. */
export const TOLERANCE = 1.5;
/** Whether a box stands under one of the heads (a year's head over its amount): the head's, not the label's. */
const underAnyHead = (heads: readonly LabelHit[], box: BBox): boolean => heads.some((head) => box[1] >= head.bbox[3] - TOLERANCE && box[0] < head.bbox[2] && head.bbox[0] < box[2]);
/** Font sizes closer than this (points) are one size. */
const SIZE_STEP = 0.3;

function horizontalAcross(rules: readonly Rule[], x0: number, x1: number): Rule[] {
  return rules.filter((r) => r.orientation === 'horizontal' && r.from < x1 - TOLERANCE && r.to > x0 + TOLERANCE);
}

export function verticalThrough(rules: readonly Rule[], y: number): Rule[] {
  return rules.filter((r) => r.orientation === 'vertical' && r.from <= y + TOLERANCE && r.to >= y - TOLERANCE);
}

/** The cell around a label, if rules close it on four sides. */
function enclosingCell(box: BBox, rules: readonly Rule[]): LabelCell | undefined {
  const across = horizontalAcross(rules, box[0], box[2]);
  const through = verticalThrough(rules, centreY(box));
  const top = Math.max(...across.filter((r) => r.at <= box[1] + TOLERANCE).map((r) => r.at));
  const bottom = Math.min(...across.filter((r) => r.at >= box[3] - TOLERANCE).map((r) => r.at));
  const left = Math.max(...through.filter((r) => r.at <= box[0] + TOLERANCE).map((r) => r.at));
  const right = Math.min(...through.filter((r) => r.at >= box[2] - TOLERANCE).map((r) => r.at));
  return [top, bottom, left, right].every(Number.isFinite) ? { top, bottom, left, right } : undefined;
}

const within = (box: BBox, cell: LabelCell): boolean => {
  const x = centreX(box);
  const y = centreY(box);
  return x > cell.left && x < cell.right && y > cell.top && y < cell.bottom;
};

/** Whether a line sits in a ruled grid cell (a table the prose around it must not run into). */
function inGrid(line: PlacedLine, rules: readonly Rule[]): boolean {
  const box = line.line.bbox;
  const across = horizontalAcross(rules, box[0], box[2]);
  const through = verticalThrough(rules, centreY(box));
  return (
    across.some((r) => r.at <= box[1] + TOLERANCE) &&
    across.some((r) => r.at >= box[3] - TOLERANCE) &&
    through.some((r) => r.at <= box[0] + TOLERANCE) &&
    through.some((r) => r.at >= box[2] - TOLERANCE)
  );
}

/**
 * The ruled box a label printed on a tab over it heads: its top rule just under the label, across
 * the label's width (「目的」 over a framed box holding its text).
 */
function boxUnder(hit: LabelHit, rules: readonly Rule[]): LabelCell | undefined {
  const [x0, , x1, y1] = hit.bbox;
  const height = hit.bbox[3] - hit.bbox[1];
  const top = horizontalAcross(rules, x0, x1).filter((r) => r.at >= y1 - TOLERANCE && r.at - y1 <= 1.5 * height && r.from <= x0 + TOLERANCE && r.to >= x1 - TOLERANCE);
  const first = top.sort((a, b) => a.at - b.at)[0];
  return first === undefined ? undefined : enclosingCell([x0, first.at + TOLERANCE * 2, x1, first.at + TOLERANCE * 2 + height], rules);
}

/**
 * A cell's lines without a figure printed in its band: a stop (「事業イメージ」 over a figure in the
 * right column) and what is printed under it from its left edge rightwards, in this cell and in the
 * cells below it (`figures` collects the stops met so far).
 */
function withoutFigures(found: (readonly [PlacedLine, number])[], figures: PlacedLine[], isStop: (line: PlacedLine) => boolean): (readonly [PlacedLine, number])[] {
  figures.push(...found.filter(([l]) => isStop(l)).map(([l]) => l));
  // From within an em left of the stop: a figure's first box may stand out a little (「[原材料確保)…」 under 「事業イメージ」).
  return found.filter(([l]) => !figures.some((stop) => stop.page === l.page && l.line.bbox[0] >= stop.line.bbox[0] - stop.line.font_size && l.line.bbox[1] >= stop.line.bbox[1] - TOLERANCE));
}

/**
 * The line read just before a label that is its value all the same: printed beside it on its row,
 * to its right, but set larger, so that its top stands higher (「110.0億円」 beside 「令和2年度補正予算額」).
 */
function readBefore(lines: readonly PlacedLine[], hit: LabelHit): number[] {
  const i = hit.first - 1;
  const line = lines[i];
  if (line === undefined || line.page !== hit.page || hit.inlineValue !== null) return [];
  const [x0, y0, , y1] = line.line.bbox;
  const onRow = y0 < centreY(hit.bbox) && y1 > centreY(hit.bbox) && y0 <= hit.bbox[1] + TOLERANCE;
  return onRow && x0 >= hit.bbox[2] - TOLERANCE && x0 - hit.bbox[2] < 3 * line.line.font_size ? [i] : [];
}

/** A line that carries a budget entry on: it prints a figure, or opens with a remark's bracket or mark. */
function goesOnBudget(line: PlacedLine): boolean {
  const text = normaliseCharacters(line.line.text).trim();
  return /^[(（※]/u.test(text) || findFigures(text, 0, text.length).length > 0;
}

/**
 * Whether a line of a value stands in a column beyond the rest of it: it starts right of where
 * every other line of the value on its page ends (a figure's caption in the next column, beside
 * the label: 「地域産品・サービスの磨き上げ・ブランディング支援」 by 「事業目的・概要」).
 */
function inColumnBeyond(lines: readonly PlacedLine[], own: readonly number[], i: number): boolean {
  const line = lines[i]!;
  const others = own.filter((j) => j !== i && lines[j]!.page === line.page).map((j) => lines[j]!.line.bbox[2]);
  return others.length >= 2 && line.line.bbox[0] > Math.max(...others) + TOLERANCE;
}

/** How far (in ems) a line may start right of the line before it on its row and still carry it on. */
const CARRY_ON_EMS = 3;

/**
 * Whether a line met while reading a value down its column stands in a column beyond it: the value
 * already has a line on its page, the line starts at least an em right of all the value so far, and
 * it does not carry on the line before it on its row (「給付額：」 of the figure beside 「成果目標」's last line).
 */
function startsColumnBeyond(line: PlacedLine, previous: PlacedLine, valueOnPage: boolean, valueRight: number): boolean {
  const box = line.line.bbox;
  const em = line.line.font_size;
  if (!valueOnPage || box[0] < valueRight + em) return false;
  const before = previous.line.bbox;
  const sameRow = previous.page === line.page && box[1] < before[3] && before[1] < box[3];
  return !(sameRow && box[0] - before[2] < CARRY_ON_EMS * em);
}

/**
 * Whether a line stands a blank line or more under the last of an entry's lines (`last`), starting
 * two ems or more right of its label's left edge: a wrapped entry goes on just under itself.
 */
function farBelowRight(line: PlacedLine, last: BBox, label: BBox): boolean {
  const em = line.line.font_size;
  return line.line.bbox[1] - last[3] > 1.5 * em && line.line.bbox[0] - label[0] >= 2 * em;
}

/** Whether a label's value so far opens on the label's rows, right of it: the label stands in a cell beside its value. */
function startsBeside(lines: readonly PlacedLine[], own: readonly number[], label: LabelHit): boolean {
  const first = own.length === 0 ? undefined : lines[own[0]!]!;
  if (first === undefined || first.page !== label.page) return false;
  const [x0, y0, , y1] = first.line.bbox;
  return x0 >= label.bbox[2] - TOLERANCE && y0 < label.bbox[3] && y1 > label.bbox[1];
}

/**
 * Whether a line starts back at an inline entry's label's left edge, within an em, where the entry has ended: its
 * wrapped lines all hung an em or more right of the label, or its last line closed on a figure, every bracket shut
 * (「【予算】…70.1億円【新規】」, then the measure's prose flush with the label).
 */
function backAtLabel(line: PlacedLine, label: LabelHit, own: readonly PlacedLine[]): boolean {
  const em = line.line.font_size;
  if (line.page !== label.page || line.line.bbox[0] - label.bbox[0] >= em) return false;
  const onPage = own.filter((l) => l.page === line.page);
  if (onPage.length > 0 && onPage.every((l) => l.line.bbox[0] - label.bbox[0] >= em)) return true;
  const entry = normaliseCharacters([label.inlineValue ?? '', ...own.map((l) => l.line.text)].join(''));
  const last = normaliseCharacters(own.at(-1)?.line.text ?? label.inlineValue ?? '');
  return findFigures(last, 0, last.length).length > 0 && bracketsShut(entry);
}

const bracketsShut = (text: string): boolean => (text.match(/[(（【「]/gu)?.length ?? 0) === (text.match(/[)）】」]/gu)?.length ?? 0);

/** Longest a figure's word is, in font sizes: a box's caption, not a line of text. */
const FIGURE_WORD_EMS = 8;

/**
 * Whether a line is a figure's word: short, on a row with another short line set two ems or more
 * apart within the value's column (「出資金」 and 「融資」 over the arrows of a scheme), where text
 * would run on in one line. A figure in the next column is not the value's to end.
 */
function scatteredWords(lines: readonly PlacedLine[], i: number, columnRight: number): boolean {
  const line = lines[i]!;
  const box = line.line.bbox;
  const em = line.line.font_size;
  const short = (b: BBox): boolean => b[2] - b[0] < FIGURE_WORD_EMS * em;
  if (line.line.confidence !== undefined || !short(box) || box[2] > columnRight) return false;
  return lines.some((other, j) => {
    const b = other.line.bbox;
    const overlap = Math.min(b[3], box[3]) - Math.max(b[1], box[1]);
    const gap = Math.max(b[0] - box[2], box[0] - b[2]);
    return j !== i && other.page === line.page && other.line.confidence === undefined && short(b) && b[2] <= columnRight && overlap > 0.5 * Math.min(b[3] - b[1], box[3] - box[1]) && gap >= GUTTER_EM * em;
  });
}

/** A gutter between columns, in font sizes: wider than a label stands from its value beside it. */
const GUTTER_EM = 2;

/** Whether a line stands on a label's row, a gutter or more right of it. */
function besideFarRight(hit: LabelHit, line: PlacedLine): boolean {
  const box = line.line.bbox;
  const em = hit.bbox[3] - hit.bbox[1];
  return line.page === hit.page && box[1] < centreY(hit.bbox) && box[3] > centreY(hit.bbox) && box[0] > hit.bbox[2] + GUTTER_EM * em;
}

/** Fewest labels stacked in a column, read one after another, that make a label column whatever their values; two make one only with a value beside each. */
const MIN_COLUMN_LABELS = 3;
const PAIRED_COLUMN_LABELS = 2;

/**
 * Runs of labels read one right after another (no line between them), on one page, at one left edge,
 * each below the one before: a label column whose values stand beside it, read after it.
 */
function labelColumns(hits: readonly LabelHit[]): LabelHit[][] {
  const runs: LabelHit[][] = [];
  for (const hit of hits) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    const continues = previous !== undefined && hit.inlineValue === null && hit.first === previous.last + 1 && hit.page === previous.page &&
      Math.abs(hit.bbox[0] - previous.bbox[0]) <= 2 * TOLERANCE && hit.bbox[1] >= previous.bbox[3] - TOLERANCE;
    if (continues) run!.push(hit);
    else runs.push(hit.inlineValue === null ? [hit] : []);
  }
  return runs.filter((run) => run.length >= PAIRED_COLUMN_LABELS);
}

/**
 * Finds each label's value, label-driven rather than by fixed coordinates: for a label in a ruled
 * cell, the cells to its right in the same row (up to the next label), or else the cell below it in
 * the same column (a header row); for any other label, the lines after it in reading order up to
 * the next label, a section stop, or a table it does not belong to.
 */
export function assignValues(
  lines: readonly PlacedLine[],
  hits: readonly LabelHit[],
  rulesOfPage: (page: number) => readonly Rule[],
  isStop: (line: PlacedLine) => boolean,
): AssignedValues {
  const labelLine = new Set(hits.flatMap((h) => Array.from({ length: h.last - h.first + 1 }, (_, k) => h.first + k)));
  const taken = new Set<number>();
  const free = (i: number): boolean => !labelLine.has(i) && !taken.has(i);
  const values = new Map<LabelHit, number[]>();
  const figures: PlacedLine[] = [];

  // A label alone in its ruled cell (a label column, a header row) has its value in another cell;
  // a label sharing its frame with text (a heading inside a box) reads on below.
  const cells = new Map<LabelHit, LabelCell>();
  for (const hit of hits) {
    if (hit.inlineValue !== null) continue;
    const cell = enclosingCell(hit.bbox, rulesOfPage(hit.page));
    const alone = cell !== undefined && !lines.some((l, i) => l.page === hit.page && !labelLine.has(i) && within(l.line.bbox, cell));
    // Labels side by side in one cell (a scan's rules between year heads not found) are a row of labels, not each a cell.
    const sharing = cell !== undefined && hits.some((other) => other !== hit && other.page === hit.page && within(other.bbox, cell) && Math.abs(centreY(other.bbox) - centreY(hit.bbox)) < (hit.bbox[3] - hit.bbox[1]) / 2);
    if (cell !== undefined && alone && !sharing) cells.set(hit, cell);
  }

  for (const [hit, cell] of cells) {
    const rules = rulesOfPage(hit.page);
    const onPage = lines.map((l, i) => [l, i] as const).filter(([l, i]) => l.page === hit.page && free(i));
    const nextLabelX = Math.min(
      ...[...cells].filter(([other, c]) => other.page === hit.page && c.top === cell.top && c.left > cell.left).map(([, c]) => c.left),
    );
    let found = onPage.filter(([l]) => {
      const y = centreY(l.line.bbox);
      const x = centreX(l.line.bbox);
      return y > cell.top && y < cell.bottom && l.line.bbox[0] >= cell.right - TOLERANCE && x < nextLabelX;
    });
    if (found.length === 0) {
      // The cell below, down to its rule; with no rule under it, no further than the next block's label
      // down the page, one starting at or left of the cell's edge and reaching into it: the short last
      // line of a paragraph further down, centred in the label column, is not the cell's; a year head
      // inside the value (「令和3年度当初」) or a label in another column ends nothing.
      const rule = Math.min(...horizontalAcross(rules, cell.left, cell.right).filter((r) => r.at > cell.bottom + TOLERANCE).map((r) => r.at));
      // A label with its entry on its line inside the cell below (「【予算(財投等)】…（元年度：」 under a 【予算】
      // header cell) takes that line and the lines that wrap it: the header's value ends there.
      const startsBlock = (other: LabelHit): boolean =>
        (other.bbox[0] <= cell.left + TOLERANCE && other.bbox[2] > cell.left) || (other.inlineValue !== null && centreX(other.bbox) > cell.left && centreX(other.bbox) < cell.right);
      const nextBlock = hits.filter((other) => other !== hit && other.page === hit.page && other.bbox[1] >= cell.bottom - TOLERANCE && startsBlock(other));
      const nextLabel = Math.min(...nextBlock.map((other) => other.bbox[1]));
      const below = Math.min(rule, nextLabel);
      found = onPage.filter(([l]) => {
        const y = centreY(l.line.bbox);
        const x = centreX(l.line.bbox);
        return y > cell.bottom && y < below && x > cell.left && x < cell.right;
      });
    }
    // A label printed inside the value's cell (「令和3年度当初」 heading its amount, in a cell of its own or
    // not) takes what is printed under it.
    // So does a year's head under the label (「令和5年度予算(案)」 over its amount, under 予算額 in a header row).
    const headUnder = (other: LabelHit): boolean => other.spec.alone === true && other.bbox[1] >= hit.bbox[3] - TOLERANCE && other.bbox[0] >= cell.left - TOLERANCE && other.bbox[2] <= cell.right + TOLERANCE;
    const heads = hits.filter((other) => other !== hit && other.page === hit.page && (within(other.bbox, { ...cell, left: cell.right, right: nextLabelX }) || headUnder(other)));
    found = withoutFigures(found.filter(([l]) => !underAnyHead(heads, l.line.bbox)), figures, isStop);
    values.set(hit, found.map(([, i]) => i));
    for (const [, i] of found) taken.add(i);
  }

  // A row of labels that the rules do not close into cells (a header row, or labels each beside its
  // value on one line): each label takes the lines beside it up to the next label of the row, and
  // the lines under the row in its column (the band between it and its neighbours), down to the next
  // label below.
  const inRow = new Set<LabelHit>();
  // A label whose ruled cell gave it nothing (its value's cell spans several columns) is read so too.
  const unplaced = (hit: LabelHit): boolean => hit.inlineValue === null && (!cells.has(hit) || (values.get(hit)?.length ?? 0) === 0);
  for (const hit of hits) {
    if (!unplaced(hit)) continue;
    const row = hits.filter((other) => other.page === hit.page && other.inlineValue === null && Math.abs(centreY(other.bbox) - centreY(hit.bbox)) < (hit.bbox[3] - hit.bbox[1]) / 2);
    if (row.length < 2) continue;
    inRow.add(hit);
    const centres = row.map((other) => centreX(other.bbox)).sort((a, b) => a - b);
    const k = centres.indexOf(centreX(hit.bbox));
    const from = k === 0 ? -Infinity : (centres[k - 1]! + centres[k]!) / 2;
    const to = k === centres.length - 1 ? Infinity : (centres[k]! + centres[k + 1]!) / 2;
    const nextX = Math.min(...row.filter((other) => other.bbox[0] > hit.bbox[0]).map((other) => other.bbox[0]));
    const rowBottom = Math.max(...row.map((other) => other.bbox[3]));
    // A year's head over its figure (「令和5年度予算(案)」, printed alone) inside a value below ends no column's value.
    const nextTop = Math.min(...hits.filter((other) => other.page === hit.page && other.bbox[1] > rowBottom && other.spec.alone !== true).map((other) => other.bbox[1]));
    const beside = (box: BBox): boolean => Math.abs(centreY(box) - centreY(hit.bbox)) < (hit.bbox[3] - hit.bbox[1]) / 2 && box[0] >= hit.bbox[2] - TOLERANCE && box[0] < nextX;
    // What a year's head under the row heads is that head's.
    const heads = hits.filter((other) => other.page === hit.page && other.spec.alone === true && other.bbox[1] > rowBottom);
    // A scan's OCR boxes crowded rows into each other: a figure whose box overlaps the head's by a point or two, its middle under it, is under it.
    const under = (box: BBox): boolean => box[1] >= hit.bbox[3] - TOLERANCE || (box[1] > centreY(hit.bbox) && centreY(box) > hit.bbox[3]);
    const below = (box: BBox): boolean => under(box) && box[3] <= nextTop + TOLERANCE && centreX(box) > from && centreX(box) < to && !underAnyHead(heads, box);
    const found = withoutFigures(lines.map((l, i) => [l, i] as const).filter(([l, i]) => l.page === hit.page && free(i) && (beside(l.line.bbox) || below(l.line.bbox))), figures, isStop);
    values.set(hit, found.map(([, i]) => i));
    for (const [, i] of found) taken.add(i);
  }

  // A column of labels read before the values beside them (an unruled form: the labels at one left edge,
  // each value on its label's row to the right): each label takes the lines right of the column from its
  // row down to the next label's, the last one its block of lines.
  const inColumn = new Set<LabelHit>();
  for (const run of labelColumns(hits.filter((hit) => unplaced(hit) && !inRow.has(hit)))) {
    const right = Math.max(...run.map((hit) => hit.bbox[2]));
    const besideColumn = lines.map((l, i) => [l, i] as const).filter(([l, i]) => l.page === run[0]!.page && free(i) && l.line.bbox[0] >= right - TOLERANCE);
    const found = run.map((hit, k) => {
      // The last label's band ends at the next label down the page, one read after the values (「成果指標」 on its row).
      const below = run[k + 1]?.bbox[1] ?? Math.min(...hits.filter((other) => other.page === hit.page && other.bbox[1] > hit.bbox[3] - TOLERANCE).map((other) => other.bbox[1]));
      const band = besideColumn.filter(([l]) => centreY(l.line.bbox) >= hit.bbox[1] - TOLERANCE && centreY(l.line.bbox) < below - TOLERANCE).sort(([a], [b]) => a.line.bbox[1] - b.line.bbox[1]);
      // The block on the label's row and the lines that carry it on down, no gap wider than a line between them.
      const block: (readonly [PlacedLine, number])[] = [];
      for (const entry of band) {
        const last = block.at(-1)?.[0].line.bbox ?? hit.bbox;
        if (entry[0].line.bbox[1] - last[3] > entry[0].line.font_size) break;
        block.push(entry);
      }
      return block;
    });
    // Two labels make a column only with a value starting on each one's row (「概要：」 over 「予算：」, each beside its text).
    const besideEach = run.every((hit, k) => found[k]!.length > 0 && Math.abs(centreY(found[k]![0]![0].line.bbox) - centreY(hit.bbox)) < (hit.bbox[3] - hit.bbox[1]) / 2);
    if (run.length < MIN_COLUMN_LABELS && !besideEach) continue;
    run.forEach((hit, k) => {
      values.set(hit, found[k]!.map(([, i]) => i));
      for (const [, i] of found[k]!) taken.add(i);
      inColumn.add(hit);
    });
  }

  for (const [n, hit] of hits.entries()) {
    if (cells.has(hit) || inRow.has(hit) || inColumn.has(hit)) continue;
    const end = hits[n + 1]?.first ?? lines.length;
    const own: number[] = readBefore(lines, hit).filter(free);
    const labelInGrid = inGrid(lines[hit.first]!, rulesOfPage(hit.page));
    const box = boxUnder(hit, rulesOfPage(hit.page));
    const valueUnder = lines.slice(hit.last + 1, end).some((l) => l.page === hit.page && !glossUnder(hit, l) && l.line.bbox[1] >= hit.bbox[3] - TOLERANCE && l.line.bbox[0] < hit.bbox[2] && l.line.bbox[2] > hit.bbox[0]);
    const labelSize = lines[hit.first]!.line.font_size;
    // OCR boxes vary by a point from line to line: only text-layer sizes tell a heading from its text.
    const textLayerSizes = lines[hit.first]!.line.confidence === undefined;
    let valueSize: number | undefined;
    let valueRight = lines[hit.first]!.line.bbox[2];
    // Where the next column starts, once reading order has gone into it: its lines are not this value's.
    let nextColumn: { page: number; x: number } | undefined;
    for (let i = hit.last + 1; i < end; i++) {
      const line = lines[i]!;
      const inBox = box !== undefined && line.page === hit.page && within(line.line.bbox, box);
      // A stop (a figure's caption) in the next column, right of all the value so far, heads that column's figure only.
      if (isStop(line) && line.page === lines[hit.first]!.page && line.line.bbox[0] >= valueRight && own.length === 0 && nextColumn === undefined) {
        nextColumn = { page: line.page, x: line.line.bbox[0] };
        continue;
      }
      if (isStop(line) || (!labelInGrid && !inBox && inGrid(line, rulesOfPage(line.page)))) break;
      // A section printed under its heading: a line on the heading's row far right of it is the next column's (its heading).
      if (nextColumn === undefined && own.length === 0 && valueUnder && hit.spec.target.kind === 'section' && besideFarRight(hit, line)) {
        nextColumn = { page: line.page, x: line.line.bbox[0] };
        continue;
      }
      // Reading order going back up the page, to the right of all the value so far: the next column's text, not this value's.
      // Beside a label wrapped over lines (「目的」 over its gloss 「Purpose」), the value starts at the label's first line;
      // so it does after the label's gloss read before it.
      let earlier = i - 1;
      while (earlier > hit.last && glossUnder(hit, lines[earlier]!)) earlier--;
      const previous = lines[earlier <= hit.last ? hit.first : earlier]!;
      if (line.page === previous.page && line.line.bbox[1] < previous.line.bbox[1] - previous.line.font_size && line.line.bbox[0] >= valueRight) nextColumn = { page: line.page, x: line.line.bbox[0] };
      // Reading order crossing into the next column on the same row (a figure's text beside the value's
      // last lines): a line starting an em right of all the value so far, not carrying on the line before it.
      if (nextColumn === undefined && startsColumnBeyond(line, previous, own.some((j) => lines[j]!.page === line.page), valueRight)) nextColumn = { page: line.page, x: line.line.bbox[0] };
      if (nextColumn !== undefined && line.page === nextColumn.page) {
        // The next column's lines start within an em of its first (indents, bullets, a figure's captions).
        if (line.line.bbox[0] >= nextColumn.x - line.line.font_size) continue;
        // Back from the next column: only text that goes on down this value's own column is still the value.
        const last = lines[own.at(-1) ?? hit.last]!.line.bbox;
        const below = line.line.bbox[1] >= last[3] - TOLERANCE && line.line.bbox[1] - last[3] <= 3 * line.line.font_size;
        if (!below || line.line.bbox[0] >= valueRight || line.line.bbox[2] <= last[0]) break;
      }
      if (hit.spec.until?.test(normaliseCharacters(line.line.text).trim())) break;
      if (glossUnder(hit, line)) continue;
      // A value beside its label's cell (「事業の内容」 wrapped in a narrow cell at the left): a line starting under the
      // label, left of its right edge, is out of the value's cell (a target printed across the page under the box).
      if (hit.inlineValue === null && line.page === hit.page && startsBeside(lines, own, hit) && line.line.bbox[0] < hit.bbox[2] - TOLERANCE && line.line.bbox[1] >= hit.bbox[3] - TOLERANCE) break;
      // Where the value stands under its label, a line wholly left of the label (the office read between
      // 「令和6年度予算案」 in a box at the top right and its amount) is another column's.
      if (valueUnder && line.page === hit.page && line.line.bbox[2] < hit.bbox[0] - TOLERANCE) continue;
      // An entry printed on its label's line (【予算】 …) wraps under or right of it: a line starting further left is not its;
      // nor one a blank line further down standing well right of the label (a figure's 「環境省 → 地方公共団体」 under ■実施期間：…).
      if (hit.inlineValue !== null && line.page === hit.page && line.line.bbox[0] < hit.bbox[0] - 2) break;
      if (hit.inlineValue !== null && line.page === hit.page && farBelowRight(line, lines[own.at(-1) ?? hit.last]!.line.bbox, hit.bbox)) break;
      if (hit.spec.target.kind === 'budget' && hit.inlineValue !== null && backAtLabel(line, hit, own.map((j) => lines[j]!)) && !goesOnBudget(line)) break;
      // A value does not run on into a page that opens with a heading (a case page after the policy).
      const before = lines[i - 1]!;
      if (line.page !== before.page && line.line.font_size > 1.15 * before.line.font_size) break;
      // Nor a budget's, once it has figures, into a page whose first line has none, nor a remark's bracket or mark:
      // that is the next record's title and text (its name not found), not the budget's.
      const valuePage = own.length > 0 ? lines[own.at(-1)!]!.page : hit.inlineValue !== null ? hit.page : undefined;
      if (hit.spec.target.kind === 'budget' && valuePage !== undefined && line.page !== valuePage && !goesOnBudget(line)) break;
      // A heading in the label's own size, larger than the value's text (「補助対象」 under 〈期待される効果〉's text), opens another block.
      const heading =
        textLayerSizes && line.line.confidence === undefined && valueSize !== undefined && labelSize > valueSize + SIZE_STEP && Math.abs(line.line.font_size - labelSize) < SIZE_STEP;
      if (heading) break;
      // A figure drawn under a section (a 事業スキーム of boxes and arrows, unlabelled): its words stand apart on one row.
      if (own.length > 0 && hit.spec.target.kind === 'section' && textLayerSizes && scatteredWords(lines, i, valueRight)) break;
      if (free(i)) {
        own.push(i);
        valueSize ??= line.line.font_size;
        valueRight = Math.max(valueRight, line.line.bbox[2]);
      }
    }
    const kept = own.filter((i) => !inColumnBeyond(lines, own, i));
    values.set(hit, kept);
    for (const i of kept) taken.add(i);
  }

  return {
    values: hits.map((hit) => ({ hit, lines: (values.get(hit) ?? []).sort((a, b) => a - b).map((i) => lines[i]!) })),
    unassigned: lines.filter((_, i) => free(i)),
  };
}

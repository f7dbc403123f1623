import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { BBox } from '../../schemas/types.ts';
import { OPS } from './pdfjs.ts';
import type { PlacedImage, Rule } from './types.ts';

/** What the operator list says is on a page, beyond its text layer. */
export interface PageContent {
  images: PlacedImage[];
  rules: Rule[];
  /** Text-showing operators: 0 means the page has no text layer at all. */
  textOperators: number;
  /**
   * Of those, the ones drawn invisible (text render mode 3, or 7: clip only): the OCR layer a
   * scanner's software lays over its scan, which is read but never seen.
   */
  invisibleTextOperators: number;
}

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/** The box of the unit square under `m` (an image is painted into the unit square of its CTM). */
function unitSquareBox(m: Matrix): BBox {
  const xs = [m[4], m[4] + m[0], m[4] + m[2], m[4] + m[0] + m[2]];
  const ys = [m[5], m[5] + m[1], m[5] + m[3], m[5] + m[1] + m[3]];
  const round = (n: number): number => Math.round(n * 100) / 100;
  return [round(Math.min(...xs)), round(Math.min(...ys)), round(Math.max(...xs)), round(Math.max(...ys))];
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** pdf.js `DrawOPS`: the path codes inside a `constructPath` operator's data. */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

/** Thickest filled rectangle still read as a rule rather than a shaded box, in points. */
const MAX_RULE_THICKNESS = 2.5;
/** Shortest rule kept, in points (shorter strokes are glyph-like decoration). */
const MIN_RULE_LENGTH = 4;

function ruleOf(a: [number, number], b: [number, number]): Rule | undefined {
  const round = (n: number): number => Math.round(n * 100) / 100;
  if (Math.abs(a[1] - b[1]) < 0.5 && Math.abs(a[0] - b[0]) >= MIN_RULE_LENGTH) {
    return { orientation: 'horizontal', from: round(Math.min(a[0], b[0])), to: round(Math.max(a[0], b[0])), at: round((a[1] + b[1]) / 2) };
  }
  if (Math.abs(a[0] - b[0]) < 0.5 && Math.abs(a[1] - b[1]) >= MIN_RULE_LENGTH) {
    return { orientation: 'vertical', from: round(Math.min(a[1], b[1])), to: round(Math.max(a[1], b[1])), at: round((a[0] + b[0]) / 2) };
  }
  return undefined;
}

/**
 * Rules drawn by one path: stroked straight edges, and filled rectangles thin enough to be lines
 * (browsers and office suites draw table borders both ways).
 */
function rulesOfPath(data: ArrayLike<number>, ctm: Matrix, stroked: boolean, filled: boolean): Rule[] {
  const rules: Rule[] = [];
  const subpaths: [number, number][][] = [];
  let current: [number, number][] = [];
  for (let i = 0; i < data.length; ) {
    const code = data[i++];
    if (code === MOVE_TO) {
      if (current.length > 0) subpaths.push(current);
      current = [apply(ctm, data[i++]!, data[i++]!)];
    } else if (code === LINE_TO) {
      current.push(apply(ctm, data[i++]!, data[i++]!));
    } else if (code === CURVE_TO) {
      i += 6;
      if (current.length > 0) subpaths.push(current);
      current = [];
    } else if (code === QUADRATIC_CURVE_TO) {
      i += 4;
      if (current.length > 0) subpaths.push(current);
      current = [];
    } else if (code === CLOSE_PATH) {
      if (current.length > 0) current.push(current[0]!);
    } else {
      break;
    }
  }
  if (current.length > 0) subpaths.push(current);

  for (const points of subpaths) {
    if (stroked) {
      for (let k = 1; k < points.length; k++) {
        const rule = ruleOf(points[k - 1]!, points[k]!);
        if (rule !== undefined) rules.push(rule);
      }
    }
    if (filled && points.length >= 4) {
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      if (y1 - y0 <= MAX_RULE_THICKNESS) {
        const rule = ruleOf([x0, (y0 + y1) / 2], [x1, (y0 + y1) / 2]);
        if (rule !== undefined) rules.push(rule);
      } else if (x1 - x0 <= MAX_RULE_THICKNESS) {
        const rule = ruleOf([(x0 + x1) / 2, y0], [(x0 + x1) / 2, y1]);
        if (rule !== undefined) rules.push(rule);
      }
    }
  }
  return rules;
}

const STROKING = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke]);
const FILLING = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke]);

/** Text render modes that paint nothing: 3 (invisible) and 7 (added to the clip only). */
const INVISIBLE_RENDER_MODES = new Set([3, 7]);

/** Walks a page's operator list, following the transformation matrix, to find its images and text. */
export async function readPageContent(page: PDFPageProxy): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const { fnArray, argsArray } = await page.getOperatorList();
  // The text render mode is graphics state: saved and restored with the matrix.
  const stack: { ctm: Matrix; renderMode: number }[] = [];
  let ctm = viewport.transform as Matrix;
  let renderMode = 0;
  const images: PlacedImage[] = [];
  const rules: Rule[] = [];
  let textOperators = 0;
  let invisibleTextOperators = 0;
  for (let i = 0; i < fnArray.length; i++) {
    const op = fnArray[i];
    const args = argsArray[i] as unknown[];
    switch (op) {
      case OPS.save:
        stack.push({ ctm, renderMode });
        break;
      case OPS.restore:
        ({ ctm, renderMode } = stack.pop() ?? { ctm, renderMode });
        break;
      case OPS.setTextRenderingMode:
        renderMode = args[0] as number;
        break;
      case OPS.transform:
        ctm = multiply(ctm, args as Matrix);
        break;
      case OPS.paintFormXObjectBegin:
        stack.push({ ctm, renderMode });
        if (Array.isArray(args[0])) ctm = multiply(ctm, args[0] as Matrix);
        break;
      case OPS.paintFormXObjectEnd:
        ({ ctm, renderMode } = stack.pop() ?? { ctm, renderMode });
        break;
      case OPS.constructPath: {
        // pdf.js ≥ 5: [painting operator, [path data], bounding box].
        const [paint, [data]] = args as [number, [ArrayLike<number> | null]];
        if (data != null) rules.push(...rulesOfPath(data, ctm, STROKING.has(paint), FILLING.has(paint)));
        break;
      }
      case OPS.paintImageXObject:
        images.push({ id: args[0] as string, bbox: unitSquareBox(ctm) });
        break;
      case OPS.showText:
      case OPS.showSpacedText:
      case OPS.nextLineShowText:
      case OPS.nextLineSetSpacingShowText:
        textOperators++;
        if (INVISIBLE_RENDER_MODES.has(renderMode)) invisibleTextOperators++;
        break;
    }
  }
  return { images, rules, textOperators, invisibleTextOperators };
}

import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { BBox } from '../../schemas/types.ts';
import { OPS } from './pdfjs.ts';
import { coveredTexts, type CoveredText, type Paint } from './covered-text.ts';
import { applyTextOperator, initialTextState, showText, type FontMetrics, type ShownText, type TextState } from './shown-text.ts';
import { multiply, subpathsOf, type Matrix, type Point, type Subpath } from './path-geometry.ts';
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
  /** Text a shape painted later hides: left out of the page's lines. */
  coveredText: CoveredText[];
}

/** The box of the unit square under `m` (an image is painted into the unit square of its CTM). */
function unitSquareBox(m: Matrix): BBox {
  const xs = [m[4], m[4] + m[0], m[4] + m[2], m[4] + m[0] + m[2]];
  const ys = [m[5], m[5] + m[1], m[5] + m[3], m[5] + m[1] + m[3]];
  const round = (n: number): number => Math.round(n * 100) / 100;
  return [round(Math.min(...xs)), round(Math.min(...ys)), round(Math.max(...xs)), round(Math.max(...ys))];
}

/** Thickest filled rectangle still read as a rule rather than a shaded box, in points. */
const MAX_RULE_THICKNESS = 2.5;
/** Shortest rule kept, in points (shorter strokes are glyph-like decoration). */
const MIN_RULE_LENGTH = 4;

function ruleOf(a: Point, b: Point): Rule | undefined {
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
function rulesOfPath(subpaths: readonly Subpath[], stroked: boolean, filled: boolean): Rule[] {
  const rules: Rule[] = [];
  for (const { points, curved } of subpaths) {
    if (stroked) {
      for (let k = 1; k < points.length; k++) {
        const rule = curved[k] === true ? undefined : ruleOf(points[k - 1]!, points[k]!);
        if (rule !== undefined) rules.push(rule);
      }
    }
    if (filled && points.length >= 4 && !curved.includes(true)) {
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

/** What `q` saves and `Q` restores, of what this walk follows. */
interface GraphicsState {
  ctm: Matrix;
  renderMode: number;
  text: TextState;
  /** Whether a fill now paints solid: no transparency, blend mode or soft mask lets what is under it show. */
  opaque: boolean;
  /** The box of the clipping path, when one was set. */
  clip: BBox | undefined;
  /** The fill colour as RGB hex, while it is one flat colour (not a pattern). */
  fillColour: string | undefined;
}

const boxOf = (subpaths: readonly Subpath[]): BBox => {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { points } of subpaths) {
    for (const [x, y] of points) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  }
  return box;
};
const intersect = (a: BBox | undefined, b: BBox): BBox => (a === undefined ? b : [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])]);

/** Whether fills stay solid after an ExtGState: pdf.js passes its entries as [key, value] pairs. */
function opaqueAfter(opaque: boolean, entries: readonly [string, unknown][]): boolean {
  let solid = opaque;
  if (!Array.isArray(entries)) return solid;
  for (const [key, value] of entries) {
    if (key === 'ca') solid = (value as number) >= 0.99;
    else if (key === 'BM') solid = solid && (value === 'Normal' || value === 'Compatible' || (Array.isArray(value) && value[0] === 'Normal'));
    else if (key === 'SMask') solid = solid && (value === false || value === undefined);
  }
  return solid;
}

/** Walks a page's operator list, following the graphics state, to find its images, rules and text. */
export async function readPageContent(page: PDFPageProxy): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const { fnArray, argsArray } = await page.getOperatorList();
  const fontOf = (name: string): FontMetrics => {
    const font = page.commonObjs.has(name) ? (page.commonObjs.get(name) as { fontMatrix?: number[]; vertical?: boolean }) : undefined;
    return { fontScale: font?.fontMatrix?.[0] ?? 0.001, vertical: font?.vertical === true };
  };
  const stack: GraphicsState[] = [];
  // Changed in place, copied by `q`: a page has thousands of operators.
  let state: GraphicsState = { ctm: viewport.transform as Matrix, renderMode: 0, text: initialTextState(), opaque: true, clip: undefined, fillColour: '#000000' };
  const restore = (): void => {
    state = stack.pop() ?? state;
  };
  const save = (): void => {
    stack.push({ ...state, text: { ...state.text } });
  };
  let clipping = false;
  const images: PlacedImage[] = [];
  const rules: Rule[] = [];
  const shown: ShownText[] = [];
  const painted: Paint[] = [];
  const pageSize = { width: viewport.width, height: viewport.height };
  // What paints an area in no colour known here (an image, a shading): text over it is never camouflaged.
  const paintUnknown = (order: number, box: BBox): void => {
    const [x0, y0, x1, y1] = box;
    const subpaths: Subpath[] = [{ points: [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]], curved: [false, false, false, false, false] }];
    painted.push({ order, subpaths, bbox: box, clip: state.clip, colour: undefined, solid: false });
  };
  const wholePage: BBox = [0, 0, pageSize.width, pageSize.height];
  let textOperators = 0;
  let invisibleTextOperators = 0;
  for (let i = 0; i < fnArray.length; i++) {
    const op = fnArray[i]!;
    const args = argsArray[i] as unknown[];
    if (applyTextOperator(state.text, op, args, fontOf)) continue;
    switch (op) {
      case OPS.save:
        save();
        break;
      case OPS.restore:
        restore();
        break;
      case OPS.setTextRenderingMode:
        state.renderMode = args[0] as number;
        break;
      case OPS.setGState:
        state.opaque = opaqueAfter(state.opaque, args[0] as [string, unknown][]);
        break;
      case OPS.transform:
        state.ctm = multiply(state.ctm, args as Matrix);
        break;
      case OPS.paintFormXObjectBegin:
        save();
        if (Array.isArray(args[0])) state.ctm = multiply(state.ctm, args[0] as Matrix);
        break;
      case OPS.paintFormXObjectEnd:
        restore();
        break;
      case OPS.clip:
      case OPS.eoClip:
        // pdf.js sends the clip before the path it clips to.
        clipping = true;
        break;
      case OPS.constructPath: {
        // pdf.js ≥ 5: [painting operator, [path data], bounding box].
        const [paint, [data]] = args as [number, [ArrayLike<number> | null]];
        if (data == null) break;
        const subpaths = subpathsOf(data, state.ctm);
        if (subpaths.length === 0) break;
        rules.push(...rulesOfPath(subpaths, STROKING.has(paint), FILLING.has(paint)));
        if (clipping) state.clip = intersect(state.clip, boxOf(subpaths));
        else if (FILLING.has(paint)) {
          painted.push({ order: i, subpaths, bbox: boxOf(subpaths), clip: state.clip, colour: state.opaque ? state.fillColour : undefined, solid: state.opaque });
        }
        clipping = false;
        break;
      }
      case OPS.setFillRGBColor:
        state.fillColour = args[0] as string;
        break;
      case OPS.setFillColorN:
      case OPS.setFillColor:
        state.fillColour = undefined;
        break;
      case OPS.paintImageXObject:
        images.push({ id: args[0] as string, bbox: unitSquareBox(state.ctm) });
        paintUnknown(i, unitSquareBox(state.ctm));
        break;
      case OPS.paintInlineImageXObject:
      case OPS.paintImageMaskXObject:
        paintUnknown(i, unitSquareBox(state.ctm));
        break;
      case OPS.shadingFill:
      case OPS.paintInlineImageXObjectGroup:
      case OPS.paintImageMaskXObjectGroup:
      case OPS.paintImageMaskXObjectRepeat:
      case OPS.paintImageXObjectRepeat:
        paintUnknown(i, state.clip ?? wholePage);
        break;
      case OPS.showText:
      case OPS.showSpacedText: {
        textOperators++;
        const invisible = INVISIBLE_RENDER_MODES.has(state.renderMode);
        if (invisible) invisibleTextOperators++;
        const colour = state.renderMode === 0 ? state.fillColour : undefined;
        const placed = showText(state.text, args[0] as Parameters<typeof showText>[1], { ctm: state.ctm, order: i, colour });
        if (placed !== undefined && !invisible) shown.push(placed);
        break;
      }
    }
  }
  return { images, rules, textOperators, invisibleTextOperators, coveredText: coveredTexts(shown, painted, pageSize) };
}

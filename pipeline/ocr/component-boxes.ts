import type { PixelBox } from './types.ts';

/** Boxes of the connected areas (4-neighbour) of marked pixels, with their pixel counts. */
export function componentBoxes(mask: Uint8Array, width: number, height: number): { box: PixelBox; pixels: number }[] {
  const seen = new Uint8Array(mask.length);
  const stack = new Int32Array(mask.length);
  const found: { box: PixelBox; pixels: number }[] = [];
  /** Stacks a marked neighbour not seen yet; the stack's new top. */
  const visit = (next: number, top: number): number => {
    if (mask[next] === 0 || seen[next] === 1) return top;
    seen[next] = 1;
    stack[top] = next;
    return top + 1;
  };
  for (let start = 0; start < mask.length; start++) {
    if (mask[start] === 0 || seen[start] === 1) continue;
    let top = 0;
    stack[top++] = start;
    seen[start] = 1;
    const box: PixelBox = [width, height, 0, 0];
    let pixels = 0;
    while (top > 0) {
      const i = stack[--top]!;
      const x = i % width;
      const y = (i - x) / width;
      pixels++;
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x + 1);
      box[3] = Math.max(box[3], y + 1);
      if (x > 0) top = visit(i - 1, top);
      if (x < width - 1) top = visit(i + 1, top);
      if (y > 0) top = visit(i - width, top);
      if (y < height - 1) top = visit(i + width, top);
    }
    found.push({ box, pixels });
  }
  return found;
}

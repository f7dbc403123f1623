import type { Line } from '../../schemas/types.ts';
import type { Rule } from '../extract/types.ts';

/**
 * A page's lines split by the vertical rules between them (the rule between a page's two columns
 * of text, as a 財務省 説明 sets them): lines on either side of a rule that runs beside them stand
 * in different regions, so an item list in one column and the prose beside it are never one grid.
 * Rules shorter than `minLengthEm` of a line's font size (a tick, a bracket) split nothing.
 * Regions come in the order their first lines are given.
 */
export function regionsBetweenRules(lines: readonly Line[], rules: readonly Rule[], minLengthEm = 3): Line[][] {
  const smallest = Math.min(...lines.map((l) => l.font_size));
  const dividers = rules.filter((r) => r.orientation === 'vertical' && r.to - r.from >= minLengthEm * smallest);
  if (dividers.length === 0) return lines.length === 0 ? [] : [[...lines]];
  const groups = new Map<string, Line[]>();
  for (const line of lines) {
    const y = (line.bbox[1] + line.bbox[3]) / 2;
    const beside = dividers.filter((r) => r.to - r.from >= minLengthEm * line.font_size && y >= r.from && y <= r.to);
    // Which side of each rule beside it the line stands on ('|': across it).
    const side = beside.map((r) => `${r.at}${line.bbox[2] <= r.at + 1 ? '<' : line.bbox[0] >= r.at - 1 ? '>' : '|'}`).join(' ');
    const group = groups.get(side);
    if (group === undefined) groups.set(side, [line]);
    else group.push(line);
  }
  return [...groups.values()];
}

import { hasContact, isContactOnly } from '../normalise/offices.ts';
import type { PlacedLine } from './record-lines.ts';

/**
 * Office lines with a contact printed apart on their row (「（１）通商政策局 総務課」, then its phone a gap
 * to the right) joined to it: the phone or address is the office's on its left, not the one a
 * reading order puts before it. An office line with a contact of its own is left as it is.
 */
export function withRowContacts<T extends Pick<PlacedLine, 'line' | 'page'>>(placed: readonly T[]): T[] {
  const joined = new Map<T, T>();
  const taken = new Set<T>();
  for (const contact of placed) {
    if (!isContactOnly(contact.line.text)) continue;
    const em = contact.line.font_size;
    const [cx0, cy0, , cy1] = contact.line.bbox;
    const office = placed
      .filter((p) => p !== contact && p.page === contact.page && !taken.has(p) && p.line.bbox[2] <= cx0 + em / 2 && Math.abs(p.line.bbox[1] - cy0) < em / 3 && Math.abs(p.line.bbox[3] - cy1) < em / 3)
      .sort((a, b) => b.line.bbox[2] - a.line.bbox[2])[0];
    if (office === undefined || hasContact((joined.get(office) ?? office).line.text)) continue;
    const base = joined.get(office) ?? office;
    const [x0, y0, , y1] = base.line.bbox;
    joined.set(office, { ...base, line: { ...base.line, text: `${base.line.text} ${contact.line.text.trim()}`, bbox: [x0, Math.min(y0, cy0), contact.line.bbox[2], Math.max(y1, cy1)] } });
    taken.add(contact);
  }
  return placed.filter((p) => !taken.has(p)).map((p) => joined.get(p) ?? p);
}

import { normaliseCharacters } from '../normalise/normalise-text.ts';
import type { PlacedLine } from './record-lines.ts';

/** Edges of a line's box, in points from the page's top-left corner. */
export const top = (l: PlacedLine): number => l.line.bbox[1];
export const bottom = (l: PlacedLine): number => l.line.bbox[3];
export const left = (l: PlacedLine): number => l.line.bbox[0];

/** A line's text as compared with patterns: normalised and trimmed. */
export const lineText = (l: PlacedLine): string => normaliseCharacters(l.line.text).trim();

/** The hold-out renderings: the blind test (not to be read while tuning the reader). */
import type { RenderingSpec } from './spec.ts';

export const RENDERINGS: RenderingSpec[] = [];

import { labelMatches, MAX_LABEL_CHARS } from './find-labels.ts';
import { labelVocabulary } from './load-profiles.ts';
import { profileRegistry } from './profiles/index.ts';

/**
 * Which label a printed line spells, read as the record stage reads a dataset's documents: with
 * its profile's labels, or the shared vocabulary alone when no profile has that id (a catalogue
 * read without a profile). The answer is the label's kind (`name`, `office`…) or
 * `section:<key>`, undefined for a line that is no label. For reports on how labels are printed,
 * made outside the record stage.
 */
export function labelReaderFor(dataset: string): (text: string) => string | undefined {
  const labels = profileRegistry().byId(dataset)?.labels ?? labelVocabulary();
  return (text) => {
    if ([...text].length > MAX_LABEL_CHARS) return undefined;
    const spec = labels.find((s) => labelMatches(s, text));
    if (spec === undefined) return undefined;
    return spec.target.kind === 'section' ? `section:${spec.target.key}` : spec.target.kind;
  };
}

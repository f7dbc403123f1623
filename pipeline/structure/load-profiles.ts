import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { DocumentProfileFile, LabelEntry, LabelVocabulary } from '../../schemas/types.ts';
import { ProfileFileError } from '../errors.ts';
import { packageRoot } from '../package-root.ts';
import { validateAgainst } from '../validate/schema-validator.ts';
import type { DocumentProfile, LabelSpec } from './profile.ts';


const pattern = (source: string, file: string): RegExp => {
  try {
    return new RegExp(source, 'u');
  } catch (error) {
    throw new ProfileFileError(`${file}: not a regular expression: ${source}`, { cause: error });
  }
};

/** Reads a YAML or JSON file and checks it against its schema. */
function readChecked<T>(file: string, schema: string): T {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ProfileFileError(`${file}: cannot be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const problems = validateAgainst(schema, data);
  if (problems.length > 0) throw new ProfileFileError(`${file}: ${problems.map((p) => p.message).join('; ')}`);
  return data as T;
}

/** One label entry of a data file as the reader matches it. */
export function toLabelSpec(entry: LabelEntry, file: string): LabelSpec {
  if ((entry.target === undefined) === (entry.section === undefined)) {
    throw new ProfileFileError(`${file}: the label ${JSON.stringify(entry.spellings)} needs exactly one of target and section`);
  }
  return {
    target: entry.section === undefined ? { kind: entry.target! } : { kind: 'section', key: entry.section },
    variants: [...entry.spellings, ...(entry.patterns ?? []).map((p) => pattern(p, file))],
    ...(entry.until === undefined ? {} : { until: pattern(entry.until, file) }),
    ...(entry.apart === undefined ? {} : { apart: pattern(entry.apart, file) }),
    ...(entry.alone === true ? { alone: true } : {}),
  };
}

const VOCABULARY_FILE = join(packageRoot, 'pipeline', 'structure', 'vocabulary', 'labels.yaml');
let vocabulary: { labels: LabelSpec[]; stops: string[] } | undefined;

/** The shared vocabulary file (vocabulary/labels.yaml), read once. */
function readVocabulary(): { labels: LabelSpec[]; stops: string[] } {
  if (vocabulary === undefined) {
    const data = readChecked<LabelVocabulary>(VOCABULARY_FILE, 'label-vocabulary.schema.json');
    vocabulary = { labels: data.labels.map((entry) => toLabelSpec(entry, VOCABULARY_FILE)), stops: data.stops ?? [] };
  }
  return vocabulary;
}

/** The shared label vocabulary. */
export const labelVocabulary = (): readonly LabelSpec[] => readVocabulary().labels;

/** The vocabulary's headings that end a section without filling a field (事業イメージ). */
export const sectionStops = (): readonly string[] => readVocabulary().stops;

/** A profile data file as the reader uses it: its own labels before the vocabulary (policies), regular expressions compiled. */
export function profileFromFile(file: string): DocumentProfile {
  const data = readChecked<DocumentProfileFile>(file, 'document-profile.schema.json');
  const own = (data.labels ?? []).map((entry) => toLabelSpec(entry, file));
  if ((data.kind === 'cases') !== (data.cases !== undefined)) throw new ProfileFileError(`${file}: a profile of kind cases needs a case layout (cases), and only it`);
  const records = data.records;
  return {
    id: data.id,
    kind: data.kind,
    title: data.title,
    series: data.series ?? data.id,
    recognise: data.recognise,
    ministry: data.ministry ?? null,
    labels: data.kind === 'cases' ? own : [...own, ...labelVocabulary()],
    ...(records?.start === undefined ? {} : { recordStart: pattern(records.start, file) }),
    ...(records?.hierarchy === undefined ? {} : { hierarchy: records.hierarchy.map((p) => pattern(p, file)) }),
    ...(records?.leading_section === undefined ? {} : { leadingText: { kind: 'section', key: records.leading_section } }),
    ...(records?.notes === undefined ? {} : { notes: { start: pattern(records.notes.start, file), finePrint: records.notes.fine_print ?? false, key: records.notes.section } }),
    ...(data.section_stop === undefined ? {} : { sectionStop: pattern(data.section_stop, file) }),
    ...(data.budget_fallback === undefined ? {} : { budgetFallback: { fiscalYear: data.budget_fallback.fiscal_year, stage: data.budget_fallback.stage } }),
    ...(data.wrap_spaces === undefined ? {} : { wrapSpaces: { protect: data.wrap_spaces.protect ?? [] } }),
    ...(data.cases === undefined
      ? {}
      : {
          cases: {
            tag: pattern(data.cases.tag, file),
            municipalitySeparator: pattern(data.cases.municipality_separator, file),
            note: { pattern: pattern(data.cases.note.pattern, file), key: data.cases.note.section },
            chapter: { number: pattern(data.cases.chapter.number, file), minFontSize: data.cases.chapter.min_font_size },
            itemMark: pattern(data.cases.item_mark, file),
          },
        }),
  };
}

/** Every profile file (`*.yaml`, `*.yml`, `*.json`) of a folder, in file-name order. */
export function profilesInFolder(dir: string): DocumentProfile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new ProfileFileError(`${dir}: cannot list the profiles folder: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
  }
  return names
    .filter((name) => /\.(ya?ml|json)$/u.test(name))
    .sort()
    .map((name) => profileFromFile(join(dir, name)));
}

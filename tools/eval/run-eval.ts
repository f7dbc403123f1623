import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { TruthDocument } from '../../samples/make/truth.ts';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import { withOcrEngine } from '../../pipeline/ocr/engines.ts';
import { normaliseCharacters } from '../../pipeline/normalise/normalise-text.ts';
import { labelMatches } from '../../pipeline/structure/find-labels.ts';
import { labelVocabulary } from '../../pipeline/structure/load-profiles.ts';
import { profileRegistry } from '../../pipeline/structure/profiles/index.ts';
import { readDocument } from '../../pipeline/run/document.ts';
import { threadPageReader } from '../../workers/thread-pages.ts';
import { compareCases, type CaseScores } from './compare-cases.ts';
import { comparePolicies, type FieldScore, type PolicyScores } from './compare-policies.ts';

/** The targets: born-digital samples, and samples with OCR'd pages. */
export const TARGETS = {
  text: { recordsFound: 1, spurious: 0, fieldsExact: 0.99, budgetF1: 0.99 },
  ocr: { recordsFound: 0.95, spurious: Infinity, fieldsExact: 0, budgetF1: 0.9 },
} as const;

/**
 * The groups a sample can be in, each reported on its own: the samples the code was built on, the
 * layout renderings tuned on, the hold-out renderings never looked at while tuning, and real
 * releases with truth read by hand. Only the first three have targets. A `blind` group is reported
 * by its totals alone: its files' rows and the names they miss would tell whoever tunes what to fit.
 */
export const EVAL_GROUPS = [
  { id: 'samples', folder: '.', title: 'Samples', targets: true, blind: false },
  { id: 'layouts-seen', folder: 'layouts/seen', title: 'Layout renderings, seen (tuned on)', targets: true, blind: false },
  { id: 'layouts-holdout', folder: 'layouts/holdout', title: 'Layout renderings, hold-out (never tuned on)', targets: true, blind: true },
  { id: 'realworld', folder: 'realworld', title: 'Real releases (truth by hand; no targets)', targets: false, blind: false },
] as const;

export interface SampleEval {
  group: (typeof EVAL_GROUPS)[number]['id'];
  file: string;
  profile: string | null;
  ocrPages: number;
  /** Policy scores (empty for a case collection, whose truth lists no policies). */
  scores: PolicyScores;
  /** Case scores, for samples whose truth lists cases; null otherwise. */
  cases: CaseScores | null;
  /** Over every scored field, policies' and cases'. */
  fieldsExact: number;
  passed: boolean;
}

/** A truth section's printed heading as the canonical key its family reads it under (事業目的 → 目的). */
const sectionKeyOf = (profileId: string | null) => (printed: string): string => {
  const labels = (profileId === null ? undefined : profileRegistry().byId(profileId)?.labels) ?? labelVocabulary();
  const spec = labels.find((s) => s.target.kind === 'section' && labelMatches(s, printed));
  // A heading no spelling names is read under its words as printed (a label learned from the document).
  return spec?.target.kind === 'section' && spec.target.key !== '' ? spec.target.key : normaliseCharacters(printed).replace(/\s+/gu, '');
};

/** The truths of a folder with policies or cases, sorted by file name. */
function truthsIn(dir: string): TruthDocument[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.truth.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as TruthDocument)
    .filter((t) => t.policies.length > 0 || t.cases.length > 0);
}

/**
 * Runs extraction on every sample with policy or case truth, group by group, as a run reads it
 * (records validated: a record a run would quarantine is not found), and scores it against the truth.
 */
export async function evaluateSamples(samplesDir: string): Promise<SampleEval[]> {
  const root = resolve(samplesDir, '..');
  return withOcrEngine({}, async (ocr) => {
    const results: SampleEval[] = [];
    for (const group of EVAL_GROUPS) {
      const dir = join(samplesDir, group.folder);
      for (const truth of truthsIn(dir)) {
        const pdf = truth.source === undefined ? join(dir, truth.file) : resolve(root, truth.source);
        // A real release lives beside the repository (../shared/realworld/): absent on a machine without it.
        if (!existsSync(pdf)) continue;
        const { documents } = await ingestSources([pdf]);
        const { document, records: set } = await readDocument(documents[0]!, threadPageReader({ ocr }));
        const profile = set?.profile ?? null;
        const compare = { partial: truth.partial ?? false, sectionsNotTranscribed: truth.sections_not_transcribed ?? [] };
        const scores = comparePolicies(truth.policies, set?.records ?? [], sectionKeyOf(profile), compare);
        const cases = truth.cases.length === 0 ? null : compareCases(truth.cases, set?.cases ?? []);
        const ocrPages = document.pages.filter((page) => page.method !== 'text').length;
        const fieldTotals = [...Object.values(scores.fields), ...Object.values(cases?.fields ?? {})].reduce(
          (a: FieldScore, f) => ({ right: a.right + f.right, total: a.total + f.total }),
          { right: 0, total: 0 },
        );
        const fieldsExact = fieldTotals.total === 0 ? 0 : fieldTotals.right / fieldTotals.total;
        const target = ocrPages > 0 ? TARGETS.ocr : TARGETS.text;
        const found = (n: { found: number; expected: number }): boolean => n.expected === 0 || n.found / n.expected >= target.recordsFound;
        const passed =
          !group.targets ||
          (found(scores) &&
            (cases === null || found(cases)) &&
            scores.spurious.length + (cases?.spurious.length ?? 0) <= target.spurious &&
            fieldsExact >= target.fieldsExact &&
            scores.budget.f1 >= target.budgetF1);
        results.push({ group: group.id, file: basename(pdf), profile, ocrPages, scores, cases, fieldsExact, passed });
      }
    }
    return results;
  });
}

const percent = (n: number): string => `${(n * 100).toFixed(1)}%`;

/** Records found against the truth, and the names missing or spurious: one line per kind of record. */
type Found = Pick<PolicyScores, 'found' | 'expected' | 'missing' | 'spurious'>;

/** One group's totals: records found, spurious, fields exact and budget F1 pooled over its samples, born-digital and scanned apart. */
function groupTotals(results: readonly SampleEval[]): string[] {
  const out: string[] = [];
  for (const [kind, rows] of [['born-digital', results.filter((r) => r.ocrPages === 0)], ['with OCR', results.filter((r) => r.ocrPages > 0)]] as const) {
    if (rows.length === 0) continue;
    const sum = (f: (r: SampleEval) => number): number => rows.reduce((a, r) => a + f(r), 0);
    const expected = sum((r) => r.scores.expected + (r.cases?.expected ?? 0));
    const found = sum((r) => r.scores.found + (r.cases?.found ?? 0));
    const spurious = sum((r) => r.scores.spurious.length + (r.cases?.spurious.length ?? 0));
    const fields = rows.flatMap((r) => [...Object.values(r.scores.fields), ...Object.values(r.cases?.fields ?? {})]);
    const right = fields.reduce((a, f) => a + f.right, 0);
    const total = fields.reduce((a, f) => a + f.total, 0);
    const tp = sum((r) => r.scores.budget.truePositives);
    const fp = sum((r) => r.scores.budget.falsePositives);
    const fn = sum((r) => r.scores.budget.falseNegatives);
    const f1 = tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
    out.push(`${kind}, ${rows.length} files: records ${found} / ${expected} (${percent(expected === 0 ? 1 : found / expected)}), ${spurious} spurious, fields exact ${percent(total === 0 ? 1 : right / total)}, budget-line F1 ${f1.toFixed(3)}`);
  }
  return out;
}

/**
 * The eval as a Markdown report: per group, its totals, a table of samples and one of cases; then the
 * fields, and the records missing or spurious. A blind group gives its totals and how many of its
 * files met the targets, unless `showBlind`.
 */
export function renderEval(allResults: readonly SampleEval[], { showBlind = false } = {}): string {
  const out: string[] = [];
  const hidden = new Set(EVAL_GROUPS.filter((group) => group.blind && !showBlind).map((group) => group.id));
  const results = allResults.filter((r) => !hidden.has(r.group));
  for (const group of EVAL_GROUPS) {
    const rows = allResults.filter((r) => r.group === group.id);
    if (rows.length === 0) continue;
    out.push(`## ${group.title}`, '', ...groupTotals(rows).map((line) => `- ${line}`), '');
    if (hidden.has(group.id)) {
      out.push(`- ${rows.filter((r) => r.passed).length} of ${rows.length} files met the targets; files not listed (\`--show-holdout\` lists them)`, '');
      continue;
    }
    out.push('| sample | profile | OCR pages | found / expected | spurious | fields exact | budget P | budget R | budget F1 | target |', '|---|---|---|---|---|---|---|---|---|---|');
    for (const r of rows) {
      const b = r.scores.budget;
      // A case collection's row counts no policies: its cases have a table of their own.
      const policies = r.cases !== null && r.scores.expected === 0 ? '— | —' : `${r.scores.found} / ${r.scores.expected} | ${r.scores.spurious.length}`;
      const target = group.targets ? (r.passed ? 'met' : 'MISSED') : '—';
      out.push(`| ${r.file} | ${r.profile ?? '—'} | ${r.ocrPages} | ${policies} | ${percent(r.fieldsExact)} | ${percent(b.precision)} | ${percent(b.recall)} | ${b.f1.toFixed(3)} | ${target} |`);
    }
    const withCases = rows.filter((r) => r.cases !== null);
    if (withCases.length > 0) out.push('', '| sample | cases found / expected | spurious | target |', '|---|---|---|---|');
    for (const r of withCases) out.push(`| ${r.file} | ${r.cases!.found} / ${r.cases!.expected} | ${r.cases!.spurious.length} | ${r.passed ? 'met' : 'MISSED'} |`);
    out.push('');
  }
  out.push('| sample | field | exact |', '|---|---|---|');
  for (const r of results) {
    const fields = [...Object.entries(r.scores.fields), ...Object.entries(r.cases?.fields ?? {}).map(([field, score]) => [`cases.${field}`, score] as const)];
    for (const [field, score] of fields.sort(([a], [b]) => a.localeCompare(b))) out.push(`| ${r.file} | ${field} | ${score.right} / ${score.total} |`);
  }
  for (const r of results) {
    for (const [kind, scores] of [['', r.scores], ['cases ', r.cases]] as const satisfies readonly (readonly [string, Found | null])[]) {
      if (scores === null) continue;
      if (scores.missing.length > 0) out.push('', `${r.file}: missing ${kind}${scores.missing.join('; ')}`);
      if (scores.spurious.length > 0) out.push('', `${r.file}: spurious ${kind}${scores.spurious.join('; ')}`);
    }
  }
  return `${out.join('\n')}\n`;
}

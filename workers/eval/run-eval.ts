import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TruthDocument } from '../../samples/make/truth.ts';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import { withOcrPool } from '../../pipeline/ocr/ocr-pool.ts';
import { labelMatches } from '../../pipeline/structure/find-labels.ts';
import { extractCases } from '../../pipeline/structure/extract-cases.ts';
import { wordSplitterFor } from '../../pipeline/normalise/word-splitter.ts';
import { extractPolicies } from '../../pipeline/structure/extract-policies.ts';
import type { DocumentProfile } from '../../pipeline/structure/profile.ts';
import { detectProfile } from '../../pipeline/structure/profiles/index.ts';
import { extractPages } from '../document-job.ts';
import { compareCases, type CaseScores } from './compare-cases.ts';
import { comparePolicies, type FieldScore, type PolicyScores } from './compare-policies.ts';

/** The targets: born-digital samples, and samples with OCR'd pages. */
export const TARGETS = {
  text: { recordsFound: 1, spurious: 0, fieldsExact: 0.99, budgetF1: 0.99 },
  ocr: { recordsFound: 0.95, spurious: Infinity, fieldsExact: 0, budgetF1: 0.9 },
} as const;

export interface SampleEval {
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

/** A truth section's printed heading as the profile's canonical key (事業目的 → 目的). */
const sectionKeyOf = (profile: DocumentProfile | undefined) => (printed: string): string => {
  const spec = profile?.labels.find((s) => s.target.kind === 'section' && labelMatches(s, printed));
  return spec?.target.kind === 'section' ? spec.target.key : printed;
};

/** Runs extraction on every sample with policy or case truth and scores it against the truth. */
export async function evaluateSamples(samplesDir: string): Promise<SampleEval[]> {
  const truths = readdirSync(samplesDir)
    .filter((f) => f.endsWith('.truth.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(samplesDir, f), 'utf8')) as TruthDocument)
    .filter((t) => t.policies.length > 0 || t.cases.length > 0);
  return withOcrPool({}, async (ocr) => {
    const results: SampleEval[] = [];
    for (const truth of truths) {
      const { documents } = await ingestSources([join(samplesDir, truth.file)]);
      const source = documents[0]!;
      const layouts = (await extractPages(source, 'all', { ocr })).layouts;
      const profile = detectProfile(layouts.map((l) => l.page));
      const readsCases = profile?.cases !== undefined;
      const records = profile === undefined || readsCases ? [] : extractPolicies(layouts, profile, source, { words: await wordSplitterFor(profile) }).records;
      const scores = comparePolicies(truth.policies, records, sectionKeyOf(profile));
      const cases = truth.cases.length === 0 ? null : compareCases(truth.cases, readsCases ? extractCases(layouts, profile, source).cases : []);
      const ocrPages = layouts.filter((l) => l.page.method !== 'text').length;
      const fieldTotals = [...Object.values(scores.fields), ...Object.values(cases?.fields ?? {})].reduce(
        (a: FieldScore, f) => ({ right: a.right + f.right, total: a.total + f.total }),
        { right: 0, total: 0 },
      );
      const fieldsExact = fieldTotals.total === 0 ? 0 : fieldTotals.right / fieldTotals.total;
      const target = ocrPages > 0 ? TARGETS.ocr : TARGETS.text;
      const found = (n: { found: number; expected: number }): boolean => n.expected === 0 || n.found / n.expected >= target.recordsFound;
      const passed =
        found(scores) &&
        (cases === null || found(cases)) &&
        scores.spurious.length + (cases?.spurious.length ?? 0) <= target.spurious &&
        fieldsExact >= target.fieldsExact &&
        scores.budget.f1 >= target.budgetF1;
      results.push({ file: truth.file, profile: profile?.id ?? null, ocrPages, scores, cases, fieldsExact, passed });
    }
    return results;
  });
}

const percent = (n: number): string => `${(n * 100).toFixed(1)}%`;

/** Records found against the truth, and the names missing or spurious: one line per kind of record. */
type Found = Pick<PolicyScores, 'found' | 'expected' | 'missing' | 'spurious'>;

/** The eval as a Markdown report: one table of samples, one of cases, one of fields. */
export function renderEval(results: readonly SampleEval[]): string {
  const out = ['| sample | profile | OCR pages | found / expected | spurious | fields exact | budget P | budget R | budget F1 | target |', '|---|---|---|---|---|---|---|---|---|---|'];
  for (const r of results) {
    const b = r.scores.budget;
    // A case collection's row counts no policies: its cases have a table of their own.
    const policies = r.cases !== null && r.scores.expected === 0 ? '— | —' : `${r.scores.found} / ${r.scores.expected} | ${r.scores.spurious.length}`;
    out.push(`| ${r.file} | ${r.profile ?? '—'} | ${r.ocrPages} | ${policies} | ${percent(r.fieldsExact)} | ${percent(b.precision)} | ${percent(b.recall)} | ${b.f1.toFixed(3)} | ${r.passed ? 'met' : 'MISSED'} |`);
  }
  const withCases = results.filter((r) => r.cases !== null);
  if (withCases.length > 0) out.push('', '| sample | cases found / expected | spurious | target |', '|---|---|---|---|');
  for (const r of withCases) out.push(`| ${r.file} | ${r.cases!.found} / ${r.cases!.expected} | ${r.cases!.spurious.length} | ${r.passed ? 'met' : 'MISSED'} |`);
  out.push('', '| sample | field | exact |', '|---|---|---|');
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

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TruthDocument } from '../../samples/make/truth.ts';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import { withOcrPool } from '../../pipeline/ocr/ocr-pool.ts';
import { labelMatches } from '../../pipeline/structure/find-labels.ts';
import { extractPolicies } from '../../pipeline/structure/extract-policies.ts';
import type { DocumentProfile } from '../../pipeline/structure/profile.ts';
import { detectProfile } from '../../pipeline/structure/profiles/index.ts';
import { extractPages } from '../document-job.ts';
import { comparePolicies, type PolicyScores } from './compare-policies.ts';

/** The targets: born-digital samples, and samples with OCR'd pages. */
export const TARGETS = {
  text: { recordsFound: 1, spurious: 0, fieldsExact: 0.99, budgetF1: 0.99 },
  ocr: { recordsFound: 0.95, spurious: Infinity, fieldsExact: 0, budgetF1: 0.9 },
} as const;

export interface SampleEval {
  file: string;
  profile: string | null;
  ocrPages: number;
  scores: PolicyScores;
  fieldsExact: number;
  passed: boolean;
}

/** A truth section's printed heading as the profile's canonical key (事業目的 → 目的). */
const sectionKeyOf = (profile: DocumentProfile | undefined) => (printed: string): string => {
  const spec = profile?.labels.find((s) => s.target.kind === 'section' && labelMatches(s, printed));
  return spec?.target.kind === 'section' ? spec.target.key : printed;
};

/** Runs extraction on every sample with policy truth and scores it against the truth. */
export async function evaluateSamples(samplesDir: string): Promise<SampleEval[]> {
  const truths = readdirSync(samplesDir)
    .filter((f) => f.endsWith('.truth.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(samplesDir, f), 'utf8')) as TruthDocument)
    .filter((t) => t.policies.length > 0);
  return withOcrPool({}, async (ocr) => {
    const results: SampleEval[] = [];
    for (const truth of truths) {
      const { documents } = await ingestSources([join(samplesDir, truth.file)]);
      const source = documents[0]!;
      const layouts = await extractPages(source, 'all', { ocr });
      const profile = detectProfile(layouts.map((l) => l.page));
      const records = profile === undefined ? [] : extractPolicies(layouts, profile, source).records;
      const scores = comparePolicies(truth.policies, records, sectionKeyOf(profile));
      const ocrPages = layouts.filter((l) => l.page.method !== 'text').length;
      const fieldTotals = Object.values(scores.fields).reduce((a, f) => ({ right: a.right + f.right, total: a.total + f.total }), { right: 0, total: 0 });
      const fieldsExact = fieldTotals.total === 0 ? 0 : fieldTotals.right / fieldTotals.total;
      const target = ocrPages > 0 ? TARGETS.ocr : TARGETS.text;
      const passed =
        scores.found / scores.expected >= target.recordsFound &&
        scores.spurious.length <= target.spurious &&
        fieldsExact >= target.fieldsExact &&
        scores.budget.f1 >= target.budgetF1;
      results.push({ file: truth.file, profile: profile?.id ?? null, ocrPages, scores, fieldsExact, passed });
    }
    return results;
  });
}

const percent = (n: number): string => `${(n * 100).toFixed(1)}%`;

/** The eval as a Markdown report: one table of samples, one of fields. */
export function renderEval(results: readonly SampleEval[]): string {
  const out = ['| sample | profile | OCR pages | found / expected | spurious | fields exact | budget P | budget R | budget F1 | target |', '|---|---|---|---|---|---|---|---|---|---|'];
  for (const r of results) {
    const b = r.scores.budget;
    out.push(`| ${r.file} | ${r.profile ?? '—'} | ${r.ocrPages} | ${r.scores.found} / ${r.scores.expected} | ${r.scores.spurious.length} | ${percent(r.fieldsExact)} | ${percent(b.precision)} | ${percent(b.recall)} | ${b.f1.toFixed(3)} | ${r.passed ? 'met' : 'MISSED'} |`);
  }
  out.push('', '| sample | field | exact |', '|---|---|---|');
  for (const r of results) {
    for (const [field, score] of Object.entries(r.scores.fields).sort()) out.push(`| ${r.file} | ${field} | ${score.right} / ${score.total} |`);
  }
  for (const r of results) {
    if (r.scores.missing.length > 0) out.push('', `${r.file}: missing ${r.scores.missing.join('; ')}`);
    if (r.scores.spurious.length > 0) out.push('', `${r.file}: spurious ${r.scores.spurious.join('; ')}`);
  }
  return `${out.join('\n')}\n`;
}

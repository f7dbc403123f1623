import { describe, expect, it } from 'vitest';
import { renderEval, type SampleEval } from '../../tools/eval/run-eval.ts';

const sample = (group: SampleEval['group'], file: string, missing: string[]): SampleEval => ({
  group,
  file,
  profile: null,
  ocrPages: 0,
  scores: {
    expected: 2,
    found: 2 - missing.length,
    missing,
    spurious: [],
    fields: { name: { right: 2 - missing.length, total: 2 } },
    budget: { truePositives: 1, falsePositives: 0, falseNegatives: missing.length, precision: 1, recall: 1 / (1 + missing.length), f1: 2 / (3 + missing.length) },
  },
  cases: null,
  fieldsExact: 1,
  passed: missing.length === 0,
});

describe('renderEval', () => {
  const results = [sample('layouts-seen', 'seen-a4.pdf', ['地域おこし協力隊']), sample('layouts-holdout', 'holdout-h9.pdf', ['テレワークの推進'])];

  it("reports the hold-out by its totals alone: no file's row, field or missing name to tune on", () => {
    const report = renderEval(results);
    expect(report).toContain('## Layout renderings, hold-out (never tuned on)');
    expect(report).toMatch(/hold-out \(never tuned on\)\n\n- born-digital, 1 files: records 1 \/ 2 \(50\.0%\)/u);
    expect(report).toContain('0 of 1 files met the targets');
    expect(report).not.toContain('holdout-h9.pdf');
    expect(report).not.toContain('テレワークの推進');
    // The groups tuned on are listed file by file, with what they miss.
    expect(report).toContain('seen-a4.pdf: missing 地域おこし協力隊');
  });

  it('lists the hold-out file by file when asked', () => {
    expect(renderEval(results, { showBlind: true })).toContain('holdout-h9.pdf: missing テレワークの推進');
  });
});

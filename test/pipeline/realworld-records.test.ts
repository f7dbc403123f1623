import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import { readContent, summaryOf } from '../../pipeline/run/document.ts';
import { readPdfPages } from '../../pipeline/run/read-pages.ts';
import type { TruthDocument } from '../../samples/make/truth.ts';
import { canonical, canonicalProse } from '../../tools/eval/compare-policies.ts';
import { repoRoot } from '../support/samples.ts';

/**
 * 経産省's 事業PR資料 (real, beside the repository): one project per page, its text in a left column
 * and a figure in a right one set close beside it. The truth was read by hand (samples/realworld/).
 */
const truth = JSON.parse(readFileSync(join(repoRoot, 'samples', 'realworld', '15_meti_hosei_yosan_pr.truth.json'), 'utf8')) as TruthDocument;
const pdf = join(repoRoot, truth.source!);
const present = existsSync(pdf);
if (!present) console.warn(`realworld-records: skipped, ${pdf} is absent (the real releases live beside the repository)`);

describe.skipIf(!present)('records of a real 事業PR資料 (経産省 令和2年度補正)', () => {
  it("reads each project's sections from its own column, not the figure's text beside them, and its budget", async () => {
    // Per page, the sections read right (page 29's 目的・概要 is not yet: its ①② stand in a box of their own).
    const sections = new Map([[12, ['成果目標']], [14, ['目的・概要', '成果目標']], [26, ['成果目標']], [29, ['成果目標']], [36, ['目的・概要', '成果目標']]]);
    const pages = [...sections.keys()];
    const { documents } = await ingestSources([pdf]);
    const { records } = await readContent(summaryOf(documents[0]!), await readPdfPages(documents[0]!, { pages }));
    for (const expected of truth.policies.filter((p) => pages.includes(p.pages[0]!))) {
      const record = records?.records.find((r) => r.name === expected.name);
      expect(record, expected.name).toBeDefined();
      expect(record!.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy])).toEqual(expected.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy]));
      for (const key of sections.get(expected.pages[0]!)!) {
        expect(canonicalProse(record!.sections[key] ?? null), `${expected.name}: ${key}`).toBe(canonicalProse(expected.sections[key]!));
      }
    }
  });

  it("reads each project's contacts as printed, not the old ones its slides left under a box or in white on white", async () => {
    // Pages 25, 26, 29: a contact box pasted over an older one; page 31: white text outside the box; page 21: a division
    // set under another's, sharing its ministry and group; page 32: a phone a gap to the right of its office, the other
    // offices' phones run in; page 28: numbered divisions under their bureau, their phones on their rows.
    const pages = [21, 25, 26, 28, 29, 31, 32];
    const { documents } = await ingestSources([pdf]);
    const { records } = await readContent(summaryOf(documents[0]!), await readPdfPages(documents[0]!, { pages }));
    const contacts = (offices: readonly { name: string; phones: string[] }[]): string[] => offices.map((o) => `${canonical(o.name)!.replace(/\s/gu, '')} ${o.phones.join(' ')}`);
    for (const expected of truth.policies.filter((p) => pages.includes(p.pages[0]!))) {
      const record = records?.records.find((r) => r.name === expected.name);
      expect(contacts(record?.offices ?? []), expected.name).toEqual(contacts(expected.offices));
    }
  });

  it('reads one page of it alone, as a project published as its own PDF, as that project', async () => {
    const { documents } = await ingestSources([pdf]);
    const { records } = await readContent(summaryOf(documents[0]!), await readPdfPages(documents[0]!, { pages: [14] }));
    const expected = truth.policies.find((p) => p.pages[0] === 14)!;
    expect(records?.records.map((r) => [r.name, r.budget.map((b) => b.amount_jpy), canonicalProse(r.sections['成果目標'] ?? null)])).toEqual([
      [expected.name, expected.budget.map((b) => b.amount_jpy), canonicalProse(expected.sections['成果目標']!)],
    ]);
  });
});

/** 財務省's 補正予算等の説明 (real, beside the repository): numbered items in two columns a page, read without a profile. */
const mofTruth = JSON.parse(readFileSync(join(repoRoot, 'samples', 'realworld', '17_mof_hosei_yosan_1.truth.json'), 'utf8')) as TruthDocument;
const mofPdf = join(repoRoot, mofTruth.source!);

describe.skipIf(!existsSync(mofPdf))('records of a real budget explanation (財務省 令和2年度補正)', () => {
  it('reads the items of page 8 column by column: their number paths, amounts and what the money is for', async () => {
    const { documents } = await ingestSources([mofPdf]);
    const { records } = await readContent(summaryOf(documents[0]!), await readPdfPages(documents[0]!));
    for (const expected of mofTruth.policies.filter((p) => p.pages[0] === 8)) {
      const record = records?.records.find((r) => r.name === expected.name);
      expect([record?.number, record?.budget.map((b) => b.amount_jpy), canonicalProse(record?.sections['概要'] ?? null)], expected.name).toEqual([
        expected.number,
        expected.budget.map((b) => b.amount_jpy),
        canonicalProse(expected.sections['概要']!),
      ]);
    }
  });
});

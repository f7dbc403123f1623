import { describe, expect, it } from 'vitest';
import type { Line } from '../../schemas/types.ts';
import type { PageLayout } from '../../pipeline/extract/types.ts';
import { readRecords } from '../../pipeline/structure/read-records.ts';

type Row = [string, number, number, number, number, number];
const layout = (number: number, rows: Row[]): PageLayout => ({
  page: { number, width: 595, height: 842, method: 'text', method_reason: null, lines: rows.map(([text, x0, y0, x1, y1, size]): Line => ({ text, bbox: [x0, y0, x1, y1], font_size: size })) },
  rules: [],
});
const source = { fileName: 'a.pdf', sha256: 'c'.repeat(64), bytes: 1 };

/** A page of two projects printed value first, each value captioned by its small label under it. */
const captioned: Row[] = [
  ['半導体人材育成拠点形成事業', 69, 54, 251, 68, 14], ['事業名', 69, 76, 90, 83, 7],
  ['商務情報政策局情報産業課 TEL 03-3501-', 69, 92, 264, 102, 10], ['6944', 69, 107, 94, 117, 10], ['令和5年度補正予算額 45.0億円', 309, 92, 457, 102, 10], ['予算額', 309, 109, 330, 116, 7], ['連絡先', 69, 123, 90, 130, 7],
  ['半導体の製造と設計を担う技術者を地域の産学官の連携により育てる。', 69, 140, 389, 150, 10], ['事業目的', 69, 156, 97, 163, 7],
  ['高等専門学校と大学が企業と共同で行う実習設備の整備と講座の開発を支援する。', 69, 173, 439, 183, 10], ['事業内容', 69, 189, 97, 196, 7],
  ['2/3', 69, 239, 86, 249, 10], ['補助率', 69, 255, 90, 262, 7],
  ['サプライチェーン強靱化投資促進事業', 69, 423, 307, 437, 14], ['事業名', 69, 444, 90, 451, 7],
  ['製造産業局産業機械課 TEL 03-3501-1691', 69, 461, 269, 471, 10], ['R6概算要求 3,000百万円', 309, 461, 430, 471, 10], ['連絡先', 69, 477, 90, 484, 7], ['予算額', 309, 477, 330, 484, 7],
  ['特定の国に依存する部素材の供給途絶に備え、国内の生産拠点を整える。', 69, 494, 399, 504, 10], ['事業目的', 69, 510, 97, 517, 7],
  ['重要な部素材の生産設備を国内に新設又は増設する中堅・中小企業を支援する。', 69, 527, 429, 537, 10], ['事業内容', 69, 543, 97, 550, 7],
];

describe('labels printed as captions under their values', () => {
  it('reads each caption as the label of the value over it: names, offices, budgets and sections of two projects on a page', () => {
    const set = readRecords(source, [layout(1, captioned), layout(2, captioned.map(([t, ...rest]) => [t.replace(/^(.+)事業$/u, '$1推進事業'), ...rest] as Row))], [])!;
    expect(set.records.map((r) => r.name)).toEqual(['半導体人材育成拠点形成事業', 'サプライチェーン強靱化投資促進事業', '半導体人材育成拠点形成推進事業', 'サプライチェーン強靱化投資促進推進事業']);
    const first = set.records.slice(0, 2);
    expect(first.map((r) => [r.name, r.offices[0]?.phones, r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy]), r.sections['目的'], r.sections['補助率'] ?? null])).toEqual([
      ['半導体人材育成拠点形成事業', ['03-3501-6944'], [[2023, 'supplementary', 4_500_000_000]], '半導体の製造と設計を担う技術者を地域の産学官の連携により育てる。', '2/3'],
      ['サプライチェーン強靱化投資促進事業', ['03-3501-1691'], [[2024, 'request', 3_000_000_000]], '特定の国に依存する部素材の供給途絶に備え、国内の生産拠点を整える。', null],
    ]);
  });
});

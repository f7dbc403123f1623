import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Line } from '../../schemas/types.ts';
import type { PageLayout } from '../../pipeline/extract/types.ts';
import { ProfileFileError } from '../../pipeline/errors.ts';
import { profileRegistry } from '../../pipeline/structure/profiles/index.ts';
import { readRecords } from '../../pipeline/structure/read-records.ts';

const dir = mkdtempSync(join(tmpdir(), 'profiles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const line = (text: string, x: number, y: number, size = 10.5): Line => ({ text, bbox: [x, y, x + size * [...text].length, y + size], font_size: size });
const layout = (number: number, lines: Line[]): PageLayout => ({ page: { number, width: 595, height: 842, method: 'text', method_reason: null, lines }, rules: [] });

/** A family no built-in profile knows: 国土交通省's 事業概要集, one project per page, its 背景 a label of its own. */
const pages = [
  layout(1, [line('令和6年度 国土交通省 事業概要集', 60, 300, 24), line('国土交通省', 200, 400, 16)]),
  ...['橋梁の長寿命化', '地域公共交通の再構築', '空き家の利活用'].map((name, k) =>
    layout(k + 2, [
      line(`事業名：${name}事業`, 40, 60, 16),
      line('担当：道路局国道・技術課 03-5253-8111', 40, 90),
      line('予算額', 40, 120),
      line(`${(k + 1) * 12}億円`, 120, 120),
      line('背景', 40, 160),
      line(`${name}が求められている。`, 120, 160),
      line('事業概要', 40, 200),
      line(`${name}を支援する。`, 120, 200),
    ]),
  ),
];
const source = { fileName: 'mlit.pdf', sha256: 'c'.repeat(64), bytes: 1 };

describe('a family added with a profile data file alone', () => {
  it('reads its records with its own spellings, under its own id and title', () => {
    writeFileSync(
      join(dir, 'mlit-jigyo-gaiyo.yaml'),
      ['id: mlit-jigyo-gaiyo', 'kind: policies', 'title: 国土交通省 事業概要集', 'recognise: [事業概要集, 国土交通省]', 'ministry: 国土交通省', 'labels:', '  - { section: 事業の背景, spellings: [背景] }'].join('\n'),
    );
    const registry = profileRegistry([dir]);
    const set = readRecords(source, pages, pages.map((p) => p.page), { profiles: registry })!;
    expect(set.family).toMatchObject({ id: 'mlit-jigyo-gaiyo', title: '国土交通省 事業概要集', from: 'profile' });
    expect(set.records.map((r) => [r.name, r.sections['事業の背景'], r.sections['概要'], r.budget.map((b) => [b.fiscal_year, b.stage, b.amount_jpy])])).toEqual([
      ['橋梁の長寿命化事業', '橋梁の長寿命化が求められている。', '橋梁の長寿命化を支援する。', [[2024, 'initial', 1_200_000_000]]],
      ['地域公共交通の再構築事業', '地域公共交通の再構築が求められている。', '地域公共交通の再構築を支援する。', [[2024, 'initial', 2_400_000_000]]],
      ['空き家の利活用事業', '空き家の利活用が求められている。', '空き家の利活用を支援する。', [[2024, 'initial', 3_600_000_000]]],
    ]);
    expect(set.records[0]!.offices.map((o) => [o.name, o.phones])).toEqual([['道路局国道・技術課', ['03-5253-8111']]]);
  });

  it('without the profile, reads the same document as a catalogue named from its cover', () => {
    const set = readRecords(source, pages, pages.map((p) => p.page))!;
    expect(set.family).toMatchObject({ kind: 'policies', title: '令和6年度 国土交通省 事業概要集', ministry: '国土交通省', from: 'document' });
    expect(set.records.map((r) => r.name)).toEqual(['橋梁の長寿命化事業', '地域公共交通の再構築事業', '空き家の利活用事業']);
  });

  it('refuses a profile file that breaks its schema, naming the file', () => {
    const bad = mkdtempSync(join(dir, 'bad-'));
    writeFileSync(join(bad, 'broken.yaml'), 'id: Not Kebab\nkind: policies\ntitle: x\nrecognise: [x]\n');
    expect(() => profileRegistry([bad])).toThrow(ProfileFileError);
    expect(() => profileRegistry([bad])).toThrow(/broken\.yaml: \/id must match pattern/u);
  });
});

describe('no silent emptiness', () => {
  it('reports a catalogue whose label blocks recur but whose records cannot be found', () => {
    // Labels on every page, but no name label and no title larger than the text: nothing starts a record.
    const nameless = [2, 3, 4, 5].map((n) => layout(n, [line('目的', 40, 120), line(`目的${n}`, 120, 120), line('概要', 40, 160), line(`概要${n}`, 120, 160)]));
    const set = readRecords(source, nameless, nameless.map((p) => p.page))!;
    expect(set.records).toEqual([]);
    expect(set.issues).toEqual([expect.objectContaining({ type: 'fewer-records', record: '', page: 2, message: expect.stringContaining('4 pages print blocks of labels') })]);
  });
});

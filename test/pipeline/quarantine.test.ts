import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../schemas/types.ts';
import { validateCases } from '../../pipeline/validate/quarantine.ts';

const sayo: CaseRecord = {
  id: 'digiden-koufukin-jireishu-0123456789ab',
  title: '校務支援システムのパブリッククラウド化',
  title_raw: '校務支援システムのパブリッククラウド化',
  number: '事例1',
  chapter: '準公共分野',
  prefecture: '兵庫県',
  municipality: '佐用町',
  municipalities: ['佐用町'],
  place_raw: '事例1：兵庫県佐用町',
  fields: [{ label: 'ポイント', label_raw: 'ポイント', text: '学習系・校務系ネットワークの統合', raw: '☆ 学習系・校務系ネットワークの統合' }],
  source: { sha256: 'a'.repeat(64), file_name: 'jireishu.pdf', pages: [8], bbox: [45, 48, 786, 349], method: 'text', ocr_confidence: null },
};

describe('validateCases', () => {
  it('publishes a valid case', () => {
    expect(validateCases([sayo])).toEqual({ cases: [sayo], quarantine: [] });
  });

  it('quarantines a case that breaks its schema, with the reason, its title and pages', () => {
    const broken = { ...sayo, prefecture: '佐用町', fields: [{ ...sayo.fields[0]!, text: '' }] };
    const { cases, quarantine } = validateCases([broken]);
    expect(cases).toEqual([]);
    expect(quarantine).toHaveLength(1);
    expect(quarantine[0]).toMatchObject({ name: sayo.title, pages: [8] });
    expect(quarantine[0]!.reasons.map((r) => r.field).sort()).toEqual(['/fields/0/text', '/prefecture']);
  });
});

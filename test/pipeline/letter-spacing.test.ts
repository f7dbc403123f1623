import { describe, expect, it } from 'vitest';
import { closeLetterSpacing } from '../../pipeline/normalise/normalise-text.ts';

describe('closeLetterSpacing', () => {
  it('reads a letter-spaced (均等割付) line without its spaces', () => {
    expect(closeLetterSpacing('令 和 2 年 1 ⽉ 31 ⽇ に 世 界 保 健 機 関 （ WHO ） の 緊 急 事 態')).toBe('令和2年1⽉31⽇に世界保健機関（WHO）の緊急事態');
  });

  it('keeps a word printed unspaced after a letter-spaced label apart: the label\'s value', () => {
    expect(closeLetterSpacing('補 正 予 算 額 25.6億円')).toBe('補正予算額 25.6億円');
    expect(closeLetterSpacing('予 算 額 2,000百万円 の 内 数')).toBe('予算額 2,000百万円 の内数');
  });

  it('leaves ordinary lines alone: words, figures, a chart axis', () => {
    for (const line of ['補助率 1/2 補助対象 地方公共団体', '10 20 30 40 50', 'Society 5.0 を支える ICT インフラ', '予算 額']) expect(closeLetterSpacing(line)).toBe(line);
  });
});

import { describe, expect, test } from 'vitest';
import { defaultLabel, westernYear } from '../../pipeline/normalise/era-years.ts';
import { parseJapaneseDate } from '../../pipeline/normalise/japanese-dates.ts';

describe('era years, from the one table of eras', () => {
  test('a year of an era as printed, in figures, kanji or 元, by name or initial', () => {
    expect(westernYear('令和', '元')).toBe(2019);
    expect(westernYear('令和', '5')).toBe(2023);
    expect(westernYear('R', '3')).toBe(2021);
    expect(westernYear('平成', '三十')).toBe(2018);
    expect(westernYear('H', '31')).toBe(2019);
    expect(westernYear('大正', '3')).toBeUndefined();
  });

  test('budget labels and cover dates agree with it at the turn of the era', () => {
    expect(defaultLabel(2019, 'initial')).toBe('令和元年度予算');
    expect(defaultLabel(2023, 'draft')).toBe('令和5年度予算(案)');
    expect(defaultLabel(2018, 'supplementary')).toBe('平成30年度補正予算');
    expect(parseJapaneseDate('令和元年8月30日')).toBe('2019-08-30');
    expect(parseJapaneseDate('平成31年4月30日')).toBe('2019-04-30');
    expect(parseJapaneseDate('令和4年2月30日')).toBeNull();
    // OCR reads the day's 日 as H or 目.
    expect(parseJapaneseDate('令和元年8月30H')).toBe('2019-08-30');
    expect(parseJapaneseDate('令和4年12月23目')).toBe('2022-12-23');
  });
});

import { describe, expect, it } from 'vitest';
import { parsePlace } from '../../pipeline/structure/case-place.ts';

const SEPARATOR = /[、，,]/u;

describe('parsePlace', () => {
  it('splits a tag into its prefecture and municipality, with or without a space', () => {
    expect(parsePlace('兵庫県佐用町', SEPARATOR)).toEqual({ prefecture: '兵庫県', municipality: '佐用町', municipalities: ['佐用町'] });
    expect(parsePlace('群馬県 前橋市', SEPARATOR)).toEqual({ prefecture: '群馬県', municipality: '前橋市', municipalities: ['前橋市'] });
  });

  it('keeps two cities as printed and lists them one by one', () => {
    expect(parsePlace('長崎県 長崎市、五島市', SEPARATOR)).toEqual({ prefecture: '長崎県', municipality: '長崎市、五島市', municipalities: ['長崎市', '五島市'] });
  });

  it('reads a prefecture-only case, and 北海道 and three-character prefectures', () => {
    expect(parsePlace('高知県', SEPARATOR)).toEqual({ prefecture: '高知県', municipality: null, municipalities: [] });
    expect(parsePlace('北海道 更別村', SEPARATOR)?.prefecture).toBe('北海道');
    expect(parsePlace('鹿児島県奄美市', SEPARATOR)?.municipality).toBe('奄美市');
  });

  it('is no place when the text does not open with a prefecture', () => {
    expect(parsePlace('TYPE2 茨城県境町', SEPARATOR)).toBeUndefined();
    expect(parsePlace('県内の市町', SEPARATOR)).toBeUndefined();
  });
});

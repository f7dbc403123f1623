import { describe, expect, it } from 'vitest';
import { normaliseCharacters } from '../../pipeline/normalise/normalise-text.ts';

describe('normaliseCharacters', () => {
  it('maps Kangxi radicals that printers emit back to kanji', () => {
    // As extracted from a Chromium-printed page: ⾼ U+2F7C, ⼀ U+2F00.
    expect(normaliseCharacters('施策名:⾼度無線環境整備推進事業 令和3年度当初⼀般会計')).toBe(
      '施策名:高度無線環境整備推進事業 令和3年度当初一般会計',
    );
  });

  it('maps radical-supplement look-alikes such as ⻄ and ⻑', () => {
    expect(normaliseCharacters('⻄日本の市⻑')).toBe('西日本の市長');
  });

  it('applies NFKC to full-width digits and letters but keeps circled numbers', () => {
    expect(normaliseCharacters('５Ｇ　①ローカル５Ｇ')).toBe('5G ①ローカル5G');
  });

  it('turns the middle dot into the katakana middle dot and unescapes underscores', () => {
    expect(normaliseCharacters('5G·IoT soumu\\_info')).toBe('5G・IoT soumu_info');
  });
});

describe('normaliseCharacters on printer look-alikes', () => {
  it('reads the hyphenation point and the stroke overlay Chromium writes for ・ and —', () => {
    // As extracted from the 2022 施策集 sample: 「介護‧育児」 and a budget cell 「̶」.
    expect(normaliseCharacters('介護\u2027育児')).toBe('介護・育児');
    expect(normaliseCharacters('\u0336')).toBe('—');
  });
});

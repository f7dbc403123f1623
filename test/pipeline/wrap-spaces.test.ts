import { beforeAll, describe, expect, it } from 'vitest';
import type { PageLayout } from '../../pipeline/extract/types.ts';
import { extractPolicies } from '../../pipeline/structure/extract-policies.ts';
import { readRecordsLoadingWords } from '../../pipeline/structure/read-records.ts';
import { profileRegistry } from '../../pipeline/structure/profiles/index.ts';
import { documentLines } from '../../pipeline/structure/record-lines.ts';

const soumuJutenShisaku = profileRegistry().byId('soumu-juten-shisaku')!;
import { loadWordSplitter } from '../../pipeline/normalise/word-splitter.ts';
import { removeWrapSpaces, type WordSplitter } from '../../pipeline/normalise/wrap-spaces.ts';

// Inputs are the seeds' own text (../shared/seeds/000, 001, 003, 004), normalised (NFKC) as the pipeline has it by then.
let words: WordSplitter;
beforeAll(async () => {
  words = await loadWordSplitter();
}, 60_000);

describe('removeWrapSpaces with kuromoji', () => {
  it('joins labels broken inside a word', () => {
    expect(removeWrapSpaces('特徴・ ポイン ト', { words })).toBe('特徴・ ポイント');
    // 該当 | 箇所 are two words, so that space may be real and stays (labels are matched without spaces anyway).
    expect(removeWrapSpaces('総合戦 略該当 箇所', { words })).toBe('総合戦略該当 箇所');
    expect(removeWrapSpaces('予算 額', { words })).toBe('予算額');
  });

  it('removes a wrap before a suffix and inside a word next to hiragana, and keeps a space the page prints before a particle', () => {
    expect(removeWrapSpaces('地理 的条件や事業採算上の問題により', { words })).toBe('地理的条件や事業採算上の問題により');
    expect(removeWrapSpaces('過疎地域等自立活性化推進事業 等', { words })).toBe('過疎地域等自立活性化推進事業等');
    expect(removeWrapSpaces('利用することができな い地域', { words })).toBe('利用することができない地域');
    // The FY2021 施策集 prints 「①操作方法 ②地図情報の配信 について研修により」 with that space (its truth keeps it).
    expect(removeWrapSpaces('①操作方法 ②地図情報の配信 について研修により', { words })).toBe('①操作方法 ②地図情報の配信 について研修により');
    expect(removeWrapSpaces('事業 の概 要', { words })).toBe('事業 の概要');
  });

  it('keeps spaces between words that may be real: an office and its bureau, a name and a title', () => {
    expect(removeWrapSpaces('総務省 情報流通行政局 情報通信作品振興課', { words })).toBe('総務省 情報流通行政局 情報通信作品振興課');
    expect(removeWrapSpaces('筑波大学 川島教授', { words })).toBe('筑波大学 川島教授');
    expect(removeWrapSpaces('第3章 各分野の施策の推進', { words })).toBe('第3章 各分野の施策の推進');
    expect(removeWrapSpaces('電子証明書 カードアプリ', { words })).toBe('電子証明書 カードアプリ');
  });

  it('joins words the 2007 dictionary lacks from the protect-list', () => {
    expect(removeWrapSpaces('デジ 田総合戦略における位置づけ', { words })).toBe('デジ田総合戦略における位置づけ');
    expect(removeWrapSpaces('令 和5年度予算(案)', { words })).toBe('令和5年度予算(案)');
    expect(removeWrapSpaces('マイナ ポイント事業', { words })).toBe('マイナポイント事業');
  });

  it('keeps item marks, Latin words and spaces after punctuation', () => {
    expect(removeWrapSpaces('ア 事業主体:直接補助事業者\nイ 対象地域', { words })).toBe('ア 事業主体:直接補助事業者\nイ 対象地域');
    expect(removeWrapSpaces('Society 5.0時代の地域社会', { words })).toBe('Society 5.0時代の地域社会');
    expect(removeWrapSpaces('24.0億円 【新規】', { words })).toBe('24.0億円 【新規】');
  });
});

describe('removeWrapSpaces without a word splitter', () => {
  it('removes only the spaces inside a word of the protect-list and keeps the doubtful ones as printed', () => {
    expect(removeWrapSpaces('地図情報の配信 について研究')).toBe('地図情報の配信 について研究');
    expect(removeWrapSpaces('総合戦 略該当 箇所')).toBe('総合戦 略該当 箇所');
    expect(removeWrapSpaces('デジ 田')).toBe('デジ田');
  });
});

describe('wrap spaces in the records of a profile that asks for them', () => {
  const lines = [
    ['3 Society 5.0を支えるICTインフラ整備', 11],
    ['① 5G・光ファイバ等の全国展開支援', 17],
    ['(1) 携帯電話等エリア整備事 業', 13.5],
    ['・ 携帯電話サービスは国民生活に不可欠なサービスとなっているが、地理 的条件や事業採算上の問題により、サービスを全く利用することができな い地域が存在する', 12],
    ['【予算】 携帯電話等エリア整備事業 19.9億円（元年度 18.2億円）', 12],
  ] as const;
  const layout: PageLayout = {
    page: {
      number: 1,
      width: 842,
      height: 595,
      method: 'text',
      method_reason: null,
      lines: lines.map(([text, size], k) => ({ text, bbox: [54, 50 + 25 * k, 54 + size * text.length, 50 + 25 * k + size] as [number, number, number, number], font_size: size })),
    },
    rules: [],
  };
  const source = { fileName: 'a.pdf', sha256: '0'.repeat(64), bytes: 1 };

  it('removes them from names and sections and keeps the printed name beside', () => {
    const [record] = extractPolicies([layout], documentLines([layout], new Set()), soumuJutenShisaku, source, { words }).records;
    expect(record!.name).toBe('携帯電話等エリア整備事業');
    expect(record!.name_raw).toContain('整備事 業');
    expect(record!.sections['概要']).toBe('携帯電話サービスは国民生活に不可欠なサービスとなっているが、地理的条件や事業採算上の問題により、サービスを全く利用することができない地域が存在する');
  });

  it('leaves the text as printed for a profile that does not ask', () => {
    const [record] = extractPolicies([layout], documentLines([layout], new Set()), { ...soumuJutenShisaku, wrapSpaces: undefined }, source).records;
    expect(record!.name).toBe('携帯電話等エリア整備事 業');
  });

  it('loads the word splitter for a document only when a space is left that only words can decide', async () => {
    let loads = 0;
    const loadWords = async (): Promise<WordSplitter> => {
      loads++;
      return words;
    };
    const pages = [layout.page];
    const records = await readRecordsLoadingWords(source, [layout], pages, { profile: soumuJutenShisaku }, loadWords);
    expect(records!.records[0]!.name).toBe('携帯電話等エリア整備事業');
    expect(loads).toBe(1);
    // Without doubtful spaces nothing is loaded.
    const plain: PageLayout = { ...layout, page: { ...layout.page, lines: layout.page.lines.map((l) => ({ ...l, text: l.text.replace('整備事 業', '整備事業').replace('地理 的', '地理的').replace('できな い', 'できない') })) } };
    const plainRecords = await readRecordsLoadingWords(source, [plain], [plain.page], { profile: soumuJutenShisaku }, loadWords);
    expect(plainRecords!.records[0]!.sections['概要']).toContain('できない地域');
    expect(loads).toBe(1);
  });
});

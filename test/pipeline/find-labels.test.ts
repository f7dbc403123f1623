import { describe, expect, it } from 'vitest';
import { findLabels, labelMatches, readsAsLabel } from '../../pipeline/structure/find-labels.ts';
import { labelVocabulary } from '../../pipeline/structure/load-profiles.ts';
import type { LabelSpec } from '../../pipeline/structure/profile.ts';
import type { PlacedLine } from '../../pipeline/structure/record-lines.ts';

const budget: LabelSpec = { target: { kind: 'budget' }, variants: ['【予算】'] };
const purpose: LabelSpec = { target: { kind: 'section', key: '目的' }, variants: ['目的'] };

const amount: LabelSpec = { target: { kind: 'budget' }, variants: ['予算額'] };

const placed = (texts: readonly string[], confidence?: number): PlacedLine[] =>
  texts.map((text, index) => ({ line: { text, bbox: [50, 100 + 20 * index, 500, 112 + 20 * index], font_size: 12, ...(confidence === undefined ? {} : { confidence }) }, page: 1, index }));

describe('findLabels', () => {
  it('reads a short value over a label (「①予算」 over 「総合戦略における位置付け」) as no line of a wrapped label, and a label wrapped in its cell as one', () => {
    const ocrLine = (text: string, x0: number, y0: number, x1: number, y1: number, index: number): PlacedLine => ({ line: { text, bbox: [x0, y0, x1, y1], font_size: 13.9, confidence: 90 }, page: 1, index });
    const heading = [ocrLine('施策の区分', 45, 107, 109, 121, 0), ocrLine('①予算', 52, 125, 81, 134, 1), ocrLine('総合戦略における位置付け', 57, 142, 182, 151, 2)];
    expect(findLabels(heading, labelVocabulary()).map((hit) => [hit.spec.target.kind, hit.label])).toEqual([['category', '施策の区分'], ['strategy_refs', '総合戦略における位置付け']]);
    const cell = [ocrLine('総合戦略での', 52, 90, 108, 103, 0), ocrLine('位置付け', 61, 105, 98, 113, 1)];
    expect(findLabels(cell, labelVocabulary()).map((hit) => [hit.spec.target.kind, hit.label])).toEqual([['strategy_refs', '総合戦略での位置付け']]);
  });

  it('reads a letter-spaced label the text layer gives in pieces side by side (「予」 and 「算 額」) as one, in a header row', () => {
    const row = (text: string, x0: number, x1: number, index: number): PlacedLine => ({ line: { text, bbox: [x0, 82, x1, 94], font_size: 11.5 }, page: 5, index });
    const header = [row('連絡先', 224, 258, 0), row('施策分類', 477, 523, 1), row('予', 710, 721, 2), row('算 額', 733, 767, 3)];
    expect(findLabels(header, labelVocabulary()).map((hit) => [hit.spec.target.kind, hit.first, hit.last])).toEqual([['office', 0, 0], ['category', 1, 1], ['budget', 2, 3]]);
    // Words of a row further apart are not one label's pieces.
    const apart = [row('予', 710, 721, 0), row('算 額', 760, 794, 1)];
    expect(findLabels(apart, labelVocabulary())).toEqual([]);
  });

  it("reads a letter-spaced label a scan's OCR gave in pieces on a row and wrapped in its narrow cell (「補」 「正」 「予算」 over 「額」) as one", () => {
    // A 事業PR資料 rendering's scan (rand32 r3232-15-scan): the value, its own year's label and figure, beside the cell.
    const ocrLine = (text: string, bbox: [number, number, number, number], size: number, index: number): PlacedLine => ({ line: { text, bbox, font_size: size, confidence: 90 }, page: 3, index });
    const cell = [ocrLine('補', [78, 132, 87, 141], 8.16, 0), ocrLine('正', [99, 133, 105, 140], 7.2, 1), ocrLine('予算', [115, 132, 141, 141], 8.4, 2), ocrLine('額', [106, 145, 114, 153], 8.16, 3)];
    const value = ocrLine('令和5年度補正予算額18.0億円', [157, 132, 282, 144], 12.48, 4);
    expect(findLabels([...cell, value], labelVocabulary()).map((hit) => [hit.spec.target.kind, hit.label, hit.first, hit.last])).toEqual([['budget', '補 正 予算額', 0, 3]]);
    // Pieces two ems and more apart are no label's.
    const apart = [ocrLine('補', [40, 132, 49, 141], 8.16, 0), ocrLine('正', [70, 133, 76, 140], 7.2, 1), ocrLine('予算', [115, 132, 141, 141], 8.4, 2), ocrLine('額', [106, 145, 114, 153], 8.16, 3)];
    expect(findLabels(apart, labelVocabulary()).map((hit) => [hit.label, hit.first, hit.last])).toEqual([['予算', 2, 2]]);
  });

  it('reads a label wrapped over six lines of a column two characters wide (令和 / 5年 / 度補 / 正予 / 算案 / 額) as one', () => {
    const narrow = (text: string, y: number, index: number): PlacedLine => ({ line: { text, bbox: [57, y, 57 + 10 * [...text].length, y + 10], font_size: 10 }, page: 1, index });
    const column = ['令和', '5年', '度補', '正予', '算案', '額'].map((text, k) => narrow(text, 345 + 14 * k, k));
    const value: PlacedLine = { line: { text: '令和5年度補正予算額 42.5億円', bbox: [87, 345, 228, 355], font_size: 10 }, page: 1, index: 6 };
    expect(findLabels([...column, value], labelVocabulary()).map((hit) => [hit.spec.target.kind, hit.first, hit.last])).toEqual([['budget', 0, 5]]);
  });

  it('reads a bracket left open before a colon (「（令和4年度第二次補正：」, a prior figure wrapped in a narrow budget cell) as the value, no label', () => {
    const cell = placed(['予算額', '52百万円', '（令和4年度第二次補正：', '789百万円）', '（令和4年度予算：101百万円）']);
    expect(findLabels(cell, labelVocabulary()).map((hit) => [hit.spec.target.kind, hit.label])).toEqual([['budget', '予算額']]);
    // Closed, the same words in brackets are a column's head still (「（令和4年度第二次補正）」).
    expect(findLabels(placed(['（令和4年度第二次補正）', '789百万円']), labelVocabulary()).map((hit) => hit.spec.target.kind)).toEqual(['budget']);
  });

  it('reads a section label under a heading number (「① 施策の目的」, 「（2）事業概要」, 「3. 目的」) as the label, but never a budget or office label (「①予算」 is a category)', () => {
    const vocabulary = labelVocabulary();
    const sectionOf = (text: string): string | undefined => vocabulary.find((spec) => labelMatches(spec, text))?.target.kind;
    expect(['① 施策の目的', '（2）事業概要', '3. 目的', '②施策の概要'].map((text) => [text, labelMatches(purpose, text) || sectionOf(text) === 'section'])).toEqual([
      ['① 施策の目的', true], ['（2）事業概要', true], ['3. 目的', true], ['②施策の概要', true],
    ]);
    expect([labelMatches(amount, '①予算額'), labelMatches(budget, '①【予算】'), sectionOf('①予算'), sectionOf('1.5億円')]).toEqual([false, false, undefined, undefined]);
  });

  it("knows a prefecture's supplementary budget named by its month (「令和5年度2月補正予算額」) as a budget label", () => {
    expect(labelVocabulary().some((spec) => spec.target.kind === 'budget' && labelMatches(spec, '令和5年度2月補正予算額'))).toBe(true);
    // The era's initial and the year (「R6概算要求」) names a budget too; with its figure on its line it is a budget line, no label.
    expect(labelVocabulary().some((spec) => spec.target.kind === 'budget' && labelMatches(spec, 'R6概算要求'))).toBe(true);
    expect(findLabels(placed(['〔予算〕', 'R6概算要求：3,000百万円', '〔所管〕', '製造産業局産業機械課']), labelVocabulary()).map((hit) => [hit.spec.target.kind, hit.label])).toEqual([['budget', '〔予算〕'], ['office', '〔所管〕']]);
  });

  it("knows the spellings other ministries' catalogues print: 照会先, ねらい, 事業の効果, 数値目標, 要求・要望額, 補助割合, 支援対象", () => {
    const hits = findLabels(
      placed(['【照会先】', '地域振興課（TEL 03-1234-5678）', '【ねらい】', '地域の担い手を育てる。', '【事業の効果】', '移住者が増える。', '【数値目標】', '移住者 1,000人', '【要求・要望額】', '3,000百万円', '【補助割合】', '1/2', '【支援対象】', '市町村']),
      labelVocabulary(),
    );
    expect(hits.map((hit) => (hit.spec.target.kind === 'section' ? hit.spec.target.key : hit.spec.target.kind))).toEqual(['office', '目的', '期待される効果', '成果目標', 'budget', '補助率', '補助対象']);
  });

  it('reads a label and its value parted by dot leaders, a budget label naming its year too, and 「○目的」 alone as a heading', () => {
    const hits = findLabels(placed(['担当課 ……………… 健康福祉部医療政策課（TEL 024-521-7210）', '令和6年度当初予算額 …………… 48,620千円', '○目的', '医師の少ない地域で受診の機会を確保する。', '○補助率：1/2の事業を優先する。']), labelVocabulary());
    expect(hits.map((hit) => [hit.spec.target.kind, hit.label, hit.inlineValue])).toEqual([
      ['office', '担当課', '健康福祉部医療政策課（TEL 024-521-7210）'],
      ['budget', '令和6年度当初予算額', '48,620千円'],
      ['section', '○目的', null],
    ]);
  });

  it('reads a budget entry whose figure wrapped to the next line (「令和4年度第二次補正：」 / 「205百万円」) as no label, and the same words over a column of figures as one', () => {
    const kinds = (texts: string[]) => findLabels(placed(texts), labelVocabulary()).map((hit) => [hit.spec.target.kind, hit.label]);
    expect(kinds(['令和5年度予算(案)：255百万円', '令和4年度第二次補正：', '205百万円'])).toEqual([]);
    expect(kinds(['令和4年度第二次補正', '205百万円'])).toEqual([['budget', '令和4年度第二次補正']]);
  });

  it('reads two 「label：value」 on one line, parted by a bar, as two labels each with its value', () => {
    const hits = findLabels(placed(['予算額：令和6年度予算案：12.3億円 ｜ 担当：自治行政局地域情報化企画室（TEL 03-5253-5521）']), labelVocabulary());
    expect(hits.map((hit) => [hit.spec.target.kind, hit.inlineValue])).toEqual([['budget', '令和6年度予算案：12.3億円'], ['office', '自治行政局地域情報化企画室（TEL 03-5253-5521）']]);
    // A bar inside a value before no label stays in the value.
    expect(findLabels(placed(['概要：本省｜地方の二本立て']), labelVocabulary()).map((hit) => hit.inlineValue)).toEqual(['本省｜地方の二本立て']);
  });

  it('takes a label naming its year before a space as a label when its value names its own year, never a budget line otherwise', () => {
    const vocabulary = labelVocabulary();
    const [labelled] = findLabels(placed(['令和3年度予算額 令和3年度当初一般会計 5,996百万円']), vocabulary);
    expect([labelled?.spec.target.kind, labelled?.label, labelled?.inlineValue]).toEqual(['budget', '令和3年度予算額', '令和3年度当初一般会計 5,996百万円']);
    expect(findLabels(placed(['令和3年度予算額 5,996百万円']), vocabulary)).toEqual([]);
  });

  it('finds a bracketed label that OCR ran into its value, with no space between', () => {
    const [hit] = findLabels(placed(['【予算】高度無線環境整備推進事業64.8億円(元年度52.5億円)']), [budget]);
    expect(hit?.spec).toBe(budget);
    expect(hit?.inlineValue).toBe('高度無線環境整備推進事業64.8億円(元年度52.5億円)');
  });

  it('keeps the value after an inline label as printed, full-width brackets and slashes too', () => {
    const [hit] = findLabels(placed(['目的：防災／医療ICT等の案件発掘（規制／ニーズの事前調査等）を行う']), [purpose]);
    expect(hit?.inlineValue).toBe('防災／医療ICT等の案件発掘（規制／ニーズの事前調査等）を行う');
  });

  it('runs a label into its value only when the label closes itself: 目的 needs a space after it', () => {
    expect(findLabels(placed(['目的地までの移動を支援する']), [purpose])).toEqual([]);
    expect(findLabels(placed(['目的 地域の課題を解決する']), [purpose])[0]?.inlineValue).toBe('地域の課題を解決する');
  });

  it('reads 「■ 施策の区分」 over its value 「①予算」 and the next 「■」 heading as three lines, not one wrapped label of the last', () => {
    const hits = findLabels(placed(['■ 施策の区分', '①予算', '■ 総合戦略における位置付け', '②デジタル基盤整備']), labelVocabulary());
    expect(hits.map((hit) => [hit.first, hit.last, hit.spec.target.kind])).toEqual([[0, 0, 'category'], [2, 2, 'strategy_refs']]);
    // A label wrapped inside a narrow cell is still one label.
    expect(findLabels(placed(['総合戦略に', 'おける位置付け']), labelVocabulary()).map((hit) => [hit.first, hit.last])).toEqual([[0, 1]]);
  });

  it("reads a bracketed label whose brackets OCR lost or doubled (「概要)】」「【概要)】」) as the label, and the same text layer as printed", () => {
    const summary: LabelSpec = { target: { kind: 'section', key: '概要' }, variants: ['概要'] };
    expect(findLabels(placed(['概要)】', '地域経済の好循環の更なる拡大に向け'], 72), [summary]).map((hit) => hit.first)).toEqual([0]);
    expect(findLabels(placed(['【概要)】', 'Society 5.0時代の技術を活用した取組'], 84), [summary]).map((hit) => hit.first)).toEqual([0]);
    expect(findLabels(placed(['概要)】']), [summary])).toEqual([]);
    // Words misread are no bracket misread: 「概容)】」 is not the label.
    expect(findLabels(placed(['概容)】'], 72), [summary])).toEqual([]);
    // A long label's words take one misread character in brackets too (「【事業央間】」, 「(成果是標】」).
    const period: LabelSpec = { target: { kind: 'section', key: '事業期間' }, variants: ['事業期間'] };
    const target: LabelSpec = { target: { kind: 'section', key: '成果目標' }, variants: ['成果目標'] };
    const keys = (texts: string[], confidence?: number): string[] => findLabels(placed(texts, confidence), [period, target]).map((hit) => hit.label);
    expect(keys(['【事業央間】', '令和5年度〜令和7年度', '(成果是標】', '支援先の付加価値額を増加させる'], 63)).toEqual(['【事業央間】', '(成果是標】']);
    expect(keys(['【事業央間】', '令和5年度〜令和7年度'])).toEqual([]);
  });

  it("reads a label OCR read wrapped in its narrow cell as the label, though its first line misread alone would be another (「施策分」 over 「類」)", () => {
    const at = (text: string, bbox: [number, number, number, number], size: number, index: number): PlacedLine => ({ line: { text, bbox, font_size: size, confidence: 91 }, page: 3, index });
    // As OCR read a scanned デジ田 施策集 page (rand52 r5252-15-scan, page 3): 類 boxed small under 施策分, the value beside.
    const lines = [at('施策分', [44, 98, 68, 110], 12, 0), at('類', [52, 111, 60, 118], 7.2, 1), at('③その他', [78, 99, 110, 107], 7.92, 2)];
    expect(findLabels(lines, labelVocabulary()).map((hit) => [hit.spec.target.kind, hit.first, hit.last])).toEqual([['category', 0, 1]]);
  });

  it("reads a scan's misreadings of a plan's label the vocabulary spells out (「総合戦略の関連仙所」, 「総合戦略の関連人箇所」) as the label", () => {
    const kinds = (texts: string[], confidence?: number): string[] => findLabels(placed(texts, confidence), labelVocabulary()).map((hit) => hit.spec.target.kind);
    expect(kinds(['総合戦略の関連仙所:横2-1-(1)-i', '総合戦略の関連人箇所:横2-1-(1)-iv'], 70)).toEqual(['strategy_refs', 'strategy_refs']);
  });

  it("reads a ● mark OCR read as 「@」「⑳」「$」 before a label of three characters or more as the mark", () => {
    const labels = labelVocabulary();
    const kinds = (texts: string[], confidence?: number): string[] => findLabels(placed(texts, confidence), labels).map((hit) => (hit.spec.target.kind === 'section' ? hit.spec.target.key : hit.spec.target.kind));
    expect(kinds(['@事業の目的・概要', '⑳$事業期間', '@⑳補助対象'], 60)).toEqual(['目的・概要', '事業期間', '補助対象']);
    expect(kinds(['@事業の目的・概要', '⑳$事業期間', '@⑳補助対象'])).toEqual([]);
  });

  it('reads OCR misreadings of a label as the label: a bracket for another, one character of a long label', () => {
    // As OCR read the scanned 重点施策 and デジ田 施策集 pages.
    expect(findLabels(placed(['【予算)携帯電話等エリア整備事業'], 88), [budget])[0]?.inlineValue).toBe('携帯電話等エリア整備事業');
    expect(findLabels(placed(['予算客'], 73), [amount])[0]?.spec).toBe(amount);
    // The same text from a text layer is what the PDF says: not the label.
    expect(findLabels(placed(['【予算)携帯電話等エリア整備事業', '予算客']), [budget, amount])).toEqual([]);
  });
});

describe('readsAsLabel', () => {
  it('lets brackets and colons stand for one another, never a letter for a bracket', () => {
    expect(readsAsLabel('【予算)', '【予算】')).toBe(true);
    expect(readsAsLabel('目的に', '目的:')).toBe(false);
    expect(readsAsLabel('施策名に', '施策名:')).toBe(false);
    expect(readsAsLabel('予算:', '予算額')).toBe(false);
  });

  it('allows one misread character in a label of three or more, none in a shorter one', () => {
    expect(readsAsLabel('予算客', '予算額')).toBe(true);
    expect(readsAsLabel('予定額', '予算額')).toBe(true);
    expect(readsAsLabel('予定客', '予算額')).toBe(false);
    expect(readsAsLabel('目標', '目的')).toBe(false);
    expect(readsAsLabel('予算額等', '予算額')).toBe(false);
  });
});

describe('the label vocabulary, read by how Japanese forms a label', () => {
  const vocabulary = labelVocabulary();
  const targetOf = (printed: string): string | undefined => {
    const spec = vocabulary.find((s) => labelMatches(s, printed));
    return spec === undefined ? undefined : spec.target.kind === 'section' ? `section:${spec.target.key}` : spec.target.kind;
  };

  it('knows spellings no edition it was written from printed, by their parts', () => {
    expect(
      ['総合戦略の該当箇所', '戦略上の位置づけ', '総合戦略との関係', '関連計画', '施策の区分', '取組名', 'プロジェクトの名称', '取組の概要', '本事業の目的', '重点分野', '令和4年度第二次補正', '総合戦略の関連箇所', '補正予算案額', '担当部局課室', '事業の内容', '関連する総合戦略'].map(targetOf),
    ).toEqual(['strategy_refs', 'strategy_refs', 'strategy_refs', 'strategy_refs', 'category', 'name', 'name', 'section:概要', 'section:目的', 'field', 'budget', 'strategy_refs', 'budget', 'office', 'section:概要', 'strategy_refs']);
  });

  it('reads a ● mark OCR took for a kana before a label as the mark (「に取組の概要」, 「に,予算」), only in OCR\'d text and only before a whole label', () => {
    const ocrTarget = (read: string): string | undefined => {
      const spec = vocabulary.find((s) => labelMatches(s, read, { ocr: true }));
      return spec === undefined ? undefined : spec.target.kind === 'section' ? `section:${spec.target.key}` : spec.target.kind;
    };
    expect(['に取組の概要', 'に,予算', 'る事業期間', 'の概要', 'ご予算額等'].map(ocrTarget)).toEqual(['section:概要', 'budget', 'section:事業期間', undefined, undefined]);
    expect(['に取組の概要', 'に,予算'].map(targetOf)).toEqual([undefined, undefined]);
  });

  it('reads a heading mark OCR took for a kanji (◆ as 「金」) or for a kana and strokes (「し,!」) before a label as the mark, and no other word', () => {
    const ocrTarget = (read: string): string | undefined => {
      const spec = vocabulary.find((s) => labelMatches(s, read, { ocr: true }));
      return spec === undefined ? undefined : spec.target.kind === 'section' ? `section:${spec.target.key}` : spec.target.kind;
    };
    expect(['金目的・概要', '金補助率', '金事業期間', 'し,!施策効果の詳細', 'し!目的'].map(ocrTarget)).toEqual(['section:目的・概要', 'section:補助率', 'section:事業期間', 'section:施策効果の詳細', 'section:目的']);
    // A ● whose arc OCR read as a bracket too (「(に,施策分類」, 「(し,位置づけ」).
    expect(['(に,施策分類', '(し,位置づけ'].map(ocrTarget)).toEqual(['category', 'strategy_refs']);
    // 〈取組の概要〉 with both brackets read as letters.
    expect(['ぐ取組の概要用', 'るぐ取組の概要用'].map(ocrTarget)).toEqual(['section:概要', 'section:概要']);
    // 〈目的〉, 〈概要〉 so (rand31 r3131-5-scan), the opening bracket read as no verb's end; not the last line of 「…を除く予算。」.
    expect(['ぐ概要用', 'るぐ概要用', '人ぐ目的', 'く予算。', 'く目的', 'ぐ予算。'].map(ocrTarget)).toEqual(['section:概要', 'section:概要', 'section:目的', undefined, undefined, undefined]);
    // 〈補助率〉 so, a label of three characters read exactly between them; not one read otherwise.
    expect(['ぐ補助率用', 'るぐ補助率用', 'くぐ補助率>', 'ぐ補助金用'].map(ocrTarget)).toEqual(['section:補助率', 'section:補助率', 'section:補助率', undefined]);
    // A speck read as a quote mark between a label's kanji (「るぐ予”算用」 for 〈予算〉).
    expect(['るぐ予”算用', 'ぐ目"的'].map(ocrTarget)).toEqual(['budget', 'section:目的']);
    // A kanji of a short label read as its lookalike (了算 for 予算, 自的 for 目的): that label; any other kanji misread makes another word.
    expect(['了算', '自的', '慨要', '坦当', '了解', '目標'].map(ocrTarget)).toEqual(['budget', 'section:目的', 'section:概要', 'office', undefined, undefined]);
    // A long label with one character read in or lost (rand32 r3232-4-scan); not with two, nor a short one.
    expect(['総合戦略該当人箇所', '総合戦略該当箇', '施策効果の詳', '総合戦略該当人の箇所', '予算額等', '概要'].map(ocrTarget)).toEqual(['strategy_refs', 'strategy_refs', 'section:施策効果の詳細', undefined, undefined, 'section:概要']);
    // A kanji before a short label makes a word (新目的, 総予算); text-layer lines are read as printed.
    expect(['新目的', '総予算', '金額'].map(ocrTarget)).toEqual([undefined, undefined, undefined]);
    expect(['金目的・概要', 'し!目的'].map(targetOf)).toEqual([undefined, undefined]);
    // ◆ read as two characters (「るる」, 「$る」) before a label of three or more, alone on its line; not before a short one.
    expect(['るる成果目標', '$る補助率', 'るる事業スキーム', 'るる目的', 'その概要'].map(ocrTarget)).toEqual(['section:成果目標', 'section:補助率', 'section:事業スキーム', undefined, undefined]);
    expect(vocabulary.some((s) => labelMatches(s, 'るる補助率 2/3', { ocr: true, withValue: true }))).toBe(false);
    expect(['るる成果目標'].map(targetOf)).toEqual([undefined]);
  });

  it('reads the enquiries heading at a record\'s foot (【お問い合わせ】, 問合せ) as the office, with or without 先', () => {
    expect(['【お問い合わせ】', 'お問合せ', '問い合わせ', '問合せ先'].map(targetOf)).toEqual(['office', 'office', 'office', 'office']);
  });

  it('leaves words that are no labels alone: a bare 事業, the contents of a cell, the heads of a table within a section, the first line of a wrapped 成果目標', () => {
    expect(['事業', '施策', 'その他', '地域の活性化', '関連する取組の推進'].map(targetOf)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(['内容', '目標', '指標', '期間', '対象者', '効果', '成果', '事業の種類', '手法'].map(targetOf)).toEqual(Array(9).fill(undefined));
  });

  it('knows spellings no seen edition printed, as other catalogues name the same fields: 施策・事業名, 分野名, 政策手法, 予算措置状況, 主な取組, 実施予定期間, 重要業績評価指標', () => {
    expect(['施策・事業名', '主な分野', '分野名', '政策手法', '予算措置状況', '主な内容', '想定される成果', '重要業績評価指標', 'KPI（重要業績評価指標）', '主な取組', '実施予定期間', '支援対象者'].map(targetOf)).toEqual([
      'name', 'field', 'field', 'category', 'budget', 'section:概要', 'section:期待される効果', 'section:成果目標', 'section:成果目標', 'section:具体的取組', 'section:事業期間', 'section:補助対象',
    ]);
  });
});


import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BudgetLine } from '../../schemas/types.ts';
import { parseBudgetText, type BudgetContext } from '../../pipeline/normalise/budget-lines.ts';

const SAMPLES = join(import.meta.dirname, '../../samples');

/** The one line a text must give (no issues). */
function only(text: string, context?: BudgetContext): BudgetLine {
  const { lines, issues } = parseBudgetText(text, context);
  expect(issues).toEqual([]);
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe('parseBudgetText: forms from the seeds', () => {
  it("reads a label's cell run into a value that restates it (「令和5年度補正予算額 令和5年度補正予算額18.0億円」) as one year, and two years before one figure as unreadable", () => {
    const line = only('令和5年度補正予算額”令和5年度補正予算額18.0億円');
    expect([line.fiscal_year, line.stage, line.amount_jpy]).toEqual([2023, 'supplementary', 1_800_000_000]);
    expect(parseBudgetText('令和4年度補正予算額 令和5年度予算額18.0億円').issues.map((i) => i.message)).toEqual(['more than one fiscal year before one figure']);
  });

  it('reads 「（前年度 98,000千円）」 after a figure as the year before that figure\'s, a budget passed', () => {
    const { lines, issues } = parseBudgetText('令和6年度当初予算額 125,300千円（前年度 98,000千円）', { defaultFiscalYear: 2025, defaultStage: 'draft' });
    expect(issues).toEqual([]);
    expect(lines.map((line) => [line.fiscal_year, line.stage, line.amount_jpy])).toEqual([[2024, 'initial', 125_300_000], [2023, 'initial', 98_000_000]]);
  });

  it("reads a figure alone in brackets after a year's draft figure as the year before's initial budget, and the unit printed once after both figures as each one's (環境省, 農林水産省)", () => {
    const read = (text: string): unknown => {
      const { lines, issues } = parseBudgetText(text);
      return [issues.length, lines.map((l) => [l.fiscal_year, l.stage, l.amount_jpy, l.unit, l.note])];
    };
    expect(read('令和6年度予算（案）　42,500百万円（35,000百万円）')).toEqual([0, [[2024, 'draft', 42_500_000_000, '百万円', null], [2023, 'initial', 35_000_000_000, '百万円', null]]]);
    expect(read('【令和6年度予算概算決定額 1,230（1,000）百万円】')).toEqual([0, [[2024, 'draft', 1_230_000_000, '百万円', null], [2023, 'initial', 1_000_000_000, '百万円', null]]]);
    // Not a supplementary figure's (no convention says what it is), nor a figure with words of its own in the brackets.
    expect(read('令和5年度補正予算額 100億円（50億円）')).toEqual([1, [[2023, 'supplementary', 10_000_000_000, '億円', null]]]);
    expect(read('令和6年度予算（案）　250百万円（新規）')).toEqual([0, [[2024, 'draft', 250_000_000, '百万円', null]]]);
  });

  it('reads 当初一般会計 in 百万円 (seed 000, OCR space before the figure)', () => {
    expect(only('令和3年度当初一般会計 3,682百万円')).toEqual({
      fiscal_year: 2021, era_label: '令和3年度', stage: 'initial', supplementary_no: null, account: '一般会計',
      amount_jpy: 3682000000, unit: '百万円', part_of: false, approximate: false, new: false, note: null,
      raw: '令和3年度当初一般会計 3,682百万円',
    });
  });

  it('reads 方 before 円, as a scan\'s OCR misreads 万 (「10百方円」), as 万, the unit named as printed in the document', () => {
    expect(only('令和5年度予算(案) : 10百方円')).toMatchObject({ fiscal_year: 2023, stage: 'draft', amount_jpy: 10_000_000, unit: '百万円', raw: '令和5年度予算(案) : 10百方円' });
    expect(only('令和5年度予算 1億2,000方円')).toMatchObject({ amount_jpy: 120_000_000, unit: '万円' });
  });

  it("reads a prior-year bracket whose closing bracket a scan's OCR lost, the next line an entry of its own, as closed; a bracket wrapped mid-note runs on", () => {
    const request = { defaultFiscalYear: 2020, defaultStage: 'request' } as const;
    const lost = parseBudgetText('携帯電話等エリア整備事業35.6億円(元年度31.6億円\n電波遮へい対策事業32.5億円(元年度42.5億円)', request);
    expect(lost.lines.map((b) => [b.fiscal_year, b.stage, b.amount_jpy])).toEqual([[2020, 'request', 3_560_000_000], [2019, 'initial', 3_160_000_000], [2020, 'request', 3_250_000_000], [2019, 'initial', 4_250_000_000]]);
    const wrapped = parseBudgetText('関係人口創出・拡大事業 8.1億円(元年度 5.1億円、\n平成30年度補正 14.5億円)', request);
    expect(wrapped.lines.map((b) => [b.fiscal_year, b.stage, b.amount_jpy])).toEqual([[2020, 'request', 810_000_000], [2019, 'initial', 510_000_000], [2018, 'supplementary', 1_450_000_000]]);
  });

  it('reads a 【新規】 mark wrapped in its brackets as the entry\'s, not as a line of its own', () => {
    const wrapped = parseBudgetText('グローバルICTインフラの構築の促進に向けた諸外国との戦略的連携の推進 1.2億円【新\n規】', { defaultFiscalYear: 2020, defaultStage: 'request' });
    expect(wrapped.lines.map((b) => [b.fiscal_year, b.amount_jpy, b.new, b.note])).toEqual([[2020, 120_000_000, true, null]]);
  });

  it('reads 白 or 折 before 万円, as a scan\'s OCR misreads 百 (「214折万円」), as 百: the line is no longer run into the next as one unreadable figure', () => {
    expect(only('令和4年度第二次補正: 214折万円')).toMatchObject({ fiscal_year: 2022, stage: 'supplementary', amount_jpy: 214_000_000, unit: '百万円' });
    expect(only('令和4年度予算: 10白万円')).toMatchObject({ amount_jpy: 10_000_000, unit: '百万円' });
  });

  it('reads a thousands comma that a scan\'s OCR read as a point in 百万円 and 千円, not in 億円', () => {
    expect(only('令和3年度当初一般会計1.514百万円').amount_jpy).toBe(1_514_000_000);
    expect(only('令和3年度当初 4.594千円').amount_jpy).toBe(4_594_000);
    expect(only('令和3年度当初 0.5百万円').amount_jpy).toBe(500_000);
    expect(only('令和2年度 1.125億円').amount_jpy).toBe(112_500_000);
  });

  it('reads N次補正 and 第N次補正 with their number', () => {
    expect(only('令和2年度3次補正一般会計1,100百万円')).toMatchObject({ fiscal_year: 2020, stage: 'supplementary', supplementary_no: 3, amount_jpy: 1100000000 });
    expect(only('予算 額 令和2年度第3次補正一般会計 1,140百万円の内数')).toMatchObject({ fiscal_year: 2020, supplementary_no: 3, part_of: true, amount_jpy: 1140000000 });
    expect(only('(令和4年度第二次補正：789百万円)')).toMatchObject({ fiscal_year: 2022, stage: 'supplementary', supplementary_no: 2, raw: '令和4年度第二次補正：789百万円' });
    expect(only('令和3年度補正予算：1,129百万円')).toMatchObject({ stage: 'supplementary', supplementary_no: null });
  });

  it('splits two statements printed on one line (seed 000 line 170)', () => {
    const { lines } = parseBudgetText('令和2年度3次補正一般会計1,100百万円 令和3年度当初一般会計1,100百万円');
    expect(lines.map((l) => [l.fiscal_year, l.stage, l.raw])).toEqual([
      [2020, 'supplementary', '令和2年度3次補正一般会計1,100百万円'],
      [2021, 'initial', '令和3年度当初一般会計1,100百万円'],
    ]);
  });

  it('joins a label and its figure printed one line below (予算額 cells of seed 000)', () => {
    expect(only('令和3年度当初一般会計\n1,514百万円')).toMatchObject({ amount_jpy: 1514000000, account: '一般会計', raw: '令和3年度当初一般会計 1,514百万円' });
  });

  it('pairs labels stacked above their figures', () => {
    const { lines } = parseBudgetText('令和2年度第3次補正一般会計\n令和3年度当初一般会計\n1,468百万円\n5百万円');
    expect(lines.map((l) => [l.fiscal_year, l.amount_jpy])).toEqual([[2020, 1468000000], [2021, 5000000]]);
  });

  it('gives 本省 and 地方 their own lines with notes', () => {
    const { lines } = parseBudgetText('令和3年度当初一般会計 本省:120百万円/地方:30百万円');
    expect(lines.map((l) => [l.amount_jpy, l.note, l.account])).toEqual([[120000000, '本省', '一般会計'], [30000000, '地方', '一般会計']]);
  });

  it('reads 予算(案) with prior-year figures in parentheses, the brief example on one line', () => {
    const { lines } = parseBudgetText('令和5年度予算(案)：580百万円の内数 (令和4年度予算：500百万円の内数)');
    expect(lines.map((l) => [l.fiscal_year, l.stage, l.amount_jpy, l.part_of, l.raw])).toEqual([
      [2023, 'draft', 580000000, true, '令和5年度予算(案)：580百万円の内数'],
      [2022, 'initial', 500000000, true, '令和4年度予算：500百万円の内数'],
    ]);
  });

  it('reads full-width （案）, 予算案 and 予算額(案)', () => {
    expect(only('令和5年度予算（案）：15,000百万円')).toMatchObject({ stage: 'draft', amount_jpy: 15000000000 });
    expect(only('令和5年度予算案 30百万円')).toMatchObject({ stage: 'draft' });
    expect(only('令和5年度予算額(案) 4.0億円')).toMatchObject({ stage: 'draft', amount_jpy: 400000000, unit: '億円' });
  });

  it('reads 案 right after a year (a column 「令和6年度案」 under its title 予算額) as the draft', () => {
    expect(only('令和6年度案 75百万円')).toMatchObject({ fiscal_year: 2024, stage: 'draft', amount_jpy: 75_000_000 });
  });

  it('reads two prior-year figures in one parenthesis (seed 004)', () => {
    const { lines } = parseBudgetText('令和5年度予算(案)：52百万円 (令和4年度第二次補正：789百万円) (令和4年度予算：101百万円、令和3年度補正：1,129百万円)');
    expect(lines.map((l) => [l.fiscal_year, l.stage, l.supplementary_no, l.amount_jpy, l.raw])).toEqual([
      [2023, 'draft', null, 52000000, '令和5年度予算(案)：52百万円'],
      [2022, 'supplementary', 2, 789000000, '令和4年度第二次補正：789百万円'],
      [2022, 'initial', null, 101000000, '令和4年度予算：101百万円'],
      [2021, 'supplementary', null, 1129000000, '令和3年度補正：1,129百万円'],
    ]);
  });

  it('keeps 「ほかデジタル庁」 as a note on the line it follows, also inside a parenthesis', () => {
    const { lines } = parseBudgetText('令和5年度予算(案)：79百万円(ほかデジタル庁16百万円)\n(令和4年度予算：86百万円(ほかデジタル庁35百万円))');
    expect(lines.map((l) => [l.amount_jpy, l.note, l.raw])).toEqual([
      [79000000, 'ほかデジタル庁16百万円', '令和5年度予算(案)：79百万円(ほかデジタル庁16百万円)'],
      [86000000, 'ほかデジタル庁35百万円', '令和4年度予算：86百万円(ほかデジタル庁35百万円)'],
    ]);
  });

  it('attaches ※ remarks and figure-less parentheses to the line before them', () => {
    const a = parseBudgetText('令和5年度予算(案)：560百万円\n(令和4年度予算：500百万円)\n※内閣府予算計上').lines;
    expect(a.map((l) => l.note)).toEqual([null, '※内閣府予算計上']);
    const b = parseBudgetText('(令和4年度予算：2百万円)\n(令和3年度補正予算：799百万円)\n(令和4年度で終了)').lines;
    expect(b.map((l) => l.note)).toEqual([null, '令和4年度で終了']);
  });

  it('reads a 「-」 or 「—」 cell as no amount, in the year and stage of the context', () => {
    for (const dash of ['-', '—', '－', '―']) {
      const line = only(dash, { defaultFiscalYear: 2023, defaultStage: 'draft' });
      expect(line).toMatchObject({ fiscal_year: 2023, era_label: '', stage: 'draft', amount_jpy: null, unit: null, raw: dash });
      expect(line.note).toContain(`「${dash}」`);
    }
    expect(parseBudgetText('—').issues[0]?.message).toContain('no fiscal year');
  });

  it('reads 「ー」, the long-vowel mark OCR reads for a dash, alone in the cell or after a label, as no amount', () => {
    expect(only('ー', { defaultFiscalYear: 2023, defaultStage: 'draft' })).toMatchObject({ fiscal_year: 2023, stage: 'draft', amount_jpy: null, raw: 'ー' });
    const { lines } = parseBudgetText('令和5年度予算（案）：ー\n（令和4年度予算：55百万円）');
    expect(lines.map((l) => l.amount_jpy)).toEqual([null, 55000000]);
    // Inside a word it is a letter, not a figure: no line comes of it.
    expect(parseBudgetText('データセンター').lines).toEqual([]);
  });

  it('reads 「一」, the kanji OCR reads for a dash, alone where the amount belongs, as no amount; in a word it is the word', () => {
    expect(only('一', { defaultFiscalYear: 2023, defaultStage: 'draft' })).toMatchObject({ fiscal_year: 2023, stage: 'draft', amount_jpy: null, raw: '一' });
    expect(parseBudgetText('令和5年度予算（案）：一').lines.map((l) => [l.fiscal_year, l.amount_jpy])).toEqual([[2023, null]]);
    expect(parseBudgetText('一般会計').lines).toEqual([]);
    // A long dash OCR read as two marks.
    expect(only('ーー', { defaultFiscalYear: 2023, defaultStage: 'draft' })).toMatchObject({ fiscal_year: 2023, amount_jpy: null, raw: 'ーー' });
  });

  it('reads 「令和5年度予算（案）：－」 as a labelled line without an amount', () => {
    const { lines } = parseBudgetText('令和5年度予算（案）：－\n（令和4年度第二次補正予算：994百万円）');
    expect(lines[0]).toMatchObject({ fiscal_year: 2023, stage: 'draft', amount_jpy: null, note: '金額欄は「－」（令和5年度予算（案）の計上なし）' });
    expect(lines[1]).toMatchObject({ fiscal_year: 2022, supplementary_no: 2, amount_jpy: 994000000 });
  });

  it('reads 重点施策 lines: unlabelled main figure from the context, 元年度 prior year', () => {
    const context: BudgetContext = { defaultFiscalYear: 2020, defaultStage: 'request' };
    const raw = '【予算】高度無線環境整備推進事業 64.8億円（元年度 52.5億円）';
    const { lines } = parseBudgetText(raw, context);
    expect(lines.map((l) => [l.fiscal_year, l.era_label, l.stage, l.amount_jpy, l.raw])).toEqual([
      [2020, '', 'request', 6480000000, raw],
      [2019, '元年度', 'initial', 5250000000, raw],
    ]);
    expect(parseBudgetText('64.8億円（元年度 52.5億円）', context).lines.map((l) => l.amount_jpy)).toEqual([6480000000, 5250000000]);
  });

  it('reads 【新規】, 事項要求, の内数, 兆円 and decimals exactly', () => {
    const context: BudgetContext = { defaultFiscalYear: 2020, defaultStage: 'request' };
    expect(only('【予算】公民連携による遊休公共施設等活用推進事業 1.0億円 【新規】', context)).toMatchObject({ new: true, amount_jpy: 100000000 });
    expect(only('グローバルICTインフラの構築の促進に向けた諸外国との戦略的連携の推進 1.2億円（新規）', context)).toMatchObject({ new: true });
    // OCR closed the mark with a parenthesis, or lost its bracket: the figure is still read, the mark no note.
    expect(only('ICT人材育成・教育基盤構築事業1.1億円【新規)', context)).toMatchObject({ new: true, amount_jpy: 110000000, note: null });
    expect(only('モバイル決済モデル推進事業 6.0億円【新規', context)).toMatchObject({ new: true, amount_jpy: 600000000, note: null });
    const jiko = parseBudgetText('【予算】震災復興特別交付税 事項要求（元年度 3,250億円）', context).lines;
    expect(jiko.map((l) => [l.amount_jpy, l.unit, l.note])).toEqual([[null, null, '事項要求'], [325000000000, '億円', null]]);
    const uchi = parseBudgetText('【予算】周波数ひつ迫対策技術試験事務 78.5億円の内数（元年度 77.2億円の内数）', context).lines;
    expect(uchi.map((l) => l.part_of)).toEqual([true, true]);
    expect(parseBudgetText('【予算】地方交付税（地方公共団体交付ベース） 16.8兆円（元年度 16.2兆円）', context).lines.map((l) => [l.amount_jpy, l.unit, l.note]))
      .toEqual([[16800000000000, '兆円', null], [16200000000000, '兆円', null]]);
    expect(only('恩給支給事業 1,680.9億円', context).amount_jpy).toBe(168090000000);
  });

  it('reads a 【予算】 item whose figure wrapped onto the next line', () => {
    const context: BudgetContext = { defaultFiscalYear: 2020, defaultStage: 'request' };
    const { lines } = parseBudgetText('【予算】過疎地域等自立活性化推進交付金\nうち過疎地域等自立活性化推進事業 等\n5.8億円（元年度 2.9億円）', context);
    expect(lines.map((l) => l.raw)).toEqual(Array(2).fill('【予算】過疎地域等自立活性化推進交付金 うち過疎地域等自立活性化推進事業 等 5.8億円（元年度 2.9億円）'));
    const twoItems = parseBudgetText('【予算】携帯電話等エリア整備事業 35.6億円\n(元年度 31.6億円)\n電波遮へい対策事業 32.5億円\n(元年度 42.5億円)', context).lines;
    expect(twoItems.map((l) => [l.fiscal_year, l.amount_jpy])).toEqual([[2020, 3560000000], [2019, 3160000000], [2020, 3250000000], [2019, 4250000000]]);
  });

  it('reads 財投 figures with their own labels and 平成30年度補正 inside a parenthesis', () => {
    const context: BudgetContext = { defaultFiscalYear: 2020, defaultStage: 'request' };
    const jict = parseBudgetText('産業投資450億円、政府保証270億円\n(元年度：産業投資267億円、政府保証85億円)', context).lines;
    expect(jict.map((l) => [l.fiscal_year, l.amount_jpy, l.note])).toEqual([
      [2020, 45000000000, '産業投資'], [2020, 27000000000, '政府保証'], [2019, 26700000000, '産業投資'], [2019, 8500000000, '政府保証'],
    ]);
    const heisei = parseBudgetText('【予算】 放送コンテンツの海外展開強化事業等 24.0億円 (元年度 2.0億円 平成30年度補正 14.5億円)', context).lines;
    expect(heisei.map((l) => [l.fiscal_year, l.era_label, l.stage])).toEqual([[2020, '', 'request'], [2019, '元年度', 'initial'], [2018, '平成30年度', 'supplementary']]);
  });

  it('reads R3 / R2 short forms with OCR spaces in decimals (seed 000 line 1627)', () => {
    const { lines } = parseBudgetText('R3予算額:0. 1億円 R2第3次補正予算額:14. 7億円 (R2予算額:2457. 6億円の内数)');
    expect(lines.map((l) => [l.fiscal_year, l.era_label, l.stage, l.supplementary_no, l.amount_jpy, l.part_of])).toEqual([
      [2021, 'R3', 'initial', null, 10000000, false],
      [2020, 'R2', 'supplementary', 3, 1470000000, false],
      [2020, 'R2', 'initial', null, 245760000000, true],
    ]);
  });

  it('reads 約 … (seed 000 line 41) and 程度 as approximate', () => {
    expect(only('予算額約37億円(国費ベース)', { defaultFiscalYear: 2021 })).toMatchObject({ approximate: true, amount_jpy: 3700000000, note: '国費ベース' });
    expect(only('令和3年度当初予算 10億円程度')).toMatchObject({ approximate: true, amount_jpy: 1000000000 });
  });

  it('reads every unit, mixed units, H/平成/元年度/kanji years, request stages and accounts', () => {
    expect(only('令和3年度予算 500千円').amount_jpy).toBe(500000);
    expect(only('令和3年度予算 1,200万円').amount_jpy).toBe(12000000);
    expect(only('令和3年度予算 98,765円')).toMatchObject({ amount_jpy: 98765, unit: '円' });
    expect(only('令和3年度予算 1兆2,500億円')).toMatchObject({ amount_jpy: 1250000000000, unit: '億円' });
    expect(only('平成32年度概算要求 3億円')).toMatchObject({ fiscal_year: 2020, stage: 'request' });
    expect(only('H30補正予算 3億円')).toMatchObject({ fiscal_year: 2018, era_label: 'H30', stage: 'supplementary' });
    expect(only('令和元年度予算 3億円')).toMatchObject({ fiscal_year: 2019, era_label: '令和元年度' });
    expect(only('令和五年度予算要求 3億円')).toMatchObject({ fiscal_year: 2023, stage: 'request' });
    expect(only('令和4年度第二次補正予算：2,842百万円')).toMatchObject({ supplementary_no: 2 });
    expect(only('令和3年度当初東日本大震災復興特別会計 100百万円')).toMatchObject({ account: '東日本大震災復興特別会計' });
    expect(only('令和3年度当初エネルギー対策特別会計 100百万円')).toMatchObject({ account: 'エネルギー対策特別会計' });
    expect(only('令和４年度予算：１，６７０百万円')).toMatchObject({ amount_jpy: 1670000000, raw: '令和４年度予算：１，６７０百万円' });
    expect(only('令和3年度当初⼀般会計 60百万円')).toMatchObject({ account: '一般会計' });
  });

  it('takes a bare 元年度 in the era printed before it', () => {
    const { lines } = parseBudgetText('平成30年度予算 1億円\n元年度 2億円');
    expect(lines.map((l) => l.fiscal_year)).toEqual([2018, 1989]);
  });

  it('reports what it cannot read instead of guessing', () => {
    expect(parseBudgetText('令和2年度第3次補正一般会計 全和2年度以第一個公司 25,000百万円').issues).toHaveLength(1);
    expect(parseBudgetText('令和3年度当初一般会計 3,68 2百万円').issues).toHaveLength(1);
    expect(parseBudgetText('令和3年度当初一般会計').issues).toHaveLength(1);
    expect(parseBudgetText('令和3年度予算 1.5円').issues[0]?.message).toContain('whole number');
    expect(parseBudgetText('調整中').issues[0]?.message).toBe('no budget figure found');
    expect(parseBudgetText('').issues).toEqual([]);
  });
});

// ---- the sample truth ----

interface TruthFile { policies: { name: string; budget: BudgetLine[] }[] }
const truthFiles = readdirSync(SAMPLES).filter((f) => f.endsWith('.truth.json')).sort();
const read = (file: string): TruthFile => JSON.parse(readFileSync(join(SAMPLES, file), 'utf8')) as TruthFile;

/** The documents' own years; the scanned samples take theirs from the born-digital policy of the same name. */
const CONTEXT: Record<string, BudgetContext> = {
  'soumu-juten-shisaku-2020.truth.json': { defaultFiscalYear: 2020, defaultStage: 'request' },
  'soumu-digiden-shisaku-2022.truth.json': { defaultFiscalYear: 2023, defaultStage: 'draft' },
  'soumu-shisaku-fy2021.truth.json': { defaultFiscalYear: 2021, defaultStage: 'initial' },
};
const contextByPolicy = new Map<string, BudgetContext>();
for (const [file, context] of Object.entries(CONTEXT)) for (const p of read(file).policies) contextByPolicy.set(p.name, context);

/** Truth lines a parser given only their `raw` cannot reproduce. */
const KNOWN_TRUTH_ISSUES: Record<string, number> = {
  // Notes printed on the cell's next line (「※内閣府予算計上」, 「令和4年度で終了」) are not in the line's raw text.
  'mixed-text-and-scans.truth.json': 1,
  'soumu-digiden-shisaku-2022.truth.json': 2,
};

describe('parseBudgetText against the sample truth', () => {
  for (const file of truthFiles) {
    it(`reproduces the budget lines of ${file} from their raw text`, () => {
      let lines = 0;
      let exact = 0;
      const misses: string[] = [];
      for (const policy of read(file).policies) {
        const context = contextByPolicy.get(policy.name) ?? CONTEXT[file];
        const raws = [...new Set(policy.budget.map((b) => b.raw))];
        const parsed = raws.map((raw) => parseBudgetText(raw, context));
        expect(parsed.flatMap((p) => p.issues)).toEqual([]);
        const got = parsed.flatMap((p) => p.lines);
        expect(got).toHaveLength(policy.budget.length);
        policy.budget.forEach((want, i) => {
          lines++;
          const mine = got[i]!;
          if ((Object.keys(want) as (keyof BudgetLine)[]).every((k) => mine[k] === want[k])) exact++;
          else misses.push(`${want.raw}: ${JSON.stringify(mine)}`);
          // Everything but the two known truth slips must agree.
          expect({ ...mine, era_label: want.raw === mine.raw && mine.era_label === '' ? want.era_label : mine.era_label, note: want.note })
            .toEqual({ ...want });
        });
      }
      console.info(`${file}: ${exact}/${lines} budget lines reproduced exactly`);
      expect(lines - exact).toBe(KNOWN_TRUTH_ISSUES[file] ?? 0);
    });
  }

  it('reproduces the notes too when given the cells as printed (samples/make/data)', () => {
    const data = JSON.parse(readFileSync(join(SAMPLES, 'make/data/soumu-digiden-shisaku-2022.json'), 'utf8')) as {
      policies: { name: string; budget_printed: string[]; budget: Omit<BudgetLine, 'raw'>[] }[];
    };
    for (const p of data.policies) {
      const { lines, issues } = parseBudgetText(p.budget_printed.join('\n'), CONTEXT['soumu-digiden-shisaku-2022.truth.json']);
      expect(issues).toEqual([]);
      expect(lines.map((l) => ({ ...l, era_label: undefined, raw: undefined }))).toEqual(
        p.budget.map((b) => ({ ...b, era_label: undefined, raw: undefined })),
      );
    }
  });
});

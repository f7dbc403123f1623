import { describe, expect, it } from 'vitest';
import type { Page } from '../../schemas/types.ts';
import { documentBudgetContext } from '../../pipeline/structure/budget-context.ts';

const cover = (...texts: string[]): Page[] => [
  { number: 1, width: 842, height: 595, method: 'text', method_reason: null, lines: texts.map((text, k) => ({ text, bbox: [40, 100 + 40 * k, 600, 130 + 40 * k], font_size: 24 })) },
];

describe('documentBudgetContext', () => {
  it('reads the year and stage of a title: 令和2年度概算要求', () => {
    expect(documentBudgetContext(cover('令和2年度概算要求', '総務省重点施策'))).toEqual({ fiscalYear: 2020, stage: 'request', from: 'title' });
  });

  it('reads a supplementary budget from its title, whatever the profile says', () => {
    expect(documentBudgetContext(cover('令和2年度補正予算 事業PR資料', '令和2年4月'), { fiscalYear: 2019, stage: 'initial' })).toEqual({ fiscalYear: 2020, stage: 'supplementary', from: 'title' });
  });

  it('dates a draft printed in December to the next fiscal year', () => {
    expect(documentBudgetContext(cover('デジタル田園都市国家構想 関連施策集', '令和4年12月23日'), { fiscalYear: 2000, stage: 'draft' })).toEqual({ fiscalYear: 2023, stage: 'draft', from: 'date' });
  });

  it('dates a request printed in August to the next fiscal year', () => {
    expect(documentBudgetContext(cover('重点施策 概算要求', '令和元年8月30日'))).toEqual({ fiscalYear: 2020, stage: 'request', from: 'date' });
  });

  it('takes the running footer that names year and stage over a record sentence that mentions a year, where the cover is missing (a scan of a few pages)', () => {
    const page = cover('施策名 デジタル田園都市国家構想事業費（仮称）', '概要：令和5年度において、地方財政計画の歳出に1兆2,500億円を計上し、予算の内訳として', '令和5年度予算（案）');
    expect(documentBudgetContext(page)).toEqual({ fiscalYear: 2023, stage: 'draft', from: 'title' });
  });

  it("takes the running footer's year and stage, not the prior year's figure in brackets printed beside a year-less one, where the cover is missing", () => {
    const page = cover('施策名', 'サテライトオフィスのマッチング支援', '予算額', '10百万円', '（令和4年度予算：10百万円）', '令和5年度予算（案）');
    expect(documentBudgetContext(page)).toEqual({ fiscalYear: 2023, stage: 'draft', from: 'title' });
  });

  it('reads figures compared with a prior year 「8.1億円（元年度 5.1億円）」 as the next year, a request when dated in August, where no title names the year', () => {
    const pages = cover('令和元年8月30日', '施策：地域との多様な関わりの創出', '関係人口創出・拡大事業 8.1億円（元年度 5.1億円）', 'ふるさとワーキングホリデー推進事業 0.5億円（元年度 0.5億円）', '予算');
    expect(documentBudgetContext(pages)).toEqual({ fiscalYear: 2020, stage: 'request', from: 'comparison' });
    // One such line is not a document's habit; a line whose own figure names its year compares nothing.
    // The date then says which budget is coming: a bare 予算 names no stage.
    expect(documentBudgetContext(cover('令和元年8月30日', '8.1億円（元年度 5.1億円）', '予算'))).toEqual({ fiscalYear: 2020, stage: 'request', from: 'date' });
    expect(documentBudgetContext(cover('令和元年8月30日', '2年度 8.1億円（元年度 5.1億円）', '2年度 1.0億円（元年度 0.5億円）', '予算'))?.from).toBe('date');
  });

  it("dates a coverless scan's figures by the date in its footer, its 日 read as H, a bare 予算額 label naming no stage", () => {
    const page = cover('施策名', '地域の基幹産業を中心とした地域経済活性化', '予算額', '効果的広報0.7億円【新規】', '令和元年8月30H');
    expect(documentBudgetContext(page)).toEqual({ fiscalYear: 2020, stage: 'request', from: 'date' });
  });

  it('takes the stage its budget labels name (「概算要求額」, split by OCR over its cell) for compared figures of an undated scan, not a bare 予算', () => {
    const scanPage = (number: number, name: string, figure: string): Page => ({ ...cover(`施策名: ${name}`, '概算要', '求額', figure, '【概要】')[0]!, number });
    const pages = [scanPage(2, 'シェアリングエコノミーの活用推進', 'シェアリングエコノミー活用推進事業1.0億円(元年度0.5億円)'), scanPage(3, '過疎地域の自立促進', '過疎地域等自立活性化推進事業5.8億円(元年度2.9億円)')];
    expect(documentBudgetContext(pages)).toEqual({ fiscalYear: 2020, stage: 'request', from: 'comparison' });
    // Labels naming the draft make the figures the draft's; a bare 予算 names no stage, and the coming year's figures are a request.
    const labelled = (label: string): Page[] => pages.map((page) => ({ ...page, lines: page.lines.map((line) => ({ ...line, text: line.text.replace(/^(概算要|求額)$/u, label) })) }));
    expect(documentBudgetContext(labelled('予算案額'))?.stage).toBe('draft');
    expect(documentBudgetContext(labelled('予算'))?.stage).toBe('request');
  });

  it('reads an undated, coverless document that prints a 事項要求 entry as a request, not the bare 予算 over its figures', () => {
    const recordPage = (number: number, figure: string): Page => ({ ...cover('【概要】', '予算', figure)[0]!, number });
    const pages = [recordPage(1, '効果的広報 0.4億円（元年度 0.2億円）'), recordPage(2, '地域経済循環創造事業 3.1億円（元年度 2.9億円）'), recordPage(3, 'キャッシュレス決済基盤の構築に要する経費 事項要求（元年度 119.3億円）'), recordPage(4, '緊急対策事業 事項要求（元年度 43.1億円）')];
    expect(documentBudgetContext(pages)).toEqual({ fiscalYear: 2020, stage: 'request', from: 'comparison' });
    expect(documentBudgetContext(pages.slice(0, 3))?.stage).toBe('request');
    // 事項要求 in a sentence is no entry, and names no stage: a profile's does.
    const told = [...pages.slice(0, 2), recordPage(3, '概算要求時は事項要求とされた経費を計上する。')];
    expect(documentBudgetContext(told, { fiscalYear: 2020, stage: 'draft' })?.stage).toBe('draft');
    expect(documentBudgetContext(pages, { fiscalYear: 2020, stage: 'draft' })?.stage).toBe('request');
  });

  it("takes no year from a record's sentence that mentions one (「令和5年度末までに…」) on a document's first page", () => {
    const page = cover('施策名：マイナンバー制度における情報連携の円滑な実施', '行政機関等の間での情報連携において基盤となる情報提供ネットワークシステムの設置・管理、令和5年度末までに戸籍関係情報の情報連携が開始されること等', '予算', '社会保障・税番号制度システム整備費補助金 65.3億円（元年度 46.1億円）', '情報提供ネットワークシステム運営経費 12.0億円（元年度 10.5億円）');
    expect(documentBudgetContext(page)).toEqual({ fiscalYear: 2020, stage: 'request', from: 'comparison' });
    // A scan's OCR reads the sentence in short lines; a title with a comma (「令和2年度補正予算（第1号、」) is still a title.
    const scanned = cover('令和元年8月30日', '施策:マイナンバー制度における情報連携の円滑な実施', 'の設置・管理、令和5年度末までに戸籍関係情報の情報連携が開始されること等を', '社会保障・税番号制度システム整備費補助金65.3億円(元年度46.1億円)', '情報提供ネットワークシステム運営経費12.0億円(元年度10.5億円)');
    expect(documentBudgetContext(scanned)).toEqual({ fiscalYear: 2020, stage: 'request', from: 'comparison' });
    expect(documentBudgetContext(cover('令和2年度補正予算（第1号、', '特第1号及び機第1号）等の説明'))).toEqual({ fiscalYear: 2020, stage: 'supplementary', from: 'title' });
    // A sentence's wrapped line, closing a bracket it did not open, names no budget (its 平成30年度 is when a service began).
    const wrapped = cover('① 総務省統計局の移転', '予算:—', '総務省統計局は、和歌山県の協力・受入体制の整備を前提に、和歌山県に「統計', 'データ利活用センター」を置き、統計マイクロデータ提供等の業務を平成30年度', '予算:令和5年度予算(案):255百万円');
    expect(documentBudgetContext(wrapped)).toEqual({ fiscalYear: 2023, stage: 'draft', from: 'figures' });
  });

  it('takes the coming budget its figures name (the latest draft or request) for a few pages with no cover, before the profile', () => {
    // A scan of some pages of a catalogue: past supplementaries and one project's 令和5年度予算(案), the others' budget a dash.
    const pages = [
      { ...cover('施策名:①ふるさと納税の活用促進', '予算額: -')[0]!, number: 1 },
      { ...cover('施策名:②総務省統計局の移転', '予算額: -')[0]!, number: 2 },
      { ...cover('施策名:④放送コンテンツによる地域情報発信力強化事業', '令和5年度予算(案)', ': 52百万円', '令和4年度第二次補正: 789百万円', '令和3年度補正: 1,129百万円')[0]!, number: 3 },
    ];
    expect(documentBudgetContext(pages, { fiscalYear: 2021, stage: 'initial' })).toEqual({ fiscalYear: 2023, stage: 'draft', from: 'figures' });
    const figures = (...texts: string[]): Page[] => [...pages.slice(0, 2), { ...cover(...texts)[0]!, number: 3 }];
    expect(documentBudgetContext(figures('施策名:DX推進', '令和6年度概算要求額 3,000百万円', '令和5年度補正予算額 12億円'))).toEqual({ fiscalYear: 2024, stage: 'request', from: 'figures' });
    // Past budgets alone name no coming one.
    expect(documentBudgetContext(figures('施策名:DX推進', '令和5年度補正予算額 12億円'))).toBeUndefined();
  });

  it("reads a coverless document's year-less figures as the year after the prior figures printed in brackets under them, not the year of a record's own past entry", () => {
    // 事業PR-like cells of a catalogue with no cover: a year-less figure, the prior years' in brackets on the lines under it, wrapped in a narrow cell.
    const pages = [
      { ...cover('施策名', '(1) 放送コンテンツによる地域情報発信力強化事業', '予算額', '52百万円', '（令和4年度第二次補正：', '789百万円）', '（令和4年度予算：101百万円）')[0]!, number: 1 },
      { ...cover('施策名', '(2) 情報信託機能活用促進事業', '予算額', '令和4年度第二次補正：214', '百万円', '(3) 携帯電話等エリア整備事業', '予算額', '1,798百万円', '（令和4年度第二次補正予算：1,001百万', '円）')[0]!, number: 2 },
    ];
    expect(documentBudgetContext(pages, { fiscalYear: 2023, stage: 'draft' })).toEqual({ fiscalYear: 2023, stage: 'draft', from: 'comparison' });
    // The prior year's budget printed under the figure with no bracket (「208百万円」 over 「令和4年度予算：244百万円」, rand32 r3232-10);
    // not a year in a sentence under it.
    const bare = (under: string): Page[] => [1, 2].map((number) => ({ ...cover('地域おこし協力隊', '予算額', '208百万円', under, '施策効果の詳細：…')[0]!, number }));
    expect(documentBudgetContext(bare('令和4年度予算：244百万円'))).toEqual({ fiscalYear: 2023, stage: 'request', from: 'comparison' });
    expect(documentBudgetContext(bare('令和4年度の隊員数は6,447人であり、更なる増加を目指す。'))).toBeUndefined();
    // A record's entry naming the coming budget after its cell's label says which budget is coming.
    const entries = [{ ...cover('施策名', '①ふるさと納税の活用促進', '予算額: -', '②地域おこし協力隊', '予算額:令和5年度予算(案) : 208百万円', '令和4年度予算: 244百万円')[0]!, number: 1 }];
    expect(documentBudgetContext(entries, { fiscalYear: 2021, stage: 'initial' })).toEqual({ fiscalYear: 2023, stage: 'draft', from: 'figures' });
    // Nor is a past entry's label whose figure a narrow cell wrapped onto the next line a title naming the year.
    const wrapped = [{ ...cover('1．デジタル田園都市国家構想事業費', '予算額', '-', '2．テレワーク普及展開推進事業', '予算額', '令和5年度予算(案)：255百', '万円', '令和4年度第二次補正：', '205百万円')[0]!, number: 1 }];
    expect(documentBudgetContext(wrapped, { fiscalYear: 2021, stage: 'initial' })).toEqual({ fiscalYear: 2023, stage: 'draft', from: 'figures' });
  });

  it("takes the year most of a coverless scan's projects start in (事業期間), with the stage its budget labels name, before the profile; a period is no title", () => {
    const sheet = (number: number, name: string, budget: string, period: string): Page => ({ ...cover(name, budget, '事業期間', period)[0]!, number });
    const pages = [sheet(1, '地域中核企業成長投資促進事業', '補正予算案額: 42.5億円', '令和5年度～令和7年度'), sheet(2, '事業承継・引継ぎ円滑化支援事業', '補正予算案額: 25.6億円', '令和5年度～令和8年度'), sheet(3, '伝統的工芸品産地基盤強化事業', '補正予算案額: 6.2億円', '令和3年度～令和7年度')];
    expect(documentBudgetContext(pages, { fiscalYear: 2019, stage: 'initial' })).toEqual({ fiscalYear: 2023, stage: 'supplementary', from: 'period' });
    // A bare 予算額 names no stage; one project's period, or periods starting in as many years, no year.
    const bare = pages.map((page) => ({ ...page, lines: page.lines.map((line) => ({ ...line, text: line.text.replace('補正予算案額', '予算額') })) }));
    expect(documentBudgetContext(bare)).toEqual({ fiscalYear: 2023, stage: 'initial', from: 'period' });
    expect(documentBudgetContext(bare.slice(0, 1))).toBeUndefined();
    expect(documentBudgetContext([bare[0]!, bare[2]!])).toBeUndefined();
  });

  it("falls back to the profile's year only when the document says nothing", () => {
    expect(documentBudgetContext(cover('施策集'), { fiscalYear: 2021, stage: 'initial' })).toEqual({ fiscalYear: 2021, stage: 'initial', from: 'profile' });
    expect(documentBudgetContext(cover('施策集'))).toBeUndefined();
  });
});

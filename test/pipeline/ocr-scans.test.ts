import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageLayout } from '../../pipeline/extract/types.ts';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import { OcrPool } from '../../pipeline/ocr/ocr-pool.ts';
import { readRecords } from '../../pipeline/structure/read-records.ts';
import { findTables } from '../../pipeline/tables/find-tables.ts';
import { readPdfPages } from '../../pipeline/run/read-pages.ts';
import type { TruthDocument } from '../../samples/make/truth.ts';
import { compact, readInOrder, samplesDir } from '../support/samples.ts';

/**
 * Real tesseract.js on scans made like a scanner's (samples/make/make-scans.ts): 300 dpi, skewed,
 * blurred, noisy, JPEG. Pages 1 and 4 of the 2020 重点施策 scan: a white-on-dark tab, a heading
 * behind a bar on a gray band, and page 4 skewed 1.2°.
 */
const pool = new OcrPool({ workers: 1 });
let layouts: PageLayout[];

beforeAll(async () => {
  const { documents } = await ingestSources([join(samplesDir, 'scanned-juten-shisaku-2020-pages.pdf')]);
  layouts = (await readPdfPages(documents[0]!, { pages: [1, 4], ocr: pool })).layouts;
}, 120_000);

afterAll(() => pool.close());

const textOf = (page: number): string[] => layouts.find((l) => l.page.number === page)!.page.lines.map((l) => compact(l.text));

describe('OCR of scanned pages', () => {
  it('reads the white-on-dark tab and the heading beside its bar (not 「加()」)', () => {
    const lines = textOf(1);
    expect(lines[0]).toBe(compact('3 Society 5.0を支えるICTインフラ整備'));
    expect(lines).toContain(compact('(1)高速・大容量の無線局を支える光ファイバの整備'));
  });

  it('keeps each line of a page skewed 1.2° whole, in reading order', () => {
    const lines = textOf(4);
    const at = (start: string): number => lines.findIndex((l) => l.startsWith(compact(start)));
    const long = lines[at('・ICTを活用した')]!;
    expect(long).toContain(compact('見据えた遠隔医'));
    expect(at('・ICTを活用した')).toBeLessThan(at('療モデルの構築'));
    expect(at('療モデルの構築')).toBeLessThan(at('【予算】'));
  });
});

describe('OCR of the scanned FY2021 施策集 pages (skewed up to 1.2°, a table of labelled cells on each)', () => {
  let layouts: PageLayout[];
  beforeAll(async () => {
    const { documents } = await ingestSources([join(samplesDir, 'scanned-shisaku-fy2021-pages.pdf')]);
    layouts = (await readPdfPages(documents[0]!, { ocr: pool })).layouts;
  }, 240_000);
  const linesOf = (page: number): string[] => layouts.find((l) => l.page.number === page)!.page.lines.map((l) => compact(l.text));

  it('keeps a line whole where tesseract boxed two touching words apart (page 4)', () => {
    expect(linesOf(4)).toContain(compact('医療・健康データを連携・利活用するための基盤を構築・高度化し、医療等サービスの飛躍的な向上・効率化を図ることにより、国民ひとりひ'));
  });

  it('reads the small labels on gray cells (分野, 予算 / 額, 総合戦 / 略該当 / 箇所) on every page', () => {
    for (const page of [1, 2, 3, 4]) expect(linesOf(page)).toEqual(expect.arrayContaining(['分野', '予算', '額', '総合戦', '略該当', '箇所']));
  });

  it('reads each line of the budget cell once, beside a label spaced over two lines (page 2): no overlapping second reading', () => {
    const budget = linesOf(2).filter((line) => line.includes('年度'));
    expect(budget).toEqual([compact('令和2年度3次補正一般会計1,100百万円'), compact('令和3年度当初一般会計1,100百万円')]);
  });

  it('gives every record its field, strategy reference, budget lines and bulleted items', () => {
    const { records } = readRecords({ fileName: 'scanned-shisaku-fy2021-pages.pdf', sha256: '0'.repeat(64), bytes: 1 }, layouts, layouts.map((l) => l.page))!;
    // One page each: the running header 「総務省」, repeated at the head of every page, joins no record.
    expect(records.map((r) => r.source.pages)).toEqual([[1], [2], [3], [4]]);
    expect(records.map((r) => [r.field, r.strategy_refs])).toEqual([
      ['5Gなどの情報通信基盤の早期整備', ['横2-1-(1)-i']],
      ['地域における情報通信基盤等の環境整備', ['その他']],
      ['5Gなどの情報通信基盤の早期整備', ['横2-1-(1)-i']],
      ['医療・教育分野での未来技術の活用', ['横2-1-(2)-vi']],
    ]);
    expect(records.map((r) => r.budget.map((b) => [b.fiscal_year, b.stage, b.supplementary_no, b.amount_jpy, b.part_of]))).toEqual([
      [[2021, 'initial', null, 1_514_000_000, false]],
      [
        [2020, 'supplementary', 3, 1_100_000_000, false],
        [2021, 'initial', null, 1_100_000_000, false],
      ],
      [[2021, 'initial', null, 11_433_000_000, true]],
      [[2021, 'initial', null, 85_000_000, true]],
    ]);
    // The ✓ bullets, which tesseract reads as 「ソン」「ン」, open the items of 特徴・ポイント.
    expect(records[3]!.sections['特徴・ポイント']?.split('\n')).toEqual([
      '近時の遠隔医療の取組みを調査し、遠隔医療モデルに関する参考書等をとりまとめる。',
      '民間PHR事業者においてルールが遵守される仕組みの検討等に向けた調査を行う。',
    ]);
  });
});

describe('OCR of a scanned page of vertical text (縦書き)', () => {
  let page: PageLayout['page'];
  beforeAll(async () => {
    const { documents } = await ingestSources([join(samplesDir, 'scanned-vertical-text.pdf')]);
    [{ page }] = (await readPdfPages(documents[0]!, { pages: [1], ocr: pool })).layouts as [PageLayout];
  }, 120_000);

  it('reads it with jpn_vert: the title column first, then the columns right to left, the upper 段 before the lower', () => {
    expect(page.method_reason).toContain('vertical text, read with jpn_vert');
    const lines = page.lines.map((l) => compact(l.text));
    expect(lines[0]).toBe(compact('地域情報化アドバイザー派遣制度のご案内'));
    const at = (start: string): number => lines.findIndex((l) => l.startsWith(compact(start)));
    expect(at('方公共団体等を支援するため')).toBeGreaterThan(0);
    expect(at('方公共団体等を支援するため')).toBeLessThan(at('化アドバイザー派遣制度」を実施'));
    expect(at('費用はかかりません')).toBeLessThan(at('詳しくは、総務省ホームページ'));
    // A column's font size is its width, not its length.
    expect(page.lines[0]!.bbox[3] - page.lines[0]!.bbox[1]).toBeGreaterThan(10 * page.lines[0]!.font_size);
  });

  it('keeps the horizontal footer under the columns as one line, last', () => {
    expect(compact(page.lines.at(-1)!.text)).toBe(compact('問合せ先：総務省地域情報化企画室　電話 03-5253-5525（直通）'));
  });
});

describe('OCR of a scanned 縦書き notice: two 段, a horizontal footer and page number (samples/scanned-vertical-notice.pdf)', () => {
  const truth = JSON.parse(readFileSync(join(samplesDir, 'scanned-vertical-notice.truth.json'), 'utf8')) as TruthDocument;
  const [heading, ...rest] = truth.page_texts[0]!.texts;
  const pageNumber = rest.pop()!;
  const footer = rest.pop()!;
  let page: PageLayout['page'];
  beforeAll(async () => {
    const { documents } = await ingestSources([join(samplesDir, 'scanned-vertical-notice.pdf')]);
    [{ page }] = (await readPdfPages(documents[0]!, { ocr: pool })).layouts as [PageLayout];
  }, 120_000);

  it('finds the writing direction and the 段 in the scan itself, with no text layer to go by', () => {
    expect(page.method_reason).toBe("no text layer: the page is a scanned image; read in 4 段 top to bottom where the scan's ink stands; vertical text, read with jpn_vert");
  });

  it('reads every paragraph in order, the heading first, a paragraph run on into the lower 段 whole, within 4% CER', () => {
    const { missing, cer } = readInOrder(page, [heading!, ...rest]);
    expect(missing).toEqual([]);
    expect(cer).toBeLessThanOrEqual(0.04);
  });

  it('reads the footer and the page number with jpn, each as one line, after the columns', () => {
    const lines = page.lines.map((l) => compact(l.text));
    const sender = lines.findIndex((l) => l.includes(compact('地域振興課')) && !l.includes(compact('問合せ先')));
    expect(lines.slice(sender + 1)).toHaveLength(2);
    expect(readInOrder({ lines: page.lines.slice(sender + 1) }, [footer]).cer).toBeLessThanOrEqual(0.1);
    // The dashes about 「3」 are lost; the digit stands last, where it is printed.
    expect(lines.at(-1)).toBe(compact(pageNumber).replace(/-/gu, ''));
  });
});

describe('tables on a scanned page', () => {
  it('finds the ruled table of a scanned 施策集 page from the borders in the scan, its header and cells as printed', async () => {
    const { documents } = await ingestSources([join(samplesDir, 'scanned-digiden-shisaku-2022-pages.pdf')]);
    const scanned = (await readPdfPages(documents[0]!, { pages: [1], ocr: pool })).layouts;
    expect(scanned[0]!.rules.length).toBeGreaterThan(4);
    const table = findTables(scanned).find((t) => t.header.length > 0);
    expect(table?.ruling).toBe('ruled');
    expect(table?.header.map((row) => row.map((c) => compact(c.text)))).toEqual([['施策分類', 'デジ田総合戦略における位置づけ', '予算額']]);
    // The 予算額 cell's lone dash, read with its cell alone, comes as 「ー」 (the budget stage takes it for a dash).
    expect(table?.rows.map((row) => row.map((c) => compact(c.text)))).toEqual([['②税制', '①デジタル実装による地方の社会課題解決・魅力向上', 'ー']]);
  }, 120_000);
});

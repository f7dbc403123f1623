import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PageLayout } from '../../pipeline/extract/types.ts';
import { orderForReading } from '../../pipeline/lines/reading-order.ts';
import { layoutTextLines, type TextRun } from '../../pipeline/extract/text-lines.ts';
import { isVerticalLine } from '../../pipeline/lines/vertical-line.ts';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import type { TruthDocument } from '../../samples/make/truth.ts';
import type { Line } from '../../schemas/types.ts';
import { readPdfPages } from '../../pipeline/run/read-pages.ts';
import { compact, missingInOrder, samplesDir } from '../support/samples.ts';

const truth = JSON.parse(readFileSync(join(samplesDir, 'vertical-text.truth.json'), 'utf8')) as TruthDocument;
let layouts: PageLayout[];

beforeAll(async () => {
  const { documents } = await ingestSources([join(samplesDir, 'vertical-text.pdf')]);
  layouts = (await readPdfPages(documents[0]!)).layouts;
});

const pageLines = (n: number) => layouts.find((l) => l.page.number === n)!.page.lines;

describe('vertical text of samples/vertical-text.pdf', () => {
  it('reads every page as the truth says: columns right to left, 段 top to bottom, then the footer', () => {
    for (const { page, texts } of truth.page_texts) {
      expect(missingInOrder(pageLines(page).map((l) => l.text).join('\n'), texts), `page ${page}`).toEqual([]);
    }
  });

  it('gives each column of the Chromium notice as one line with a tall, one-glyph-wide box', () => {
    const lines = pageLines(1);
    const [heading, ...rest] = lines;
    const footer = rest.pop()!;
    expect(compact(heading!.text)).toBe('地域情報化アドバイザー派遣制度のご案内');
    expect(rest.every(isVerticalLine)).toBe(true);
    expect(isVerticalLine(footer)).toBe(false);
    for (const line of [heading!, ...rest]) expect(line.bbox[2] - line.bbox[0]).toBeLessThan(1.2 * line.font_size);
    // The heading stands right of the body; the body's first 段 reads its columns right to left.
    expect(heading!.bbox[0]).toBeGreaterThan(Math.max(...rest.map((l) => l.bbox[2])));
    const firstBand = rest.filter((l) => l.bbox[3] < 842 / 2);
    expect(firstBand.length).toBeGreaterThanOrEqual(6);
    expect(firstBand.map((l) => l.bbox[0])).toEqual([...firstBand.map((l) => l.bbox[0])].sort((a, b) => b - a));
    // The footer under the columns is horizontal and last.
    expect(footer.bbox[1]).toBeGreaterThan(Math.max(...rest.map((l) => l.bbox[3])));
  });

  it('keeps Latin turned sideways and 縦中横 digits in their column, in place', () => {
    const texts = pageLines(1).map((l) => compact(l.text));
    expect(texts.some((t) => t.includes('総務省では、ICTを活用した'))).toBe(true);
    expect(texts.some((t) => t.includes('自治体DXの推進'))).toBe(true);
    expect(texts.some((t) => t.includes('最長12か月で'))).toBe(true);
  });

  it('reads a vertical CMap font (pdf.js dir ttb) column by column, boxes centred on the glyph origin', () => {
    const lines = pageLines(2);
    expect(lines.map((l) => compact(l.text))).toEqual(truth.page_texts[1]!.texts.map(compact));
    // The first body column was shown at x = 475 in 12 pt: its glyphs span 469–481.
    expect(lines[1]!.bbox[0]).toBeCloseTo(469, 1);
    expect(lines[1]!.bbox[2]).toBeCloseTo(481, 1);
    expect(lines[1]!.bbox[1]).toBeCloseTo(842 - 740, 1);
  });
});

describe('orderForReading on vertical lines', () => {
  /** A column of 10 pt glyphs whose right edge is at `x`, from `top` down. */
  const column = (text: string, x: number, top: number): Line => ({ text, bbox: [x - 10, top, x, top + 10 * [...text].length], font_size: 10 });

  it('reads a horizontal title, then the 段 top to bottom, each 段 right to left, then a footer', () => {
    const lines: Line[] = [
      { text: '題', bbox: [100, 40, 400, 56], font_size: 16 },
      column('上段二', 480, 100),
      column('下段一', 500, 300),
      column('上段一', 500, 100),
      column('下段二', 480, 300),
      { text: '脚注', bbox: [100, 700, 140, 710], font_size: 10 },
    ];
    expect(orderForReading(lines, []).map((l) => l.text)).toEqual(['題', '上段一', '上段二', '下段一', '下段二', '脚注']);
  });

  it('reads a heading column spanning both 段 before them', () => {
    const lines = [column('下段', 500, 300), column('見出しの列です'.repeat(4), 560, 100), column('上段', 500, 100)];
    expect(orderForReading(lines, []).map((l) => l.text)).toEqual(['見出しの列です'.repeat(4), '上段', '下段']);
  });
});

/** A4 portrait at scale 1 (pdf.js `viewport.transform`). */
const A4_VIEWPORT = [1, 0, 0, -1, 0, 842];
const glyph = (str: string, x: number, y: number, size = 12): TextRun => ({ str, transform: [size, 0, 0, size, x, y], width: size });

describe('layoutTextLines on glyphs placed one by one', () => {
  it('reads glyphs stacked in columns on a grid (office suites) as columns, not as rows across them', () => {
    // Two columns 18 pt apart (line height 1.5), glyphs of both on the same baselines.
    const columns = ['縦書きの', '文書です'];
    const runs = columns.flatMap((text, c) => [...text].map((ch, i) => glyph(ch, 500 - 18 * c, 780 - 12 * i)));
    expect(layoutTextLines(runs, A4_VIEWPORT).map((l) => l.text)).toEqual(['縦書きの', '文書です']);
  });

  it('keeps a horizontal line written glyph by glyph as one line', () => {
    const runs = [...'施策の概要'].map((ch, i) => glyph(ch, 100 + 12 * i, 700));
    expect(layoutTextLines(runs, A4_VIEWPORT).map((l) => l.text)).toEqual(['施策の概要']);
  });

  it('keeps one-glyph table cells in rows further apart than vertical text sets its glyphs', () => {
    // 有 / 無 / 有 marks in a column, rows 18 pt apart, each beside its row's label.
    const runs = ['有', '無', '有'].flatMap((mark, i) => [glyph(mark, 300, 700 - 18 * i), { ...glyph('東京都', 100, 700 - 18 * i), width: 36 }]);
    const lines = layoutTextLines(runs, A4_VIEWPORT);
    expect(lines.filter((l) => ['有', '無'].includes(l.text))).toHaveLength(3);
    expect(lines.some(isVerticalLine)).toBe(false);
  });

  it('keeps one-glyph cells of a tight ruled list apart, however close its rows', () => {
    // ○ marks in rows 13.5 pt apart (a spreadsheet's default row height), a border under each row.
    const runs = [0, 1, 2, 3].map((i) => glyph('○', 300, 700 - 13.5 * i));
    const horizontalRules = [0, 1, 2, 3].map((i) => ({ from: 280, to: 330, at: 842 - 700 + 13.5 * i + 2.5 }));
    const lines = layoutTextLines(runs, A4_VIEWPORT, { horizontalRules });
    expect(lines.map((l) => l.text)).toEqual(['○', '○', '○', '○']);
  });
});

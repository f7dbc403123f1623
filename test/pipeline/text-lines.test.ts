import { describe, expect, it } from 'vitest';
import { layoutTextLines, type TextRun } from '../../pipeline/extract/text-lines.ts';

/** A4 portrait at scale 1: PDF y grows upwards, the viewport flips it (pdf.js `viewport.transform`). */
const A4_VIEWPORT = [1, 0, 0, -1, 0, 842];

/** A horizontal run at PDF coordinates (x, y) of the given size. */
const run = (str: string, x: number, y: number, size = 10.5, width = str.length * size): TextRun => ({
  str,
  transform: [size, 0, 0, size, x, y],
  width,
});

describe('layoutTextLines', () => {
  it('joins Japanese runs on one baseline without a space', () => {
    const lines = layoutTextLines([run('施策名:', 40, 800), run('高度無線環境整備推進事業', 40 + 4 * 10.5, 800)], A4_VIEWPORT);
    expect(lines.map((l) => l.text)).toEqual(['施策名:高度無線環境整備推進事業']);
  });

  it('reads text drawn twice in place (a stroke over a fill, a faked bold) once, and the same text printed a character on once more', () => {
    const twice = [run('目的', 40, 800), run('目的', 40.3, 800.2), run('：地域を支える', 40 + 2 * 10.5, 800), run('：地域を支える', 40.3 + 2 * 10.5, 800)];
    expect(layoutTextLines(twice, A4_VIEWPORT).map((l) => l.text)).toEqual(['目的：地域を支える']);
    expect(layoutTextLines([run('ー', 40, 700), run('ー', 50.5, 700)], A4_VIEWPORT).map((l) => l.text)).toEqual(['ーー']);
  });

  it('keeps the space of a visible gap between Latin words', () => {
    const lines = layoutTextLines([run('03-5253-5866', 100, 700, 10, 60), run('koudo@soumu.go.jp', 164, 700, 10, 90)], A4_VIEWPORT);
    expect(lines.map((l) => l.text)).toEqual(['03-5253-5866 koudo@soumu.go.jp']);
  });

  it('splits runs that stand far apart on one baseline, as table cells do', () => {
    const lines = layoutTextLines([run('分野', 40, 600), run('5Gなどの情報通信基盤の早期整備', 120, 600)], A4_VIEWPORT);
    expect(lines.map((l) => l.text)).toEqual(['分野', '5Gなどの情報通信基盤の早期整備']);
  });

  it("splits a row at a narrow gap where a justified column's lines end (経産省 PR page 29: a paragraph and a figure's caption one em apart), and only there", () => {
    // Left column 25–411 (26 glyphs of 14.6 pt, justified); on the second row a caption starts at 426, 15 pt on.
    const column = (y: number, str = 'なリスク管理、またサプライチェーンにおける必'): TextRun => run(str, 25, y, 14.6, 386);
    const caption = run('＜調査研究と東アジア・ASEAN諸国へのアウトリーチ＞', 426, 500, 14.6, 330);
    const page = [column(540), column(520), column(500), column(480), column(460), caption];
    expect(layoutTextLines(page, A4_VIEWPORT).map((l) => l.text).slice(2, 4)).toEqual([column(0).str, caption.str]);
    // Letter-spaced labels one em apart, over each other, are no columns: too short to be a column's lines.
    const spaced = [540, 520, 500].flatMap((y) => [run('予', 40, y), run('算', 61, y), run('額', 82, y)]);
    expect(layoutTextLines(spaced, A4_VIEWPORT).map((l) => l.text)).toEqual(['予 算 額', '予 算 額', '予 算 額']);
    // A line whose neighbours run on past the gap is one line: the gap is no gutter.
    const prose = [run('地域の移動手段を確保するため、予約型の乗合交通を', 25, 540, 14.6, 386), run('導入する。', 426, 540, 14.6, 73), run('市町村が運行する乗合交通の導入経費と運行に要する経費を補助し、', 25, 520, 14.6, 470)];
    expect(layoutTextLines(prose, A4_VIEWPORT).map((l) => l.text)[0]).toBe('地域の移動手段を確保するため、予約型の乗合交通を 導入する。');
  });

  it("keeps a URL that overflows its cell's border apart from the next cell's text drawn over it, but not text that runs on across a border", () => {
    // Column borders at x = 300 and 360; rules are in viewport coordinates (y down): the baseline 700 is at 142.
    const verticalRules = [300, 360].map((at) => ({ at, from: 100, to: 160 }));
    const url = run('http://www.urawa-med.or.jp/urawa/app/htdocs/index.php', 100, 700, 10, 280);
    expect(layoutTextLines([url, run('有', 325, 700, 10, 10)], A4_VIEWPORT, { verticalRules }).map((l) => l.text)).toEqual([url.str, '有']);
    // A centred URL a little wider than its cell starts just short of the border, a few points after the phone number.
    const phone = run('0282-86-1111', 232, 700, 10, 60);
    expect(layoutTextLines([phone, run('www2.dokkyomed.ac.jp', 298, 700, 10, 100)], A4_VIEWPORT, { verticalRules }).map((l) => l.text)).toEqual([phone.str, 'www2.dokkyomed.ac.jp']);
    const note = [run('※11月16日以降は検査件数に、', 100, 700, 10, 220), run('再陽性数を含む。', 320, 700, 10, 80)];
    expect(layoutTextLines(note, A4_VIEWPORT, { verticalRules }).map((l) => l.text)).toEqual(['※11月16日以降は検査件数に、再陽性数を含む。']);
  });

  it('orders lines top to bottom whatever order the content stream had', () => {
    const lines = layoutTextLines([run('概要', 40, 500), run('目的', 40, 600), run('施策名', 40, 700)], A4_VIEWPORT);
    expect(lines.map((l) => l.text)).toEqual(['施策名', '目的', '概要']);
  });

  it('gives boxes in points from the top-left corner', () => {
    const [line] = layoutTextLines([run('予算額', 40, 742, 10, 30)], A4_VIEWPORT);
    expect(line?.bbox[0]).toBe(40);
    expect(line?.bbox[2]).toBe(70);
    expect(line?.bbox[1]).toBeCloseTo(100 - 8.8, 5);
    expect(line?.bbox[3]).toBeCloseTo(101.2, 5);
  });

  it('places text on a page rotated by 90 degrees', () => {
    // pdf.js viewport of a 595×842 page with /Rotate 90.
    const lines = layoutTextLines([run('目的', 100, 500, 10, 20)], [0, 1, 1, 0, 0, 0]);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.text).toBe('目的');
  });
});

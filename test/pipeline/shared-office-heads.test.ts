import { describe, expect, it } from 'vitest';
import { parseOfficeText } from '../../pipeline/normalise/offices.ts';
import { withSharedHeads } from '../../pipeline/structure/shared-office-heads.ts';
import type { Line } from '../../schemas/types.ts';

const textsOf = (lines: readonly { line: Line }[]): string[] => lines.map((l) => l.line.text);
const line = (text: string, x0: number, y0: number, x1: number, size = 10): { line: Line; page: number } => ({ line: { text, bbox: [x0, y0, x1, y0 + size], font_size: size }, page: 1 });

describe('withSharedHeads: a division set under another office shares its head', () => {
  it('gives the division under the last segment what the line above prints before that segment (経産省 PR page 21)', () => {
    const lines = [
      line('内閣官房 官民一体型需要喚起キャンペーン準備室', 420, 10, 665, 9.7),
      line('経済産業省 商務・サービスグループ 官民一体型需要喚起推進室', 420, 22, 687, 9.7),
      line('クールジャパン政策課', 569, 34, 651, 9.7),
      line('中小企業庁 商業課', 420, 45, 505, 9.7),
    ];
    expect(parseOfficeText(textsOf(withSharedHeads(lines)).join('\n')).map((o) => o.name)).toEqual([
      '内閣官房官民一体型需要喚起キャンペーン準備室',
      '経済産業省商務・サービスグループ官民一体型需要喚起推進室',
      '経済産業省商務・サービスグループクールジャパン政策課',
      '中小企業庁商業課',
    ]);
  });

  it('gives each division of a column under the same segment the same head, its phone kept', () => {
    const lines = [line('製造産業局 素材産業課 03-3501-1737', 100, 100, 280), line('生活製品課 03-3501-0969', 160, 112, 270), line('化学物質管理課', 160, 124, 230)];
    expect(textsOf(withSharedHeads(lines))).toEqual(['製造産業局 素材産業課 03-3501-1737', '製造産業局 生活製品課 03-3501-0969', '製造産業局 化学物質管理課']);
  });

  it('leaves alone a division at the left edge, one indented under no segment, one set in another size or far below', () => {
    const lines = [
      line('製造産業局 素材産業課', 100, 100, 200),
      line('生活製品課', 100, 112, 150),
      line('総務課', 125, 124, 155),
      line('製造産業局 金属課', 100, 200, 185),
      line('宇宙産業室', 150, 212, 180, 6),
      line('製造産業局 産業機械課', 100, 300, 205),
      line('製造総務課', 150, 330, 200),
    ];
    expect(textsOf(withSharedHeads(lines))).toEqual(lines.map((l) => l.line.text));
  });
});

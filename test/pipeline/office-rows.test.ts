import { describe, expect, it } from 'vitest';
import { parseOfficeText } from '../../pipeline/normalise/offices.ts';
import { withRowContacts } from '../../pipeline/structure/office-rows.ts';
import type { Line } from '../../schemas/types.ts';

const line = (text: string, x0: number, y0: number, x1: number, size = 9): { line: Line; page: number } => ({ line: { text, bbox: [x0, y0, x1, y0 + size], font_size: size }, page: 1 });

describe("withRowContacts: a contact printed apart on its office row is that office's", () => {
  it('joins a phone a gap to the right of an office without one, wherever the reading order put it (経産省 PR page 32)', () => {
    const lines = [
      line('（１）通商政策局 総務課', 585, 12, 689),
      line('貿易経済協力局 貿易振興課 03-3501-6759', 612, 22, 794),
      line('（２）貿易経済協力局 投資促進課 03-3501-1662', 585, 33, 795),
      line('03-3501-1654', 701, 12, 764),
    ];
    expect(parseOfficeText(withRowContacts(lines).map((l) => l.line.text).join('\n')).map((o) => [o.name, o.phones])).toEqual([
      ['通商政策局総務課', ['03-3501-1654']],
      ['貿易経済協力局貿易振興課', ['03-3501-6759']],
      ['貿易経済協力局投資促進課', ['03-3501-1662']],
    ]);
  });

  it('leaves a phone on no office row, or beside an office with a phone of its own, where it stands', () => {
    const lines = [line('製造産業局 素材産業課 03-3501-1737', 100, 100, 300), line('03-3501-0000', 320, 100, 380), line('03-3501-1111', 320, 140, 380)];
    expect(withRowContacts(lines)).toEqual(lines);
  });
});

describe('parseOfficeText: numbered divisions under their bureau', () => {
  it('drops the numbers that open the lines of a name wrapped under its bureau, the phones inline', () => {
    const printed = '製造産業局\n（1）金属課 金属技術室 03-3501-1794\n（2）宇宙産業室 03-3501-0973';
    expect(parseOfficeText(printed).map((o) => [o.name, o.phones])).toEqual([
      ['製造産業局金属課金属技術室', ['03-3501-1794']],
      ['製造産業局宇宙産業室', ['03-3501-0973']],
    ]);
  });
});

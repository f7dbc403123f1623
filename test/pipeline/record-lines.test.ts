import { describe, expect, it } from 'vitest';
import type { Line } from '../../schemas/types.ts';
import { documentLines } from '../../pipeline/structure/record-lines.ts';
import { soumuShisakuFy2021 } from '../../pipeline/structure/profiles/soumu-shisaku-fy2021.ts';

const line = (text: string, y0: number, y1: number): Line => ({ text, bbox: [40, y0, 300, y1], font_size: y1 - y0, confidence: 90 });

describe('documentLines', () => {
  it('leaves out lines whose middle lies in the margins, as a scan and OCR place the running header: a few points lower and taller', () => {
    // The FY2021 profile's top margin is 32 pt: its text layer prints 「総務省」 at 21–30, the scan's OCR at 24–37 (page 1).
    const page = { number: 1, width: 848, height: 604, method: 'ocr' as const, method_reason: null, lines: [line('総務省', 24, 37), line('施策名:ICT基盤高度化事業', 35, 55), line('12', 580, 590)] };
    expect(documentLines([{ page, rules: [] }], soumuShisakuFy2021).map((l) => l.line.text)).toEqual(['施策名:ICT基盤高度化事業']);
  });

  it("leaves out the profile's running header lower down in the top tenth, and keeps the same text elsewhere", () => {
    // The FY2021 scan's page 4 has 「総務省」 at 29–42 (middle 35.5, past the margin), its 施策名 from 44.
    const page = { number: 4, width: 848, height: 604, method: 'ocr' as const, method_reason: null, lines: [line('総務省', 29, 42), line('施策名:ICT基盤高度化事業', 44, 62), line('総務省', 300, 312), line('総務省地域通信振興課', 320, 332)] };
    expect(documentLines([{ page, rules: [] }], soumuShisakuFy2021).map((l) => l.line.text)).toEqual(['施策名:ICT基盤高度化事業', '総務省', '総務省地域通信振興課']);
  });
});

import { describe, expect, it } from 'vitest';
import { joinItems, joinRun } from '../../pipeline/structure/join-text.ts';

describe('joinItems', () => {
  it('joins wrapped lines of one bullet without a space and drops the bullet mark', () => {
    expect(
      joinItems([
        '✓道路や観光地等の⾮居住エリアの圏外解消のため、地⽅公共団体等が条件不利地域において携帯電話等の基地局整備等を⾏う場合に⽀援を⾏',
        'う。',
        '✓また、都市と地⽅で隔たりなく5G基地局が整備されるよう支援を行う。',
      ]),
    ).toEqual([
      '道路や観光地等の非居住エリアの圏外解消のため、地方公共団体等が条件不利地域において携帯電話等の基地局整備等を行う場合に支援を行う。',
      'また、都市と地方で隔たりなく5G基地局が整備されるよう支援を行う。',
    ]);
  });

  it('keeps circled numbers as item starts and keeps a space between Latin words across a wrap', () => {
    expect(joinItems(['①デジタル実装による地方の', '社会課題解決', '③デジタル人材の育成・確保'])).toEqual(['①デジタル実装による地方の社会課題解決', '③デジタル人材の育成・確保']);
    expect(joinRun(['Society', '5.0の実現'])).toBe('Society 5.0の実現');
  });
});

import iconv from 'iconv-lite';
import { expect, test } from 'vitest';
import { toCp932Copy } from '../../pipeline/publish/cp932-copies.ts';

test('folds what CP932 lacks to the character Windows gives its JIS code, radicals to their ideographs', () => {
  const copy = toCp932Copy('期間〜年度—部−1‖¢£¬ ⾼⻑ •項目\r\n');
  expect(iconv.decode(Buffer.from(copy.bytes), 'cp932')).toBe('期間～年度―部－1∥￠￡￢ 高長 ・項目\r\n');
  expect(copy.folded).toContainEqual({ character: '〜', replacement: '～' });
  expect(copy.lost).toEqual([]);
});

test('writes a character with no equivalent as 〓 and lists it, never as the encoder’s 「?」', () => {
  const copy = toCp932Copy('𠮷野家 ✓ ①?\r\n');
  expect(iconv.decode(Buffer.from(copy.bytes), 'cp932')).toBe('〓野家 〓 ①?\r\n');
  expect(copy.lost).toEqual(['✓', '𠮷']);
});

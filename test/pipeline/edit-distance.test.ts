import { expect, test } from 'vitest';
import { editDistance } from '../../pipeline/normalise/edit-distance.ts';

test('counts the edits between two strings, a character outside the BMP as one', () => {
  expect(editDistance('予算額', '予算客')).toBe(1);
  expect(editDistance('kitten', 'sitting')).toBe(3);
  expect(editDistance('𠮷野家', '吉野家')).toBe(1);
  expect(editDistance('', '総務省')).toBe(3);
  expect(editDistance('総務省', '総務省')).toBe(0);
});

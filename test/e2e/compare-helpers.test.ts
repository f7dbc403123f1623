import { describe, expect, it } from 'vitest';
import { closestSubstring, missingInOrder } from '../support/samples.ts';

// The comparison the end-to-end tests rest on must itself be right.
describe('text comparison used by the sample tests', () => {
  it('finds strings in order and reports the ones out of order', () => {
    expect(missingInOrder('施策名 目的 概要', ['施策名', '概要'])).toEqual([]);
    expect(missingInOrder('施策名 目的 概要', ['概要', '目的'])).toEqual(['目的']);
  });

  it('measures the edit distance to the closest substring', () => {
    expect(closestSubstring('xx高度5Goネットワークyy', '高度5Gネットワーク')).toEqual({ distance: 1, end: 13 });
  });

  it('tolerates OCR misreads only up to the given share', () => {
    expect(missingInOrder('高度5Goネットワーク制御技術', ['高度5Gネットワーク制御技術'], 0.1)).toEqual([]);
    expect(missingInOrder('高度5Goネットワーク制御技術', ['高度5Gネットワーク制御技術'])).toEqual(['高度5Gネットワーク制御技術']);
    expect(missingInOrder('全く別の文章です', ['高度5Gネットワーク制御技術'], 0.1)).toEqual(['高度5Gネットワーク制御技術']);
  });
});

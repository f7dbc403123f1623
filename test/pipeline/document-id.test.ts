import { describe, expect, it } from 'vitest';
import { documentId } from '../../pipeline/ingest/document-id.ts';

const sha = 'ab8c859fbfbdadfc9a087c42ff6574e2c2dd86a6a8ae84342d81a5eb9b10fb79';

describe('documentId', () => {
  it('keeps the ASCII of the file name and the start of the hash', () => {
    expect(documentId('soumu-shisaku-fy2021.pdf', sha)).toBe('soumu-shisaku-fy2021-ab8c859fbfbd');
  });

  it('never lets a path or a Windows-illegal character through', () => {
    expect(documentId('../../etc/pass<wd>:?.PDF', sha)).toBe('etc-pass-wd-ab8c859fbfbd');
  });

  it('falls back to a neutral stem for all-Japanese names', () => {
    expect(documentId('総務省施策集.pdf', sha)).toBe('document-ab8c859fbfbd');
  });
});

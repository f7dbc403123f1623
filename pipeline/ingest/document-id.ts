/**
 * A document's id: the ASCII letters and digits of its file name plus the start of its sha256.
 * Deterministic, safe as a path segment on any OS, and never taken from raw names unchecked.
 */
export function documentId(fileName: string, sha256: string): string {
  const stem = fileName
    .replace(/\.pdf$/i, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  const hash = sha256.slice(0, 12);
  return stem === '' ? `document-${hash}` : `${stem}-${hash}`;
}

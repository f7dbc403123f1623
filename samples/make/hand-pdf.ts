/** An object of a hand-written PDF: a dictionary or other value, or a stream with its dictionary. */
export type PdfObject = string | { dict: string; data: Buffer };

/**
 * A PDF from its objects (object i+1 is `objects[i]`), with a correct xref table computed from the
 * bytes written; `trailer` is the trailer dictionary's body without /Size.
 */
export function buildPdf(objects: readonly PdfObject[], trailer = '/Root 1 0 R'): Buffer {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  let length = chunks[0]!.length;
  const push = (chunk: Buffer): void => {
    chunks.push(chunk);
    length += chunk.length;
  };
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(length);
    if (typeof o === 'string') {
      push(Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1'));
    } else {
      push(Buffer.from(`${i + 1} 0 obj\n<< ${o.dict} /Length ${o.data.length} >>\nstream\n`, 'latin1'));
      push(o.data);
      push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    }
  });
  const xref = length;
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  tail += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  tail += `trailer\n<< /Size ${objects.length + 1} ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  push(Buffer.from(tail, 'latin1'));
  return Buffer.concat(chunks);
}

/** A string as a PDF hex string of UTF-16BE code units (for fonts with a UCS-2 CMap such as UniJIS-UCS2-H/V). */
export const ucs2Hex = (s: string): string => `<${[...s].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0')).join('')}>`;

import { constants, deflateRawSync } from 'node:zlib';
import { buildPdf, type PdfObject } from '../../samples/make/hand-pdf.ts';

/** Adler-32 of `unit` repeated `n` times, in closed form (a 2 GB loop would take seconds). */
function repeatedAdler32(unit: Buffer, n: bigint): number {
  const mod = 65521n;
  const length = BigInt(unit.length);
  let sum = 0n;
  let prefixSums = 0n;
  for (const byte of unit) {
    sum += BigInt(byte);
    prefixSums += sum;
  }
  // After k units, a = 1 + k·sum; each unit adds length·a + prefixSums to b.
  const a = (1n + n * sum) % mod;
  const b = (n * prefixSums + length * (n + (sum * n * (n - 1n)) / 2n)) % mod;
  return Number((b << 16n) | a);
}

/**
 * A zlib stream that inflates to `unit` repeated to at least `inflatedBytes`, made in milliseconds:
 * one deflated block of 16 MB of `unit`s, copied. A block ended by a full flush refers to nothing
 * before it, so the copies decode one after the other.
 */
export function repeatedDeflate(unit: Buffer, inflatedBytes: number): Buffer {
  const perBlock = Math.floor((16 * 1024 * 1024) / unit.length);
  const block = deflateRawSync(Buffer.concat(Array.from({ length: perBlock }, () => unit)), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const copies = Math.ceil(inflatedBytes / (perBlock * unit.length));
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(repeatedAdler32(unit, BigInt(copies * perBlock)));
  // zlib header (deflate, 32 KB window, best compression), the copies, an empty final block (fixed Huffman), Adler-32.
  return Buffer.concat([Buffer.from([0x78, 0xda]), ...Array.from({ length: copies }, () => block), Buffer.from([0x03, 0x00]), checksum]);
}

/** What a bomb page's content stream inflates to. */
export type BombKind =
  /** Path operators, one after the other: pdf.js builds an operator for each. */
  | 'operators'
  /** One run of zeros: a single number token, all of it decoded before pdf.js can read it. */
  | 'zeros';

const UNITS: Record<BombKind, Buffer> = { operators: Buffer.from('0 0 m 1 1 l S\n', 'latin1'), zeros: Buffer.from('0', 'latin1') };

const font = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
const text = (line: string): PdfObject => ({ dict: '', data: Buffer.from(`BT /F1 14 Tf 72 770 Td (${line}) Tj ET`, 'latin1') });

/**
 * A three-page PDF whose page 2 is a bomb of `kind` inflating to `inflatedMb` MB; pages 1 and 3
 * are one line of text each (`Page 1 reads fine`, `Page 3 reads fine`).
 */
export function bombPdf(kind: BombKind, inflatedMb: number): Buffer {
  const page = (contents: number): string => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 6 0 R >> >> /Contents ${contents} 0 R >>`;
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>',
    page(7),
    page(9),
    page(8),
    font,
    text('Page 1 reads fine'),
    text('Page 3 reads fine'),
    { dict: '/Filter /FlateDecode', data: repeatedDeflate(UNITS[kind], inflatedMb * 1024 * 1024) },
  ]);
}

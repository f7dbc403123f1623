/**
 * Builds the hostile-input corpus (see samples/bad/README.md for every file and what it must give):
 * - samples/bad/: inputs a run must refuse, each with its own error code and a clear message, and
 *   never publish;
 * - samples/bad-but-readable/: hostile or odd inputs that are still good PDFs and must be
 *   PROCESSED and published (owner-password-only encryption, JavaScript and launch actions, a
 *   garbage font program, a non-embedded Japanese font, a repaired xref, file names hostile to
 *   Windows or paths, 1,000 blank pages, a duplicate).
 * Everything is deterministic (qpdf with --static-id/--static-aes-iv, hand-written PDF syntax,
 * a fixed PRNG). Run the calc-list and Kangxi generators first: this one reads their PDFs.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, gzipSync } from 'node:zlib';
import { buildPdf, ucs2Hex, type PdfObject } from './hand-pdf.ts';

const SAMPLES = new URL('..', import.meta.url).pathname;
const BAD = join(SAMPLES, 'bad');
const READABLE = join(SAMPLES, 'bad-but-readable');

const NOT_FOUND_HTML = `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>404 Not Found | ページが見つかりません</title>
</head>
<body>
<h1>404 Not Found</h1>
<p>お探しのページ（ファイル）は見つかりませんでした。</p>
<p>URLが変更されたか、ページが削除された可能性があります。</p>
<p><a href="/">トップページへ戻る</a></p>
<hr>
<address>Apache Server at www.example.go.jp Port 443</address>
</body>
</html>
`;

/** A bare error page without a doctype, as an overloaded server sends it with status 200. */
const SERVICE_UNAVAILABLE_HTML = `<html><head><title>503 Service Unavailable</title></head>
<body><h1>Service Unavailable</h1><p>ただいまアクセスが集中しております。しばらくしてから再度アクセスしてください。</p></body></html>
`;

const PRODUCER = '<< /Producer (pdf-opendata samples/make/make-bad-inputs.ts) >>';
const latinFont = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
const stream = (text: string, dict = ''): PdfObject => ({ dict, data: Buffer.from(text, 'latin1') });

/** One page of Helvetica text: catalog, pages, page, content, font, info. */
function onePage(
  content: string,
  { mediaBox = '[0 0 595 842]', font = latinFont, catalogExtra = '', pageExtra = '', trailerExtra = '' } = {},
  extra: PdfObject[] = [],
): Buffer {
  return buildPdf(
    [
      `<< /Type /Catalog /Pages 2 0 R ${catalogExtra} >>`,
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox ${mediaBox} /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R ${pageExtra} >>`,
      stream(content),
      font,
      PRODUCER,
      ...extra,
    ],
    `/Root 1 0 R /Info 6 0 R ${trailerExtra}`,
  );
}

const paragraph = (lines: readonly string[], size = 12): string =>
  `BT /F1 ${size} Tf 72 770 Td ${size * 1.5} TL ${lines.map((l) => `(${l}) '`).join(' ')} ET`;

const REPORT_LINES = ['Annual report on regional digital policy', 'Budget: 1,234 million yen (FY2022)', 'Contact: Ministry of Internal Affairs'];

/** `count` blank pages sharing one empty content stream (a blank page is extracted as such, no OCR). */
function blankPages(count: number): Buffer {
  const first = 4;
  const kids = Array.from({ length: count }, (_, i) => `${first + i} 0 R`).join(' ');
  const pages = Array.from({ length: count }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>');
  return buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${count} >>`, stream(''), ...pages]);
}

/** Japanese text in a non-embedded CID font (HeiseiKakuGo-W5, UniJIS-UCS2-H): readable only with pdf.js's CMaps. */
function nonEmbeddedJapanese(): Buffer {
  const lines = ['デジタル田園都市国家構想交付金', '予算額：２００億円（令和４年度補正）', '総務省 地域力創造グループ'];
  const content = `BT /F1 16 Tf 72 770 Td 24 TL ${lines.map((l) => `${ucs2Hex(l)} '`).join(' ')} ET`;
  return onePage(content, {
    font: '<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiKakuGo-W5 /Encoding /UniJIS-UCS2-H /DescendantFonts [7 0 R] >>',
  }, [
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiKakuGo-W5 /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 5 >> /FontDescriptor 8 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /HeiseiKakuGo-W5 /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  ]);
}

/** Deterministic bytes (xorshift32), for the garbage font program. */
function noise(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** A minimal PNG (a 1×1 gray pixel), as a server sends an image under a .pdf name. */
const PNG_1X1 = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010800000000' + '3a7e9b550000000a49444154789c63600000000200017e9b7d0e0000000049454e44ae426082', 'hex');

/** The start of an OOXML (zip) file: a Word document saved under a .pdf name. */
const DOCX_HEAD = Buffer.concat([Buffer.from('504b0304140006000800000021', 'hex'), Buffer.from('[Content_Types].xml'), noise(512, 7)]);

function qpdf(args: readonly string[]): void {
  try {
    execFileSync('qpdf', ['--static-id', '--static-aes-iv', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    // 3 means "succeeded with warnings".
    if ((error as { status?: number }).status !== 3) throw error;
  }
}

function makeBad(calc: Buffer, kangxi: string): void {
  const write = (name: string, bytes: Buffer | string): void => writeFileSync(join(BAD, name), bytes);
  const cut = (share: number): Buffer => calc.subarray(0, Math.floor(calc.length * share));
  const report = onePage(paragraph(REPORT_LINES));

  write('not-a-pdf.pdf', NOT_FOUND_HTML);
  write('html-503-error.pdf', SERVICE_UNAVAILABLE_HTML);
  write('png-saved-as-pdf.pdf', PNG_1X1);
  write('gzip-compressed-download.pdf', gzipSync(report, { level: 9 }));
  write('word-document-saved-as-pdf.pdf', DOCX_HEAD);
  write('empty.pdf', Buffer.alloc(0));
  write('header-only.pdf', '%PDF-1.7\n');
  write('truncated-10-percent.pdf', cut(0.1));
  // Kept from the first corpus: the first 40% of the slide deck.
  const deck = readFileSync(join(SAMPLES, 'soumu-ict-lecture-2018.pdf'));
  write('truncated.pdf', deck.subarray(0, Math.floor(deck.length * 0.4)));
  write('truncated-90-percent.pdf', cut(0.9));
  qpdf(['--encrypt', 'open-sesame', 'owner-secret', '128', '--use-aes=y', '--', kangxi, join(BAD, 'encrypted-user-password.pdf')]);
  const id = '<00112233445566778899aabbccddeeff>';
  write(
    'unknown-encryption.pdf',
    onePage(paragraph(REPORT_LINES), { trailerExtra: `/Encrypt 7 0 R /ID [${id} ${id}]` }, ['<< /Filter /VendorCrypt /V 9 /R 9 /Length 256 >>']),
  );
  write('zero-pages.pdf', buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', PRODUCER], '/Root 1 0 R /Info 3 0 R'));
  write(
    'page-tree-loop.pdf',
    buildPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 2 >>',
      // An intermediate node that lists its own parent as a kid: the tree is a cycle.
      '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 2 >>',
    ]),
  );
  write('no-catalog.pdf', buildPdf([PRODUCER, stream(paragraph(REPORT_LINES))], '/Info 1 0 R'));
  write('huge-page-20000pt.pdf', onePage(paragraph(REPORT_LINES), { mediaBox: '[0 0 20000 20000]' }));
  // 100,000 × 100,000 gray pixels (10 GP) from a 10 KB stream: only the declared size is hostile.
  const gigapixel = onePage('q 500 0 0 700 50 70 cm /Im1 Do Q', {}, [
    { dict: '/Type /XObject /Subtype /Image /Width 100000 /Height 100000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode', data: deflateSync(Buffer.alloc(10_000_000, 0x80), { level: 9 }) },
  ]);
  write('gigapixel-image.pdf', gigapixel.toString('latin1').replace('/Resources << /Font << /F1 5 0 R >> >>', '/Resources << /Font << /F1 5 0 R >> /XObject << /Im1 7 0 R >> >>'));
  // A content stream of 200 MB that deflates to 200 KB, all path operators: the parse never ends in time.
  write('decompression-bomb.pdf', bomb());
  write('deeply-nested-arrays.pdf', onePage(paragraph(REPORT_LINES), { pageExtra: `/Nested ${'['.repeat(100_000)}${']'.repeat(100_000)}` }));
  write('too-many-pages.pdf', blankPages(3001));
}

/** A content stream that inflates from about 200 KB to 200 MB of drawing operators. */
function bombContent(): PdfObject {
  const unit = Buffer.from('0 0 m 1 1 l S\n', 'latin1');
  const content = Buffer.alloc(200 * 1024 * 1024);
  for (let i = 0; i + unit.length <= content.length; i += unit.length) unit.copy(content, i);
  return { dict: '/Filter /FlateDecode', data: deflateSync(content, { level: 9 }) };
}

function bomb(): Buffer {
  return buildPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
      bombContent(),
    ],
  );
}

/**
 * Four pages, the middle two unreadable: page 2's resources are damaged (an array nested 100,000
 * deep, behind a reference so that the page tree itself stays readable), page 3 never finishes
 * parsing (the bomb). Pages 1 and 4 must still be published, 2 and 3 quarantined.
 */
function twoUnreadablePages(): Buffer {
  const page = (contents: number, resources = '<< /Font << /F1 7 0 R >> >>'): string =>
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources ${resources} /Contents ${contents} 0 R >>`;
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R 6 0 R] /Count 4 >>',
    page(8),
    page(8, '11 0 R'),
    page(10),
    page(9),
    latinFont,
    stream(paragraph(['Page 1: Annual report on regional digital policy', 'Budget: 1,234 million yen (FY2022)'])),
    stream(paragraph(['Page 4: Contact: Ministry of Internal Affairs'])),
    bombContent(),
    `<< /Font << /F1 7 0 R >> /Nested ${'['.repeat(100_000)}${']'.repeat(100_000)} >>`,
  ]);
}

function makeReadable(calcPath: string): void {
  const write = (name: string, bytes: Buffer | string): void => writeFileSync(join(READABLE, name), bytes);
  const japanese = nonEmbeddedJapanese();
  write('non-embedded-japanese-font.pdf', japanese);
  const plain = join(READABLE, 'plain-report.tmp');
  writeFileSync(plain, onePage(paragraph(REPORT_LINES)));
  // Empty user password: anyone may open it, the owner password only restricts printing/copying.
  qpdf(['--encrypt', '', 'owner-secret', '128', '--use-aes=y', '--print=none', '--extract=n', '--', plain, join(READABLE, 'encrypted-owner-password-only.pdf')]);
  rmSync(plain);
  write(
    'javascript-and-launch-actions.pdf',
    onePage(paragraph(['This report has an OpenAction with JavaScript,', 'a Launch action and a URI link: none may run.']), {
      catalogExtra: '/OpenAction 7 0 R /Names << /JavaScript << /Names [(evil) 7 0 R] >> >> /AA << /WC 8 0 R >>',
      pageExtra: '/Annots [9 0 R] /AA << /O 8 0 R >>',
    }, [
      "<< /S /JavaScript /JS (app.launchURL\\('http://127.0.0.1:9/pwned', true\\); this.exportDataObject\\({cName: 'x', nLaunch: 2}\\);) >>",
      '<< /S /Launch /F (/bin/sh) /Win << /F (cmd.exe) /P (/c calc.exe) >> >>',
      '<< /Type /Annot /Subtype /Link /Rect [72 700 300 720] /A << /S /URI /URI (http://127.0.0.1:9/fetched) >> >>',
    ]),
  );
  write(
    'garbage-font-program.pdf',
    onePage(paragraph(REPORT_LINES), {
      font: '<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+Broken /FirstChar 32 /LastChar 126 /Encoding /WinAnsiEncoding /FontDescriptor 7 0 R >>',
    }, [
      '<< /Type /FontDescriptor /FontName /ABCDEF+Broken /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 8 0 R >>',
      { dict: '/Length1 4096', data: Buffer.concat([Buffer.from('00010000000c0080', 'hex'), noise(4088, 42)]) },
    ]),
  );
  // Every xref offset off by 7 bytes: pdf.js rebuilds the table by scanning for "n 0 obj".
  const broken = onePage(paragraph(REPORT_LINES)).toString('latin1').replace(/^(\d{10}) 00000 n /gm, (_, o: string) => `${String(Number(o) + 7).padStart(10, '0')} 00000 n `);
  write('broken-xref-table.pdf', broken);
  // Names that are illegal on Windows, or look like a path: ids and output paths never come from them raw.
  write('報告書<2022>:"最終"|版?*.pdf', onePage(paragraph(['A file name with < > : " | ? * in it'])));
  write('..evil.pdf', onePage(paragraph(['A file name starting with two dots'])));
  write('blank-1000-pages.pdf', blankPages(1000));
  // /Count says 5, the tree has 1 page: pdf.js counts the kids, so the one page is read.
  write('page-count-lies.pdf', onePage(paragraph(REPORT_LINES)).toString('latin1').replace('/Kids [3 0 R] /Count 1', '/Kids [3 0 R] /Count 5'));
  copyFileSync(calcPath, join(READABLE, 'copy-of-calc-list.pdf'));
  write('pages-2-and-3-unreadable.pdf', twoUnreadablePages());
}

function main(): void {
  const calc = join(SAMPLES, 'calc-list-local5g-jisshou.pdf');
  const kangxi = join(SAMPLES, 'kangxi-radicals.pdf');
  for (const f of [calc, kangxi]) if (!existsSync(f)) throw new Error(`Missing input: run its generator first: ${f}`);
  for (const dir of [BAD, READABLE]) {
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(dir)) if (name.endsWith('.pdf')) rmSync(join(dir, name));
  }
  makeBad(readFileSync(calc), kangxi);
  makeReadable(calc);
  for (const dir of [BAD, READABLE]) {
    const files = readdirSync(dir).filter((n) => n.endsWith('.pdf'));
    const bytes = files.reduce((sum, n) => sum + statSync(join(dir, n)).size, 0);
    console.log(`${dir}: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB`);
  }
}

main();

/**
 * Builds samples/bad/: inputs a reader must refuse with a clear error instead of crashing or hanging.
 * - not-a-pdf.pdf: an HTML 404 page saved under a .pdf name (what a failed download leaves behind)
 * - empty.pdf: 0 bytes
 * - truncated.pdf: the first 40% of samples/soumu-ict-lecture-2018.pdf (no xref, trailer or %%EOF)
 * - encrypted-user-password.pdf: samples/kangxi-radicals.pdf encrypted by qpdf, AES-256, user password
 *   "open-sesame" (owner "owner-secret"); qpdf picks a random salt and ID, so the bytes differ per run
 * - zero-pages.pdf: a hand-written, syntactically valid PDF whose page tree is /Count 0 /Kids []
 * Run the slide-deck and Kangxi generators first: this one reads their PDFs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SAMPLES = new URL('..', import.meta.url).pathname;
const BAD = join(SAMPLES, 'bad');

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

/** A minimal PDF with an empty page tree; the xref offsets are computed from the bytes written. */
function zeroPagePdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [] /Count 0 >>',
    '<< /Producer (pdf-opendata samples/make/make-bad-inputs.ts) >>',
  ];
  let body = '%PDF-1.7\n%\xE2\xE3\xCF\xD3\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 3 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const README = `# Broken inputs

Made by \`samples/make/make-bad-inputs.ts\`. Each file must give a clear, typed error (no crash, no hang, no partial output passed off as complete).

| file | what it is | what a reader should say |
|---|---|---|
| not-a-pdf.pdf | An HTML 404 page (「ページが見つかりません」) saved under a .pdf name, as a failed download leaves it | Not a PDF: the file starts with \`<!DOCTYPE html>\`, not \`%PDF-\` (looks like an HTML page) |
| empty.pdf | 0 bytes | Empty file: 0 bytes, nothing to read |
| truncated.pdf | The first 40% of soumu-ict-lecture-2018.pdf: no xref table, trailer or %%EOF | Damaged PDF: the file ends early (no trailer / startxref); a repairing reader may recover some pages but must report the file as truncated |
| encrypted-user-password.pdf | kangxi-radicals.pdf encrypted with qpdf, AES-256 (R6), user password \`open-sesame\`, owner password \`owner-secret\` | Password required: the PDF is encrypted and cannot be opened without the user password |
| zero-pages.pdf | A valid, hand-written PDF whose page tree is \`/Type /Pages /Kids [] /Count 0\` | The PDF has no pages: nothing to extract (valid file, empty result reported as an error or issue) |
`;

function main(): void {
  const deck = join(SAMPLES, 'soumu-ict-lecture-2018.pdf');
  const kangxi = join(SAMPLES, 'kangxi-radicals.pdf');
  for (const f of [deck, kangxi]) if (!existsSync(f)) throw new Error(`Missing input: run its generator first: ${f}`);
  mkdirSync(BAD, { recursive: true });

  writeFileSync(join(BAD, 'not-a-pdf.pdf'), NOT_FOUND_HTML);
  writeFileSync(join(BAD, 'empty.pdf'), Buffer.alloc(0));
  const whole = readFileSync(deck);
  writeFileSync(join(BAD, 'truncated.pdf'), whole.subarray(0, Math.floor(whole.length * 0.4)));
  execFileSync('qpdf', ['--encrypt', 'open-sesame', 'owner-secret', '256', '--', kangxi, join(BAD, 'encrypted-user-password.pdf')]);
  writeFileSync(join(BAD, 'zero-pages.pdf'), zeroPagePdf());
  writeFileSync(join(BAD, 'README.md'), README);
  console.log('samples/bad: 5 files and README.md');
}

main();

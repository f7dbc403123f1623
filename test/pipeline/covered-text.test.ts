import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleDocument } from '../../pipeline/extract/assemble-document.ts';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import { pagesToCheck } from '../../pipeline/publish/pages-to-check.ts';
import { validateAgainst } from '../../pipeline/validate/schema-validator.ts';
import { readPdfPages } from '../../pipeline/run/read-pages.ts';
import { buildPdf } from '../../samples/make/hand-pdf.ts';

/** A one-page A4 PDF drawn by `content` (Helvetica as /F1, an ExtGState painting at 30% as /Faint). */
async function drawnPage(content: string): Promise<string> {
  const pdf = buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> /ExtGState << /Faint 6 0 R >> >> /Contents 4 0 R >>',
    { dict: '', data: Buffer.from(content, 'latin1') },
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /ExtGState /ca 0.3 >>',
  ]);
  const path = join(await mkdtemp(join(tmpdir(), 'covered-text-')), 'page.pdf');
  await writeFile(path, pdf);
  return path;
}

const pageOf = async (content: string) => {
  const { documents } = await ingestSources([await drawnPage(content)]);
  const source = documents[0]!;
  return { source, pages: await readPdfPages(source) };
};
const linesOf = async (content: string): Promise<string[]> => (await pageOf(content)).pages.layouts[0]!.page.lines.map((line) => line.text);

const text = (x: number, y: number, line: string, colour = '0 0 0'): string => `BT ${colour} rg /F1 12 Tf ${x} ${y} Td (${line}) Tj ET\n`;
/** A rounded box, as slide software draws one: straight sides and a curve at each corner. */
const box = (x: number, y: number, w: number, h: number, colour: string): string => {
  const r = 6;
  return (
    `${colour} rg ${x + r} ${y} m ${x + w - r} ${y} l ${x + w} ${y} ${x + w} ${y} ${x + w} ${y + r} c ${x + w} ${y + h - r} l ` +
    `${x + w} ${y + h} ${x + w} ${y + h} ${x + w - r} ${y + h} c ${x + r} ${y + h} l ${x} ${y + h} ${x} ${y + h} ${x} ${y + h - r} c ` +
    `${x} ${y + r} l ${x} ${y} ${x} ${y} ${x + r} ${y} c h f\n`
  );
};

describe('text the page hides from its readers', () => {
  it('leaves out an old contact line a coloured box was later pasted over, and keeps the one printed on the box', async () => {
    const lines = await linesOf(text(410, 800, 'Old Asia Office 1836') + box(400, 760, 190, 70, '0 0.6 0.8') + text(420, 780, 'Asia Pacific Division', '1 1 1'));
    expect(lines).toEqual(['Asia Pacific Division']);
  });

  it('leaves out white text on the white page, and keeps white text on a box painted before it', async () => {
    const lines = await linesOf(text(60, 700, 'Placeholder Division', '1 1 1') + box(50, 560, 300, 60, '0.2 0.3 0.6') + text(60, 580, 'Trade Promotion Division', '1 1 1'));
    expect(lines).toEqual(['Trade Promotion Division']);
  });

  it('says what it left out, in the document text (valid against its schema) and among the pages a person should check', async () => {
    // Drawn in pieces, as slide software writes a phone number; a 1 pt marker in white is left out and not worth a note.
    const pieces = ['03', '-', '3501', '-', '1836'];
    let x = 410;
    const old = pieces.map((piece) => {
      const drawn = text(x, 800, piece);
      x += piece === '-' ? 4 : piece.length * 6.67;
      return drawn;
    });
    const marker = 'BT 1 1 1 rg /F1 1 Tf 20 20 Td (page-0001) Tj ET\n';
    const { source, pages } = await pageOf(old.join('') + box(400, 760, 190, 70, '0 0.6 0.8') + text(420, 780, 'Asia Pacific Division', '1 1 1') + marker);
    expect(pages.layouts[0]!.page.hidden_text).toEqual(['03-3501-1836']);
    const document = assembleDocument({ ...source, bytes: source.bytes.length }, pages);
    expect(validateAgainst('document-text.schema.json', document)).toEqual([]);
    expect(pagesToCheck('slides.pdf', document).map((page) => page.reasons)).toEqual([
      ['text the page hides (under a shape painted over it, or in the colour under it), left out of its lines: 「03-3501-1836」'],
    ]);
  });

  it('keeps text under a see-through fill, text beside a later box, and text drawn again over the box that hid it', async () => {
    const lines = await linesOf(
      text(60, 500, 'Under a tint') +
        `q /Faint gs ${box(50, 490, 200, 30, '1 1 0')}Q\n` +
        text(60, 400, 'Beside the box') +
        box(300, 390, 200, 30, '0 0 0') +
        text(60, 300, 'Drawn twice') +
        box(50, 290, 200, 30, '0.8 0.8 0.8') +
        text(60, 300, 'Drawn twice'),
    );
    expect(lines).toEqual(['Under a tint', 'Beside the box', 'Drawn twice']);
  });
});

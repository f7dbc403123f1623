import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleDocument } from '../../pipeline/extract/assemble-document.ts';
import { ingestSources } from '../../pipeline/ingest/ingest-sources.ts';
import { normaliseCharacters } from '../../pipeline/normalise/normalise-text.ts';
import { searchableLine } from '../../pipeline/normalise/searchable-line.ts';
import { documentPlainText } from '../../pipeline/publish/document-dataset.ts';
import type { DocumentText } from '../../schemas/types.ts';
import { readPdfPages } from '../../pipeline/run/read-pages.ts';
import { samplesDir } from '../support/samples.ts';

/** Kangxi radicals, the CJK radicals supplement, and the private-use area: none belongs in searchable text. */
const UNSEARCHABLE = /[\u2f00-\u2fdf\u2e80-\u2eff\p{Co}]/gu;

const documents = new Map<string, DocumentText>();

// The text layer of every sample as published (OCR'd pages are checked by the end-to-end run; tesseract's output is normalised by the same step).
beforeAll(async () => {
  const pdfs = readdirSync(samplesDir).filter((f) => f.endsWith('.pdf'));
  const { documents: sources } = await ingestSources(pdfs.map((f) => join(samplesDir, f)));
  for (const source of sources) {
    const extracted = await readPdfPages(source);
    documents.set(source.fileName, assembleDocument({ ...source, bytes: source.bytes.length }, extracted));
  }
}, 120_000);

describe('searchable text of every sample', () => {
  it('has no Kangxi radical, radical-supplement or private-use character in text.txt', () => {
    expect(documents.size).toBeGreaterThanOrEqual(15);
    const found = [...documents].map(([file, document]) => [file, documentPlainText(document).match(UNSEARCHABLE)?.length ?? 0]);
    expect(found.filter(([, count]) => count !== 0)).toEqual([]);
  });

  it('finds 「地方」 in the 2022 施策集, printed as 「地⽅」, and keeps the printed code points as raw', () => {
    const document = documents.get('soumu-digiden-shisaku-2022.pdf')!;
    const lines = document.pages.flatMap((page) => page.lines);
    const printed = lines.filter((line) => line.raw?.includes('地\u2f45'));
    expect(printed.length).toBeGreaterThan(50);
    expect(printed.every((line) => line.text.includes('地方') && normaliseCharacters(line.raw!) === line.text)).toBe(true);
    expect(documentPlainText(document).split('地方').length - 1).toBeGreaterThanOrEqual(printed.length);
  });

  it('gives raw only where the printed text differs', () => {
    const lines = [...documents.values()].flatMap((document) => document.pages.flatMap((page) => page.lines));
    expect(lines.filter((line) => line.raw !== undefined && line.raw === line.text)).toEqual([]);
    expect(lines.some((line) => line.raw === undefined)).toBe(true);
  });
});

describe('searchableLine on symbol-font bullets', () => {
  it('reads Symbol and Wingdings bullets as the marks they print and any other private-use glyph as 〓, keeping them as raw', () => {
    const line = (text: string) => ({ text, bbox: [0, 0, 100, 12] as [number, number, number, number], font_size: 12 });
    expect(searchableLine(line('\uf0b7 概要 \uf06c 目的 \uf06e 予算 \uf0a7 注'))).toEqual({ ...line('・ 概要 ・ 目的 ■ 予算 ■ 注'), raw: '\uf0b7 概要 \uf06c 目的 \uf06e 予算 \uf0a7 注' });
    expect(searchableLine(line('髙\ue001橋')).text).toBe('髙〓橋');
  });
});

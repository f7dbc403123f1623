import { execFileSync } from 'node:child_process';
import type { TruthDocument } from './truth.ts';

/** The page count pdfinfo reads: an independent check of the PDF a generator printed. */
export function pdfPageCount(pdf: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
}

/** Each page's text as pdftotext -layout gives it: the independent reader the generators check against. */
export function pdfPageTexts(pdf: string, pageCount: number): string[] {
  return Array.from({ length: pageCount }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }),
  );
}

/** The truth's page strings that pdftotext does not find on their page, in order. */
export function missingPageTexts(truth: TruthDocument, texts: readonly string[]): string[] {
  const problems: string[] = [];
  for (const pt of truth.page_texts) {
    const text = texts[pt.page - 1] ?? '';
    let pos = 0;
    for (const s of pt.texts) {
      const at = text.indexOf(s, pos);
      if (at < 0) problems.push(`p${pt.page}: 「${s}」 not found${text.includes(s) ? ' in order' : ''}`);
      else pos = at;
    }
  }
  return problems;
}

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QualityReport, RecordSet, RunReport } from '../../schemas/types.ts';
import { buildPdf, ucs2Hex } from '../../samples/make/hand-pdf.ts';
import { runCli, type CliResult } from '../support/cli.ts';
import { samplesDir } from '../support/samples.ts';

const dir = mkdtempSync(join(tmpdir(), 'fewer-records-'));
const out = join(dir, 'out');
const profiles = join(dir, 'profiles');
const pdf = join(dir, 'nameless.pdf');
const prSheets = join(samplesDir, 'layouts', 'seen', 'jigyo-pr-a4p-two-per-page.pdf');
let run: CliResult;

/**
 * A check sheet of four A4 pages, each a block of labels (目的, 概要) with their values, all in the
 * text's size: no name label and no title, so nothing starts a record (non-embedded HeiseiKakuGo-W5).
 */
function namelessSheets(): Buffer {
  const pages = [1, 2, 3, 4];
  const text = (x: number, top: number, s: string): string => `BT /F1 10.5 Tf 1 0 0 1 ${x} ${842 - top} Tm ${ucs2Hex(s)} Tj ET`;
  const content = (n: number): string =>
    [text(40, 60, '施策点検票'), text(40, 120, '目的'), text(120, 120, `地域の課題${n}を解決する。`), text(40, 160, '概要'), text(120, 160, `市町村の取組${n}を支援する。`)].join('\n');
  const font = 3 + 2 * pages.length;
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, k) => `${3 + 2 * k} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    ...pages.flatMap((n, k) => [
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${4 + 2 * k} 0 R >>`,
      { dict: '', data: Buffer.from(content(n), 'latin1') },
    ]),
    `<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiKakuGo-W5 /Encoding /UniJIS-UCS2-H /DescendantFonts [${font + 1} 0 R] >>`,
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiKakuGo-W5 /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 5 >> /FontDescriptor ${font + 2} 0 R /DW 1000 >>`,
    '<< /Type /FontDescriptor /FontName /HeiseiKakuGo-W5 /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 100 >>',
  ]);
}

beforeAll(async () => {
  writeFileSync(pdf, namelessSheets());
  // Profiles that recognise the documents but start their records with a pattern neither prints.
  mkdirSync(profiles, { recursive: true });
  const profile = (id: string, word: string): string =>
    [`id: ${id}`, 'kind: policies', `title: ${word} (番号付き)`, `recognise: [${word}]`, 'records:', "  start: '^No\\.(?<num>\\d+) (?<name>.+)$'"].join('\n');
  writeFileSync(join(profiles, 'check.yaml'), profile('tenken-numbered', '施策点検票'));
  writeFileSync(join(profiles, 'pr.yaml'), profile('jigyo-pr-numbered', '事業名'));
  // The sheets print no date: the edition is dated by hand.
  run = await runCli(['run', pdf, '--out', out, '--no-ocr', '--log', 'json', '--profiles', profiles, '--edition-date', '2024-04-01']);
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a catalogue that yields fewer records than its structure promises', () => {
  it('is published, with a warning line naming the file and a count in the summary line', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/nameless\.pdf: records: read as tenken-numbered, but no record was found although 4 pages print blocks of labels/u);
    expect(run.stderr).toContain('1 document with fewer records than their structure promises');
    const report = JSON.parse(readFileSync(join(out, 'run-report.json'), 'utf8')) as RunReport;
    expect(report.files[0]!.records_warning).toMatch(/no record was found/u);
  });

  it("carries the issue in records.json and in the edition's quality report", () => {
    const [document] = readdirSync(join(out, 'documents')).filter((f) => f !== 'index.json' && !f.startsWith('.'));
    const records = JSON.parse(readFileSync(join(out, 'documents', document!, 'records.json'), 'utf8')) as RecordSet;
    expect(records.issues).toEqual([expect.objectContaining({ type: 'fewer-records', record: '' })]);
    const edition = join(out, 'tenken-numbered');
    const [date] = readdirSync(edition).filter((f) => /^\d{4}-/u.test(f));
    const quality = JSON.parse(readFileSync(join(edition, date!, 'r1', 'quality.json'), 'utf8')) as QualityReport;
    expect(JSON.stringify(quality)).toContain('fewer-records');
  });

  it('reads with the profiles a sources file names, relative to the file', async () => {
    const drop = join(dir, 'drop');
    mkdirSync(drop, { recursive: true });
    writeFileSync(join(drop, 'check.pdf'), readFileSync(pdf));
    writeFileSync(join(dir, 'sources.yaml'), ['profiles: profiles/', 'families:', '  - id: local-drop', '    folders: [drop/]'].join('\n'));
    const fromSources = await runCli(['run', '--sources', join(dir, 'sources.yaml'), '--out', join(dir, 'out-sources'), '--no-ocr', '--log', 'json']);
    expect(fromSources.code, fromSources.stderr).toBe(0);
    expect(fromSources.stderr).toMatch(/check\.pdf: records: read as tenken-numbered, but no record was found/u);
  }, 300_000);

  it("reads an edition whose records the profile's pattern never finds by its layout instead, with no warning", async () => {
    const prOut = join(dir, 'out-pr');
    const prRun = await runCli(['run', prSheets, '--out', prOut, '--no-ocr', '--log', 'json', '--profiles', profiles]);
    expect(prRun.code, prRun.stderr).toBe(0);
    expect(prRun.stderr).not.toMatch(/fewer records|no record was found/u);
    const [document] = readdirSync(join(prOut, 'documents')).filter((f) => f !== 'index.json' && !f.startsWith('.'));
    const records = JSON.parse(readFileSync(join(prOut, 'documents', document!, 'records.json'), 'utf8')) as RecordSet;
    expect(records.profile).toBe('jigyo-pr-numbered');
    const truth = JSON.parse(readFileSync(prSheets.replace(/\.pdf$/u, '.truth.json'), 'utf8')) as { policies: { name: string }[] };
    expect(records.records.map((r) => r.name)).toEqual(truth.policies.map((p) => p.name));
  }, 300_000);
});

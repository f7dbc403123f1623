import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QualityReport, RecordSet, RunReport } from '../../schemas/types.ts';
import { runCli, type CliResult } from '../support/cli.ts';
import { samplesDir } from '../support/samples.ts';

const dir = mkdtempSync(join(tmpdir(), 'fewer-records-'));
const out = join(dir, 'out');
const profiles = join(dir, 'profiles');
const pdf = join(samplesDir, 'layouts', 'seen', 'jigyo-pr-a4p-two-per-page.pdf');
let run: CliResult;

beforeAll(async () => {
  // A profile that recognises the document but starts its records with a pattern the document never prints.
  mkdirSync(profiles, { recursive: true });
  writeFileSync(join(profiles, 'pr.yaml'), [
    'id: jigyo-pr-numbered',
    'kind: policies',
    'title: 事業PR資料 (番号付き)',
    'recognise: [事業名]',
    'records:',
    "  start: '^No\\.(?<num>\\d+) (?<name>.+)$'",
  ].join('\n'));
  run = await runCli(['run', pdf, '--out', out, '--no-ocr', '--log', 'json', '--profiles', profiles]);
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a catalogue that yields fewer records than its structure promises', () => {
  it('is published, with a warning line naming the file and a count in the summary line', () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/jigyo-pr-a4p-two-per-page\.pdf: records: read as jigyo-pr-numbered, but no record was found although \d+ pages print blocks of labels/u);
    expect(run.stderr).toContain('1 document with fewer records than their structure promises');
    const report = JSON.parse(readFileSync(join(out, 'run-report.json'), 'utf8')) as RunReport;
    expect(report.files[0]!.records_warning).toMatch(/no record was found/u);
  });

  it("carries the issue in records.json and in the edition's quality report", () => {
    const [document] = readdirSync(join(out, 'documents')).filter((f) => f !== 'index.json' && !f.startsWith('.'));
    const records = JSON.parse(readFileSync(join(out, 'documents', document!, 'records.json'), 'utf8')) as RecordSet;
    expect(records.issues).toEqual([expect.objectContaining({ type: 'fewer-records', record: '' })]);
    const edition = join(out, 'jigyo-pr-numbered');
    const [date] = readdirSync(edition).filter((f) => /^\d{4}-/u.test(f));
    const quality = JSON.parse(readFileSync(join(edition, date!, 'r1', 'quality.json'), 'utf8')) as QualityReport;
    expect(JSON.stringify(quality)).toContain('fewer-records');
  });

  it('reads with the profiles a sources file names, relative to the file', async () => {
    const drop = join(dir, 'drop');
    mkdirSync(drop, { recursive: true });
    writeFileSync(join(drop, 'pr.pdf'), readFileSync(pdf));
    writeFileSync(join(dir, 'sources.yaml'), ['profiles: profiles/', 'families:', '  - id: local-drop', '    folders: [drop/]'].join('\n'));
    const fromSources = await runCli(['run', '--sources', join(dir, 'sources.yaml'), '--out', join(dir, 'out-sources'), '--no-ocr', '--log', 'json']);
    expect(fromSources.code, fromSources.stderr).toBe(0);
    expect(fromSources.stderr).toMatch(/pr\.pdf: records: read as jigyo-pr-numbered, but no record was found/u);
  }, 300_000);
});

/**
 * Reads each novel-layout PDF as the eval does and prints, per record, every field that differs from
 * the truth (truth, then what was read), and the records read that the truth does not have: what a
 * diagnosis starts from, where `npm run eval` gives only the counts.
 *
 *   npx tsx samples/make/novel/show-diffs.ts /work/scratch/novel/novel-tab-labels.truth.json …
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PolicyRecord } from '../../../schemas/types.ts';
import { ingestSources } from '../../../pipeline/ingest/ingest-sources.ts';
import { withOcrEngine } from '../../../pipeline/ocr/engines.ts';
import { readDocument } from '../../../pipeline/run/document.ts';
import { threadPageReader } from '../../../workers/thread-pages.ts';
import { canonical } from '../../../tools/eval/compare-policies.ts';
import type { TruthDocument, TruthPolicy } from '../truth.ts';

const budgetText = (lines: { fiscal_year: number | null; stage: string | null; amount_jpy: number | null; part_of: boolean; approximate: boolean; new: boolean }[]): string =>
  JSON.stringify(lines.map((l) => `${l.fiscal_year} ${l.stage} ${l.amount_jpy}${l.part_of ? ' 内数' : ''}${l.approximate ? ' 約' : ''}${l.new ? ' 新規' : ''}`).sort());

/** The fields compared, each as text: what the truth says and what a record says. */
function fieldsOf(p: TruthPolicy | PolicyRecord): Record<string, string> {
  const pages = 'source' in p ? p.source.pages : p.pages;
  const out: Record<string, string> = {
    pages: JSON.stringify(pages), number: String(canonical(p.number)), category: String(canonical(p.category)), field: String(canonical(p.field)),
    strategy_refs: JSON.stringify(p.strategy_refs.map(canonical)),
    offices: JSON.stringify(p.offices.map((o) => [canonical(o.name), o.phones, o.emails])),
    budget: budgetText(p.budget),
  };
  for (const [k, v] of Object.entries(p.sections)) out[`sections.${k}`] = String(canonical(v as string));
  return out;
}

await withOcrEngine({}, async (ocr) => {
  for (const truthPath of process.argv.slice(2)) {
    const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as TruthDocument;
    const { documents } = await ingestSources([join(dirname(truthPath), truth.file)]);
    const { records: set } = await readDocument(documents[0]!, threadPageReader({ ocr }));
    const records = set?.records ?? [];
    console.log(`\n# ${truth.file}: profile ${set?.profile ?? '—'}, ${records.length} records read, ${truth.policies.length} in the truth; issues: ${(set?.issues ?? []).map((i) => i.type).join(', ')}`);
    const used = new Set<PolicyRecord>();
    for (const t of truth.policies) {
      const r = records.find((x) => canonical(x.name) === canonical(t.name)) ?? records.find((x) => !used.has(x) && canonical(x.name)!.includes(canonical(t.name)!.slice(0, 8)));
      if (r === undefined) { console.log(`- MISSING ${t.name} (p${t.pages.join(',')})`); continue; }
      used.add(r);
      const want = fieldsOf(t);
      const got = fieldsOf(r);
      const wrong = Object.keys(want).filter((k) => k.startsWith('sections.') ? want[k] !== (got[k] ?? 'null') : want[k] !== got[k]);
      if (canonical(r.name) !== canonical(t.name)) wrong.unshift('name');
      if (wrong.length === 0) continue;
      console.log(`- ${t.name}${canonical(r.name) === canonical(t.name) ? '' : ` read as 「${r.name}」`}`);
      for (const k of wrong.filter((k) => k !== 'name')) console.log(`    ${k}: truth ${want[k]}\n    ${' '.repeat(k.length)}  read  ${got[k] ?? 'null'}`);
      const extra = Object.keys(got).filter((k) => k.startsWith('sections.') && !(k in want));
      if (extra.length > 0) console.log(`    extra: ${extra.map((k) => `${k}=${got[k]!.slice(0, 60)}`).join(' | ')}`);
    }
    for (const r of records.filter((x) => !used.has(x))) console.log(`- SPURIOUS 「${r.name}」 p${r.source.pages.join(',')} ${JSON.stringify(fieldsOf(r)).slice(0, 300)}`);
  }
});

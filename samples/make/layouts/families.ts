/**
 * Each family's records mapped to the neutral model (model.ts): the FY2021 施策集, the 2022 デジ田
 * 施策集 and the 2020 重点施策 from their committed truth (and data) files, and the invented
 * 事業PR資料 from data/jigyo-pr-invented.json. Section keys become canonical keys here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TruthBudgetLine, TruthDocument, TruthPolicy } from '../truth.ts';
import { must, type NBudget, type NFamily, type NRecord, type NSection } from './model.ts';

const samples = join(import.meta.dirname, '..', '..');
const dataDir = join(import.meta.dirname, '..', 'data');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const truthOf = (stem: string): TruthDocument => readJson<TruthDocument>(join(samples, `${stem}.truth.json`));

/** Printed spellings of the seeds mapped to canonical keys. */
const CANONICAL: Record<string, string> = {
  事業目的: '目的', 事業の概要: '概要', 期待する効果: '期待される効果', 事業により期待される効果: '期待される効果', 施策効果: '施策効果の詳細',
};

/** A budget text split into a year/stage head and its value, e.g. 「令和5年度予算(案)」 / 「52百万円」. */
function splitColumn(text: string): NBudget['column'] {
  const m = /^(令和\d+年度(?:第?[0-9一二三]次)?(?:当初予算|当初|補正予算|補正|予算\s*[（(]案[）)]|予算額|予算))[：:\s]*(.+)$/u.exec(text);
  return m ? { head: must(m[1], 'head'), value: must(m[2], 'value') } : null;
}

/** Truth budget lines grouped by their printed entry (lines sharing a raw come from one entry). */
function entries(lines: TruthBudgetLine[], bare: (text: string) => string | null, strip = (s: string) => s): NBudget[] {
  const out: NBudget[] = [];
  for (const { raw, ...line } of lines) {
    const text = strip(raw);
    const last = out.at(-1);
    if (last && last.text === text && lines.filter((l) => l.raw === raw).length > last.lines.length) last.lines.push(line);
    else out.push({ text, bare: bare(text), column: splitColumn(text), lines: [line] });
  }
  return out;
}

function sectionsOf(p: TruthPolicy, skip: string[] = []): NSection[] {
  return Object.entries(p.sections)
    .filter(([k]) => !skip.includes(k))
    .map(([k, v]) => ({ key: CANONICAL[k] ?? k, items: v.split('\n') }));
}

const base = (p: TruthPolicy): Pick<NRecord, 'name' | 'number' | 'offices' | 'field' | 'category' | 'refs' | 'figure'> => ({
  name: p.name, number: p.number, offices: p.offices, field: p.field, category: p.category, refs: p.strategy_refs, figure: [],
});

export function fy2021(): NFamily {
  const t = truthOf('soumu-shisaku-fy2021');
  return {
    family: 'soumu-shisaku-fy2021', stem: 'shisaku-fy2021', seed: t.seed, ministry: '総務省',
    coverTitle: ['令和3年度', '地方創生に資する', '未来技術関連施策集'], context: '令和3年度', datePrint: '令和3年3月31日', dateIso: '2021-03-31',
    docTitle: '未来技術関連施策集（令和3年度）',
    records: t.policies.map((p) => ({
      ...base(p), group: p.field, topic: null,
      budget: entries(p.budget, () => null), sections: sectionsOf(p),
    })),
  };
}

export function digiden(): NFamily {
  const t = truthOf('soumu-digiden-shisaku-2022');
  // 詳細 blocks carry inline 「事業スキーム：」「補助率」 lines of their own: left out of these renderings.
  const bare = (text: string): string | null => (/^[-—－]$/u.test(text) ? text : /^令和5年度予算\s*[（(]案[）)][：:]\s*(.+)$/u.exec(text)?.[1] ?? null);
  return {
    family: 'soumu-digiden-shisaku', stem: 'digiden-shisaku-2022', seed: t.seed, ministry: '総務省',
    coverTitle: ['デジタル田園都市国家構想の実現に向けた', '総務省の関連施策集', '（令和5年度予算（案）等）'], context: '令和5年度予算（案）',
    datePrint: '令和4年12月23日', dateIso: '2022-12-23', docTitle: 'デジタル田園都市国家構想関連施策集',
    records: t.policies
      .filter((p) => p.budget.length > 0)
      .map((p) => ({ ...base(p), group: p.strategy_refs[0] ?? null, topic: null, budget: entries(p.budget, bare), sections: sectionsOf(p, ['詳細']) })),
  };
}

interface JutenData {
  chapters: Record<string, string>;
  topics: { chapter: string; no: string; title: string }[];
  measures: { chapter: string; topic: string; name: string }[];
}

export function juten(): NFamily {
  const t = truthOf('soumu-juten-shisaku-2020');
  const data = readJson<JutenData>(join(dataDir, 'soumu-juten-shisaku-2020.json'));
  return {
    family: 'soumu-juten-shisaku', stem: 'juten-shisaku-2020', seed: t.seed, ministry: '総務省',
    coverTitle: ['令和2年度概算要求', '総務省重点施策'], context: '令和2年度概算要求', datePrint: '令和元年8月30日', dateIso: '2019-08-30',
    docTitle: '総務省重点施策2020',
    records: t.policies.map((p) => {
      const m = must(data.measures.find((x) => x.name === p.name), p.name);
      const topic = must(data.topics.find((x) => x.chapter === m.chapter && x.no === m.topic), 'topic');
      const sections = sectionsOf(p).map((s) => (s.key === '概要' || s.key === '注記' ? s : { ...s, ownHeading: true }));
      // The 【予算】 label belongs to the rendering; the main figure has no year (the 概算要求 context gives it).
      const budget = entries(p.budget, (s) => s, (raw) => raw.replace(/^【予算】/u, ''));
      return { ...base(p), group: `${m.chapter} ${must(data.chapters[m.chapter], 'chapter')}`, topic: `${topic.no} ${topic.title}`, budget, sections };
    }),
  };
}

interface PrData {
  ministry: string; title: string[]; context: string; era: string; fiscal_year: number; date_print: string; date_iso: string; chapters: string[];
  projects: {
    chapter: number; name: string; office: { lines: string[]; phone: string }[]; amount: string;
    purpose: string[]; goal: string[]; target: string; rate: string; period: string; scheme: string; figure: string[];
  }[];
}

export function jigyoPr(): NFamily {
  const d = readJson<PrData>(join(dataDir, 'jigyo-pr-invented.json'));
  const unit = (a: string) => must(/(兆円|億円|百万円)/u.exec(a)?.[1], a);
  const yen = (a: string) => Math.round(Number(must(/[\d.,]+/u.exec(a)?.[0], a).replace(/,/g, '')) * { 兆円: 1e12, 億円: 1e8, 百万円: 1e6 }[unit(a) as '億円']);
  return {
    family: 'jigyo-pr', stem: 'jigyo-pr', seed: 'invented (data/jigyo-pr-invented.json)', ministry: d.ministry,
    coverTitle: d.title, context: d.context, datePrint: d.date_print, dateIso: d.date_iso, docTitle: d.title.join(' '),
    records: d.projects.map((p) => ({
      name: p.name, number: null, group: must(d.chapters[p.chapter], 'chapter'), topic: null,
      offices: p.office.map((o) => ({ name: o.lines.join(''), ministry: d.ministry, phones: [o.phone], emails: [] })),
      officeLines: p.office.map((o) => o.lines),
      field: null, category: null, refs: [], figure: p.figure,
      budget: [{
        text: `${d.era}補正予算額 ${p.amount}`, bare: p.amount, column: { head: `${d.era}補正予算額`, value: p.amount },
        lines: [{
          fiscal_year: d.fiscal_year, era_label: d.era, stage: 'supplementary', supplementary_no: null, account: null,
          amount_jpy: yen(p.amount), unit: unit(p.amount), part_of: p.amount.endsWith('の内数'), approximate: p.amount.startsWith('約'), new: false, note: null,
        }],
      }],
      sections: [
        { key: '目的・概要', items: p.purpose }, { key: '成果目標', items: p.goal }, { key: '事業スキーム', items: [p.scheme] },
        { key: '補助対象', items: [p.target] }, { key: '補助率', items: [p.rate] }, { key: '事業期間', items: [p.period] },
      ],
    })),
  };
}

export const FAMILIES = { fy2021, digiden, juten, 'jigyo-pr': jigyoPr } as const;
export type FamilyId = keyof typeof FAMILIES;

import type { BudgetChange, DiffChange, DiffPolicy, EditionDiff } from '../../../schemas/types.ts';
import { fieldChangeKind, fieldLabel, figureText, NOT_COMPARABLE, recordNoun, signedYen, totalShares, yen } from './diff-render.ts';
import { figureLabel } from './edition-model.ts';
import type { BudgetSeriesRow } from './budget-series.ts';
import { budgetSeriesChart, seriesLegend } from './budget-series-chart.ts';
import { changeCards, escapeHtml, htmlPage, htmlTable, td } from './html-page.ts';

/** How many headline budget changes the chart shows (largest first); the table below lists them all. */
const CHART_LIMIT = 20;

const direction = (n: number | null): string => (n === null || n === 0 ? '' : n > 0 ? ' class="num up"' : ' class="num down"');

/** A budget change as a row whose cells carry the figures of diff.json as data attributes. */
function budgetRow(change: DiffChange, budget: BudgetChange, headline: boolean): string[] {
  const figure = budget.after ?? budget.before!;
  const notComparable = budget.before !== null && budget.after !== null && !budget.comparable;
  return [
    `<td data-policy="${escapeHtml(change.id)}" data-headline="${headline}">${escapeHtml(change.name)}</td>`,
    td(headline ? `${figureLabel(budget.before!)} → ${figureLabel(budget.after!)}` : figureLabel(figure)),
    td(yen(budget.before?.amount_jpy ?? null), true),
    td(yen(budget.after?.amount_jpy ?? null), true),
    `<td${direction(budget.delta_jpy)} data-delta="${budget.delta_jpy ?? ''}" data-comparable="${budget.comparable}">${budget.delta_jpy !== null ? signedYen(budget.delta_jpy) : notComparable ? NOT_COMPARABLE : '—'}</td>`,
    `<td${direction(budget.delta_percent)} data-percent="${budget.delta_percent ?? ''}">${budget.delta_percent === null ? '—' : `${budget.delta_percent > 0 ? '+' : ''}${budget.delta_percent}%`}</td>`,
  ];
}

/** Headline budget deltas (like for like only: a delta exists for the same year and stage) as a diverging bar chart (inline SVG), largest changes first. */
function deltaChart(diff: EditionDiff): string {
  const headlines = diff.changed
    .filter((c): c is DiffChange & { headline: BudgetChange & { delta_jpy: number } } => c.headline !== null && c.headline.delta_jpy !== null)
    .sort((a, b) => Math.abs(b.headline.delta_jpy) - Math.abs(a.headline.delta_jpy) || a.id.localeCompare(b.id))
    .slice(0, CHART_LIMIT);
  if (headlines.length === 0) return '<p class="none">前後の版で同じ年度・段階の主要予算額はなく、比べられるものはありません。</p>';
  const rowHeight = 22;
  const labelWidth = 330;
  const half = 230;
  const largest = Math.max(...headlines.map((c) => Math.abs(c.headline.delta_jpy)), 1);
  const bars = headlines.map((c, i) => {
    const y = i * rowHeight + 5;
    const delta = c.headline.delta_jpy;
    const width = Math.max(1, Math.round((Math.abs(delta) / largest) * half));
    const x = delta >= 0 ? labelWidth + half : labelWidth + half - width;
    const name = c.name.length > 24 ? `${c.name.slice(0, 23)}…` : c.name;
    return `<g class="delta" data-policy="${escapeHtml(c.id)}" data-delta="${delta}"><text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(name)}</text><rect x="${x}" y="${y}" width="${width}" height="16" fill="${delta >= 0 ? '#2f8f4e' : '#c0392b'}"/><text x="${labelWidth + 2 * half + 8}" y="${y + 15}">${signedYen(delta)}</text></g>`;
  });
  const height = headlines.length * rowHeight + 10;
  const axis = `<line x1="${labelWidth + half}" y1="0" x2="${labelWidth + half}" y2="${height}" stroke="#555"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="主要予算額の増減" width="${labelWidth + 2 * half + 170}" height="${height}">${bars.join('')}${axis}</svg>`;
}

/** A chart per policy of this edition that the series' earlier editions printed figures of too, by name. */
function seriesCharts(diff: EditionDiff, series: readonly BudgetSeriesRow[]): string {
  const editions = new Map<string, Set<string>>();
  for (const r of series) if (r.amount_jpy !== null) editions.set(r.policy, (editions.get(r.policy) ?? new Set()).add(r.edition));
  const current = series.filter((r) => r.edition === diff.to.edition && r.dataset === diff.to.dataset && (editions.get(r.policy)?.size ?? 0) >= 2);
  const names = new Map(current.map((r) => [r.policy, r.name]));
  const charts = [...names].sort(([, a], [, b]) => a.localeCompare(b, 'ja')).map(([id, name]) => `<h3>${escapeHtml(name)}</h3>${budgetSeriesChart(id, series)}`);
  return charts.length === 0 ? '<p class="none">前の版にも金額のある施策はありません。</p>' : [seriesLegend(), ...charts].join('\n');
}

/** diff.html: what changed since the previous edition, for people (self-contained: inline CSS and SVG, no scripts). */
export function renderDiffHtml(diff: EditionDiff, title: string, series: readonly BudgetSeriesRow[] = []): string {
  const { from, to } = diff;
  const noun = recordNoun(diff);
  const listed = (p: DiffPolicy, attribute: string): string[] => [
    `<td ${attribute}="${escapeHtml(p.id)}">${escapeHtml(p.name)}</td>`,
    ...(diff.kind === 'policies' ? [`<td class="num" data-amount="${p.budget?.amount_jpy ?? ''}">${escapeHtml(figureText(p.budget))}</td>`] : []),
    td(p.id),
  ];
  const listedHeader = [`${noun}名`, ...(diff.kind === 'policies' ? ['主要予算額'] : []), `${noun}ID`];
  const policyParts = [
    `<h2>主要予算額の増減 (同じ年度・段階どうし、大きい順に最大${CHART_LIMIT}件)</h2>${deltaChart(diff)}`,
    `<h2>予算の合計 (年度・段階ごと、内数を除く)</h2>${htmlTable(
      ['年度・段階', '前の版', 'この版', '増減額', '内訳'],
      diff.totals.map((t) => [
        td(figureLabel(t)),
        td(yen(t.before_jpy), true),
        `<td class="num" data-total="${t.fiscal_year}-${t.stage}${t.supplementary_no === null ? '' : `-${t.supplementary_no}`}" data-after="${t.after_jpy ?? ''}">${escapeHtml(yen(t.after_jpy))}</td>`,
        `<td${direction(t.delta_jpy)}>${t.delta_jpy === null ? '—' : signedYen(t.delta_jpy)}</td>`,
        td(totalShares(t, noun)),
      ]),
      '予算の記載はありません。',
    )}`,
    `<h2 id="series">予算の推移 (シリーズの各版が載せた額、budget_series.csv)</h2>${seriesCharts(diff, series)}`,
  ];
  const body = [
    `<h1>変更点: ${escapeHtml(title)}</h1>`,
    `<p><code>${escapeHtml(from.dataset)}</code> ${from.edition} (${from.records}${noun}) → <code>${escapeHtml(to.dataset)}</code> ${to.edition} (${to.records}${noun})。${noun}は${noun}IDで対応づけています。${diff.kind === 'policies' ? '名称変更の一致度は施策名 (または旧版の予算項目名) の文字bigramのDice係数 (0〜1) で、0.5未満は担当部局が同じことで対応づけた「要確認」です。予算の増減は同じ年度・段階どうしでだけ出しています。' : ''}</p>`,
    `<h2>件数</h2>${changeCards(diff.summary)}`,
    ...(diff.kind === 'policies' ? policyParts : []),
    `<h2>名称変更</h2>${htmlTable(
      ['旧名称', '新名称', '一致度', '根拠', '確認'],
      diff.renamed.map((r) => [
        td(r.from_name),
        `<td data-renamed="${escapeHtml(r.id)}" data-score="${r.score}" data-review="${r.review}">${escapeHtml(r.to_name)}</td>`,
        td(r.score, true),
        td(r.via === 'budget-item' ? `旧版の予算項目「${r.via_text}」` : '施策名'),
        r.review ? '<td class="down">要確認</td>' : td(''),
      ]),
      '名称変更はありません。',
    )}`,
    `<h2>追加された${noun}</h2>${htmlTable(listedHeader, diff.added.map((p) => listed(p, 'data-added')), `追加された${noun}はありません。`)}`,
    `<h2>削除された${noun}</h2>${htmlTable(listedHeader, diff.removed.map((p) => listed(p, 'data-removed')), `削除された${noun}はありません。`)}`,
    `<h2>予算の変化</h2>${htmlTable(
      ['施策名', '年度・段階', '前の版', 'この版', '増減額', '増減率'],
      diff.changed.flatMap((c) => [...(c.headline === null ? [] : [budgetRow(c, c.headline, true)]), ...c.budget.map((b) => budgetRow(c, b, false))]),
      '予算の変化はありません。',
    )}`,
    `<h2>項目の変更</h2>${htmlTable(
      [`${noun}名`, '項目', '', '前の版', 'この版'],
      diff.changed.flatMap((c) => c.fields.map((f) => [td(c.name), td(fieldLabel(f.field)), td(fieldChangeKind(f)), td(f.before), td(f.after)])),
      '項目の変更はありません。',
    )}`,
  ];
  return htmlPage(`変更点 ${to.dataset} ${to.edition}`, body);
}

import type { BudgetChange, DiffChange, EditionDiff } from '../../../schemas/types.ts';
import { fieldLabel } from './diff-render.ts';
import { figureLabel } from './edition-model.ts';
import { changeCards, escapeHtml, htmlPage, htmlTable, td } from './html-page.ts';

/** How many headline budget changes the chart shows (largest first); the table below lists them all. */
const CHART_LIMIT = 20;

const yen = (n: number | null): string => (n === null ? '—' : `${n.toLocaleString('en-US')}円`);
const signedYen = (n: number): string => `${n > 0 ? '+' : ''}${yen(n)}`;
const direction = (n: number | null): string => (n === null || n === 0 ? '' : n > 0 ? ' class="num up"' : ' class="num down"');

/** A budget change as a row whose cells carry the figures of diff.json as data attributes. */
function budgetRow(change: DiffChange, budget: BudgetChange, headline: boolean): string[] {
  const figure = budget.after ?? budget.before!;
  return [
    `<td data-policy="${escapeHtml(change.id)}" data-headline="${headline}">${escapeHtml(change.name)}</td>`,
    td(headline ? `${figureLabel(budget.before!)} → ${figureLabel(budget.after!)}` : figureLabel(figure)),
    td(yen(budget.before?.amount_jpy ?? null), true),
    td(yen(budget.after?.amount_jpy ?? null), true),
    `<td${direction(budget.delta_jpy)} data-delta="${budget.delta_jpy ?? ''}">${budget.delta_jpy === null ? '—' : signedYen(budget.delta_jpy)}</td>`,
    `<td${direction(budget.delta_percent)} data-percent="${budget.delta_percent ?? ''}">${budget.delta_percent === null ? '—' : `${budget.delta_percent > 0 ? '+' : ''}${budget.delta_percent}%`}</td>`,
  ];
}

/** Headline budget deltas as a diverging bar chart (inline SVG), largest changes first. */
function deltaChart(diff: EditionDiff): string {
  const headlines = diff.changed
    .filter((c): c is DiffChange & { headline: BudgetChange & { delta_jpy: number } } => c.headline !== null && c.headline.delta_jpy !== null)
    .sort((a, b) => Math.abs(b.headline.delta_jpy) - Math.abs(a.headline.delta_jpy) || a.id.localeCompare(b.id))
    .slice(0, CHART_LIMIT);
  if (headlines.length === 0) return '<p class="none">前後の版で比べられる主要予算額はありません。</p>';
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

/** diff.html: what changed since the previous edition, for people (self-contained: inline CSS and SVG, no scripts). */
export function renderDiffHtml(diff: EditionDiff, title: string): string {
  const { from, to } = diff;
  const body = [
    `<h1>変更点: ${escapeHtml(title)}</h1>`,
    `<p><code>${escapeHtml(from.dataset)}</code> ${from.edition} (${from.policies}施策) → <code>${escapeHtml(to.dataset)}</code> ${to.edition} (${to.policies}施策)。施策は施策IDで対応づけています。名称変更の一致度は施策名 (または旧版の予算項目名) の文字bigramのDice係数 (0〜1) です。</p>`,
    `<h2>件数</h2>${changeCards(diff.summary)}`,
    `<h2>主要予算額の増減 (大きい順に最大${CHART_LIMIT}件)</h2>${deltaChart(diff)}`,
    `<h2>名称変更</h2>${htmlTable(
      ['旧名称', '新名称', '一致度', '根拠'],
      diff.renamed.map((r) => [td(r.from_name), `<td data-renamed="${escapeHtml(r.id)}" data-score="${r.score}">${escapeHtml(r.to_name)}</td>`, td(r.score, true), td(r.via === 'budget-item' ? `旧版の予算項目「${r.via_text}」` : '施策名')]),
      '名称変更はありません。',
    )}`,
    `<h2>追加された施策</h2>${htmlTable(['施策名', '施策ID'], diff.added.map((p) => [`<td data-added="${escapeHtml(p.id)}">${escapeHtml(p.name)}</td>`, td(p.id)]), '追加された施策はありません。')}`,
    `<h2>削除された施策</h2>${htmlTable(['施策名', '施策ID'], diff.removed.map((p) => [`<td data-removed="${escapeHtml(p.id)}">${escapeHtml(p.name)}</td>`, td(p.id)]), '削除された施策はありません。')}`,
    `<h2>予算の変化</h2>${htmlTable(
      ['施策名', '年度・段階', '前の版', 'この版', '増減額', '増減率'],
      diff.changed.flatMap((c) => [...(c.headline === null ? [] : [budgetRow(c, c.headline, true)]), ...c.budget.map((b) => budgetRow(c, b, false))]),
      '予算の変化はありません。',
    )}`,
    `<h2>項目の変更</h2>${htmlTable(
      ['施策名', '項目', '前の版', 'この版'],
      diff.changed.flatMap((c) => c.fields.map((f) => [td(c.name), td(fieldLabel(f.field)), td(f.before), td(f.after)])),
      '項目の変更はありません。',
    )}`,
  ];
  return htmlPage(`変更点 ${to.dataset} ${to.edition}`, body);
}

import type { BudgetSeriesRow } from './budget-series.ts';
import { figureLabel } from './edition-model.ts';
import { escapeHtml } from './html-page.ts';

const STAGE_COLOURS: Readonly<Record<string, string>> = { initial: '#2a5d9f', draft: '#6c8ebf', request: '#9bb3d6', supplementary: '#d08c2c' };
const BAR = 64;
const GAP = 12;
const PLOT = 120;
const TOP = 18;

/** What the colours say, once above the charts. */
export const seriesLegend = (): string =>
  `<p>${Object.entries(STAGE_COLOURS)
    .map(([stage, colour]) => `<span style="display:inline-block;width:12px;height:12px;background:${colour};margin:0 4px 0 12px"></span>${escapeHtml(figureLabel({ fiscal_year: 0, stage, supplementary_no: null }).slice('0年度 '.length))}`)
    .join('')}　点線の枠: 内数 (より大きな事業の額)</p>`;

/** 「41.96億円」: amounts short enough to stand over a bar. */
const oku = (yen: number): string => `${(yen / 1e8).toLocaleString('en-US', { maximumFractionDigits: 2 })}億円`;

/**
 * One policy's budget across the editions of its series as an inline SVG bar chart: a bar per
 * figure with an amount (oldest fiscal year first; the stage by colour, an の内数 figure as a dotted
 * outline; the edition that printed it under the bar), each carrying its figure as data attributes.
 */
export function budgetSeriesChart(policy: string, rows: readonly BudgetSeriesRow[]): string {
  const bars = rows.filter((r) => r.policy === policy && r.amount_jpy !== null);
  const largest = Math.max(...bars.map((r) => r.amount_jpy!), 1);
  const width = bars.length * (BAR + GAP) + GAP;
  const height = TOP + PLOT + 46;
  const drawn = bars.map((r, i) => {
    const x = GAP + i * (BAR + GAP);
    const h = Math.max(1, Math.round((r.amount_jpy! / largest) * PLOT));
    const y = TOP + PLOT - h;
    const attributes = `data-year="${r.fiscal_year}" data-stage="${r.stage}" data-edition="${r.edition}" data-amount="${r.amount_jpy}"`;
    return `<g class="figure" ${attributes}><title>${escapeHtml(`${figureLabel(r)} ${r.amount_jpy!.toLocaleString('en-US')}円 (${r.edition} 版${r.part_of ? '、内数' : ''})`)}</title><rect x="${x}" y="${y}" width="${BAR}" height="${h}" ${r.part_of ? `fill="#fff" stroke="${STAGE_COLOURS[r.stage] ?? '#888'}" stroke-width="2" stroke-dasharray="4 2"` : `fill="${STAGE_COLOURS[r.stage] ?? '#888'}"`}/><text x="${x + BAR / 2}" y="${y - 4}" text-anchor="middle" font-size="10">${oku(r.amount_jpy!)}</text>${[`${r.fiscal_year}年度`, figureLabel(r).slice(`${r.fiscal_year}年度 `.length)].map((line, n) => `<text x="${x + BAR / 2}" y="${TOP + PLOT + 14 + n * 13}" text-anchor="middle" font-size="10">${escapeHtml(line)}</text>`).join('')}<text x="${x + BAR / 2}" y="${TOP + PLOT + 41}" text-anchor="middle" font-size="9" fill="#666">${r.edition.slice(0, 7)}版</text></g>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" class="series" data-policy="${escapeHtml(policy)}" role="img" aria-label="予算の推移" width="${width}" height="${height}">${drawn.join('')}</svg>`;
}

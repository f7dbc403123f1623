import type { QualityReport } from '../../../schemas/types.ts';
import { changeCards, escapeHtml, htmlPage, htmlTable as table, td } from './html-page.ts';

/** A horizontal bar chart of fill rates (inline SVG; each bar carries its numbers as data attributes). */
function fillChart(report: QualityReport): string {
  const rowHeight = 22;
  const labelWidth = 230;
  const barWidth = 420;
  const height = report.fill_rates.length * rowHeight + 10;
  const bars = report.fill_rates.map((f, i) => {
    const y = i * rowHeight + 5;
    const width = Math.round(f.rate * barWidth);
    const percent = `${(f.rate * 100).toFixed(1)}%`;
    return `<g class="fill" data-field="${escapeHtml(f.field)}" data-filled="${f.filled}" data-total="${f.total}" data-rate="${f.rate}"><text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(f.title)}</text><rect x="${labelWidth}" y="${y}" width="${barWidth}" height="16" fill="#e8ecf2"/><rect x="${labelWidth}" y="${y}" width="${width}" height="16" fill="${f.rate >= 0.9 ? '#2f8f4e' : f.rate >= 0.5 ? '#d9a400' : '#c0392b'}"/><text x="${labelWidth + barWidth + 6}" y="${y + 15}">${percent} (${f.filled}/${f.total})</text></g>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="項目ごとの充足率" width="${labelWidth + barWidth + 120}" height="${height}">${bars.join('')}</svg>`;
}

/** Pages by extraction method, as one stacked bar. */
function methodChart(report: QualityReport): string {
  const total = report.sources.reduce((n, s) => n + s.pages, 0) || 1;
  const parts: [string, number, string][] = [
    ['テキスト層', report.sources.reduce((n, s) => n + s.text_pages, 0), '#2a5d9f'],
    ['OCR', report.sources.reduce((n, s) => n + s.ocr_pages, 0), '#c0392b'],
    ['混在', report.sources.reduce((n, s) => n + s.mixed_pages, 0), '#d9a400'],
  ];
  let x = 0;
  const rects = parts.map(([label, count, color]) => {
    const width = Math.round((count / total) * 600);
    const rect = `<rect class="method" data-method="${label}" data-pages="${count}" x="${x}" y="0" width="${width}" height="20" fill="${color}"/>`;
    x += width;
    return rect;
  });
  const legend = parts.map(([label, count, color], i) => `<rect x="${i * 160}" y="28" width="12" height="12" fill="${color}"/><text x="${i * 160 + 16}" y="39">${label} ${count}ページ</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="抽出方法ごとのページ数" width="620" height="46">${rects.join('')}${legend.join('')}</svg>`;
}

const COUNT_LABELS: Readonly<Record<keyof QualityReport['counts'], string>> = {
  records: 'レコード',
  quarantined: '隔離したレコード',
  budget_lines: '予算行',
  budget_lines_without_amount: '金額のない予算行',
  offices: '担当部局',
  tables: '表',
  issues: '指摘',
};

/** quality.html: the quality report for people, self-contained (inline CSS and SVG, no scripts, no network). */
export function renderQualityHtml(report: QualityReport, title: string): string {
  const cards = (Object.keys(COUNT_LABELS) as (keyof QualityReport['counts'])[]).map(
    (key) => `<div class="card" data-metric="${key}" data-value="${report.counts[key]}"><div class="v">${report.counts[key]}</div><div class="k">${COUNT_LABELS[key]}</div></div>`,
  );
  const changes = report.changes;
  const body = [
    `<h1>データ品質報告: ${escapeHtml(title)} (${report.edition})</h1>`,
    `<p>データセット <code>${escapeHtml(report.dataset)}</code>、版 ${report.edition}。元PDF: ${report.sources.map((s) => `${escapeHtml(s.file_name)} (${s.pages}ページ)`).join('、')}</p>`,
    `<h2>件数</h2><div class="cards">${cards.join('')}</div>`,
    `<h2>抽出方法</h2>${methodChart(report)}`,
    `<h2>項目ごとの充足率</h2>${fillChart(report)}`,
    `<h2>隔離したレコード</h2>${table(['名称', 'ページ', '理由'], report.quarantine.map((q) => [td(q.name), td(q.pages.join(',')), td(q.reasons.map((r) => `${r.field}: ${r.message}`).join(' / '))]), '隔離したレコードはありません。')}`,
    `<h2>読めなかったページ</h2>${table(['ファイル', 'ページ', 'エラー', '理由'], report.sources.flatMap((s) => s.quarantined_pages.map((p) => [td(s.file_name), `<td class="num" data-quarantined-page="${p.number}">${p.number}</td>`, td(p.code), td(p.message)])), 'すべてのページを読めました。')}`,
    `<h2>読み取りの指摘</h2>${table(['種類', '名称', 'ページ', '内容'], report.issues.map((i) => [td(i.type), td(i.record), td(i.page, true), td(i.message)]), '指摘はありません。')}`,
    `<h2>確認が必要なページ</h2>${table(['ファイル', 'ページ', '方法', 'OCRの割合', '平均信頼度', '理由'], report.pages_to_check.map((p) => [td(p.file_name), `<td class="num" data-page-to-check="${p.page}">${p.page}</td>`, td(p.method ?? '隔離'), td(p.ocr_share === null ? '—' : `${(p.ocr_share * 100).toFixed(1)}%`, true), td(p.confidence ?? '—', true), td(p.reasons.join(' / '))]), 'どのページもテキスト層か確かなOCRで読めました。')}`,
    `<h2>OCRで読んだページ</h2>${table(['ファイル', 'ページ', '方法', '理由', '平均信頼度', '行数'], report.ocr_pages.map((p) => [td(p.file_name), td(p.page, true), td(p.method), td(p.reason), `<td class="num" data-ocr-page="${p.page}" data-confidence="${p.confidence ?? ''}">${p.confidence ?? '—'}</td>`, td(p.lines, true)]), 'OCRを使ったページはありません (すべてテキスト層)。')}`,
    `<h2>ラベルの表記</h2>${table(['ラベル', '表記', '回数'], report.label_variants.map((v) => [td(v.label), td(v.variant), td(v.count, true)]), 'プロファイルのラベルは見つかりませんでした。')}`,
    `<h2>列のそろわない表</h2>${table(['表ID', 'ファイル', 'ページ', '列数', '列数と違う行のセル数', '一部が空の行'], report.ragged_tables.map((t) => [td(t.table_id), td(t.file_name), td(t.pages.join(',')), td(t.column_count, true), td(t.row_lengths.join(',') || '—'), td(t.partly_empty_rows, true)]), '列のそろわない表はありません。')}`,
    `<h2>Shift_JIS (CP932) の写し</h2><p>すべてのCSVに cp932/ の写しがあります。CP932にない文字は近い文字に置き換え、代わりのない文字は 〓 にしています。</p>${table(['CSV', '置き換えた文字', 'CP932で表せない文字 (写しでは 〓)'], report.cp932.filter((c) => c.folded_characters.length + c.lost_characters.length > 0).map((c) => [td(c.path), td(c.folded_characters.map((f) => `${f.character}→${f.replacement}`).join(' ')), `<td data-cp932="${escapeHtml(c.path)}" data-lost="${c.lost_characters.length}">${escapeHtml(c.lost_characters.join(' ')) || '—'}</td>`]), 'どのCSVも文字を置き換えずに写せました。')}<p>元のとおりに写せたCSV: <span data-cp932-exact="${report.cp932.filter((c) => c.folded_characters.length + c.lost_characters.length === 0).length}">${report.cp932.filter((c) => c.folded_characters.length + c.lost_characters.length === 0).length}</span> / ${report.cp932.length}</p>`,
    `<h2>前の版からの変化</h2>${
      changes === null
        ? '<p class="none">このシリーズの最初の版です。</p>'
        : `<p>前の版: <code>${escapeHtml(changes.from)}</code> (詳しくは <a href="diff.html">変更点のページ</a>)</p>${changeCards(changes.summary)}`
    }`,
  ];
  return htmlPage(`データ品質報告 ${report.dataset} ${report.edition}`, body);
}

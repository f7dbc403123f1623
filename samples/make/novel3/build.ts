/**
 * Builds the third novel-layout corpus: one project a page as other ministries' 事業PR資料 print it
 * (農林水産省's ＜＞ and 〈〉 headings and 概算決定額, 環境省's 事業目的・概要等 frame and x百万円（y百万円）,
 * 文部科学省's アウトプット / アウトカム headings and （担当：…）, 厚生労働省's 施策名： sheet with ①–④ headings,
 * デジタル庁's 【】 headings) and a city's 主要事業 as a ruled table, as an unruled label column, as one list table and two a page over
 * grids of labelled cells; most
 * of them scanned too. Printed with Chromium by novel/build.ts's `buildLayout`. Written outside the
 * repository. The n3h- layouts were made after the reader was changed for the n3- ones, and first read
 * by their totals: the hold-out.
 *
 *   npx tsx samples/make/novel3/build.ts [out-dir] [layout-id…]   (default /work/scratch/novel3, every layout)
 *   npm run eval -- --samples <out-dir>
 */
import { buildCorpus } from '../novel2/build.ts';
import type { NovelLayout } from '../novel/kit.ts';
import { cityColumn, cityGrid, cityList, cityTable, da, env, maff, maff2, mext, mext2, mhlw } from './layouts.ts';

export const NOVEL3_LAYOUTS: NovelLayout[] = [maff, env, mext, mhlw, da, maff2, mext2, cityTable, cityColumn, cityList, cityGrid];

if (import.meta.url === `file://${process.argv[1]}`) buildCorpus('novel3', NOVEL3_LAYOUTS, (i) => 13 * i + 5, process.argv.slice(2));

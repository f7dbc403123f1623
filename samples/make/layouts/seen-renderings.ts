/** The seen renderings: tuned against freely. Each picks 8–12 records of its family. */
import type { RenderingSpec } from './spec.ts';

export const RENDERINGS: RenderingSpec[] = [
  {
    id: 'slides-prefix', family: 'fy2021', records: [0, 1, 3, 5, 7, 9, 11, 14, 17, 19], page: 'slide', margins: [7, 10, 11, 10],
    font: 'IPAexGothic', size: 9.5, nameSize: 15, accent: '#1f3b73', cover: 'title-date', pageNo: { form: 'plain', at: 'bottom-right' },
    footer: { left: 'doc' }, perPage: 1, name: { at: 'prefix' }, office: { at: 'prefix', phone: 'TEL:', emails: true },
    meta: ['field', 'refs', 'budget'], metaAt: 'left-column', sectionsAt: 'left-column', labelWidth: 11,
    labels: { 目的: '事業目的', 概要: '事業概要' }, budgetForm: 'lines', bullet: '•', scan: [1, 2, 3, 4],
  },
  {
    id: 'a4p-heading-runover', family: 'fy2021', records: [2, 4, 6, 8, 10, 12, 13, 15, 16, 18, 20], page: 'a4p', margins: [22, 18, 20, 20],
    font: 'IPAexMincho', headFont: 'IPAexGothic', size: 10, nameSize: 14, accent: '#2b4c3f', cover: 'title', header: { left: 'doc', right: 'group', rule: true },
    pageNo: { form: 'dash', at: 'bottom-center' }, perPage: 1, runover: true, name: { at: 'heading' }, office: { at: 'plain', phone: '電話：', emails: true },
    meta: ['field', 'refs', 'budget'], metaAt: 'header-row', sectionsAt: 'heading', mark: '【】',
    labels: { field: '政策分野', refs: '位置づけ', budget: '予算' }, budgetForm: 'columns', bullet: '○',
  },
  {
    id: 'a4p-heading-left', family: 'digiden', records: [2, 3, 4, 8, 11, 14, 16, 20, 24, 30], page: 'a4p', margins: [18, 15, 17, 15],
    font: 'IPAexGothic', size: 9.5, nameSize: 15, accent: '#14507a', cover: 'title-date', header: { right: 'ministry' },
    pageNo: { form: 'dash', at: 'bottom-center' }, perPage: 1, name: { at: 'heading' }, office: { at: 'prefix', phone: 'TEL:' },
    meta: ['category', 'refs', 'budget'], metaAt: 'left-column', sectionsAt: 'heading', mark: '■', labelWidth: 26,
    labels: { refs: '位置づけ', 施策効果の詳細: '施策効果の詳細' }, budgetForm: 'lines', bullet: '・', scan: [1, 2, 3, 4],
  },
  {
    id: 'slides-cells', family: 'digiden', records: [0, 5, 6, 9, 12, 17, 21, 25, 28, 33, 35], page: 'slide', margins: [16, 12, 14, 12],
    font: 'IPAexGothic', size: 11, nameSize: 15, accent: '#7a3b14', cover: 'title-date', header: { left: 'doc' }, footer: { left: 'context' },
    pageNo: { form: 'of', at: 'top-right' }, perPage: 1, name: { at: 'cell-below' }, office: { at: 'cell', phone: 'TEL:' },
    meta: ['category', 'refs', 'budget'], metaAt: 'header-row', sectionsAt: 'inline', omit: ['具体的取組'],
    labels: { name: '施策名', office: '担当課', category: '分類', refs: 'デジ田総合戦略における位置づけ', budget: '予算額', 施策効果の詳細: '施策効果' },
    budgetForm: 'bare-paren', bullet: '',
  },
  {
    id: 'a4l-classic', family: 'jigyo-pr', records: [0, 1, 2, 4, 5, 7, 8, 10, 11, 13], page: 'a4l', margins: [12, 12, 13, 12],
    font: 'IPAexGothic', size: 11, nameSize: 18, accent: '#1a4f8b', cover: 'title-date', tab: true, pageNo: { form: 'plain', at: 'bottom-center' },
    perPage: 1, name: { at: 'heading' }, office: { at: 'top-right', phone: 'TEL:' }, meta: ['budget'], metaAt: 'inline', sectionsAt: 'heading', mark: '■',
    labels: { budget: '令和5年度補正予算額', 目的・概要: '事業目的・概要' }, budgetForm: 'bare', budgetBig: true, bullet: '◯', twoColumn: true, figure: 'box',
    diagram: ['事業スキーム'], condBox: { caption: '条件（対象者、対象行為、補助率等）', keys: ['補助対象', '補助率'] }, scan: [1, 2, 3, 4],
  },
  {
    id: 'slides-cells', family: 'jigyo-pr', records: [1, 3, 4, 6, 7, 9, 10, 12, 13], page: 'slide', margins: [15, 12, 12, 12],
    font: 'IPAexGothic', size: 11.5, nameSize: 15, accent: '#205c3b', cover: 'title-date', header: { left: 'context', right: 'ministry' },
    pageNo: { form: 'p', at: 'bottom-right' }, perPage: 1, name: { at: 'cell-beside' }, office: { at: 'cell', phone: '電話：' },
    meta: ['budget'], metaAt: 'left-column', sectionsAt: 'left-column', labelWidth: 30,
    labels: { name: '事業名', office: '所管', budget: '補正予算額', 目的・概要: '事業の目的・概要', 成果目標: 'KPI', 補助対象: '補助対象者' },
    budgetForm: 'bare', bullet: '・',
  },
];

/** The hold-out renderings: the blind test (not to be read while tuning the reader). Each picks 8–12 records. */
import type { RenderingSpec } from './spec.ts';

export const RENDERINGS: RenderingSpec[] = [
  {
    id: 'h1', family: 'fy2021', records: [0, 2, 4, 7, 9, 11, 13, 15, 18, 20], page: 'a4p', margins: [17, 14, 16, 14],
    font: 'IPAexMincho', headFont: 'IPAexGothic', size: 9.5, nameSize: 14, accent: '#3a2a6b', cover: 'title-date', header: { right: 'group' },
    pageNo: { form: 'p', at: 'bottom-center' }, perPage: 1, name: { at: 'cell-beside' }, office: { at: 'top-right', phone: 'TEL:', emails: true },
    meta: ['field', 'refs', 'budget'], metaAt: 'left-column', sectionsAt: 'heading', mark: '＜＞', labelWidth: 9, spaced: ['budget'],
    labels: { name: '事業名', 目的: '事業目的', 概要: '事業の概要' }, budgetForm: 'lines', bullet: '・', scan: [1, 2, 3, 4],
  },
  {
    id: 'h2', family: 'fy2021', records: [1, 3, 5, 6, 8, 10, 12, 14, 16, 17, 19], page: 'slide', margins: [12, 14, 14, 14],
    font: 'IPAexGothic', size: 10.5, nameSize: 15, accent: '#8b1a1a', cover: 'title', footer: { left: 'doc' },
    pageNo: { form: 'of', at: 'bottom-right' }, perPage: 1, runover: true, name: { at: 'heading', numbered: 'maru' },
    office: { at: 'prefix', phone: '電話：', emails: true }, meta: ['field', 'budget'], metaAt: 'inline', sectionsAt: 'inline',
    labels: { office: '所管', field: '政策分野', budget: '予算' }, budgetForm: 'lines', bullet: '',
  },
  {
    id: 'h3', family: 'digiden', records: [0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30], page: 'a4l', margins: [14, 13, 14, 13],
    font: 'IPAexMincho', headFont: 'IPAexGothic', size: 9.5, nameSize: 13, accent: '#1f5f5b', cover: 'title-date', header: { left: 'doc', rule: true },
    pageNo: { form: 'dash', at: 'bottom-center' }, perPage: 2, name: { at: 'heading' }, office: { at: 'top-right', phone: 'TEL:' },
    meta: ['category', 'refs', 'budget'], metaAt: 'header-row', sectionsAt: 'left-column', omit: ['具体的取組'], labelWidth: 22,
    labels: { category: '分類', refs: 'デジ田総合戦略における位置づけ', 目的: '事業目的', 概要: '事業内容' }, budgetForm: 'columns', bullet: '', scan: [1, 2, 3],
  },
  {
    id: 'h4', family: 'digiden', records: [1, 4, 7, 10, 13, 17, 20, 23, 26, 29, 33, 35], page: 'slide', margins: [15, 12, 12, 12],
    font: 'IPAexGothic', size: 10.5, nameSize: 14, accent: '#44556b', cover: 'title-date', header: { left: 'ministry', right: 'context' },
    pageNo: { form: 'plain', at: 'bottom-center' }, perPage: 1, name: { at: 'prefix' }, office: { at: 'box', phone: 'TEL:' },
    meta: ['category', 'refs', 'budget'], metaAt: 'left-column', sectionsAt: 'heading', mark: '◆', labelWidth: 12,
    labels: { office: '担当部局', refs: '位置づけ', budget: '予算' }, budgetForm: 'bare', bullet: '',
  },
  {
    id: 'h5', family: 'juten', records: [2, 5, 8, 13, 16, 19, 23, 27, 31, 34, 42], page: 'a4l', margins: [16, 14, 14, 14],
    font: 'IPAexGothic', size: 9.5, nameSize: 12, accent: '#5b3a1f', cover: 'title-date', header: { left: 'doc', right: 'context' },
    pageNo: { form: 'of', at: 'bottom-right' }, perPage: 3, name: { at: 'heading', numbered: 'path' }, office: { at: 'none', phone: 'TEL:' },
    meta: ['budget'], metaAt: 'left-column', budgetAfter: true, sectionsAt: 'left-column', labelWidth: 16,
    labels: { budget: '予算額' }, budgetForm: 'lines', bullet: '・', scan: [1, 2, 3],
  },
  {
    id: 'h6', family: 'juten', records: [0, 4, 7, 11, 15, 20, 25, 30, 36, 39, 45], page: 'slide', margins: [18, 14, 13, 14],
    font: 'IPAexGothic', size: 11, nameSize: 14, accent: '#1f4d5b', cover: 'title-date', tab: true, header: { left: 'context' },
    pageNo: { form: 'dash', at: 'bottom-center' }, perPage: 2, name: { at: 'cell-below', numbered: 'paren', topic: true }, office: { at: 'none', phone: 'TEL:' },
    meta: ['budget'], metaAt: 'inline', budgetAfter: true, sectionsAt: 'heading', mark: '■', labels: { budget: '【予算】', 概要: '' }, budgetForm: 'lines', bullet: '・',
  },
  {
    id: 'h7', family: 'jigyo-pr', records: [0, 1, 3, 5, 6, 8, 10, 12, 13], page: 'a4p', margins: [15, 14, 15, 14],
    font: 'IPAexMincho', headFont: 'IPAexGothic', size: 10, nameSize: 14, accent: '#0f4c81', cover: 'title-date', header: { left: 'doc', right: 'group' },
    pageNo: { form: 'plain', at: 'bottom-center' }, perPage: 1, name: { at: 'cell-beside' }, office: { at: 'cell', phone: 'TEL:' },
    meta: ['budget'], metaAt: 'left-column', sectionsAt: 'left-column', labelWidth: 26, figure: 'box', diagram: ['事業スキーム'],
    condBox: { caption: '条件（対象者、対象行為、補助率等）', keys: ['補助対象', '補助率'] },
    labels: { name: '事業名', office: '担当課', budget: '令和5年度補正予算額', 目的・概要: '事業目的・概要' }, budgetForm: 'bare', bullet: '◯', scan: [1, 2, 3, 4],
  },
  {
    id: 'h8', family: 'jigyo-pr', records: [2, 3, 4, 6, 7, 9, 10, 11, 13], page: 'slide', margins: [14, 12, 12, 12],
    font: 'IPAexGothic', size: 10.5, nameSize: 16, accent: '#6b2d5c', cover: 'title-date', header: { left: 'context', right: 'ministry' },
    pageNo: { form: 'p', at: 'bottom-right' }, perPage: 1, name: { at: 'prefix' }, office: { at: 'prefix', phone: 'TEL:' },
    meta: ['budget'], metaAt: 'inline', budgetBig: true, sectionsAt: 'heading', mark: '【】', twoColumn: true, figure: 'box',
    labels: { name: '事業名', office: '担当', budget: '補正予算額', 目的・概要: '事業の目的・概要', 成果目標: 'KPI' }, budgetForm: 'bare', bullet: '・',
  },
];

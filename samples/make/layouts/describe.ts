/** A rendering's choices in words: its truth's `made_with` and `hazards`, and the README rows. */
import { labelOf } from './record.ts';
import type { RenderingSpec } from './spec.ts';

const SIZE = { a4p: 'A4 portrait', a4l: 'A4 landscape', slide: '16:9 slides (338.7×190.5 mm)' } as const;

export function pageWords(spec: RenderingSpec): string {
  return SIZE[spec.page];
}

export function describe(spec: RenderingSpec): string[] {
  const l = (k: string) => `「${labelOf(spec, k)}」`;
  const out: string[] = [
    `${SIZE[spec.page]}, margins ${spec.margins.join('/')} mm, ${spec.font} ${spec.size} pt (names ${spec.nameSize} pt${spec.headFont ? `, ${spec.headFont}` : ''})`,
    spec.cover === 'none' ? 'no cover' : spec.cover === 'title' ? 'cover with title, no date' : 'cover with title and date',
    spec.runover ? 'every record runs over two pages (a page holds the end of one record and the start of the next)' : `${spec.perPage} record(s) per page`,
    `name: ${spec.name.at === 'prefix' ? `${l('name')}：X line` : spec.name.at === 'heading' ? 'bare heading, larger, no label' : spec.name.at === 'cell-beside' ? `${l('name')} cell with the value beside it` : `${l('name')} header cell with the value below`}${spec.name.numbered ? `, numbered (${spec.name.numbered})` : ''}${spec.name.topic ? ', under a topic heading' : ''}`,
    `office: ${spec.office.at === 'none' ? 'not printed' : spec.office.at === 'prefix' ? `${l('office')}：… line` : spec.office.at === 'plain' ? 'plain line under the title' : spec.office.at === 'cell' ? `${l('office')} cell` : spec.office.at === 'box' ? `${l('office')} box at the end of the record` : 'office and phone top right of the title'}${spec.office.at === 'none' ? '' : `, phones as 「${spec.office.phone}」`}`,
    `meta ${spec.meta.map(l).join(' ') || '(none)'} as ${spec.metaAt}; sections as ${spec.sectionsAt}${spec.mark ? ` (${spec.mark})` : ''}`,
    `budget ${spec.budgetForm}${spec.budgetAfter ? ', after the sections' : ''}`,
  ];
  const spelled = Object.entries(spec.labels).filter(([k, v]) => v !== k).map(([k, v]) => `${k}→「${v}」`);
  if (spelled.length) out.push(`spellings ${spelled.join(', ')}`);
  if (spec.spaced?.length) out.push(`letter-spaced ${spec.spaced.map(l).join(' ')}`);
  if (spec.labelWidth !== undefined && spec.labelWidth < 14) out.push(`narrow label cells (${spec.labelWidth} mm): labels wrap`);
  const slots = (x: { left?: string; right?: string } | undefined) => [x?.left && `${x.left} left`, x?.right && `${x.right} right`].filter(Boolean).join(', ');
  if (spec.header) out.push(`running header (${slots(spec.header)})${spec.header.rule ? ' over a rule' : ''}`);
  if (spec.footer) out.push(`running footer (${slots(spec.footer)})`);
  if (spec.tab) out.push('chapter tab top right');
  if (spec.pageNo) out.push(`page numbers ${spec.pageNo.form} at ${spec.pageNo.at}`);
  if (spec.dividers) out.push('chapter divider pages');
  if (spec.omit?.length) out.push(`not printed: ${spec.omit.join(', ')}`);
  if (spec.diagram?.length) out.push(`as a flow diagram (not a section): ${spec.diagram.join(', ')}`);
  if (spec.condBox) out.push(`${spec.condBox.keys.join('/')} inline in a 「${spec.condBox.caption}」 box`);
  if (spec.twoColumn) out.push('sections left, 事業イメージ figure right');
  else if (spec.figure === 'box') out.push('事業イメージ figure box');
  return out;
}

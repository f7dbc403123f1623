import type { CaseRecord, EditionCases, EditionDiff, FieldChange } from '../../../schemas/types.ts';

function fieldChanges(a: CaseRecord, b: CaseRecord): FieldChange[] {
  const pairs: [string, string | null, string | null][] = [
    ['number', a.number, b.number],
    ['chapter', a.chapter, b.chapter],
    ['prefecture', a.prefecture, b.prefecture],
    ['municipality', a.municipality, b.municipality],
  ];
  const text = (c: CaseRecord, label: string): string | null => c.fields.find((f) => f.label === label)?.text ?? null;
  for (const label of [...new Set([...a.fields, ...b.fields].map((f) => f.label))]) pairs.push([`fields/${label}`, text(a, label), text(b, label)]);
  return pairs.filter(([, before, after]) => before !== after).map(([field, before, after]) => ({ field, before, after }));
}

/**
 * What changed from one edition of a case collection to another, case by case. Cases are matched by
 * their id (from the case's title and place), so a retitled case is one removed and one added; a
 * case has no budget, so there are no budget changes or totals.
 */
export function diffCases(series: string, from: EditionCases, to: EditionCases): EditionDiff {
  const before = new Map(from.cases.map((c) => [c.id, c]));
  const after = new Set(to.cases.map((c) => c.id));
  const listed = (c: CaseRecord) => ({ id: c.id, name: c.title, budget: null });
  const changed = to.cases.flatMap((b) => {
    const a = before.get(b.id);
    const fields = a === undefined ? [] : fieldChanges(a, b);
    return fields.length === 0 ? [] : [{ id: b.id, name: b.title, fields, budget: [], headline: null }];
  });
  const added = to.cases.filter((c) => !before.has(c.id)).map(listed);
  const removed = from.cases.filter((c) => !after.has(c.id)).map(listed);
  const matched = to.cases.length - added.length;
  return {
    schema_version: '2.0.0',
    kind: 'cases',
    series,
    from: { dataset: from.dataset, edition: from.edition, records: from.cases.length },
    to: { dataset: to.dataset, edition: to.edition, records: to.cases.length },
    summary: { matched, same_name: matched, renamed: 0, added: added.length, removed: removed.length, changed: changed.length },
    added,
    removed,
    renamed: [],
    changed,
    totals: [],
  };
}

// Module resolution hook (see register.mjs): every import of the tables stage gets the buggy one,
// except the buggy one's own import of the real stage.
const stage = '/pipeline/tables/find-tables.ts';
const buggy = new URL('./find-tables-with-a-bug.ts', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  return resolved.url.endsWith(stage) && context.parentURL !== buggy ? { ...resolved, url: buggy } : resolved;
}

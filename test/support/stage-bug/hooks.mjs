// Module resolution hook (see register.mjs): every import of the tables stage, compiled
// (dist/pipeline/tables/find-tables.js, what the CLI runs) or from source under tsx, gets the buggy
// one, which is told where the real stage is.
const stage = /\/pipeline\/tables\/find-tables\.(ts|js)$/u;
const buggy = new URL('./find-tables-with-a-bug.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (!stage.test(resolved.url) || context.parentURL?.startsWith(buggy)) return resolved;
  return { ...resolved, url: `${buggy}?real=${encodeURIComponent(resolved.url)}`, format: 'module' };
}

/**
 * A pattern whose source is put together at run time (from a shared part such as a titled person's pattern), built
 * once. `new RegExp` inside a function compiles its pattern again on every call, which for the parser's long Unicode
 * patterns cost more than running them. The patterns are shared: use them with exec, test, split, replace or matchAll
 * (which copy a global pattern), never by setting lastIndex on a global or sticky one.
 */
export function builtPattern(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  let pattern = built.get(key);
  if (!pattern) {
    if (built.size >= MAX_PATTERNS) built.clear();
    pattern = new RegExp(source, flags);
    built.set(key, pattern);
  }
  return pattern;
}

/** Sources are a handful of fixed shapes; a bound keeps a shape built from varying text from growing without end. */
const MAX_PATTERNS = 256;
const built = new Map<string, RegExp>();

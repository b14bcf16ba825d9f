// Registered after tsx, so asked first: an ES module inside node_modules is loaded untransformed and
// without its source map (tsx turns source maps on; PDF.js's would cost seconds and 100 MB to read).
import fs from 'node:fs/promises';

export async function load(url, context, nextLoad) {
  if (!(url.startsWith('file:') && url.includes('/node_modules/') && url.endsWith('.mjs')))
    return nextLoad(url, context);
  const source = (await fs.readFile(new URL(url), 'utf8')).replace(/\/\/# sourceMappingURL=\S*\s*$/, '');
  return { format: 'module', source, shortCircuit: true };
}

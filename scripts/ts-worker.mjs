// Loader for a worker thread run from TypeScript source (tests and benches; the built code needs none):
// tsx for our .ts files, but packages' own .mjs files loaded as they are, without source maps, since
// reading PDF.js's would cost seconds and over 100 MB of heap in every worker.
import { register } from 'node:module';
import { register as registerTsx } from 'tsx/esm/api';

registerTsx();
register('./ts-worker-hooks.mjs', import.meta.url);

// Builds the portal's static assets into dist/web/assets: GOV.UK Frontend compiled from Sass with
// Quorum's settings (no GOV.UK typeface or crown), its JavaScript, our small module that starts it,
// and the agenda's drag-and-drop ordering (agendaOrder.mjs, fetched by that module where it is needed).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as sass from 'sass';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'web', 'assets');
fs.mkdirSync(out, { recursive: true });

const css = sass.compile(path.join(root, 'src', 'web', 'assets', 'quorum.scss'), {
  loadPaths: [path.join(root, 'node_modules')],
  style: 'compressed',
  quietDeps: true,
});
fs.writeFileSync(path.join(out, 'quorum.css'), css.css);

const govukJs = path.join(root, 'node_modules', 'govuk-frontend', 'dist', 'govuk', 'govuk-frontend.min.js');
fs.copyFileSync(govukJs, path.join(out, 'govuk-frontend.min.js'));
for (const name of ['quorum.mjs', 'agendaOrder.mjs', 'favicon.svg'])
  fs.copyFileSync(path.join(root, 'src', 'web', 'assets', name), path.join(out, name));
console.log(`assets: ${path.relative(root, out)} (quorum.css ${Math.round(css.css.length / 1024)} KiB)`);

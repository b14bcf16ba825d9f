// npm links the bins of dependencies into node_modules/.bin, but not the project's own; this
// links `quorum` there too, so `npx quorum` (and `npx --no-install quorum`) work in a clone.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const binDir = path.join(root, 'node_modules', '.bin');
const link = path.join(binDir, 'quorum');
fs.mkdirSync(binDir, { recursive: true });
fs.rmSync(link, { force: true });
fs.symlinkSync(path.relative(binDir, path.join(root, 'bin', 'quorum.js')), link);

import fs from 'node:fs';
import path from 'node:path';
import { parseDocumentBytes } from './src/ingest/parseDocumentBytes.js';
import { damagedSpellingsIn } from './src/app/people/documentSpellings.js';
const dir = 'test/fixtures/minutes';
const docs = [];
for (const f of [...fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f)), ...fs.readdirSync('sample').filter(f=>f.endsWith('.txt')).map((f) => path.join('sample', f))]) {
  const r = await parseDocumentBytes(fs.readFileSync(f), f);
  if (r.ok) docs.push(r.document);
}
let t = performance.now();
for (let i = 0; i < 20; i++) for (const d of docs) damagedSpellingsIn(d);
console.log('per doc ms', ((performance.now() - t) / (20 * docs.length)).toFixed(2), docs.length);

/**
 * bench/import/writeCorpus: writes N generated minutes (bench/import's corpus) into a folder, so that the compiled
 * CLI can be measured on them as a user runs it:
 *
 *   npx tsx bench/import/writeCorpus.ts 20000 /tmp/corpus
 *   QUORUM_DATA_DIR=/tmp/corpus-data /usr/bin/time -v node bin/quorum.js import /tmp/corpus
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchTemplates, writeCorpusFiles } from './corpus.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const count = Number(process.argv[2] ?? 1000);
const dir = process.argv[3];
if (!dir || !Number.isInteger(count) || count < 1) {
  process.stderr.write('usage: npx tsx bench/import/writeCorpus.ts COUNT FOLDER\n');
  process.exit(2);
}
const templates = benchTemplates(ROOT);
fs.mkdirSync(dir, { recursive: true });
writeCorpusFiles(dir, templates, count);
process.stdout.write(`${count} documents written to ${dir}\n`);

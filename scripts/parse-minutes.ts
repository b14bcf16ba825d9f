// Dev helper: prints what `quorum parse --json` prints for a file, straight from the sources (no build).
import fs from 'node:fs';
import { parseDocumentBytes } from '../src/ingest/parseDocumentBytes.js';
import { presentParseJson } from '../src/ingest/minutes/parseContract.js';

const file = process.argv[2]!;
const parsed = await parseDocumentBytes(fs.readFileSync(file), file);
if (!parsed.ok) {
  process.stderr.write(`${file}: ${parsed.problem}\n`);
  process.exit(1);
}
if (process.argv.includes('--text')) process.stdout.write(`${parsed.document.text}\n`);
else process.stdout.write(`${JSON.stringify(presentParseJson(parsed.document), null, 2)}\n`);

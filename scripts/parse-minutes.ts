// Dev helper: prints `quorum parse --json` output for a text file, straight from the sources.
import fs from 'node:fs';
import { parseText } from '../src/ingest/minutes/parseText.js';
import { presentParseJson } from '../src/ingest/minutes/parseContract.js';

process.stdout.write(`${JSON.stringify(presentParseJson(parseText(fs.readFileSync(process.argv[2]!, 'utf8'))), null, 2)}\n`);

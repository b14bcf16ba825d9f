#!/usr/bin/env -S node --max-semi-space-size=2
// A 2 MB semi-space (V8's default grows to 16 MB) keeps the importing thread's heap small: see README, Benchmarks.
// The CLI is compiled to dist/ by `npm install` (the prepare script).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv);

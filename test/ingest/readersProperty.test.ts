/**
 * Property tests of the readers (PDF, HTML and text, through parseDocumentBytes as import runs it,
 * in the parse worker): random and mutated documents never make them throw or hang, and every
 * span they give lies inside the text. Runs for about 20 s in CI; a longer run:
 *
 *   FAST_CHECK_RUNS=5000 npx vitest run test/ingest/readersProperty.test.ts
 *
 * (FAST_CHECK_RUNS is the number of documents of each kind; FAST_CHECK_SEED repeats a run.)
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../../src/app/importLimits.js';
import { parseInWorker } from '../../src/app/parseInWorker.js';
import type { ParsedBytes } from '../../src/ingest/parseDocumentBytes.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.FAST_CHECK_RUNS ?? 0) || null;
const SEED = process.env.FAST_CHECK_SEED ? Number(process.env.FAST_CHECK_SEED) : undefined;
/** A document taking longer than this has hung, as far as this test is concerned (real ones take milliseconds). */
const LIMITS: ImportLimits = { ...DEFAULT_IMPORT_LIMITS, timeoutMs: 15_000 };

/** Real minutes to start from: the sample documents and the parser's fixtures (all committed). */
const SOURCES = [
  ...fs.readdirSync(path.join(ROOT, 'sample')).map((f) => path.join(ROOT, 'sample', f)),
  ...fs.readdirSync(path.join(ROOT, 'test/fixtures/minutes')).map((f) => path.join(ROOT, 'test/fixtures/minutes', f)),
]
  .filter((f) => /\.(txt|html)$/.test(f))
  .map((f) => fs.readFileSync(f, 'utf8'));
const LINES = SOURCES.flatMap((s) => s.split('\n')).filter((l) => l.trim());

async function pdfOf(text: string, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const lines = text.split('\n');
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([595, 842]);
    lines.slice(p * 40, p * 40 + 40).forEach((line, n) => {
      // Helvetica's standard encoding: characters outside Windows-1252 are dropped.
      const safe = line.replace(/[^\x20-\x7e\xa0-\xff]/g, '').slice(0, 100);
      page.drawText(safe, { x: 40, y: 800 - n * 18, size: 10, font: n % 9 === 0 ? bold : font });
    });
  }
  return doc.save();
}

/** Every {start, end} span anywhere in the parsed document. */
function spansOf(value: unknown, out: { start: number; end: number }[] = []): { start: number; end: number }[] {
  if (Array.isArray(value)) for (const v of value) spansOf(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') out.push({ start: o.start, end: o.end });
    for (const [key, v] of Object.entries(o)) if (key !== 'text') spansOf(v, out);
  }
  return out;
}

/** The properties every reader keeps, whatever its input. */
function checkParsed(parsed: ParsedBytes): void {
  if (!parsed.ok) {
    expect(parsed.problem).toMatch(/\S/);
    expect(parsed.problem).not.toMatch(/^the document cannot be parsed:/); // a throw, caught by the worker
    expect(parsed.problem).not.toMatch(/took longer than/); // a hang
    expect(parsed.problem).not.toMatch(/\n/);
    return;
  }
  const { text } = parsed.document;
  for (const span of spansOf(parsed.document)) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThanOrEqual(span.start);
    expect(span.end).toBeLessThanOrEqual(text.length);
  }
  for (const start of parsed.document.pageStarts) expect(start).toBeLessThanOrEqual(text.length);
}

/** How many documents each kind gave, so a test can show its inputs reached the parser, not only the refusals. */
const parsedCount = new Map<string, number>();

async function read(bytes: Uint8Array, name: string): Promise<void> {
  // A copy goes to the worker (which takes the array it is given): fast-check keeps the input to report it.
  const { result } = await parseInWorker(bytes.slice(), name, LIMITS);
  checkParsed(result);
  if (result.ok && result.document.meetings.length > 0) parsedCount.set(name, (parsedCount.get(name) ?? 0) + 1);
}

type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'duplicate'; at: number; length: number; to: number }
  | { kind: 'delete'; at: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 4096 }),
    to: fc.nat(),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 512 }) }),
);

/** Applies mutations to a copy; positions are taken modulo the current length so every one lands. */
function mutate(original: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = Buffer.from(original);
  for (const m of mutations) {
    if (bytes.length === 0) break;
    const at = m.at % bytes.length;
    if (m.kind === 'flip') bytes[at] = m.byte;
    else if (m.kind === 'truncate') bytes = bytes.subarray(0, at);
    else if (m.kind === 'delete') bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.length)]);
    else {
      const chunk = bytes.subarray(at, at + m.length);
      const to = m.to % bytes.length;
      bytes = Buffer.concat([bytes.subarray(0, to), chunk, bytes.subarray(to)]);
    }
  }
  return new Uint8Array(bytes);
}

const line = fc.oneof(
  fc.constantFrom(...LINES),
  fc.string({ maxLength: 80 }),
  fc.string({ maxLength: 40, unit: 'grapheme' }),
);

const htmlElement: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('p', 'h1', 'h2', 'li', 'td', 'th', 'div', 'span', 'b', 'script', 'style', 'pre', 'table', 'tr'),
    line,
    fc.boolean(),
    fc.constantFrom('', ' class="x"', ' style="display:none"', ' onclick="alert(1)"', ' colspan="2"'),
  )
  .map(([tag, text, close, attr]) => `<${tag}${attr}>${text.replace(/[<&]/g, ' ')}${close ? `</${tag}>` : ''}`);

const options = (runs: number): fc.Parameters<unknown> => ({ numRuns: RUNS ?? runs, seed: SEED });

describe('readers, property', () => {
  let pdfs: Uint8Array[];
  beforeAll(async () => {
    pdfs = [
      await pdfOf(SOURCES[0]!, 1),
      await pdfOf(SOURCES.find((s) => s.length > 20_000) ?? SOURCES[1]!, 3),
      await pdfOf(LINES.slice(0, 120).join('\n'), 3),
    ];
    // A warm worker: its start is not what the runs measure.
    await read(pdfs[0]!, 'warm.pdf');
  }, 60_000);

  it('should read mutated real PDFs (flipped bytes, cuts, duplicated and deleted chunks) without throwing or hanging', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 2 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async (which, mutations) => read(mutate(pdfs[which]!, mutations), 'mutated.pdf'),
      ),
      options(250),
    );
    expect(parsedCount.get('mutated.pdf')).toBeGreaterThan(0);
  }, 600_000);

  it('should read mutated real minutes as text and HTML', async () => {
    const encoder = new TextEncoder();
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: SOURCES.length - 1 }),
        fc.array(mutation, { maxLength: 4 }),
        fc.constantFrom('minutes.txt', 'minutes.html'),
        async (which, mutations, name) => read(mutate(encoder.encode(SOURCES[which]!), mutations), name),
      ),
      options(1000),
    );
    expect(parsedCount.get('minutes.txt')).toBeGreaterThan(0);
    expect(parsedCount.get('minutes.html')).toBeGreaterThan(0);
  }, 600_000);

  it('should read random minutes-like text, HTML and bytes', async () => {
    const encoder = new TextEncoder();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.array(line, { maxLength: 60 }).map((ls) => ({ bytes: encoder.encode(ls.join('\n')), name: 'random.txt' })),
          fc.array(htmlElement, { maxLength: 60 }).map((es) => ({
            bytes: encoder.encode(`<html><body>${es.join('\n')}</body></html>`),
            name: 'random.html',
          })),
          fc.uint8Array({ maxLength: 4096 }).map((bytes) => ({ bytes, name: 'random.bin' })),
        ),
        async ({ bytes, name }) => read(bytes, name),
      ),
      options(2000),
    );
  }, 600_000);
});

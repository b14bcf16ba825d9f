import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presentParseJson } from '../../../src/ingest/minutes/parseContract.js';
import { parseDocumentBytes } from '../../../src/ingest/parseDocumentBytes.js';
import { parseText } from '../../../src/ingest/minutes/parseText.js';
import { norm, normName, normResolution, pickRecord, resolutionStart, type Expected } from './expectations.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/minutes');
const SEEDS = path.resolve(ROOT, '../shared/seeds');
const GOLD = path.resolve(ROOT, '../shared/eval/gold');

function cases(): { name: string; text: string; expected: Expected }[] {
  const own = fs
    .readdirSync(FIXTURES)
    .filter((f) => /\.(txt|html|md)$/.test(f))
    .map((f) => ({
      name: f,
      text: fs.readFileSync(path.join(FIXTURES, f), 'utf8'),
      expected: JSON.parse(
        fs.readFileSync(path.join(FIXTURES, f.replace(/\.(txt|html|md)$/, '.expected.json')), 'utf8'),
      ) as Expected,
    }));
  const seeds = fs.existsSync(GOLD)
    ? fs
        .readdirSync(GOLD)
        .filter((f) => f.endsWith('.json'))
        .map((f) => {
          const gold = JSON.parse(fs.readFileSync(path.join(GOLD, f), 'utf8')) as Expected & { source: string };
          return {
            name: `seed ${gold.source}`,
            text: fs.readFileSync(path.join(SEEDS, gold.source), 'utf8'),
            expected: gold,
          };
        })
    : [];
  return [...own, ...seeds];
}

describe('parseText on our fixtures and the seeds', () => {
  for (const { name, text, expected } of cases()) {
    it(`should read ${name} as a careful clerk would`, async () => {
      // Read as `quorum parse` reads a file: the reader's layout (blocks) goes to the parser with the text.
      const parsed = await parseDocumentBytes(new TextEncoder().encode(text), name);
      const doc = parsed.ok ? parsed.document : null;
      expect(doc, 'a readable document').not.toBeNull();
      const record = pickRecord(presentParseJson(doc!).meetings, expected);
      expect(record, 'a meeting record').toBeDefined();
      const r = record!;
      expect(r.date).toBe(expected.date);
      if (expected.time !== null) expect(r.time).toBe(expected.time);
      if (expected.body !== null) expect(norm(r.body)).toBe(norm(expected.body));
      if (expected.venue !== null) expect(norm(r.venue)).toContain(norm(expected.venue).replace(/^the /, ''));
      if (expected.items) {
        expect(r.items.map((i) => i.number)).toEqual(expected.items.map((i) => i.number));
        expect(r.items.map((i) => norm(i.title))).toEqual(expected.items.map((i) => norm(i.title)));
        for (const [n, item] of expected.items.entries())
          // An exclusion of the public is public business: a fixture says `"exempt": false` of it.
          if (item.exempt !== undefined) expect(r.items[n]!.exempt, `item ${item.number}`).toBe(item.exempt);
      }
      if (expected.present.length)
        expect(r.present.map(normName).sort()).toEqual(expected.present.map(normName).sort());
      expect(r.apologies.map((a) => normName(a.name)).sort()).toEqual(
        expected.apologies.map((a) => normName(a.name)).sort(),
      );
      for (const a of expected.apologies) {
        const got = r.apologies.find((x) => normName(x.name) === normName(a.name));
        expect(norm(got?.reason), `reason of ${a.name}`).toBe(norm(a.reason));
      }
      expect(r.declarations.map((d) => normName(d.name)).sort()).toEqual(
        expected.declarations.map((d) => normName(d.name)).sort(),
      );
      // A person may declare on several items, one declaration each: the expected item is among that person's.
      for (const d of expected.declarations)
        if (d.item)
          expect(
            r.declarations.filter((x) => normName(x.name) === normName(d.name)).map((x) => x.item),
            `items of ${d.name}`,
          ).toContain(d.item);
      // Minutes without items hold their resolutions at the meeting (the contract's extra field).
      const resolutions = [...r.items.flatMap((i) => i.resolutions), ...r.resolutions].map(normResolution);
      expect(resolutions).toHaveLength(expected.resolutions.length);
      expected.resolutions.forEach((e, n) =>
        expect(resolutions[n]).toContain(normResolution(resolutionStart(e)).slice(0, 40)),
      );
      if (expected.in_attendance) {
        expect(r.in_attendance.map((a) => normName(a.name)).sort()).toEqual(
          expected.in_attendance.map(normName).sort(),
        );
      }
      if (expected.decisions) {
        const decisions = r.items.flatMap((i) => i.decisions).map(normResolution);
        expect(decisions).toHaveLength(expected.decisions.length);
        expected.decisions.forEach((e, n) => expect(decisions[n]).toContain(normResolution(e).slice(0, 30)));
      }
    });
  }
});

describe('parseText on damaged input', () => {
  const texts = cases().map((c) => c.text);

  it('should never throw on arbitrary text, and keep every span inside it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 3000 }), (text) => {
        const doc = parseText(text);
        for (const m of doc.meetings) {
          for (const s of [
            m.span,
            m.date?.span,
            m.body?.span,
            ...m.items.map((i) => i.span),
            ...m.present.map((p) => p.span),
          ]) {
            if (s) expect(s.start >= 0 && s.end <= text.length && s.start <= s.end).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('should never throw on minutes-like lines in any order', () => {
    const line = fc.constantFrom(
      'Present:',
      'Councillor A Smith (Chair)',
      '12.',
      'Apologies for absence',
      'Minutes:',
      'RESOLVED that:',
      '1) to note',
      '(a) the report',
      'Resolved to:',
      '38 Title',
      '| x |',
      '',
      'Date: 1 May 2024',
      'Absent',
      '- 2. Recommend',
      'AGREED',
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        expect(() => parseText(lines.join('\n'))).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('should still return when a document is cut at any point', () => {
    fc.assert(
      fc.property(fc.nat(texts.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), (n, at) => {
        const text = texts[n]!;
        const doc = parseText(text.slice(0, Math.floor(text.length * at)));
        expect(Array.isArray(doc.meetings)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('should find no meeting in text that is not minutes', () => {
    expect(parseText('Our opening hours are nine to five. Call us on 0115 000 0000.').meetings).toEqual([]);
    expect(parseText('').meetings).toEqual([]);
  });

  it('should read linearly: a document 32 times longer takes well under 100 times as long', () => {
    const base = texts[0]!;
    // CPU time, not wall time: on a loaded machine the process waits for a core between runs.
    const time = (t: string): number => {
      const s = process.cpuUsage();
      parseText(t);
      const used = process.cpuUsage(s);
      return (used.user + used.system) / 1000;
    };
    // The fastest of several runs of each: a collection or a compile lands on one run, not all. The shorter text is
    // two copies, not one: a run of about a millisecond is too short to time steadily (a quadratic parser would take
    // 1,024 times as long).
    const short = base.repeat(2);
    const small = Math.min(time(short), time(short), time(short), time(short), time(short));
    const long = base.repeat(64);
    const big = Math.min(time(long), time(long), time(long));
    expect(big).toBeLessThan(Math.max(small, 0.5) * 100);
  });
});

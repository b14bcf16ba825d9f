import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toLines } from '../../../src/ingest/minutes/lines.js';
import { parseDocumentBytes } from '../../../src/ingest/parseDocumentBytes.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/minutes');
const SEEDS = path.resolve(ROOT, '../shared/seeds');

// A number glued to its title ("1APOLOGIES") is kept as number and title apart.
const squash = (s: string): string =>
  s
    .replace(/(\p{N})(\p{Lu})/gu, '$1 $2')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();

/** Lines a reader sets aside on purpose: page furniture, attachment labels, a cut-short page's pointer. */
const SET_ASIDE =
  /^(?:page \d+(?: of \d+)?|additional documents:?|supporting documents:?|minutes:?|-\s*\d+\s*-)$|view the full (?:minutes )?text|^.{3,120}?\s[-–]\s\d{1,2}[./]\d{1,2}[./]\d{2,4}$/i;

const PIECE = /(?:pdf icon\s*)?PDF\s+[\d.]+\s*[KMG]B|(?:Additional|Supporting) documents:|Minutes:|\|/i;

function documents(): { name: string; bytes: Uint8Array }[] {
  const own = fs
    .readdirSync(FIXTURES)
    .filter((f) => /\.(txt|html|md)$/.test(f))
    .map((f) => ({ name: f, bytes: fs.readFileSync(path.join(FIXTURES, f)) }));
  const seeds = fs.existsSync(SEEDS)
    ? fs
        .readdirSync(SEEDS)
        .filter((f) => /^\d{3}_.*\.txt$/.test(f) && !f.startsWith('004'))
        .map((f) => ({ name: f, bytes: fs.readFileSync(path.join(SEEDS, f)) }))
    : [];
  return [...own, ...seeds];
}

describe('item minutes keep every sentence', () => {
  for (const { name, bytes } of documents()) {
    it(`should keep, in its items, every line of ${name} from the first item to the last`, async () => {
      const parsed = await parseDocumentBytes(bytes, name);
      if (!parsed.ok) throw new Error(parsed.problem);
      const { text, meetings } = parsed.document;
      for (const meeting of meetings) {
        const spans = meeting.items.map((i) => i.span).filter((s): s is { start: number; end: number } => !!s);
        if (spans.length === 0) continue;
        const kept = squash(
          meeting.items.map((i) => [i.number ?? '', i.title, i.description ?? '', i.minutes ?? ''].join(' ')).join(' '),
        );
        const from = Math.min(...spans.map((s) => s.start));
        const to = meeting.span?.end ?? text.length;
        // A web page's line may hold a title, its papers and its minutes ("Title PDF 194 KB Minutes: text |"): each
        // piece of six words or more must be kept somewhere in the items.
        const lost = toLines(text)
          .filter((l) => l.start >= from && l.end <= to && !SET_ASIDE.test(l.text))
          .flatMap((l) => l.text.replace(/^\(?(?:minute|item|agenda item)\s+[^\s)]+\)?\s*[-:–]?\s*/i, '').split(PIECE))
          .filter((piece) => (piece.match(/\p{L}{2,}/gu) ?? []).length >= 6)
          .filter((piece) => !kept.includes(squash(piece)));
        expect(lost).toEqual([]);
      }
    });
  }
});

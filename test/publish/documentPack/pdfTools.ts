import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Poppler's and qpdf's command-line tools read the pack as any reader would (Debian's poppler-utils, qpdf). */

export function writeTemp(bytes: Uint8Array, name = 'pack.pdf'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-pack-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/**
 * The text of every page, from one `pdftotext` run split at its form feeds (one spawn instead of
 * one per page; a test checks it matches `pdftotext -f N -l N`).
 */
export function pageTexts(file: string): string[] {
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return text.split('\f').slice(0, -1);
}

/** The text of one page (1-based), as `pdftotext -f N -l N` reads it. */
export function pageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
}

/** Words of a text, compared as a multiset: reading order may differ, the words may not. */
export function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** `whole` minus `part` as a multiset; words `part` has that `whole` lacks are listed with a negative count. */
export function wordDifference(whole: Map<string, number>, part: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const word of new Set([...whole.keys(), ...part.keys()])) {
    const diff = (whole.get(word) ?? 0) - (part.get(word) ?? 0);
    if (diff !== 0) out[word] = diff;
  }
  return out;
}

export interface WordBox {
  readonly word: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Every word of every page with its box, from one `pdftotext -bbox` run (y grows downwards). */
export function wordBoxes(file: string): WordBox[][] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (m) => ({ xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]!, word: m[5]! }),
      ),
    );
}

export interface OutlineItem {
  readonly title: string;
  /** The page the bookmark opens at, 1-based (qpdf resolves the destination). */
  readonly page: number;
  readonly kids: readonly OutlineItem[];
}

/** The document outline as qpdf reads it back (`qpdf --json --json-key=outlines`). */
export function outlineOf(file: string): OutlineItem[] {
  const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', file], { encoding: 'utf8' })) as {
    outlines: RawOutline[];
  };
  return json.outlines.map(toItem);
}

interface RawOutline {
  title: string;
  destpageposfrom1: number;
  kids: RawOutline[];
}
const toItem = (raw: RawOutline): OutlineItem => ({
  title: raw.title,
  page: raw.destpageposfrom1,
  kids: raw.kids.map(toItem),
});

/** `pdfinfo`'s fields: Title, Author, Pages, ... */
export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    out.split('\n').flatMap((line) => {
      const m = /^([^:]+):\s*(.*)$/.exec(line);
      return m ? [[m[1]!.trim(), m[2]!.trim()]] : [];
    }),
  );
}

/** The document catalog's dictionary as qpdf prints it (`/Lang`, `/Outlines`, ...). */
export function catalogOf(file: string): string {
  const trailer = execFileSync('qpdf', ['--show-object=trailer', file], { encoding: 'utf8' });
  const root = /\/Root (\d+) 0 R/.exec(trailer);
  if (!root) throw new Error(`no /Root in the trailer of ${file}`);
  return execFileSync('qpdf', [`--show-object=${root[1]}`, file], { encoding: 'utf8' });
}

/** `qpdf --check`: exit status 0 and its report. */
export function qpdfCheck(file: string): { status: number | null; output: string } {
  const run = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

import fs from 'node:fs';
import path from 'node:path';

/**
 * A corpus of minutes generated from our fixtures and the seed documents: each document is a
 * template with its years, days and numbers shifted, so every one is a distinct meeting.
 */
export function loadTemplates(dirs: readonly string[]): string[] {
  const out: string[] = [];
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      if (name.endsWith('.txt')) out.push(fs.readFileSync(path.join(dir, name), 'utf8'));
    }
  }
  if (out.length === 0) throw new Error(`no .txt templates in ${dirs.join(', ')}`);
  return out;
}

/** A deterministic variant of a template: document n of the corpus. */
export function variant(template: string, n: number): string {
  const yearShift = n % 20;
  const dayShift = Math.floor(n / 20) % 27;
  return template
    .replace(/\b(19|20)(\d\d)\b/g, (_, c: string, y: string) => String(Math.min(2099, Number(c + y) + yearShift)))
    .replace(
      /\b([1-9]|1\d|2[0-8])(st|nd|rd|th)?(\s+)(January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
      (_, d: string, sfx: string | undefined, sp: string, m: string) => {
        const day = ((Number(d) - 1 + dayShift) % 28) + 1;
        return `${day}${sfx ? suffix(day) : ''}${sp}${m}`;
      },
    );
}

function suffix(day: number): string {
  if (day % 10 === 1 && day !== 11) return 'st';
  if (day % 10 === 2 && day !== 12) return 'nd';
  if (day % 10 === 3 && day !== 13) return 'rd';
  return 'th';
}

/** The repository's templates: our fixtures, the seed documents beside the repository and the sample. */
export function benchTemplates(root: string): string[] {
  return loadTemplates([
    path.join(root, 'test/fixtures/minutes'),
    path.resolve(root, '../shared/seeds'),
    path.join(root, 'sample'),
  ]);
}

/** Documents 0..count-1 of the corpus. */
export function corpusTexts(templates: readonly string[], count: number): string[] {
  return Array.from({ length: count }, (_, n) => variant(templates[n % templates.length]!, n));
}

/** Writes documents 0..count-1 of the corpus into `dir` as doc-000000.txt ...; gives their paths in order. */
export function writeCorpusFiles(dir: string, templates: readonly string[], count: number): string[] {
  return corpusTexts(templates, count).map((text, n) => {
    const file = path.join(dir, `doc-${String(n).padStart(6, '0')}.txt`);
    fs.writeFileSync(file, text);
    return file;
  });
}

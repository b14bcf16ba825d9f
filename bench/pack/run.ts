/**
 * bench/pack: the build time of a document pack as a ratio to qpdf merging the same files, in
 * the same run (issue 16 item 5: goal <= 1.5).
 *
 *   npx tsx bench/pack/run.ts [--reports 15] [--pages 20] [--runs 7]
 *
 * Two sets of inputs: `--reports` generated reports of `--pages` pages each (made once, 300
 * pages by default), and the real council PDFs of ../shared/eval/dev/docs repeated to about the
 * same number of pages, when that folder exists. Each run times, alternately:
 *   - Quorum: buildDocumentPack from the files' bytes (read from disk inside the timing) to the
 *     pack written to disk: front sheet, copied pages, stamps, outline, properties;
 *   - qpdf: `qpdf --empty --pages a.pdf b.pdf ... -- out.pdf` (Debian's qpdf, a process spawn;
 *     the real files are copied under distinct names, so qpdf cannot share one file's objects).
 * The median of each over `--runs` runs (after one warm-up of each) and their ratio are printed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PackPart } from '../../src/domain/documentPack.js';
import { buildDocumentPack } from '../../src/publish/documentPack/buildDocumentPack.js';
import { makeReport } from './reports.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const REPORTS = arg('--reports', 15);
const PAGES = arg('--pages', 20);
const RUNS = arg('--runs', 7);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-bench-pack-'));
const pageCount = (file: string): number =>
  Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function timed(run: () => unknown): Promise<number> {
  const t0 = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

async function compare(name: string, files: string[]): Promise<void> {
  const quorumOut = path.join(dir, `${name}-quorum.pdf`);
  const qpdfOut = path.join(dir, `${name}-qpdf.pdf`);
  const quorum = async (): Promise<void> => {
    const parts: PackPart[] = files.map((file, i) => ({
      kind: i === 0 ? 'agenda' : 'report',
      itemNumber: i === 0 ? undefined : String(i + 2),
      title: path.basename(file, '.pdf'),
      pdf: fs.readFileSync(file),
    }));
    const pack = await buildDocumentPack({
      council: 'Bench Borough Council',
      body: 'Overview and Scrutiny Committee',
      meeting: { date: '2025-03-12', time: '18:30', venue: 'Council Chamber, Town Hall' },
      frontSheet: { contact: { name: 'A Clerk', email: 'democratic.services@example.gov.uk' } },
      parts,
    });
    fs.writeFileSync(quorumOut, pack.pdf);
  };
  const qpdf = (): void => {
    // Some real files draw warnings (exit status 3): the merge is still written.
    const run = spawnSync('qpdf', ['--empty', '--pages', ...files, '--', qpdfOut], { stdio: 'ignore' });
    if (run.status !== 0 && run.status !== 3) throw new Error(`qpdf failed with status ${run.status}`);
  };
  await quorum();
  qpdf();
  const quorumMs: number[] = [];
  const qpdfMs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    quorumMs.push(await timed(quorum));
    qpdfMs.push(await timed(qpdf));
  }
  const q = median(quorumMs);
  const b = median(qpdfMs);
  const inputPages = files.reduce((n, f) => n + pageCount(f), 0);
  console.log(
    `${name}: ${files.length} files, ${inputPages} pages in (pack ${pageCount(quorumOut)} pages, ` +
      `${(fs.statSync(quorumOut).size / 1e6).toFixed(2)} MB; qpdf ${(fs.statSync(qpdfOut).size / 1e6).toFixed(2)} MB)\n` +
      `  Quorum median ${q.toFixed(0)} ms [${quorumMs.map((x) => x.toFixed(0)).join(' ')}]\n` +
      `  qpdf   median ${b.toFixed(0)} ms [${qpdfMs.map((x) => x.toFixed(0)).join(' ')}]\n` +
      `  ratio ${(q / b).toFixed(2)} (goal <= 1.5)`,
  );
}

const generated: string[] = [];
for (let i = 1; i <= REPORTS; i++) {
  const file = path.join(dir, `report-${String(i).padStart(2, '0')}.pdf`);
  fs.writeFileSync(file, await makeReport(`Report ${i}`, PAGES));
  generated.push(file);
}
await compare('generated', generated);

const realDir = path.resolve(ROOT, '../shared/eval/dev/docs');
if (fs.existsSync(realDir)) {
  const real = fs
    .readdirSync(realDir)
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .map((f) => path.join(realDir, f));
  const perRound = real.reduce((n, f) => n + pageCount(f), 0);
  const rounds = Math.max(1, Math.round((REPORTS * PAGES) / perRound));
  // Distinct copies: qpdf opens a file named twice once and shares its objects between the
  // copies, which a pack of distinct reports never allows.
  const copies = Array.from({ length: rounds }, (_, round) =>
    real.map((file) => {
      const copy = path.join(dir, `real-${round}-${path.basename(file)}`);
      fs.copyFileSync(file, copy);
      return copy;
    }),
  ).flat();
  await compare('real council PDFs', copies);
}
fs.rmSync(dir, { recursive: true, force: true });

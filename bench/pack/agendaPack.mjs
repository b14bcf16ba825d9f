// The time to build a published agenda's pack (10 reports of 8 pages), in process and in the
// server's worker thread, and the longest the event loop waits meanwhile. Measures the build
// (`npm run build` first): node bench/pack/agendaPack.mjs
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { buildAgendaPack } from '../../dist/publish/documentPack/agendaPack.js';
import { buildPackInWorker } from '../../dist/publish/documentPack/buildPackInWorker.js';

const REPORTS = 10;
const PAGES = 8;
const RUNS = 5;

async function report(n) {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < PAGES; p++) {
    const page = doc.addPage([595, 842]);
    for (let l = 0; l < 40; l++) {
      const line = `Report ${n} page ${p + 1} line ${l + 1}: the committee is asked to note the budget position.`;
      page.drawText(line, { x: 50, y: 800 - l * 18, size: 10, font });
    }
  }
  return doc.save();
}

const items = [];
for (let i = 1; i <= REPORTS; i++) {
  const papers = [{ title: `Report ${i}`, kind: 'report', pdf: await report(i) }];
  items.push({ number: String(i), title: `Report ${i}`, isExempt: false, exemptParagraph: null, papers });
}
const request = (welsh) => ({
  council: welsh ? 'Cyngor Sir Gâr' : 'Harbourside Borough Council',
  body: welsh ? 'Pwyllgor Craffu Llŷn' : 'Planning Committee',
  meeting: { date: '2027-03-18', time: '18:30', venue: 'Council Chamber' },
  publishedOn: '2027-03-01',
  items,
  now: new Date().toISOString(),
});

/** Runs `build` RUNS times; prints the median and range, and the longest event-loop gap seen. */
async function time(label, build) {
  const runs = [];
  let worstGap = 0;
  let pages = 0;
  for (let r = 0; r < RUNS; r++) {
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      worstGap = Math.max(worstGap, now - last);
      last = now;
    }, 1);
    const start = performance.now();
    const pack = await build();
    runs.push(performance.now() - start);
    // A build that never yields never lets the timer run: its whole time is one gap.
    worstGap = Math.max(worstGap, performance.now() - last);
    clearInterval(timer);
    pages = pack.pageRanges.at(-1).lastPage;
  }
  runs.sort((a, b) => a - b);
  const ms = (v) => `${v.toFixed(0)} ms`;
  console.log(
    `${label}: ${pages} pages, median ${ms(runs[RUNS >> 1])} (${ms(runs[0])} to ${ms(runs[RUNS - 1])}), ` +
      `longest event-loop gap ${ms(worstGap)}`,
  );
}

await time('in process, standard fonts', () => buildAgendaPack(request(false)));
await time('in process, Welsh (DejaVu embedded)', () => buildAgendaPack(request(true)));
await time('worker thread, standard fonts (first run starts the worker)', () => buildPackInWorker(request(false)));
await time('worker thread, Welsh', () => buildPackInWorker(request(true)));

import { PDFDocument, StandardFonts } from 'pdf-lib';
import { buildAgendaPack } from '../../dist/publish/documentPack/agendaPack.js';
import { buildPackInWorker } from '../../dist/publish/documentPack/buildPackInWorker.js';
async function report(n, pages) {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([595, 842]);
    for (let l = 0; l < 40; l++) page.drawText(`Report ${n} page ${p + 1} line ${l + 1}: the committee is asked to note the budget position.`, { x: 50, y: 800 - l * 18, size: 10, font });
  }
  return doc.save();
}
const items = [];
for (let i = 1; i <= 10; i++) items.push({ number: String(i), title: `Report number ${i} on something`, isExempt: false, exemptParagraph: null, papers: [{ title: `Report ${i}`, kind: 'report', pdf: await report(i, 8) }] });
const request = (welsh) => ({ council: welsh ? 'Cyngor Sir Gâr' : 'Harbourside Borough Council', body: welsh ? 'Pwyllgor Llŷn' : 'Planning Committee', meeting: { date: '2027-03-18', time: '18:30', venue: 'Council Chamber' }, publishedOn: '2027-03-01', items, now: new Date().toISOString() });
const time = async (label, f) => { const runs = []; let pages; for (let r = 0; r < 5; r++) { const t0 = performance.now(); const p = await f(); runs.push(performance.now() - t0); pages = p.pageRanges.at(-1).lastPage; } runs.sort((a,b)=>a-b); console.log(`${label}: ${pages} pages, median ${runs[2].toFixed(0)} ms (min ${runs[0].toFixed(0)}, max ${runs[4].toFixed(0)})`); };
await time('in process, standard fonts', () => buildAgendaPack(request(false)));
await time('in process, Welsh (DejaVu embedded)', () => buildAgendaPack(request(true)));
await time('worker thread, standard fonts', () => buildPackInWorker(request(false)));
await time('worker thread, Welsh', () => buildPackInWorker(request(true)));
// Event loop: longest stall while a worker builds.
let last = performance.now(), worst = 0; const timer = setInterval(() => { const now = performance.now(); worst = Math.max(worst, now - last); last = now; }, 1);
await buildPackInWorker(request(true)); clearInterval(timer);
console.log(`longest event-loop gap while the worker built: ${worst.toFixed(0)} ms`);
last = performance.now(); worst = 0; const timer2 = setInterval(() => { const now = performance.now(); worst = Math.max(worst, now - last); last = now; }, 1);
await buildAgendaPack(request(true)); clearInterval(timer2);
console.log(`longest event-loop gap building in process: ${worst.toFixed(0)} ms`);

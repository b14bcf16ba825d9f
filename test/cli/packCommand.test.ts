import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeInputPdf, pageMarker } from '../publish/documentPack/packFixtures.js';
import { outlineOf, pageTexts, qpdfCheck } from '../publish/documentPack/pdfTools.js';
import { runCli } from './runCli.js';

describe('quorum pack build', () => {
  let dir: string;
  const file = (name: string): string => path.join(dir, name);
  const base = ['pack', 'build', '--council', 'Test Borough Council', '--body', 'Cabinet', '--date', '2025-03-12'];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-pack-cli-'));
    fs.writeFileSync(file('agenda.pdf'), await makeInputPdf('agenda', 2));
    fs.writeFileSync(file('05-budget-monitoring.pdf'), await makeInputPdf('budget', 3));
    fs.writeFileSync(file('not-a-pdf.pdf'), '<html>no</html>');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('should write the pack and list where each document starts', async () => {
    const run = await runCli([
      ...base,
      '--time',
      '18:30',
      '--agenda',
      file('agenda.pdf'),
      '--out',
      file('pack.pdf'),
      file('05-budget-monitoring.pdf'),
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(
      `${file('pack.pdf')}: 6 pages (front sheet 1)\n  2-3  Agenda\n  4-6  05 budget monitoring\n`,
    );
    const texts = pageTexts(file('pack.pdf'));
    expect(texts[5]).toContain(pageMarker('budget', 3));
    expect(outlineOf(file('pack.pdf')).map((o) => o.title)).toEqual(['Front sheet', 'Agenda', '05 budget monitoring']);
    expect(qpdfCheck(file('pack.pdf')).status).toBe(0);
  });

  it('should name the bad file in one line, exit 1 and write nothing', async () => {
    const run = await runCli([...base, '--out', file('bad.pdf'), file('agenda.pdf'), file('not-a-pdf.pdf')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('quorum: part 2 (not a pdf): not a PDF (no %PDF- header)\n');
    expect(fs.existsSync(file('bad.pdf'))).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('should refuse a missing option as wrong usage (exit 2)', async () => {
    const run = await runCli(['pack', 'build', '--out', file('x.pdf'), file('agenda.pdf')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("required option '--council <name>' not specified");
  });
});

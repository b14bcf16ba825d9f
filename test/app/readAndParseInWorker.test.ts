import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_LIMITS } from '../../src/app/importLimits.js';
import { readAndParseInWorker } from '../../src/app/parseInWorker.js';
import { meetingRecordFromParse } from '../../src/ingest/meetingRecordFromParse.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/minutes/01-parish-minute-numbers.txt');

describe('readAndParseInWorker', () => {
  it('should send the records of the meetings that name their body, as the importing thread would make them', async () => {
    const read = await readAndParseInWorker(FIXTURE, FIXTURE, DEFAULT_IMPORT_LIMITS);
    if (!read.result.ok) throw new Error(read.result.problem);
    const meetings = read.result.document.meetings;
    expect(meetings.length).toBeGreaterThan(0);
    expect(read.records).toEqual(meetings.map((m) => meetingRecordFromParse(m)));
    expect(read.records?.[0]).toMatchObject({ ok: true });
  });

  it('should leave the record of a meeting that names no body to the importing thread (a body may be given)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-worker-records-'));
    const file = path.join(dir, 'minutes.txt');
    fs.writeFileSync(file, 'Minutes of the meeting held on 3 March 2021\n\n1. Apologies\n\nNone were received.\n');
    try {
      const read = await readAndParseInWorker(file, file, DEFAULT_IMPORT_LIMITS);
      if (!read.result.ok) throw new Error(read.result.problem);
      const meetings = read.result.document.meetings;
      expect(meetings.length).toBe(1);
      expect(meetings[0]?.body?.value ?? null).toBeNull();
      expect(read.records).toEqual([null]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths } from '../../../src/app/importDocuments.js';
import { exemptByExclusion } from '../../../src/domain/exemptInformation.js';
import type { ParsedDocument } from '../../../src/ingest/parsedDocument.js';
import { parseDocumentBytes } from '../../../src/ingest/parseDocumentBytes.js';
import { dbOf } from '../../../src/store/storeDb.js';
import { createApp } from '../../../src/web/app.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';
import { missingSentences, sourceSentences, squash, visibleText } from './sourceSentences.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** The bundled sample data, and our own minutes whose list markers a PDF damaged. */
const FOLDERS = ['sample', 'test/fixtures/pages'];
/** Words only the exempt item of our fixture holds. */
const EXEMPT_WORDS = 'QUILLWORT-TENDER';

interface SourceItem {
  readonly label: string;
  readonly title: string;
  readonly exempt: boolean;
  readonly sentences: readonly string[];
}

interface SourceMeeting {
  readonly file: string;
  readonly body: string;
  readonly date: string;
  readonly items: readonly SourceItem[];
}

/** Each meeting's items as the source documents hold them: the sentences between an item's heading and the next. */
async function sourceMeetings(): Promise<SourceMeeting[]> {
  const out: SourceMeeting[] = [];
  for (const folder of FOLDERS)
    for (const file of fs.readdirSync(path.join(ROOT, folder)).filter((f) => /\.(txt|html|md|pdf)$/.test(f))) {
      const parsed = await parseDocumentBytes(fs.readFileSync(path.join(ROOT, folder, file)), file);
      if (!parsed.ok) throw new Error(`${file}: ${parsed.problem}`);
      out.push(...meetingsOf(file, parsed.document));
    }
  return out;
}

function meetingsOf(file: string, document: ParsedDocument): SourceMeeting[] {
  return document.meetings
    .filter((m) => m.kind === 'minutes' && m.body && m.date && m.items.some((i) => i.span))
    .map((m) => {
      const items = m.items.filter((i) => i.span);
      // Which items are exempt, by the rules the store applies (an exclusion of the public covers the items it names).
      const exempt = exemptByExclusion(
        items.map((i) => ({
          title: i.title,
          minuteNumber: i.number,
          agendaNumber: null,
          text: [i.minutes, ...i.resolutions.map((r) => r.text)].filter(Boolean).join('\n'),
          isExempt: i.exempt,
        })),
      );
      // The minutes end where the meeting does, or where a pack's next part (terms of reference, a report) begins.
      const first = items[0]!.span!.start;
      const part = document.parts.find((p) => p.span.start <= first && first < p.span.end);
      const end = Math.min(m.span?.end ?? document.text.length, part?.span.end ?? document.text.length);
      return {
        file,
        body: m.body!.value,
        date: m.date!.value,
        items: items.map((item, n) => ({
          label: `${file} item ${item.number ?? item.title}`,
          title: item.title,
          exempt: exempt[n]!,
          sentences: sourceSentences(
            document.text,
            { start: item.span!.start, end: items[n + 1]?.span!.start ?? end },
            document.blocks,
            m.body!.value,
          ),
        })),
      };
    });
}

/** The sections of a meeting page, one per item, by item id. */
function itemSections(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of html.matchAll(/<section class="quorum-item" id="item-([^"]+)"[\s\S]*?<\/section>/g))
    out.set(m[1]!, m[0]);
  return out;
}

function titleOf(section: string): string {
  const h3 = /<h3[^>]*>([\s\S]*?)<\/h3>/.exec(section);
  return squash(visibleText(h3?.[1] ?? ''));
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: every sentence of an item's minutes on the meeting and item pages`, () => {
    let t: TestStore;
    let app: ReturnType<typeof createApp>;
    let meetings: SourceMeeting[];

    beforeAll(async () => {
      t = await testStore(dialect);
      const report = await importPaths(
        t.store,
        FOLDERS.map((f) => path.join(ROOT, f)),
      );
      expect(report.results.filter((r) => r.status === 'Failed')).toEqual([]);
      app = createApp(t.store, { baseUrl: 'https://council.example' });
      meetings = await sourceMeetings();
    }, 120_000);

    afterAll(async () => {
      await t?.drop();
    });

    async function meetingPage(m: SourceMeeting): Promise<string> {
      const row = await dbOf(t.store)
        .selectFrom('meetings')
        .innerJoin('bodies', 'bodies.id', 'meetings.bodyId')
        .select('meetings.id')
        .where('meetings.date', '=', m.date)
        .where('bodies.name', '=', m.body)
        .executeTakeFirstOrThrow();
      const response = await app.request(`/meetings/${row.id}`);
      expect(response.status).toBe(200);
      return response.text();
    }

    it('should read minutes of several meetings, our damaged fixture among them', () => {
      expect(meetings.length).toBeGreaterThanOrEqual(4);
      expect(meetings.map((m) => m.file)).toContain('2025-01-14-housing-panel-damaged-markers.txt');
      expect(meetings.flatMap((m) => m.items.flatMap((i) => i.sentences)).length).toBeGreaterThan(200);
    });

    it('should show every sentence of each public item, in order, on the meeting page and on the item page', async () => {
      const lost: string[] = [];
      for (const m of meetings) {
        const html = await meetingPage(m);
        const sections = [...itemSections(html)];
        // The meeting page: the whole agenda and minutes, every item's sentences in the source's order.
        const agenda = html.slice(html.indexOf('Agenda and minutes'));
        const publicItems = m.items.filter((i) => !i.exempt);
        for (const s of missingSentences(
          publicItems.flatMap((i) => i.sentences),
          visibleText(agenda),
        ))
          lost.push(`${m.file} meeting page: ${s}`);
        for (const item of publicItems) {
          const entry = sections.find(([, section]) => titleOf(section) === squash(item.title));
          if (!entry) {
            lost.push(`${item.label}: no section titled "${item.title}"`);
            continue;
          }
          const page = await (await app.request(`/items/${entry[0]}`)).text();
          const main = page.slice(page.indexOf('<main'), page.indexOf('This topic at other meetings'));
          for (const s of missingSentences(item.sentences, visibleText(main))) lost.push(`${item.label} page: ${s}`);
        }
        // An exempt item shows its number and title, never its words.
        const page = squash(visibleText(html));
        for (const item of m.items.filter((i) => i.exempt))
          for (const s of item.sentences.slice(1).filter((x) => x.split(' ').length >= 4))
            if (page.includes(s)) lost.push(`${item.label} is exempt, but the meeting page shows: ${s}`);
      }
      expect(lost).toEqual([]);
    });

    it('should fold a long minute behind "Show all" on the meeting page, and show it whole on the item page', async () => {
      const m = meetings.find((x) => x.file.includes('damaged-markers'))!;
      const html = await meetingPage(m);
      const [id, section] = [...itemSections(html)].find(
        ([, s]) => titleOf(s) === squash('Damp and Mould in Council Homes'),
      )!;
      expect(section).toMatch(/<details class="govuk-details"[^>]*>\s*<summary class="govuk-details__summary">/);
      expect(visibleText(section)).toMatch(/Show all/);
      const item = await (await app.request(`/items/${id}`)).text();
      expect(item).not.toContain('<details');
    });

    it('should show the exclusion of the public, and keep the excluded item to its title', async () => {
      const m = meetings.find((x) => x.file.includes('damaged-markers'))!;
      const items = Object.fromEntries(m.items.map((i) => [i.title, i.exempt]));
      expect(items['Exclusion of the public']).toBe(false);
      const html = await meetingPage(m);
      expect(visibleText(html)).toContain('the public be excluded from the meeting during consideration');
      expect(html).toContain('Disposal of the Mill Lane depot (exempt)');
      expect(html).not.toContain(EXEMPT_WORDS);
    });

    it('should notice a paragraph left out of a page, or one shown out of order', async () => {
      const m = meetings.find((x) => x.file.includes('damaged-markers'))!;
      const item = m.items.find((i) => i.title === 'Damp and Mould in Council Homes')!;
      const html = await meetingPage(m);
      const page = visibleText(html);
      expect(missingSentences(item.sentences, page)).toEqual([]);
      const paragraph = 'In response to questions from the Panel and during subsequent discussion';
      expect(page).toContain(paragraph);
      const without = page.replace(paragraph, '');
      expect(missingSentences(item.sentences, without)).toEqual([
        squash(`${paragraph} the following points were made:`),
      ]);
      const closing = 'The Chair thanked the officers for their attendance and for the clear report.';
      const moved = closing + page.replace(closing, '');
      expect(missingSentences(item.sentences, moved)).toEqual([`(out of order) ${squash(closing)}`]);
    });
  });
}

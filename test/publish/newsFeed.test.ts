import { findAll, findOne, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { renderNewsFeed, type NewsFeedOptions } from '../../src/publish/newsFeed.js';
import type { FeedEvent } from '../../src/store/public/publicFeeds.js';

const BASE = 'https://meetings.example.gov.uk';
const HOSTILE = 'Licensing <script>alert(1)</script> & ]]> Sub-Committee ]]> "Panel"';
const OPTIONS: NewsFeedOptions = {
  baseUrl: BASE,
  title: 'Committee meetings & <more>',
  description: 'New meetings of <script>alert(2)</script> & co',
  publisher: 'Harbourside <Borough> Council',
  pageUrl: `${BASE}/`,
  feedUrls: { rss: `${BASE}/feeds/meetings.rss`, atom: `${BASE}/feeds/meetings.atom` },
};

function event(overrides: Partial<FeedEvent>): FeedEvent {
  return {
    kind: 'scheduled',
    at: '2025-01-10T09:00:00.000Z',
    meetingId: 'm1',
    meetingDate: '2025-03-12',
    startTime: '18:30',
    venue: 'Council Chamber',
    bodyName: 'Harbourside Overview and Scrutiny Committee',
    bodySlug: 'harbourside',
    itemId: null,
    itemTitle: null,
    lines: [],
    change: null,
    minutesStatus: null,
    amendment: null,
    ...overrides,
  };
}

const EVENTS: readonly FeedEvent[] = [
  event({
    kind: 'decisions',
    at: '2025-03-14T08:00:00.000Z',
    itemId: 'i1',
    itemTitle: 'Coastal <b>Flood</b> Defence',
    lines: ['to note the progress', 'to recommend ]]> a map'],
  }),
  event({ kind: 'minutes', at: '2025-03-14T08:00:00.000Z' }),
  event({ kind: 'agenda', at: '2025-03-03T12:00:00.000Z', lines: ['Apologies', 'Coastal Flood Defence'] }),
  event({ kind: 'cancelled', at: '2025-02-01T10:00:00.000Z', meetingId: 'm2', bodyName: HOSTILE, venue: HOSTILE }),
  event({ kind: 'scheduled', meetingId: 'm2', bodyName: HOSTILE, venue: HOSTILE }),
];

/** Feed readers treat these fields as HTML: what a reader shows is the text of that HTML. */
function shown(html: string | undefined): string {
  return textContent(parseDocument(html ?? '', { decodeEntities: true }));
}

async function wellFormed(xml: string): Promise<void> {
  const result = await validateXML({ xml: { fileName: 'feed.xml', contents: xml }, normalization: 'format' });
  expect(result.errors).toEqual([]);
}

describe('RSS and Atom feeds', () => {
  for (const format of ['rss', 'atom'] as const) {
    it(`should give ${format} entries with their links, ids and dates, newest first as given`, async () => {
      const xml = renderNewsFeed(EVENTS, format, OPTIONS);
      await wellFormed(xml);
      const feed = await new Parser().parseString(xml);
      expect(feed.title).toBe(OPTIONS.title);
      expect(feed.items.map((i) => i.link)).toEqual([
        `${BASE}/items/i1`,
        `${BASE}/meetings/m1`,
        `${BASE}/meetings/m1`,
        `${BASE}/meetings/m2`,
        `${BASE}/meetings/m2`,
      ]);
      const ids = feed.items.map((i) => (format === 'rss' ? i.guid : (i as { id?: string }).id));
      expect(new Set(ids).size).toBe(EVENTS.length);
      expect(ids[0]).toBe(`${BASE}/items/i1#decisions`);
      expect(feed.items.map((i) => i.isoDate)).toEqual(EVENTS.map((e) => e.at));
      // Titles are plain text in every reader: the words as the document wrote them, markup characters included.
      expect(feed.items[0]?.title).toBe(
        'Decision on Coastal <b>Flood</b> Defence: Harbourside Overview and Scrutiny Committee, Wednesday 12 March 2025',
      );
      expect(feed.items[2]?.title).toBe(
        'Agenda published: Harbourside Overview and Scrutiny Committee, Wednesday 12 March 2025, 6:30pm',
      );
    });

    it(`should show hostile ${format} text as text, never as markup, and stay well-formed`, async () => {
      const xml = renderNewsFeed(EVENTS, format, OPTIONS);
      await wellFormed(xml);
      expect(xml).not.toContain('<script>');
      expect(xml).not.toContain('<b>');
      const feed = await new Parser().parseString(xml);
      const cancelled = feed.items[3]!;
      expect(cancelled.title).toBe(`Meeting cancelled: ${HOSTILE}, Wednesday 12 March 2025, 6:30pm`);
      // RSS readers render a description as HTML, so what they show is the text of that HTML; Atom's are type="text".
      const asShown = (rss: string | undefined, atom: string | undefined) => (format === 'rss' ? shown(rss) : atom);
      expect(asShown(cancelled.content, cancelled.summary)).toBe(
        `The meeting of ${HOSTILE} on Wednesday 12 March 2025, 6:30pm is cancelled.`,
      );
      expect(asShown(feed.items[0]?.content, feed.items[0]?.summary)).toBe(
        'Resolved: to note the progress to recommend ]]> a map',
      );
      expect(format === 'rss' ? shown(feed.description) : undefined).toBe(
        format === 'rss' ? OPTIONS.description : undefined,
      );
    });
  }

  for (const format of ['rss', 'atom'] as const) {
    it(`should write apostrophes and quotes in ${format} titles as themselves, never as character references`, async () => {
      const xml = renderNewsFeed(
        [
          event({
            kind: 'decisions',
            itemId: 'i9',
            itemTitle: `Councillor O'Brien's "motion"`,
            bodyName: "Children's & Young People's Panel",
          }),
        ],
        format,
        { ...OPTIONS, title: "Children's meetings" },
      );
      expect(xml).not.toMatch(/&#39;|&#x27;|&apos;|&quot;|&amp;#/);
      const feed = await new Parser().parseString(xml);
      expect(feed.title).toBe("Children's meetings");
      expect(feed.items[0]?.title).toBe(
        `Decision on Councillor O'Brien's "motion": Children's & Young People's Panel, Wednesday 12 March 2025`,
      );
    });
  }

  it('should mark every Atom text construct as plain text, so no reader parses it as markup', () => {
    const doc = parseDocument(renderNewsFeed(EVENTS, 'atom', OPTIONS), { xmlMode: true });
    const texts = findAll((e) => ['title', 'subtitle', 'summary', 'content', 'rights'].includes(e.name), doc.children);
    expect(texts.length).toBe(2 + 2 * EVENTS.length);
    for (const element of texts) expect(element.attribs.type).toBe('text');
    const subtitle = texts.find((e) => e.name === 'subtitle')!;
    expect(textContent(subtitle)).toBe(OPTIONS.description);
  });

  it('should drop characters XML cannot carry rather than write a feed no reader can parse', async () => {
    const xml = renderNewsFeed([event({ bodyName: 'Planning\u0000 Committee\u001b' })], 'rss', OPTIONS);
    await wellFormed(xml);
    expect((await new Parser().parseString(xml)).items[0]?.title).toBe(
      'Meeting scheduled: Planning Committee, Wednesday 12 March 2025, 6:30pm',
    );
  });

  it('should name the council as the Atom feed author, as RFC 4287 requires', () => {
    const doc = parseDocument(renderNewsFeed(EVENTS, 'atom', OPTIONS), { xmlMode: true });
    const author = findOne(
      (e) => e.name === 'author' && (e.parent as { name?: string } | null)?.name === 'feed',
      doc.children,
      true,
    );
    expect(author ? textContent(author).trim() : null).toBe(OPTIONS.publisher);
  });

  it('should date the feed by its newest entry so that unchanged data gives the same bytes', async () => {
    const first = renderNewsFeed(EVENTS, 'atom', OPTIONS);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(renderNewsFeed(EVENTS, 'atom', OPTIONS)).toBe(first);
    const atom = await new Parser({ customFields: { feed: ['updated'] } }).parseString(first);
    expect((atom as { updated?: string }).updated).toBe('2025-03-14T08:00:00.000Z');
  });
});

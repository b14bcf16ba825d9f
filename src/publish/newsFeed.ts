import { Feed, type Item } from 'feed';
import type { FeedEvent } from '../store/public/publicFeeds.js';
import { formatLongDate } from '../domain/calendar/dateInWords.js';

export type NewsFeedFormat = 'rss' | 'atom';

export interface NewsFeedOptions {
  /** Absolute URL of the portal, no trailing slash. */
  readonly baseUrl: string;
  readonly title: string;
  readonly description: string;
  /** Who publishes the feed: the council. */
  readonly publisher: string;
  /** The page the feed is about: the portal's home or a body's page. */
  readonly pageUrl: string;
  /** This feed's own URL, in each format, for readers and Atom's rel="self". */
  readonly feedUrls: { readonly rss: string; readonly atom: string };
}

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Feed readers show titles and summaries as HTML (Atom says type="html"), so imported text is
 * escaped as HTML first. It also keeps "]]>" out of the CDATA sections `feed` writes: its XML
 * writer splits only the first one, and a second would end the section early.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

function when(event: FeedEvent): string {
  return `${formatLongDate(event.meetingDate)}${event.startTime ? `, ${event.startTime}` : ''}`;
}

const HEADLINES: Readonly<Record<FeedEvent['kind'], (e: FeedEvent) => string>> = {
  scheduled: (e) => `Meeting scheduled: ${e.bodyName}, ${when(e)}`,
  cancelled: (e) => `Meeting cancelled: ${e.bodyName}, ${when(e)}`,
  agenda: (e) => `Agenda published: ${e.bodyName}, ${when(e)}`,
  minutes: (e) => `Minutes published: ${e.bodyName}, ${when(e)}`,
  decisions: (e) => `Decision on ${e.itemTitle ?? 'an item'}: ${e.bodyName}, ${formatLongDate(e.meetingDate)}`,
};

function summary(event: FeedEvent): string {
  const place = event.venue ? ` at ${event.venue}` : '';
  switch (event.kind) {
    case 'scheduled':
      return `${event.bodyName} meets on ${when(event)}${place}.`;
    case 'cancelled':
      return `The meeting of ${event.bodyName} on ${when(event)} is cancelled.`;
    case 'agenda':
      return event.lines.length
        ? `Agenda: ${event.lines.join('; ')}.`
        : `The agenda of ${event.bodyName} on ${when(event)} is published.`;
    case 'minutes':
      return `The minutes of ${event.bodyName} on ${when(event)} are published.`;
    case 'decisions':
      return `Resolved: ${event.lines.join(' ')}`;
  }
}

/** Links are the portal's pages; ids add the kind, since one meeting gives several entries. */
function itemOf(event: FeedEvent, baseUrl: string): Item {
  const link =
    event.kind === 'decisions' && event.itemId
      ? `${baseUrl}/items/${event.itemId}`
      : `${baseUrl}/meetings/${event.meetingId}`;
  const id = `${link}#${event.kind}`;
  return {
    title: escapeHtml(HEADLINES[event.kind](event)),
    id,
    guid: id,
    link,
    date: new Date(event.at),
    description: escapeHtml(summary(event)),
  };
}

/**
 * An RSS 2.0 or Atom 1.0 feed of meeting events, made by the `feed` package, which escapes all
 * text. The feed's date is its newest entry's, so unchanged data gives unchanged bytes.
 */
export function renderNewsFeed(events: readonly FeedEvent[], format: NewsFeedFormat, options: NewsFeedOptions): string {
  const feed = new Feed({
    title: options.title,
    description: options.description,
    id: options.pageUrl,
    link: options.pageUrl,
    language: 'en-GB',
    updated: new Date(events[0]?.at ?? 0),
    generator: 'Quorum',
    author: { name: options.publisher },
    feedLinks: { rss: options.feedUrls.rss, atom: options.feedUrls.atom },
  });
  for (const event of events) feed.addItem(itemOf(event, options.baseUrl));
  return format === 'rss' ? feed.rss2() : feed.atom1();
}

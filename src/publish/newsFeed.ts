import { create } from 'xmlbuilder2';
import { xmlText } from './xmlText.js';
import type { FeedEvent } from '../store/public/publicFeeds.js';
import type { PublicDecisionNotice } from '../store/public/publicDecisionNotices.js';
import { CALL_IN_OUTCOME_LABELS } from '../domain/callIn/callInRequest.js';
import { formatLongDate } from '../domain/calendar/dateInWords.js';
import { formatTime } from '../domain/calendar/timeInWords.js';

export type NewsFeedFormat = 'rss' | 'atom';

const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

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

/**
 * RSS 2.0 says nothing of its text's type and readers render `<description>` as HTML, so text
 * there is HTML-escaped before the XML writer escapes it again: whatever a document said, a reader
 * shows it as the words they are. Titles are plain text in every reader, so they are not.
 */
const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => HTML_ENTITIES[c] ?? c);
}

function when(event: FeedEvent): string {
  return `${formatLongDate(event.meetingDate)}${event.startTime ? `, ${formatTime(event.startTime)}` : ''}`;
}

function before(event: FeedEvent): string {
  const change = event.change;
  if (!change) return '';
  return `${formatLongDate(change.fromDate)}${change.fromTime ? `, ${formatTime(change.fromTime)}` : ''}`;
}

const HEADLINES: Readonly<Record<FeedEvent['kind'], (e: FeedEvent) => string>> = {
  scheduled: (e) => `Meeting scheduled: ${e.bodyName}, ${when(e)}`,
  moved: (e) => `Meeting moved: ${e.bodyName}, now ${when(e)}`,
  cancelled: (e) => `Meeting cancelled: ${e.bodyName}, ${when(e)}`,
  reinstated: (e) => `Meeting reinstated: ${e.bodyName}, ${when(e)}`,
  agenda: (e) => `Agenda published: ${e.bodyName}, ${when(e)}`,
  minutes: (e) =>
    `${
      e.minutesStatus === 'draft'
        ? 'Draft minutes published'
        : e.minutesStatus === 'confirmed'
          ? 'Minutes confirmed'
          : 'Minutes published'
    }: ${e.bodyName}, ${when(e)}`,
  // A meeting's own resolutions (minutes with no items) have no item to name.
  decisions: (e) =>
    `${e.itemTitle ? `Decision on ${e.itemTitle}` : 'Decisions'}: ${e.bodyName}, ${formatLongDate(e.meetingDate)}`,
  amendment: (e) => `Minutes amended: ${e.bodyName}, ${formatLongDate(e.meetingDate)}`,
};

function summary(event: FeedEvent): string {
  const place = event.venue ? ` at ${event.venue}` : '';
  switch (event.kind) {
    case 'scheduled':
      return `${event.bodyName} meets on ${when(event)}${place}.`;
    case 'moved':
      return `The meeting of ${event.bodyName} moved from ${before(event)} to ${when(event)}${place}.`;
    case 'cancelled':
      return `The meeting of ${event.bodyName} on ${when(event)} is cancelled.${
        event.change?.reason ? ` Reason: ${event.change.reason}` : ''
      }`;
    case 'reinstated':
      return `The meeting of ${event.bodyName} on ${when(event)} is reinstated: it will take place${place}.`;
    case 'agenda':
      return event.lines.length
        ? `Agenda: ${event.lines.join('; ')}.`
        : `The agenda of ${event.bodyName} on ${when(event)} is published.`;
    case 'minutes':
      if (event.minutesStatus === 'draft')
        return `The draft minutes of ${event.bodyName} on ${when(event)} are published; they are not yet confirmed.`;
      if (event.minutesStatus === 'confirmed')
        return `The minutes of ${event.bodyName} on ${when(event)} are confirmed as a correct record and locked.`;
      return `The minutes of ${event.bodyName} on ${when(event)} are published.`;
    case 'amendment':
      return `The minutes of ${event.bodyName} on ${when(event)} are amended${
        event.itemTitle ? ` (${event.itemTitle})` : ''
      }: ${event.lines.join(' ')} Reason: ${event.amendment?.reason ?? ''}`;
    case 'decisions':
      return `Resolved: ${event.lines.join(' ')}`;
  }
}

interface Entry {
  readonly title: string;
  readonly id: string;
  readonly link: string;
  readonly date: Date;
  readonly summary: string;
}

/**
 * Links are the portal's pages; ids add the kind (and a change's or amendment's id), since one
 * meeting gives several entries. Written minutes keep one id from draft to confirmation: the
 * confirmation is a change of that entry (a new title and date), as Atom's `updated` means.
 */
function entryOf(event: FeedEvent, baseUrl: string): Entry {
  const link =
    event.kind === 'decisions' && event.itemId
      ? `${baseUrl}/items/${event.itemId}`
      : `${baseUrl}/meetings/${event.meetingId}`;
  return {
    title: HEADLINES[event.kind](event),
    id: `${link}#${event.kind}${event.change ? `-${event.change.id}` : ''}${
      event.amendment ? `-${event.amendment.id}` : ''
    }`,
    link,
    date: new Date(event.at),
    summary: summary(event),
  };
}

/**
 * When a notice became news: its latest call-in (made, or its outcome recorded), else its
 * publication: the day it is published, or when it was recorded if that was later (a notice entered
 * after its publication date appears when Quorum made it public, as meetings' events do).
 */
export function noticeNewsAt(n: PublicDecisionNotice): string {
  if (n.callInChangedAt) return n.callInChangedAt;
  const publishedAt = `${n.publishedOn}T00:00:00.000Z`;
  return n.createdAt > publishedAt ? n.createdAt : publishedAt;
}

/**
 * One entry per published decision notice, kept under one id: a call-in, and then its outcome, is
 * a change of that entry (a new title and date), as written minutes' confirmation is.
 */
function noticeEntryOf(n: PublicDecisionNotice, baseUrl: string): Entry {
  const link = `${baseUrl}/decisions/${encodeURIComponent(n.id)}`;
  const last = n.callIns.at(-1);
  const title = !last
    ? `Decision published: ${n.title} (${n.decisionMaker})`
    : last.outcome === 'pending'
      ? `Decision called in: ${n.title}`
      : `Call-in decided: ${n.title}: ${CALL_IN_OUTCOME_LABELS[last.outcome]}`;
  const parts = [
    `${n.isKey ? 'Key decision' : 'Decision'} by ${n.decisionMaker} on ${formatLongDate(n.decidedOn)}: ${n.decision}`,
    `Reasons: ${n.reasons}`,
    n.callInDeadline
      ? `It may be called in until ${formatLongDate(n.callInDeadline)} and carried out from ${formatLongDate(n.implementableOn)}.`
      : n.callIn === 'urgent'
        ? `Urgent: not subject to call-in${n.urgencyReason ? ` (${n.urgencyReason})` : ''}.`
        : 'Not subject to call-in.',
    ...n.callIns.map(
      (c) =>
        `Called in on ${formatLongDate(c.requestedOn)}. Grounds: ${c.grounds} Outcome: ${CALL_IN_OUTCOME_LABELS[c.outcome]}${
          c.outcomeNotes ? ` (${c.outcomeNotes})` : ''
        }.`,
    ),
  ];
  return { title, id: `${link}#notice`, link, date: new Date(noticeNewsAt(n)), summary: parts.join(' ') };
}

function rss(entries: readonly Entry[], options: NewsFeedOptions, updated: Date): string {
  const channel = create({ version: '1.0', encoding: 'utf-8' })
    .ele('rss', { version: '2.0', 'xmlns:atom': ATOM_NAMESPACE })
    .ele('channel');
  channel.ele('title').txt(xmlText(options.title));
  channel.ele('link').txt(options.pageUrl);
  channel.ele('description').txt(xmlText(escapeHtml(options.description)));
  channel.ele('language').txt('en-GB');
  channel.ele('lastBuildDate').txt(updated.toUTCString());
  channel.ele('generator').txt('Quorum');
  channel.ele('atom:link', { href: options.feedUrls.rss, rel: 'self', type: 'application/rss+xml' });
  for (const entry of entries) {
    const item = channel.ele('item');
    item.ele('title').txt(xmlText(entry.title));
    item.ele('link').txt(entry.link);
    item.ele('guid', { isPermaLink: 'false' }).txt(entry.id);
    item.ele('pubDate').txt(entry.date.toUTCString());
    item.ele('description').txt(xmlText(escapeHtml(entry.summary)));
  }
  return channel.end({ prettyPrint: true });
}

/** Atom says each text's type; every one is type="text", so no reader parses it as markup. */
function atom(entries: readonly Entry[], options: NewsFeedOptions, updated: Date): string {
  const feed = create({ version: '1.0', encoding: 'utf-8' }).ele(ATOM_NAMESPACE, 'feed');
  feed.ele('id').txt(options.pageUrl);
  feed.ele('title', { type: 'text' }).txt(xmlText(options.title));
  feed.ele('subtitle', { type: 'text' }).txt(xmlText(options.description));
  feed.ele('updated').txt(updated.toISOString());
  feed.ele('generator').txt('Quorum');
  feed.ele('author').ele('name').txt(xmlText(options.publisher));
  feed.ele('link', { rel: 'alternate', type: 'text/html', href: options.pageUrl });
  feed.ele('link', { rel: 'self', type: 'application/atom+xml', href: options.feedUrls.atom });
  for (const entry of entries) {
    const e = feed.ele('entry');
    e.ele('id').txt(entry.id);
    e.ele('title', { type: 'text' }).txt(xmlText(entry.title));
    e.ele('link', { rel: 'alternate', type: 'text/html', href: entry.link });
    e.ele('updated').txt(entry.date.toISOString());
    e.ele('summary', { type: 'text' }).txt(xmlText(entry.summary));
  }
  return feed.end({ prettyPrint: true });
}

/**
 * An RSS 2.0 or Atom 1.0 feed of meeting events and decision notices (the newest `limit` of them),
 * written with an XML builder that escapes every text. The feed's date is its newest entry's, so
 * unchanged data gives unchanged bytes.
 */
export function renderNewsFeed(
  events: readonly FeedEvent[],
  format: NewsFeedFormat,
  options: NewsFeedOptions,
  notices: readonly PublicDecisionNotice[] = [],
  limit = Infinity,
): string {
  const entries = [
    ...events.map((event) => entryOf(event, options.baseUrl)),
    ...notices.map((n) => noticeEntryOf(n, options.baseUrl)),
  ]
    // Stable: equal dates keep the meetings' own order, then the notices'.
    .sort((a, b) => b.date.getTime() - a.date.getTime())
    .slice(0, limit);
  const updated = entries[0]?.date ?? new Date(0);
  return format === 'rss' ? rss(entries, options, updated) : atom(entries, options, updated);
}

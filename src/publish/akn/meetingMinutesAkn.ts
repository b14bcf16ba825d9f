import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { isPublicItem } from '../../domain/exemptInformation.js';
import type { ItemWithMinutes, MeetingMinutes } from '../../store/public/record/recordMinutes.js';
import { aknUrisOf } from './aknUris.js';
import { xmlText } from '../xmlText.js';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

export interface AknOptions {
  /** Absolute URL of the portal: each TLC reference points at the person's or body's page. */
  readonly baseUrl: string;
  /** When this XML was made (YYYY-MM-DD), the Manifestation's date. */
  readonly generatedOn: string;
  /**
   * Put before every eId of the debate (and every `#` reference to one). A documentCollection
   * needs it: its eIds must be unique across all its components, so each component's debate
   * uses its component's eId and `__` (e.g. `cmp_2__dbsect_1`), after the naming convention.
   */
  readonly eIdPrefix?: string;
}

/** The debate's eIds, and `#` references to them, under its prefix. */
interface Ids {
  id(local: string): string;
  ref(local: string): string;
}

function idsOf(prefix: string): Ids {
  return { id: (local) => `${prefix}${local}`, ref: (local) => `#${prefix}${local}` };
}

const ATTENDANCE_HEADINGS: ReadonlyArray<readonly [string, string]> = [
  ['present', 'Present'],
  ['substitute', 'Substitutes'],
  ['apologies', 'Apologies'],
  ['absent', 'Absent'],
  ['in_attendance', 'In attendance'],
];

function personRef(id: string): string {
  return `person_${id}`;
}

/** The meeting's people, once each, in the order the minutes name them. */
function attendees(minutes: MeetingMinutes): { id: string; name: string; slug: string }[] {
  const seen = new Map<string, { id: string; name: string; slug: string }>();
  for (const a of minutes.attendance) if (!seen.has(a.person.id)) seen.set(a.person.id, a.person);
  for (const d of minutes.declarations) if (!seen.has(d.person.id)) seen.set(d.person.id, d.person);
  return [...seen.values()];
}

function longDate(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    weekday: 'long',
  });
}

function addMeta(debate: XMLBuilder, minutes: MeetingMinutes, options: AknOptions, ids: Ids): void {
  const { meeting, body } = minutes;
  const uris = aknUrisOf(meeting.date, body.slug);
  const meta = debate.ele('meta');
  const id = meta.ele('identification', { source: ids.ref('quorum') });
  const work = id.ele('FRBRWork');
  work.ele('FRBRthis', { value: uris.workThis });
  work.ele('FRBRuri', { value: uris.work });
  work.ele('FRBRdate', { date: meeting.date, name: 'meeting' });
  work.ele('FRBRauthor', { href: ids.ref('body') });
  work.ele('FRBRcountry', { value: 'GB' });
  work.ele('FRBRname', { value: 'minutes' });
  const expression = id.ele('FRBRExpression');
  expression.ele('FRBRthis', { value: uris.expressionThis });
  expression.ele('FRBRuri', { value: uris.expression });
  expression.ele('FRBRdate', { date: meeting.date, name: 'meeting' });
  expression.ele('FRBRauthor', { href: ids.ref('body') });
  expression.ele('FRBRlanguage', { language: 'eng' });
  const manifestation = id.ele('FRBRManifestation');
  manifestation.ele('FRBRthis', { value: uris.manifestationThis });
  manifestation.ele('FRBRuri', { value: uris.manifestation });
  manifestation.ele('FRBRdate', { date: options.generatedOn, name: 'generation' });
  manifestation.ele('FRBRauthor', { href: ids.ref('quorum') });
  const references = meta.ele('references', { source: ids.ref('quorum') });
  references.ele('TLCOrganization', { eId: ids.id('quorum'), href: '/ontology/organization/quorum', showAs: 'Quorum' });
  references.ele('TLCOrganization', {
    eId: ids.id('body'),
    href: `${options.baseUrl}/bodies/${encodeURIComponent(body.slug)}`,
    showAs: xmlText(body.name),
  });
  for (const p of attendees(minutes)) {
    references.ele('TLCPerson', {
      eId: ids.id(personRef(p.id)),
      href: `${options.baseUrl}/people/${encodeURIComponent(p.slug)}`,
      showAs: xmlText(p.name),
    });
  }
  if (meeting.venue)
    references.ele('TLCLocation', {
      eId: ids.id('venue'),
      href: `/ontology/location/${meeting.id}`,
      showAs: xmlText(meeting.venue),
    });
}

function addPreface(debate: XMLBuilder, minutes: MeetingMinutes, ids: Ids): void {
  const { meeting, body } = minutes;
  const preface = debate.ele('preface');
  preface.ele('p').ele('docTitle').txt('Minutes');
  const line = preface.ele('p');
  line.ele('docCommittee', { refersTo: ids.ref('body') }).txt(xmlText(body.name));
  line.txt(', ');
  line.ele('docDate', { date: meeting.date }).txt(longDate(meeting.date));
  if (meeting.startTime) line.txt(` at ${xmlText(meeting.startTime)}`);
  if (meeting.venue) {
    line.txt(', ');
    line.ele('location', { refersTo: ids.ref('venue') }).txt(xmlText(meeting.venue));
  }
}

function addRollCall(debateBody: XMLBuilder, minutes: MeetingMinutes, ids: Ids): void {
  if (minutes.attendance.length === 0) return;
  const rollCall = debateBody.ele('rollCall', { eId: ids.id('rollcall') });
  rollCall.ele('heading').txt('Attendance');
  for (const [kind, heading] of ATTENDANCE_HEADINGS) {
    const lines = minutes.attendance.filter((a) => a.kind === kind);
    if (lines.length === 0) continue;
    const p = rollCall.ele('p', { class: kind });
    p.txt(`${heading}: `);
    lines.forEach((a, index) => {
      if (index > 0) p.txt('; ');
      p.ele('person', { refersTo: ids.ref(personRef(a.person.id)) }).txt(xmlText(a.person.name));
      const note = [a.roleText, a.reason].filter(Boolean).join(', ');
      if (note) p.txt(` (${xmlText(note)})`);
    });
  }
}

function addItem(debateBody: XMLBuilder, item: ItemWithMinutes, index: number, ids: Ids): void {
  const eId = ids.id(`dbsect_${index + 1}`);
  const section = debateBody.ele('debateSection', { eId, name: 'agendaItem' });
  const number = item.minuteNumber ?? item.agendaNumber;
  if (number) section.ele('num').txt(xmlText(number));
  section.ele('heading').txt(xmlText(item.title));
  const said = [item.description, item.minutesText].filter((t): t is string => Boolean(t));
  if (said.length > 0 || item.points.length > 0) {
    const speech = section.ele('speech', { eId: `${eId}__speech_1`, by: ids.ref('body') });
    for (const text of said) speech.ele('p').txt(xmlText(text));
    item.points.forEach((point, i) => {
      const p = speech.ele('p', { eId: `${eId}__speech_1__para_${i + 1}` });
      if (point.label) p.txt(`(${xmlText(point.label)}) `);
      p.txt(xmlText(point.text));
    });
  }
  if (item.resolutions.length > 0) {
    const resolutions = section.ele('resolutions', { eId: `${eId}__resolutions` });
    resolutions.ele('heading').txt('Resolved');
    const list = resolutions.ele('blockList', { eId: `${eId}__resolutions__list_1` });
    item.resolutions.forEach((r, i) => {
      const entry = list.ele('item', {
        eId: `${eId}__resolutions__list_1__item_${i + 1}`,
        class: r.isFormal ? `resolution ${r.kind}` : `decision ${r.kind}`,
      });
      if (r.label) entry.ele('num').txt(xmlText(r.label));
      entry.ele('p').txt(xmlText(r.text));
    });
  }
  if (said.length === 0 && item.points.length === 0 && item.resolutions.length === 0) {
    section.ele('narrative').txt('No minute is recorded for this item.');
  }
}

/** Appends one meeting's minutes as an Akoma Ntoso `<debate name="minutes">` to `parent`. Exempt items are left out. */
export function appendMinutesDebate(parent: XMLBuilder, minutes: MeetingMinutes, options: AknOptions): void {
  const ids = idsOf(options.eIdPrefix ?? '');
  const debate = parent.ele(AKN_NAMESPACE, 'debate', { name: 'minutes' });
  addMeta(debate, minutes, options, ids);
  addPreface(debate, minutes, ids);
  const debateBody = debate.ele('debateBody');
  addRollCall(debateBody, minutes, ids);
  const items = minutes.items.filter(isPublicItem);
  items.forEach((item, index) => addItem(debateBody, item, index, ids));
  if (items.length === 0 && minutes.attendance.length === 0)
    debateBody
      .ele('debateSection', { eId: ids.id('dbsect_1'), name: 'empty' })
      .ele('narrative')
      .txt('No minutes are recorded for this meeting.');
}

/** One meeting's minutes as a complete Akoma Ntoso 3.0 document. */
export function minutesAkn(minutes: MeetingMinutes, options: AknOptions): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc.ele(AKN_NAMESPACE, 'akomaNtoso');
  appendMinutesDebate(root, minutes, options);
  return doc.end({ prettyPrint: true });
}

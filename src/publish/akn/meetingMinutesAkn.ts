import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { isPublicItem } from '../../domain/exemptInformation.js';
import type { PublicMotion } from '../../store/public/publicMinutes.js';
import type { ItemWithMinutes, MeetingMinutes, ResolutionWithMotion } from '../../store/public/record/recordMinutes.js';
import { aknUrisOf } from './aknUris.js';
import { xmlText } from '../xmlText.js';
import type { VoteChoice } from '../../domain/minutes.js';
import type { ItemMoment } from '../../domain/register/registerLine.js';
import { DRAFT_MINUTES_LABEL } from '../../domain/minutes/minutesStatus.js';
import { outcomeWords } from '../../domain/minutes/motion.js';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
/** Quorum's own metadata in `<proprietary>`: where the minutes stand (draft, confirmed and locked). */
export const QUORUM_AKN_NAMESPACE = 'urn:x-quorum:akn:1';

const VOTE_WORDS: ReadonlyArray<readonly [VoteChoice, string]> = [
  ['for', 'for'],
  ['against', 'against'],
  ['abstain', 'abstaining'],
  ['not_voting', 'not voting'],
];

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
  for (const r of everyResolution(minutes))
    for (const p of motionPeople(r.motion)) if (!seen.has(p.id)) seen.set(p.id, p);
  return [...seen.values()];
}

/** The meeting's own resolutions, then its items', in the order the debate gives them. */
function everyResolution(minutes: MeetingMinutes): ResolutionWithMotion[] {
  return [...minutes.resolutions, ...minutes.items.flatMap((i) => i.resolutions)];
}

function motionPeople(motion: PublicMotion | undefined): { id: string; name: string; slug: string }[] {
  if (!motion) return [];
  return [motion.moverRef, motion.seconderRef, ...motion.recordedBy.map((v) => v.person)].filter(
    (p): p is NonNullable<typeof p> => p !== null,
  );
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
  if (everyResolution(minutes).some((r) => r.motion?.tally))
    for (const [choice, words] of VOTE_WORDS)
      references.ele('TLCConcept', {
        eId: ids.id(`vote_${choice}`),
        href: `/ontology/concept/vote/${choice}`,
        showAs: words,
      });
  addStatus(meta, minutes, ids);
}

/**
 * Where the minutes stand, which Akoma Ntoso has no element for: Quorum's own `<proprietary>`
 * note (draft, or confirmed and locked, by which meeting and when). Imported minutes are confirmed.
 */
function addStatus(meta: XMLBuilder, minutes: MeetingMinutes, ids: Ids): void {
  const state = minutes.minutes;
  const attributes: Record<string, string> = { status: state.status, locked: String(state.locked) };
  if (state.confirmedBy) {
    attributes.confirmedByMeeting = state.confirmedBy.id;
    attributes.confirmedByMeetingDate = state.confirmedBy.date;
  }
  if (state.confirmedAt) attributes.confirmedAt = state.confirmedAt;
  meta.ele('proprietary', { source: ids.ref('quorum') }).ele(QUORUM_AKN_NAMESPACE, 'quorum:minutes', attributes);
}

function addPreface(debate: XMLBuilder, minutes: MeetingMinutes, ids: Ids): void {
  const { meeting, body } = minutes;
  const preface = debate.ele('preface');
  preface.ele('p').ele('docTitle').txt('Minutes');
  const state = minutes.minutes;
  preface
    .ele('p', { class: 'minutesStatus' })
    .ele('docStatus')
    .txt(
      state.status === 'draft'
        ? DRAFT_MINUTES_LABEL
        : state.confirmedBy
          ? `Confirmed as a correct record at the meeting of ${longDate(state.confirmedBy.date)}`
          : 'Confirmed',
    );
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
      const note = [
        a.roleText,
        a.reason,
        a.remote ? 'remotely' : null,
        a.substituteFor ? `substitute for ${a.substituteFor.name}` : null,
        momentWords('arrived', a.arrival, minutes),
        momentWords('left', a.departure, minutes),
      ]
        .filter(Boolean)
        .join(', ');
      if (note) p.txt(` (${xmlText(note)})`);
    });
  }
}

/** "arrived during item 5 (18:45)", from the register's moment against the agenda. */
function momentWords(verb: string, moment: ItemMoment | null, minutes: MeetingMinutes): string | null {
  if (!moment) return null;
  const item = moment.itemId ? minutes.items.find((i) => i.id === moment.itemId) : undefined;
  const number = item ? (item.minuteNumber ?? item.agendaNumber) : null;
  const where = number ? ` ${moment.during ? 'during' : verb === 'left' ? 'after' : 'before'} item ${number}` : '';
  const time = moment.time ? ` at ${moment.time}` : '';
  return where || time ? `${verb}${where}${time}` : null;
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
  if (item.resolutions.length > 0) addResolutions(section, item.resolutions, eId, ids);
  if (said.length === 0 && item.points.length === 0 && item.resolutions.length === 0) {
    section.ele('narrative').txt('No minute is recorded for this item.');
  }
}

/** A `<resolutions>` block, "Resolved", one list entry per resolution with its motion where recorded. */
function addResolutions(section: XMLBuilder, list: readonly ResolutionWithMotion[], eId: string, ids: Ids): void {
  const resolutions = section.ele('resolutions', { eId: `${eId}__resolutions` });
  resolutions.ele('heading').txt('Resolved');
  const block = resolutions.ele('blockList', { eId: `${eId}__resolutions__list_1` });
  list.forEach((r, i) => {
    const entry = block.ele('item', {
      eId: `${eId}__resolutions__list_1__item_${i + 1}`,
      class: r.isFormal ? `resolution ${r.kind}` : `decision ${r.kind}`,
    });
    if (r.label) entry.ele('num').txt(xmlText(r.label));
    entry.ele('p').txt(xmlText(r.text));
    if (r.motion) addMotion(entry, r.motion, `${eId}__resolutions__list_1__item_${i + 1}`, ids);
  });
}

/**
 * What the meeting resolved outside any item (minutes with no items): a debate section of its own,
 * not an agenda item, placed before the items as the meeting page shows it.
 */
function addMeetingResolutions(debateBody: XMLBuilder, minutes: MeetingMinutes, ids: Ids): void {
  if (minutes.resolutions.length === 0) return;
  const eId = ids.id('dbsect_resolutions');
  const section = debateBody.ele('debateSection', { eId, name: 'meetingResolutions' });
  section.ele('heading').txt('Resolutions');
  addResolutions(section, minutes.resolutions, eId, ids);
}

/** The motion's mover, seconder, votes (counted as `<quantity>`, or each member by name), rule and result. */
function addMotion(entry: XMLBuilder, motion: PublicMotion, eId: string, ids: Ids): void {
  const who = entry.ele('p', { class: 'motion' });
  who.txt(motion.kind === 'amendment' ? 'Amendment' : 'Motion');
  if (motion.moverRef) {
    who.txt(' moved by ');
    who.ele('person', { refersTo: ids.ref(personRef(motion.moverRef.id)) }).txt(xmlText(motion.moverRef.name));
  }
  if (motion.seconderRef) {
    who.txt(', seconded by ');
    who.ele('person', { refersTo: ids.ref(personRef(motion.seconderRef.id)) }).txt(xmlText(motion.seconderRef.name));
  }
  who.txt('.');
  if (motion.tally) {
    const votes = entry.ele('p', { class: 'vote tally' });
    votes.txt('Votes: ');
    VOTE_WORDS.forEach(([choice, words], index) => {
      const n = motion.tally![choice];
      if (choice === 'not_voting' && n === 0) return;
      if (index > 0) votes.txt(', ');
      votes
        .ele('quantity', { eId: `${eId}__qty_${choice}`, refersTo: ids.ref(`vote_${choice}`), normalized: String(n) })
        .txt(String(n));
      votes.txt(` ${words}`);
    });
    votes.txt('.');
  }
  if (motion.recordedBy.length > 0) {
    const named = entry.ele('p', { class: 'vote recorded' });
    named.txt('Recorded vote: ');
    motion.recordedBy.forEach((v, index) => {
      if (index > 0) named.txt('; ');
      named.ele('person', { refersTo: ids.ref(personRef(v.person.id)) }).txt(xmlText(v.person.name));
      named.txt(` ${VOTE_WORDS.find(([c]) => c === v.choice)?.[1] ?? v.choice}`);
    });
    named.txt('.');
  }
  if (motion.castingVote)
    entry.ele('p', { class: 'vote casting' }).txt(`The chair gave a casting vote ${motion.castingVote}.`);
  if (motion.outcome) {
    const result = entry.ele('p', { class: `result ${motion.outcome}` });
    result.txt(outcomeWords(motion.outcome));
    if (motion.reason) result.txt(`: ${xmlText(motion.reason)}`);
    result.txt('.');
  }
}

/** Corrections agreed after the minutes were confirmed, shown with them. */
function addAmendments(debateBody: XMLBuilder, minutes: MeetingMinutes, ids: Ids): void {
  const amendments = minutes.minutes.amendments;
  if (amendments.length === 0) return;
  const section = debateBody.ele('debateSection', { eId: ids.id('dbsect_amendments'), name: 'amendments' });
  section.ele('heading').txt('Amendments to these minutes');
  amendments.forEach((a, i) => {
    const p = section.ele('p', { eId: ids.id(`dbsect_amendments__para_${i + 1}`), class: 'amendment' });
    const item = a.itemId ? minutes.items.find((it) => it.id === a.itemId) : undefined;
    if (item) p.txt(`${xmlText(item.minuteNumber ?? item.agendaNumber ?? item.title)}: `);
    p.txt(`${xmlText(a.text)} Reason: ${xmlText(a.reason)}.`);
    if (a.agreedAt) {
      p.txt(' Agreed at the meeting of ');
      p.ele('date', { date: a.agreedAt.date }).txt(longDate(a.agreedAt.date));
      p.txt('.');
    }
  });
}

/** Appends one meeting's minutes as an Akoma Ntoso `<debate name="minutes">` to `parent`. Exempt items are left out. */
export function appendMinutesDebate(parent: XMLBuilder, minutes: MeetingMinutes, options: AknOptions): void {
  const ids = idsOf(options.eIdPrefix ?? '');
  const debate = parent.ele(AKN_NAMESPACE, 'debate', { name: 'minutes' });
  addMeta(debate, minutes, options, ids);
  addPreface(debate, minutes, ids);
  const debateBody = debate.ele('debateBody');
  addRollCall(debateBody, minutes, ids);
  addMeetingResolutions(debateBody, minutes, ids);
  const items = minutes.items.filter(isPublicItem);
  items.forEach((item, index) => addItem(debateBody, item, index, ids));
  addAmendments(debateBody, minutes, ids);
  if (items.length === 0 && minutes.attendance.length === 0 && minutes.resolutions.length === 0)
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

import { publicOrigin } from '../../domain/sourceDocument.js';
import type { CouncilSettings } from '../../domain/councilSettings.js';
import type { AgendaItem } from '../../domain/agendaItem.js';
import type { Membership } from '../../domain/membership.js';
import type { RecordedBody } from '../../store/public/catalogue/catalogueBodies.js';
import type { DocumentFile } from '../../store/public/catalogue/catalogueFiles.js';
import type { MeetingOfBody } from '../../store/public/catalogue/catalogueMeetings.js';
import type { PaperAtMeeting } from '../../store/public/catalogue/cataloguePapers.js';
import type { RecordedPerson } from '../../store/public/catalogue/cataloguePeople.js';
import type { MeetingContents } from '../../store/public/catalogue/meetingContents.js';
import { londonDateTime } from './londonTime.js';
import { outcomeWords } from '../../domain/minutes/motion.js';
import type { ItemMoment } from '../../domain/register/registerLine.js';
import type { PublicMinutesState, PublicMotion } from '../../store/public/publicMinutes.js';
import type { PublicDecisionNotice } from '../../store/public/publicDecisionNotices.js';
import type {
  OparlMinutesFile,
  OparlAgendaItem,
  OparlBody,
  OparlConsultation,
  OparlFile,
  OparlMeeting,
  OparlMembership,
  OparlOrganization,
  OparlPaper,
  OparlPerson,
  OparlSystem,
} from './oparlObject.js';
import { OPARL_TYPE, OPARL_VERSION, type OparlUrls } from './oparlUrls.js';

/** Pure mappings from the public record to OParl 1.1 objects; optional properties are left out when unknown. */

const FILE_EXTENSIONS: Record<string, string> = { 'application/pdf': 'pdf', 'text/html': 'html', 'text/plain': 'txt' };

function optional<K extends string, V>(key: K, value: V | null | undefined): Partial<Record<K, V>> {
  return value === null || value === undefined || value === '' ? {} : ({ [key]: value } as Record<K, V>);
}

export function toSystem(urls: OparlUrls, council: CouncilSettings): OparlSystem {
  return {
    id: urls.system(),
    type: OPARL_TYPE.system,
    oparlVersion: OPARL_VERSION,
    body: urls.bodies(),
    name: `${council.councilName} committee information (Quorum)`,
    website: urls.web('/'),
    ...(council.contactEmail ? { contactEmail: council.contactEmail } : {}),
    web: urls.web('/'),
  };
}

/** The council itself: its own website when set (the portal otherwise) and its contact address. */
export function toBody(urls: OparlUrls, council: CouncilSettings): OparlBody {
  return {
    id: urls.body(),
    type: OPARL_TYPE.body,
    system: urls.system(),
    name: council.councilName,
    website: council.councilUrl ?? urls.web('/'),
    ...(council.contactEmail ? { contactEmail: council.contactEmail } : {}),
    organization: urls.bodyList('organizations'),
    person: urls.bodyList('people'),
    meeting: urls.bodyList('meetings'),
    paper: urls.bodyList('papers'),
    // Every public file, so that a client walking the lists reaches all the export holds, also
    // documents no meeting or paper cites (OParl 1.1's Body.file).
    file: urls.bodyList('files'),
    // England's councils elect on four-year cycles that Quorum does not record yet.
    legislativeTerm: [],
    classification: 'Local authority',
    web: urls.web('/bodies'),
  };
}

export function toOrganization(
  urls: OparlUrls,
  body: RecordedBody,
  membershipIds: readonly string[],
): OparlOrganization {
  return {
    id: urls.organization(body.id),
    type: OPARL_TYPE.organization,
    body: urls.body(),
    name: body.name,
    membership: membershipIds.map((id) => urls.membership(id)),
    meeting: urls.organizationMeetings(body.id),
    organizationType: 'Gremium',
    classification: body.kind,
    ...optional('subOrganizationOf', body.parentId ? urls.organization(body.parentId) : null),
    // Quorum dates a body only when first recorded (catalogueBodies.ts): that is its last known change.
    created: body.createdAt,
    modified: body.createdAt,
    web: urls.web(`/bodies/${encodeURIComponent(body.slug)}`),
  };
}

/** A membership under its public person: `personId` is the person a merged spelling joined. */
export function toMembership(urls: OparlUrls, m: Membership): OparlMembership {
  return {
    id: urls.membership(m.id),
    type: OPARL_TYPE.membership,
    person: urls.person(m.personId),
    organization: urls.organization(m.bodyId),
    role: m.role,
    votingRight: m.votingScope !== 'none',
    ...optional('startDate', m.startsOn),
    ...optional('endDate', m.endsOn),
  };
}

export function toPerson(urls: OparlUrls, p: RecordedPerson, memberships: readonly OparlMembership[]): OparlPerson {
  return {
    id: urls.person(p.id),
    type: OPARL_TYPE.person,
    body: urls.body(),
    name: p.displayName,
    ...optional('familyName', p.familyName),
    ...optional('givenName', p.givenName),
    ...optional('formOfAddress', p.honorific),
    membership: memberships,
    // Quorum dates a person only when first recorded (cataloguePeople.ts): that is the last known change.
    created: p.createdAt,
    modified: p.createdAt,
    web: urls.web(`/people/${encodeURIComponent(p.slug)}`),
  };
}

export function toFile(urls: OparlUrls, d: DocumentFile): OparlFile {
  const extension = FILE_EXTENSIONS[d.mediaType] ?? 'bin';
  return {
    id: urls.file(d.id),
    type: OPARL_TYPE.file,
    name: d.title ?? publicOrigin(d.origin).fileName,
    fileName: `${d.id}.${extension}`,
    mimeType: d.mediaType,
    date: d.importedAt.slice(0, 10),
    size: d.byteSize,
    accessUrl: urls.web(`/documents/${d.id}`),
    ...optional('downloadUrl', d.hasBytes ? urls.fileDownload(d.id) : null),
    // A document never changes once imported: a new version is a new file.
    created: d.importedAt,
    modified: d.importedAt,
  };
}

export function toConsultation(urls: OparlUrls, paper: PaperAtMeeting): OparlConsultation {
  return {
    id: urls.consultation(paper.id),
    type: OPARL_TYPE.consultation,
    paper: urls.paper(paper.id),
    agendaItem: urls.agendaItem(paper.itemId),
    meeting: urls.meeting(paper.meetingId),
    organization: [urls.organization(paper.bodyId)],
    authoritative: false,
  };
}

export function toPaper(urls: OparlUrls, paper: PaperAtMeeting, document: DocumentFile | undefined): OparlPaper {
  return {
    id: urls.paper(paper.id),
    type: OPARL_TYPE.paper,
    body: urls.body(),
    name: paper.title,
    date: paper.date,
    paperType: 'Report',
    ...optional('mainFile', document ? toFile(urls, document) : null),
    underDirectionOf: [urls.organization(paper.bodyId)],
    consultation: [toConsultation(urls, paper)],
    // Written and rewritten with its meeting's record: that record's times (cataloguePapers.ts).
    created: paper.createdAt,
    modified: paper.updatedAt,
    web: urls.web(`/items/${paper.itemId}`),
  };
}

/** OParl's paperType for a published decision notice (OParl has no Decision object; a notice is a paper). */
export const DECISION_NOTICE_PAPER_TYPE = 'Decision notice';

/**
 * A decision notice's consultation: the meeting (and agenda item, where recorded) that took the
 * decision. Authoritative: that meeting decided, it was not merely consulted.
 */
export function toDecisionConsultation(urls: OparlUrls, n: PublicDecisionNotice): OparlConsultation {
  return {
    id: urls.consultation(n.id),
    type: OPARL_TYPE.consultation,
    paper: urls.paper(n.id),
    ...optional('agendaItem', n.itemId ? urls.agendaItem(n.itemId) : null),
    meeting: urls.meeting(n.meeting!.id),
    organization: n.bodyId ? [urls.organization(n.bodyId)] : [],
    authoritative: true,
    role: 'Decision',
  };
}

/**
 * A published decision notice as an OParl Paper of paperType "Decision notice": OParl's own
 * fields where they fit (name, date of publication, the deciding body, the meeting as a
 * consultation), the notice itself (decision, reasons, alternatives, call-in dates, call-ins
 * with their grounds and outcome) under `quorum:decisionNotice`. `modified` is the latest change
 * of the notice or of a call-in of it.
 */
export function toDecisionPaper(urls: OparlUrls, n: PublicDecisionNotice): OparlPaper {
  return {
    id: urls.paper(n.id),
    type: OPARL_TYPE.paper,
    body: urls.body(),
    name: n.title,
    date: n.publishedOn,
    paperType: DECISION_NOTICE_PAPER_TYPE,
    underDirectionOf: n.bodyId ? [urls.organization(n.bodyId)] : [],
    consultation: n.meeting ? [toDecisionConsultation(urls, n)] : [],
    ...(n.isKey ? { keyword: ['key decision'] } : {}),
    'quorum:decisionNotice': {
      decision: n.decision,
      makerKind: n.makerKind,
      decisionMaker: n.decisionMaker,
      isKey: n.isKey,
      reasons: n.reasons,
      alternatives: n.alternatives,
      callIn: n.callIn,
      urgencyReason: n.urgencyReason,
      decidedOn: n.decidedOn,
      publishedOn: n.publishedOn,
      callInDeadline: n.callInDeadline,
      implementableOn: n.implementableOn,
      callIns: n.callIns.map((c) => ({
        requestedOn: c.requestedOn,
        members: c.members,
        grounds: c.grounds,
        outcome: c.outcome,
        outcomeOn: c.outcomeOn,
        outcomeNotes: c.outcomeNotes,
      })),
    },
    created: n.createdAt,
    modified: n.changedAt,
    web: urls.web(`/decisions/${encodeURIComponent(n.id)}`),
  };
}

/**
 * An agenda item as OParl 1.1 has it. `order` (required since 1.1) is the item's place among the
 * meeting's public items, from 1: counting the stored position would leave a gap where an exempt
 * item stood, and so tell the public that one exists.
 */
export function toAgendaItem(urls: OparlUrls, item: AgendaItem, contents: MeetingContents): OparlAgendaItem {
  const order = (contents.items.get(item.meetingId) ?? []).findIndex((i) => i.id === item.id) + 1;
  const papers = contents.papers.get(item.id) ?? [];
  const files = papers.flatMap((p) => {
    const doc = p.documentId ? contents.files.get(p.documentId) : undefined;
    return doc ? [toFile(urls, doc)] : [];
  });
  const itemResolutions = contents.resolutions.get(item.id) ?? [];
  const resolutions = itemResolutions.map((r) => r.text);
  const motions = itemResolutions.flatMap((r) => {
    const motion = contents.motions.get(r.id);
    return motion ? [{ resolution: r, motion }] : [];
  });
  return {
    id: urls.agendaItem(item.id),
    type: OPARL_TYPE.agendaItem,
    meeting: urls.meeting(item.meetingId),
    order,
    ...optional('number', item.minuteNumber ?? item.agendaNumber),
    name: item.title,
    public: true,
    ...optional('consultation', papers[0] ? urls.consultation(papers[0].id) : null),
    ...optional('result', itemResult(motions.map((m) => m.motion))),
    ...optional('resolutionText', resolutions.join('\n')),
    auxiliaryFile: files,
    ...(motions.length > 0
      ? { 'quorum:motions': motions.map(({ resolution, motion }) => toMotionExtension(urls, resolution.text, motion)) }
      : {}),
    // Written with its meeting's record: that record's last change (minutes confirmed, amended, decisions published).
    ...optional('modified', contents.changedAt.get(item.meetingId)),
    web: urls.web(`/items/${item.id}`),
  };
}

/**
 * OParl's AgendaItem.result is a free text of what the item came to: the result of the last motion
 * put on it (an amendment is voted before the substantive motion), in the minutes' words.
 */
function itemResult(motions: readonly PublicMotion[]): string | null {
  const decided = motions.filter((m) => m.outcome);
  const last = decided.find((m) => m.kind === 'motion') ?? decided.at(-1);
  return last?.outcome ? outcomeWords(last.outcome) : null;
}

function toMotionExtension(urls: OparlUrls, text: string, m: PublicMotion): Record<string, unknown> {
  return {
    kind: m.kind,
    text,
    mover: m.moverRef ? urls.person(m.moverRef.id) : null,
    seconder: m.seconderRef ? urls.person(m.seconderRef.id) : null,
    rule: m.rule,
    result: m.outcome,
    resultReason: m.reason,
    castingVote: m.castingVote,
    tally: m.tally,
    votes: m.recordedBy.map((v) => ({ person: urls.person(v.person.id), vote: v.choice })),
  };
}

/**
 * A meeting's own resolutions (minutes with no items) under `quorum:resolutions`, each with its row
 * on the meeting page and, where the workspace recorded one, its motion; no AgendaItem is made up
 * to hold them. Left out when the meeting has none.
 */
function meetingResolutionsExtension(
  urls: OparlUrls,
  meetingId: string,
  contents: MeetingContents,
): { 'quorum:resolutions'?: readonly Record<string, unknown>[] } {
  const own = contents.meetingResolutions.get(meetingId) ?? [];
  if (own.length === 0) return {};
  return {
    'quorum:resolutions': own.map((r) => {
      const motion = contents.motions.get(r.id);
      return {
        label: r.label,
        text: r.text,
        kind: r.kind,
        isFormal: r.isFormal,
        ...(motion ? { motion: toMotionExtension(urls, r.text, motion) } : {}),
        web: urls.web(`/meetings/${meetingId}#resolution-${r.id}`),
      };
    }),
  };
}

function toMinutesExtension(urls: OparlUrls, state: PublicMinutesState | undefined): Record<string, unknown> {
  return {
    status: state?.status ?? 'confirmed',
    locked: state?.locked ?? true,
    confirmedBy: state?.confirmedBy ? urls.meeting(state.confirmedBy.id) : null,
    confirmedAt: state?.confirmedAt ?? null,
    amendments: (state?.amendments ?? []).map((a) => ({
      agendaItem: a.itemId ? urls.agendaItem(a.itemId) : null,
      text: a.text,
      reason: a.reason,
      agreedAt: a.agreedAt ? urls.meeting(a.agreedAt.id) : null,
      recorded: a.recordedAt,
    })),
  };
}

function momentOf(urls: OparlUrls, m: ItemMoment | null, publicItems: ReadonlySet<string>): unknown {
  if (!m) return null;
  // An exempt item is not an OParl object: the moment keeps its time and says no more.
  const item = m.itemId && publicItems.has(m.itemId) ? urls.agendaItem(m.itemId) : null;
  return { agendaItem: item, during: m.during, time: m.time };
}

/** The written minutes as an OParl File: the Akoma Ntoso document of the JSON API. */
export function toResultsProtocol(urls: OparlUrls, meetingId: string, state: PublicMinutesState): OparlMinutesFile {
  return {
    id: urls.meetingResultsProtocol(meetingId),
    type: OPARL_TYPE.file,
    name: state.status === 'draft' ? 'Draft minutes' : 'Minutes',
    fileName: `minutes-${meetingId}.akn.xml`,
    mimeType: 'application/akn+xml',
    accessUrl: urls.meetingMinutesAkn(meetingId),
    meeting: [urls.meeting(meetingId)],
    // The minutes change when their state does (draft, confirmed and locked) and when amended.
    ...optional('modified', latest([state.changedAt, ...state.amendments.map((a) => a.recordedAt)])),
    web: urls.web(`/meetings/${meetingId}`),
  };
}

function latest(times: readonly (string | null)[]): string | null {
  return times.reduce<string | null>((max, t) => (t !== null && (max === null || t > max) ? t : max), null);
}

export function meetingName(bodyName: string, date: string): string {
  return `${bodyName}, ${date}`;
}

export function toMeeting(urls: OparlUrls, m: MeetingOfBody, contents: MeetingContents): OparlMeeting {
  const state = contents.minutes.get(m.id);
  const publicItems = new Set((contents.items.get(m.id) ?? []).map((i) => i.id));
  return {
    id: urls.meeting(m.id),
    type: OPARL_TYPE.meeting,
    name: meetingName(m.body.name, m.date),
    meetingState: m.status,
    cancelled: m.status === 'cancelled',
    ...optional('start', londonDateTime(m.date, m.startedAt ?? m.startTime)),
    ...optional('end', londonDateTime(m.date, m.endedAt)),
    ...optional(
      'location',
      m.venue
        ? {
            id: urls.meetingLocation(m.id),
            type: OPARL_TYPE.location,
            description: m.venue,
            meetings: [urls.meeting(m.id)],
          }
        : null,
    ),
    organization: [urls.organization(m.bodyId)],
    participant: (contents.participants.get(m.id) ?? []).map((id) => urls.person(id)),
    ...optional('resultsProtocol', state?.written ? toResultsProtocol(urls, m.id, state) : null),
    auxiliaryFile: (contents.documents.get(m.id) ?? []).map((d) => toFile(urls, d)),
    agendaItem: (contents.items.get(m.id) ?? []).map((i) => toAgendaItem(urls, i, contents)),
    'quorum:minutes': toMinutesExtension(urls, state),
    'quorum:attendance': (contents.register.get(m.id) ?? []).map((a) => ({
      person: urls.person(a.personId),
      kind: a.kind,
      reason: a.reason,
      roleText: a.roleText,
      capacity: a.capacity,
      substituteFor: a.substituteForId ? urls.person(a.substituteForId) : null,
      remote: a.remote,
      arrival: momentOf(urls, a.arrival, publicItems),
      departure: momentOf(urls, a.departure, publicItems),
    })),
    'quorum:declarations': (contents.declarations.get(m.id) ?? [])
      .filter((d) => d.itemId === null || publicItems.has(d.itemId))
      .map((d) => ({
        person: urls.person(d.personId),
        agendaItem: d.itemId ? urls.agendaItem(d.itemId) : null,
        kind: d.kind,
        text: d.text,
        leftRoom: d.leftRoom,
        tookNoPart: d.tookNoPart,
        dispensation: d.dispensation,
      })),
    ...meetingResolutionsExtension(urls, m.id, contents),
    created: m.createdAt,
    // The record's last change: the meeting's row, or later its minutes, an amendment or a decision notice.
    modified: contents.changedAt.get(m.id) ?? m.updatedAt,
    web: urls.web(`/meetings/${m.id}`),
  };
}

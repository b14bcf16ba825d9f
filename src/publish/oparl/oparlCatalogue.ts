import { AppError } from '../../domain/errors.js';
import type { RecordedBody } from '../../store/public/catalogue/catalogueBodies.js';
import type { MeetingOfBody } from '../../store/public/catalogue/catalogueMeetings.js';
import type { PaperAtMeeting } from '../../store/public/catalogue/cataloguePapers.js';
import type { KeysetRequest } from '../../store/public/catalogue/catalogueRequest.js';
import type { RecordedPerson } from '../../store/public/catalogue/cataloguePeople.js';
import type { PublicDecisionNotice } from '../../store/public/publicDecisionNotices.js';
import type { PublicReads } from '../../store/public/publicReads.js';
import type { OparlMinutesFile } from './oparlObject.js';
import { changedWithinOf, OPARL_PAGE_SIZE, pageOf, type OparlListRequest } from './oparlList.js';
import {
  toAgendaItem,
  toBody,
  toConsultation,
  toDecisionConsultation,
  toDecisionPaper,
  toFile,
  toMeeting,
  toMembership,
  toOrganization,
  toPaper,
  toPerson,
  toSystem,
} from './oparlMappers.js';
import type {
  OparlAgendaItem,
  OparlBody,
  OparlConsultation,
  OparlFile,
  OparlLocation,
  OparlMeeting,
  OparlMembership,
  OparlOrganization,
  OparlPage,
  OparlPaper,
  OparlPerson,
  OparlSystem,
} from './oparlObject.js';
import type { OparlUrls } from './oparlUrls.js';

/**
 * Every OParl object and list Quorum serves, read through the public catalogue: a list page or a
 * batch of objects costs a fixed number of queries, batched by id, however deep into the archive.
 * Objects not found (or exempt) are undefined.
 */
export class OparlCatalogue {
  constructor(
    private readonly reads: PublicReads,
    private readonly urls: OparlUrls,
    private readonly pageSize = OPARL_PAGE_SIZE,
    /** Today's date (YYYY-MM-DD): decision notices published by then are Papers. */
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
  ) {}

  async system(): Promise<OparlSystem> {
    return toSystem(this.urls, await this.reads.settings.council());
  }

  async body(): Promise<OparlBody> {
    return toBody(this.urls, await this.reads.settings.council());
  }

  /** The list of bodies: Quorum serves one, the council, undated, so the filters leave it in. */
  async listBodies(request: OparlListRequest): Promise<OparlPage<OparlBody>> {
    const data = request.after === null ? [await this.body()] : [];
    return pageOf(this.urls.bodies(), { request, size: this.pageSize, total: 1 }, data, null);
  }

  async organizationsOf(bodies: readonly RecordedBody[]): Promise<OparlOrganization[]> {
    const memberships = await this.reads.catalogue.memberships.ofBodies(bodies.map((b) => b.id));
    return bodies.map((b) =>
      toOrganization(
        this.urls,
        b,
        memberships.filter((m) => m.bodyId === b.id).map((m) => m.id),
      ),
    );
  }

  listOrganizations(request: OparlListRequest): Promise<OparlPage<OparlOrganization>> {
    const bodies = this.reads.catalogue.bodies;
    const scope = { changed: changedWithinOf(request) };
    return this.#list(this.urls.bodyList('organizations'), request, {
      total: bodies.count(scope),
      read: (keyset) => bodies.page(keyset, scope),
      present: (rows) => this.organizationsOf(rows),
    });
  }

  async organization(id: string): Promise<OparlOrganization | undefined> {
    return (await this.organizationsOf(await this.reads.catalogue.bodies.byIds([id])))[0];
  }

  async membership(id: string): Promise<OparlMembership | undefined> {
    const [membership] = await this.reads.catalogue.memberships.byIds([id]);
    return membership && toMembership(this.urls, membership);
  }

  async peopleOf(people: readonly RecordedPerson[]): Promise<OparlPerson[]> {
    const memberships = await this.reads.catalogue.memberships.ofPeople(people.map((p) => p.id));
    return people.map((p) =>
      toPerson(
        this.urls,
        p,
        memberships.filter((m) => m.personId === p.id).map((m) => toMembership(this.urls, m)),
      ),
    );
  }

  listPeople(request: OparlListRequest): Promise<OparlPage<OparlPerson>> {
    const people = this.reads.catalogue.people;
    const scope = { changed: changedWithinOf(request) };
    return this.#list(this.urls.bodyList('people'), request, {
      total: people.count(scope),
      read: (keyset) => people.page(keyset, scope),
      present: (rows) => this.peopleOf(rows),
    });
  }

  async person(id: string): Promise<OparlPerson | undefined> {
    return (await this.peopleOf(await this.reads.catalogue.people.byIds([id])))[0];
  }

  /** The URL of the person a merged spelling's id now stands for, where a client is sent; else undefined. */
  async mergedPerson(id: string): Promise<string | undefined> {
    const survivor = await this.reads.catalogue.people.survivorOf(id);
    return survivor === undefined ? undefined : this.urls.person(survivor);
  }

  async meetingsOf(meetings: readonly MeetingOfBody[]): Promise<OparlMeeting[]> {
    const contents = await this.reads.catalogue.meetings.contents(meetings.map((m) => m.id));
    return meetings.map((m) => toMeeting(this.urls, m, contents));
  }

  /** The council's meetings, or one organization's; an unknown organization is NOT_FOUND. */
  async listMeetings(request: OparlListRequest, bodyId?: string): Promise<OparlPage<OparlMeeting>> {
    const catalogue = this.reads.catalogue;
    if (bodyId !== undefined && (await catalogue.bodies.byIds([bodyId])).length === 0)
      throw new AppError('NOT_FOUND', `no organization ${bodyId}`);
    const scope = { bodyId, changed: changedWithinOf(request) };
    const listUrl = bodyId === undefined ? this.urls.bodyList('meetings') : this.urls.organizationMeetings(bodyId);
    return this.#list(listUrl, request, {
      total: catalogue.meetings.count(scope),
      read: (keyset) => catalogue.meetings.page(keyset, scope),
      present: (rows) => this.meetingsOf(rows),
    });
  }

  async meeting(id: string): Promise<OparlMeeting | undefined> {
    return (await this.meetingsOf(await this.reads.catalogue.meetings.byIds([id])))[0];
  }

  /** The meeting's written minutes as a File; none for imported minutes (their documents are its files). */
  async meetingResultsProtocol(id: string): Promise<OparlMinutesFile | undefined> {
    return (await this.meeting(id))?.resultsProtocol;
  }

  async meetingLocation(id: string): Promise<OparlLocation | undefined> {
    return (await this.meeting(id))?.location;
  }

  /** A public agenda item; an exempt one is not found. */
  async agendaItem(id: string): Promise<OparlAgendaItem | undefined> {
    const meetings = this.reads.catalogue.meetings;
    const item = await meetings.publicItem(id);
    return item && toAgendaItem(this.urls, item, await meetings.contents([item.meetingId]));
  }

  async papersOf(papers: readonly PaperAtMeeting[]): Promise<OparlPaper[]> {
    const files = await this.reads.catalogue.files.byIds(papers.flatMap((p) => (p.documentId ? [p.documentId] : [])));
    return papers.map((p) => toPaper(this.urls, p, p.documentId ? files.get(p.documentId) : undefined));
  }

  /** Published decision notices as Papers of paperType "Decision notice", each with its call-ins. */
  decisionPapersOf(notices: readonly PublicDecisionNotice[]): OparlPaper[] {
    return notices.map((n) => toDecisionPaper(this.urls, n));
  }

  /**
   * The papers list: the items' papers in id order, then the published decision notices in id
   * order. A cursor names the last object shown; a notice's id says the papers are done. Two
   * keysets one after the other, rather than one merged order, so no list ever needs to agree with
   * the database's collation on how ids from two tables interleave.
   */
  async listPapers(request: OparlListRequest): Promise<OparlPage<OparlPaper>> {
    const papers = this.reads.catalogue.papers;
    const notices = this.reads.decisionNotices;
    const today = this.today();
    const scope = { changed: changedWithinOf(request) };
    const size = this.pageSize;
    const afterNotice = request.after !== null && (await notices.isPublished(request.after, today));
    const [paperTotal, noticeTotal] = await Promise.all([papers.count(scope), notices.count(today, scope)]);
    const itemPapers = afterNotice ? [] : await papers.page({ after: request.after, limit: size + 1 }, scope);
    const wanted = size + 1 - itemPapers.length;
    const noticeRows =
      wanted > 0
        ? await notices.keysetPage({ after: afterNotice ? request.after : null, limit: wanted }, today, scope)
        : [];
    const rows: ({ id: string } & ({ paper: PaperAtMeeting } | { notice: PublicDecisionNotice }))[] = [
      ...itemPapers.map((paper) => ({ id: paper.id, paper })),
      ...noticeRows.map((notice) => ({ id: notice.id, notice })),
    ];
    const shown = rows.slice(0, size);
    const next = rows.length > size ? shown[shown.length - 1]!.id : null;
    const shownPapers = shown.flatMap((r) => ('paper' in r ? [r.paper] : []));
    const shownNotices = shown.flatMap((r) => ('notice' in r ? [r.notice] : []));
    const data = [...(await this.papersOf(shownPapers)), ...this.decisionPapersOf(shownNotices)];
    return pageOf(this.urls.bodyList('papers'), { request, size, total: paperTotal + noticeTotal }, data, next);
  }

  async paper(id: string): Promise<OparlPaper | undefined> {
    const paper = (await this.papersOf(await this.reads.catalogue.papers.byIds([id])))[0];
    if (paper) return paper;
    return this.decisionPapersOf(await this.reads.decisionNotices.byIds([id], this.today()))[0];
  }

  async consultation(id: string): Promise<OparlConsultation | undefined> {
    const [paper] = await this.reads.catalogue.papers.byIds([id]);
    if (paper) return toConsultation(this.urls, paper);
    const [notice] = await this.reads.decisionNotices.byIds([id], this.today());
    return notice?.meeting ? toDecisionConsultation(this.urls, notice) : undefined;
  }

  listFiles(request: OparlListRequest): Promise<OparlPage<OparlFile>> {
    const files = this.reads.catalogue.files;
    const scope = { changed: changedWithinOf(request) };
    return this.#list(this.urls.bodyList('files'), request, {
      total: files.count(scope),
      read: (keyset) => files.page(keyset, scope),
      present: async (rows) => rows.map((f) => toFile(this.urls, f)),
    });
  }

  async file(id: string): Promise<OparlFile | undefined> {
    const file = (await this.reads.catalogue.files.byIds([id])).get(id);
    return file && toFile(this.urls, file);
  }

  /** One page of a list: the count, one more record than a page (so the last page has no `next`), their objects. */
  async #list<R extends { readonly id: string }, O>(
    listUrl: string,
    request: OparlListRequest,
    list: {
      readonly total: Promise<number>;
      readonly read: (keyset: KeysetRequest) => Promise<readonly R[]>;
      readonly present: (rows: readonly R[]) => Promise<readonly O[]>;
    },
  ): Promise<OparlPage<O>> {
    const size = this.pageSize;
    const [total, rows] = await Promise.all([list.total, list.read({ after: request.after, limit: size + 1 })]);
    const shown = rows.slice(0, size);
    const next = rows.length > size ? shown[shown.length - 1]!.id : null;
    return pageOf(listUrl, { request, size, total }, await list.present(shown), next);
  }
}

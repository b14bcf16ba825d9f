import type { Kysely } from 'kysely';
import { AppError } from '../../domain/errors.js';
import type { Database } from '../../store/database.js';
import type { Store } from '../../store/openStore.js';
import { insertInBatches } from '../../store/records/insertInBatches.js';
import { reindexMeeting } from '../../store/records/saveMeetingRecord.js';
import { PopoloExportSchema, type PopoloExport } from './popoloExportSchema.js';
import { danglingReferences } from './popoloReferences.js';

export interface PopoloImportCounts {
  readonly bodies: number;
  readonly people: number;
  readonly meetings: number;
  readonly items: number;
  readonly attendance: number;
  readonly resolutions: number;
  readonly recommendations: number;
  readonly documents: number;
}

/** Checks a parsed JSON value is a Quorum Popolo export whose references all resolve; INPUT_INVALID names the first problem. */
export function validatePopoloExport(value: unknown): PopoloExport {
  const parsed = PopoloExportSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('INPUT_INVALID', `${issue.path.join('.') || 'document'}: ${issue.message}`);
  }
  const dangling = danglingReferences(parsed.data);
  if (dangling.length > 0)
    throw new AppError(
      'INPUT_INVALID',
      `${dangling[0]}${dangling.length > 1 ? ` (and ${dangling.length - 1} more)` : ''}`,
    );
  return parsed.data;
}

/**
 * Writes a Quorum Popolo export into an EMPTY store in one transaction, keeping every id, so the
 * portal's URLs are the same as on the council that exported it. Anything wrong leaves nothing.
 */
export async function importPopoloExport(store: Store, doc: PopoloExport): Promise<PopoloImportCounts> {
  await assertEmpty(store.db);
  await store.db.transaction().execute(async (trx) => {
    await insertDocuments(trx, doc);
    await insertBodies(trx, doc);
    await insertPeople(trx, doc);
    await insertMeetings(trx, doc);
    await insertRecords(trx, doc);
    const bodyNames = new Map(doc.organizations.map((o) => [o.id, o.name]));
    for (const e of doc.events)
      await reindexMeeting(trx, e.id, e.organization_id, bodyNames.get(e.organization_id)!, e['quorum:date']);
  });
  return {
    bodies: doc.organizations.length,
    people: doc.persons.length,
    meetings: doc.events.length,
    items: doc.events.reduce((n, e) => n + e.agenda.length, 0),
    attendance: doc['quorum:attendance'].length,
    resolutions: doc.motions.length,
    recommendations: doc['quorum:recommendations'].length,
    documents: doc['quorum:documents'].length,
  };
}

async function assertEmpty(db: Kysely<Database>): Promise<void> {
  for (const table of ['bodies', 'people', 'meetings', 'documents'] as const) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(row.n) > 0)
      throw new AppError(
        'CONFLICT',
        `the database already holds ${table}; import a Popolo export only into an empty database`,
      );
  }
}

/** Rows that point at rows of their own table are written first without the link, which is set once all exist. */
async function insertDocuments(db: Kysely<Database>, doc: PopoloExport): Promise<void> {
  const documents = doc['quorum:documents'];
  await insertInBatches(
    db,
    'documents',
    documents.map((d) => ({
      id: d.id,
      contentHash: d.content_hash,
      mediaType: d.media_type,
      origin: d.origin,
      title: d.title,
      byteSize: d.byte_size,
      pageCount: d.page_count,
      text: null,
      pageStarts: null,
      supersedesId: null,
      importedAt: d.imported_at,
    })),
  );
  for (const d of documents)
    if (d.supersedes_id)
      await db.updateTable('documents').set({ supersedesId: d.supersedes_id }).where('id', '=', d.id).execute();
}

async function insertBodies(db: Kysely<Database>, doc: PopoloExport): Promise<void> {
  await insertInBatches(
    db,
    'bodies',
    doc.organizations.map((o) => ({
      id: o.id,
      slug: o['quorum:slug'],
      name: o.name,
      kind: o.classification,
      parentId: null,
      isScrutiny: o['quorum:is_scrutiny'],
      size: o['quorum:size'],
      quorumFraction: o['quorum:quorum_fraction'],
      quorumMinimum: o['quorum:quorum_minimum'],
      meetingsPerYearMin: o['quorum:meetings_per_year_min'],
      meetingsPerYearMax: o['quorum:meetings_per_year_max'],
      allowsSubstitutes: o['quorum:allows_substitutes'],
      createdAt: o.created_at,
    })),
  );
  for (const o of doc.organizations)
    if (o.parent_id) await db.updateTable('bodies').set({ parentId: o.parent_id }).where('id', '=', o.id).execute();
  await insertInBatches(
    db,
    'termsOfReference',
    doc.organizations.flatMap((o) =>
      o['quorum:terms_of_reference'].map((t) => ({
        id: t.id,
        bodyId: o.id,
        adoptedOn: t.adopted_on,
        description: t.description,
        purpose: t.purpose,
        objectives: t.objectives,
        powers: t.powers,
        membershipRules: t.membership_rules,
        quorumText: t.quorum_text,
        frequencyText: t.frequency_text,
        documentId: t.document_id,
      })),
    ),
  );
}

async function insertPeople(db: Kysely<Database>, doc: PopoloExport): Promise<void> {
  await insertInBatches(
    db,
    'people',
    doc.persons.map((p) => ({
      id: p.id,
      slug: p['quorum:slug'],
      displayName: p.name,
      honorific: p.honorific_prefix,
      givenName: p.given_name,
      familyName: p.family_name,
      kind: p['quorum:kind'],
      mergedIntoId: null,
      createdAt: p.created_at,
    })),
  );
  for (const p of doc.persons) {
    if (p['quorum:merged_into_id'])
      await db.updateTable('people').set({ mergedIntoId: p['quorum:merged_into_id'] }).where('id', '=', p.id).execute();
  }
  await insertInBatches(
    db,
    'personAliases',
    doc.persons.flatMap((p) =>
      p.other_names.map((a) => ({
        id: a['quorum:id'],
        personId: p.id,
        alias: a.name,
        key: a['quorum:key'],
        sourceDocumentId: a['quorum:source_document_id'],
      })),
    ),
  );
  await insertInBatches(
    db,
    'memberships',
    doc.memberships.map((m) => ({
      id: m.id,
      personId: m.person_id,
      bodyId: m.organization_id,
      role: m.role,
      votingScope: m['quorum:voting_scope'],
      party: m['quorum:party'],
      startsOn: m.start_date,
      endsOn: m.end_date,
      sourceDocumentId: m['quorum:source_document_id'],
    })),
  );
  await insertInBatches(
    db,
    'officerPosts',
    doc['quorum:officer_posts'].map((o) => ({
      id: o.id,
      personId: o.person_id,
      jobTitle: o.job_title,
      organisation: o.organisation,
      startsOn: o.start_date,
      endsOn: o.end_date,
      sourceDocumentId: o.source_document_id,
    })),
  );
}

async function insertMeetings(db: Kysely<Database>, doc: PopoloExport): Promise<void> {
  await insertInBatches(
    db,
    'meetings',
    doc.events.map((e) => ({
      id: e.id,
      bodyId: e.organization_id,
      date: e['quorum:date'],
      startTime: e['quorum:start_time'],
      startedAt: e['quorum:started_at'],
      endedAt: e['quorum:ended_at'],
      venue: e.location,
      isRemote: e['quorum:is_remote'],
      streamUrl: e['quorum:stream_url'],
      status: e.status,
      contactName: e['quorum:contact_name'],
      contactEmail: e['quorum:contact_email'],
      contactPhone: e['quorum:contact_phone'],
      municipalYear: e['quorum:municipal_year'],
      createdAt: e.created_at,
      updatedAt: e.updated_at,
    })),
  );
  const items = doc.events.flatMap((e) => e.agenda.map((i) => ({ meetingId: e.id, ...i })));
  await insertInBatches(
    db,
    'agendaItems',
    items.map((i) => ({
      id: i['quorum:id'],
      meetingId: i.meetingId,
      position: i.order,
      agendaNumber: i['quorum:agenda_number'],
      minuteNumber: i['quorum:minute_number'],
      title: i.description,
      description: i['quorum:description'],
      minutesText: i['quorum:minutes_text'],
      standardKind: i['quorum:standard_kind'],
      isExempt: 0,
      exemptParagraph: i['quorum:exempt_paragraph'],
      pageStart: i['quorum:page_start'],
      pageEnd: i['quorum:page_end'],
      sourceDocumentId: i['quorum:source_document_id'],
    })),
  );
  await insertInBatches(
    db,
    'minutePoints',
    items.flatMap((i) =>
      i['quorum:minute_points'].map((p) => ({
        id: p.id,
        itemId: i['quorum:id'],
        position: p.position,
        label: p.label,
        text: p.text,
        sourceDocumentId: p.source_document_id,
      })),
    ),
  );
  await insertInBatches(
    db,
    'itemDocuments',
    items.flatMap((i) =>
      i['quorum:documents'].map((d) => ({
        id: d.id,
        itemId: i['quorum:id'],
        documentId: d.document_id,
        title: d.title,
        pageStart: d.page_start,
        pageEnd: d.page_end,
        sourceDocumentId: d.source_document_id,
      })),
    ),
  );
}

async function insertRecords(db: Kysely<Database>, doc: PopoloExport): Promise<void> {
  await insertInBatches(
    db,
    'resolutions',
    doc.motions.map((m) => ({
      id: m.id,
      itemId: m['quorum:item_id'],
      position: m['quorum:position'],
      label: m['quorum:label'],
      kind: m.classification,
      isFormal: m['quorum:is_formal'],
      text: m.text,
      sourceDocumentId: m['quorum:source_document_id'],
    })),
  );
  await insertInBatches(
    db,
    'votes',
    doc.vote_events.flatMap((v) => [
      ...v.counts.map((c) => ({
        id: c['quorum:id'],
        resolutionId: v.motion_id,
        personId: null,
        choice: c.option,
        count: c.value,
      })),
      ...v.votes.map((x) => ({
        id: x.id,
        resolutionId: v.motion_id,
        personId: x.voter_id,
        choice: x.option,
        count: x['quorum:count'],
      })),
    ]),
  );
  await insertInBatches(
    db,
    'attendance',
    doc['quorum:attendance'].map((a) => ({
      id: a.id,
      meetingId: a.event_id,
      personId: a.person_id,
      kind: a.kind,
      reason: a.reason,
      substituteForId: a.substitute_for_id,
      capacity: a.capacity,
      roleText: a.role_text,
      position: a.position,
      sourceDocumentId: a.source_document_id,
    })),
  );
  await insertInBatches(
    db,
    'declarations',
    doc['quorum:declarations'].map((d) => ({
      id: d.id,
      meetingId: d.event_id,
      itemId: d.item_id,
      personId: d.person_id,
      kind: d.kind,
      text: d.text,
      sourceDocumentId: d.source_document_id,
    })),
  );
  const recommendations = doc['quorum:recommendations'];
  await insertInBatches(
    db,
    'recommendations',
    recommendations.map((r) => ({
      id: r.id,
      resolutionId: r.motion_id,
      meetingId: r.event_id,
      itemId: r.item_id,
      text: r.text,
      decisionMaker: r.decision_maker,
      sentOn: r.sent_on,
      responseDueOn: r.response_due_on,
      status: r.status,
    })),
  );
  await insertInBatches(
    db,
    'recommendationResponses',
    recommendations.flatMap((r) =>
      r.responses.map((x) => ({
        id: x.id,
        recommendationId: r.id,
        respondedOn: x.responded_on,
        acceptance: x.acceptance,
        text: x.text,
        implementation: x.implementation,
        createdAt: x.created_at,
      })),
    ),
  );
}

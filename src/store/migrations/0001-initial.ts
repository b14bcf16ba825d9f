import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';

/* Released migrations are never edited: add a new file instead. Columns use only types both engines share. */

type Db = Kysely<any>;

async function createReferenceTables(db: Db): Promise<void> {
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('municipal_years')
    .addColumn('label', 'text', (c) => c.primaryKey())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('bank_holidays')
    .addColumn('date', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
}

async function createBodyTables(db: Db): Promise<void> {
  await db.schema
    .createTable('bodies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('bodies.id').onDelete('set null'))
    .addColumn('is_scrutiny', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('size', 'integer')
    .addColumn('quorum_fraction', 'real', (c) => c.notNull().defaultTo(0.25))
    .addColumn('quorum_minimum', 'integer', (c) => c.notNull().defaultTo(3))
    .addColumn('meetings_per_year_min', 'integer')
    .addColumn('meetings_per_year_max', 'integer')
    .addColumn('allows_substitutes', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('terms_of_reference')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('body_id', 'text', (c) => c.notNull().references('bodies.id').onDelete('cascade'))
    .addColumn('adopted_on', 'text')
    .addColumn('description', 'text')
    .addColumn('purpose', 'text')
    .addColumn('objectives', 'text')
    .addColumn('powers', 'text')
    .addColumn('membership_rules', 'text')
    .addColumn('quorum_text', 'text')
    .addColumn('frequency_text', 'text')
    .addColumn('document_id', 'text')
    .execute();
}

async function createPeopleTables(db: Db): Promise<void> {
  await db.schema
    .createTable('people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('honorific', 'text')
    .addColumn('given_name', 'text')
    .addColumn('family_name', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('merged_into_id', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('people_family_name').on('people').column('family_name').execute();
  await db.schema
    .createTable('person_aliases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('alias', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('source_document_id', 'text')
    .addUniqueConstraint('person_aliases_person_alias', ['person_id', 'alias'])
    .execute();
  await db.schema.createIndex('person_aliases_key').on('person_aliases').column('key').execute();
  await db.schema
    .createTable('person_merges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kept_person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('merged_person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text')
    .execute();
  await db.schema
    .createTable('memberships')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('body_id', 'text', (c) => c.notNull().references('bodies.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('voting_scope', 'text', (c) => c.notNull().defaultTo('full'))
    .addColumn('party', 'text')
    .addColumn('starts_on', 'text')
    .addColumn('ends_on', 'text')
    .addColumn('source_document_id', 'text')
    .execute();
  await db.schema.createIndex('memberships_body').on('memberships').columns(['body_id', 'starts_on']).execute();
  await db.schema.createIndex('memberships_person').on('memberships').column('person_id').execute();
  await db.schema
    .createTable('officer_posts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('job_title', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text')
    .addColumn('starts_on', 'text')
    .addColumn('ends_on', 'text')
    .addColumn('source_document_id', 'text')
    .execute();
  await db.schema.createIndex('officer_posts_person').on('officer_posts').column('person_id').execute();
}

async function createDocumentTables(db: Db): Promise<void> {
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('page_count', 'integer')
    .addColumn('text', 'text')
    .addColumn('page_starts', 'text')
    .addColumn('supersedes_id', 'text', (c) => c.references('documents.id').onDelete('set null'))
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('documents_origin').on('documents').column('origin').execute();
  const blob = dialectOf(db) === 'postgres' ? sql`bytea` : sql`blob`;
  await db.schema
    .createTable('document_blobs')
    .addColumn('content_hash', 'text', (c) => c.primaryKey())
    .addColumn('bytes', blob, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('document_parts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('page_start', 'integer')
    .addColumn('page_end', 'integer')
    .addColumn('start_offset', 'integer', (c) => c.notNull())
    .addColumn('end_offset', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('document_parts_document')
    .on('document_parts')
    .columns(['document_id', 'position'])
    .execute();
}

async function createMeetingTables(db: Db): Promise<void> {
  await db.schema
    .createTable('meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('body_id', 'text', (c) => c.notNull().references('bodies.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text')
    .addColumn('started_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('venue', 'text')
    .addColumn('is_remote', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('stream_url', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('contact_name', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('municipal_year', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meetings_date').on('meetings').columns(['date', 'start_time']).execute();
  await db.schema.createIndex('meetings_body_date').on('meetings').columns(['body_id', 'date']).execute();
  await db.schema
    .createTable('agenda_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('agenda_number', 'text')
    .addColumn('minute_number', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('minutes_text', 'text')
    .addColumn('standard_kind', 'text')
    .addColumn('is_exempt', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('exempt_paragraph', 'integer')
    .addColumn('page_start', 'integer')
    .addColumn('page_end', 'integer')
    .addColumn('source_document_id', 'text', (c) => c.references('documents.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('agenda_items_meeting').on('agenda_items').columns(['meeting_id', 'position']).execute();
  await db.schema
    .createTable('item_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('agenda_items.id').onDelete('cascade'))
    .addColumn('document_id', 'text', (c) => c.references('documents.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('page_start', 'integer')
    .addColumn('page_end', 'integer')
    .addColumn('source_document_id', 'text')
    .execute();
  await db.schema.createIndex('item_documents_item').on('item_documents').column('item_id').execute();
}

async function createRecordTables(db: Db): Promise<void> {
  await db.schema
    .createTable('attendance')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('substitute_for_id', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('capacity', 'text')
    .addColumn('role_text', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('source_document_id', 'text')
    .execute();
  await db.schema.createIndex('attendance_meeting').on('attendance').column('meeting_id').execute();
  await db.schema.createIndex('attendance_person').on('attendance').column('person_id').execute();
  await db.schema
    .createTable('declarations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.references('agenda_items.id').onDelete('set null'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('source_document_id', 'text')
    .execute();
  await db.schema.createIndex('declarations_meeting').on('declarations').column('meeting_id').execute();
  await db.schema.createIndex('declarations_person').on('declarations').column('person_id').execute();
  await db.schema
    .createTable('minute_points')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('agenda_items.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('label', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('source_document_id', 'text')
    .execute();
  await db.schema.createIndex('minute_points_item').on('minute_points').columns(['item_id', 'position']).execute();
  await db.schema
    .createTable('resolutions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull().references('agenda_items.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('label', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('is_formal', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('source_document_id', 'text')
    .execute();
  await db.schema.createIndex('resolutions_item').on('resolutions').columns(['item_id', 'position']).execute();
  await db.schema
    .createTable('votes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resolution_id', 'text', (c) => c.notNull().references('resolutions.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('choice', 'text', (c) => c.notNull())
    .addColumn('count', 'integer')
    .execute();
  await db.schema.createIndex('votes_resolution').on('votes').column('resolution_id').execute();
}

async function createTrackerTables(db: Db): Promise<void> {
  await db.schema
    .createTable('recommendations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('resolution_id', 'text', (c) => c.references('resolutions.id').onDelete('set null'))
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('item_id', 'text', (c) => c.references('agenda_items.id').onDelete('set null'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('decision_maker', 'text')
    .addColumn('sent_on', 'text')
    .addColumn('response_due_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('recommendations_meeting').on('recommendations').column('meeting_id').execute();
  await db.schema
    .createTable('recommendation_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('recommendation_id', 'text', (c) => c.notNull().references('recommendations.id').onDelete('cascade'))
    .addColumn('responded_on', 'text', (c) => c.notNull())
    .addColumn('acceptance', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('implementation', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('work_programme_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('body_id', 'text', (c) => c.notNull().references('bodies.id').onDelete('cascade'))
    .addColumn('municipal_year', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('objectives', 'text')
    .addColumn('planned_on', 'text')
    .addColumn('meeting_id', 'text', (c) => c.references('meetings.id').onDelete('set null'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .execute();
}

async function createProvenanceTable(db: Db): Promise<void> {
  const postgres = dialectOf(db) === 'postgres';
  await db.schema
    .createTable('provenance')
    .addColumn('id', 'integer', (c) =>
      postgres ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement(),
    )
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('field', 'text')
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('start_offset', 'integer', (c) => c.notNull())
    .addColumn('end_offset', 'integer', (c) => c.notNull())
    .addColumn('page', 'integer')
    .addColumn('inferred', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('provenance_subject').on('provenance').columns(['subject_id', 'field']).execute();
  await db.schema.createIndex('provenance_document').on('provenance').column('document_id').execute();
}

/**
 * Full text: an FTS5 external-content table kept by triggers on SQLite; a generated tsvector with GIN on PostgreSQL.
 */
async function createSearchTables(db: Db): Promise<void> {
  await db.schema
    .createTable('search_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('meeting_id', 'text')
    .addColumn('body_id', 'text')
    .addColumn('date', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .execute();
  // Subject words of item titles, to follow a topic across meetings without scanning every title.
  await db.schema
    .createTable('item_terms')
    .addColumn('item_id', 'text', (c) => c.notNull().references('agenda_items.id').onDelete('cascade'))
    .addColumn('term', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('item_terms_pk', ['item_id', 'term'])
    .execute();
  await db.schema.createIndex('item_terms_term').on('item_terms').column('term').execute();
  await db.schema.createIndex('search_entries_meeting').on('search_entries').column('meeting_id').execute();
  await db.schema.createIndex('search_entries_body_date').on('search_entries').columns(['body_id', 'date']).execute();
  if (dialectOf(db) === 'postgres') {
    await sql`ALTER TABLE search_entries ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', content), 'B')) STORED`.execute(
      db,
    );
    await sql`CREATE INDEX search_entries_tsv ON search_entries USING gin (tsv)`.execute(db);
    return;
  }
  await sql`CREATE VIRTUAL TABLE search_fts USING fts5(title, content, content='search_entries', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2')`.execute(
    db,
  );
  await sql`CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN
    INSERT INTO search_fts(rowid, title, content) VALUES (new.rowid, new.title, new.content); END`.execute(db);
  await sql`CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN
    INSERT INTO search_fts(search_fts, rowid, title, content) VALUES ('delete', old.rowid, old.title, old.content); END`.execute(
    db,
  );
  await sql`CREATE TRIGGER search_entries_au AFTER UPDATE ON search_entries BEGIN
    INSERT INTO search_fts(search_fts, rowid, title, content) VALUES ('delete', old.rowid, old.title, old.content);
    INSERT INTO search_fts(rowid, title, content) VALUES (new.rowid, new.title, new.content); END`.execute(db);
}

export async function up(db: Db): Promise<void> {
  await createReferenceTables(db);
  await createBodyTables(db);
  await createPeopleTables(db);
  await createDocumentTables(db);
  await createMeetingTables(db);
  await createRecordTables(db);
  await createTrackerTables(db);
  await createProvenanceTable(db);
  await createSearchTables(db);
}

const TABLES = [
  'item_terms',
  'search_entries',
  'provenance',
  'work_programme_entries',
  'recommendation_responses',
  'recommendations',
  'votes',
  'resolutions',
  'minute_points',
  'declarations',
  'attendance',
  'item_documents',
  'agenda_items',
  'meetings',
  'document_parts',
  'document_blobs',
  'documents',
  'officer_posts',
  'memberships',
  'person_merges',
  'person_aliases',
  'people',
  'terms_of_reference',
  'bodies',
  'bank_holidays',
  'municipal_years',
  'settings',
];

export async function down(db: Db): Promise<void> {
  if (dialectOf(db) === 'sqlite') await sql`DROP TABLE IF EXISTS search_fts`.execute(db);
  for (const table of TABLES) await db.schema.dropTable(table).ifExists().execute();
}

import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect.js';
import { trackChanges } from './0013-data-version.js';

/*
 * A resolution belongs to a meeting and, most often, to one of its items. Prose minutes of one
 * meeting with no items ("RESOLVED that the accounts be approved") resolve at the meeting itself:
 * until now the parser read those resolutions but the store had nowhere to keep them
 * (`item_id NOT NULL`). `meeting_id` is filled from the item for every existing row and is NOT
 * NULL; `item_id` becomes optional.
 *
 * PostgreSQL alters the columns in place. SQLite cannot drop NOT NULL, so the table is rebuilt by
 * SQLite's own recipe (https://www.sqlite.org/lang_altertable.html#otheralter): foreign keys off,
 * so that dropping the old table neither deletes the votes nor empties the recommendations that
 * point at it (their references name `resolutions`, and find the new table once it takes the name),
 * all in one savepoint, foreign keys checked before it is released.
 */

type Db = Kysely<any>;

/** Every column but the two this migration changes, in the order 0001 and 0021 made them. */
const KEPT_COLUMNS = [
  'id',
  'position',
  'label',
  'kind',
  'is_formal',
  'text',
  'source_document_id',
  'motion_kind',
  'mover_id',
  'seconder_id',
  'vote_rule',
  'casting_vote',
  'outcome',
  'outcome_reason',
  'vote_membership',
];

export async function up(db: Db): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`ALTER TABLE resolutions ADD COLUMN meeting_id text REFERENCES meetings (id) ON DELETE CASCADE`.execute(
      db,
    );
    await sql`UPDATE resolutions SET meeting_id = (SELECT meeting_id FROM agenda_items WHERE agenda_items.id = resolutions.item_id)`.execute(
      db,
    );
    await sql`ALTER TABLE resolutions ALTER COLUMN meeting_id SET NOT NULL`.execute(db);
    await sql`ALTER TABLE resolutions ALTER COLUMN item_id DROP NOT NULL`.execute(db);
  } else
    await rebuildSqlite(db, {
      itemId: 'item_id text REFERENCES agenda_items (id) ON DELETE CASCADE',
      meetingId: 'meeting_id text NOT NULL REFERENCES meetings (id) ON DELETE CASCADE',
      meetingFrom: '(SELECT meeting_id FROM agenda_items WHERE agenda_items.id = resolutions.item_id)',
    });
  await db.schema.createIndex('resolutions_meeting').on('resolutions').columns(['meeting_id', 'position']).execute();
}

export async function down(db: Db): Promise<void> {
  // A meeting's own resolutions have no place in the older schema.
  await sql`DELETE FROM resolutions WHERE item_id IS NULL`.execute(db);
  await db.schema.dropIndex('resolutions_meeting').ifExists().execute();
  if (dialectOf(db) === 'postgres') {
    await sql`ALTER TABLE resolutions ALTER COLUMN item_id SET NOT NULL`.execute(db);
    await sql`ALTER TABLE resolutions DROP COLUMN meeting_id`.execute(db);
  } else await rebuildSqlite(db, { itemId: 'item_id text NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE' });
}

interface SqliteShape {
  readonly itemId: string;
  /** Absent: the table has no meeting_id. */
  readonly meetingId?: string;
  /** How an existing row finds its meeting. */
  readonly meetingFrom?: string;
}

async function rebuildSqlite(db: Db, shape: SqliteShape): Promise<void> {
  await sql`PRAGMA foreign_keys = OFF`.execute(db);
  const { rows } = await sql<Record<string, number>>`PRAGMA foreign_keys`.execute(db);
  // Inside a transaction the pragma is ignored; dropping the table would then cascade into votes.
  // (The one column's name depends on the store's case plugin.)
  if (Object.values(rows[0] ?? {})[0] !== 0)
    throw new Error('0033 must run outside a transaction (foreign keys stay on)');
  await sql`SAVEPOINT rebuild_resolutions`.execute(db);
  try {
    await copyIntoNewTable(db, shape);
    const broken = await sql`PRAGMA foreign_key_check(resolutions)`.execute(db);
    if (broken.rows.length > 0) throw new Error(`0033 left ${broken.rows.length} broken foreign key(s)`);
    await sql`RELEASE rebuild_resolutions`.execute(db);
  } catch (error) {
    await sql`ROLLBACK TO rebuild_resolutions`.execute(db);
    await sql`RELEASE rebuild_resolutions`.execute(db);
    throw error;
  } finally {
    await sql`PRAGMA foreign_keys = ON`.execute(db);
  }
}

async function copyIntoNewTable(db: Db, shape: SqliteShape): Promise<void> {
  const kept = KEPT_COLUMNS.join(', ');
  // meeting_id last, where PostgreSQL's ADD COLUMN puts it: a backup lists the columns in the same order on both.
  const meetingColumn = shape.meetingId ? `, ${shape.meetingId}` : '';
  await sql`CREATE TABLE resolutions_next (
    id text PRIMARY KEY,
    ${sql.raw(shape.itemId)},
    position integer NOT NULL,
    label text,
    kind text NOT NULL,
    is_formal integer NOT NULL,
    text text NOT NULL,
    source_document_id text,
    motion_kind text, mover_id text, seconder_id text, vote_rule text, casting_vote text,
    outcome text, outcome_reason text, vote_membership integer${sql.raw(meetingColumn)})`.execute(db);
  const target = shape.meetingFrom ? `${kept}, item_id, meeting_id` : `${kept}, item_id`;
  const source = shape.meetingFrom ? `${kept}, item_id, ${shape.meetingFrom}` : `${kept}, item_id`;
  await sql`INSERT INTO resolutions_next (${sql.raw(target)}) SELECT ${sql.raw(source)} FROM resolutions`.execute(db);
  await sql`DROP TABLE resolutions`.execute(db);
  await sql`ALTER TABLE resolutions_next RENAME TO resolutions`.execute(db);
  await db.schema.createIndex('resolutions_item').on('resolutions').columns(['item_id', 'position']).execute();
  // The data version's triggers went with the old table.
  await trackChanges(db, 'resolutions');
}

import type { Kysely } from 'kysely';
import { trackChanges } from './0013-data-version.js';

/*
 * The forward plan and call-ins (issue 18 item 5): the executive's coming decisions with the
 * notice the 2012 Regulations require, and members' requests to call in a published decision.
 * Both are read by the public (the forward plan page, the decision notice page), so both bump
 * the data version.
 */

type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('forward_plan_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('decision_maker', 'text', (c) => c.notNull())
    .addColumn('expected_on', 'text', (c) => c.notNull())
    .addColumn('is_key', 'integer', (c) => c.notNull())
    .addColumn('notice_published_on', 'text')
    .addColumn('exempt_paragraph', 'integer')
    .addColumn('documents', 'text')
    .addColumn('late_notice', 'text')
    .addColumn('late_reasons', 'text')
    .addColumn('scrutiny_chair_on', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decision_notice_id', 'text', (c) => c.references('decision_notices.id').onDelete('set null'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('forward_plan_entries_expected')
    .on('forward_plan_entries')
    .columns(['expected_on', 'id'])
    .execute();
  await trackChanges(db, 'forward_plan_entries');

  await db.schema
    .createTable('call_in_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('decision_notice_id', 'text', (c) => c.notNull().references('decision_notices.id').onDelete('cascade'))
    .addColumn('requested_on', 'text', (c) => c.notNull())
    .addColumn('members', 'text', (c) => c.notNull())
    .addColumn('grounds', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('outcome_on', 'text')
    .addColumn('outcome_notes', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('call_in_requests_notice')
    .on('call_in_requests')
    .columns(['decision_notice_id', 'requested_on'])
    .execute();
  await trackChanges(db, 'call_in_requests');
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('call_in_requests').ifExists().execute();
  await db.schema.dropTable('forward_plan_entries').ifExists().execute();
}

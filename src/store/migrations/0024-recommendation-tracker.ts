import type { Kysely } from 'kysely';

/*
 * The recommendation tracker (issue 18 items 1, 2 and 7). Columns are only added, so readers of
 * the existing ones (digest, reports, open data) see what they saw before:
 * - recommendations: the committee (body_id, copied from the meeting so that a reference can be
 *   unique per committee) and its reference by municipal year (`2024/25-07`: reference_year and
 *   reference_number), given once and never renumbered; the decision maker's account that answers
 *   it (addressee_account_id); the committee's view of progress (rag: red, amber, green or
 *   paused); a version for optimistic locking, and when it last changed;
 * - recommendation_responses: who recorded a response (an account id, or null when imported).
 * Both tables were already tracked by the data version (they were made by 0001).
 */

type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema.alterTable('recommendations').addColumn('body_id', 'text').execute();
  await db.schema.alterTable('recommendations').addColumn('reference_year', 'text').execute();
  await db.schema.alterTable('recommendations').addColumn('reference_number', 'integer').execute();
  await db.schema
    .alterTable('recommendations')
    .addColumn('addressee_account_id', 'text', (c) => c.references('accounts.id').onDelete('set null'))
    .execute();
  await db.schema.alterTable('recommendations').addColumn('rag', 'text').execute();
  await db.schema
    .alterTable('recommendations')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable('recommendations').addColumn('updated_at', 'text').execute();
  await db.schema
    .createIndex('recommendations_reference')
    .unique()
    .on('recommendations')
    .columns(['body_id', 'reference_year', 'reference_number'])
    .execute();
  await db.schema
    .createIndex('recommendations_addressee')
    .on('recommendations')
    .column('addressee_account_id')
    .execute();
  await db.schema.alterTable('recommendation_responses').addColumn('recorded_by', 'text').execute();
  await db.schema
    .createIndex('recommendation_responses_recommendation')
    .on('recommendation_responses')
    .column('recommendation_id')
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropIndex('recommendation_responses_recommendation').ifExists().execute();
  await db.schema.alterTable('recommendation_responses').dropColumn('recorded_by').execute();
  await db.schema.dropIndex('recommendations_addressee').ifExists().execute();
  await db.schema.dropIndex('recommendations_reference').ifExists().execute();
  for (const column of [
    'updated_at',
    'version',
    'rag',
    'addressee_account_id',
    'reference_number',
    'reference_year',
    'body_id',
  ])
    await db.schema.alterTable('recommendations').dropColumn(column).execute();
}

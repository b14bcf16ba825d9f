import type { Kysely } from 'kysely';

/*
 * The weekly digest (issue 18): one row per clerk per ISO week, claimed before the mail is written,
 * so that running `quorum digest` twice in a week (cron retried, or run by hand as well) never
 * sends twice; the unique key holds even when two runs overlap. `sent_at` stays null while the
 * message waits in the outbox for SMTP (not configured, or it failed: the next run retries).
 */

type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('digest_deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('item_count', 'integer', (c) => c.notNull())
    .addColumn('written_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addUniqueConstraint('digest_deliveries_account_week', ['account_id', 'week'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('digest_deliveries').ifExists().execute();
}

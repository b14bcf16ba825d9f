import type { Kysely } from 'kysely';

/*
 * The authority's approvals of a member's reasons for not attending (section 85, Local Government
 * Act 1972): with one made in time, six months without attendance do not end a membership.
 */

type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('absence_approvals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('approved_on', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('until_on', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('absence_approvals_person').on('absence_approvals').column('person_id').execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('absence_approvals').ifExists().execute();
}

import type { TestProject } from 'vitest/node';
import { migrateToLatest } from '../../src/store/migrate.js';
import { openStore } from '../../src/store/openStore.js';
import { createPostgresDatabase, DIALECTS } from './testStores.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated PostgreSQL database that `testStore` copies (CREATE DATABASE ... TEMPLATE); null without one. */
    postgresTemplate: string | null;
  }
}

/**
 * Global setup: migrates one PostgreSQL database for the whole run, which each test's database
 * copies instead of migrating again, and drops it at the end. Without TEST_DATABASE_URL nothing is
 * made here: testStore then says what is missing, in the tests that need PostgreSQL.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  project.provide('postgresTemplate', null);
  if (!process.env.TEST_DATABASE_URL || !DIALECTS.includes('postgres')) return undefined;
  const { url, drop } = await createPostgresDatabase();
  const name = new URL(url).pathname.slice(1);
  try {
    const store = await openStore({ kind: 'postgres', url });
    try {
      await migrateToLatest(store);
    } finally {
      await store.close();
    }
  } catch (error) {
    await drop();
    throw error;
  }
  project.provide('postgresTemplate', name);
  return drop;
}

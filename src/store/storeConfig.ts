import path from 'node:path';
import { AppError } from '../domain/errors.js';

export type StoreConfig =
  | { readonly kind: 'sqlite'; readonly dataDir: string; readonly file: string }
  | { readonly kind: 'postgres'; readonly url: string };

/** The database Quorum uses, from the environment of CONVENTIONS.md: DATABASE_URL, else SQLite in QUORUM_DATA_DIR. */
export function storeConfigFromEnv(env: NodeJS.ProcessEnv, cwd = process.cwd()): StoreConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: 'postgres', url: validatePostgresUrl(url) };
  const dataDir = path.resolve(cwd, env.QUORUM_DATA_DIR?.trim() || 'data');
  return { kind: 'sqlite', dataDir, file: path.join(dataDir, 'quorum.sqlite') };
}

function validatePostgresUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError(
      'CONFIG_INVALID',
      `DATABASE_URL is not a URL: expected postgres://user:password@host:port/database`,
    );
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new AppError(
      'CONFIG_INVALID',
      `DATABASE_URL must start with postgres:// or postgresql:// (got ${parsed.protocol}//); unset it to use SQLite`,
    );
  }
  if (!parsed.hostname && !parsed.searchParams.get('host')) {
    throw new AppError(
      'CONFIG_INVALID',
      `DATABASE_URL names no host: expected postgres://user:password@host:port/database`,
    );
  }
  return url;
}

/** A URL fit for messages and logs: the password is never printed. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}

export function describeStore(config: StoreConfig): string {
  return config.kind === 'sqlite' ? `SQLite ${config.file}` : `PostgreSQL ${redactUrl(config.url)}`;
}

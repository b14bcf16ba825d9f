import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../domain/errors.js';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../app/importLimits.js';
import { REQUEST_LOG_FORMATS, type RequestLogFormat } from '../web/requestLog.js';

const ServeEnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  QUORUM_BASE_URL: z
    .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL such as https://democracy.example.gov.uk' })
    .optional(),
  QUORUM_UPLOAD_MAX_MB: z.coerce.number().positive().finite().optional(),
  QUORUM_REQUEST_LOG: z.enum(REQUEST_LOG_FORMATS).default('json'),
});

export interface ServeEnv {
  readonly port: number;
  readonly host: string;
  /** Absolute URL of the portal as the public reaches it, without a trailing slash; used in feeds and exports. */
  readonly baseUrl: string;
  /** QUORUM_DATA_DIR, resolved: uploaded papers go in its `uploads` folder. */
  readonly dataDir: string;
  /** QUORUM_UPLOAD_MAX_MB in bytes (default 20 MB). */
  readonly uploadMaxBytes: number;
  /** One line per request on standard output: `json` (default), `logfmt` or `off`. */
  readonly requestLog: RequestLogFormat;
}

/** PORT and HOST from CONVENTIONS.md, validated: a bad value is a configuration error, not a crash. */
export function serveEnvFrom(env: NodeJS.ProcessEnv): ServeEnv {
  const parsed = ServeEnvSchema.safeParse({
    PORT: env.PORT || undefined,
    HOST: env.HOST || undefined,
    QUORUM_BASE_URL: env.QUORUM_BASE_URL?.trim() || undefined,
    QUORUM_UPLOAD_MAX_MB: env.QUORUM_UPLOAD_MAX_MB?.trim() || undefined,
    QUORUM_REQUEST_LOG: env.QUORUM_REQUEST_LOG?.trim() || undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'CONFIG_INVALID',
      `${issue?.path.join('.') ?? 'environment'} is invalid: ${issue?.message ?? 'bad value'}`,
    );
  }
  const baseUrl = (parsed.data.QUORUM_BASE_URL ?? `http://localhost:${parsed.data.PORT}`).replace(/\/+$/, '');
  return {
    port: parsed.data.PORT,
    host: parsed.data.HOST,
    baseUrl,
    dataDir: path.resolve(env.QUORUM_DATA_DIR?.trim() || 'data'),
    uploadMaxBytes: Math.round((parsed.data.QUORUM_UPLOAD_MAX_MB ?? 20) * 1024 * 1024),
    requestLog: parsed.data.QUORUM_REQUEST_LOG,
  };
}

const MB = 1024 * 1024;
const positive = z.coerce.number().positive().finite();
const count = z.coerce.number().int().positive();

/** README "Bounded import": each variable, its unit and default. */
const ImportEnvSchema = z.object({
  QUORUM_IMPORT_MAX_MB: positive.optional(),
  QUORUM_IMPORT_MAX_TEXT_CHARS: count.optional(),
  QUORUM_IMPORT_MAX_PAGES: count.optional(),
  QUORUM_IMPORT_MAX_PDF_STREAM_MB: positive.optional(),
  QUORUM_IMPORT_MAX_PDF_DECODED_MB: positive.optional(),
  QUORUM_IMPORT_TIMEOUT_SECONDS: positive.optional(),
  QUORUM_IMPORT_MAX_PARSE_MEMORY_MB: z.coerce.number().int().min(32).optional(),
});

/** The import limits, defaults overridden by the QUORUM_IMPORT_* variables; a bad value is a configuration error. */
export function importLimitsFrom(env: NodeJS.ProcessEnv): ImportLimits {
  const raw = Object.fromEntries(Object.keys(ImportEnvSchema.shape).map((k) => [k, env[k]?.trim() || undefined]));
  const parsed = ImportEnvSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'CONFIG_INVALID',
      `${issue?.path.join('.') ?? 'environment'} is invalid: ${issue?.message ?? 'bad value'}`,
    );
  }
  const e = parsed.data;
  const d = DEFAULT_IMPORT_LIMITS;
  const bytes = (mb: number | undefined, fallback: number): number =>
    mb === undefined ? fallback : Math.round(mb * MB);
  return {
    maxBytes: bytes(e.QUORUM_IMPORT_MAX_MB, d.maxBytes),
    maxTextChars: e.QUORUM_IMPORT_MAX_TEXT_CHARS ?? d.maxTextChars,
    maxPdfPages: e.QUORUM_IMPORT_MAX_PAGES ?? d.maxPdfPages,
    maxPdfStreamBytes: bytes(e.QUORUM_IMPORT_MAX_PDF_STREAM_MB, d.maxPdfStreamBytes),
    maxPdfDecodedBytes: bytes(e.QUORUM_IMPORT_MAX_PDF_DECODED_MB, d.maxPdfDecodedBytes),
    timeoutMs:
      e.QUORUM_IMPORT_TIMEOUT_SECONDS === undefined ? d.timeoutMs : Math.round(e.QUORUM_IMPORT_TIMEOUT_SECONDS * 1000),
    maxParseMemoryBytes: bytes(e.QUORUM_IMPORT_MAX_PARSE_MEMORY_MB, d.maxParseMemoryBytes),
  };
}

const MailEnvSchema = z.object({
  QUORUM_SMTP_URL: z
    .url({
      protocol: /^smtps?$/,
      error: 'must be an smtp:// or smtps:// URL such as smtp://user:pass@mail.example:587',
    })
    .optional(),
  QUORUM_MAIL_FROM: z
    .string()
    .regex(/^(?:[^<>\r\n]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/, {
      error: 'must be an address, or a name and <address>, such as Democratic Services <democracy@council.example>',
    })
    .optional(),
});

export interface MailEnv {
  /** QUORUM_SMTP_URL: where mail is sent; null: written to the outbox only. */
  readonly smtpUrl: string | null;
  /** QUORUM_MAIL_FROM; when unset the council's contact_email, else quorum@<host of QUORUM_BASE_URL>. */
  readonly mailFrom: string | undefined;
  /** `<QUORUM_DATA_DIR>/outbox`: every message is written there as an .eml file. */
  readonly outboxDir: string;
}

/** The mail settings of `quorum digest`; a bad value is a configuration error naming the variable. */
export function mailEnvFrom(env: NodeJS.ProcessEnv): MailEnv {
  const parsed = MailEnvSchema.safeParse({
    QUORUM_SMTP_URL: env.QUORUM_SMTP_URL?.trim() || undefined,
    QUORUM_MAIL_FROM: env.QUORUM_MAIL_FROM?.trim() || undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'CONFIG_INVALID',
      `${issue?.path.join('.') ?? 'environment'} is invalid: ${issue?.message ?? 'bad value'}`,
    );
  }
  return {
    smtpUrl: parsed.data.QUORUM_SMTP_URL ?? null,
    mailFrom: parsed.data.QUORUM_MAIL_FROM,
    outboxDir: path.join(path.resolve(env.QUORUM_DATA_DIR?.trim() || 'data'), 'outbox'),
  };
}

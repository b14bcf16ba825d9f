import { z } from 'zod';
import { AppError } from '../domain/errors.js';

const ServeEnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  QUORUM_BASE_URL: z
    .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL such as https://democracy.example.gov.uk' })
    .optional(),
});

export interface ServeEnv {
  readonly port: number;
  readonly host: string;
  /** Absolute URL of the portal as the public reaches it, without a trailing slash; used in feeds and exports. */
  readonly baseUrl: string;
}

/** PORT and HOST from CONVENTIONS.md, validated: a bad value is a configuration error, not a crash. */
export function serveEnvFrom(env: NodeJS.ProcessEnv): ServeEnv {
  const parsed = ServeEnvSchema.safeParse({
    PORT: env.PORT || undefined,
    HOST: env.HOST || undefined,
    QUORUM_BASE_URL: env.QUORUM_BASE_URL?.trim() || undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'CONFIG_INVALID',
      `${issue?.path.join('.') ?? 'environment'} is invalid: ${issue?.message ?? 'bad value'}`,
    );
  }
  const baseUrl = (parsed.data.QUORUM_BASE_URL ?? `http://localhost:${parsed.data.PORT}`).replace(/\/+$/, '');
  return { port: parsed.data.PORT, host: parsed.data.HOST, baseUrl };
}

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import { AppError } from '../domain/errors.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  'quorum.css': 'text/css; charset=utf-8',
  'govuk-frontend.min.js': 'text/javascript; charset=utf-8',
  'quorum.mjs': 'text/javascript; charset=utf-8',
  'agendaOrder.mjs': 'text/javascript; charset=utf-8',
  'favicon.svg': 'image/svg+xml',
};

interface Asset {
  readonly bytes: Buffer;
  readonly contentType: string;
  readonly etag: string;
}

/** src/web and dist/web are both two levels below the package root, so this works from either. */
export function builtAssetsDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'web', 'assets');
}

/** Reads the built assets once; a missing build is a configuration problem with one clear line. */
export function loadStaticAssets(dir: string = builtAssetsDir()): ReadonlyMap<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const [name, contentType] of Object.entries(CONTENT_TYPES)) {
    const file = path.join(dir, name);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      throw new AppError('CONFIG_INVALID', `${file}: the portal's built assets are missing; run \`npm run build\``);
    }
    assets.set(name, {
      bytes,
      contentType,
      etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 22)}"`,
    });
  }
  return assets;
}

/** Serves /assets/{name} from memory with validators, so repeat visits cost a 304. */
export function registerStaticAssets(app: Hono, assets: ReadonlyMap<string, Asset>): void {
  app.get('/assets/:name', (c) => {
    const asset = assets.get(c.req.param('name'));
    if (!asset) return c.notFound();
    c.header('Cache-Control', 'public, max-age=3600');
    c.header('ETag', asset.etag);
    if (c.req.header('If-None-Match') === asset.etag) return c.body(null, 304);
    return c.body(new Uint8Array(asset.bytes), 200, { 'Content-Type': asset.contentType });
  });
}

import type { createApp } from '../../../src/web/app.js';

export const ORIGIN = 'http://localhost';
/** A cheap scrypt cost for tests: the real cost is tested once, in passwordHash.test.ts. */
export const CHEAP = { cost: { log2N: 10, r: 8, p: 1 } };

/** A browser's cookie jar, enough for one site. */
export class Browser {
  readonly cookies = new Map<string, string>();
  constructor(private readonly app: ReturnType<typeof createApp>) {}

  async request(
    path: string,
    init: {
      method?: string;
      form?: Record<string, string>;
      multipart?: FormData;
      origin?: string | null;
      /** The page a form was on, as a browser sends it (Referer). */
      referer?: string;
    } = {},
  ) {
    const headers: Record<string, string> = {};
    if (init.referer) headers.referer = `${ORIGIN}${init.referer}`;
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (init.origin !== null && init.method === 'POST') headers.origin = init.origin ?? ORIGIN;
    const body = init.multipart ?? (init.form ? new URLSearchParams(init.form) : undefined);
    if (init.form && !init.multipart) headers['content-type'] = 'application/x-www-form-urlencoded';
    const res = await this.app.request(`${ORIGIN}${path}`, { method: init.method ?? 'GET', headers, body });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = pair!.split('=');
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name!);
      else this.cookies.set(name!, value!);
    }
    return res;
  }

  /** The CSRF token of the form on a page. */
  async tokenOn(path: string): Promise<string> {
    const html = await (await this.request(path)).text();
    return /name="csrf_token" value="([^"]+)"/.exec(html)![1]!;
  }

  /**
   * The hidden fields (the CSRF token, a row's version) of the form on `path` that posts to
   * `action`, as a browser would send them: what a clerk's page carries when they press Save.
   */
  async hiddenFields(path: string, action: string): Promise<Record<string, string>> {
    const html = await (await this.request(path)).text();
    const quoted = action.replace(/&/g, '&amp;').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const form = new RegExp(`<form[^>]*action="${quoted}"[^>]*>([\\s\\S]*?)</form>`).exec(html);
    if (!form) throw new Error(`no form posting to ${action} on ${path}`);
    const fields: Record<string, string> = {};
    for (const input of form[1]!.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
      const name = /name="([^"]*)"/.exec(input[0])?.[1];
      const value = /value="([^"]*)"/.exec(input[0])?.[1];
      if (name !== undefined) fields[name] = value ?? '';
    }
    return fields;
  }

  async signIn(email: string, password: string) {
    const csrf = await this.tokenOn('/login');
    return this.request('/login', { method: 'POST', form: { csrf_token: csrf, email, password, next: '/workspace' } });
  }
}

import { timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { deactivateAccount, inviteUser, listAccounts, setAccountRole } from '../../app/accounts/accountAdmin.js';
import {
  claimNewestKeptForm,
  keepForm,
  keepFormOfEarlierSession,
  keptFormPage,
  takeKeptForm,
  type KeptFields,
} from '../../app/accounts/keptForms.js';
import { newToken } from '../../app/accounts/secretToken.js';
import { resolveSession, signInWithLink, signInWithPassword, signOut } from '../../app/accounts/sessions.js';
import { emailSchema, SESSION_ABSOLUTE_DAYS } from '../../domain/account.js';
import { AppError } from '../../domain/errors.js';
import { DEFAULT_UPLOAD_MAX_BYTES } from '../../app/agenda/agendaPapers.js';
import type { PaperFiles } from '../../store/files/paperFiles.js';
import type { Store } from '../../store/store.js';
import type { Html } from '../pages/html.js';
import { LoginThrottle } from './loginThrottle.js';
import { comesFromThisSite } from './requestOrigin.js';
import type { WorkspaceEnv } from './workspaceEnv.js';
import { adminOnly } from './workspaceGuards.js';
import { refillForm } from './keptWork/refillForm.js';
import { WORKSPACE_SECTIONS } from './workspaceSections.js';
import { AccountsPage, InvitedPage, LinkSignInPage, LoginPage, WorkspaceHomePage } from './workspacePages.js';
import type { FieldError } from './forms/formFields.js';

const SESSION_COOKIE = 'quorum_session';
/** Before a session exists, the login form's CSRF token is a double-submit cookie. */
const LOGIN_COOKIE = 'quorum_login';
/** Between sign-in and the page it leads to: the token of work kept when the last session ended. */
const KEPT_COOKIE = 'quorum_kept';
const TOKEN = /^[\w-]{43}$/;

export interface WorkspaceOptions {
  /** The portal's public origin(s) (from QUORUM_BASE_URL), accepted as a form's Origin besides the request's own. */
  readonly allowedOrigins?: readonly string[];
  readonly throttle?: LoginThrottle;
  readonly now?: () => Date;
  /** Uploaded papers, kept by hash under the data folder. */
  readonly files: PaperFiles;
  readonly uploadMaxBytes?: number;
}

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:';
}

/** Only a path on this site: `//evil.example` and `https://…` are not followed after sign-in. */
function safeNext(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : '/workspace';
}

/** A page in the council's frame (`c.render`) with a status other than 200. */
function withStatus(c: Context, status: 400 | 401 | 429, page: Html): Response | Promise<Response> {
  c.status(status);
  return c.render(page);
}

/** A form's text fields as posted (files and other parts left out). */
function textFields(body: Record<string, unknown>): KeptFields {
  const fields: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(body)) {
    const texts = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
    if (texts.length > 0) fields[name] = texts;
  }
  return fields;
}

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Sign-in, sign-out and the signed-in pages. Every state-changing request is checked twice for
 * forgery (its Origin, and the session's synchronizer token in the form); signed-in pages send
 * the public to /login (303) and refuse a write without a session (401) or of the wrong role (403).
 */
export function registerWorkspaceRoutes(app: Hono, store: Store, options: WorkspaceOptions): void {
  const throttle = options.throttle ?? new LoginThrottle();
  const now = options.now ?? ((): Date => new Date());
  const allowed = options.allowedOrigins ?? [];
  const w = new Hono<WorkspaceEnv>();

  const loginToken = (c: Context): string => {
    const existing = getCookie(c, LOGIN_COOKIE);
    if (existing && TOKEN.test(existing)) return existing;
    const token = newToken();
    setCookie(c, LOGIN_COOKIE, token, { httpOnly: true, sameSite: 'Lax', secure: isHttps(c), path: '/login' });
    return token;
  };
  const loginFormIsGenuine = (c: Context, field: unknown): boolean =>
    comesFromThisSite(c, allowed) &&
    sameToken(getCookie(c, LOGIN_COOKIE), typeof field === 'string' ? field : undefined);
  const startSession = (c: Context, token: string): void => {
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: isHttps(c),
      path: '/',
      // A day longer than the session: a form sent just after it ended still names whose it was,
      // so what it carried can be kept for them (the server refuses the ended session all the same).
      maxAge: (SESSION_ABSOLUTE_DAYS + 1) * 86_400,
    });
    deleteCookie(c, LOGIN_COOKIE, { path: '/login' });
  };

  const giveKeptBack = (c: Context, token: string, page: string): Response => {
    setCookie(c, KEPT_COOKIE, token, { httpOnly: true, sameSite: 'Lax', secure: isHttps(c), path: '/', maxAge: 600 });
    return c.redirect(page, 303);
  };

  /**
   * Kept work goes back only to the account that typed it, on the page it was typed on: the one
   * this sign-in page holds the token of, or else (signed in again from another tab) their newest.
   */
  const afterSignIn = async (c: Context, accountId: string, kept: string | undefined, next: string) => {
    const at = now().toISOString();
    const keptPage = kept && (await keptFormPage(store, kept, accountId, at));
    if (kept && keptPage) return giveKeptBack(c, kept, keptPage);
    const waiting = await claimNewestKeptForm(store, accountId, at);
    if (waiting) return giveKeptBack(c, waiting.token, waiting.pagePath);
    return c.redirect(next, 303);
  };

  w.get('/login', (c) => c.render(<LoginPage csrfToken={loginToken(c)} next={safeNext(c.req.query('next'))} />));

  w.post('/login', async (c) => {
    const form = await c.req.parseBody();
    if (!loginFormIsGenuine(c, form.csrf_token))
      return c.text('This form has expired: reload the page and try again', 403);
    const email = typeof form.email === 'string' ? form.email : '';
    const password = typeof form.password === 'string' ? form.password : '';
    const next = safeNext(form.next);
    const kept = typeof form.kept === 'string' && TOKEN.test(form.kept) ? form.kept : undefined;
    const page = (errors: FieldError[], status: 400 | 401 | 429): Response | Promise<Response> =>
      withStatus(
        c,
        status,
        <LoginPage csrfToken={loginToken(c)} next={next} email={email} errors={errors} kept={kept} />,
      );
    const errors: FieldError[] = [];
    const address = emailSchema.safeParse(email);
    if (!address.success) errors.push({ field: 'email', message: 'Enter your email address, like name@example.org' });
    if (!password) errors.push({ field: 'password', message: 'Enter your password' });
    if (!address.success || !password) return page(errors, 400);
    const ip = clientAddress(c);
    const wait = throttle.retryAfter(address.data, ip, now().getTime());
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return page(
        [{ field: 'email', message: `Too many attempts: try again in ${Math.ceil(wait / 60)} minutes` }],
        429,
      );
    }
    const result = await signInWithPassword(store, address.data, password, now().toISOString());
    if (!result.ok) {
      throttle.failed(address.data, ip, now().getTime());
      return page([{ field: 'email', message: result.problem }], 401);
    }
    throttle.succeeded(address.data);
    startSession(c, result.signedIn.sessionToken);
    return afterSignIn(c, result.signedIn.account.id, kept, next);
  });

  w.get('/login/link/:token', (c) =>
    c.render(<LinkSignInPage csrfToken={loginToken(c)} token={c.req.param('token')} />),
  );

  w.post('/login/link/:token', async (c) => {
    const form = await c.req.parseBody();
    if (!loginFormIsGenuine(c, form.csrf_token))
      return c.text('This form has expired: reload the page and try again', 403);
    const result = await signInWithLink(store, c.req.param('token'), now().toISOString());
    if (!result.ok)
      return withStatus(
        c,
        400,
        <LinkSignInPage csrfToken={loginToken(c)} token={c.req.param('token')} problem={result.problem} />,
      );
    startSession(c, result.signedIn.sessionToken);
    return afterSignIn(c, result.signedIn.account.id, undefined, '/workspace');
  });

  /** The same-site page a form was sent from (its Referer), else the address it was sent to. */
  const pageOf = (c: Context): string => {
    try {
      const from = new URL(c.req.header('referer') ?? '');
      const here = new URL(c.req.url).origin;
      if ((from.origin === here || allowed.includes(from.origin)) && from.pathname.startsWith('/workspace'))
        return from.pathname + from.search;
    } catch {
      // No Referer, or not a URL: the form's own address will do.
    }
    return c.req.path;
  };

  /**
   * A form sent to the workspace after its session ended: what it carried is kept for the
   * account it came from (keptForms.ts) and the sign-in page says so; nothing is saved.
   */
  const signInAgain = async (c: Context, sessionToken: string | undefined): Promise<Response> => {
    if (!sessionToken || !c.req.path.startsWith('/workspace/') || !comesFromThisSite(c, allowed))
      return c.text('Sign in first', 401);
    const body = await c.req.parseBody({ all: true });
    const csrf = body.csrf_token;
    const pagePath = pageOf(c);
    const result = await keepForm(
      store,
      {
        sessionToken,
        csrfToken: typeof csrf === 'string' ? csrf : '',
        pagePath,
        action: c.req.path,
        fields: textFields(body),
      },
      now().toISOString(),
    );
    return withStatus(
      c,
      401,
      <LoginPage
        csrfToken={loginToken(c)}
        next={pagePath}
        kept={result.kept ? result.token : undefined}
        sessionEnded={result.kept ? 'kept' : result.reason === 'nothing-typed' ? undefined : 'not-kept'}
      />,
    );
  };

  /** After `next()`: the page that a kept form was on, with what was typed put back in it. */
  const giveBack = async (c: Context, keptToken: string, accountId: string): Promise<void> => {
    const at = now().toISOString();
    if ((await keptFormPage(store, keptToken, accountId, at)) !== c.req.path + (new URL(c.req.url).search || ''))
      return;
    const kept = await takeKeptForm(store, keptToken, accountId, at);
    deleteCookie(c, KEPT_COOKIE, { path: '/' });
    if (!kept || c.res.status !== 200 || !c.res.headers.get('content-type')?.startsWith('text/html')) return;
    const type = c.res.headers.get('content-type')!;
    const html = refillForm(await c.res.text(), kept);
    // Hono carries the other headers (cookies, no-store, security) over from the response replaced.
    c.res = new Response(html, { status: 200, headers: { 'content-type': type } });
    c.res.headers.delete('content-length');
  };

  const signedIn: MiddlewareHandler<WorkspaceEnv> = async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await resolveSession(store, token, now().toISOString()) : null;
    const reading = c.req.method === 'GET' || c.req.method === 'HEAD';
    if (!session) {
      if (reading) return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
      return signInAgain(c, token);
    }
    if (!reading) {
      const form = await c.req.parseBody();
      const field = typeof form.csrf_token === 'string' ? form.csrf_token : undefined;
      if (!comesFromThisSite(c, allowed)) return c.text('This form has expired: reload the page and try again', 403);
      if (!sameToken(field, session.csrfToken)) {
        // A form from a tab opened in an earlier session of this account (they signed in again in
        // another tab): nothing is saved, but what it carried comes back on its page to save again.
        if (!c.req.path.startsWith('/workspace/') || !field)
          return c.text('This form has expired: reload the page and try again', 403);
        const body = await c.req.parseBody({ all: true });
        const result = await keepFormOfEarlierSession(
          store,
          {
            accountId: session.account.id,
            csrfToken: field,
            pagePath: pageOf(c),
            action: c.req.path,
            fields: textFields(body),
          },
          now().toISOString(),
        );
        if (!result.kept) return c.text('This form has expired: reload the page and try again', 403);
        return giveKeptBack(c, result.token, pageOf(c));
      }
    }
    c.set('account', session.account);
    c.set('csrfToken', session.csrfToken);
    c.header('Cache-Control', 'no-store');
    await next();
    const keptToken = reading ? getCookie(c, KEPT_COOKIE) : undefined;
    if (keptToken && TOKEN.test(keptToken)) await giveBack(c, keptToken, session.account.id);
  };

  w.use('/logout', signedIn);
  w.use('/workspace', signedIn);
  w.use('/workspace/*', signedIn);
  w.use('/admin/*', signedIn, adminOnly);

  w.post('/logout', async (c) => {
    await signOut(store, getCookie(c, SESSION_COOKIE)!, now().toISOString());
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/', 303);
  });

  const deps = {
    store,
    now,
    allowedOrigins: allowed,
    files: options.files,
    uploadMaxBytes: options.uploadMaxBytes ?? DEFAULT_UPLOAD_MAX_BYTES,
  };
  const links = WORKSPACE_SECTIONS.flatMap((s) => s.homeLinks ?? []);
  w.get('/workspace', async (c) => {
    const account = c.get('account');
    const panels = await Promise.all(WORKSPACE_SECTIONS.map((s) => s.homePanel?.(account, deps) ?? null));
    return c.render(
      <WorkspaceHomePage
        account={account}
        csrfToken={c.get('csrfToken')}
        links={links}
        panels={panels.filter((p) => p !== null)}
      />,
    );
  });

  w.get('/admin/accounts', async (c) =>
    c.render(
      <AccountsPage
        accounts={await listAccounts(store, c.get('account'))}
        csrfToken={c.get('csrfToken')}
        self={c.get('account')}
      />,
    ),
  );

  w.post('/admin/accounts', async (c) => {
    const form = await c.req.parseBody();
    const invite = { email: String(form.email ?? ''), role: String(form.role ?? '') };
    try {
      const added = await inviteUser(store, c.get('account'), invite, now().toISOString());
      const origin = allowed[0] ?? new URL(c.req.url).origin;
      return c.render(<InvitedPage email={added.account.email} link={`${origin}/login/link/${added.signInToken}`} />);
    } catch (error) {
      if (!(error instanceof AppError) || !['INPUT_INVALID', 'CONFLICT', 'NOT_FOUND'].includes(error.code)) throw error;
      const accounts = await listAccounts(store, c.get('account'));
      return withStatus(
        c,
        400,
        <AccountsPage
          accounts={accounts}
          csrfToken={c.get('csrfToken')}
          self={c.get('account')}
          invite={invite}
          errors={[{ field: 'email', message: error.message.charAt(0).toUpperCase() + error.message.slice(1) }]}
        />,
      );
    }
  });

  w.post('/admin/accounts/:id/role', async (c) => {
    const form = await c.req.parseBody();
    await setAccountRole(store, c.get('account'), c.req.param('id'), String(form.role ?? ''), now().toISOString());
    return c.redirect('/admin/accounts', 303);
  });

  w.post('/admin/accounts/:id/deactivate', async (c) => {
    await deactivateAccount(store, c.get('account'), c.req.param('id'), now().toISOString());
    return c.redirect('/admin/accounts', 303);
  });

  for (const section of WORKSPACE_SECTIONS) section.register(w, deps);

  app.route('/', w as unknown as Hono);
}

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { addUser } from '../../../src/app/accounts/addUser.js';
import { stableId } from '../../../src/domain/ids.js';
import type { Store } from '../../../src/store/store.js';
import { createApp } from '../../../src/web/app.js';
import { Browser, CHEAP } from './browser.js';

/** A Thursday: five clear working days before it end on Wednesday 10 March 2027. */
export const MEETING_DATE = '2027-03-18';
export const ON_TIME = new Date('2027-03-01T10:00:00Z');
export const LATE = new Date('2027-03-15T10:00:00Z');

/** A small real PDF of our own making, saying `words` on each of `pages` pages. */
export async function makePdf(words: string, pages = 1, title = words): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.setTitle(title);
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]).drawText(words, { x: 50, y: 780, size: 12, font });
  return doc.save();
}

/** Two bodies (one scrutiny), a scheduled meeting of each, and accounts: admin, a clerk of each body, a councillor. */
export async function seedAgendaWorld(store: Store): Promise<{ meetingId: string; otherMeetingId: string }> {
  const now = '2027-01-04T09:00:00.000Z';
  const ids = await store.transaction(async (repos) => {
    const scrutiny = await repos.bodies.ensure('Harbourside Overview and Scrutiny Committee', undefined, now);
    const planning = await repos.bodies.ensure('Planning Committee', undefined, now);
    const meeting = (bodyId: string) => ({
      id: stableId('meeting', bodyId, MEETING_DATE),
      bodyId,
      date: MEETING_DATE,
      startTime: '18:30',
      startedAt: null,
      endedAt: null,
      venue: 'Council Chamber',
      isRemote: false,
      streamUrl: null,
      status: 'scheduled' as const,
      contactName: null,
      contactEmail: null,
      contactPhone: null,
      municipalYear: '2026/27',
      createdAt: now,
      updatedAt: now,
      revision: 0,
    });
    const a = meeting(scrutiny.id);
    const b = meeting(planning.id);
    await repos.meetings.save(a);
    await repos.meetings.save(b);
    return { meetingId: a.id, otherMeetingId: b.id, scrutinySlug: scrutiny.slug, planningSlug: planning.slug };
  });
  const users: [string, string, string[]][] = [
    ['admin@council.example', 'admin', []],
    ['clerk@council.example', 'clerk', [ids.scrutinySlug]],
    ['planning.clerk@council.example', 'clerk', [ids.planningSlug]],
    ['cllr@council.example', 'councillor', []],
  ];
  for (const [email, role, bodySlugs] of users)
    await addUser(store, { email, role, bodySlugs, password: 'correct horse' }, 'cli:test', CHEAP);
  return { meetingId: ids.meetingId, otherMeetingId: ids.otherMeetingId };
}

export interface AgendaApp {
  readonly app: ReturnType<typeof createApp>;
  readonly dataDir: string;
  readonly clock: { now: Date };
}

export async function agendaApp(store: Store, options: { uploadMaxBytes?: number } = {}): Promise<AgendaApp> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'quorum-agenda-'));
  const clock = { now: ON_TIME };
  const app = createApp(store, {
    dataDir,
    uploadMaxBytes: options.uploadMaxBytes,
    now: () => clock.now,
    today: () => clock.now.toISOString().slice(0, 10),
    baseUrl: 'https://council.example',
  });
  return { app, dataDir, clock };
}

/** A signed-in clerk driving the agenda pages through their forms. */
export class Clerk {
  readonly browser: Browser;
  constructor(
    app: ReturnType<typeof createApp>,
    readonly meetingId: string,
  ) {
    this.browser = new Browser(app);
  }

  get agenda(): string {
    return `/workspace/meetings/${this.meetingId}/agenda`;
  }

  async signIn(email = 'clerk@council.example'): Promise<this> {
    await this.browser.signIn(email, 'correct horse');
    return this;
  }

  /** The page's CSRF token and the agenda version its forms carry. */
  async formState(path = this.agenda): Promise<{ csrf: string; version: string; html: string }> {
    const html = await (await this.browser.request(path)).text();
    return {
      html,
      csrf: /name="csrf_token" value="([^"]+)"/.exec(html)![1]!,
      version: /name="version" value="(\d+)"/.exec(html)?.[1] ?? '0',
    };
  }

  async post(path: string, form: Record<string, string>, state?: { csrf: string; version: string }) {
    const s = state ?? (await this.formState());
    return this.browser.request(path, { method: 'POST', form: { csrf_token: s.csrf, version: s.version, ...form } });
  }

  async start() {
    const { csrf } = await this.formState();
    return this.browser.request(`${this.agenda}/start`, { method: 'POST', form: { csrf_token: csrf } });
  }

  async addItem(title: string, extra: Record<string, string> = {}) {
    return this.post(`${this.agenda}/items`, { title, description: '', exemptParagraph: '', ...extra });
  }

  /** Item ids and titles in agenda order, with their shown numbers, from the agenda page. */
  async items(): Promise<{ id: string; number: string; title: string }[]> {
    const html = await (await this.browser.request(this.agenda)).text();
    return [
      ...html.matchAll(
        /data-item-id="([^"]+)"><td class="govuk-table__cell">([^<]+)[^]*?<a class="govuk-link" href="[^"]+">([^<]+)<\/a>/g,
      ),
    ].map((m) => ({ id: m[1]!, number: m[2]!.trim(), title: m[3]! }));
  }

  async move(itemId: string, direction: 'up' | 'down') {
    return this.post(`${this.agenda}/items/${itemId}/move`, { direction });
  }

  async upload(itemId: string, bytes: Uint8Array, paperTitle: string, fileName = 'report.pdf') {
    const path = `${this.agenda}/items/${itemId}`;
    const { csrf, version } = await this.formState(path);
    const form = new FormData();
    form.set('csrf_token', csrf);
    form.set('version', version);
    form.set('paperTitle', paperTitle);
    form.set('paperKind', 'report');
    form.set('file', new File([new Uint8Array(bytes)], fileName, { type: 'application/pdf' }));
    return this.browser.request(`${path}/papers`, { method: 'POST', multipart: form });
  }

  async publish(form: Record<string, string> = {}) {
    const state = await this.formState(`${this.agenda}/publish`);
    return this.post(`${this.agenda}/publish`, { lateReason: '', notice: '', ...form }, state);
  }
}

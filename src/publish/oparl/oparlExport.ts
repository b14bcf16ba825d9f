import type { Store } from '../../store/openStore.js';
import type { ExportFormat, ExportOptions } from '../exportFormat.js';
import { writeText } from '../streamText.js';
import { getBody, getSystem, meetings, organizations, papers, people } from './oparlCatalogue.js';
import { documentInfos } from './oparlRows.js';
import { toFile } from './oparlMappers.js';
import type { OparlFile, OparlMeeting, OparlPaper } from './oparlObject.js';
import { OparlUrls } from './oparlUrls.js';

const BATCH = 200;

/** Writes `"key":[...]` from batches read one after another, so memory holds one batch at a time. */
async function writeArray<T>(
  out: NodeJS.WritableStream,
  key: string,
  read: (offset: number, limit: number) => Promise<T[]>,
  seen?: (item: T) => void,
): Promise<void> {
  await writeText(out, `,\n${JSON.stringify(key)}:[`);
  let first = true;
  for (let offset = 0; ; offset += BATCH) {
    const batch = await read(offset, BATCH);
    for (const item of batch) {
      seen?.(item);
      await writeText(out, `${first ? '\n' : ',\n'}${JSON.stringify(item)}`);
      first = false;
    }
    if (batch.length < BATCH) break;
  }
  await writeText(out, '\n]');
}

function filesOf(value: OparlMeeting | OparlPaper, into: Set<string>, urls: OparlUrls): void {
  const prefix = urls.file('');
  const add = (f: OparlFile | undefined): void => {
    if (f) into.add(f.id.slice(prefix.length));
  };
  if ('agendaItem' in value) {
    value.auxiliaryFile.forEach(add);
    value.agendaItem.forEach((i) => i.auxiliaryFile.forEach(add));
  } else add(value.mainFile);
}

/**
 * The whole record (or one body's) as one OParl 1.1 JSON document: the system and body objects,
 * then arrays of every organization, person, meeting (agenda items embedded), paper and file,
 * each object exactly as `/oparl/v1` serves it. Exempt items are absent, as they are there.
 */
async function writeOparl(store: Store, options: ExportOptions, out: NodeJS.WritableStream): Promise<void> {
  const db = store.db;
  const urls = new OparlUrls(options.baseUrl);
  const [orgOfSlug] = options.bodySlug ? await organizations(db, urls, { slug: options.bodySlug }) : [];
  if (options.bodySlug && !orgOfSlug) throw new Error(`no body with slug ${options.bodySlug}`);
  const bodyId = orgOfSlug ? orgOfSlug.id.slice(urls.organization('').length) : undefined;
  const fileIds = new Set<string>();
  const personIds = new Set<string>();
  await writeText(
    out,
    `{"system":${JSON.stringify(await getSystem(db, urls))},\n"body":${JSON.stringify(await getBody(db, urls))}`,
  );
  await writeArray(out, 'organization', (offset, limit) =>
    orgOfSlug ? Promise.resolve(offset === 0 ? [orgOfSlug] : []) : organizations(db, urls, { offset, limit }),
  );
  await writeArray(
    out,
    'meeting',
    (offset, limit) => meetings(db, urls, { offset, limit, bodyId }),
    (m) => {
      filesOf(m, fileIds, urls);
      m.participant.forEach((p) => personIds.add(p.slice(urls.person('').length)));
    },
  );
  const paperFilter = (p: OparlPaper): boolean => !bodyId || p.underDirectionOf.includes(urls.organization(bodyId));
  await writeArray(
    out,
    'paper',
    async (offset, limit) => (await papers(db, urls, { offset, limit })).filter(paperFilter),
    (p) => filesOf(p, fileIds, urls),
  );
  await writeArray(out, 'person', (offset, limit) =>
    bodyId
      ? offset === 0
        ? people(db, urls, { ids: [...personIds] })
        : Promise.resolve([])
      : people(db, urls, { offset, limit }),
  );
  const ids = bodyId
    ? [...fileIds]
    : (await db.selectFrom('documents').select('id').orderBy('id').execute()).map((d) => d.id);
  await writeArray(out, 'file', async (offset, limit) => {
    const slice = ids.slice(offset, offset + limit);
    const docs = await documentInfos(db, slice);
    return slice.flatMap((id) => {
      const d = docs.get(id);
      return d ? [toFile(urls, d)] : [];
    });
  });
  await writeText(out, '\n}\n');
}

export const oparlExportFormat: ExportFormat = {
  name: 'oparl',
  mediaType: 'application/json',
  fileExtension: 'json',
  fileName: 'oparl.json',
  description: 'OParl 1.1: every organization, person, meeting, agenda item, paper and file in one JSON document',
  write: writeOparl,
};

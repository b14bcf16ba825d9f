import { AppError } from '../../domain/errors.js';
import type { CatalogueScope } from '../../store/public/catalogue/catalogueRequest.js';
import type { PublicReads } from '../../store/public/publicReads.js';
import { writeText } from '../streamText.js';
import { OparlCatalogue } from './oparlCatalogue.js';
import { toFile } from './oparlMappers.js';
import { OparlUrls } from './oparlUrls.js';

/**
 * What `quorum export --format oparl` and `/exports/oparl.json` ask for: the shape of the registry's
 * `ExportOptions`, spelt here so that this format does not import the registry that lists it.
 */
export interface OparlExportOptions {
  /** Only this body's records; absent means the whole record. */
  readonly bodySlug?: string;
  /** Absolute URL of the portal, no trailing slash: every OParl id is built on it. */
  readonly baseUrl: string;
}

/** Meetings embed their items, papers and files: a smaller batch than other lists keeps each read modest. */
const MEETINGS_PER_BATCH = 200;

/** Writes `"key":[...]` from pages read one after another, so memory holds one page at a time. */
async function writeArray<R, O>(
  out: NodeJS.WritableStream,
  key: string,
  pages: AsyncIterable<readonly R[]>,
  present: (rows: readonly R[]) => Promise<readonly O[]> | readonly O[],
): Promise<void> {
  await writeText(out, `,\n${JSON.stringify(key)}:[`);
  let first = true;
  for await (const rows of pages) {
    for (const object of await present(rows)) {
      await writeText(out, `${first ? '\n' : ',\n'}${JSON.stringify(object)}`);
      first = false;
    }
  }
  await writeText(out, '\n]');
}

async function* once<T>(rows: readonly T[]): AsyncGenerator<readonly T[]> {
  yield rows;
}

/**
 * The whole record (or one body's) as one OParl 1.1 JSON document: the system and body objects,
 * then arrays of every organization, meeting (agenda items embedded), paper, person and file, each
 * object exactly as `/oparl/v1` serves it, each array streamed in keyset pages. One body's record
 * holds its meetings, their papers, the people who took part and the documents they cite. Exempt
 * items are absent, as they are there. An unknown body is NOT_FOUND.
 */
async function writeOparl(reads: PublicReads, options: OparlExportOptions, out: NodeJS.WritableStream): Promise<void> {
  const urls = new OparlUrls(options.baseUrl);
  const oparl = new OparlCatalogue(reads, urls);
  const catalogue = reads.catalogue;
  const body = options.bodySlug === undefined ? undefined : await catalogue.bodies.bySlug(options.bodySlug);
  if (options.bodySlug !== undefined && !body)
    throw new AppError('NOT_FOUND', `no body with slug "${options.bodySlug}"`);
  const scope: CatalogueScope = { bodyId: body?.id };
  await writeText(
    out,
    `{"system":${JSON.stringify(await oparl.system())},\n"body":${JSON.stringify(await oparl.body())}`,
  );
  await writeArray(out, 'organization', body ? once([body]) : catalogue.bodies.stream(), (rows) =>
    oparl.organizationsOf(rows),
  );
  await writeArray(out, 'meeting', catalogue.meetings.stream(scope, MEETINGS_PER_BATCH), (rows) =>
    oparl.meetingsOf(rows),
  );
  await writeArray(out, 'paper', catalogue.papers.stream(scope), (rows) => oparl.papersOf(rows));
  await writeArray(out, 'person', catalogue.people.stream(scope), (rows) => oparl.peopleOf(rows));
  await writeArray(out, 'file', catalogue.files.stream(scope), (rows) => rows.map((f) => toFile(urls, f)));
  await writeText(out, '\n}\n');
}

/** The OParl export as `publish/exportFormat.ts` lists it (which checks it against `ExportFormat`). */
export const oparlExportFormat = {
  name: 'oparl',
  mediaType: 'application/json',
  fileExtension: 'json',
  fileName: 'oparl.json',
  description: 'OParl 1.1: every organization, person, meeting, agenda item, paper and file in one JSON document',
  write: (
    store: { readonly public: PublicReads },
    options: OparlExportOptions,
    out: NodeJS.WritableStream,
  ): Promise<void> => writeOparl(store.public, options, out),
};

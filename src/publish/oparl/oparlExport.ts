import type { PaperAtMeeting } from '../../store/public/catalogue/cataloguePapers.js';
import type { PublicDecisionNotice } from '../../store/public/publicDecisionNotices.js';
import type { PublicReads } from '../../store/public/publicReads.js';
import type { ExportFormat } from '../exportFormat.js';
import { recordScopeOf, type ExportScope } from '../exportScope.js';
import { writeText } from '../streamText.js';
import { OparlCatalogue } from './oparlCatalogue.js';
import { toFile } from './oparlMappers.js';
import { OparlUrls } from './oparlUrls.js';

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

type PaperRow = { readonly paper: PaperAtMeeting } | { readonly notice: PublicDecisionNotice };

/** The items' papers, then the published decision notices (paperType "Decision notice"), as the list has them. */
async function* papersThenNotices(reads: PublicReads, scope: ExportScope): AsyncGenerator<readonly PaperRow[]> {
  const records = recordScopeOf(scope);
  for await (const rows of reads.catalogue.papers.stream(records)) yield rows.map((paper) => ({ paper }));
  for await (const rows of reads.decisionNotices.stream(scope.today, records)) yield rows.map((notice) => ({ notice }));
}

async function* once<T>(rows: readonly T[]): AsyncGenerator<readonly T[]> {
  yield rows;
}

/**
 * The whole record (or one body's) as one OParl 1.1 JSON document: the system and body objects,
 * then arrays of every organization, meeting (agenda items embedded), paper (decision notices among
 * them), person and file, each object exactly as `/oparl/v1` serves it, each array streamed in
 * keyset pages. One body's record
 * holds its meetings, their papers, the people who took part and the documents they cite. Exempt
 * items are absent, as they are there. The body was resolved with the scope, once, by the caller.
 */
async function writeOparl(reads: PublicReads, scope: ExportScope, out: NodeJS.WritableStream): Promise<void> {
  const urls = new OparlUrls(scope.baseUrl);
  const oparl = new OparlCatalogue(reads, urls, undefined, () => scope.today);
  const catalogue = reads.catalogue;
  const records = recordScopeOf(scope);
  await writeText(
    out,
    `{"system":${JSON.stringify(await oparl.system())},\n"body":${JSON.stringify(await oparl.body())}`,
  );
  const organizations = scope.body ? once(await catalogue.bodies.byIds([scope.body.id])) : catalogue.bodies.stream();
  await writeArray(out, 'organization', organizations, (rows) => oparl.organizationsOf(rows));
  await writeArray(out, 'meeting', catalogue.meetings.stream(records, MEETINGS_PER_BATCH), (rows) =>
    oparl.meetingsOf(rows),
  );
  await writeArray(out, 'paper', papersThenNotices(reads, scope), async (rows) => [
    ...(await oparl.papersOf(rows.flatMap((r) => ('paper' in r ? [r.paper] : [])))),
    ...oparl.decisionPapersOf(rows.flatMap((r) => ('notice' in r ? [r.notice] : []))),
  ]);
  await writeArray(out, 'person', catalogue.people.stream(records), (rows) => oparl.peopleOf(rows));
  await writeArray(out, 'file', catalogue.files.stream(records), (rows) => rows.map((f) => toFile(urls, f)));
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

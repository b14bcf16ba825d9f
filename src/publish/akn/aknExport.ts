import { create } from 'xmlbuilder2';
import type { PublicReads } from '../../store/public/publicReads.js';
import type { ExportFormat } from '../exportFormat.js';
import { recordScopeOf, type ExportScope } from '../exportScope.js';
import { writeText } from '../streamText.js';
import { AKN_NAMESPACE, appendMinutesDebate } from './meetingMinutesAkn.js';
import { xmlText } from '../xmlText.js';

const SPLIT = 'COMPONENTS-GO-HERE';

/** The collection's own metadata: a Work of its own, made by Quorum on the day of export. */
function collectionHead(title: string, generatedOn: string, slug: string): string {
  const doc = create().ele(AKN_NAMESPACE, 'akomaNtoso').ele('documentCollection', { name: 'minutes' });
  const work = `/akn/gb/documentCollection/${generatedOn}/${slug}`;
  const id = doc.ele('meta').ele('identification', { source: '#quorum' });
  const w = id.ele('FRBRWork');
  w.ele('FRBRthis', { value: `${work}/!main` });
  w.ele('FRBRuri', { value: work });
  w.ele('FRBRdate', { date: generatedOn, name: 'generation' });
  w.ele('FRBRauthor', { href: '#quorum' });
  w.ele('FRBRcountry', { value: 'GB' });
  const e = id.ele('FRBRExpression');
  e.ele('FRBRthis', { value: `${work}/eng@/!main` });
  e.ele('FRBRuri', { value: `${work}/eng@` });
  e.ele('FRBRdate', { date: generatedOn, name: 'generation' });
  e.ele('FRBRauthor', { href: '#quorum' });
  e.ele('FRBRlanguage', { language: 'eng' });
  const m = id.ele('FRBRManifestation');
  m.ele('FRBRthis', { value: `${work}/eng@/!main.xml` });
  m.ele('FRBRuri', { value: `${work}/eng@.akn` });
  m.ele('FRBRdate', { date: generatedOn, name: 'generation' });
  m.ele('FRBRauthor', { href: '#quorum' });
  id.up()
    .ele('references', { source: '#quorum' })
    .ele('TLCOrganization', { eId: 'quorum', href: '/ontology/organization/quorum', showAs: 'Quorum' });
  doc.ele('preface').ele('p').ele('docTitle').txt(xmlText(title));
  doc.ele('collectionBody').txt(SPLIT);
  const xml = doc.root().end({ headless: true, prettyPrint: false });
  // Everything up to where the components go; they and the closing tags are written after.
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml.slice(0, xml.indexOf(SPLIT))}\n`;
}

/** collectionBody needs at least one component: an empty archive says so in an interstitial. */
function noMeetingsComponent(): string {
  return create()
    .ele(AKN_NAMESPACE, 'component', { eId: 'cmp_1' })
    .ele('interstitial', { eId: 'cmp_1__none' })
    .ele('p')
    .txt('No meetings are recorded.')
    .doc()
    .end({ headless: true });
}

/**
 * Every meeting's minutes (or one body's) as one Akoma Ntoso `documentCollection` whose
 * components are the meetings' `<debate name="minutes">` documents, read a page of meetings at a
 * time and written one meeting at a time.
 */
async function writeAkn(reads: PublicReads, scope: ExportScope, out: NodeJS.WritableStream): Promise<void> {
  const generatedOn = new Date().toISOString().slice(0, 10);
  const title = scope.body ? `Minutes of the ${scope.body.name}` : 'Minutes of meetings';
  await writeText(out, collectionHead(title, generatedOn, scope.body?.slug ?? 'all'));
  let n = 0;
  for await (const page of reads.record.minutes.stream(recordScopeOf(scope))) {
    for (const minutes of page) {
      n += 1;
      const eId = `cmp_${n}`;
      const component = create().ele(AKN_NAMESPACE, 'component', { eId });
      // eIds are unique across the whole collection: each debate's are under its component's.
      appendMinutesDebate(component, minutes, { baseUrl: scope.baseUrl, generatedOn, eIdPrefix: `${eId}__` });
      await writeText(out, `${component.end({ headless: true, prettyPrint: false })}\n`);
    }
  }
  if (n === 0) await writeText(out, `${noMeetingsComponent()}\n`);
  await writeText(out, '</collectionBody></documentCollection></akomaNtoso>\n');
}

export const aknExportFormat: ExportFormat = {
  name: 'akn',
  mediaType: 'application/akn+xml',
  fileExtension: 'xml',
  fileName: 'minutes-akn.xml',
  description: "Akoma Ntoso 3.0: each meeting's minutes as a debate, in one documentCollection",
  write: writeAkn,
};

import type { PublicReads } from '../../store/public/publicReads.js';
import type { ExportFormat } from '../exportFormat.js';
import type { ExportScope } from '../exportScope.js';
import { writeText } from '../streamText.js';
import { POPOLO_SECTIONS } from './popoloSections.js';

/** Version of Quorum's extension of Popolo (docs/open-data.md); raised when its meaning changes. */
export const POPOLO_EXTENSION_VERSION = '1';

/**
 * Writes the Popolo document incrementally: the opening, then each array a page of records at a
 * time, one object per line. Nothing but the current page is held in memory.
 */
export async function writePopolo(reads: PublicReads, scope: ExportScope, out: NodeJS.WritableStream): Promise<void> {
  const meta = {
    generator: 'Quorum',
    generated_at: new Date().toISOString(),
    base_url: scope.baseUrl,
    body: scope.body?.slug ?? null,
    'quorum:extension': { version: POPOLO_EXTENSION_VERSION, documentation: 'docs/open-data.md', prefix: 'quorum:' },
  };
  await writeText(out, `{"meta":${JSON.stringify(meta)}`);
  for (const section of POPOLO_SECTIONS) {
    await writeText(out, `,\n${JSON.stringify(section.key)}:[`);
    let first = true;
    for await (const page of section.pages(reads.record, scope)) {
      if (page.length === 0) continue;
      const text = page.map((o) => `\n${JSON.stringify(o)}`).join(',');
      await writeText(out, first ? text : `,${text}`);
      first = false;
    }
    await writeText(out, first ? ']' : '\n]');
  }
  await writeText(out, '\n}\n');
}

export const popoloFormat: ExportFormat = {
  name: 'popolo',
  mediaType: 'application/json',
  fileExtension: 'json',
  fileName: 'popolo.json',
  description:
    'Popolo / Open Civic Data JSON: bodies, people, memberships, meetings with agendas, resolutions, ' +
    "and Quorum's extension (attendance, declarations, recommendations)",
  write: writePopolo,
};

import type { Kysely } from 'kysely';
import type { Database } from '../../database.js';
import { CatalogueBodies } from './catalogueBodies.js';
import { CatalogueFiles } from './catalogueFiles.js';
import { CatalogueMeetings } from './catalogueMeetings.js';
import { CatalogueMemberships } from './catalogueMemberships.js';
import { CataloguePapers } from './cataloguePapers.js';
import { CataloguePeople } from './cataloguePeople.js';

/**
 * Every public object by its stable id, for linked-data APIs and whole-record exports (OParl):
 * read in batches of ids, listed in keyset pages (never OFFSET) and streamed, each list in one
 * fixed order. Every reader filters through `publicScope.ts`: exempt items, and everything filed
 * under them, are absent altogether.
 */
export interface PublicCatalogue {
  readonly bodies: CatalogueBodies;
  readonly people: CataloguePeople;
  readonly memberships: CatalogueMemberships;
  readonly meetings: CatalogueMeetings;
  readonly papers: CataloguePapers;
  readonly files: CatalogueFiles;
}

export function publicCatalogueOver(db: Kysely<Database>): PublicCatalogue {
  const papers = new CataloguePapers(db);
  const files = new CatalogueFiles(db);
  return {
    bodies: new CatalogueBodies(db),
    people: new CataloguePeople(db),
    memberships: new CatalogueMemberships(db),
    meetings: new CatalogueMeetings(db, { papers, files }),
    papers,
    files,
  };
}

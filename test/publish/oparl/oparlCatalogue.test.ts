import {
  SelectQueryNode,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OparlCatalogue } from '../../../src/publish/oparl/oparlCatalogue.js';
import type { OparlPage } from '../../../src/publish/oparl/oparlObject.js';
import { OparlUrls } from '../../../src/publish/oparl/oparlUrls.js';
import { publicReadsOver } from '../../../src/store/public/publicReads.js';
import { dbOf } from '../../../src/store/storeDb.js';
import { recordCatalogue } from '../../store/public/catalogue/catalogueRecord.js';
import { DIALECTS, testStore, type TestStore } from '../../store/testStores.js';

/** Counts the queries a reader runs, and keeps every query and subquery it builds. */
class QueryLog implements KyselyPlugin {
  readonly built: RootOperationNode[] = [];
  executed = 0;

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.built.push(args.node);
    return args.node;
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.executed++;
    return Promise.resolve(args.result);
  }
}

const BASE = 'https://council.example';

for (const dialect of DIALECTS) {
  describe(`${dialect}: OParl list pages`, () => {
    let t: TestStore;
    beforeAll(async () => {
      t = await testStore(dialect);
      await recordCatalogue(t.store);
    });
    afterAll(async () => {
      await t?.drop();
    });

    /** Each list, and the most queries a page of it takes: the count, the page, and its objects' parts by id. */
    const LISTS: readonly [
      string,
      number,
      (oparl: OparlCatalogue, after: string | null) => Promise<OparlPage<unknown>>,
    ][] = [
      ['organizations', 3, (oparl, after) => oparl.listOrganizations({ after })],
      ['people', 3, (oparl, after) => oparl.listPeople({ after })],
      // The cursor's date, then items, resolutions, participants, sources, papers and files; the register,
      // declarations, the minutes' state and amendments, motions and the people they name; when each
      // record last changed (minutes, amendments, decision notices, call-ins: one query).
      ['meetings', 15, (oparl, after) => oparl.listMeetings({ after })],
      // Both counts (items' papers, decision notices), whether the cursor is a notice, the page and its
      // files; a page of notices reads their call-ins and meetings' dates too.
      ['papers', 7, (oparl, after) => oparl.listPapers({ after })],
    ];

    for (const [name, most, list] of LISTS)
      it(`should read every page of ${name} in at most ${most} queries however deep, none with OFFSET`, async () => {
        const log = new QueryLog();
        const oparl = new OparlCatalogue(
          publicReadsOver(dbOf(t.store).withPlugin(log), dialect),
          new OparlUrls(BASE),
          1,
        );
        const costs: number[] = [];
        let page = await list(oparl, null);
        while (page.links.next) {
          const after = new URL(page.links.next).searchParams.get('after');
          const before = log.executed;
          page = await list(oparl, after);
          costs.push(log.executed - before);
        }
        expect(costs.length).toBeGreaterThanOrEqual(1);
        expect(Math.max(...costs)).toBeLessThanOrEqual(most);
        expect(log.built.filter((q) => SelectQueryNode.is(q) && q.offset !== undefined)).toEqual([]);
      });
  });
}

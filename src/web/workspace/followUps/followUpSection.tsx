import { followUpsFor } from '../../../app/digest/followUpsFor.js';
import { londonDateOf } from '../../../domain/calendar/londonTime.js';
import type { WorkspaceSection } from '../workspaceEnv.js';
import { clerksOnly } from '../workspaceGuards.js';
import { FOLLOW_UPS_HOME, FollowUpPage, FollowUpPanel } from './followUpPages.js';

/**
 * Overdue responses to recommendations, responses due soon and overdue actions of the bodies a
 * clerk serves: a panel on the workspace's home page and a page with all of them. The weekly
 * digest (`quorum digest`) mails the same lists.
 */
export const followUpSection: WorkspaceSection = {
  name: 'follow-ups',
  async homePanel(account, deps) {
    if (!account.active || (account.role !== 'admin' && account.role !== 'clerk')) return null;
    const followUps = await followUpsFor(deps.store, account, londonDateOf(deps.now().toISOString()));
    return <FollowUpPanel followUps={followUps} />;
  },
  register(w, deps) {
    w.use(FOLLOW_UPS_HOME, clerksOnly);
    w.get(FOLLOW_UPS_HOME, async (c) =>
      c.render(
        <FollowUpPage
          followUps={await followUpsFor(deps.store, c.get('account'), londonDateOf(deps.now().toISOString()))}
        />,
      ),
    );
  },
};

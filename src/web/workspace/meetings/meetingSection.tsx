import { listClerkMeetings, readClerkMeeting } from '../../../app/meetings/clerkMeetings.js';
import type { MeetingLink, WorkspaceSection } from '../workspaceEnv.js';
import { clerksOnly } from '../workspaceGuards.js';
import { MEETINGS_HOME, MeetingHubPage, MeetingListPage } from './meetingPages.js';

/**
 * A clerk's meetings and, for each, one page linking its tasks (agenda, register, declarations,
 * minutes), which the other parts of the workspace contribute as `meetingLinks`.
 */
export function meetingSection(links: readonly MeetingLink[]): WorkspaceSection {
  return {
    name: 'meetings',
    homeLinks: [
      {
        href: MEETINGS_HOME,
        label: 'Meetings',
        description: 'Each meeting’s agenda, register, declarations and minutes, from recent to coming.',
        roles: ['admin', 'clerk'],
      },
    ],
    register(w, deps) {
      w.use(MEETINGS_HOME, clerksOnly);
      w.use(`${MEETINGS_HOME}/*`, clerksOnly);
      w.get(MEETINGS_HOME, async (c) =>
        c.render(
          <MeetingListPage
            meetings={await listClerkMeetings(deps.store, c.get('account'), deps.now().toISOString())}
          />,
        ),
      );
      w.get(`${MEETINGS_HOME}/:id`, async (c) =>
        c.render(
          <MeetingHubPage
            meeting={await readClerkMeeting(deps.store, c.get('account'), c.req.param('id'))}
            links={links}
          />,
        ),
      );
    },
  };
}

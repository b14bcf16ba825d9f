import type { WorkspaceSection } from '../workspaceEnv.js';
import { registerBodyRoutes } from './bodyRoutes.js';
import { registerPeopleRoutes } from './peopleRoutes.js';

/** The record made editable: bodies, their memberships and rules, people and officer posts. */
export const RECORD_SECTION: WorkspaceSection = {
  name: 'record',
  homeLinks: [
    {
      href: '/workspace/bodies',
      label: 'Bodies',
      description: 'Terms of reference, size, quorum, political balance and memberships over time.',
      roles: ['admin', 'clerk'],
    },
    {
      href: '/workspace/people',
      label: 'People',
      description: 'Rename, merge and split people, their officer posts, and the review of uncertain matches.',
      roles: ['admin', 'clerk'],
    },
  ],
  register(w, deps) {
    registerBodyRoutes(w, deps);
    registerPeopleRoutes(w, deps);
  },
};

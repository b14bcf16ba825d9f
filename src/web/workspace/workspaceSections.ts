import { actionSection } from './actions/actionSection.js';
import { agendaSection } from './agenda/agendaSection.js';
import { attendanceSection } from './attendance/attendanceSection.js';
import { auditSection } from './audit/auditSection.js';
import { decisionSection } from './decisions/decisionSection.js';
import { declarationSection } from './declarations/declarationSection.js';
import { documentSection } from './documents/documentSection.js';
import { followUpSection } from './followUps/followUpSection.js';
import { forwardPlanSection } from './forwardPlan/forwardPlanSection.js';
import { interestSection } from './interests/interestSection.js';
import { minutesSection } from './minutes/minutesSection.js';
import { RECORD_SECTION } from './record/recordSection.js';
import { registerSection } from './register/registerSection.js';
import { scheduleSection } from './schedule/scheduleSection.js';
import { meetingSection } from './meetings/meetingSection.js';
import { responseSection } from './responses/responseSection.js';
import { trackerSection } from './tracker/trackerSection.js';
import type { WorkspaceSection } from './workspaceEnv.js';
import { workProgrammeSection } from './workProgramme/workProgrammeSection.js';

/**
 * Every part of the workspace, in the order their routes are registered. A new part adds one line
 * here and keeps its routes, pages and forms in its own folder under `src/web/workspace/`.
 */
const PARTS: readonly WorkspaceSection[] = [
  followUpSection,
  RECORD_SECTION,
  scheduleSection,
  agendaSection,
  decisionSection,
  actionSection,
  attendanceSection,
  registerSection,
  minutesSection,
  auditSection,
  declarationSection,
  interestSection,
  forwardPlanSection,
  workProgrammeSection,
  trackerSection,
  responseSection,
  documentSection,
];

/** The parts, and the meetings hub that links what each part does for one meeting. */
export const WORKSPACE_SECTIONS: readonly WorkspaceSection[] = [
  ...PARTS,
  meetingSection(PARTS.flatMap((s) => s.meetingLinks ?? [])),
];

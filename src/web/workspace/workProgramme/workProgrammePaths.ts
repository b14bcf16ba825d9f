import { municipalYearSlug } from '../../../domain/calendar/municipalYear.js';

/** Where the work programme lives in the workspace. */
export const PROGRAMME_HOME = '/workspace/work-programme';

export function boardPath(bodyId: string, municipalYear: string): string {
  return `${PROGRAMME_HOME}/bodies/${encodeURIComponent(bodyId)}/${municipalYearSlug(municipalYear)}`;
}

export function meetingTopicsPath(meetingId: string): string {
  return `/workspace/meetings/${encodeURIComponent(meetingId)}/work-programme`;
}

/** The administrator's page for the council's prioritisation questions and threshold. */
export const PRIORITISATION_ADMIN = '/admin/work-programme/prioritisation';

/** Where the work programme lives in the workspace. */
export const PROGRAMME_HOME = '/workspace/work-programme';

/** `2026/27` in a URL is `2026-27`, as the portal writes municipal years. */
export function yearSlug(label: string): string {
  return label.replace('/', '-');
}

export function yearLabelOf(slug: string | undefined): string | null {
  return slug && /^\d{4}-\d{2}$/.test(slug) ? slug.replace('-', '/') : null;
}

export function boardPath(bodyId: string, municipalYear: string): string {
  return `${PROGRAMME_HOME}/bodies/${encodeURIComponent(bodyId)}/${yearSlug(municipalYear)}`;
}

export function meetingTopicsPath(meetingId: string): string {
  return `/workspace/meetings/${encodeURIComponent(meetingId)}/work-programme`;
}

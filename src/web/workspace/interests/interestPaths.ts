export const INTERESTS_HOME = '/workspace/interests';
export const registerPath = (personSlug: string): string => `${INTERESTS_HOME}/${encodeURIComponent(personSlug)}`;
export const entryPath = (personSlug: string, entryId: string): string =>
  `${registerPath(personSlug)}/entries/${encodeURIComponent(entryId)}`;

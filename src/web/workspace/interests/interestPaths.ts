export const INTERESTS_HOME = '/workspace/interests';
export const registerPath = (personSlug: string): string => `${INTERESTS_HOME}/${encodeURIComponent(personSlug)}`;

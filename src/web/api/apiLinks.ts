/** Absolute URLs of API resources and of their portal pages, from the configured base URL. */
export interface ApiLinks {
  /** `${base}/api/v1${path}` */
  api(path: string): string;
  /** `${base}${path}`: the portal page. */
  html(path: string): string;
}

export const API_PREFIX = '/api/v1';

export function apiLinks(baseUrl: string): ApiLinks {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    api: (path) => `${base}${API_PREFIX}${path}`,
    html: (path) => `${base}${path}`,
  };
}

/** Ids and slugs are our own ([a-z0-9-]), but encode them anyway so no stored value can bend a URL. */
export function seg(value: string): string {
  return encodeURIComponent(value);
}

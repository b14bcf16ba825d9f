import type { HtmlEscapedString } from 'hono/utils/html';

/** What a page component renders to: escaped HTML, possibly awaiting data. */
export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

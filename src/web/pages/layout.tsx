import type { Html } from './html.js';
import type { Child } from 'hono/jsx';

export interface LayoutProps {
  readonly title: string;
  readonly children?: Child;
}

/** The page frame. hono/jsx escapes every string it renders, so imported text is always inert. */
export function Layout({ title, children }: LayoutProps): Html {
  return (
    <html lang="en-GB">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – Quorum`}</title>
        <link rel="stylesheet" href="/assets/quorum.css" />
      </head>
      <body>
        <a href="#main" class="skip-link">
          Skip to main content
        </a>
        <header class="site-header">
          <a href="/" class="site-name">
            Quorum
          </a>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}

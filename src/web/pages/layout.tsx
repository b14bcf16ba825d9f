import type { Child } from 'hono/jsx';
import type { Html } from './html.js';

export type PortalSection = 'home' | 'calendar' | 'bodies' | 'people' | 'search';

const NAVIGATION: readonly { section: PortalSection; href: string; text: string }[] = [
  { section: 'home', href: '/', text: 'Home' },
  { section: 'calendar', href: '/calendar', text: 'Calendar' },
  { section: 'bodies', href: '/bodies', text: 'Committees' },
  { section: 'people', href: '/people', text: 'People' },
  { section: 'search', href: '/search', text: 'Search' },
];

export interface LayoutProps {
  readonly title: string;
  /** The navigation entry this page belongs to, marked as current. */
  readonly section?: PortalSection;
  /** Feeds of what the page shows, announced to browsers and feed readers as rel="alternate". */
  readonly feeds?: readonly { readonly href: string; readonly type: string; readonly title: string }[];
  readonly children?: Child;
}

function ServiceNavigation({ section }: { section: PortalSection | undefined }): Html {
  return (
    <section aria-label="Service information" class="govuk-service-navigation" data-module="govuk-service-navigation">
      <div class="govuk-width-container">
        <div class="govuk-service-navigation__container">
          <span class="govuk-service-navigation__service-name">
            <a href="/" class="govuk-service-navigation__link">
              Committee meetings
            </a>
          </span>
          <nav aria-label="Menu" class="govuk-service-navigation__wrapper">
            <button
              type="button"
              class="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
              aria-controls="navigation"
              hidden
              aria-hidden="true"
            >
              Menu
            </button>
            <ul class="govuk-service-navigation__list" id="navigation">
              {NAVIGATION.map((n) => {
                const current = n.section === section;
                return (
                  <li
                    class={`govuk-service-navigation__item${current ? ' govuk-service-navigation__item--active' : ''}`}
                  >
                    <a class="govuk-service-navigation__link" href={n.href} aria-current={current ? 'page' : undefined}>
                      {current ? <strong class="govuk-service-navigation__active-fallback">{n.text}</strong> : n.text}
                    </a>
                  </li>
                );
              })}
            </ul>
          </nav>
        </div>
      </div>
    </section>
  );
}

/**
 * The page frame, GOV.UK Frontend's template without the GOV.UK brand (a council is not GOV.UK).
 * hono/jsx escapes every string it renders, so imported text is always inert; the only script is
 * an external module that enhances components, and every page works without it.
 */
export function Layout({ title, section, feeds = [], children }: LayoutProps): Html {
  return (
    <html lang="en-GB" class="govuk-template">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="theme-color" content="#1d70b8" />
        <title>{`${title} – Committee meetings`}</title>
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/assets/quorum.css" />
        {feeds.map((f) => (
          <link rel="alternate" type={f.type} title={f.title} href={f.href} />
        ))}
        <script type="module" src="/assets/quorum.mjs"></script>
      </head>
      <body class="govuk-template__body">
        <a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">
          Skip to main content
        </a>
        <header class="govuk-template__header">
          <div class="govuk-generic-header">
            <div class="govuk-generic-header__container govuk-width-container">
              <div class="govuk-generic-header__logo">
                <a href="/" class="govuk-generic-header__homepage-link">
                  Quorum
                </a>
              </div>
            </div>
          </div>
          <ServiceNavigation section={section} />
        </header>
        <div class="govuk-width-container">
          <main class="govuk-main-wrapper" id="main-content">
            {children}
          </main>
        </div>
        <footer class="govuk-footer">
          <div class="govuk-width-container">
            <div class="govuk-footer__meta">
              <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
                <h2 class="govuk-visually-hidden">About this site</h2>
                <ul class="govuk-footer__inline-list">
                  <li class="govuk-footer__inline-list-item">
                    <a class="govuk-footer__link" href="/exports">
                      Open data and downloads
                    </a>
                  </li>
                  <li class="govuk-footer__inline-list-item">
                    <a class="govuk-footer__link" href="/feeds/meetings.ics">
                      Meetings calendar (iCal)
                    </a>
                  </li>
                  <li class="govuk-footer__inline-list-item">
                    <a class="govuk-footer__link" href="/api/v1/openapi.json">
                      JSON API
                    </a>
                  </li>
                </ul>
                <p class="govuk-body-s">Committee records published with Quorum, open-source committee management.</p>
              </div>
            </div>
          </div>
        </footer>
      </body>
    </html>
  );
}

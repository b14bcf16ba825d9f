import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import type { CouncilSettings } from '../../domain/councilSettings.js';
import { useCouncil } from './councilContext.js';
import type { Html } from './html.js';

export type PortalSection = 'home' | 'calendar' | 'bodies' | 'people' | 'documents' | 'search';

const NAVIGATION: readonly { section: PortalSection; href: string; text: string }[] = [
  { section: 'home', href: '/', text: 'Home' },
  { section: 'calendar', href: '/calendar', text: 'Calendar' },
  { section: 'bodies', href: '/bodies', text: 'Committees' },
  { section: 'people', href: '/people', text: 'People' },
  { section: 'documents', href: '/documents', text: 'Documents' },
  { section: 'search', href: '/search', text: 'Search' },
];

/** A link in the breadcrumbs: the pages above this one, never the page itself. */
export interface Crumb {
  readonly href: string;
  readonly text: string;
}

export interface LayoutProps {
  /** What the page is, most specific first ("15 May 2024 - Planning Committee"); the council's name is added. */
  readonly title: string;
  /** The page shows a form's errors: the title starts "Error: ", as GOV.UK asks. */
  readonly error?: boolean;
  /** The pages above this one; Home comes first by itself. Leave out on the home page. */
  readonly breadcrumbs?: readonly Crumb[];
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

/** "Title - Council" (GOV.UK's order: most specific first); the home page is the council's committee site itself. */
export function pageTitle(title: string, councilName: string, error = false): string {
  return `${error ? 'Error: ' : ''}${title === councilName ? title : `${title} - ${councilName}`}`;
}

function CouncilHeader({ council }: { council: CouncilSettings }): Html {
  return (
    <div class="govuk-generic-header">
      <div class="govuk-generic-header__container govuk-width-container">
        <div class="govuk-generic-header__logo">
          <a href={council.councilUrl ?? '/'} class="govuk-generic-header__homepage-link quorum-council-link">
            {council.logoMediaType ? (
              // The name is written beside the logo, so the image itself says nothing more.
              <img src="/logo" alt="" class="quorum-council-logo" height="40" />
            ) : (
              ''
            )}
            <span class="quorum-council-name">{council.councilName}</span>
          </a>
        </div>
      </div>
    </div>
  );
}

function PhaseBanner({ council }: { council: CouncilSettings }): Html {
  return (
    <div class="govuk-phase-banner govuk-width-container">
      <p class="govuk-phase-banner__content">
        <strong class="govuk-tag govuk-phase-banner__content__tag">Beta</strong>
        <span class="govuk-phase-banner__text">
          This is a new service. Help us improve it:{' '}
          {council.contactEmail ? (
            <a class="govuk-link" href={`mailto:${council.contactEmail}`}>
              email your feedback
            </a>
          ) : (
            <a class="govuk-link" href="/accessibility#contact">
              tell us what you think
            </a>
          )}
          .
        </span>
      </p>
    </div>
  );
}

function Breadcrumbs({ crumbs }: { crumbs: readonly Crumb[] }): Html {
  return (
    <nav class="govuk-breadcrumbs govuk-breadcrumbs--collapse-on-mobile" aria-label="Breadcrumb">
      <ol class="govuk-breadcrumbs__list">
        {[{ href: '/', text: 'Home' }, ...crumbs].map((crumb) => (
          <li class="govuk-breadcrumbs__list-item">
            <a class="govuk-breadcrumbs__link" href={crumb.href}>
              {crumb.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

const FOOTER_LINKS: readonly Crumb[] = [
  { href: '/accessibility', text: 'Accessibility statement' },
  { href: '/privacy', text: 'Privacy notice' },
  { href: '/licence', text: 'Open data licence' },
  { href: '/exports', text: 'Open data and downloads' },
  { href: '/feeds/meetings.ics', text: 'Meetings calendar (iCal)' },
  { href: '/api/v1/openapi.json', text: 'JSON API' },
];

function Footer({ council }: { council: CouncilSettings }): Html {
  return (
    <footer class="govuk-footer">
      <div class="govuk-width-container">
        <div class="govuk-footer__meta">
          <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 class="govuk-visually-hidden">Support links</h2>
            <ul class="govuk-footer__inline-list">
              {FOOTER_LINKS.map((l) => (
                <li class="govuk-footer__inline-list-item">
                  <a class="govuk-footer__link" href={l.href}>
                    {l.text}
                  </a>
                </li>
              ))}
              {council.contactEmail ? (
                <li class="govuk-footer__inline-list-item">
                  <a class="govuk-footer__link" href={`mailto:${council.contactEmail}`}>
                    Contact
                  </a>
                </li>
              ) : (
                ''
              )}
            </ul>
            <p class="govuk-body-s govuk-footer__licence-description">
              All content is available under the{' '}
              <a class="govuk-footer__link" href="/licence" rel="license">
                Open Government Licence v3.0
              </a>
              , except where otherwise stated.
            </p>
            <p class="govuk-body-s govuk-!-margin-bottom-0">
              Committee records published with Quorum, open-source committee management.
            </p>
          </div>
        </div>
      </div>
    </footer>
  );
}

/**
 * The page frame, GOV.UK Frontend's template without the GOV.UK brand (a council is not GOV.UK):
 * the council's name in the header and the title, a phase banner, breadcrumbs and a footer with
 * the statements every public-sector site owes. The DOCTYPE keeps browsers out of quirks mode.
 * hono/jsx escapes every string it renders, so imported text is always inert; the only script is
 * an external module that enhances components, and every page works without it.
 */
export function Layout({ title, error = false, breadcrumbs, section, feeds = [], children }: LayoutProps): Html {
  const council = useCouncil();
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang="en-GB" class="govuk-template">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
          <meta name="theme-color" content="#1d70b8" />
          <title>{pageTitle(title, council.councilName, error)}</title>
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
            <CouncilHeader council={council} />
            <ServiceNavigation section={section} />
          </header>
          <PhaseBanner council={council} />
          <div class="govuk-width-container">
            {breadcrumbs ? <Breadcrumbs crumbs={breadcrumbs} /> : ''}
            <main class="govuk-main-wrapper" id="main-content">
              {children}
            </main>
          </div>
          <Footer council={council} />
        </body>
      </html>
    </>
  );
}

import type { CouncilSettings } from '../../domain/councilSettings.js';
import type { Html } from '../pages/html.js';
import { Layout } from '../pages/layout.js';

const OGL_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

/** How to reach the council: its email when set, otherwise its website, otherwise a plain instruction. */
function ContactLine({ council }: { council: CouncilSettings }): Html {
  if (council.contactEmail)
    return (
      <p class="govuk-body">
        Email{' '}
        <a class="govuk-link" href={`mailto:${council.contactEmail}`}>
          {council.contactEmail}
        </a>
        .
      </p>
    );
  if (council.councilUrl)
    return (
      <p class="govuk-body">
        Use the contact details on{' '}
        <a class="govuk-link" href={council.councilUrl}>
          {`${council.councilName}'s website`}
        </a>
        .
      </p>
    );
  return <p class="govuk-body">{`Contact ${council.councilName}'s democratic services team.`}</p>;
}

/**
 * The accessibility statement the Public Sector Bodies (Websites and Mobile Applications)
 * Accessibility Regulations 2018 ask for, in GOV.UK's model wording. It states only what Quorum's
 * own tests establish; the council adds its own review and date when it publishes the site.
 */
export function AccessibilityPage({ council }: { council: CouncilSettings }): Html {
  return (
    <Layout title="Accessibility statement" breadcrumbs={[]}>
      <h1 class="govuk-heading-xl">Accessibility statement</h1>
      <p class="govuk-body">{`This website is run by ${council.councilName}. It publishes the agendas, minutes, decisions and attendance records of the council's committees. We want as many people as possible to be able to use it. For example, that means you should be able to:`}</p>
      <ul class="govuk-list govuk-list--bullet">
        <li>change colours, contrast levels and fonts using your browser or device settings</li>
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>navigate most of the website using just a keyboard or speech recognition software</li>
        <li>listen to most of the website using a screen reader</li>
        <li>use the website without JavaScript</li>
      </ul>
      <p class="govuk-body">We have also made the website text as simple as possible to understand.</p>

      <h2 class="govuk-heading-l">How accessible this website is</h2>
      <p class="govuk-body">
        The pages of this website are built with the GOV.UK Design System. Some of the content is less accessible:
      </p>
      <ul class="govuk-list govuk-list--bullet">
        <li>
          the original agenda packs and minutes are published as the council wrote them, and older PDF documents may not
          be structured for screen readers; each one also has a text version on its document page
        </li>
        <li>names, titles and minutes are shown as they are written in the source documents</li>
      </ul>

      <h2 class="govuk-heading-l" id="contact">
        Feedback and contact information
      </h2>
      <p class="govuk-body">
        If you need information on this website in a different format, or find a problem not listed on this page,
        contact us:
      </p>
      <ContactLine council={council} />
      <p class="govuk-body">Tell us the web address of the page and what you need. We'll reply as soon as we can.</p>

      <h2 class="govuk-heading-l">Enforcement procedure</h2>
      <p class="govuk-body">
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites
        and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the 'accessibility regulations'). If you're not
        happy with how we respond to your complaint,{' '}
        <a class="govuk-link" href="https://www.equalityadvisoryservice.com/">
          contact the Equality Advisory and Support Service (EASS)
        </a>
        .
      </p>

      <h2 class="govuk-heading-l">Technical information about this website's accessibility</h2>
      <p class="govuk-body">
        {`${council.councilName} is committed to making its website accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.`}
      </p>
      <h3 class="govuk-heading-m">How this website is tested</h3>
      <p class="govuk-body">
        Every kind of page is tested automatically, each time the software changes, against the Web Content
        Accessibility Guidelines (WCAG) version 2.2 A and AA standards with the axe-core checker in a real browser, at
        1280 and 320 pixels wide. The tests also check that pages need no sideways scrolling at 320 pixels, that every
        page can be used with a keyboard, and that pages work without JavaScript. Automated tests find some problems,
        not all: tell us about any you meet.
      </p>
    </Layout>
  );
}

/** What the site does with personal data: it publishes the public record and keeps nothing about visitors. */
export function PrivacyPage({ council }: { council: CouncilSettings }): Html {
  return (
    <Layout title="Privacy notice" breadcrumbs={[]}>
      <h1 class="govuk-heading-xl">Privacy notice</h1>
      <p class="govuk-body">{`${council.councilName} is the data controller for the personal information published on this website.`}</p>

      <h2 class="govuk-heading-l">What this website publishes</h2>
      <p class="govuk-body">
        The website publishes the records of the council's committee meetings: the names of councillors, officers and
        others who attended or sent apologies, their roles, declarations of interest, and what the minutes record. The
        law requires councils to make agendas, reports and minutes of their meetings available to the public (the Local
        Government Act 1972, Part VA, and the Local Authorities (Executive Arrangements) (Meetings and Access to
        Information) (England) Regulations 2012). Publishing them is part of the council's public task.
      </p>
      <p class="govuk-body">
        Information the law allows the council to keep private (exempt information) is not published: exempt items show
        only their number and title.
      </p>

      <h2 class="govuk-heading-l">Visiting this website</h2>
      <p class="govuk-body">
        The public pages set no cookies and use no analytics or tracking. Searches are not stored with anything that
        identifies you.
      </p>

      <h2 class="govuk-heading-l">Your rights</h2>
      <p class="govuk-body">
        You can ask to see the information the council holds about you, and ask for it to be corrected. To do so, or if
        you think something published here about you is wrong, contact us:
      </p>
      <ContactLine council={council} />
      <p class="govuk-body">
        If you are not happy with how the council handles your information, you can complain to the{' '}
        <a class="govuk-link" href="https://ico.org.uk/make-a-complaint/">
          Information Commissioner's Office
        </a>
        .
      </p>
    </Layout>
  );
}

/** The open data's licence: the Open Government Licence v3.0, with its conditions and what it does not cover. */
export function LicencePage({ council }: { council: CouncilSettings }): Html {
  return (
    <Layout title="Open data licence" breadcrumbs={[]}>
      <h1 class="govuk-heading-xl">Open data licence</h1>
      <p class="govuk-body">
        The committee records on this website, and the open data offered on the{' '}
        <a class="govuk-link" href="/exports">
          downloads page
        </a>
        , through the JSON API, OParl and the feeds, are published under the{' '}
        <a class="govuk-link" href={OGL_URL} rel="license">
          Open Government Licence v3.0
        </a>
        , except where otherwise stated.
      </p>
      <h2 class="govuk-heading-l">You are free to</h2>
      <ul class="govuk-list govuk-list--bullet">
        <li>copy, publish, distribute and transmit the information</li>
        <li>adapt the information</li>
        <li>
          exploit the information commercially and non-commercially, for example by combining it with other information
        </li>
      </ul>
      <h2 class="govuk-heading-l">You must</h2>
      <p class="govuk-body">
        Acknowledge the source of the information by including this attribution statement, with a link to the licence
        where you can:
      </p>
      <div class="govuk-inset-text">
        {`Contains public sector information from ${council.councilName} licensed under the Open Government Licence v3.0.`}
      </div>
      <h2 class="govuk-heading-l">What the licence does not cover</h2>
      <ul class="govuk-list govuk-list--bullet">
        <li>personal data in the information</li>
        <li>
          documents and reports written by others and published with the agendas, whose rights belong to their authors
        </li>
        <li>the council's logos and crests</li>
      </ul>
      <p class="govuk-body">
        Read the{' '}
        <a class="govuk-link" href={OGL_URL}>
          full text of the Open Government Licence v3.0
        </a>{' '}
        on The National Archives website.
      </p>
    </Layout>
  );
}

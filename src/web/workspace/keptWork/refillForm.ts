import type { KeptForm } from '../../../app/accounts/keptForms.js';

/*
 * Puts kept work back into the page its form is on, after the clerk has signed in again. The page
 * is rendered by its own section as usual (so it carries the new session's forgery token); this
 * only fills the one form that posts where the kept one did, on our own markup: values are
 * escaped as they go in. Nothing is submitted: the clerk checks it and saves again. The kept
 * hidden fields (a record's version) go back too, so that a save over someone else's later change
 * is still refused as a conflict.
 */

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function withAttribute(tag: string, name: string, value: string | null): string {
  const without = tag.replace(new RegExp(`\\s${name}(="[^"]*")?(?=[\\s/>])`), '');
  if (value === null) return without;
  const attr = value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`;
  return without.replace(/^<(\w+)/, `<$1${attr}`);
}

function unescapeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const NOT_REFILLED = new Set(['csrf_token']);
const NOT_TYPED = new Set(['submit', 'button', 'file', 'image', 'reset']);

/** The form's inner markup with the kept values in place of those it was rendered with. */
function refillFields(inner: string, fields: KeptForm['fields']): string {
  const next = new Map<string, number>();
  const take = (name: string): string | undefined => {
    const values = fields[name];
    if (!values) return undefined;
    const i = next.get(name) ?? 0;
    next.set(name, i + 1);
    return values[i];
  };
  return inner
    .replace(/<textarea\b[^>]*>[\s\S]*?<\/textarea>/g, (whole) => {
      const open = /^<textarea\b[^>]*>/.exec(whole)![0];
      const name = attribute(open, 'name');
      const value = name && !NOT_REFILLED.has(name) ? take(name) : undefined;
      // A newline straight after <textarea> is dropped by the parser: one more keeps a leading one.
      return value === undefined
        ? whole
        : `${open}${value.startsWith('\n') ? '\n' : ''}${escapeHtml(value)}</textarea>`;
    })
    .replace(/<select\b[^>]*>[\s\S]*?<\/select>/g, (whole) => {
      const name = attribute(/^<select\b[^>]*>/.exec(whole)![0], 'name');
      const chosen = name ? fields[name] : undefined;
      if (!chosen) return whole;
      return whole.replace(/<option\b[^>]*>/g, (option) => {
        const value = unescapeAttribute(attribute(option, 'value') ?? '');
        return withAttribute(option, 'selected', chosen.includes(value) ? '' : null);
      });
    })
    .replace(/<input\b[^>]*>/g, (tag) => {
      const name = attribute(tag, 'name');
      const type = (attribute(tag, 'type') ?? 'text').toLowerCase();
      if (!name || NOT_REFILLED.has(name) || NOT_TYPED.has(type) || !(name in fields)) return tag;
      if (type === 'checkbox' || type === 'radio') {
        const value = unescapeAttribute(attribute(tag, 'value') ?? 'on');
        return withAttribute(tag, 'checked', fields[name]!.includes(value) ? '' : null);
      }
      const value = take(name);
      return value === undefined ? tag : withAttribute(tag, 'value', value);
    });
}

function banner(body: string): string {
  return (
    '<div class="govuk-notification-banner" role="region" aria-labelledby="kept-work-title">' +
    '<div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="kept-work-title">Important</h2></div>' +
    `<div class="govuk-notification-banner__content">${body}</div></div>`
  );
}

/** Where nothing can be put back in a form: the texts as they were typed, to copy. */
function keptTexts(fields: KeptForm['fields']): string {
  const texts = Object.entries(fields).flatMap(([name, values]) =>
    values.filter((v) => v.trim() !== '').map((v) => ({ name, v })),
  );
  return texts
    .map(
      ({ name, v }) =>
        `<p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">${escapeHtml(name)}</p>` +
        `<div class="document-text govuk-!-margin-bottom-4">${escapeHtml(v)}</div>`,
    )
    .join('');
}

/** The page with its form refilled and a banner saying so; or, where the form is gone, the texts shown to copy. */
export function refillForm(html: string, kept: KeptForm): string {
  const action = escapeHtml(kept.action);
  let found = false;
  const filled = html.replace(/<form\b[^>]*>[\s\S]*?<\/form>/g, (form) => {
    const open = /^<form\b[^>]*>/.exec(form)![0];
    if (found || attribute(open, 'action') !== action) return form;
    found = true;
    return open + refillFields(form.slice(open.length), kept.fields);
  });
  const notice = found
    ? banner(
        '<p class="govuk-notification-banner__heading">Your session had ended, so nothing was saved.</p>' +
          '<p class="govuk-body">What you typed is back in the form below. Check it and save it again.</p>',
      )
    : banner(
        '<p class="govuk-notification-banner__heading">Your session had ended, so nothing was saved.</p>' +
          '<p class="govuk-body">The form you were filling in is not on this page any more. This is what you typed:</p>' +
          keptTexts(kept.fields),
      );
  return filled.replace(/<main\b[^>]*>/, (main) => main + notice);
}

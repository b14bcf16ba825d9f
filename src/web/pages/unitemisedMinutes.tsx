import type { MeetingDetail } from '../../store/public/publicMeetings.js';
import type { PublicReads } from '../../store/public/publicReads.js';
import type { Html } from './html.js';

/** The public text of a document that holds one meeting's minutes but no items to file them under. */
export interface UnitemisedMinutesText {
  readonly documentId: string;
  readonly name: string;
  readonly paragraphs: readonly string[];
}

/** Documents read for their text at most: a meeting's own minutes are one or two. */
const MOST_DOCUMENTS = 3;
/** Paragraphs shown before "Show all": the opening (header and attendance) and a little more. */
const SHOWN_PARAGRAPHS = 12;

const RESOLUTION = /^\s*(?:(?:it\s+was\s+)?(?:unanimously\s+)?resolved|be\s+it\s+resolved|ordered)\b/i;

/**
 * Minutes told as prose, with no items (a parish clerk's letter-style minutes, a page whose headings were lost), would
 * show nothing of what was decided on the meeting page: their public text is shown instead. Only a document of this
 * meeting alone is shown, since a volume of several meetings' minutes would put others' business on this page.
 */
export async function unitemisedMinutesOf(reads: PublicReads, detail: MeetingDetail): Promise<UnitemisedMinutesText[]> {
  if (detail.items.length > 0) return [];
  const views = await Promise.all(detail.documents.slice(0, MOST_DOCUMENTS).map((d) => reads.documents.view(d.id)));
  return views.flatMap((view) => {
    if (!view?.text || view.meetings.length !== 1) return [];
    const paragraphs = view.text
      .split(/\r?\n|\f/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
    return paragraphs.length > 0 ? [{ documentId: view.document.id, name: view.name, paragraphs }] : [];
  });
}

function Paragraph({ text }: { text: string }): Html {
  return <p class="govuk-body">{RESOLUTION.test(text) ? <strong>{text}</strong> : text}</p>;
}

/** The text of minutes without items, folding after the opening behind "Show all", never cut. */
export function UnitemisedMinutes({ texts }: { texts: readonly UnitemisedMinutesText[] }): Html {
  return (
    <>
      {texts.map((t) => {
        const shown = t.paragraphs.slice(0, SHOWN_PARAGRAPHS);
        const rest = t.paragraphs.slice(SHOWN_PARAGRAPHS);
        return (
          <section class="unitemised-minutes" aria-label={`Text of ${t.name}`}>
            <p class="govuk-body">
              {'These minutes are not divided into items, so their text is shown here as published. Source: '}
              <a class="govuk-link" href={`/documents/${t.documentId}`}>
                {t.name}
              </a>
              {'.'}
            </p>
            {shown.map((p) => (
              <Paragraph text={p} />
            ))}
            {rest.length > 0 ? (
              <details class="govuk-details">
                <summary class="govuk-details__summary">
                  <span class="govuk-details__summary-text">{`Show all of the minutes (${rest.length} more paragraphs)`}</span>
                </summary>
                <div class="govuk-details__text">
                  {rest.map((p) => (
                    <Paragraph text={p} />
                  ))}
                </div>
              </details>
            ) : (
              ''
            )}
          </section>
        );
      })}
    </>
  );
}

import { exemptNotice } from '../../domain/exemptInformation.js';
import type { ItemDetail, TopicEntry } from '../../store/public/publicItems.js';
import { declarationWords } from '../pages/declarationWords.js';
import { FromLink } from '../pages/fromLink.js';
import { hasMinutes, ItemMinutesBody } from '../pages/itemMinutesBody.js';
import { formatDate, formatLongDate } from '../../domain/calendar/dateInWords.js';
import type { Html } from '../pages/html.js';
import { Layout } from '../pages/layout.js';
import { packPapersOf, type DocumentWithParts } from '../../domain/packPapers.js';
import { PackPapers } from '../pages/packPapers.js';
import { MinuteAmendments, MinutesStateNote } from '../pages/minutesState.js';
import { RecommendationResponses } from '../pages/recommendationResponses.js';
import type { TrackedRecommendation } from '../../store/public/publicRecommendations.js';

export function ItemPage({
  detail,
  history,
  pack,
  recommendations = [],
}: {
  detail: ItemDetail;
  /** The item's recommendations with their responses (the public scope leaves out exempt ones). */
  recommendations?: readonly TrackedRecommendation[];
  history: readonly TopicEntry[];
  /** The meeting's document pack, whose papers within the item's pages are listed. */
  pack?: DocumentWithParts | undefined;
}): Html {
  const papers = packPapersOf(detail, pack);
  const { meeting, body } = detail;
  const item = detail;
  const number = [item.agendaNumber, item.minuteNumber].filter(Boolean).join(' / ');
  return (
    <Layout
      title={`${item.title} - ${formatDate(meeting.date)} - ${body.name}`}
      breadcrumbs={[
        { href: '/bodies', text: 'Committees' },
        { href: `/bodies/${body.slug}`, text: body.name },
        { href: `/meetings/${meeting.id}`, text: formatDate(meeting.date) },
      ]}
    >
      <span class="govuk-caption-l">
        <a class="govuk-link" href={`/meetings/${meeting.id}`}>{`${body.name}, ${formatLongDate(meeting.date)}`}</a>
      </span>
      <h1 class="govuk-heading-xl">{`${number ? `${number}. ` : ''}${item.title}`}</h1>
      <FromLink source={detail.source} what={item.title} />
      {item.isExempt ? (
        <p class="govuk-body">{exemptNotice(item)}</p>
      ) : (
        <>
          {item.description ? <p class="govuk-body-l">{item.description}</p> : ''}
          {papers.length > 0 ? (
            <>
              <h2 class="govuk-heading-l">Papers</h2>
              <PackPapers pack={pack} papers={papers} />
            </>
          ) : (
            ''
          )}
          {detail.declarations.length > 0 ? (
            <>
              <h2 class="govuk-heading-l">Declarations of interest</h2>
              <ul class="govuk-list govuk-list--spaced">
                {detail.declarations.map((d) => (
                  <li>
                    <a class="govuk-link" href={`/people/${d.person.slug}`}>
                      {d.person.name}
                    </a>
                    {`: ${declarationWords(d)}`}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            ''
          )}
          <h2 class="govuk-heading-l">Minutes</h2>
          <MinutesStateNote minutes={detail.minutes} hasMinutes={hasMinutes(detail)} />
          {hasMinutes(detail) ? (
            <ItemMinutesBody item={detail} fold={false} headingLevel={2} anchors={true} />
          ) : (
            <p class="govuk-body">No minutes are recorded for this item.</p>
          )}
          <MinuteAmendments minutes={detail.minutes} headingLevel={2} />
          <RecommendationResponses recommendations={recommendations} headingLevel={2} />
        </>
      )}
      <h2 class="govuk-heading-l">This topic at other meetings</h2>
      {history.length === 0 ? (
        <p class="govuk-body">No other meetings are found on this topic.</p>
      ) : (
        <ol class="timeline">
          {history.map((h) => (
            <li
              class={`timeline__entry${h.date < meeting.date ? ' timeline__entry--before' : ' timeline__entry--after'}`}
            >
              <time class="govuk-body-s" datetime={h.date}>
                {formatLongDate(h.date)}
              </time>
              <p class="govuk-body">
                <a class="govuk-link" href={`/items/${h.itemId}`}>
                  {h.title}
                </a>
                {` — ${h.bodyName}`}
              </p>
            </li>
          ))}
        </ol>
      )}
    </Layout>
  );
}

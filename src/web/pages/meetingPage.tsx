import { RecommendationResponses } from './recommendationResponses.js';
import type { TrackedRecommendation } from '../../store/public/publicRecommendations.js';
import { exemptNotice } from '../../domain/exemptInformation.js';
import type {
  AttendanceLine,
  DeclarationLine,
  ItemMinutes,
  MeetingDetail,
  MeetingDocument,
} from '../../store/public/publicMeetings.js';
import { formatDate, formatLongDate } from '../../domain/calendar/dateInWords.js';
import { formatTime } from '../../domain/calendar/timeInWords.js';
import { pageRange } from '../pageRange.js';
import { documentPackOf, packPapersOf, type DocumentWithParts } from '../../domain/packPapers.js';
import { PackPapers } from './packPapers.js';
import { declarationWords } from './declarationWords.js';
import { FromLink } from './fromLink.js';
import { ItemMinutesBody } from './itemMinutesBody.js';
import { DOCUMENT_PART_LABELS } from '../documentPartLabels.js';
import type { PublicNotice, PublicPaper } from '../../store/public/publicAgendas.js';
import type { Html } from './html.js';
import { Layout } from './layout.js';
import { MeetingNoticeBanner, StreamLink } from './meetingNoticeBanner.js';
import { MeetingStatusTag } from './meetingStatus.js';
import { hasMinutes } from './itemMinutesBody.js';
import { MinuteAmendments, MinutesStateNote } from './minutesState.js';
import { UnitemisedMinutes, type UnitemisedMinutesText } from './unitemisedMinutes.js';
import { MeetingResolutions } from './meetingResolutions.js';

const ATTENDANCE_HEADINGS: readonly [string, string][] = [
  ['present', 'Present'],
  ['substitute', 'Substitutes'],
  ['apologies', 'Apologies'],
  ['absent', 'Absent'],
  ['in_attendance', 'In attendance'],
];

function PersonLink({ person }: { person: AttendanceLine['person'] }): Html {
  return (
    <a class="govuk-link" href={`/people/${person.slug}`}>
      {person.name}
    </a>
  );
}

/** How the written register places a moment: "during item 5 at 6:45pm"; the item as the public sees it. */
function momentText(
  moment: NonNullable<AttendanceLine['arrival']>,
  point: string,
  items: readonly Pick<ItemMinutes, 'id' | 'agendaNumber' | 'minuteNumber'>[],
): string {
  const item = moment.itemId ? items.find((i) => i.id === moment.itemId) : undefined;
  const number = item
    ? item.agendaNumber
      ? `item ${item.agendaNumber}`
      : item.minuteNumber
        ? `minute ${item.minuteNumber}`
        : null
    : null;
  const place = number ? ` ${point} ${number}` : '';
  return `${place}${moment.time ? ` at ${formatTime(moment.time)}` : ''}`;
}

/** Remote attendance, late arrival and early departure, as the register records them. */
function registerNotes(a: AttendanceLine, items: readonly ItemMinutes[]): string {
  const notes = [
    a.remote ? 'attended remotely' : '',
    a.arrival ? `arrived${momentText(a.arrival, a.arrival.during ? 'during' : 'before', items)}` : '',
    a.departure ? `left${momentText(a.departure, a.departure.during ? 'during' : 'after', items)}` : '',
  ].filter((n) => n && n !== 'arrived' && n !== 'left');
  return notes.length ? ` (${notes.join('; ')})` : '';
}

function AttendanceList({ lines, items }: { lines: readonly AttendanceLine[]; items: readonly ItemMinutes[] }): Html {
  return (
    <ul class="govuk-list">
      {lines.map((a) => (
        <li>
          <PersonLink person={a.person} />
          {a.roleText ? `, ${a.roleText}` : ''}
          {a.reason ? ` (${a.reason})` : ''}
          {a.substituteFor ? (
            <>
              {' (substitute for '}
              <PersonLink person={a.substituteFor} />)
            </>
          ) : (
            ''
          )}
          {registerNotes(a, items)}
        </li>
      ))}
    </ul>
  );
}

function itemNumbers(item: Pick<ItemMinutes, 'agendaNumber' | 'minuteNumber'>): string {
  const parts = [
    item.agendaNumber ? `Item ${item.agendaNumber}` : null,
    item.minuteNumber ? `Minute ${item.minuteNumber}` : null,
  ];
  return parts.filter(Boolean).join(', ');
}

function Declarations({
  declarations,
  items,
}: {
  declarations: readonly DeclarationLine[];
  items: readonly ItemMinutes[];
}): Html {
  const itemById = new Map(items.map((i) => [i.id, i]));
  return (
    <ul class="govuk-list govuk-list--spaced">
      {declarations.map((d) => {
        const item = d.itemId ? itemById.get(d.itemId) : undefined;
        return (
          <li>
            <PersonLink person={d.person} />
            {item ? (
              <>
                {' on '}
                <a class="govuk-link" href={`#item-${item.id}`}>
                  {item.title}
                </a>
              </>
            ) : (
              ''
            )}
            {`: ${declarationWords(d)}`}
          </li>
        );
      })}
    </ul>
  );
}

function Item({
  item,
  papers = [],
  pack,
}: {
  item: ItemMinutes;
  papers?: readonly PublicPaper[];
  pack?: DocumentWithParts | undefined;
}): Html {
  const numbers = itemNumbers(item);
  return (
    <section class="quorum-item" id={`item-${item.id}`} aria-labelledby={`item-${item.id}-title`}>
      {numbers ? <span class="govuk-caption-m">{numbers}</span> : ''}
      <h3 class="govuk-heading-m" id={`item-${item.id}-title`}>
        <a class="govuk-link" href={`/items/${item.id}`}>
          {item.title}
        </a>
      </h3>
      {item.isExempt ? (
        <div class="govuk-inset-text">{exemptNotice(item)}</div>
      ) : (
        <>
          {item.description ? <p class="govuk-body">{item.description}</p> : ''}
          {item.pageStart ? (
            <p class="govuk-body-s quorum-meta">{`Document pack ${pageRange(item.pageStart, item.pageEnd)}`}</p>
          ) : (
            ''
          )}
          <PackPapers pack={pack} papers={packPapersOf(item, pack)} />
          <Papers papers={papers} />
          <ItemMinutesBody item={item} fold={true} headingLevel={4} anchors={false} />
          <FromLink source={item.source} what={item.title} />
        </>
      )}
    </section>
  );
}

function DocumentEntry({ document }: { document: MeetingDocument }): Html {
  const name = document.title ?? document.origin.split(/[\\/]/).at(-1) ?? document.origin;
  return (
    <li>
      <a class="govuk-link" href={`/documents/${document.id}`}>
        {name}
      </a>
      <span class="quorum-meta">{` (${document.mediaType === 'application/pdf' ? 'PDF' : document.mediaType}${document.pageCount ? `, ${document.pageCount} pages` : ''})`}</span>
      {document.parts.length > 0 ? (
        <ul class="govuk-list govuk-list--bullet">
          {document.parts.map((p) => (
            <li>
              <a
                class="govuk-link"
                href={`/documents/${document.id}#part-${p.position}`}
              >{`${DOCUMENT_PART_LABELS[p.kind] ?? 'Part'}: ${p.title}`}</a>
              {p.pageStart ? ` (${pageRange(p.pageStart, p.pageEnd)})` : ''}
            </li>
          ))}
        </ul>
      ) : (
        ''
      )}
    </li>
  );
}

const PLAIN_EMAIL = /^[^\s@<>"'()]+@[^\s@<>"'()]+\.[^\s@<>"'()]+$/;

/** Imported contact details: an address becomes a mailto link only when it is plainly an address. */
function Contact({ name, email, phone }: { name: string | null; email: string | null; phone: string | null }): Html {
  return (
    <>
      {name ? (
        <>
          {name}
          <br />
        </>
      ) : (
        ''
      )}
      {email ? (
        PLAIN_EMAIL.test(email) ? (
          <>
            <a class="govuk-link" href={`mailto:${email}`}>
              {email}
            </a>
            <br />
          </>
        ) : (
          <>
            {email}
            <br />
          </>
        )
      ) : (
        ''
      )}
      {phone ?? ''}
    </>
  );
}

function SummaryRow({ label, children }: { label: string; children: unknown }): Html {
  return (
    <div class="govuk-summary-list__row">
      <dt class="govuk-summary-list__key">{label}</dt>
      <dd class="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

const NOTICE_KINDS: Readonly<Record<PublicNotice['kind'], string>> = {
  agenda: 'Agenda',
  supplementary: 'Supplementary agenda',
  revised: 'Revised agenda',
};

/** Changes since the agenda was first published (supplementary or revised), and late publications with reasons. */
function AgendaNotices({ notices }: { notices: readonly PublicNotice[] }): Html {
  const shown = notices.filter((n) => n.kind !== 'agenda' || n.isLate);
  if (shown.length === 0) return <></>;
  return (
    <div class="govuk-notification-banner" role="region" aria-labelledby="agenda-notices-title">
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id="agenda-notices-title">
          {notices.some((n) => n.kind !== 'agenda') ? 'The agenda has changed' : 'Agenda published late'}
        </h2>
      </div>
      <div class="govuk-notification-banner__content">
        {shown.map((n) => (
          <p class="govuk-body">
            {NOTICE_KINDS[n.kind]} published on{' '}
            <time datetime={n.publishedAt.slice(0, 10)}>{formatLongDate(n.publishedAt.slice(0, 10))}</time>
            {n.notice ? `: ${n.notice}` : '.'}
            {n.isLate ? ` Published with less than five clear working days' notice: ${n.lateReason ?? ''}` : ''}
          </p>
        ))}
      </div>
    </div>
  );
}

function Papers({ papers }: { papers: readonly PublicPaper[] }): Html {
  if (papers.length === 0) return <></>;
  return (
    <ul class="govuk-list">
      {papers.map((p) => (
        <li>
          <a class="govuk-link" href={`/papers/${p.id}`}>
            {`${p.kind === 'report' ? 'Report' : 'Appendix'}: ${p.title}`}
          </a>
          <span class="quorum-meta">{` (PDF, ${p.pageCount} page${p.pageCount === 1 ? '' : 's'})`}</span>
        </li>
      ))}
    </ul>
  );
}

export function MeetingPage({
  detail,
  papers = [],
  notices = [],
  trackerHref = null,
  recommendations = [],
  unitemised = [],
}: {
  detail: MeetingDetail;
  papers?: readonly PublicPaper[];
  notices?: readonly PublicNotice[];
  /** The recommendation tracker report of a scrutiny body's meeting (issue 18). */
  trackerHref?: string | null;
  /** The meeting's recommendations with their responses (the public scope leaves out exempt ones). */
  recommendations?: readonly TrackedRecommendation[];
  /** The text of minutes that hold no items, shown in their place. */
  unitemised?: readonly UnitemisedMinutesText[];
}): Html {
  const { meeting, body } = detail;
  const title = `${formatDate(meeting.date)} - ${body.name}`;
  const pack = documentPackOf(detail.documents);
  return (
    <Layout
      title={title}
      section="calendar"
      breadcrumbs={[
        { href: '/bodies', text: 'Committees' },
        { href: `/bodies/${body.slug}`, text: body.name },
      ]}
    >
      <MeetingNoticeBanner notices={detail.notices} />
      <span class="govuk-caption-l">
        <a class="govuk-link" href={`/bodies/${body.slug}`}>
          {body.name}
        </a>
      </span>
      <h1 class="govuk-heading-xl">
        <time datetime={meeting.date}>{formatLongDate(meeting.date)}</time>
      </h1>
      <dl class="govuk-summary-list">
        <SummaryRow label="Status">
          <MeetingStatusTag status={meeting.status} />
        </SummaryRow>
        {meeting.startTime ? <SummaryRow label="Time">{formatTime(meeting.startTime)}</SummaryRow> : ''}
        {meeting.venue ? <SummaryRow label="Venue">{meeting.venue}</SummaryRow> : ''}
        {meeting.isRemote && !meeting.venue ? <SummaryRow label="Venue">Held remotely</SummaryRow> : ''}
        {meeting.streamUrl ? (
          <SummaryRow label="Stream">
            <StreamLink url={meeting.streamUrl} />
          </SummaryRow>
        ) : (
          ''
        )}
        {meeting.contactName || meeting.contactEmail || meeting.contactPhone ? (
          <SummaryRow label="Contact">
            <Contact name={meeting.contactName} email={meeting.contactEmail} phone={meeting.contactPhone} />
          </SummaryRow>
        ) : (
          ''
        )}
      </dl>
      <AgendaNotices notices={notices} />
      {detail.attendance.length > 0 ? <h2 class="govuk-heading-l">Attendance</h2> : ''}
      {ATTENDANCE_HEADINGS.map(([kind, heading]) => {
        const lines = detail.attendance.filter((a) => a.kind === kind);
        return lines.length ? (
          <>
            <h3 class="govuk-heading-s">{heading}</h3>
            <AttendanceList lines={lines} items={detail.items} />
          </>
        ) : (
          ''
        );
      })}
      {detail.declarations.length > 0 ? (
        <>
          <h2 class="govuk-heading-l">Declarations of interest</h2>
          <Declarations declarations={detail.declarations} items={detail.items} />
        </>
      ) : (
        ''
      )}
      <MeetingResolutions resolutions={detail.resolutions} />
      <h2 class="govuk-heading-l">Agenda and minutes</h2>
      <MinutesStateNote
        minutes={detail.minutes}
        hasMinutes={detail.items.some(hasMinutes) || detail.resolutions.length > 0}
      />
      {detail.items.length === 0 && unitemised.length > 0 ? <UnitemisedMinutes texts={unitemised} /> : ''}
      {detail.items.length === 0 && unitemised.length === 0 ? (
        <p class="govuk-body">No agenda items are recorded.</p>
      ) : (
        detail.items.map((item) => <Item item={item} papers={papers.filter((p) => p.itemId === item.id)} pack={pack} />)
      )}
      <MinuteAmendments
        minutes={detail.minutes}
        headingLevel={2}
        itemTitles={new Map(detail.items.map((i) => [i.id, i.title]))}
      />
      {trackerHref ? (
        <>
          <h2 class="govuk-heading-l">Recommendation tracker</h2>
          <p class="govuk-body">
            <a class="govuk-link" href={trackerHref}>
              Recommendation tracker report
            </a>
            : the committee's recommendations from earlier meetings and the responses to them.
          </p>
        </>
      ) : (
        ''
      )}
      <RecommendationResponses recommendations={recommendations} headingLevel={2} />
      {detail.documents.length > 0 ? (
        <>
          <h2 class="govuk-heading-l">Documents</h2>
          <ul class="govuk-list govuk-list--spaced">
            {detail.documents.map((d) => (
              <DocumentEntry document={d} />
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
    </Layout>
  );
}

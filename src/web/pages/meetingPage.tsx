import { SCHEDULE_12A_PARAGRAPHS } from '../../domain/agendaItem.js';
import type { AttendanceLine, ItemDetail, MeetingDetail } from '../../store/repositories/meetingDetail.js';
import { formatLongDate } from '../format.js';
import type { Html } from './html.js';
import { Layout } from './layout.js';

const ATTENDANCE_HEADINGS: readonly [string, string][] = [
  ['present', 'Present'],
  ['substitute', 'Substitutes'],
  ['apologies', 'Apologies'],
  ['absent', 'Absent'],
  ['in_attendance', 'In attendance'],
];

function AttendanceList({ lines }: { lines: readonly AttendanceLine[] }): Html {
  return (
    <ul>
      {lines.map((a) => (
        <li>
          {a.person.name}
          {a.roleText ? `, ${a.roleText}` : ''}
          {a.reason ? ` (${a.reason})` : ''}
          {a.substituteFor ? ` (substitute for ${a.substituteFor.name})` : ''}
        </li>
      ))}
    </ul>
  );
}

function Item({ item }: { item: ItemDetail }): Html {
  const number = [item.agendaNumber, item.minuteNumber].filter(Boolean).join(' / ');
  return (
    <section class="item" id={`item-${item.id}`}>
      <h3>
        {number ? `${number}. ` : ''}
        {item.title}
      </h3>
      {item.isExempt ? (
        <p>
          {`Exempt from publication${item.exemptParagraph ? ` under paragraph ${item.exemptParagraph} of Schedule 12A: ${SCHEDULE_12A_PARAGRAPHS[item.exemptParagraph] ?? ''}` : ''}.`}
        </p>
      ) : (
        <>
          {item.description ? <p class="description">{item.description}</p> : ''}
          {item.pageStart ? <p>{`Pages ${item.pageStart}${item.pageEnd && item.pageEnd !== item.pageStart ? `–${item.pageEnd}` : ''} of the document pack`}</p> : ''}
          {item.points.length > 0 ? (
            <ol class="points">
              {item.points.map((p) => (
                <li>{p.label ? `${p.label}) ${p.text}` : p.text}</li>
              ))}
            </ol>
          ) : item.minutesText ? (
            <p class="minutes">{item.minutesText}</p>
          ) : (
            ''
          )}
          {item.resolutions.length > 0 ? (
            <div class="resolutions">
              <h4>Resolved</h4>
              <ol>
                {item.resolutions.map((r) => (
                  <li>{`${r.text}${r.isFormal ? '' : ' (agreed)'}`}</li>
                ))}
              </ol>
            </div>
          ) : (
            ''
          )}
        </>
      )}
    </section>
  );
}

export function MeetingPage({ detail }: { detail: MeetingDetail }): Html {
  const { meeting, body } = detail;
  const title = `${body.name}, ${formatLongDate(meeting.date)}`;
  return (
    <Layout title={title}>
      <h1>{body.name}</h1>
      <dl class="meeting-header">
        <dt>Date</dt>
        <dd>
          <time datetime={meeting.date}>{formatLongDate(meeting.date)}</time>
        </dd>
        {meeting.startTime ? (
          <>
            <dt>Time</dt>
            <dd>{meeting.startTime}</dd>
          </>
        ) : (
          ''
        )}
        {meeting.venue ? (
          <>
            <dt>Venue</dt>
            <dd>{meeting.venue}</dd>
          </>
        ) : (
          ''
        )}
        {meeting.contactName ? (
          <>
            <dt>Contact</dt>
            <dd>{meeting.contactName}</dd>
          </>
        ) : (
          ''
        )}
      </dl>
      {detail.attendance.length > 0 ? <h2>Attendance</h2> : ''}
      {ATTENDANCE_HEADINGS.map(([kind, heading]) => {
        const lines = detail.attendance.filter((a) => a.kind === kind);
        return lines.length ? (
          <>
            <h3>{heading}</h3>
            <AttendanceList lines={lines} />
          </>
        ) : (
          ''
        );
      })}
      {detail.declarations.length > 0 ? (
        <>
          <h2>Declarations of interest</h2>
          <ul>
            {detail.declarations.map((d) => (
              <li>{`${d.person.name}: ${d.text}`}</li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
      <h2>Agenda and minutes</h2>
      {detail.items.map((item) => (
        <Item item={item} />
      ))}
      {detail.documents.length > 0 ? (
        <>
          <h2>Source documents</h2>
          <ul>
            {detail.documents.map((d) => (
              <li>{d.title ?? d.origin.split('/').at(-1) ?? d.origin}</li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
    </Layout>
  );
}

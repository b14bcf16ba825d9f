import type { Html } from './html.js';
import type { MeetingSummary } from '../../store/repositories/meetingRepository.js';
import { formatLongDate } from '../format.js';
import { Layout } from './layout.js';

export interface HomePageProps {
  readonly meetings: readonly MeetingSummary[];
}

const STATUS_LABELS: Readonly<Record<string, string>> = {
  scheduled: 'Scheduled',
  agenda_published: 'Agenda published',
  held: 'Held',
  minutes_draft: 'Minutes (draft)',
  minutes_confirmed: 'Minutes confirmed',
  cancelled: 'Cancelled',
};

export function HomePage({ meetings }: HomePageProps): Html {
  return (
    <Layout title="Meetings">
      <h1>Meetings</h1>
      {meetings.length === 0 ? (
        <p>No meetings are stored yet. Import documents with <code>npx quorum import</code>.</p>
      ) : (
        <table class="meetings">
          <caption>{`${meetings.length} meeting${meetings.length === 1 ? '' : 's'}, newest first`}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Time</th>
              <th scope="col">Body</th>
              <th scope="col">Venue</th>
              <th scope="col">Items</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((m) => (
              <tr>
                <td>
                  <a href={`/meetings/${m.id}`}>
                    <time datetime={m.date}>{formatLongDate(m.date)}</time>
                  </a>
                </td>
                <td>{m.startTime ?? ''}</td>
                <td>{m.bodyName}</td>
                <td>{m.venue ?? ''}</td>
                <td>{String(m.itemCount)}</td>
                <td>{STATUS_LABELS[m.status] ?? m.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

import { formatDate } from '../../../domain/calendar/dateInWords.js';
import {
  WORK_PROGRAMME_SOURCE_LABELS,
  WORK_PROGRAMME_SOURCES,
  WORK_PROGRAMME_STATUS_LABELS,
  WORK_PROGRAMME_STATUSES,
} from '../../../domain/workProgramme.js';
import type { Prioritisation } from '../../../domain/workProgramme/prioritisation.js';
import type { ProgrammeMeeting } from '../../../store/repositories/workProgrammeRepository.js';
import { ErrorSummary } from '../../pages/errorSummary.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';
import { CsrfField, errorFor, SelectField, TextArea, TextInput, type FieldError } from '../forms/formFields.js';
import { Checkbox } from '../schedule/scheduleFields.js';
import { boardPath, PROGRAMME_HOME } from './workProgrammePaths.js';

/** What the entry form shows: as stored, or as typed when it comes back with errors. */
export interface EntryValues {
  readonly topic: string;
  readonly objectives: string;
  readonly source: string;
  readonly meetingId: string;
  readonly status: string;
  readonly executiveMember: string;
  readonly leadOfficer: string;
  readonly notes: string;
  readonly substantive: boolean;
  readonly exempt: boolean;
}

export const EMPTY_ENTRY: EntryValues = {
  topic: '',
  objectives: '',
  source: 'councillor',
  meetingId: '',
  status: 'unscheduled',
  executiveMember: '',
  leadOfficer: '',
  notes: '',
  substantive: true,
  exempt: false,
};

function Conflict({ message }: { message: string | null | undefined }): Html {
  if (!message) return <></>;
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title">Someone else changed this entry</h2>
        <div class="govuk-error-summary__body">
          <p class="govuk-body">{message}</p>
        </div>
      </div>
    </div>
  );
}

/** Adding a topic to, or changing one on, a body's work programme. */
export function EntryFormPage(props: {
  csrfToken: string;
  bodyId: string;
  bodyName: string;
  municipalYear: string;
  /** Absent for a new entry. */
  entry?: { id: string; version: number; source: string | null; sourceRef: string | null };
  meetings: readonly ProgrammeMeeting[];
  values: EntryValues;
  errors?: readonly FieldError[];
  conflict?: string | null;
}): Html {
  const errors = props.errors ?? [];
  const heading = props.entry ? 'Change a work programme topic' : 'Add a topic';
  const action = props.entry
    ? `${PROGRAMME_HOME}/entries/${encodeURIComponent(props.entry.id)}`
    : `${boardPath(props.bodyId, props.municipalYear)}`;
  return (
    <Layout
      title={`${errors.length || props.conflict ? 'Error: ' : ''}${heading}`}
      breadcrumbs={[
        { href: '/workspace', text: 'Workspace' },
        { href: PROGRAMME_HOME, text: 'Work programmes' },
        { href: boardPath(props.bodyId, props.municipalYear), text: `${props.bodyName}, ${props.municipalYear}` },
      ]}
    >
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {errors.length ? (
            <ErrorSummary errors={errors.map((e) => ({ target: e.field, message: e.message }))} />
          ) : null}
          <Conflict message={props.conflict} />
          <span class="govuk-caption-l">
            {props.bodyName}, {props.municipalYear}
          </span>
          <h1 class="govuk-heading-l">{heading}</h1>
          <form method="post" action={action} novalidate>
            <CsrfField token={props.csrfToken} />
            {props.entry ? <input type="hidden" name="version" value={String(props.entry.version)} /> : null}
            <TextInput id="topic" label="Topic" value={props.values.topic} error={errorFor(errors, 'topic')} />
            <TextArea
              id="objectives"
              label="Objectives (optional)"
              hint="For example, “To scrutinise progress in …”"
              rows={3}
              value={props.values.objectives}
              error={errorFor(errors, 'objectives')}
            />
            <SelectField
              id="source"
              label="Where the topic came from"
              value={props.values.source}
              options={WORK_PROGRAMME_SOURCES.map((s) => ({ value: s, label: WORK_PROGRAMME_SOURCE_LABELS[s] }))}
              error={errorFor(errors, 'source')}
            />
            <SelectField
              id="meetingId"
              label="Meeting"
              hint="The committee's meetings in this municipal year"
              value={props.values.meetingId}
              options={[
                { value: '', label: 'Not scheduled yet' },
                ...props.meetings.map((m) => ({ value: m.id, label: formatDate(m.date) })),
              ]}
              error={errorFor(errors, 'meetingId')}
            />
            <SelectField
              id="status"
              label="Status"
              hint="A topic given a meeting is scheduled"
              value={props.values.status}
              options={WORK_PROGRAMME_STATUSES.map((s) => ({ value: s, label: WORK_PROGRAMME_STATUS_LABELS[s] }))}
              error={errorFor(errors, 'status')}
            />
            <TextInput
              id="executiveMember"
              label="Executive member (optional)"
              hint="The portfolio holder; linked to their page when the record knows the name"
              value={props.values.executiveMember}
              error={errorFor(errors, 'executiveMember')}
            />
            <TextInput
              id="leadOfficer"
              label="Lead officer (optional)"
              value={props.values.leadOfficer}
              error={errorFor(errors, 'leadOfficer')}
            />
            <TextArea
              id="notes"
              label="Notes (optional)"
              rows={2}
              value={props.values.notes}
              error={errorFor(errors, 'notes')}
            />
            <div class="govuk-form-group">
              <fieldset class="govuk-fieldset">
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Load and publication</legend>
                <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                  <Checkbox
                    id="substantive"
                    label="Substantive item"
                    hint="Counts towards the recommended two substantive items per meeting"
                    checked={props.values.substantive}
                  />
                  <Checkbox
                    id="exempt"
                    label="Exempt: not for publication"
                    hint="Never shown on the public site or in open data"
                    checked={props.values.exempt}
                  />
                </div>
              </fieldset>
            </div>
            <button type="submit" class="govuk-button" data-module="govuk-button">
              {props.entry ? 'Save' : 'Add topic'}
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}

/** Scoring a topic against the council's prioritisation questions. */
export function ScoreFormPage(props: {
  csrfToken: string;
  entry: { id: string; version: number; topic: string; bodyId: string; municipalYear: string };
  bodyName: string;
  prioritisation: Prioritisation;
  values: Readonly<Record<string, string>>;
  errors?: readonly FieldError[];
  conflict?: string | null;
}): Html {
  const errors = props.errors ?? [];
  const max = props.prioritisation.criteria.reduce((sum, c) => sum + c.maxScore, 0);
  return (
    <Layout
      title={`${errors.length || props.conflict ? 'Error: ' : ''}Score a topic`}
      breadcrumbs={[
        { href: '/workspace', text: 'Workspace' },
        { href: PROGRAMME_HOME, text: 'Work programmes' },
        {
          href: boardPath(props.entry.bodyId, props.entry.municipalYear),
          text: `${props.bodyName}, ${props.entry.municipalYear}`,
        },
      ]}
    >
      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          {errors.length ? (
            <ErrorSummary errors={errors.map((e) => ({ target: e.field, message: e.message }))} />
          ) : null}
          <Conflict message={props.conflict} />
          <span class="govuk-caption-l">{props.entry.topic}</span>
          <h1 class="govuk-heading-l">Score a topic</h1>
          <p class="govuk-body">
            Score each question from 0 (not at all) to its maximum. A topic scoring {props.prioritisation.threshold} of{' '}
            {max} or more is a priority. Leave a question blank to score it later.
          </p>
          <form
            method="post"
            action={`${PROGRAMME_HOME}/entries/${encodeURIComponent(props.entry.id)}/scores`}
            novalidate
          >
            <CsrfField token={props.csrfToken} />
            <input type="hidden" name="version" value={String(props.entry.version)} />
            {props.prioritisation.criteria.map((c) => (
              <TextInput
                id={`score-${c.key}`}
                label={c.question}
                hint={`0 to ${c.maxScore}${c.countsAgainst ? '; a high score lowers the total' : ''}`}
                inputmode="numeric"
                width="govuk-input--width-2"
                value={props.values[c.key] ?? ''}
                error={errorFor(errors, `score-${c.key}`)}
              />
            ))}
            <button type="submit" class="govuk-button" data-module="govuk-button">
              Save scores
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}

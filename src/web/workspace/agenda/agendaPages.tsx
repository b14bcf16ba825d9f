import type { AgendaPublication, PublicationKind } from '../../../domain/agenda.js';
import { formatLongDate } from '../../../domain/calendar/dateInWords.js';
import { SCHEDULE_12A_PARAGRAPHS } from '../../../domain/exemptInformation.js';
import type { AgendaView } from '../../../app/agenda/readAgenda.js';
import type { PublicationPlan } from '../../../app/agenda/publishAgenda.js';
import { ErrorSummary } from '../../pages/errorSummary.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';
import { CsrfField, errorFor, SelectField, TextArea, TextInput, type FieldError } from '../forms/formFields.js';
import { TableRegion } from '../../pages/tableRegion.js';

type Item = AgendaView['items'][number];

export const agendaPath = (meetingId: string): string => `/workspace/meetings/${encodeURIComponent(meetingId)}/agenda`;
export const itemPath = (meetingId: string, itemId: string): string =>
  `${agendaPath(meetingId)}/items/${encodeURIComponent(itemId)}`;

function meetingName(view: Pick<AgendaView, 'meeting'>): string {
  return `${view.meeting.bodyName}, ${formatLongDate(view.meeting.date)}`;
}

function Errors({ errors }: { errors: readonly FieldError[] }): Html {
  return errors.length > 0 ? (
    <ErrorSummary errors={errors.map((e) => ({ target: e.field, message: e.message }))} />
  ) : (
    <></>
  );
}

function Version({ version }: { version: number }): Html {
  return <input type="hidden" name="version" value={String(version)} />;
}

const KIND_NAMES: Readonly<Record<PublicationKind, string>> = {
  agenda: 'Agenda',
  supplementary: 'Supplementary agenda',
  revised: 'Revised agenda',
};

/** What the clerk typed into an item's form, kept when it is refused. */
export interface ItemFields {
  readonly title: string;
  readonly description: string;
  readonly exempt: boolean;
  readonly exemptParagraph: string;
}

const NO_FIELDS: ItemFields = { title: '', description: '', exempt: false, exemptParagraph: '' };

/** Title, description and exemption: the add form and the edit form share them. */
function ItemFieldset({
  fields,
  errors,
  prefix,
}: {
  fields: ItemFields;
  errors: readonly FieldError[];
  prefix: string;
}): Html {
  const paragraphError = errorFor(errors, 'exemptParagraph');
  return (
    <>
      <TextInput id="title" label="Title" value={fields.title} error={errorFor(errors, 'title')} />
      <TextArea
        id="description"
        label="Description (optional)"
        hint="Who the report is from and what the committee is asked to do."
        value={fields.description}
        rows={3}
        error={errorFor(errors, 'description')}
      />
      <div class="govuk-form-group">
        <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          <div class="govuk-checkboxes__item">
            <input
              class="govuk-checkboxes__input"
              id={`${prefix}exempt`}
              name="exempt"
              type="checkbox"
              value="yes"
              checked={fields.exempt}
            />
            <label class="govuk-label govuk-checkboxes__label" for={`${prefix}exempt`}>
              Exempt item: taken in private, its papers never published
            </label>
          </div>
        </div>
      </div>
      <SelectField
        id="exemptParagraph"
        label="Paragraph of Schedule 12A (for an exempt item)"
        value={fields.exemptParagraph}
        error={paragraphError}
        options={[
          { value: '', label: 'Not exempt' },
          ...Object.entries(SCHEDULE_12A_PARAGRAPHS).map(([n, text]) => ({ value: n, label: `${n}: ${text}` })),
        ]}
      />
    </>
  );
}

function ExemptTag({ item }: { item: Pick<Item, 'isExempt' | 'exemptParagraph'> }): Html {
  return item.isExempt ? (
    <strong class="govuk-tag govuk-tag--red">Exempt, paragraph {String(item.exemptParagraph ?? '?')}</strong>
  ) : (
    <></>
  );
}

function StatusLine({ view }: { view: AgendaView }): Html {
  const last = view.publications.at(-1);
  if (!last) return <p class="govuk-body">Draft: not yet published. Nothing here is public until you publish it.</p>;
  const waiting = view.items.filter((i) => i.publishedIn === null).length;
  return (
    <p class="govuk-body">
      {KIND_NAMES[last.kind]} published on {formatLongDate(last.publishedAt.slice(0, 10))}
      {waiting > 0
        ? `; ${waiting} item${waiting === 1 ? '' : 's'} added since, to publish in a supplementary agenda.`
        : '.'}{' '}
      Changes reach the public when you publish again; marking an item exempt withholds it at once.
    </p>
  );
}

function MoveButton({
  view,
  item,
  direction,
  csrf,
}: {
  view: AgendaView;
  item: Item;
  direction: 'up' | 'down';
  csrf: string;
}): Html {
  return (
    <form method="post" action={`${itemPath(view.meeting.id, item.id)}/move`} class="quorum-inline-form">
      <CsrfField token={csrf} />
      <Version version={view.version!} />
      <input type="hidden" name="direction" value={direction} />
      <button
        type="submit"
        class="govuk-button govuk-button--secondary govuk-!-margin-bottom-1"
        data-module="govuk-button"
      >
        Move {direction}
        <span class="govuk-visually-hidden">
          : item {item.shownNumber}, {item.title}
        </span>
      </button>
    </form>
  );
}

export interface AgendaPageProps {
  readonly view: AgendaView;
  readonly csrf: string;
  readonly deadline: { readonly lastWorkingDay: string; readonly isLate: boolean };
  readonly add?: ItemFields;
  readonly errors?: readonly FieldError[];
  /** A change refused because the agenda moved on (409): the page says so and keeps what was typed. */
  readonly conflict?: boolean;
}

/** The agenda of one meeting: its items in order, moving, adding, and the way to publish. */
export function AgendaPage({
  view,
  csrf,
  deadline,
  add = NO_FIELDS,
  errors = [],
  conflict = false,
}: AgendaPageProps): Html {
  const name = meetingName(view);
  return (
    <Layout
      title={`${errors.length || conflict ? 'Error: ' : ''}Agenda: ${name}`}
      breadcrumbs={[
        { href: '/workspace', text: 'Workspace' },
        { href: '/workspace/agendas', text: 'Agendas' },
      ]}
    >
      <Errors errors={errors} />
      {conflict ? <ConflictBanner /> : <></>}
      <span class="govuk-caption-l">{name}</span>
      <h1 class="govuk-heading-l">Agenda</h1>
      {view.version === null ? (
        <>
          <p class="govuk-body">
            This meeting has no agenda yet. Starting it adds the standard items: apologies for absence, declarations of
            interests and the minutes of the last meeting{view.meeting.isScrutiny ? ', and the work programme' : ''}.
          </p>
          <form method="post" action={`${agendaPath(view.meeting.id)}/start`}>
            <CsrfField token={csrf} />
            <button type="submit" class="govuk-button" data-module="govuk-button">
              Start the agenda
            </button>
          </form>
        </>
      ) : (
        <>
          <StatusLine view={view} />
          <div class={`govuk-inset-text${deadline.isLate ? ' govuk-!-font-weight-bold' : ''}`}>
            {deadline.isLate
              ? `The deadline for five clear working days' notice was ${formatLongDate(deadline.lastWorkingDay)}: publishing now is late and needs a recorded reason.`
              : `Publish by ${formatLongDate(deadline.lastWorkingDay)} to give five clear working days' notice.`}
          </div>
          <TableRegion label="Items">
            {/* With script, assets/agendaOrder.mjs adds drag handles and posts the whole order here. */}
            <table
              class="govuk-table"
              id="agenda-items"
              data-agenda-version={String(view.version)}
              data-reorder-action={`${agendaPath(view.meeting.id)}/order`}
            >
              <caption class="govuk-table__caption govuk-table__caption--m">Items</caption>
              <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                  <th scope="col" class="govuk-table__header">
                    Number
                  </th>
                  <th scope="col" class="govuk-table__header">
                    Item
                  </th>
                  <th scope="col" class="govuk-table__header">
                    <span class="govuk-visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody class="govuk-table__body">
                {view.items.map((item, index) => (
                  <tr class="govuk-table__row" data-item-id={item.id}>
                    <td class="govuk-table__cell">
                      {item.shownNumber}
                      {item.publishedIn === null && view.publications.length > 0 ? (
                        <span class="govuk-visually-hidden"> (not yet published)</span>
                      ) : (
                        <></>
                      )}
                    </td>
                    <td class="govuk-table__cell">
                      <a class="govuk-link" href={itemPath(view.meeting.id, item.id)}>
                        {item.title}
                      </a>{' '}
                      <ExemptTag item={item} />
                      {item.publishedIn === null && view.publications.length > 0 ? (
                        <strong class="govuk-tag govuk-tag--yellow">Not yet published</strong>
                      ) : (
                        <></>
                      )}
                      {item.papers.length > 0 ? (
                        <ul class="govuk-list govuk-body-s govuk-!-margin-top-1">
                          {item.papers.map((p) => (
                            <li>
                              {p.kind === 'report' ? 'Report' : 'Appendix'}: {p.title} ({p.pageCount} page
                              {p.pageCount === 1 ? '' : 's'}){p.published ? '' : ', not yet published'}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <></>
                      )}
                    </td>
                    <td class="govuk-table__cell">
                      {index > 0 ? <MoveButton view={view} item={item} direction="up" csrf={csrf} /> : <></>}
                      {index < view.items.length - 1 ? (
                        <MoveButton view={view} item={item} direction="down" csrf={csrf} />
                      ) : (
                        <></>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          <a class="govuk-button" data-module="govuk-button" href={`${agendaPath(view.meeting.id)}/publish`}>
            {view.publications.length === 0 ? 'Publish the agenda' : 'Publish the changes'}
          </a>
          <h2 class="govuk-heading-m">Add an item</h2>
          <form method="post" action={`${agendaPath(view.meeting.id)}/items`} novalidate>
            <CsrfField token={csrf} />
            <Version version={view.version} />
            <ItemFieldset fields={add} errors={errors} prefix="" />
            <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
              Add the item
            </button>
          </form>
          <PublicationHistory publications={view.publications} />
        </>
      )}
    </Layout>
  );
}

function PublicationHistory({ publications }: { publications: readonly AgendaPublication[] }): Html {
  if (publications.length === 0) return <></>;
  return (
    <>
      <h2 class="govuk-heading-m">Publications</h2>
      <ul class="govuk-list govuk-list--bullet">
        {publications.map((p) => (
          <li>
            {KIND_NAMES[p.kind]}, {formatLongDate(p.publishedAt.slice(0, 10))}
            {p.isLate ? `, late (deadline ${formatLongDate(p.deadline)}): ${p.lateReason ?? ''}` : ''}
            {p.notice ? `. Notice: ${p.notice}` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}

function ConflictBanner(): Html {
  return (
    <div class="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 class="govuk-error-summary__title">Someone else changed this agenda since you opened it</h2>
        <div class="govuk-error-summary__body">
          <p class="govuk-body">
            Here is the current agenda; your change was not saved. What you typed is kept in the form below: check it
            against the agenda as it is now and send it again.
          </p>
        </div>
      </div>
    </div>
  );
}

/** What the clerk typed into the paper form, kept when it is refused (never the file itself). */
export interface PaperFields {
  readonly paperTitle: string;
  readonly paperKind: string;
}

export interface ItemPageProps {
  readonly view: AgendaView;
  readonly item: Item;
  readonly csrf: string;
  readonly fields?: ItemFields;
  readonly paper?: PaperFields;
  readonly errors?: readonly FieldError[];
  readonly conflict?: boolean;
  readonly maxUploadLabel: string;
}

/** One item: its text and exemption, its papers, and an upload form. */
export function ItemPage(props: ItemPageProps): Html {
  const { view, item, csrf, errors = [] } = props;
  const fields = props.fields ?? {
    title: item.title,
    description: item.description ?? '',
    exempt: item.isExempt,
    exemptParagraph: item.exemptParagraph ? String(item.exemptParagraph) : '',
  };
  const paper = props.paper ?? { paperTitle: '', paperKind: 'report' };
  const path = itemPath(view.meeting.id, item.id);
  return (
    <Layout
      title={`${errors.length || props.conflict ? 'Error: ' : ''}Item ${item.shownNumber}: ${item.title}`}
      breadcrumbs={[
        { href: '/workspace', text: 'Workspace' },
        { href: agendaPath(view.meeting.id), text: `Agenda: ${meetingName(view)}` },
      ]}
    >
      <Errors errors={errors} />
      {props.conflict ? <ConflictBanner /> : <></>}
      <span class="govuk-caption-l">{meetingName(view)}</span>
      <h1 class="govuk-heading-l">
        Item {item.shownNumber}: {item.title}
      </h1>
      <form method="post" action={path} novalidate>
        <CsrfField token={csrf} />
        <Version version={view.version!} />
        <ItemFieldset fields={fields} errors={errors} prefix="" />
        <button type="submit" class="govuk-button" data-module="govuk-button">
          Save the item
        </button>
      </form>
      <h2 class="govuk-heading-m">Reports and appendices</h2>
      {item.papers.length === 0 ? (
        <p class="govuk-body">None yet.</p>
      ) : (
        <ul class="govuk-list">
          {item.papers.map((p) => (
            <li>
              <form method="post" action={`${path}/papers/${encodeURIComponent(p.id)}/remove`}>
                <CsrfField token={csrf} />
                <Version version={view.version!} />
                {p.kind === 'report' ? 'Report' : 'Appendix'}: {p.title} ({p.pageCount} page
                {p.pageCount === 1 ? '' : 's'}){p.published ? '' : ', not yet published'}{' '}
                <button
                  type="submit"
                  class="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                  data-module="govuk-button"
                >
                  Remove<span class="govuk-visually-hidden"> {p.title}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
      <form method="post" action={`${path}/papers`} enctype="multipart/form-data" novalidate>
        <CsrfField token={csrf} />
        <Version version={view.version!} />
        <TextInput
          id="paperTitle"
          label="Title of the report or appendix"
          value={paper.paperTitle}
          error={errorFor(errors, 'paperTitle')}
        />
        <SelectField
          id="paperKind"
          label="Kind"
          value={paper.paperKind}
          error={errorFor(errors, 'paperKind')}
          options={[
            { value: 'report', label: 'Report' },
            { value: 'appendix', label: 'Appendix' },
          ]}
        />
        <FileField error={errorFor(errors, 'file')} maxLabel={props.maxUploadLabel} />
        <button type="submit" class="govuk-button govuk-button--secondary" data-module="govuk-button">
          Upload
        </button>
      </form>
      <h2 class="govuk-heading-m">Remove the item</h2>
      <form method="post" action={`${path}/remove`}>
        <CsrfField token={csrf} />
        <Version version={view.version!} />
        <button type="submit" class="govuk-button govuk-button--warning" data-module="govuk-button">
          Remove this item and its papers
        </button>
      </form>
    </Layout>
  );
}

function FileField({ error, maxLabel }: { error: FieldError | undefined; maxLabel: string }): Html {
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label" for="file">
        PDF file
      </label>
      <div id="file-hint" class="govuk-hint">
        A PDF, smaller than {maxLabel}.
      </div>
      {error ? (
        <p id="file-error" class="govuk-error-message">
          <span class="govuk-visually-hidden">Error:</span> {error.message}
        </p>
      ) : (
        <></>
      )}
      <input
        class={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
        id="file"
        name="file"
        type="file"
        accept="application/pdf,.pdf"
        aria-describedby={error ? 'file-hint file-error' : 'file-hint'}
      />
    </div>
  );
}

export interface PublishPageProps {
  readonly view: AgendaView;
  readonly plan: PublicationPlan;
  readonly csrf: string;
  readonly lateReason?: string;
  readonly notice?: string;
  readonly errors?: readonly FieldError[];
  readonly conflict?: boolean;
}

/** Publishing: the deadline, a warning and a required reason when late, a notice for any later publication. */
export function PublishPage({
  view,
  plan,
  csrf,
  lateReason = '',
  notice = '',
  errors = [],
  conflict = false,
}: PublishPageProps): Html {
  const what = KIND_NAMES[plan.kind].toLowerCase();
  return (
    <Layout
      title={`${errors.length || conflict ? 'Error: ' : ''}Publish the ${what}: ${meetingName(view)}`}
      breadcrumbs={[
        { href: '/workspace', text: 'Workspace' },
        { href: agendaPath(view.meeting.id), text: `Agenda: ${meetingName(view)}` },
      ]}
    >
      <Errors errors={errors} />
      {conflict ? <ConflictBanner /> : <></>}
      <span class="govuk-caption-l">{meetingName(view)}</span>
      <h1 class="govuk-heading-l">Publish the {what}</h1>
      <p class="govuk-body">
        The meeting is on {formatLongDate(plan.meetingDate)}. Five clear working days before it (not counting the day of
        publication, the day of the meeting, weekends or bank holidays) means publishing by{' '}
        {formatLongDate(plan.lastWorkingDay)}.
      </p>
      {plan.kind === 'supplementary' ? (
        <p class="govuk-body">
          {plan.newItems} item{plan.newItems === 1 ? '' : 's'} added since the agenda was published will be published as
          a supplementary agenda, numbered after the published items; published numbers do not change.
        </p>
      ) : (
        <></>
      )}
      {plan.isLate ? (
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">Warning</span>
            Today is after the deadline: this {what} is late. Record the reason (the Chair's reasons for urgency).
          </strong>
        </div>
      ) : (
        <></>
      )}
      <form method="post" action={`${agendaPath(view.meeting.id)}/publish`} novalidate>
        <CsrfField token={csrf} />
        <Version version={plan.version} />
        {plan.isLate ? (
          <TextArea
            id="lateReason"
            label="Reason for late publication"
            value={lateReason}
            rows={3}
            error={errorFor(errors, 'lateReason')}
          />
        ) : (
          <></>
        )}
        {plan.kind !== 'agenda' ? (
          <TextArea
            id="notice"
            label="What changed"
            hint="Shown on the public meeting page as the change notice."
            value={notice}
            rows={3}
            error={errorFor(errors, 'notice')}
          />
        ) : (
          <></>
        )}
        <button type="submit" class="govuk-button" data-module="govuk-button">
          Publish the {what}
        </button>
      </form>
    </Layout>
  );
}

/** The confirmation after a publication. */
export function PublishedPage({ view, publication }: { view: AgendaView; publication: AgendaPublication }): Html {
  return (
    <Layout title={`${KIND_NAMES[publication.kind]} published: ${meetingName(view)}`}>
      <div class="govuk-panel govuk-panel--confirmation">
        <h1 class="govuk-panel__title">{KIND_NAMES[publication.kind]} published</h1>
        <div class="govuk-panel__body">{meetingName(view)}</div>
      </div>
      <p class="govuk-body">
        The public meeting page now shows the agenda{publication.notice ? ' and the change notice' : ''}; feeds tell
        subscribers. Exempt items show their number and title only.
      </p>
      {publication.isLate ? (
        <p class="govuk-body">It was published after the deadline; the reason you gave is recorded with it.</p>
      ) : (
        <></>
      )}
      {view.packs[0] ? (
        <p class="govuk-body">
          {'The public document pack is on the meeting page: '}
          <a class="govuk-link" href={`/documents/${encodeURIComponent(view.packs[0].id)}`}>
            {`${view.packs[0].title}${view.packs[0].pageCount ? ` (${view.packs[0].pageCount} pages)` : ''}`}
          </a>
          . Exempt items’ papers are not in it: a page names the paragraph of Schedule 12A instead.
        </p>
      ) : (
        <></>
      )}
      <ul class="govuk-list">
        <li>
          <a class="govuk-link" href={`/meetings/${encodeURIComponent(view.meeting.id)}`}>
            See the public meeting page
          </a>
        </li>
        <li>
          <a class="govuk-link" href={agendaPath(view.meeting.id)}>
            Back to the agenda
          </a>
        </li>
      </ul>
    </Layout>
  );
}

/** Coming meetings the clerk may build agendas for. */
export function AgendaListPage({
  meetings,
}: {
  meetings: readonly { id: string; bodyName: string; date: string; version: number | null; publications: number }[];
}): Html {
  return (
    <Layout title="Agendas" breadcrumbs={[{ href: '/workspace', text: 'Workspace' }]}>
      <h1 class="govuk-heading-l">Agendas</h1>
      {meetings.length === 0 ? (
        <p class="govuk-body">No coming meetings of your committees.</p>
      ) : (
        <TableRegion label="Coming meetings">
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--m">Coming meetings</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  Date
                </th>
                <th scope="col" class="govuk-table__header">
                  Committee
                </th>
                <th scope="col" class="govuk-table__header">
                  Agenda
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {meetings.map((m) => (
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">{formatLongDate(m.date)}</td>
                  <td class="govuk-table__cell">
                    <a class="govuk-link" href={agendaPath(m.id)}>
                      {m.bodyName}
                    </a>
                  </td>
                  <td class="govuk-table__cell">
                    {m.version === null ? 'Not started' : m.publications > 0 ? 'Published' : 'Draft'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </Layout>
  );
}

import type { MeetingDeclarationsView, MemberRegister } from '../../../app/declarations/meetingDeclarations.js';
import { formatLongDate } from '../../../domain/calendar/dateInWords.js';
import { conductInWords, DECLARATION_KIND_LABELS, RECORDED_DECLARATION_KINDS } from '../../../domain/declaration.js';
import { INTEREST_CATEGORY_LABELS } from '../../../domain/interests/interestCategory.js';
import type { DeclarableItem } from '../../../store/repositories/declarationRepository.js';
import { ErrorSummary } from '../../pages/errorSummary.js';
import type { Html } from '../../pages/html.js';
import { Layout } from '../../pages/layout.js';
import { TableRegion } from '../../pages/tableRegion.js';
import { CsrfField, errorFor, SelectField, TextArea, type FieldError } from '../forms/formFields.js';
import { meetingPath } from '../schedule/meetingPages.js';
import { Checkbox, Radios, SuccessBanner } from '../schedule/scheduleFields.js';
import { INTERESTS_HOME, registerPath } from '../interests/interestPaths.js';
import { ReviewTag } from '../interests/reviewTag.js';

export const declarationsPath = (meetingId: string): string =>
  `/workspace/meetings/${encodeURIComponent(meetingId)}/declarations`;

/** The form's values as typed: kept whole when the form comes back with an error. */
export interface DeclarationValues {
  readonly personId: string;
  readonly itemId: string;
  readonly kind: string;
  readonly text: string;
  readonly leftRoom: boolean;
  readonly tookNoPart: boolean;
  readonly dispensation: boolean;
}

export const EMPTY_DECLARATION: DeclarationValues = {
  personId: '',
  itemId: '',
  kind: '',
  text: '',
  leftRoom: false,
  tookNoPart: false,
  dispensation: false,
};

function itemLabel(item: DeclarableItem): string {
  return item.number ? `${item.number}. ${item.title}` : item.title;
}

function Registers({ registers }: { registers: readonly MemberRegister[] }): Html {
  if (registers.length === 0)
    return <p class="govuk-body">No member of this meeting has a register of interests recorded yet.</p>;
  return (
    <>
      {registers.map((r) => (
        <div class="govuk-summary-card">
          <div class="govuk-summary-card__title-wrapper">
            <h3 class="govuk-summary-card__title">{r.person.name}</h3>
            <ul class="govuk-summary-card__actions">
              <li class="govuk-summary-card__action">
                <a class="govuk-link" href={registerPath(r.person.slug)}>
                  Register<span class="govuk-visually-hidden"> of {r.person.name}</span>
                </a>
              </li>
            </ul>
          </div>
          <div class="govuk-summary-card__content">
            <p class="govuk-body">
              <ReviewTag status={r.review} />
            </p>
            {r.entries.length === 0 ? (
              <p class="govuk-body">No entries registered.</p>
            ) : (
              <ul class="govuk-list govuk-list--bullet">
                {r.entries.map((e) => (
                  <li>
                    {INTEREST_CATEGORY_LABELS[e.category]}:{' '}
                    {e.sensitive ? `${e.description} (sensitive)` : e.description}
                    {e.daysLate > 0 ? (
                      <>
                        {' '}
                        <strong class="govuk-tag govuk-tag--orange">Registered {e.daysLate} days late</strong>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      ))}
    </>
  );
}

export function DeclarationsPage(props: {
  view: MeetingDeclarationsView;
  csrfToken: string;
  values: DeclarationValues;
  errors?: readonly FieldError[];
  done?: string | null;
}): Html {
  const { view } = props;
  const errors = props.errors ?? [];
  const itemById = new Map(view.items.map((i) => [i.id, i]));
  const personById = new Map(view.people.map((p) => [p.id, p]));
  const entryById = new Map(view.registers.flatMap((r) => r.entries.map((e) => [e.id, e])));
  const when = `${view.meeting.bodyName}, ${formatLongDate(view.meeting.date)}`;
  return (
    <Layout
      title={`${errors.length ? 'Error: ' : ''}Declarations of interest - ${when}`}
      breadcrumbs={[
        { href: '/workspace', text: 'Workspace' },
        { href: INTERESTS_HOME, text: 'Interests and declarations' },
        { href: meetingPath(view.meeting.id), text: when },
      ]}
    >
      {errors.length ? <ErrorSummary errors={errors.map((e) => ({ target: e.field, message: e.message }))} /> : null}
      {props.done === 'added' ? <SuccessBanner text="Declaration recorded" /> : null}
      {props.done === 'removed' ? <SuccessBanner text="Declaration removed" /> : null}
      <span class="govuk-caption-l">{when}</span>
      <h1 class="govuk-heading-xl">Declarations of interest</h1>
      <p class="govuk-body">
        <a class="govuk-link" href={`/meetings/${encodeURIComponent(view.meeting.id)}`}>
          The meeting's public page
        </a>{' '}
        shows every declaration recorded here.
      </p>

      <h2 class="govuk-heading-l" id="declarations">
        Declarations recorded
      </h2>
      {view.declarations.length === 0 ? (
        <p class="govuk-body">No declarations are recorded for this meeting.</p>
      ) : (
        <TableRegion label="Declarations recorded">
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--m govuk-visually-hidden">
              Declarations recorded
            </caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  Member
                </th>
                <th scope="col" class="govuk-table__header">
                  Item
                </th>
                <th scope="col" class="govuk-table__header">
                  Interest
                </th>
                <th scope="col" class="govuk-table__header">
                  At the meeting
                </th>
                <th scope="col" class="govuk-table__header">
                  <span class="govuk-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {view.declarations.map((d) => {
                const item = d.itemId ? itemById.get(d.itemId) : undefined;
                return (
                  <tr class="govuk-table__row">
                    <td class="govuk-table__cell">{d.person.name}</td>
                    <td class="govuk-table__cell">{item ? itemLabel(item) : 'The whole meeting'}</td>
                    <td class="govuk-table__cell">
                      <strong>{DECLARATION_KIND_LABELS[d.kind]}</strong>: {d.text}
                    </td>
                    <td class="govuk-table__cell">
                      {conductInWords(d) || 'Not recorded'}
                      {d.warning ? (
                        <>
                          <br />
                          <strong class="govuk-tag govuk-tag--red">{d.warning}</strong>
                        </>
                      ) : null}
                    </td>
                    <td class="govuk-table__cell">
                      {d.sourceDocumentId === null ? (
                        <form
                          method="post"
                          action={`${declarationsPath(view.meeting.id)}/${encodeURIComponent(d.id)}/remove`}
                          novalidate
                        >
                          <CsrfField token={props.csrfToken} />
                          <button
                            type="submit"
                            class="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                            data-module="govuk-button"
                          >
                            Remove<span class="govuk-visually-hidden"> {d.person.name}'s declaration</span>
                          </button>
                        </form>
                      ) : (
                        'From the minutes'
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableRegion>
      )}

      <h2 class="govuk-heading-l">What members might need to declare</h2>
      <div class="govuk-inset-text">
        These are prompts, not declarations. Each is a register entry that shares a word with an item's title or
        description: ask the member whether they have an interest. Only the member can say, and an interest can matter
        to an item that shares no word with it.
      </div>
      {view.items.length === 0 ? (
        <p class="govuk-body">The meeting has no published agenda items yet.</p>
      ) : (
        <ul class="govuk-list govuk-list--spaced">
          {view.items.map((item) => {
            const prompts = view.prompts.filter((p) => p.itemId === item.id);
            return (
              <li>
                <strong>{itemLabel(item)}</strong>
                {prompts.length === 0 ? (
                  <p class="govuk-body-s govuk-!-margin-bottom-0">No register entry shares a word with this item.</p>
                ) : (
                  <ul class="govuk-list govuk-list--bullet">
                    {prompts.map((p) => {
                      const person = personById.get(p.personId);
                      const entry = entryById.get(p.entryId);
                      return (
                        <li>
                          {person?.name ?? 'A member'}: “{entry?.description ?? ''}” (shares{' '}
                          {p.words.map((w) => `“${w}”`).join(', ')}){' '}
                          <a
                            class="govuk-link"
                            href={`${declarationsPath(view.meeting.id)}?person=${encodeURIComponent(p.personId)}&item=${encodeURIComponent(item.id)}#record`}
                          >
                            Record a declaration
                            <span class="govuk-visually-hidden"> by {person?.name} on this item</span>
                          </a>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}

      <div class="govuk-grid-row">
        <div class="govuk-grid-column-two-thirds">
          <h2 class="govuk-heading-l" id="record">
            Record a declaration
          </h2>
          {view.people.length === 0 ? (
            <p class="govuk-body">
              No one is recorded at this meeting or as a member of {view.meeting.bodyName} on its date: record the
              attendance or the membership first.
            </p>
          ) : (
            <form method="post" action={declarationsPath(view.meeting.id)} novalidate>
              <CsrfField token={props.csrfToken} />
              <SelectField
                id="personId"
                label="Member"
                value={props.values.personId}
                error={errorFor(errors, 'personId')}
                options={[
                  { value: '', label: 'Choose a member' },
                  ...view.people.map((p) => ({ value: p.id, label: p.name })),
                ]}
              />
              <SelectField
                id="itemId"
                label="Item"
                hint="Choose the whole meeting for an interest declared in general, not on one item"
                value={props.values.itemId}
                error={errorFor(errors, 'itemId')}
                options={[
                  { value: '', label: 'The whole meeting' },
                  ...view.items.map((i) => ({ value: i.id, label: itemLabel(i) })),
                ]}
              />
              <Radios
                name="kind"
                legend="Kind of interest"
                value={props.values.kind}
                error={errorFor(errors, 'kind')}
                options={RECORDED_DECLARATION_KINDS.map((k) => ({ value: k, label: DECLARATION_KIND_LABELS[k] }))}
              />
              <TextArea
                id="text"
                label="The interest"
                hint="As the member described it, for example: worked for the Children's Society"
                value={props.values.text}
                rows={3}
                error={errorFor(errors, 'text')}
              />
              <div class="govuk-form-group">
                <fieldset class="govuk-fieldset">
                  <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">At the meeting</legend>
                  <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                    <Checkbox id="leftRoom" label="Left the room for the item" checked={props.values.leftRoom} />
                    <Checkbox
                      id="tookNoPart"
                      label="Took no part in the discussion or the vote"
                      checked={props.values.tookNoPart}
                    />
                    <Checkbox
                      id="dispensation"
                      label="Had a dispensation to take part"
                      hint="Granted under section 33 of the Localism Act 2011"
                      checked={props.values.dispensation}
                    />
                  </div>
                </fieldset>
              </div>
              <button type="submit" class="govuk-button" data-module="govuk-button">
                Record declaration
              </button>
            </form>
          )}
        </div>
      </div>

      <h2 class="govuk-heading-l">Members' registers of interests</h2>
      <p class="govuk-body">
        Entries registered more than 28 days after the interest arose are marked, as are registers not reviewed in the
        last year.{' '}
        <a class="govuk-link" href={INTERESTS_HOME}>
          Every register
        </a>
      </p>
      <Registers registers={view.registers} />
    </Layout>
  );
}

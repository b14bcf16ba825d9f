import type { Html } from '../../pages/html.js';
import { errorFor, TextInput, type FieldError } from '../forms/formFields.js';
import { Checkbox } from './scheduleFields.js';

/** What was typed into the place and contact fields, kept as typed after an error. */
export interface PlaceValues {
  readonly venue: string;
  readonly isRemote: boolean;
  readonly streamUrl: string;
  readonly contactName: string;
  readonly contactEmail: string;
  readonly contactPhone: string;
}

export const EMPTY_PLACE: PlaceValues = {
  venue: '',
  isRemote: false,
  streamUrl: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
};

export function placeValuesOf(form: Record<string, string>): PlaceValues {
  return {
    venue: form.venue ?? '',
    isRemote: form.isRemote === 'yes',
    streamUrl: form.streamUrl ?? '',
    contactName: form.contactName ?? '',
    contactEmail: form.contactEmail ?? '',
    contactPhone: form.contactPhone ?? '',
  };
}

/** Venue, remote and stream, contact officer: the same fields when a meeting is added and when it is changed. */
export function PlaceFields({ values, errors }: { values: PlaceValues; errors: readonly FieldError[] }): Html {
  return (
    <>
      <h2 class="govuk-heading-m">Where</h2>
      <TextInput
        id="venue"
        label="Venue"
        hint="For example, Council Chamber, Loxley House. Leave empty for a meeting held only remotely."
        value={values.venue}
        error={errorFor(errors, 'venue')}
        autocomplete="off"
      />
      <div class="govuk-form-group">
        <div class="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          <Checkbox id="isRemote" label="Held remotely, with a stream the public can watch" checked={values.isRemote} />
        </div>
      </div>
      <TextInput
        id="streamUrl"
        label="Stream address (optional for a meeting in a venue)"
        hint="The full address the public watches the meeting at, starting https://"
        value={values.streamUrl}
        error={errorFor(errors, 'streamUrl')}
        type="url"
        spellcheck={false}
        inputmode="url"
      />
      <h2 class="govuk-heading-m">Contact officer</h2>
      <TextInput
        id="contactName"
        label="Name (optional)"
        value={values.contactName}
        error={errorFor(errors, 'contactName')}
        autocomplete="off"
        spellcheck={false}
      />
      <TextInput
        id="contactEmail"
        label="Email address (optional)"
        value={values.contactEmail}
        error={errorFor(errors, 'contactEmail')}
        type="email"
        spellcheck={false}
        inputmode="email"
      />
      <TextInput
        id="contactPhone"
        label="Phone number (optional)"
        hint="For example, 0115 876 4321"
        value={values.contactPhone}
        error={errorFor(errors, 'contactPhone')}
        type="tel"
        width="govuk-input--width-20"
      />
    </>
  );
}

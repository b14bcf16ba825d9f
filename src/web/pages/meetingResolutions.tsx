import type { SourcedResolutionLine } from '../../store/public/publicMeetings.js';
import { FromLink } from './fromLink.js';
import type { Html } from './html.js';
import { MotionDetails } from './motionDetails.js';

/**
 * What a meeting resolved outside any item (prose minutes with no items), one row each with the
 * place it was read, as an item's resolutions are shown. Each has an anchor (`#resolution-{id}`)
 * for search and the API to link to. Nothing when there are none.
 */
export function MeetingResolutions({ resolutions }: { resolutions: readonly SourcedResolutionLine[] }): Html {
  if (resolutions.length === 0) return <></>;
  return (
    <section aria-labelledby="meeting-resolutions">
      <h2 class="govuk-heading-l" id="meeting-resolutions">
        Resolutions
      </h2>
      <ol class="govuk-list govuk-list--number meeting-resolutions">
        {resolutions.map((r) => (
          <li id={`resolution-${r.id}`}>
            {r.motion ? <MotionDetails motion={r.motion} text={r.text} /> : r.text}
            {r.isFormal || r.motion ? '' : ' (agreed)'} <FromLink source={r.source} what="resolution of this meeting" />
          </li>
        ))}
      </ol>
    </section>
  );
}

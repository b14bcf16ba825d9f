import { layOutMinutes, type MinuteBlock, type MinuteParagraph } from '../../domain/minuteBlocks.js';
import type { MinutePoint, Resolution } from '../../domain/minutes.js';
import type { PublicMotion } from '../../store/public/publicMinutes.js';
import type { SourceLink } from '../../store/public/publicRefs.js';
import { MotionDetails } from './motionDetails.js';
import { FromLink } from './fromLink.js';
import type { Html } from './html.js';

type SourcedResolution = Resolution & { readonly source: SourceLink | null; readonly motion?: PublicMotion };

export interface ItemMinutesProps {
  readonly item: {
    readonly title: string;
    readonly minutesText: string | null;
    readonly points: readonly MinutePoint[];
    readonly resolutions: readonly SourcedResolution[];
  };
  /** On the meeting page a long minute folds behind "Show all"; the item page shows it whole. */
  readonly fold: boolean;
  /** Level of the heading over resolutions the minutes' text does not hold. */
  readonly headingLevel: 2 | 4;
  /** Gives each resolution an anchor (`#resolution-{id}`), which links from search and the API point at. */
  readonly anchors: boolean;
}

/** A minute longer than this (paragraphs or characters) folds on the meeting page. */
const FOLD_PARAGRAPHS = 4;
const FOLD_CHARACTERS = 1200;
/** Paragraphs after the last resolutions that stay in view with them. */
const CLOSING_PARAGRAPHS = 2;

type Block = MinuteBlock<SourcedResolution>;
type Paragraph = MinuteParagraph<SourcedResolution>;

function ParagraphText({ paragraph, title, anchors }: { paragraph: Paragraph; title: string; anchors: boolean }): Html {
  return (
    <>
      {anchors ? paragraph.resolutionsStartingHere.map((r) => <span id={`resolution-${r.id}`}></span>) : ''}
      {paragraph.text}
      {paragraph.resolutionsEndingHere.map((r) => (
        <>
          {' '}
          <FromLink source={r.source} what={`resolution on ${title}`} />
        </>
      ))}
    </>
  );
}

/** Paragraphs as written; a run of those opening with a list marker is a list (the marker stays in the text). */
function Paragraphs({
  paragraphs,
  title,
  anchors,
}: {
  paragraphs: readonly Paragraph[];
  title: string;
  anchors: boolean;
}): Html {
  const runs: Paragraph[][] = [];
  for (const p of paragraphs) {
    const last = runs[runs.length - 1];
    if (last && p.listed && last[0]!.listed) last.push(p);
    else runs.push([p]);
  }
  return (
    <>
      {runs.map((run) =>
        run[0]!.listed ? (
          <ul class="govuk-list quorum-minute-list">
            {run.map((p) => (
              <li>
                <ParagraphText paragraph={p} title={title} anchors={anchors} />
              </li>
            ))}
          </ul>
        ) : (
          <p class="govuk-body">
            <ParagraphText paragraph={run[0]!} title={title} anchors={anchors} />
          </p>
        ),
      )}
    </>
  );
}

function Blocks({ blocks, title, anchors }: { blocks: readonly Block[]; title: string; anchors: boolean }): Html {
  return (
    <>
      {blocks.map((b) =>
        b.kind === 'resolved' ? (
          <div class="quorum-resolved">
            <Paragraphs paragraphs={b.paragraphs} title={title} anchors={anchors} />
          </div>
        ) : (
          <Paragraphs paragraphs={b.paragraphs} title={title} anchors={anchors} />
        ),
      )}
    </>
  );
}

/**
 * Where a long minute folds: its opening paragraph stays in view, and so do the resolutions that close it; what lies
 * between goes behind "Show all". Null when the minute is short enough to show whole.
 */
function foldOf(blocks: readonly Block[]): { head: Block[]; middle: Block[]; tail: Block[] } | null {
  const paragraphs = blocks.flatMap((b) => b.paragraphs);
  const characters = paragraphs.reduce((n, p) => n + p.text.length, 0);
  if (paragraphs.length <= FOLD_PARAGRAPHS && characters <= FOLD_CHARACTERS) return null;
  // The resolutions stay in view, with the few closing words after them ("The Chair thanked the officers").
  let tailFrom = blocks.length;
  let closing = 0;
  for (let k = blocks.length - 1; k > 0; k--) {
    const block = blocks[k]!;
    if (block.kind === 'text') closing += block.paragraphs.length;
    if (closing > CLOSING_PARAGRAPHS) break;
    if (block.kind === 'resolved') tailFrom = k;
  }
  const body = blocks.slice(0, tailFrom);
  const first = body[0];
  if (!first) return null;
  const head: Block[] = [{ kind: first.kind, paragraphs: first.paragraphs.slice(0, 1) }];
  const rest = first.paragraphs.slice(1);
  const middle: Block[] = [...(rest.length ? [{ kind: first.kind, paragraphs: rest }] : []), ...body.slice(1)];
  if (middle.flatMap((b) => b.paragraphs).length < 2) return null;
  return { head, middle, tail: blocks.slice(tailFrom) };
}

/**
 * An item's minutes in full and in order, as the document gives them: opening paragraphs, lettered points (damaged
 * markers and all), resolutions where they were made, closing paragraphs. Points and resolutions the text does not
 * hold (a record typed in) follow it.
 */
export function ItemMinutesBody({ item, fold, headingLevel, anchors }: ItemMinutesProps): Html {
  // A motion's words often repeat a RESOLVED in the text; placed inline it would lose its mover, result and votes.
  const motions = item.resolutions.filter((r) => r.motion);
  const layout = layOutMinutes(
    item.minutesText,
    item.points,
    item.resolutions.filter((r) => !r.motion),
  );
  const folded = fold ? foldOf(layout.blocks) : null;
  const others = [...layout.otherResolutions, ...motions];
  const heading = others.some((r) => r.isFormal) ? 'Resolved' : 'Agreed';
  const hidden = folded ? folded.middle.flatMap((b) => b.paragraphs).length : 0;
  return (
    <>
      {folded ? (
        <>
          <Blocks blocks={folded.head} title={item.title} anchors={anchors} />
          <details class="govuk-details">
            <summary class="govuk-details__summary">
              <span class="govuk-details__summary-text">{`Show all of this minute (${hidden} more paragraphs)`}</span>
            </summary>
            <div class="govuk-details__text">
              <Blocks blocks={folded.middle} title={item.title} anchors={anchors} />
            </div>
          </details>
          <Blocks blocks={folded.tail} title={item.title} anchors={anchors} />
        </>
      ) : (
        <Blocks blocks={layout.blocks} title={item.title} anchors={anchors} />
      )}
      {layout.otherPoints.length > 0 ? (
        <ol class="govuk-list">
          {layout.otherPoints.map((p) => (
            <li>{p.label ? `${p.label}) ${p.text}` : p.text}</li>
          ))}
        </ol>
      ) : (
        ''
      )}
      {others.length > 0 ? (
        <>
          {headingLevel === 2 ? (
            <h2 class="govuk-heading-l">Resolutions and decisions</h2>
          ) : (
            <h4 class="govuk-heading-s">{heading}</h4>
          )}
          <ol class="govuk-list govuk-list--number">
            {others.map((r) => (
              <li id={anchors ? `resolution-${r.id}` : undefined}>
                {r.motion ? <MotionDetails motion={r.motion} text={r.text} /> : r.text}
                {r.isFormal || r.motion ? '' : ' (agreed)'}{' '}
                <FromLink source={r.source} what={`resolution on ${item.title}`} />
              </li>
            ))}
          </ol>
        </>
      ) : (
        ''
      )}
    </>
  );
}

/** Whether an item has any minutes to show. */
export function hasMinutes(item: ItemMinutesProps['item']): boolean {
  return Boolean(item.minutesText?.trim()) || item.points.length > 0 || item.resolutions.length > 0;
}

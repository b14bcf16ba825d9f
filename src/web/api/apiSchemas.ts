import { z } from 'zod';
import { ACCEPTANCES, RECOMMENDATION_STATUSES } from '../../domain/recommendation.js';
import { FORWARD_PLAN_STATUSES, LATE_NOTICE_KINDS } from '../../domain/forwardPlan/forwardPlanEntry.js';
import { ISO_DATE } from '../../domain/isoDateType.js';
import { WORK_PROGRAMME_SOURCES, WORK_PROGRAMME_STATUSES } from '../../domain/workProgramme.js';
import { SEARCH_KINDS } from '../../store/public/publicSearch.js';

/**
 * The JSON API's resources. The same zod objects validate every response before it is sent and
 * become the OpenAPI document's components (openApiDocument.ts), so the two cannot drift.
 * Objects are strict: a field a handler adds without declaring it here is a 500, not a silent extra.
 * Kinds read from documents are typed as strings, the domain's values named in descriptions, so data
 * imported before a new value was named is still served; the tracker's own statuses are enums.
 */
export const apiSchemaRegistry = z.registry<{ id: string; description?: string }>();

function component<T extends z.ZodType>(id: string, schema: T, description: string): T {
  apiSchemaRegistry.add(schema, { id, description });
  return schema;
}

const url = z.url();
const isoDate = z.string().regex(ISO_DATE);
const text = z.string();

export const BodyRefSchema = component(
  'BodyRef',
  z.strictObject({ id: z.string(), slug: z.string(), name: text, url, html_url: url }),
  'A body (committee, board, panel) named from another resource.',
);

export const PersonRefSchema = component(
  'PersonRef',
  z.strictObject({ id: z.string(), slug: z.string(), name: text, url, html_url: url }),
  'A person named from another resource; spellings merged into another person show as that person.',
);

export const MeetingRefSchema = component(
  'MeetingRef',
  z.strictObject({ id: z.string(), date: isoDate, url, html_url: url }),
  'A meeting named from another resource.',
);

export const ItemRefSchema = component(
  'ItemRef',
  z.strictObject({ id: z.string(), url, html_url: url }),
  'An agenda item named from another resource.',
);

export const SourceSchema = component(
  'Source',
  z.strictObject({
    document_id: z.string(),
    document_url: url,
    html_url: url.describe('The source document in the portal, with the place this was read from marked.'),
    page: z.int().min(1).nullable(),
    inferred: z.boolean().describe('True when the document implies the value rather than stating it.'),
  }),
  'Where a fact was read.',
);

export const BodySchema = component(
  'Body',
  z.strictObject({
    id: z.string(),
    url,
    html_url: url,
    slug: z.string(),
    name: text,
    kind: z.string().describe('full_council, executive, committee, sub_committee, board, panel, partnership or other'),
    is_scrutiny: z.boolean(),
    parent_id: z.string().nullable(),
    quorum: z.strictObject({ fraction: z.number(), minimum: z.int() }),
    allows_substitutes: z.boolean(),
    meetings_url: url,
  }),
  'A committee, sub-committee, board or panel.',
);

const TermsOfReferenceSchema = z.strictObject({
  adopted_on: isoDate.nullable(),
  description: text.nullable(),
  purpose: text.nullable(),
  objectives: text.nullable(),
  powers: text.nullable(),
  membership_rules: text.nullable(),
  quorum_text: text.nullable(),
  frequency_text: text.nullable(),
});

export const BodyDetailSchema = component(
  'BodyDetail',
  BodySchema.extend({
    terms_of_reference: TermsOfReferenceSchema.nullable(),
    members: z.array(
      z.strictObject({
        person: PersonRefSchema,
        roles: z.array(text),
        first_seen: isoDate,
        last_seen: isoDate,
        meetings: z.int().min(0),
        current: z
          .boolean()
          .describe('Expected at the body’s latest meeting that recorded attendance, held within the last 12 months.'),
        basis: z
          .enum(['stated', 'inferred'])
          .describe('stated: the record states the membership; inferred: from attendance as a member'),
        stated_on: isoDate.nullable().describe('The date of the meeting whose record states the membership.'),
      }),
    ),
  }),
  'A body with its terms of reference and the members recorded at its meetings.',
);

export const PersonSchema = component(
  'Person',
  z.strictObject({
    id: z.string(),
    url,
    html_url: url,
    slug: z.string(),
    name: text,
    honorific: text.nullable(),
    given_name: text.nullable(),
    family_name: text.nullable(),
    kind: z.string().describe('councillor, officer, co_optee, partner, public or unknown'),
  }),
  'A councillor, officer or other person recorded at meetings.',
);

export const PersonDetailSchema = component(
  'PersonDetail',
  PersonSchema.extend({
    aliases: z.array(text).describe('Other spellings of the name found in documents.'),
    memberships_url: url,
    attendance: z.array(
      z.strictObject({
        meeting: MeetingRefSchema,
        body: BodyRefSchema,
        kind: z.string(),
        reason: text.nullable(),
        role_text: text.nullable(),
      }),
    ),
    attendance_rates: z.array(
      z.strictObject({
        body: BodyRefSchema,
        municipal_year: z.string(),
        attended: z.int().min(0),
        expected: z.int().min(0),
      }),
    ),
  }),
  'A person with their attendance record.',
);

export const MembershipSchema = component(
  'Membership',
  z.strictObject({
    id: z.string(),
    url,
    html_url: url,
    person: PersonRefSchema,
    body: BodyRefSchema,
    role: z.string().describe('chair, vice_chair, member, co_optee, substitute or ex_officio'),
    voting_scope: z.string().describe('full, education (statutory education co-optees) or none'),
    party: text.nullable(),
    starts_on: isoDate.nullable(),
    ends_on: isoDate.nullable(),
    basis: z
      .enum(['stated', 'inferred'])
      .describe(
        'stated: the record states it (official); inferred: from attendance as a member at the body’s meetings',
      ),
    first_seen: isoDate.nullable().describe('The first meeting that gave evidence of the membership.'),
    last_seen: isoDate.nullable().describe('The last meeting that gave evidence of the membership.'),
    statement: text.nullable().describe('For a stated membership: the words of the record that state it.'),
  }),
  'A recorded membership of a body.',
);

export const MeetingSchema = component(
  'Meeting',
  z.strictObject({
    id: z.string(),
    url,
    html_url: url,
    body: BodyRefSchema,
    date: isoDate,
    start_time: z.string().nullable(),
    started_at: z.string().nullable(),
    ended_at: z.string().nullable(),
    venue: text.nullable(),
    is_remote: z.boolean(),
    stream_url: text.nullable(),
    status: z.string().describe('scheduled, agenda_published, held, minutes_draft, minutes_confirmed or cancelled'),
    municipal_year: z.string().nullable(),
    contact: z.strictObject({ name: text.nullable(), email: text.nullable(), phone: text.nullable() }),
    item_count: z.int().min(0).describe('Public agenda items; exempt items are not published.'),
    items_url: url,
  }),
  'A meeting of a body.',
);

export const ItemSchema = component(
  'Item',
  z.strictObject({
    id: z.string(),
    url,
    html_url: url,
    meeting: MeetingRefSchema,
    body: BodyRefSchema,
    position: z.int(),
    agenda_number: text.nullable(),
    minute_number: text.nullable(),
    title: text,
    description: text.nullable(),
    standard_kind: z.string().nullable(),
    page_start: z.int().nullable(),
    page_end: z.int().nullable(),
  }),
  'A public agenda item. Exempt items (Schedule 12A) are never published.',
);

const VoteChoiceSchema = z.enum(['for', 'against', 'abstain', 'not_voting']);

export const MotionSchema = component(
  'Motion',
  z.strictObject({
    kind: z.string().describe('motion or amendment'),
    mover: PersonRefSchema.nullable(),
    seconder: PersonRefSchema.nullable(),
    rule: z
      .string()
      .nullable()
      .describe(
        'The rule that decides it: simple_majority, two_thirds_of_those_voting or majority_of_whole_membership',
      ),
    result: z
      .string()
      .nullable()
      .describe('carried, lost or tied, as the meeting declared it (48 for can still be lost under its rule)'),
    result_reason: text.nullable(),
    casting_vote: z.enum(['for', 'against']).nullable().describe('The chair’s casting vote, when one was given.'),
    tally: z
      .strictObject({ for: z.int(), against: z.int(), abstain: z.int(), not_voting: z.int() })
      .nullable()
      .describe('The numbers, when the votes were counted rather than recorded by name.'),
    votes: z
      .array(z.strictObject({ person: PersonRefSchema, vote: VoteChoiceSchema }))
      .describe('A recorded vote: each member by name. Empty for a tally or a decision by assent.'),
  }),
  'A motion or amendment put to the meeting, as the clerk recorded it in the workspace.',
);

export const ResolutionSchema = component(
  'Resolution',
  z.strictObject({
    id: z.string(),
    url,
    html_url: url.describe('Its row on the item’s page, or on the meeting page for a meeting’s own resolution.'),
    item: ItemRefSchema.nullable().describe(
      'The agenda item it was taken on; null for what a meeting resolved outside any item (prose minutes).',
    ),
    meeting: MeetingRefSchema,
    body: BodyRefSchema,
    position: z.int(),
    label: text.nullable(),
    kind: z.string().describe('note, recommendation, request, decision or other'),
    is_formal: z.boolean().describe('True for what the minutes introduce as RESOLVED; false for other agreements.'),
    text,
    source: SourceSchema.nullable(),
    motion: MotionSchema.nullable().describe('The motion and its vote, when the minutes were written in Quorum.'),
  }),
  'A resolution or decision on a public agenda item, or of a meeting whose minutes have no items.',
);

export const MeetingResolutionSchema = component(
  'MeetingResolution',
  z.strictObject({
    id: z.string(),
    url,
    html_url: url,
    position: z.int(),
    label: text.nullable(),
    kind: z.string().describe('note, recommendation, request, decision or other'),
    is_formal: z.boolean().describe('True for what the minutes introduce as RESOLVED; false for other agreements.'),
    text,
    source: SourceSchema.nullable(),
  }),
  'What a meeting resolved outside any agenda item: minutes written as prose, with no items.',
);

export const ItemDetailSchema = component(
  'ItemDetail',
  ItemSchema.extend({
    minutes_text: text.nullable(),
    points: z.array(z.strictObject({ label: text.nullable(), text })),
    resolutions: z.array(ResolutionSchema),
    source: SourceSchema.nullable(),
  }),
  'A public agenda item with its minutes and resolutions.',
);

export const DocumentSchema = component(
  'Document',
  z.strictObject({
    id: z.string(),
    url,
    html_url: url,
    title: text.nullable(),
    file_name: text.describe('The last part of the place the document was imported from.'),
    origin_url: url.nullable().describe('Where the document was published, when it was imported from the web.'),
    media_type: z.string(),
    byte_size: z.int().min(0),
    page_count: z.int().min(0).nullable(),
    content_hash: z.string().describe('SHA-256 of the bytes, hex.'),
    supersedes_id: z.string().nullable().describe('The earlier version of the same document that this one replaces.'),
    imported_at: z.string(),
  }),
  'A source document (agenda, minutes, document pack) that facts were read from.',
);

export const DocumentDetailSchema = component(
  'DocumentDetail',
  DocumentSchema.extend({
    parts: z.array(
      z.strictObject({
        position: z.int(),
        kind: z.string(),
        title: text,
        page_start: z.int().nullable(),
        page_end: z.int().nullable(),
      }),
    ),
    text: text.nullable().optional().describe('The document’s text; only with include=text.'),
  }),
  'A source document with its parts (front sheet, reports, appendices).',
);

const MomentSchema = component(
  'ItemMoment',
  z.strictObject({
    item: ItemRefSchema.nullable(),
    during: z.boolean().describe('During the item (true) or before it (false; after the last item for a departure)'),
    time: z.string().nullable().describe('HH:MM, when the clerk noted the time'),
  }),
  'A moment in a meeting, against its agenda items.',
);

export const MeetingDetailSchema = component(
  'MeetingDetail',
  MeetingSchema.extend({
    items: z.array(ItemSchema),
    resolutions: z
      .array(MeetingResolutionSchema)
      .describe('What the meeting resolved outside its items (prose minutes); an item’s resolutions are on the item.'),
    attendance: z.array(
      z.strictObject({
        person: PersonRefSchema,
        kind: z.string().describe('present, apologies, absent, substitute or in_attendance'),
        reason: text.nullable(),
        role_text: text.nullable(),
        capacity: z.string().nullable(),
        substitute_for: PersonRefSchema.nullable(),
        remote: z.boolean().describe('Took part remotely (a written register says; imported minutes rarely do).'),
        arrival: MomentSchema.nullable().describe('Came after the start: when.'),
        departure: MomentSchema.nullable().describe('Left before the end: when.'),
      }),
    ),
    declarations: z.array(
      z.strictObject({
        person: PersonRefSchema,
        item: ItemRefSchema.nullable(),
        kind: z.string(),
        text,
        // Null where the record does not say (imported minutes rarely do).
        left_room: z.boolean().nullable(),
        took_no_part: z.boolean().nullable(),
        dispensation: z.boolean().nullable(),
      }),
    ),
    documents: z.array(DocumentSchema),
    minutes: z
      .strictObject({
        status: z
          .enum(['draft', 'confirmed'])
          .describe(
            'draft: published, not yet confirmed by the next meeting; confirmed (imported minutes count as confirmed)',
          ),
        locked: z.boolean().describe('Confirmed minutes are locked: a correction is a recorded amendment.'),
        confirmed_by: MeetingRefSchema.nullable().describe('the meeting that confirmed them, when written in Quorum'),
        confirmed_at: z.string().nullable().describe('when they were confirmed, when written in Quorum'),
        amendments: z.array(
          z.strictObject({
            item: ItemRefSchema.nullable(),
            text,
            reason: text,
            agreed_at: MeetingRefSchema.nullable(),
            recorded_at: z.string(),
          }),
        ),
        akn_url: url.describe('These minutes as an Akoma Ntoso 3.0 debate (application/akn+xml).'),
      })
      .describe('Where the minutes stand, and corrections agreed after they were confirmed'),
  }),
  'A meeting with its public agenda, attendance, declarations of interests, source documents and the state of its minutes.',
);

export const RecommendationSchema = component(
  'Recommendation',
  z.strictObject({
    id: z.string(),
    url,
    html_url: url,
    meeting: MeetingRefSchema,
    body: BodyRefSchema,
    item: ItemRefSchema.nullable(),
    resolution_id: z.string().nullable(),
    text,
    decision_maker: text.nullable(),
    sent_on: isoDate.nullable(),
    response_due_on: isoDate.nullable(),
    status: z.enum(RECOMMENDATION_STATUSES),
    responses: z.array(
      z.strictObject({
        id: z.string(),
        responded_on: isoDate,
        acceptance: z.enum(ACCEPTANCES),
        text,
        implementation: text.nullable(),
      }),
    ),
  }),
  'A scrutiny recommendation to a decision maker, as the recommendation tracker follows it.',
);

export const DecisionNoticeSchema = component(
  'DecisionNotice',
  z.strictObject({
    id: z.string(),
    url,
    html_url: url,
    title: text,
    decision: text,
    maker_kind: z.string().describe('executive, executive_member, committee, council or officer'),
    decision_maker: text,
    body: BodyRefSchema.nullable(),
    is_key: z.boolean().describe('A key decision (significant spending or effect on two or more wards).'),
    reasons: text,
    alternatives: text.nullable(),
    call_in: z.string().describe('subject_to_call_in, urgent or not_subject'),
    urgency_reason: text.nullable(),
    decided_on: isoDate,
    published_on: isoDate,
    call_in_deadline: isoDate
      .nullable()
      .describe('The last day a call-in may be made: five clear working days after publication'),
    implementable_on: isoDate.describe('The first day the decision may be carried out'),
    meeting: MeetingRefSchema.nullable().describe(
      "The meeting it was taken at: its agenda item's, or its body's meeting on the day of the decision",
    ),
    item: ItemRefSchema.nullable().describe('The agenda item it was taken on, when recorded'),
    call_ins: z
      .array(
        z.strictObject({
          id: z.string(),
          requested_on: isoDate,
          members: z.array(text).describe('The members requesting it, as they signed'),
          grounds: text,
          outcome: z
            .string()
            .describe('pending, rejected_invalid, upheld, referred_to_decision_maker or referred_to_council'),
          outcome_on: isoDate.nullable(),
          outcome_notes: text.nullable(),
        }),
      )
      .describe('Requests to call the decision in, oldest first, with their grounds and outcome'),
    modified: z.string().describe('When the notice or a call-in of it last changed (ISO 8601 instant)'),
  }),
  'A published decision notice, with its call-in deadline and any call-ins.',
);

export const SearchHitSchema = component(
  'SearchHit',
  z.strictObject({
    kind: z.enum(SEARCH_KINDS),
    id: z.string(),
    url,
    html_url: url,
    title: text,
    snippet: text.describe('The matching passage, plain text.'),
    date: isoDate.nullable(),
    meeting: z.strictObject({ id: z.string(), url }).nullable(),
    body: BodyRefSchema.nullable(),
  }),
  'A meeting, agenda item or resolution that matches a search.',
);

export const PageSchema = component(
  'Page',
  z.strictObject({
    number: z.int().min(1),
    size: z.int().min(1).max(100),
    total: z.int().min(0),
    total_is_lower_bound: z
      .literal(true)
      .optional()
      .describe('Present when counting stopped (a search matching very many): more than `total` match.'),
    next: url.nullable(),
    prev: url.nullable(),
  }),
  'Where this page is in the list: `next` is null on the last page.',
);

/** The list envelope `{ data, page }` of one resource, registered as `<Name>List`. */
function listOf<T extends z.ZodType>(name: string, item: T) {
  return component(
    `${name}List`,
    z.strictObject({ data: z.array(item), page: PageSchema }),
    `A page of ${name} resources.`,
  );
}

export const BodyListSchema = listOf('Body', BodySchema);
export const PersonListSchema = listOf('Person', PersonSchema);
export const MembershipListSchema = listOf('Membership', MembershipSchema);
export const MeetingListSchema = listOf('Meeting', MeetingSchema);
export const ItemListSchema = listOf('Item', ItemSchema);
export const DocumentListSchema = listOf('Document', DocumentSchema);
export const ResolutionListSchema = listOf('Resolution', ResolutionSchema);
export const RecommendationListSchema = listOf('Recommendation', RecommendationSchema);
export const DecisionNoticeListSchema = listOf('DecisionNotice', DecisionNoticeSchema);
export const SearchHitListSchema = listOf('SearchHit', SearchHitSchema);

export const ForwardPlanEntrySchema = component(
  'ForwardPlanEntry',
  z.strictObject({
    id: z.string(),
    url,
    html_url: url,
    title: text,
    summary: text,
    decision_maker: text,
    expected_on: isoDate,
    is_key: z.boolean(),
    notice_published_on: isoDate,
    exempt_paragraph: z
      .int()
      .min(1)
      .max(7)
      .nullable()
      .describe('The paragraph of Schedule 12A under which some documents will not be published; null when none.'),
    documents: z.array(text),
    late_notice: z.enum(LATE_NOTICE_KINDS).nullable(),
    late_reasons: text.nullable(),
    scrutiny_chair_on: isoDate.nullable(),
    status: z.enum(FORWARD_PLAN_STATUSES),
    decision_notice_html_url: url.nullable(),
  }),
  "An entry of the executive's forward plan: a decision to come, with its published notice (drafts never appear).",
);
export const ForwardPlanEntryListSchema = listOf('ForwardPlanEntry', ForwardPlanEntrySchema);

export const ProblemSchema = component(
  'Problem',
  z.strictObject({
    type: z.string(),
    title: text,
    status: z.int().min(400).max(599),
    detail: text,
    error: z.strictObject({
      code: z.string().describe('invalid_parameter, unknown_filter_value, not_found or internal'),
      message: text,
      parameter: z.string().nullable().describe('The query or path parameter at fault, if one is.'),
    }),
  }),
  'An error (RFC 9457 problem details, with an `error` member that names the parameter at fault).',
);

/** The OpenAPI document's own shape, loosely: enough to say what `/openapi.json` returns. */
export const OpenApiDocumentSchema = component(
  'OpenApiDocument',
  z.looseObject({
    openapi: z.string(),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.unknown()),
  }),
  'This API’s OpenAPI 3.1 document.',
);

export type BodyRef = z.infer<typeof BodyRefSchema>;
export type PersonRef = z.infer<typeof PersonRefSchema>;
export type MeetingRef = z.infer<typeof MeetingRefSchema>;
export type ItemRef = z.infer<typeof ItemRefSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type ApiBody = z.infer<typeof BodySchema>;
export type ApiPerson = z.infer<typeof PersonSchema>;
export type ApiMembership = z.infer<typeof MembershipSchema>;
export type ApiMeeting = z.infer<typeof MeetingSchema>;
export type ApiItem = z.infer<typeof ItemSchema>;
export type ApiResolution = z.infer<typeof ResolutionSchema>;
export type ApiMeetingResolution = z.infer<typeof MeetingResolutionSchema>;
export type ApiDocument = z.infer<typeof DocumentSchema>;
export type ApiRecommendation = z.infer<typeof RecommendationSchema>;
export type ApiMotion = z.infer<typeof MotionSchema>;
export type ApiDecisionNotice = z.infer<typeof DecisionNoticeSchema>;
export type ApiItemMoment = z.infer<typeof MomentSchema>;
export type ApiSearchHit = z.infer<typeof SearchHitSchema>;
export type ApiPage = z.infer<typeof PageSchema>;
export type ApiProblemBody = z.infer<typeof ProblemSchema>;

export const WorkProgrammeEntrySchema = component(
  'WorkProgrammeEntry',
  z.strictObject({
    id: z.string(),
    municipal_year: z.string(),
    topic: text,
    objectives: text.nullable(),
    source: z.enum(WORK_PROGRAMME_SOURCES).nullable(),
    source_ref: z.string().nullable(),
    status: z.enum(WORK_PROGRAMME_STATUSES),
    planned_on: isoDate.nullable(),
    meeting: MeetingRefSchema.nullable(),
    executive_member: text.nullable(),
    executive_member_person: PersonRefSchema.nullable(),
    lead_officer: text.nullable(),
    lead_officer_person: PersonRefSchema.nullable(),
    substantive: z.boolean(),
    updated_at: z.string().nullable(),
  }),
  'A topic of a scrutiny committee’s work programme: where it came from, the meeting it is planned for, who leads on it. Exempt topics never appear.',
);

export const WorkProgrammeSchema = component(
  'WorkProgramme',
  z.strictObject({
    body: BodyRefSchema,
    municipal_year: z.string().nullable(),
    years: z.array(z.string()),
    html_url: url,
    data: z.array(WorkProgrammeEntrySchema),
  }),
  'One body’s work programme for a municipal year, scheduled topics by date, then those being scoped.',
);

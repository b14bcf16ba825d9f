import { z } from 'zod';
import { STANDARD_ITEM_KINDS } from '../../domain/agendaItem.js';
import { ATTENDANCE_CAPACITIES, ATTENDANCE_KINDS } from '../../domain/attendance.js';
import { BODY_KINDS } from '../../domain/body.js';
import { DECLARATION_KINDS } from '../../domain/declaration.js';
import { MEETING_STATUSES } from '../../domain/meeting.js';
import { MEMBERSHIP_BASES, MEMBERSHIP_ROLES, VOTING_SCOPES } from '../../domain/membership.js';
import { RESOLUTION_KINDS, VOTE_CHOICES } from '../../domain/minutes.js';
import { PERSON_KINDS } from '../../domain/person.js';
import { ACCEPTANCES, RECOMMENDATION_STATUSES } from '../../domain/recommendation.js';
import { RAG_RATINGS } from '../../domain/tracker/rag.js';
import { WORK_PROGRAMME_SOURCES, WORK_PROGRAMME_STATUSES } from '../../domain/workProgramme.js';
import { CALL_IN_OUTCOMES } from '../../domain/callIn/callInRequest.js';
import { CALL_IN_STATUSES, DECISION_MAKER_KINDS } from '../../domain/decisions/decisionNotice.js';
import { FORWARD_PLAN_STATUSES, LATE_NOTICE_KINDS } from '../../domain/forwardPlan/forwardPlanEntry.js';
import { MEDIA_TYPES } from '../../domain/sourceDocument.js';

/*
 * The Popolo export as Quorum writes it (docs/open-data.md), checked at the edge before any row
 * is written: closed sets (kinds, roles, statuses) must hold one of the domain's values. Only what
 * the import needs is read; other properties are allowed and ignored.
 */

const id = z.string().min(1);
const text = z.string();
const nullable = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v): z.output<T> | null => v ?? null);
const optText = nullable(z.string());
const optInt = nullable(z.number().int());
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

const TermsSchema = z.object({
  id,
  adopted_on: optText,
  description: optText,
  purpose: optText,
  objectives: optText,
  powers: optText,
  membership_rules: optText,
  quorum_text: optText,
  frequency_text: optText,
  document_id: optText,
});

export const OrganizationSchema = z.object({
  id,
  name: text,
  classification: z.enum(BODY_KINDS),
  parent_id: optText,
  created_at: text,
  'quorum:slug': text,
  'quorum:is_scrutiny': z.boolean(),
  'quorum:size': optInt,
  'quorum:quorum_fraction': z.number(),
  'quorum:quorum_minimum': z.number().int(),
  'quorum:meetings_per_year_min': optInt,
  'quorum:meetings_per_year_max': optInt,
  'quorum:allows_substitutes': z.boolean(),
  'quorum:terms_of_reference': z.array(TermsSchema).default([]),
});

export const PersonSchema = z.object({
  id,
  name: text,
  honorific_prefix: optText,
  given_name: optText,
  family_name: optText,
  created_at: text,
  other_names: z
    .array(z.object({ name: text, 'quorum:id': id, 'quorum:key': text, 'quorum:source_document_id': optText }))
    .default([]),
  'quorum:slug': text,
  'quorum:kind': z.enum(PERSON_KINDS),
  'quorum:merged_into_id': optText,
});

export const MembershipSchema = z.object({
  id,
  person_id: id,
  organization_id: id,
  role: z.enum(MEMBERSHIP_ROLES),
  start_date: optText,
  end_date: optText,
  'quorum:voting_scope': z.enum(VOTING_SCOPES),
  'quorum:party': optText,
  'quorum:source_document_id': optText,
  // Exports older than the bases of memberships hold stated ones only.
  'quorum:basis': z.enum(MEMBERSHIP_BASES).default('stated'),
  'quorum:first_seen_on': optText,
  'quorum:last_seen_on': optText,
  'quorum:meetings': optInt,
  'quorum:statement': optText,
});

const AgendaItemSchema = z.object({
  description: text,
  order: z.string().regex(/^\d+$/).transform(Number),
  'quorum:id': id,
  'quorum:agenda_number': optText,
  'quorum:minute_number': optText,
  'quorum:description': optText,
  'quorum:minutes_text': optText,
  'quorum:standard_kind': nullable(z.enum(STANDARD_ITEM_KINDS)),
  'quorum:exempt_paragraph': optInt,
  'quorum:page_start': optInt,
  'quorum:page_end': optInt,
  'quorum:source_document_id': optText,
  'quorum:minute_points': z
    .array(z.object({ id, position: z.number().int(), label: optText, text, source_document_id: optText }))
    .default([]),
  'quorum:documents': z
    .array(
      z.object({
        id,
        document_id: optText,
        title: text,
        page_start: optInt,
        page_end: optInt,
        source_document_id: optText,
      }),
    )
    .default([]),
});

export const EventSchema = z.object({
  id,
  organization_id: id,
  status: z.enum(MEETING_STATUSES),
  location: optText,
  created_at: text,
  updated_at: text,
  agenda: z.array(AgendaItemSchema).default([]),
  'quorum:date': isoDate,
  'quorum:start_time': optText,
  'quorum:started_at': optText,
  'quorum:ended_at': optText,
  'quorum:is_remote': z.boolean(),
  'quorum:stream_url': optText,
  'quorum:contact_name': optText,
  'quorum:contact_email': optText,
  'quorum:contact_phone': optText,
  'quorum:municipal_year': optText,
  /** The calendar revision (iCal SEQUENCE), kept so a restored calendar never goes back; older exports lack it. */
  'quorum:revision': z.number().int().min(0).default(0),
});

export const MotionSchema = z
  .object({
    id,
    text,
    classification: z.enum(RESOLUTION_KINDS),
    /** The meeting (event) that resolved. */
    legislative_session_id: nullable(id),
    /** Null for a meeting's own resolution, made outside any item (migration 0033). */
    'quorum:item_id': nullable(id),
    'quorum:position': z.number().int(),
    'quorum:label': optText,
    'quorum:is_formal': z.boolean(),
    'quorum:source_document_id': optText,
  })
  .refine((m) => m.legislative_session_id !== null || m['quorum:item_id'] !== null, {
    message: 'a motion names its meeting (legislative_session_id) or its item (quorum:item_id)',
  });

export const VoteEventSchema = z.object({
  motion_id: id,
  counts: z.array(z.object({ option: z.enum(VOTE_CHOICES), value: z.number().int(), 'quorum:id': id })).default([]),
  votes: z.array(z.object({ id, voter_id: optText, option: z.enum(VOTE_CHOICES), 'quorum:count': optInt })).default([]),
});

export const AttendanceSchema = z.object({
  id,
  event_id: id,
  person_id: id,
  kind: z.enum(ATTENDANCE_KINDS),
  reason: optText,
  substitute_for_id: optText,
  capacity: nullable(z.enum(ATTENDANCE_CAPACITIES)),
  role_text: optText,
  position: z.number().int(),
  source_document_id: optText,
});

export const DeclarationSchema = z.object({
  id,
  event_id: id,
  item_id: optText,
  person_id: id,
  kind: z.enum(DECLARATION_KINDS),
  text,
  source_document_id: optText,
});

export const RecommendationSchema = z.object({
  id,
  event_id: id,
  item_id: optText,
  motion_id: optText,
  text,
  decision_maker: optText,
  sent_on: optText,
  response_due_on: optText,
  status: z.enum(RECOMMENDATION_STATUSES),
  // The tracker's columns (exports since the tracker); older exports leave them out.
  organization_id: optText,
  reference_year: optText,
  reference_number: optInt,
  rag: nullable(z.enum(RAG_RATINGS)),
  updated_at: optText,
  responses: z
    .array(
      z.object({
        id,
        responded_on: isoDate,
        acceptance: z.enum(ACCEPTANCES),
        text,
        implementation: optText,
        created_at: text,
      }),
    )
    .default([]),
});

/** A work programme topic (`quorum:work_programme`), as popoloMapping.ts writes it. */
export const WorkProgrammeEntrySchema = z.object({
  id,
  organization_id: id,
  municipal_year: text,
  topic: text,
  objectives: optText,
  source: nullable(z.enum(WORK_PROGRAMME_SOURCES)),
  source_ref: optText,
  status: z.enum(WORK_PROGRAMME_STATUSES),
  planned_on: nullable(isoDate),
  event_id: optText,
  executive_member: optText,
  executive_member_id: optText,
  lead_officer: optText,
  lead_officer_id: optText,
  substantive: z.boolean(),
  created_at: optText,
  updated_at: optText,
});

/** A call-in of a decision notice; exports before this version carry no timestamps. */
const CallInSchema = z.object({
  id,
  requested_on: isoDate,
  members: z.array(text),
  grounds: text,
  outcome: z.enum(CALL_IN_OUTCOMES),
  outcome_on: nullable(isoDate),
  outcome_notes: optText,
  created_at: optText,
  updated_at: optText,
});

/** A published decision notice (`quorum:decision_notices`), as popoloMapping.ts writes it. */
export const DecisionNoticeSchema = z.object({
  id,
  title: text,
  decision: text,
  maker_kind: z.enum(DECISION_MAKER_KINDS),
  decision_maker: text,
  organization_id: optText,
  item_id: optText,
  is_key: z.boolean(),
  reasons: text,
  alternatives: optText,
  call_in: z.enum(CALL_IN_STATUSES),
  urgency_reason: optText,
  decided_on: isoDate,
  published_on: isoDate,
  call_in_deadline: nullable(isoDate),
  implementable_on: isoDate,
  call_ins: z.array(CallInSchema).default([]),
  created_at: text,
  updated_at: text,
  'quorum:record_updated_at': optText,
});

/** A published forward plan entry (`quorum:forward_plan`); exports before this version carry no timestamps. */
export const ForwardPlanEntrySchema = z.object({
  id,
  title: text,
  summary: text,
  decision_maker: text,
  expected_on: isoDate,
  is_key: z.boolean(),
  notice_published_on: isoDate,
  exempt_paragraph: optInt,
  documents: optText,
  late_notice: nullable(z.enum(LATE_NOTICE_KINDS)),
  late_reasons: optText,
  scrutiny_chair_on: nullable(isoDate),
  status: z.enum(FORWARD_PLAN_STATUSES),
  decision_notice_id: optText,
  created_at: optText,
  updated_at: optText,
});

export const OfficerPostSchema = z.object({
  id,
  person_id: id,
  job_title: text,
  organisation: optText,
  start_date: optText,
  end_date: optText,
  source_document_id: optText,
  first_seen_on: optText,
  last_seen_on: optText,
  meetings: optInt,
});

export const DocumentSchema = z.object({
  id,
  title: optText,
  media_type: z.enum(MEDIA_TYPES),
  content_hash: text,
  origin: text,
  byte_size: z.number().int(),
  page_count: optInt,
  supersedes_id: optText,
  imported_at: text,
});

export const PopoloExportSchema = z.object({
  meta: z.object({
    'quorum:extension': z.object(
      { version: z.literal('1') },
      { error: 'not a Quorum Popolo export (meta.quorum:extension missing)' },
    ),
  }),
  organizations: z.array(OrganizationSchema),
  persons: z.array(PersonSchema),
  memberships: z.array(MembershipSchema).default([]),
  events: z.array(EventSchema),
  motions: z.array(MotionSchema).default([]),
  vote_events: z.array(VoteEventSchema).default([]),
  'quorum:attendance': z.array(AttendanceSchema).default([]),
  'quorum:declarations': z.array(DeclarationSchema).default([]),
  'quorum:recommendations': z.array(RecommendationSchema).default([]),
  'quorum:work_programme': z.array(WorkProgrammeEntrySchema).default([]),
  'quorum:decision_notices': z.array(DecisionNoticeSchema).default([]),
  'quorum:forward_plan': z.array(ForwardPlanEntrySchema).default([]),
  'quorum:officer_posts': z.array(OfficerPostSchema).default([]),
  'quorum:documents': z.array(DocumentSchema).default([]),
});

export type PopoloExport = z.output<typeof PopoloExportSchema>;

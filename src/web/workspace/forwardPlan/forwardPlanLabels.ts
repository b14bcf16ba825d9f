import { CALL_IN_OUTCOME_LABELS, CALL_IN_OUTCOMES } from '../../../domain/callIn/callInRequest.js';
import { SCHEDULE_12A_PARAGRAPHS } from '../../../domain/exemptInformation.js';
import {
  FORWARD_PLAN_STATUSES,
  LATE_NOTICE_KINDS,
  type ForwardPlanStatus,
  type LateNoticeKind,
} from '../../../domain/forwardPlan/forwardPlanEntry.js';
import type { SelectOption } from '../forms/formFields.js';

export const STATUS_LABELS: Readonly<Record<ForwardPlanStatus, string>> = {
  planned: 'Planned',
  decided: 'Decided',
  deferred: 'Deferred',
  withdrawn: 'Withdrawn',
};

export const LATE_NOTICE_LABELS: Readonly<Record<LateNoticeKind, string>> = {
  general_exception: 'General exception (regulation 10)',
  special_urgency: 'Special urgency (regulation 11)',
};

export const STATUS_OPTIONS: readonly SelectOption[] = FORWARD_PLAN_STATUSES.map((s) => ({
  value: s,
  label: STATUS_LABELS[s],
}));

export const LATE_NOTICE_OPTIONS: readonly SelectOption[] = [
  { value: '', label: "Not late: 28 clear days' notice" },
  ...LATE_NOTICE_KINDS.map((k) => ({ value: k, label: LATE_NOTICE_LABELS[k] })),
];

export const EXEMPT_OPTIONS: readonly SelectOption[] = [
  { value: '', label: 'None: every document open to the public' },
  ...Object.entries(SCHEDULE_12A_PARAGRAPHS).map(([n, text]) => ({ value: n, label: `Paragraph ${n}: ${text}` })),
];

export const OUTCOME_OPTIONS: readonly SelectOption[] = CALL_IN_OUTCOMES.map((o) => ({
  value: o,
  label: CALL_IN_OUTCOME_LABELS[o],
}));

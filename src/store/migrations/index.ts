import type { Migration } from 'kysely';
import * as initial from './0001-initial.js';
import * as portableSearchTerms from './0002-portable-search-terms.js';
import * as meetingChangeIndexes from './0003-meeting-change-indexes.js';
import * as exemptItemsIndex from './0004-exempt-items-index.js';
import * as unplacedDocuments from './0005-unplaced-documents.js';
import * as peopleRecord from './0006-people-record.js';
import * as recordEditing from './0007-record-editing.js';
import * as meetingSchedule from './0008-meeting-schedule.js';
import * as agendas from './0009-agendas.js';
import * as accounts from './0010-accounts.js';
import * as keptForms from './0011-kept-forms.js';
import * as portalPages from './0012-portal-pages.js';
import * as dataVersion from './0013-data-version.js';
import * as absenceApprovals from './0015-absence-approvals.js';
import * as decisionNotices from './0016-decision-notices.js';
import * as resolutionActions from './0017-resolution-actions.js';
import * as trackLaterTables from './0018-track-later-tables.js';
import * as writtenRegister from './0019-written-register.js';
import * as declarationsAndInterests from './0020-declarations-and-interests.js';
import * as writtenMinutes from './0021-written-minutes.js';
import * as recordVersions from './0023-record-versions.js';
import * as recommendationTracker from './0024-recommendation-tracker.js';
import * as workProgramme from './0025-work-programme.js';
import * as forwardPlan from './0026-forward-plan.js';
import * as digestDeliveries from './0027-digest-deliveries.js';
import * as unplacedRecommendations from './0028-unplaced-recommendations.js';
import * as decisionNoticeItem from './0030-decision-notice-item.js';
import * as importLookupIndexes from './0031-import-lookup-indexes.js';
import * as searchTitleMarks from './0032-search-title-marks.js';
import * as meetingResolutions from './0033-meeting-resolutions.js';

/** Every migration, in order. A released entry is never edited or removed; add a new one. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = Object.freeze({
  '0001-initial': initial,
  '0002-portable-search-terms': portableSearchTerms,
  '0003-meeting-change-indexes': meetingChangeIndexes,
  '0004-exempt-items-index': exemptItemsIndex,
  '0005-unplaced-documents': unplacedDocuments,
  '0006-people-record': peopleRecord,
  '0007-record-editing': recordEditing,
  '0008-meeting-schedule': meetingSchedule,
  '0009-agendas': agendas,
  '0010-accounts': accounts,
  '0011-kept-forms': keptForms,
  '0012-portal-pages': portalPages,
  '0013-data-version': dataVersion,
  '0015-absence-approvals': absenceApprovals,
  '0016-decision-notices': decisionNotices,
  '0017-resolution-actions': resolutionActions,
  '0018-track-later-tables': trackLaterTables,
  '0019-written-register': writtenRegister,
  '0020-declarations-and-interests': declarationsAndInterests,
  '0021-written-minutes': writtenMinutes,
  '0023-record-versions': recordVersions,
  '0024-recommendation-tracker': recommendationTracker,
  '0025-work-programme': workProgramme,
  '0026-forward-plan': forwardPlan,
  '0027-digest-deliveries': digestDeliveries,
  '0028-unplaced-recommendations': unplacedRecommendations,
  '0030-decision-notice-item': decisionNoticeItem,
  '0031-import-lookup-indexes': importLookupIndexes,
  '0032-search-title-marks': searchTitleMarks,
  '0033-meeting-resolutions': meetingResolutions,
});

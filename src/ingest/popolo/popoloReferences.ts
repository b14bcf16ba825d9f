import type { PopoloExport } from './popoloExportSchema.js';

/**
 * Every id one record names must be a record of the file: the import keeps ids, so a dangling
 * one would otherwise surface as a bare foreign-key failure. Returns one line per problem.
 */
export function danglingReferences(doc: PopoloExport): string[] {
  const ids = {
    organization: new Set(doc.organizations.map((o) => o.id)),
    person: new Set(doc.persons.map((p) => p.id)),
    event: new Set(doc.events.map((e) => e.id)),
    item: new Set(doc.events.flatMap((e) => e.agenda.map((i) => i['quorum:id']))),
    motion: new Set(doc.motions.map((m) => m.id)),
    document: new Set(doc['quorum:documents'].map((d) => d.id)),
  };
  const problems: string[] = [];
  const check = (kind: keyof typeof ids, value: string | null, where: string): void => {
    if (value !== null && !ids[kind].has(value))
      problems.push(`${where} names ${kind} "${value}", which is not in the file`);
  };
  doc.organizations.forEach((o, n) => check('organization', o.parent_id, `organizations[${n}].parent_id`));
  doc.persons.forEach((p, n) => check('person', p['quorum:merged_into_id'], `persons[${n}].quorum:merged_into_id`));
  doc.memberships.forEach((m, n) => {
    check('person', m.person_id, `memberships[${n}].person_id`);
    check('organization', m.organization_id, `memberships[${n}].organization_id`);
  });
  doc.events.forEach((e, n) => {
    check('organization', e.organization_id, `events[${n}].organization_id`);
    e.agenda.forEach((i, k) => {
      check('document', i['quorum:source_document_id'], `events[${n}].agenda[${k}].quorum:source_document_id`);
      i['quorum:documents'].forEach((d, j) =>
        check('document', d.document_id, `events[${n}].agenda[${k}].quorum:documents[${j}].document_id`),
      );
    });
  });
  doc.motions.forEach((m, n) => {
    check('event', m.legislative_session_id, `motions[${n}].legislative_session_id`);
    check('item', m['quorum:item_id'], `motions[${n}].quorum:item_id`);
  });
  doc.vote_events.forEach((v, n) => {
    check('motion', v.motion_id, `vote_events[${n}].motion_id`);
    v.votes.forEach((x, k) => check('person', x.voter_id, `vote_events[${n}].votes[${k}].voter_id`));
  });
  doc['quorum:attendance'].forEach((a, n) => {
    check('event', a.event_id, `quorum:attendance[${n}].event_id`);
    check('person', a.person_id, `quorum:attendance[${n}].person_id`);
    check('person', a.substitute_for_id, `quorum:attendance[${n}].substitute_for_id`);
  });
  doc['quorum:declarations'].forEach((d, n) => {
    check('event', d.event_id, `quorum:declarations[${n}].event_id`);
    check('item', d.item_id, `quorum:declarations[${n}].item_id`);
    check('person', d.person_id, `quorum:declarations[${n}].person_id`);
  });
  doc['quorum:recommendations'].forEach((r, n) => {
    check('event', r.event_id, `quorum:recommendations[${n}].event_id`);
    check('item', r.item_id, `quorum:recommendations[${n}].item_id`);
    check('motion', r.motion_id, `quorum:recommendations[${n}].motion_id`);
  });
  doc['quorum:decision_notices'].forEach((d, n) => {
    check('organization', d.organization_id, `quorum:decision_notices[${n}].organization_id`);
    check('item', d.item_id, `quorum:decision_notices[${n}].item_id`);
  });
  doc['quorum:officer_posts'].forEach((o, n) => check('person', o.person_id, `quorum:officer_posts[${n}].person_id`));
  doc['quorum:documents'].forEach((d, n) => check('document', d.supersedes_id, `quorum:documents[${n}].supersedes_id`));
  return problems;
}

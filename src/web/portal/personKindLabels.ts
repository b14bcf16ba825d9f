import type { PersonKind } from '../../domain/person.js';

/** What the portal calls each kind of person, in a list's words. */
export const PERSON_KIND_LABELS: Readonly<Record<PersonKind, string>> = {
  councillor: 'Councillor',
  officer: 'Officer',
  co_optee: 'Co-opted member',
  partner: 'Partner organisation',
  public: 'Member of the public',
  unknown: 'Role not recorded',
};

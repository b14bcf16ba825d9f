import type { DeclarationKind } from '../declaration.js';

/**
 * The categories of a member's register of interests. The first seven are the disclosable
 * pecuniary interests of the Relevant Authorities (Disclosable Pecuniary Interests) Regulations
 * 2012 (the member's own, their spouse's or partner's); the last two are the "other registrable
 * interests" of the LGA Model Councillor Code of Conduct 2020 (Table 2).
 */
export const INTEREST_CATEGORIES = [
  'employment',
  'sponsorship',
  'contracts',
  'land',
  'licences',
  'corporate_tenancies',
  'securities',
  'appointed_body',
  'other_body',
] as const;
export type InterestCategory = (typeof INTEREST_CATEGORIES)[number];

export const INTEREST_CATEGORY_LABELS: Readonly<Record<InterestCategory, string>> = {
  employment: 'Employment, office, trade, profession or vocation',
  sponsorship: 'Sponsorship',
  contracts: 'Contracts',
  land: 'Land',
  licences: 'Licences',
  corporate_tenancies: 'Corporate tenancies',
  securities: 'Securities',
  appointed_body: 'A body the council appointed or nominated them to',
  other_body: 'A public, charitable, campaigning or political body, or a trade union',
};

/** The kind of declaration an entry of this category would usually call for. */
export function declarationKindOfCategory(category: InterestCategory): DeclarationKind {
  return category === 'appointed_body' || category === 'other_body' ? 'other_registrable' : 'disclosable_pecuniary';
}

export function isInterestCategory(value: string): value is InterestCategory {
  return (INTEREST_CATEGORIES as readonly string[]).includes(value);
}

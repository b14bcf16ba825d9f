/**
 * OParl 1.1 objects as Quorum writes them: the properties we fill, each optional one left out
 * rather than null (the schemas allow no nulls). Shapes follow the OParl JSON schemas
 * (test/fixtures/schemas/oparl-1.1), which the tests validate against.
 */
export interface OparlBase {
  readonly id: string;
  readonly type: string;
  readonly web?: string;
  readonly created?: string;
  readonly modified?: string;
}

export interface OparlSystem extends OparlBase {
  readonly oparlVersion: string;
  readonly body: string;
  readonly name: string;
  readonly website: string;
  readonly contactEmail?: string;
}

export interface OparlBody extends OparlBase {
  readonly system: string;
  readonly name: string;
  readonly website: string;
  readonly contactEmail?: string;
  readonly organization: string;
  readonly person: string;
  readonly meeting: string;
  readonly paper: string;
  readonly file: string;
  readonly legislativeTerm: readonly never[];
  readonly classification: string;
}

export interface OparlOrganization extends OparlBase {
  readonly body: string;
  readonly name: string;
  readonly membership: readonly string[];
  readonly meeting: string;
  readonly organizationType: string;
  readonly classification: string;
  readonly subOrganizationOf?: string;
}

export interface OparlMembership extends OparlBase {
  readonly person: string;
  readonly organization: string;
  readonly role: string;
  readonly votingRight: boolean;
  readonly startDate?: string;
  readonly endDate?: string;
}

export interface OparlPerson extends OparlBase {
  readonly body: string;
  readonly name: string;
  readonly familyName?: string;
  readonly givenName?: string;
  readonly formOfAddress?: string;
  readonly membership: readonly OparlMembership[];
}

export interface OparlLocation extends OparlBase {
  readonly description: string;
  readonly meetings: readonly string[];
}

export interface OparlFile extends OparlBase {
  readonly name: string;
  readonly fileName: string;
  readonly mimeType: string;
  readonly date: string;
  readonly size: number;
  readonly accessUrl: string;
  readonly downloadUrl?: string;
}

/** Minutes written in Quorum, as a File: made on request (Akoma Ntoso), so without a stored size. */
export interface OparlMinutesFile extends OparlBase {
  readonly name: string;
  readonly fileName: string;
  readonly mimeType: string;
  readonly accessUrl: string;
  readonly meeting: readonly string[];
}

export interface OparlAgendaItem extends OparlBase {
  readonly meeting: string;
  /** The item's place among the meeting's public items, from 1. */
  readonly order: number;
  readonly number?: string;
  readonly name: string;
  readonly public: true;
  readonly consultation?: string;
  /** OParl's own field: what the item came to ("Carried", "Lost"), from the motions put on it. */
  readonly result?: string;
  readonly resolutionText?: string;
  readonly auxiliaryFile: readonly OparlFile[];
  /** Vendor extension (README, "OParl"): each motion with its mover, votes, rule, result and casting vote. */
  readonly 'quorum:motions'?: readonly Record<string, unknown>[];
}

export interface OparlMeeting extends OparlBase {
  readonly name: string;
  readonly meetingState: string;
  readonly cancelled: boolean;
  readonly start?: string;
  readonly end?: string;
  readonly location?: OparlLocation;
  readonly organization: readonly string[];
  readonly participant: readonly string[];
  /** OParl's own field: the minutes, as an Akoma Ntoso document, once any are published. */
  readonly resultsProtocol?: OparlMinutesFile;
  readonly auxiliaryFile: readonly OparlFile[];
  readonly agendaItem: readonly OparlAgendaItem[];
  /** Vendor extensions (README, "OParl"): the minutes' state, the register, the declarations. */
  readonly 'quorum:minutes': Record<string, unknown>;
  readonly 'quorum:attendance': readonly Record<string, unknown>[];
  readonly 'quorum:declarations': readonly Record<string, unknown>[];
  /**
   * What the meeting resolved outside any agenda item (minutes with no items), which OParl can only
   * hold on an AgendaItem (`resolutionText`); absent when there is none.
   */
  readonly 'quorum:resolutions'?: readonly Record<string, unknown>[];
}

export interface OparlConsultation extends OparlBase {
  readonly paper: string;
  readonly agendaItem?: string;
  readonly meeting: string;
  readonly organization: readonly string[];
  readonly authoritative: boolean;
  readonly role?: string;
}

export interface OparlPaper extends OparlBase {
  readonly body: string;
  readonly name: string;
  readonly date: string;
  readonly paperType: string;
  readonly mainFile?: OparlFile;
  readonly underDirectionOf: readonly string[];
  readonly consultation: readonly OparlConsultation[];
  readonly reference?: string;
  readonly keyword?: readonly string[];
  /** Vendor extension (docs/open-data.md) on a decision notice: what was decided, why, and its call-in. */
  readonly 'quorum:decisionNotice'?: Record<string, unknown>;
}

/**
 * An OParl external object list: one page of objects with its paging and links. Pages are read by
 * key (`?after=<id>`, see oparlList.ts), so a page knows the next one but not its own number, the
 * previous one or the last one, which OParl leaves optional.
 */
export interface OparlPage<T> {
  readonly data: readonly T[];
  readonly pagination: {
    readonly totalElements: number;
    readonly elementsPerPage: number;
    readonly totalPages: number;
  };
  readonly links: {
    readonly first: string;
    readonly self: string;
    readonly next?: string;
  };
}

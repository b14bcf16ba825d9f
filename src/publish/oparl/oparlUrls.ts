/** OParl 1.1 type URIs: each object names its type by one of these. */
export const OPARL_TYPE = {
  system: 'https://schema.oparl.org/1.1/System',
  body: 'https://schema.oparl.org/1.1/Body',
  organization: 'https://schema.oparl.org/1.1/Organization',
  person: 'https://schema.oparl.org/1.1/Person',
  membership: 'https://schema.oparl.org/1.1/Membership',
  meeting: 'https://schema.oparl.org/1.1/Meeting',
  agendaItem: 'https://schema.oparl.org/1.1/AgendaItem',
  paper: 'https://schema.oparl.org/1.1/Paper',
  file: 'https://schema.oparl.org/1.1/File',
  consultation: 'https://schema.oparl.org/1.1/Consultation',
  location: 'https://schema.oparl.org/1.1/Location',
} as const;

export const OPARL_VERSION = 'https://schema.oparl.org/1.1/';

/** The one Body Quorum serves: the council whose committees it records. */
export const COUNCIL_BODY_ID = 'council';

/**
 * Every OParl URL Quorum serves, from the portal's base URL. Object ids are the store's stable
 * ids, so a URL stays the same across re-imports (CONVENTIONS.md).
 */
export class OparlUrls {
  readonly root: string;

  constructor(readonly baseUrl: string) {
    this.root = `${baseUrl.replace(/\/+$/, '')}/oparl/v1`;
  }

  get portal(): string {
    return this.baseUrl.replace(/\/+$/, '');
  }
  system(): string {
    return `${this.root}/system`;
  }
  bodies(): string {
    return `${this.root}/bodies`;
  }
  body(): string {
    return `${this.root}/bodies/${COUNCIL_BODY_ID}`;
  }
  bodyList(kind: 'organizations' | 'people' | 'meetings' | 'papers' | 'files'): string {
    return `${this.body()}/${kind}`;
  }
  organization(id: string): string {
    return `${this.root}/organizations/${id}`;
  }
  organizationMeetings(id: string): string {
    return `${this.organization(id)}/meetings`;
  }
  person(id: string): string {
    return `${this.root}/people/${id}`;
  }
  membership(id: string): string {
    return `${this.root}/memberships/${id}`;
  }
  meeting(id: string): string {
    return `${this.root}/meetings/${id}`;
  }
  /** The meeting's minutes as an OParl File (resultsProtocol), served by the meeting's own route. */
  meetingResultsProtocol(id: string): string {
    return `${this.meeting(id)}/results-protocol`;
  }
  /** The minutes' Akoma Ntoso document, served by the JSON API's XML route. */
  meetingMinutesAkn(id: string): string {
    return `${this.portal}/api/v1/meetings/${encodeURIComponent(id)}/minutes.akn`;
  }
  meetingLocation(id: string): string {
    return `${this.meeting(id)}/location`;
  }
  agendaItem(id: string): string {
    return `${this.root}/agenda-items/${id}`;
  }
  paper(id: string): string {
    return `${this.root}/papers/${id}`;
  }
  consultation(id: string): string {
    return `${this.root}/consultations/${id}`;
  }
  file(id: string): string {
    return `${this.root}/files/${id}`;
  }
  fileDownload(id: string): string {
    return `${this.file(id)}/download`;
  }
  /** The portal's own pages, for each object's `web` link. */
  web(path: string): string {
    return `${this.portal}${path}`;
  }
}

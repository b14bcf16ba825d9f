/**
 * FRBR URIs of a meeting's minutes, after the Akoma Ntoso naming convention:
 * /akn/{country}/{doctype}/{date}/{number}, here the body's slug as the "number".
 * Work: the minutes of that meeting; Expression: in English; Manifestation: this XML.
 */
export interface AknUris {
  readonly workThis: string;
  readonly work: string;
  readonly expressionThis: string;
  readonly expression: string;
  readonly manifestationThis: string;
  readonly manifestation: string;
}

export function aknUrisOf(date: string, bodySlug: string): AknUris {
  const work = `/akn/gb/debate/${date}/${bodySlug}`;
  const expression = `${work}/eng@`;
  return {
    workThis: `${work}/!main`,
    work,
    expressionThis: `${expression}/!main`,
    expression,
    manifestationThis: `${expression}/!main.xml`,
    manifestation: `${expression}.akn`,
  };
}

import { findDate } from './dates.js';

/** A line naming a building or a room: "CITY HALL – COUNCIL CHAMBERS", "CONFERENCE ROOM 391". */
export const PLACE_LINE =
  /^(?=.*\b(?:hall|chambers?|room|centre|center|library|building|offices?|pavilion|institute|house)\b)[\p{L}\d'’&,.\s–-]+$/iu;

/** A street address: "2263 SANTA CLARA AVENUE, ALAMEDA", "40 Elm Street". */
const STREET_LINE =
  /^\d{1,5}[A-Za-z]?\s+\p{L}[\p{L}\d'’.\s-]*\b(?:street|st|avenue|ave|road|rd|lane|drive|boulevard|blvd|way|square|court|parkway|highway|terrace|crescent)\b\.?(?:,\s*[\p{L}\d'’.\s-]+)*$/iu;

/**
 * A line of a venue set one phrase a line under a heading's date ("ALAMEDA CITY HALL" / "2263 SANTA CLARA AVENUE,
 * ALAMEDA" / "CONFERENCE ROOM 391"): a building, room or street address, short, not a sentence and not a date.
 */
export function isVenueLine(text: string): boolean {
  const t = text.trim();
  return t.length <= 70 && !/[.;:]$/.test(t) && !findDate(t) && (PLACE_LINE.test(t) || STREET_LINE.test(t));
}

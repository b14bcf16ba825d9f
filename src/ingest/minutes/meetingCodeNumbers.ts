/**
 * "MH05/17.1: Apologies", "MH05/17.3 Minutes of the meeting held on ...": a minute number made of the meeting's code
 * (letters, then its month and year) and the item's running number after a full stop. The code is the scheme; the
 * last number follows the run.
 */
export const MEETING_CODE_TITLE = /^([A-Z]{1,4}\d{2}\/\d{2}\.\d{1,2})(?::\s*|\s+)(\S.*)$/;

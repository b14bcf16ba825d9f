/** A calendar date as `YYYY-MM-DD`; dates carry no time zone, so they never shift. */
export type IsoDate = string;
/** A wall-clock time in Europe/London as `HH:MM`, 24-hour. */
export type IsoTime = string;

export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const ISO_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

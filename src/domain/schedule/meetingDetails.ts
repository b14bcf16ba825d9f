import { z } from 'zod';
import { emailSchema } from '../account.js';
import { isIsoDate } from '../calendar/isoDate.js';
import { ISO_TIME } from '../isoDateType.js';
import { httpsUrlSchema } from './httpsUrl.js';

/** Bounds on what a clerk types, so that one field can never fill a page or the database. */
export const DETAIL_LIMITS = Object.freeze({ venue: 200, name: 100, phone: 30, reason: 500 });

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { message: `${what} must be ${max} characters or fewer` })
    .transform((v) => (v === '' ? null : v));

/** HH:MM on the 24-hour clock; "6pm" and "18.00" are read by the form, not here. */
export const startTimeSchema = z.string().trim().regex(ISO_TIME, { message: 'enter a start time, like 18:00 or 6pm' });

/** A UK phone number as people write it: digits, spaces, brackets, a leading +, hyphens. */
const phoneSchema = optionalText(DETAIL_LIMITS.phone, 'the phone number').refine(
  (v) => v === null || (/^\+?[\d\s()-]+$/.test(v) && (v.match(/\d/g) ?? []).length >= 7),
  { message: 'enter a phone number, like 0115 876 4321' },
);

/**
 * Where and how a meeting is held and whom the public asks about it. A meeting is in a venue, or
 * remote with a stream the public can watch, or both (hybrid): one of the two is needed.
 */
export const meetingPlaceSchema = z
  .object({
    venue: optionalText(DETAIL_LIMITS.venue, 'the venue'),
    isRemote: z.boolean(),
    streamUrl: z
      .string()
      .trim()
      .transform((v) => (v === '' ? null : v))
      .pipe(httpsUrlSchema.nullable()),
    contactName: optionalText(DETAIL_LIMITS.name, 'the contact officer’s name'),
    contactEmail: z
      .string()
      .trim()
      .transform((v) => (v === '' ? null : v))
      .pipe(emailSchema.nullable()),
    contactPhone: phoneSchema,
  })
  .superRefine((v, ctx) => {
    if (v.isRemote && !v.streamUrl)
      ctx.addIssue({
        code: 'custom',
        path: ['streamUrl'],
        message: 'enter the address of the stream of a remote meeting',
      });
    if (!v.isRemote && !v.venue)
      ctx.addIssue({
        code: 'custom',
        path: ['venue'],
        message: 'enter the venue, or say the meeting is held remotely',
      });
  });

export type MeetingPlace = z.output<typeof meetingPlaceSchema>;
export type MeetingPlaceInput = z.input<typeof meetingPlaceSchema>;

/** Why a meeting is cancelled, shown to the public on its page and in the feeds. */
export const cancelReasonSchema = z
  .string()
  .trim()
  .min(1, { message: 'enter the reason the meeting is cancelled: the public will see it' })
  .max(DETAIL_LIMITS.reason, { message: `the reason must be ${DETAIL_LIMITS.reason} characters or fewer` });

/** A meeting's date as the use cases take it: a real day, `YYYY-MM-DD` (the form reads the three boxes). */
export const meetingDateSchema = z.string().refine(isIsoDate, { message: 'enter the date of the meeting' });

/** When a meeting is held. */
export const meetingWhenSchema = z.object({ date: meetingDateSchema, startTime: startTimeSchema });
export type MeetingWhen = z.output<typeof meetingWhenSchema>;

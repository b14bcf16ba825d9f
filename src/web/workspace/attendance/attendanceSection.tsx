import { datePartsFrom } from '../../pages/dateInput.js';
import { absenceSubject, approveAbsence, sixMonthReport } from '../../../app/attendance/sixMonthReport.js';
import { AppError } from '../../../domain/errors.js';
import type { IsoDate } from '../../../domain/isoDateType.js';
import { EMPTY_DATE, readDateParts } from '../../pages/dateInput.js';
import { readForm } from '../forms/formBody.js';
import type { WorkspaceSection } from '../workspaceEnv.js';
import { clerksOnly } from '../workspaceGuards.js';
import { ApprovalPage, type ApprovalErrors, type ApprovalForm } from './approvalPage.js';
import { SixMonthPage } from './sixMonthPage.js';

/** Attendance across all bodies for clerks: the six-month rule warned about before it bites. */
export const attendanceSection: WorkspaceSection = {
  name: 'attendance',
  homeLinks: [
    {
      href: '/workspace/attendance',
      label: 'Attendance: the six-month rule',
      description: 'Members near six months without attending a meeting, and approved absences.',
      roles: ['admin', 'clerk'],
    },
  ],
  register(w, deps) {
    w.use('/workspace/attendance', clerksOnly);
    w.use('/workspace/attendance/*', clerksOnly);
    const today = (): IsoDate => deps.now().toISOString().slice(0, 10) as IsoDate;

    w.get('/workspace/attendance', async (c) => {
      const rows = await sixMonthReport(deps.store, c.get('account'), today());
      const recorded = rows.find((r) => r.personId === c.req.query('recorded'))?.displayName;
      return c.render(<SixMonthPage rows={rows} today={today()} recorded={recorded} />);
    });

    w.get('/workspace/attendance/:personId/approval', async (c) => {
      const personId = c.req.param('personId');
      const form: ApprovalForm = { approvedOn: EMPTY_DATE, until: EMPTY_DATE, reason: '' };
      return c.render(
        <ApprovalPage
          personId={personId}
          name={(await absenceSubject(deps.store, c.get('account'), personId)).displayName}
          csrfToken={c.get('csrfToken')}
          form={form}
        />,
      );
    });

    w.post('/workspace/attendance/:personId/approval', async (c) => {
      const personId = c.req.param('personId');
      const body = await readForm(c);
      const form: ApprovalForm = {
        approvedOn: datePartsFrom(body, 'approvedOn'),
        until: datePartsFrom(body, 'until'),
        reason: body.reason ?? '',
      };
      const approvedOn = readDateParts(form.approvedOn, 'Date approved');
      const until = readDateParts(form.until, 'Approved until');
      const errors: { dates: ApprovalErrors['dates'][number][]; fields: ApprovalErrors['fields'][number][] } = {
        dates: [],
        fields: [],
      };
      if (!approvedOn.ok) errors.dates.push({ field: 'approvedOn', ...approvedOn.problem });
      else if (!approvedOn.iso)
        errors.dates.push({ field: 'approvedOn', message: 'Enter the date the council approved it', parts: ['day'] });
      if (!until.ok) errors.dates.push({ field: 'until', ...until.problem });
      if (!form.reason.trim())
        errors.fields.push({ field: 'reason', message: 'Enter the reason the council approved' });
      if (!errors.dates.length && !errors.fields.length && approvedOn.ok && until.ok) {
        try {
          await approveAbsence(
            deps.store,
            c.get('account'),
            personId,
            { approvedOn: approvedOn.iso!, reason: form.reason, until: until.iso },
            deps.now().toISOString(),
          );
          return c.redirect(`/workspace/attendance?recorded=${encodeURIComponent(personId)}`, 303);
        } catch (error) {
          if (!(error instanceof AppError) || error.code !== 'INPUT_INVALID') throw error;
          const message = error.message.charAt(0).toUpperCase() + error.message.slice(1);
          errors.dates.push({
            field: /end on or after/.test(message) ? 'until' : 'approvedOn',
            message,
            parts: ['day'],
          });
        }
      }
      c.status(400);
      return c.render(
        <ApprovalPage
          personId={personId}
          name={(await absenceSubject(deps.store, c.get('account'), personId)).displayName}
          csrfToken={c.get('csrfToken')}
          form={form}
          errors={errors}
        />,
      );
    });
  },
};

import type { Command } from 'commander';
import { addDayOff, listDaysOff, removeDayOff } from '../../app/calendar/daysOff.js';
import { withStore } from '../withStore.js';

const HELP = `GOV.UK's England and Wales bank holidays are built in (src/domain/calendar/bankHolidaysEnglandWales.json).
Days added here count as days off too, in the agenda's publication deadline, call-in periods and
generated calendars: a closure day, or a bank holiday announced after Quorum's list was taken.`;

export function registerDaysOff(program: Command): void {
  const daysOff = program
    .command('days-off')
    .description("the council's own days off, on top of the bank holidays")
    .addHelpText('after', `\n${HELP}`);
  daysOff
    .command('add')
    .description('add a day off (or rename one)')
    .argument('<date>', 'YYYY-MM-DD')
    .argument('<name>', 'what the day is, e.g. "Christmas closure"')
    .action(async (date: string, name: string) => {
      await withStore({}, async (store) => {
        const day = await addDayOff(store, { date, name });
        console.log(`${day.date}  ${day.name}`);
      });
    });
  daysOff
    .command('remove')
    .description('remove a day off')
    .argument('<date>', 'YYYY-MM-DD')
    .action(async (date: string) => {
      await withStore({}, async (store) => {
        console.log((await removeDayOff(store, date)) ? `${date} removed.` : `${date} was not a day off.`);
      });
    });
  daysOff
    .command('list')
    .description("print the council's days off")
    .action(async () => {
      await withStore({}, async (store) => {
        const days = await listDaysOff(store);
        if (days.length === 0) console.log('No days off besides the bank holidays.');
        for (const d of days) console.log(`${d.date}  ${d.name}`);
      });
    });
}

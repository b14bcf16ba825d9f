import { z } from 'zod';
import type { Account } from '../../domain/account.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import {
  assessPriority,
  type CriterionScore,
  type PriorityAssessment,
} from '../../domain/workProgramme/prioritisation.js';
import type { Store } from '../../store/store.js';
import { assertMayClerk } from '../authorise.js';
import { prioritisationOf } from './prioritisationOf.js';

/**
 * Scores an entry against the council's criteria: every criterion given a whole number from 0 to its
 * maximum (a blank one is left unscored). Each score keeps who gave it and when; the audit log keeps
 * the scores before and after. Only from the version the clerk saw, as any change of the entry.
 */
export async function scoreWorkProgrammeEntry(
  store: Store,
  actor: Account,
  entryId: string,
  input: { version: unknown; scores: Readonly<Record<string, unknown>> },
  now = new Date().toISOString(),
): Promise<PriorityAssessment> {
  const version = z.coerce.number().int().min(1).safeParse(input.version);
  if (!version.success) throw new AppError('INPUT_INVALID', 'the form is out of date: open the entry again');
  return store.transaction(async (repos) => {
    const entry = await repos.workProgramme.find(entryId);
    if (!entry) throw new AppError('NOT_FOUND', 'there is no such work programme entry');
    assertMayClerk(actor, entry.bodyId);
    const prioritisation = await prioritisationOf(repos);
    const previous = (await repos.workProgramme.scoresOf([entryId])).get(entryId) ?? [];
    const problems: string[] = [];
    const scores: CriterionScore[] = [];
    for (const criterion of prioritisation.criteria) {
      const raw = input.scores[criterion.key];
      const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
      if (text === '') continue;
      const score = Number(text);
      if (!/^\d+$/.test(text) || score > criterion.maxScore) {
        problems.push(`score "${criterion.question}" with a whole number from 0 to ${criterion.maxScore}`);
        continue;
      }
      // An unchanged score keeps who gave it and when: the audit says who changed what.
      const kept = previous.find((p) => p.criterion === criterion.key && p.score === score);
      scores.push(kept ?? { criterion: criterion.key, score, scoredBy: actor.id, scoredAt: now });
    }
    if (problems.length > 0) throw new AppError('INPUT_INVALID', problems.join('; '));
    if (!(await repos.workProgramme.touch(entryId, version.data, now)))
      throw new AppError('CONFLICT', 'someone else changed this entry since you opened the page: nothing was saved');
    await repos.workProgramme.setScores(entryId, scores);
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor: actor.id,
      action: 'work_programme.score',
      subjectKind: 'work_programme_entry',
      subjectId: entryId,
      before: previous,
      after: scores,
    });
    return assessPriority(prioritisation, scores);
  });
}

import type { MajorityRule } from '../../domain/decisions/voteResult.js';
import { VOTE_CHOICES } from '../../domain/minutes.js';
import { CHOICE_LABELS, outcomeWords, RULE_LABELS } from '../../domain/minutes/motion.js';
import type { PublicMotion } from '../../store/public/publicMinutes.js';
import type { Html } from './html.js';

/** A motion as the minutes state it: moved, seconded, the words, a result with its reason, named votes. */
export function MotionDetails({ motion, text }: { motion: PublicMotion; text: string }): Html {
  const rule = motion.rule ? RULE_LABELS[motion.rule as MajorityRule] : null;
  return (
    <>
      <strong>{motion.kind === 'amendment' ? 'Amendment' : 'Motion'}</strong>
      {motion.mover ? ` moved by ${motion.mover}` : ''}
      {motion.seconder ? `, seconded by ${motion.seconder}` : ''}: {text}{' '}
      <strong>{`${outcomeWords(motion.outcome ?? '')}.`}</strong>
      {motion.reason ? ` ${motion.reason.charAt(0).toUpperCase()}${motion.reason.slice(1)}.` : ''}
      {rule && !motion.reason?.includes(rule.toLowerCase()) ? ` Rule: ${rule.toLowerCase()}.` : ''}
      {motion.recorded.length ? (
        <ul class="govuk-list govuk-body-s">
          {VOTE_CHOICES.map((c) => {
            const names = motion.recorded.filter((v) => v.choice === c).map((v) => v.name);
            return names.length ? <li>{`${CHOICE_LABELS[c]} (${names.length}): ${names.join(', ')}`}</li> : '';
          })}
        </ul>
      ) : (
        ''
      )}
    </>
  );
}

import { z } from 'zod';
import type { Account } from '../../domain/account.js';
import { RECORDED_DECLARATION_KINDS, type RecordedDeclaration } from '../../domain/declaration.js';
import { AppError } from '../../domain/errors.js';
import { randomId } from '../../domain/ids.js';
import type { Store } from '../../store/store.js';
import { meetingToDeclareAt } from './meetingDeclarations.js';

/**
 * A declaration as the clerk writes it. The item is optional (a declaration made at the start for
 * the whole meeting); what the member did is always known to the clerk who was there, so it is
 * yes or no, never unknown.
 */
export const DeclarationInputSchema = z.object({
  personId: z.string().min(1, { message: 'choose who declared the interest' }),
  itemId: z
    .string()
    .max(100)
    .transform((v) => (v === '' ? null : v)),
  kind: z.enum(RECORDED_DECLARATION_KINDS, { message: 'choose the kind of interest' }),
  text: z
    .string()
    .trim()
    .min(1, { message: 'enter the interest as the member described it' })
    .max(1000, { message: 'the interest must be 1000 characters or fewer' }),
  leftRoom: z.boolean(),
  tookNoPart: z.boolean(),
  dispensation: z.boolean(),
});
export type DeclarationInput = Record<keyof z.input<typeof DeclarationInputSchema>, unknown>;

function invalid(issues: readonly { message: string }[]): AppError {
  return new AppError('INPUT_INVALID', issues.map((i) => i.message).join('; '));
}

/**
 * Records a declaration of interest at a meeting, in the same table as imported ones so that the
 * public pages show it alike; audited. The person must be one the meeting could hear from, and
 * the item one of the meeting's.
 */
export async function recordDeclaration(
  store: Store,
  actor: Account,
  meetingId: string,
  input: DeclarationInput,
  now = new Date().toISOString(),
): Promise<RecordedDeclaration> {
  const parsed = DeclarationInputSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues);
  return store.transaction(async (repos) => {
    const meeting = await meetingToDeclareAt(repos, actor, meetingId);
    const people = await repos.declarations.peopleAt(meetingId, meeting.bodyId, meeting.date);
    const items = await repos.declarations.itemsOf(meetingId);
    const problems = [
      ...(people.some((p) => p.id === parsed.data.personId)
        ? []
        : [{ message: 'choose a member recorded at the meeting or on the body' }]),
      ...(parsed.data.itemId === null || items.some((i) => i.id === parsed.data.itemId)
        ? []
        : [{ message: 'choose an item of this meeting' }]),
    ];
    if (problems.length) throw invalid(problems);
    const declaration: RecordedDeclaration = { id: randomId(), meetingId, ...parsed.data };
    await repos.declarations.add(declaration);
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor: actor.id,
      action: 'declaration.add',
      subjectKind: 'declaration',
      subjectId: declaration.id,
      before: undefined,
      after: declaration,
    });
    return declaration;
  });
}

/**
 * Removes a declaration written in the workspace; the audit keeps it whole, to enter again if the
 * removal was a mistake. An imported declaration is the document's word: correct the document
 * and import it again.
 */
export async function removeDeclaration(
  store: Store,
  actor: Account,
  meetingId: string,
  declarationId: string,
  now = new Date().toISOString(),
): Promise<void> {
  await store.transaction(async (repos) => {
    await meetingToDeclareAt(repos, actor, meetingId);
    const declaration = await repos.declarations.find(declarationId);
    if (!declaration || declaration.meetingId !== meetingId)
      throw new AppError('NOT_FOUND', 'There is no such declaration at this meeting');
    if (declaration.sourceDocumentId !== null)
      throw new AppError(
        'CONFLICT',
        'this declaration was read from a document: correct the document and import it again',
      );
    await repos.declarations.remove(declarationId);
    const { person: _person, sourceDocumentId: _source, ...before } = declaration;
    await repos.audit.add({
      id: randomId(),
      at: now,
      actor: actor.id,
      action: 'declaration.remove',
      subjectKind: 'declaration',
      subjectId: declarationId,
      before,
      after: undefined,
    });
  });
}

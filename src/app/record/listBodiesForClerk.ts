import { mayClerk, type Account } from '../../domain/account.js';
import type { Body } from '../../domain/body.js';
import type { Store } from '../../store/store.js';

/** Every body, those this account may change marked so: a clerk for named bodies sees theirs first. */
export async function listBodiesForClerk(store: Store, actor: Account): Promise<{ body: Body; mayEdit: boolean }[]> {
  const bodies = await store.repos.bodies.list();
  return bodies
    .map((body) => ({ body, mayEdit: mayClerk(actor, body.id) }))
    .sort((a, b) => Number(b.mayEdit) - Number(a.mayEdit));
}

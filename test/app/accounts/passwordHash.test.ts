import { describe, expect, it } from 'vitest';
import { hashPassword, OWASP_SCRYPT_COST, verifyPassword } from '../../../src/app/accounts/passwordHash.js';

const CHEAP = { log2N: 10, r: 8, p: 1 };

describe('password hashing', () => {
  it("should hash at OWASP's scrypt cost and verify the password, and only it", async () => {
    const stored = await hashPassword('correct horse battery', OWASP_SCRYPT_COST);
    expect(stored).toMatch(/^scrypt\$17\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
  });

  it('should salt every hash, so one password never gives the same hash twice', async () => {
    expect(await hashPassword('same password', CHEAP)).not.toBe(await hashPassword('same password', CHEAP));
  });

  it('should treat composed and decomposed accents as one password (NFKC)', async () => {
    const stored = await hashPassword('Siân\u00e2', CHEAP);
    expect(await verifyPassword('Sia\u0302n\u00e2', stored)).toBe(true);
  });

  it.each(['', 'bcrypt$x', 'scrypt$99$8$1$AAAA$AAAA', 'scrypt$10$8$1$$', 'scrypt$a$b$c$d$e'])(
    'should refuse a malformed hash %j without throwing',
    async (stored) => {
      expect(await verifyPassword('anything', stored)).toBe(false);
    },
  );
});

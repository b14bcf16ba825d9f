/**
 * Failed sign-ins counted per account and per address over a sliding window: past the limit, the
 * next attempt is refused before the password is checked, with the seconds until one may try
 * again (OWASP Authentication Cheat Sheet). Kept in memory: a restart forgets, which only ever
 * lets someone try again sooner.
 */
export interface LoginThrottleLimits {
  readonly perAccount: number;
  readonly perAddress: number;
  readonly windowSeconds: number;
}

export const LOGIN_LIMITS: LoginThrottleLimits = { perAccount: 5, perAddress: 20, windowSeconds: 15 * 60 };

export class LoginThrottle {
  readonly #failures = new Map<string, number[]>();

  constructor(private readonly limits: LoginThrottleLimits = LOGIN_LIMITS) {}

  /** Seconds to wait before trying again, or 0 when an attempt may go ahead. */
  retryAfter(account: string, address: string, nowMs: number): number {
    const waits = [
      this.#wait(`account:${account}`, this.limits.perAccount, nowMs),
      this.#wait(`address:${address}`, this.limits.perAddress, nowMs),
    ];
    return Math.max(...waits);
  }

  failed(account: string, address: string, nowMs: number): void {
    for (const key of [`account:${account}`, `address:${address}`])
      this.#failures.set(key, [...this.#recent(key, nowMs), nowMs]);
  }

  /** A correct password clears the account's count, not the address's: one good login does not reopen guessing. */
  succeeded(account: string): void {
    this.#failures.delete(`account:${account}`);
  }

  #recent(key: string, nowMs: number): number[] {
    const since = nowMs - this.limits.windowSeconds * 1000;
    const recent = (this.#failures.get(key) ?? []).filter((t) => t > since);
    if (recent.length === 0) this.#failures.delete(key);
    return recent;
  }

  #wait(key: string, limit: number, nowMs: number): number {
    const recent = this.#recent(key, nowMs);
    if (recent.length < limit) return 0;
    const oldest = recent[recent.length - limit]!;
    return Math.max(1, Math.ceil((oldest + this.limits.windowSeconds * 1000 - nowMs) / 1000));
  }
}

import { DatabaseUnavailableError } from '../errors.ts';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, firstDelayMs: 500, maxDelayMs: 8000 };

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Retries `fn` while the database is unreachable, with exponential backoff and jitter, for a bounded
 * number of attempts. The driver already retries transient errors (deadlocks) inside a managed
 * transaction; this covers a server that is down or restarting. Anything else is thrown at once.
 */
export async function withRetry<T>(
  fn: () => Promise<T>,
  policy: RetryPolicy = DEFAULT_RETRY,
  onRetry?: (error: DatabaseUnavailableError, attempt: number, delayMs: number) => void,
): Promise<T> {
  let delay = policy.firstDelayMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (!(error instanceof DatabaseUnavailableError) || attempt >= policy.attempts) throw error;
      const wait = Math.min(policy.maxDelayMs, delay) * (0.75 + Math.random() * 0.5);
      onRetry?.(error, attempt, wait);
      await sleep(wait);
      delay *= 2;
    }
  }
}

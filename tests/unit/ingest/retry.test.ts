import { describe, expect, it } from 'vitest';
import { DatabaseQueryError, DatabaseUnavailableError } from '../../../src/errors.ts';
import { withRetry } from '../../../src/ingest/retry.ts';

const fast = { attempts: 3, firstDelayMs: 1, maxDelayMs: 4 };

describe('withRetry', () => {
  it('retries while the database is unavailable and returns the first success', async () => {
    let calls = 0;
    const waits: number[] = [];
    const result = await withRetry(
      async () => {
        calls++;
        if (calls < 3) throw new DatabaseUnavailableError('down');
        return 'ok';
      },
      fast,
      (_e, _attempt, ms) => waits.push(ms),
    );
    expect(result).toBe('ok');
    expect(calls).toBe(3);
    expect(waits).toHaveLength(2);
  });

  it('gives up after the bounded number of attempts with the last error', async () => {
    let calls = 0;
    const attempt = withRetry(async () => {
      calls++;
      throw new DatabaseUnavailableError(`down ${calls}`);
    }, fast);
    await expect(attempt).rejects.toThrow('down 3');
    expect(calls).toBe(3);
  });

  it('does not retry an error that a retry cannot fix', async () => {
    let calls = 0;
    await expect(
      withRetry(async () => {
        calls++;
        throw new DatabaseQueryError('bad statement');
      }, fast),
    ).rejects.toBeInstanceOf(DatabaseQueryError);
    expect(calls).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { createLoader } from '../../../src/api/loader.ts';

describe('createLoader', () => {
  it('batches loads made in the same tick into one call, in order', async () => {
    const calls: string[][] = [];
    const loader = createLoader(async (keys: readonly string[]) => {
      calls.push([...keys]);
      return keys.map((k) => k.toUpperCase());
    });
    const values = await Promise.all([loader.load('a'), loader.load('b'), loader.load('c')]);
    expect(values).toEqual(['A', 'B', 'C']);
    expect(calls).toEqual([['a', 'b', 'c']]);
  });

  it('fetches a repeated key once', async () => {
    let fetched = 0;
    const loader = createLoader(async (keys: readonly string[]) => {
      fetched += keys.length;
      return keys.map(() => 1);
    });
    await Promise.all([loader.load('a'), loader.load('a')]);
    await loader.load('a');
    expect(fetched).toBe(1);
  });

  it('batches keys enqueued by resolvers that awaited one earlier promise', async () => {
    const calls: number[] = [];
    const loader = createLoader(async (keys: readonly number[]) => {
      calls.push(keys.length);
      return keys;
    });
    const parent = Promise.resolve([1, 2, 3]);
    await Promise.all((await parent).map(async (k) => loader.load(await Promise.resolve(k))));
    expect(calls).toEqual([3]);
  });

  it('rejects every load of a failed batch', async () => {
    const loader = createLoader(async (): Promise<number[]> => {
      throw new Error('down');
    });
    await expect(Promise.all([loader.load(1), loader.load(2)])).rejects.toThrow('down');
  });

  it('rejects when the batch returns the wrong number of values', async () => {
    const loader = createLoader(async () => [1]);
    await expect(Promise.all([loader.load('a'), loader.load('b')])).rejects.toThrow(/2 keys/);
  });
});

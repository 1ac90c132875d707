import { describe, expect, it } from 'vitest';
import { createPartsLoader } from '../../../src/api/parts-loader.ts';

interface Row {
  places: string[];
  claims: string[];
  evidence: string[];
}

/** A batch that records what it was asked and answers each part with `<id>.<part>`. */
function recording() {
  const calls: { ids: string[]; parts: string[] }[] = [];
  const loader = createPartsLoader<Row>(async (ids, parts) => {
    calls.push({ ids: [...ids], parts: [...parts] });
    return ids.map((id) => ({
      places: parts.includes('places') ? [`${id}.places`] : [],
      claims: parts.includes('claims') ? [`${id}.claims`] : [],
      evidence: parts.includes('evidence') ? [`${id}.evidence`] : [],
    }));
  });
  return { calls, loader };
}

describe('createPartsLoader', () => {
  it('asks one batch for every id and only the parts loaded in the same tick', async () => {
    const { calls, loader } = recording();
    const values = await Promise.all([
      loader.load('e1', 'places'),
      loader.load('e2', 'places'),
      loader.load('e1', 'claims'),
    ]);
    expect(values).toEqual([['e1.places'], ['e2.places'], ['e1.claims']]);
    expect(calls).toEqual([{ ids: ['e1', 'e2'], parts: ['places', 'claims'] }]);
  });

  it('fetches a part asked later without fetching the earlier one again', async () => {
    const { calls, loader } = recording();
    await loader.load('e1', 'places');
    expect(await loader.load('e1', 'places')).toEqual(['e1.places']);
    expect(await loader.load('e1', 'evidence')).toEqual(['e1.evidence']);
    expect(calls).toEqual([
      { ids: ['e1'], parts: ['places'] },
      { ids: ['e1'], parts: ['evidence'] },
    ]);
  });

  it('rejects every load of a failed batch, and a batch with the wrong number of rows', async () => {
    const failing = createPartsLoader<Row>(async () => {
      throw new Error('down');
    });
    await expect(Promise.all([failing.load('a', 'places'), failing.load('b', 'claims')])).rejects.toThrow(
      'down',
    );
    const short = createPartsLoader<Row>(async () => [{ places: [], claims: [], evidence: [] }]);
    await expect(Promise.all([short.load('a', 'places'), short.load('b', 'places')])).rejects.toThrow(
      /1 rows for 2 ids/,
    );
  });
});

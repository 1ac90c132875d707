import { describe, expect, it } from 'vitest';
import { resolveEntities, type EntityCandidate } from '../../../src/graph/entity-resolution.ts';
import { oneWordAbsorptions } from '../../../src/graph/one-word-people.ts';
import { buildArticle, buildExtraction } from '../../support/build-extraction.ts';

const article = buildArticle({ url: 'https://example.invalid/one-word', body: 'Jane Doe spoke.' });
const person = (id: string, name: string, nameKeys: string[]): EntityCandidate => ({
  id, label: 'Person', name, nameKeys, countryCode: null, kind: null,
});

describe('oneWordAbsorptions', () => {
  const x = buildExtraction(article, { people: [{ name: 'Jane Doe' }] });

  it('folds a one-word person into the only full name with that surname', () => {
    const candidates = [person('person:doe', 'Doe', ['doe'])];
    expect(oneWordAbsorptions(x, resolveEntities(x, candidates), candidates)).toEqual([
      { fromId: 'person:doe', toId: 'person:jane doe' },
    ]);
  });

  it('leaves the one-word person alone when another full name has that surname', () => {
    const candidates = [person('person:doe', 'Doe', ['doe']), person('person:john doe', 'John Doe', ['john doe', 'doe'])];
    expect(oneWordAbsorptions(x, resolveEntities(x, candidates), candidates)).toEqual([]);
  });
});

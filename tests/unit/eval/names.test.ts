import { describe, expect, it } from 'vitest';
import { NameIndex, entityKeys, keysMatch } from '../../../src/eval/names.ts';

const match = (a: string, b: string, aliases: string[] = []): boolean =>
  keysMatch(entityKeys({ name: a, aliases }), entityKeys({ name: b, aliases: [] }));

describe('name matching', () => {
  it('ignores case and accents', () => {
    expect(match('José Núñez', 'JOSE NUNEZ')).toBe(true);
  });

  it('ignores a leading "the"', () => {
    expect(match('the Northern Front', 'Northern Front')).toBe(true);
  });

  it('ignores "al-" and "al " prefixes and punctuation', () => {
    expect(match('al-Marwa', 'Marwa')).toBe(true);
    expect(match('al Marwa', 'al-Marwa')).toBe(true);
    expect(match('U.N.', 'UN')).toBe(true);
  });

  it('matches through an alias on either side', () => {
    expect(match('Freedom Movement', 'FM', ['FM'])).toBe(true);
    expect(match('FM', 'Freedom Movement')).toBe(false);
  });

  it('keeps different names apart', () => {
    expect(match('Northern Front', 'Southern Front')).toBe(false);
    expect(match('Alton', 'Alto')).toBe(false);
  });

  it('widens a bare name to the aliases of the entity it names in the same article', () => {
    const index = new NameIndex([{ name: 'Maria Ortega', aliases: ['Ortega'] }]);
    expect(keysMatch(index.keys('Ortega'), new NameIndex([]).keys('Maria Ortega'))).toBe(true);
    expect(index.keys(null).size).toBe(0);
    expect(index.keys('  ').size).toBe(0);
  });
});

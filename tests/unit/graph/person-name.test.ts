import { describe, expect, it } from 'vitest';
import { isSingleWordName, personKey, surnameKey } from '../../../src/graph/person-name.ts';

describe('personKey', () => {
  it('drops titles before a full name so titled and bare forms share one key', () => {
    expect(personKey('Secretary of State Jane Doe')).toBe('jane doe');
    expect(personKey('U.S. Secretary of State Jane Doe')).toBe('jane doe');
    expect(personKey('Gen. Omar Example')).toBe('omar example');
    expect(personKey('Jane Doe')).toBe('jane doe');
  });

  it('drops any title of the extractor\'s one title list, and the words that join a title', () => {
    expect(personKey('Prosecutor Jane Doe')).toBe('jane doe');
    expect(personKey('Grand Ayatollah Omar Example')).toBe('omar example');
    expect(personKey('Former Deputy Foreign Minister Jane Doe')).toBe('jane doe');
    expect(personKey('Lt. Col. Omar Example')).toBe('omar example');
  });

  it('keeps the last word when a title precedes a single name', () => {
    expect(personKey('President Example')).toBe('example');
    expect(personKey('Example')).toBe('example');
  });

  it('does not take an initial for the abbreviation of a country', () => {
    expect(personKey('S. Examplar')).toBe('s examplar');
  });
});

describe('surnameKey', () => {
  it('is the last word of a full name and null for a single word', () => {
    expect(surnameKey('Jane Q. Doe')).toBe('doe');
    expect(surnameKey('Doe')).toBeNull();
    expect(isSingleWordName('Minister Doe')).toBe(true);
    expect(isSingleWordName('Jane Doe')).toBe(false);
  });
});

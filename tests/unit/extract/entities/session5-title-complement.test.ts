import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../helpers/entities-doc.ts';

describe("entities (session 5): a title's complement before the holder's name", () => {
  it('splits "Special Representative for <country> <name>" into the place and the person', () => {
    const doc = entitiesOf('U.N. Special Representative for Peru Ilse Varga opened the talks.');
    expect(doc.people.map((p) => p.name)).toEqual(['Ilse Varga']);
    expect(doc.people[0]?.role).toBe('U.N. Special Representative for Peru');
    expect(doc.places.map((p) => p.name)).toContain('Peru');
    expect(doc.organizations.map((o) => o.name)).toContain('U.N.');
  });

  it('splits "envoy to <country> <name>" after a lower-case title', () => {
    const doc = entitiesOf('"The talks will go on," EU envoy to Chile Tomas Brandt told reporters.');
    expect(doc.people.map((p) => p.name)).toEqual(['Tomas Brandt']);
    expect(doc.people[0]?.role).toBe('EU envoy to Chile');
  });

  it('splits "Ambassador to the U.N. <name>" after an organization', () => {
    const doc = entitiesOf("Norway's Ambassador to the U.N. Kari Lund welcomed the vote.");
    expect(doc.people.map((p) => p.name)).toEqual(['Kari Lund']);
  });

  it('reads a lone word after the complement as part of the portfolio, not a name', () => {
    const doc = entitiesOf(
      'Ilse Varga, the U.N. Special Representative for Peru Reconciliation, spoke on Monday.',
    );
    expect(doc.people.map((p) => p.name)).toEqual(['Ilse Varga']);
    expect(doc.places.map((p) => p.name)).toContain('Peru');
  });
});

describe('entities (session 5): a title complement that is an organization of its own', () => {
  it('keeps "<acronym> Institute" after "adviser to the" as one organization', () => {
    const doc = entitiesOf('She was named adviser to the UNAM Institute on Monday.');
    expect(doc.organizations.map((o) => o.name)).toEqual(['UNAM Institute']);
  });
});

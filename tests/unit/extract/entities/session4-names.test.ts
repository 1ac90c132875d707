import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../helpers/entities-doc.ts';

const people = (body: string) => entitiesOf(body).people;

describe('entities (session 4): where a person name starts', () => {
  it('reads a hyphenated rank as a title, not as part of the name ("Major-General X Y")', () => {
    const [p] = people('Army spokesman Major-General Tobin Arkwell said the report was false.');
    expect(p?.name).toBe('Tobin Arkwell');
    expect(p?.role).toBe('Army spokesman Major-General');
  });

  it('keeps an honorific of address in the name of several words, and the rank before it as role', () => {
    expect(people('Haji Ahmad Wali Torkan met the elders.').map((p) => p.name)).toEqual(['Haji Ahmad Wali Torkan']);
    const [p] = people('Commander Mullah Tarek Oban spoke to the elders.');
    expect(p?.name).toBe('Mullah Tarek Oban');
    expect(p?.role).toBe('Commander');
  });

  it('joins a bare surname and an "also known as" name to the person', () => {
    const doc = entitiesOf('Gunmen killed Haji Ahmad Wali Torkan, also known as Haji Wali, at a meeting. Torkan had led the council.');
    expect(doc.people).toHaveLength(1);
    expect(doc.people[0]?.aliases).toEqual(expect.arrayContaining(['Haji Wali', 'Torkan']));
  });

  it('takes "X Y in <City> reports" as a person who reports', () => {
    expect(people('Mara Quell in Port Vell reports that the road was closed.').map((p) => p.name)).toEqual(['Mara Quell']);
  });
});

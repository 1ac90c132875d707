import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers/entities-doc.ts';

const names = (body: string, type: 'people' | 'organizations' | 'places') =>
  entitiesOf(body)[type].map((e) => e.name);

describe('entities: names in apposition to a role', () => {
  it('takes a name after "a <role> for the group," for a person, and a later "he" for that person', () => {
    const doc = entitiesOf(
      'A spokeswoman for the movement, Hana Corvel, rejected the report on Friday. She said the convoy was never stopped.',
    );
    expect(doc.people.map((p) => p.name)).toEqual(['Hana Corvel']);
    expect(doc.organizations).toHaveLength(0);
    const she = doc.mentions.find((m) => m.type === 'pronoun' && m.text === 'She');
    expect(she?.entityKey).toBe(doc.people[0]?.key);
  });

  it('takes a name after "the <role> of the region/town," for a person, not a place', () => {
    expect(
      names('The deputy governor of the district, Omar Kessel, said the bridge was closed.', 'places'),
    ).toEqual([]);
    expect(
      names('The deputy governor of the district, Omar Kessel, said the bridge was closed.', 'people'),
    ).toEqual(['Omar Kessel']);
    expect(
      names('The chief administrator of the small village, Idris Tamar, told reporters so.', 'people'),
    ).toEqual(['Idris Tamar']);
  });

  it('gives such a person the whole role phrase before the comma, complement included', () => {
    const doc = entitiesOf('Reporters met the head of the Lakeside police, Rui Tavares, on Monday.');
    const p = doc.people.find((x) => x.name === 'Rui Tavares');
    expect(p?.role).toBe('head of the Lakeside police');
    expect(entitiesOf('The chair of the local council, Noor Halim, resigned.').people[0]?.role).toBe(
      'chair of the local council',
    );
  });

  it('still reads "the provincial capital, X" as a place when no role heads the phrase', () => {
    expect(names('Troops reached the provincial capital, Lyon, on Sunday.', 'places')).toContain('Lyon');
  });

  it('reads a name the gazetteer knows as a person in apposition, unless the text uses it after "in"', () => {
    const role = 'The governor of the region, Al Hudaydah, said the port was calm.';
    expect(names(role, 'people')).toEqual(['Al Hudaydah']);
    const both = entitiesOf(`${role} Ships waited in Al Hudaydah for days.`);
    expect(both.people).toHaveLength(0);
    expect(both.places.map((p) => p.name)).toContain('Al Hudaydah');
  });
});

describe('entities: "<Name> of <Organization>"', () => {
  it('keeps the person and the organization apart with "of the"', () => {
    const doc = entitiesOf('Rosa Kettner of the Center for Desert Studies said the wells had dried up.');
    expect(doc.people.map((p) => p.name)).toEqual(['Rosa Kettner']);
    expect(doc.organizations.map((o) => o.name)).toEqual(['Center for Desert Studies']);
  });

  it('keeps them apart without "the"', () => {
    const doc = entitiesOf('Milan Hrabe of Lakeside Relief Committee told reporters the road was open.');
    expect(doc.people.map((p) => p.name)).toEqual(['Milan Hrabe']);
    expect(doc.organizations.map((o) => o.name)).toEqual(['Lakeside Relief Committee']);
  });

  it('leaves an organization whose head comes before "of" whole', () => {
    expect(names('The Ministry of Water said the dam was safe.', 'organizations')).toEqual([
      'Ministry of Water',
    ]);
  });
});

describe('entities: name particles', () => {
  it('keeps two particles inside a name ("van der", "de la")', () => {
    const doc = entitiesOf(
      'Anouk van der Heijden met the envoy. Later Rafael de la Fuente arrived. Van der Heijden spoke first.',
    );
    expect(doc.people.map((p) => p.name).sort()).toEqual(['Anouk van der Heijden', 'Rafael de la Fuente']);
  });

  it('takes a name with an inner particle for a person without other evidence', () => {
    expect(
      names('The envoy greeted Lucia dos Reis and Karl von Brandt in the hall.', 'people').sort(),
    ).toEqual(['Karl von Brandt', 'Lucia dos Reis']);
  });
});

import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers/entities-doc.ts';

const person = (body: string, name: string) => entitiesOf(body).people.find((p) => p.name === name);

describe('entities: people and roles', () => {
  it('separates a leading title from the name and finds what the role is of', () => {
    const p = person('US Secretary of State Laura Benning met rebels on Monday.', 'Laura Benning');
    expect(p?.role).toBe('US Secretary of State');
    expect(p?.roleOf).toMatchObject({ type: 'place', name: 'United States' });
    expect(p?.isOfficial).toBe(true);
  });

  it('reads a role from a lower-case title after an organization ("Interior Ministry spokesman X")', () => {
    const doc = entitiesOf(
      'Interior Ministry spokesman Karim Nouri said the road was closed. Nouri added that two police officers were hurt.',
    );
    expect(doc.people).toHaveLength(1);
    const p = doc.people[0];
    expect(p?.name).toBe('Karim Nouri');
    expect(p?.aliases).toEqual(['Nouri']);
    expect(p?.role).toBe('Interior Ministry spokesman');
    expect(p?.roleOf).toMatchObject({ type: 'organization', name: 'Interior Ministry' });
    expect(doc.organizations.map((o) => o.name)).toEqual(['Interior Ministry']);
  });

  it('reads a role from an apposition before or after the name', () => {
    const doc = entitiesOf(
      'Dana Whitfield met her Egyptian counterpart, Tarek Mansour, in Cairo. Samir Aziz, the governor of Nangarhar province, was not present.',
    );
    const tarek = doc.people.find((p) => p.name === 'Tarek Mansour');
    expect(tarek?.role).toBe('Egyptian counterpart');
    expect(tarek?.roleOf).toMatchObject({ type: 'place', name: 'Egypt' });
    expect(doc.people.find((p) => p.name === 'Samir Aziz')?.role).toBe('governor of Nangarhar province');
  });

  it('makes one person of every form of a name, with the fullest form as the name', () => {
    const doc = entitiesOf(
      'Rashidi spoke first. Later President Omar al-Rashidi said the vote would go ahead. Critics of Omar al Rashidi objected.',
    );
    expect(doc.people).toHaveLength(1);
    const p = doc.people[0];
    expect(p?.name).toBe('Omar al-Rashidi');
    expect(p?.aliases).toEqual(expect.arrayContaining(['Rashidi', 'Omar al Rashidi']));
    expect(p?.mentions).toHaveLength(3);
  });

  it('keeps people who share a surname apart and gives a bare surname to the one last named', () => {
    const doc = entitiesOf(
      'Ahmed Karimi met Layla Karimi in Kabul. Layla Karimi spoke first. Karimi said talks would resume.',
    );
    expect(doc.people.map((p) => p.name).sort()).toEqual(['Ahmed Karimi', 'Layla Karimi']);
    expect(doc.people.find((p) => p.name === 'Layla Karimi')?.aliases).toContain('Karimi');
  });

  it('drops ranks and honorifics from the name, but keeps a title with a one-word royal name', () => {
    const doc = entitiesOf('Lt. Gen. Samuel Okoro briefed King Faisal on Sunday. Mr. Okoro left afterwards.');
    expect(doc.people.map((p) => p.name).sort()).toEqual(['King Faisal', 'Samuel Okoro']);
    expect(doc.people.find((p) => p.name === 'Samuel Okoro')?.role).toBe('Lt. Gen.');
    expect(doc.people.find((p) => p.name === 'King Faisal')?.aliases).toContain('Faisal');
  });

  it('does not take group words, nationalities or organizations for people', () => {
    const doc = entitiesOf(
      'Sunni Muslims and Syrian Kurds met officials of the National Salvation Front in the capital.',
    );
    expect(doc.people).toEqual([]);
    expect(doc.organizations.map((o) => o.name)).toEqual(['National Salvation Front']);
  });

  it('prefers an apposition to a lone rank, and keeps lower-case title words before a rank', () => {
    const doc = entitiesOf(
      'Gen. Peter Hale, the commander of British and Danish forces, arrived. Provincial police chief Col. Amin Sadat met him.',
    );
    expect(doc.people.find((p) => p.name === 'Peter Hale')?.role).toBe(
      'commander of British and Danish forces',
    );
    expect(doc.people.find((p) => p.name === 'Amin Sadat')?.role).toBe('Provincial police chief Col.');
  });

  it('needs a sign of a person for an untitled name, and never takes events or days for people', () => {
    const doc = entitiesOf(
      'Election Day passed quietly and the Peace Plan held. Operation Desert Wind ended. Awal Karimi was unloading cows. ' +
        'The attack was condemned by Maria Lopez, a senior aide. Crowds cheered Grand Avenue Parade.',
    );
    expect(doc.people.map((p) => p.name)).toEqual(['Awal Karimi', 'Maria Lopez']);
  });

  it('takes "X, who heads ..." as a sign of a person', () => {
    const doc = entitiesOf('Otis Varga, who heads the negotiating team, spoke to reporters.');
    expect(doc.people.map((p) => p.name)).toEqual(['Otis Varga']);
  });
});

import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../helpers/entities-doc.ts';

const orgs = (body: string) => entitiesOf(body).organizations.map((o) => o.name);
const people = (body: string) => entitiesOf(body).people.map((p) => p.name);

describe('entities (session 5): an unknown name with an organization cue beside it', () => {
  it('reads a name after an owner or seat compound as an organization', () => {
    expect(orgs('The state-run Morning Lantern reported a fire at the port.')).toEqual(['Morning Lantern']);
    expect(orgs('Engineers repaired the Chilean-owned Andesat.')).toEqual(['Andesat']);
    expect(orgs('The Norway-based Fjord Relief sent two trucks.')).toEqual(['Fjord Relief']);
  });

  it('reads a name in apposition to an organization noun as an organization', () => {
    expect(orgs('Dailyline, a small Peruvian newspaper, printed the letter.')).toEqual(['Dailyline']);
  });

  it('reads a name after an operator noun as an organization', () => {
    expect(orgs('The strike hit the rail operator Petrolux on Sunday.')).toEqual(['Petrolux']);
  });

  it('leaves a person whose apposition holds a title or a possessive organization noun', () => {
    expect(people("Ravel Ostin, the group's spokesman, said the attack failed.")).toEqual(['Ravel Ostin']);
    expect(orgs("Ravel Ostin, the group's spokesman, said the attack failed.")).toEqual([]);
  });

  it('does not give an apposition after "in X" to X alone', () => {
    const doc = entitiesOf(
      'Lia Moss, spokeswoman for the Council for Refugees in Peru, a Peruvian aid group, spoke.',
    );
    expect(doc.organizations.map((o) => o.name)).not.toContain('Peru');
  });
});

describe('entities (session 5): an acronym that several names could abbreviate', () => {
  it('joins the name whose initials spell it', () => {
    const doc = entitiesOf(
      'Fighters of the Norland Independence Army attacked a post. The Norland Independence Organization denied it. One NIA member was captured.',
    );
    const army = doc.organizations.find((o) => o.name === 'Norland Independence Army');
    expect(army?.aliases).toContain('NIA');
    expect(doc.organizations.map((o) => o.name)).not.toContain('NIA');
  });
});

describe('entities (session 5): a people named by its language', () => {
  it('reads "<language> rebels" as unnamed fighters and the plural as no organization', () => {
    const doc = entitiesOf(
      'The army is fighting Ndebele rebels in the west. The rebels want a homeland for the Ndebeles.',
    );
    expect(doc.organizations).toEqual([]);
    expect(doc.people).toEqual([]);
  });

  it('keeps a group whose name holds a language word and a name of its own', () => {
    expect(
      entitiesOf('Fighters of the Ndebele Liberation Front attacked a post.').organizations.map(
        (o) => o.name,
      ),
    ).toEqual(['Ndebele Liberation Front']);
  });
});

describe('entities (session 5): a faith or people before a one-word group name', () => {
  it('names the group by the word after the adjective and joins its bare uses', () => {
    const doc = entitiesOf(
      'Hindu Fahra rebels seized the pass. Kurdish Zeravan fighters held the ridge. The Zeravan forces stayed.',
    );
    expect(doc.organizations.map((o) => o.name)).toEqual(['Fahra', 'Zeravan']);
  });

  it('keeps such an adjective inside a longer name', () => {
    expect(
      entitiesOf('The Christian Democratic Union won the vote.').organizations.map((o) => o.name),
    ).toEqual(['Christian Democratic Union']);
  });
});

import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers/entities-doc.ts';

const orgNames = (body: string): string[] => entitiesOf(body).organizations.map((o) => o.name);
const placeNames = (body: string): string[] =>
  entitiesOf(body)
    .places.filter((p) => p.mentions.length > 0)
    .map((p) => p.name);

describe('entities: names introduced by a descriptor', () => {
  it('reads a name after "the aid group," as an organization, and a person in apposition to its officer', () => {
    const doc = entitiesOf(
      'The French charity, Aid Now, pulled out its staff. The director of Aid Now, Marie Dubois, says the charity will stay.',
    );
    expect(doc.organizations.map((o) => [o.name, o.mentions.length])).toEqual([['Aid Now', 2]]);
    expect(doc.people.map((p) => p.name)).toEqual(['Marie Dubois']);
  });

  it('does not read a sentence\'s next subject as an apposition ("in the village, Ahmed said")', () => {
    const doc = entitiesOf('Fighting went on in the village, Karim said.');
    expect(doc.places.filter((p) => p.mentions.length > 0)).toEqual([]);
    expect(doc.people.map((p) => p.name)).toEqual(['Karim']);
  });

  it('reads a name after "the provincial capital," as a place', () => {
    expect(placeNames('The attack took place 30 kilometers west of the provincial capital, Zarqan.')).toEqual(
      ['Zarqan'],
    );
  });

  it('reads every name listed after "the border towns of" as a place', () => {
    expect(placeNames('Shells hit the border towns of Qarat, Zanbur and Tell Hamid.')).toEqual([
      'Qarat',
      'Zanbur',
      'Tell Hamid',
    ]);
    expect(placeNames('Gunmen attacked the community of Gidan Bako before dawn.')).toEqual(['Gidan Bako']);
  });

  it('drops religious and direction words before a place name', () => {
    const doc = entitiesOf(
      'A bomb hit the Sunni Muslim Qarat neighborhood. Fighting spread in Southern Afghanistan.',
    );
    const named = doc.places.filter((p) => p.mentions.length > 0);
    expect(named.map((p) => p.name)).toEqual(['Qarat', 'Afghanistan']);
    expect(named[1]?.aliases).toContain('Southern Afghanistan');
  });

  it('reads a one-word name with "Agency" where places stand as a tribal district', () => {
    const doc = entitiesOf('Militants fled to Tirah Agency, according to the Nasr agency.');
    expect(doc.places.filter((p) => p.mentions.length > 0).map((p) => [p.name, p.kind])).toEqual([
      ['Tirah', 'admin2'],
    ]);
    expect(doc.organizations.map((o) => o.name)).toEqual(['Nasr agency']);
  });

  it("does not name an organization from a city's media or a country's coalition", () => {
    expect(orgNames('Kabul television reported gunfire near the scene.')).toEqual([]);
    expect(orgNames('A U.S. coalition statement said the strike was lawful.')).toEqual([]);
  });

  it('takes "<country> army" and "<nationality> army" for a generic actor, "<country> military" for a body', () => {
    expect(orgNames('A statement was issued by the Pakistan army on Friday.')).toEqual([]);
    expect(orgNames('A statement was issued by the Chile military on Friday.')).toEqual(['Chile military']);
    expect(orgNames('A statement was issued by the Afghan army on Friday.')).toEqual([]);
  });

  it('reads "opposition" as an organization only as a noun, not as a modifier', () => {
    expect(orgNames('Western envoys and Syrian opposition groups met in Geneva.')).toEqual([]);
    expect(orgNames('The Syrian opposition said it would attend.')).toEqual(['Syrian opposition']);
  });

  it('joins "the UN mission" to "the UN Mission in Chad" named in the same text', () => {
    const doc = entitiesOf('The UN Mission in Chad condemned the raid. The UN mission later sent a team.');
    expect(doc.organizations.map((o) => o.name)).toEqual(['UN Mission in Chad']);
    expect(doc.organizations[0]?.aliases).toContain('UN mission');
  });

  it('reads a list of places whatever the order of one- and two-word names', () => {
    expect(placeNames('Shells hit the border towns of Qarat, Tell Hamid and Zanbur.')).toEqual([
      'Qarat',
      'Tell Hamid',
      'Zanbur',
    ]);
  });

  it('takes a name after "X province," for the person the title names, not a place', () => {
    const doc = entitiesOf('The governor of Zarqan province, Gulab Rahimi, said the road was closed.');
    expect(doc.people.map((p) => p.name)).toEqual(['Gulab Rahimi']);
    expect(doc.places.filter((p) => p.mentions.length > 0).map((p) => p.name)).toEqual(['Zarqan']);
  });

  it('confirms a person by an occupation before the name or an age after it', () => {
    expect(entitiesOf('Shopkeeper Ahmed Nouri saw the car.').people.map((p) => p.name)).toEqual([
      'Ahmed Nouri',
    ]);
    expect(entitiesOf('Tariq Samir, 34, was among the dead.').people.map((p) => p.name)).toEqual([
      'Tariq Samir',
    ]);
  });

  it('reads "Bosnia and Herzegovina" and "Ivory Coast" as one country each', () => {
    const doc = entitiesOf('Fighting spread in Ivory Coast and Bosnia and Herzegovina.');
    expect(doc.places.filter((p) => p.mentions.length > 0).map((p) => [p.name, p.kind])).toEqual([
      ['Ivory Coast', 'country'],
      ['Bosnia and Herzegovina', 'country'],
    ]);
  });

  it('confirms a person in apposition to a kinship noun, and strips a hyphenated title', () => {
    const doc = entitiesOf("The minister's son, Tariq Hadi, was wounded. President-elect Sara Lind spoke.");
    expect(doc.people.map((p) => p.name)).toEqual(['Tariq Hadi', 'Sara Lind']);
  });

  it('reads "a district of Y" with Y as the enclosing place, and keeps a compass word in a name', () => {
    const doc = entitiesOf(
      'The blast hit Qasr, a Shiite district of Kabul. Troops moved into North Zarqan state.',
    );
    const named = doc.places.filter((p) => p.mentions.length > 0);
    expect(named.find((p) => p.name === 'Kabul')?.kind).toBe('city');
    expect(named.map((p) => p.name)).toContain('North Zarqan');
  });

  it('reads the object of "seized" and a name after "the island of" as places', () => {
    expect(placeNames('Rebels seized Bunagana overnight.')).toEqual(['Bunagana']);
    expect(placeNames('Protesters stormed Parliament on Monday.')).toEqual([]);
    expect(placeNames('Troops landed on the southern island of Mindoro.')).toEqual(['Mindoro']);
  });

  it('knows world regions that no gazetteer holds', () => {
    expect(placeNames('Officials feared a wider war in the Middle East and the Sahel.')).toEqual([
      'Middle East',
      'Sahel',
    ]);
  });
});

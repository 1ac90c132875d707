import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers/entities-doc.ts';

const orgNames = (body: string): string[] => entitiesOf(body).organizations.map((o) => o.name);
const placeNames = (body: string): string[] =>
  entitiesOf(body)
    .places.filter((p) => p.mentions.length > 0)
    .map((p) => p.name);

describe('entities: context cues', () => {
  it('reads a lone word as the organization the text has already named with it', () => {
    const doc = entitiesOf('The aid group Caritas withdrew its staff. Officials of Caritas confirmed it.');
    expect(doc.organizations.map((o) => [o.name, o.mentions.length])).toEqual([['Caritas', 2]]);
  });

  it('names a news agency by its fuller form and keeps the bare name as an alias', () => {
    const doc = entitiesOf('The Nasr news agency reported the raid.');
    expect(doc.organizations.map((o) => [o.name, o.aliases])).toEqual([['Nasr news agency', ['Nasr']]]);
  });

  it('completes a known branch name before "group" ("the al-Qaida in the Arabian Peninsula group")', () => {
    expect(orgNames('Police pinned the kidnapping on the al-Qaida in the Arabian Peninsula group.')).toEqual([
      'al-Qaida in the Arabian Peninsula',
    ]);
  });

  it('takes "X-speaking" for an adjective and "Somali Islamist group" for an unnamed group', () => {
    expect(placeNames('Fighters from the English-speaking regions raided a French-speaking town.')).toEqual(
      [],
    );
    expect(orgNames('The Nigerian Islamist militant group has staged many raids.')).toEqual([]);
  });

  it('keeps a sentence-initial word that opens an organization name ("State Department")', () => {
    const doc = entitiesOf(
      'Fighting spread to Unity state. State Department spokeswoman Jane Hollis said talks would resume.',
    );
    expect(doc.organizations.map((o) => o.name)).toEqual(['State Department']);
  });

  it('reads "the X area of the city of Y" as the place X', () => {
    expect(placeNames('A bomb went off in the Qasr area of the city of Kabul.')).toContain('Qasr');
  });

  it('does not take a name before an actor noun for a place ("from the Sentinel officials")', () => {
    expect(placeNames('Many were killed, according to reports from the Sentinel officials.')).toEqual([]);
  });

  it('reads "the U.S. claims they ..." as the country used as a noun', () => {
    expect(placeNames('The U.S. claims they are effective.')).toEqual(['U.S.']);
    expect(placeNames('The U.S. claims were rejected.')).toEqual([]);
  });

  it('reads a name after "in disputed" or before "attack" as a place', () => {
    expect(placeNames('Both armies agreed to a truce in disputed Zarqan.')).toEqual(['Zarqan']);
    expect(placeNames('He mourned the victims of the Tell Hamid attack.')).toEqual(['Tell Hamid']);
  });

  it('reads a name after "control of" or "residents of" as a place', () => {
    expect(placeNames('Troops are now in full control of Gidan Bako, the army said.')).toEqual([
      'Gidan Bako',
    ]);
    expect(placeNames('Residents of Qarat fled overnight.')).toEqual(['Qarat']);
  });

  it('takes "U.S.-Kenyan" for an adjective', () => {
    expect(placeNames('Gunmen raided a joint U.S.-Malian outpost.')).toEqual([]);
  });
});

describe('entities: titles with a portfolio or initials', () => {
  it('keeps "for ... Affairs" inside the title and finds the person after it', () => {
    const doc = entitiesOf(
      'The warning came from Assistant Secretary of State for East and Central African Affairs Mary Cole on Monday.',
    );
    expect(doc.people.map((p) => [p.name, p.role])).toEqual([
      ['Mary Cole', 'Assistant Secretary of State for East and Central African Affairs'],
    ]);
  });

  it('takes run-together initials as part of a name, but never an office word alone', () => {
    const doc = entitiesOf(
      'Police spokesperson ABM Rafiqul Haque told reporters. The Secretary of State said nothing.',
    );
    expect(doc.people.map((p) => p.name)).toEqual(['ABM Rafiqul Haque']);
  });
});

describe('entities: bodies without an organization word', () => {
  it('reads "the X said" for a body and "X said" for a person', () => {
    const doc = entitiesOf('The Sangha denied the report. Later Kamal Tarek said the Sangha lied.');
    expect(doc.organizations.map((o) => o.name)).toEqual(['Sangha']);
    expect(doc.people.map((p) => p.name)).toEqual(['Kamal Tarek']);
  });

  it("takes a broadcaster's language desk named with \"Service\" for one organization with its broadcaster", () => {
    expect(orgNames("Adow told BBC's Afghan Service that nine died.")).toEqual(["BBC's Afghan Service"]);
    expect(orgNames('The Federal Security Service said.')).toEqual(['Federal Security Service']);
  });

  it('reads a cartel named after a state as an organization, and a known name across "the"', () => {
    const doc = entitiesOf(
      'Gunmen of the Durango cartel killed five. Save the Children said schools closed.',
    );
    expect(doc.organizations.map((o) => [o.name, o.kind])).toEqual([
      ['Durango cartel', 'armed_group'],
      ['Save the Children', 'ngo'],
    ]);
  });
});

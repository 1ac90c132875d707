import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../helpers/entities-doc.ts';

const orgs = (body: string) => entitiesOf(body).organizations.map((o) => o.name);

describe('entities (round 7): a common noun possessive inside an organization name', () => {
  it('joins "People\'s" and the words after it into one name', () => {
    expect(orgs("Fighters of the Unity People's Army attacked a post on Monday.")).toEqual(["Unity People's Army"]);
    expect(orgs('Fighters of the Unity People\u2019s Army attacked a post on Monday.')).toEqual([
      'Unity People\u2019s Army',
    ]);
  });

  it("joins a plural possessive (\"Farmers'\") too", () => {
    expect(orgs("The Free Farmers' Union called a strike.")).toEqual(["Free Farmers' Union"]);
  });

  it("leaves a place's possessive outside the name", () => {
    const names = orgs("Peru's Defense Ministry said the post was attacked.");
    expect(names).not.toContain("Peru's Defense Ministry");
    expect(names).toContain('Defense Ministry');
  });
});

describe('entities (round 7): a unit number before an organization name', () => {
  it('keeps the ordinal after a determiner in the name', () => {
    expect(orgs('Major Lin Oster of the 9th Mountain Brigade said two soldiers died.')).toEqual(['9th Mountain Brigade']);
  });

  it('leaves an ordinal after a month out of the name', () => {
    expect(orgs('On March 9th Mountain Brigade soldiers entered the town.')).not.toContain('9th Mountain Brigade');
  });
});

describe('entities (round 7): an adjective before a fighter noun names no group', () => {
  it('reads "-ist" and "-phone" adjectives before fighters as unnamed fighters', () => {
    expect(orgs('Trotskyist rebels attacked a police post. Two officers died.')).toEqual([]);
    expect(orgs('Police said Francophone separatists burned a school.')).toEqual([]);
  });

  it('reads "pro-" and "anti-" compounds before fighters as unnamed fighters', () => {
    expect(orgs('Pro-Uruguayan militia shelled the town.')).toEqual([]);
    expect(orgs('Anti-treaty insurgents have attacked the road often.')).toEqual([]);
  });

  it('reads an everyday describing word opening a sentence as no name', () => {
    expect(orgs('Militant group Harbour Front claimed the attack.')).not.toContain('Militant');
  });

  it('keeps the group when the text also uses the word as a noun', () => {
    const doc = entitiesOf('Trotskyist rebels attacked a police post. The Trotskyists said they would fight on.');
    expect(doc.organizations.map((o) => o.name)).toEqual(['Trotskyists']);
  });

  it('keeps a prefixed name that is no common word', () => {
    expect(orgs('Anti-Varda militia attacked the camp.')).toEqual(['Anti-Varda']);
  });
});

describe('entities (round 7): coalitions named by their leader, faith words before a name', () => {
  it('reads "X-led" with a modifier before "coalition" as one coalition with its short form', () => {
    const doc = entitiesOf('A Chile-led naval coalition struck the port. The Chile-led coalition said two ships were hit.');
    expect(doc.organizations).toHaveLength(1);
    const names = [doc.organizations[0]?.name, ...(doc.organizations[0]?.aliases ?? [])];
    expect(names).toEqual(expect.arrayContaining(['Chile-led naval coalition', 'Chile-led coalition']));
  });

  it('leaves a run of faith words out of a one-word group name', () => {
    const doc = entitiesOf('The Sunni Muslim Varda movement holds the north.');
    expect(doc.organizations.map((o) => o.name)).toEqual(['Varda']);
    expect(doc.organizations[0]?.aliases).toContain('Varda movement');
  });

  it('reads faith words before "mosque" as no named institution', () => {
    expect(orgs('A bomb exploded outside a Sunni Muslim mosque on Friday.')).toEqual([]);
  });
});

describe('entities (round 7): an organization inside a hyphenated compound', () => {
  it('reads a known name of several words before "-brokered" as a mention', () => {
    const doc = entitiesOf('The International Criminal Court-brokered talks collapsed on Monday.');
    expect(doc.organizations.map((o) => o.name)).toEqual(['International Criminal Court']);
  });

  it('reads "-mediated" and "-sponsored" compounds like "-backed" ones', () => {
    expect(orgs('An OPEC-mediated deal held for a week.')).toEqual(['OPEC']);
  });

  it('leaves a country before "-brokered" an adjective', () => {
    expect(orgs('A Peru-brokered truce held for a week.')).toEqual([]);
  });
});

describe('entities (round 7): "on" and "and" inside organization names', () => {
  it('joins "on" and a capitalised topic after an organization head', () => {
    expect(orgs('The Commission on Water Rights met in the capital.')).toEqual(['Commission on Water Rights']);
  });

  it('leaves a day after "on" out of the name', () => {
    expect(orgs('The Water Commission on Monday said the dam was safe.')).toEqual(['Water Commission']);
  });

  it('leaves a holiday or a platform after "on" out of the name, and a ministry "on" anything', () => {
    expect(orgs('The Water Commission on Christmas Eve said the dam was safe.')).toEqual(['Water Commission']);
    expect(orgs('The Water Commission on Twitter said the dam was safe.')).toEqual(['Water Commission']);
    expect(orgs('The Interior Ministry on Harvest Festival said the road was shut.')).toEqual(['Interior Ministry']);
  });

  it('joins a head-less word and a run ending in an organisation head across "and"', () => {
    expect(orgs('The Truth and Reconciliation Commission opened hearings.')).toEqual([
      'Truth and Reconciliation Commission',
    ]);
  });

  it('does not join a nationality or a country across "and"', () => {
    const names = orgs('Peruvian and Chilean Armed Forces held drills.');
    expect(names).not.toContain('Peruvian and Chilean Armed Forces');
  });
});

describe('entities (round 7): a body of an international organization named by its parent', () => {
  it('reads "<parent> <work> agency" as one organization', () => {
    expect(orgs('The OPEC energy agency said 900 wells shut.')).toEqual(['OPEC energy agency']);
  });

  it('reads "<parent> <Capitalised work> office" as one organization', () => {
    expect(orgs('The head of the UNDP Civil Planning office spoke on Monday.')).toEqual(['UNDP Civil Planning office']);
  });

  it("reads a possessive parent before a capitalised office as one organization", () => {
    expect(orgs("The World Food Programme's Road Support Office said the road was open.")).toEqual([
      "World Food Programme's Road Support Office",
    ]);
  });

  it('leaves the parent alone before a bare office', () => {
    expect(orgs('A UNDP office in the capital was closed.')).toEqual(['UNDP']);
  });
});

describe('entities (round 7): a language desk named with a lower-case "service"', () => {
  it('reads "<broadcaster> <language> service" without a possessive as the desk', () => {
    expect(orgs('Ana Lisk, a BBC Wolof service reporter in the port, said the road was shut.')).toContain(
      'BBC Wolof service',
    );
  });
});

describe('entities (round 7): a head-less body name with "of" and its short forms', () => {
  it('reads "the <Name> of <Name>" as one body when the part after "of" is no place', () => {
    expect(orgs('The army killed nine members of the Harbour Falcons of Velmar Tor in the north.')).toEqual([
      'Harbour Falcons of Velmar Tor',
    ]);
  });

  it('stops before "of" and a country', () => {
    expect(orgs('The army killed nine members of the Harbour Falcons of Peru in the north.')).not.toContain(
      'Harbour Falcons of Peru',
    );
  });

  it('makes a head-less short name whose words all stand in the longer name an alias of it', () => {
    const doc = entitiesOf(
      'Velmar Falcon rebels attacked a post. The army fought the Free Falcons of Velmar Tor on Monday.',
    );
    expect(doc.organizations.map((o) => o.name)).toEqual(['Free Falcons of Velmar Tor']);
    expect(doc.organizations[0]?.aliases).toContain('Velmar Falcon');
  });
});

describe('entities (round 7): a number inside an organization name', () => {
  it('joins a small number between capitalised words of a name ending in an organisation head', () => {
    expect(orgs('Local media, such as Harbour 5 TV and Northwind 7 International, reported the clash.')).toEqual([
      'Harbour 5 TV',
      'Northwind 7 International',
    ]);
  });

  it('leaves a date before a name alone', () => {
    expect(orgs('On May 5 Harbour TV reported the clash.')).toEqual(['Harbour TV']);
  });
});

describe('entities (round 7): abbreviations of things and bodies named without their country', () => {
  it('reads "according to an NGO count" and "AK47s" as no organization', () => {
    expect(orgs('More than 900 people have died, according to an NGO count.')).toEqual([]);
    expect(orgs('The army seized motorcycles and AK47s from the attackers.')).toEqual([]);
  });

  it('makes a body named without its country an alias of the one body named with it', () => {
    const doc = entitiesOf(
      'The Peruvian Interior Ministry said the road was closed. An Interior Ministry spokesman gave no details.',
    );
    expect(doc.organizations.map((o) => o.name)).toEqual(['Peruvian Interior Ministry']);
    expect(doc.organizations[0]?.aliases).toContain('Interior Ministry');
  });

  it('keeps the bare name apart when two countries name such a body', () => {
    const doc = entitiesOf(
      'The Peruvian Interior Ministry and the Chilean Interior Ministry met. The Interior Ministry said more.',
    );
    expect(doc.organizations.map((o) => o.name)).toContain('Interior Ministry');
  });
});

describe('entities (round 7): a listed body named by parent and work', () => {
  it('joins its acronym when the whole name is a listed other name', () => {
    const doc = entitiesOf('The UN refugee agency said 900 people fled. UNHCR staff counted them.');
    expect(doc.organizations).toHaveLength(1);
    expect([doc.organizations[0]?.name, ...(doc.organizations[0]?.aliases ?? [])]).toEqual(
      expect.arrayContaining(['UN refugee agency', 'UNHCR']),
    );
  });
});

describe('entities (round 7): a named place of worship is a site', () => {
  it('reads a named mosque, with a capital or a lower-case head, as a place', () => {
    const doc = entitiesOf('Protesters camped outside the Rabia Noor Mosque. Police later entered the Varda mosque compound.');
    expect(doc.organizations).toEqual([]);
    expect(doc.places.map((p) => p.name)).toEqual(['Rabia Noor Mosque', 'Varda mosque']);
  });

  it('keeps a named church an organization', () => {
    expect(orgs('The Living Word Church said three members died.')).toEqual(['Living Word Church']);
  });
});

describe('entities (round 7): a facility noun after a town the text names as a place', () => {
  it('reads "<town> hospital" as the town when the text uses the name as a place', () => {
    const doc = entitiesOf('Two were taken to Varda hospital. Villagers fled the town of Varda on Monday.');
    expect(doc.organizations).toEqual([]);
    expect(doc.places.map((p) => p.name)).toEqual(['Varda']);
  });

  it('keeps a named hospital whose name is no place of the text', () => {
    expect(orgs('At Tarik hospital, relatives waited.')).toEqual(['Tarik hospital']);
  });
});

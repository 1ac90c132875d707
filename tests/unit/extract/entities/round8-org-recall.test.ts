import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../helpers/entities-doc.ts';

const orgs = (body: string) => entitiesOf(body).organizations.map((o) => o.name);

describe('entities (round 8): general head words of organization names', () => {
  it('reads associations, syndicates and tribunals as bodies', () => {
    expect(orgs('The Harbour Pilots Association said the port was closed.')).toContain('Harbour Pilots Association');
    expect(orgs('A spokesman for the Copper Miners Syndicate condemned the raid.')).toContain('Copper Miners Syndicate');
    expect(orgs('The Special Appeals Tribunal will hear the case in May.')).toContain('Special Appeals Tribunal');
  });

  it('reads military units named by gendarmerie, fleet or legion heads', () => {
    expect(orgs('Officers of the Northern Gendarmerie arrested four men.')).toContain('Northern Gendarmerie');
    expect(orgs('Ships of the Eastern Fleet fired on the coast.')).toContain('Eastern Fleet');
    expect(orgs('Fighters of the Free Valley Legion seized the bridge.')).toContain('Free Valley Legion');
  });

  it('reads a command named by its headquarters as a body', () => {
    expect(orgs('Shells fired from the Lakeside Regional Command Headquarters hit a school.')).toContain(
      'Lakeside Regional Command Headquarters',
    );
  });

  it('reads charities, trusts and forums as bodies', () => {
    expect(orgs('The Mine Clearance Trust said two deminers were hurt.')).toContain('Mine Clearance Trust');
    expect(orgs('The Civic Peace Forum called for talks.')).toContain('Civic Peace Forum');
  });

  it('reads a publication named by its head as a body', () => {
    expect(orgs('The Evening Chronicle reported that the road was shut.')).toContain('Evening Chronicle');
  });

  it('leaves a plural head at the start of a span out', () => {
    expect(orgs('Associations in the capital called a strike.')).toEqual([]);
  });
});

describe('entities (round 8): more well-known bodies without an organization word', () => {
  it('reads broadcasters and agencies named alone', () => {
    expect(orgs('A correspondent for Deutsche Welle saw smoke over the harbour.')).toContain('Deutsche Welle');
    expect(orgs('Two people were hurt in the blast, Euronews said.')).toContain('Euronews');
  });

  it('joins a listed body and its acronym', () => {
    const found = entitiesOf(
      'The Organization of American States called for calm. The OAS will send observers.',
    ).organizations.find((o) => o.name === 'Organization of American States');
    expect(found?.aliases).toContain('OAS');
  });
});

describe('entities (round 8): lower-case kinds after a name', () => {
  it('reads "the X weekly" and "the X news website" as publications', () => {
    expect(orgs('The Morning Lantern weekly published the letter on Friday.')).toContain('Morning Lantern');
    expect(orgs('The Harbour Voice news website said four people died.')).toContain('Harbour Voice');
  });

  it('reads "the X faction" as a group', () => {
    expect(orgs('Fighters of the Red Ridge faction attacked the post.')).toContain('Red Ridge');
  });
});

describe('entities (round 8): a publication named with a capital "The" inside a sentence', () => {
  it('reads "told The X" as a publication', () => {
    expect(orgs('A farmer told The Lantern that the shelling began at noon.')).toEqual(['Lantern']);
  });

  it('leaves a capital "The" that opens the sentence alone', () => {
    expect(orgs('The Lantern road was closed at noon.')).toEqual([]);
  });
});

describe('entities (round 8): more head words (assemblies, services, outlets)', () => {
  it('reads assemblies and services named by their head', () => {
    expect(orgs('Lawmakers in the Federal Duma voted on Tuesday.')).toContain('Federal Duma');
    expect(orgs('The Coastal Resistance claimed the attack.')).toContain('Coastal Resistance');
    expect(orgs('Officers of the Border Intelligence arrested two men.')).toContain('Border Intelligence');
  });

  it('reads a rescue unit and an online outlet as bodies', () => {
    expect(orgs('The Rapid Rescue Unit searched the ruins.')).toContain('Rapid Rescue Unit');
    expect(orgs('Two people died, the Hill Country Online website said.')).toContain('Hill Country Online');
  });
});

describe('entities (round 8): a regional or interim administration after a name', () => {
  it('reads "<Name> regional administration" as a body', () => {
    const body = entitiesOf('Troops of the Lowland regional administration attacked the base.').organizations;
    expect(body.map((o) => [o.name, ...o.aliases])).toEqual([
      expect.arrayContaining(['Lowland regional administration']),
    ]);
  });
});

describe('entities (round 8): more common-noun possessives inside a name', () => {
  it("joins \"Teachers'\" and \"Journalists'\" with the head after them", () => {
    expect(orgs("The Free Teachers' Union called a strike.")).toEqual(["Free Teachers' Union"]);
    expect(orgs("Members of the National Journalists' Syndicate protested.")).toEqual([
      "National Journalists' Syndicate",
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { findStatements } from '../../../src/extract/statements/index.ts';
import { smallGazetteer, entitiesOf } from './helpers/entities-doc.ts';
import { pairs } from './statements-doc.ts';

/** Statements through the real entities component (small gazetteer), as "speaker | quote" lines. */
function said(body: string): string[] {
  const doc = entitiesOf(body);
  findStatements(doc, { gazetteer: smallGazetteer() });
  return pairs(doc.statements);
}

describe('statements: a description of an organization stands for the one the article names', () => {
  it('gives "the monitoring group said" to the observatory named before', () => {
    expect(said('Fighting went on in the hills, according to the Lakeside Observatory for Peace. The monitoring group said at least 12 fighters were killed.'))
      .toEqual(['Lakeside Observatory for Peace | at least 12 fighters were killed']);
  });

  it('gives "the militant group" and "the rebel group" to the armed group named before', () => {
    expect(said('The Red Dawn Brigades attacked an army post on Sunday. The militant group said in a statement that it had killed five soldiers.'))
      .toEqual(['Red Dawn Brigades | it had killed five soldiers']);
    expect(said('The Northern Liberation Front seized the town last week. The rebel group said it would hold talks.'))
      .toEqual(['Northern Liberation Front | it would hold talks']);
  });

  it('takes the nearest armed group before a definite description when two are named', () => {
    expect(said('The Red Dawn Brigades fought the Northern Liberation Front near the river. The militant group said it lost five men.'))
      .toEqual(['Northern Liberation Front | it lost five men']);
  });

  it('keeps an indefinite description anonymous when two armed groups are named', () => {
    const got = said('The Red Dawn Brigades fought the Northern Liberation Front near the river. A militant group said it lost five men.');
    expect(got).toEqual(['a militant group | it lost five men']);
  });

  it('does not give "a militant group linked to X" to X, but to the other armed group the article names', () => {
    const got = said('A militant group linked to the Red Dawn Brigades said the bomb was aimed at soldiers. The Northern Liberation Front also claimed an earlier attack.');
    expect(got).toEqual(['Northern Liberation Front | the bomb was aimed at soldiers']);
  });

  it('reads a description past a place compound ("the Lakeside-based monitoring group")', () => {
    expect(said('The Norland Observatory for Human Rights said 12 people were killed. The Lakeside-based monitoring group said the toll could rise.'))
      .toEqual(['Norland Observatory for Human Rights | 12 people were killed', 'Norland Observatory for Human Rights | the toll could rise']);
  });

  it('prefers an observatory over a rights group for "the monitoring group"', () => {
    const got = said('The Lakeside Observatory for Peace reported fighting. Harbor Rights Watch said the strikes were unlawful. The monitoring group said 12 were killed.');
    expect(got).toContain('Lakeside Observatory for Peace | 12 were killed');
  });

  it('keeps the phrase when the article names no organization of that kind', () => {
    expect(said('Heavy fighting broke out on Monday. The militant group said it had seized two villages.'))
      .toEqual(['The militant group | it had seized two villages']);
  });

  it('gives "the news agency" to the news agency, not to an armed group', () => {
    const got = said('The Red Dawn Brigades attacked the town. The Norland News Agency reported the attack. The news agency said five people died.');
    expect(got).toContain('Norland News Agency | five people died');
  });
});

describe('statements: anonymous speakers keep their post-modifier', () => {
  it('keeps "an officer with <organization>" whole, not the organization, and "the official" repeats it', () => {
    const got = said("An officer with the country's Border Service said the suspects were arrested at dawn. The official said they had confessed.");
    expect(got).toEqual([
      "an officer with the country's Border Service | the suspects were arrested at dawn",
      "an officer with the country's Border Service | they had confessed",
    ]);
  });

  it('keeps an unnamed place tail ("officials in the south"), but not a named place after a modifier', () => {
    expect(said('Military officials in the south said the rebels had withdrawn from two villages.'))
      .toEqual(['Military officials in the south | the rebels had withdrawn from two villages']);
  });

  it('keeps "a member of the ruling party" whole, participle and all', () => {
    expect(said('A member of the ruling party said the vote would be delayed.'))
      .toEqual(['a member of the ruling party | the vote would be delayed']);
  });

  it('still gives "a spokesman for X" to the person the next sentence names with that role', () => {
    const got = said('A spokesman for the aid group said two staff were hurt. Ann Marlow, the group\'s spokesman, said they were stable.');
    expect(got[0]).toBe('Ann Marlow | two staff were hurt');
  });

  it('does not give "the official" to an anonymous officer when a named person spoke since', () => {
    const got = said('An officer with the Border Service said the road was shut. Minister Ann Marlow said it would reopen. The official said more troops were coming.');
    expect(got[2]).toBe('The official | more troops were coming');
  });
});

describe('entities: a short form of an organization name is an alias of the longer one', () => {
  it('merges "the Lakeside Observatory" into "the Lakeside Observatory for Peace", in either order', () => {
    for (const body of [
      'The Lakeside Observatory for Peace said 12 people were killed. The Lakeside Observatory said the toll could rise.',
      'The Lakeside Observatory said 12 people were killed. The Lakeside Observatory for Peace tracks the war.',
    ]) {
      const doc = entitiesOf(body);
      const names = doc.organizations.map((o) => `${o.name} [${o.aliases.join('|')}]`);
      expect(names).toEqual(['Lakeside Observatory for Peace [Lakeside Observatory]']);
    }
  });

  it('gives the short-form speaker the full name', () => {
    expect(said('The Lakeside Observatory for Peace said 12 people were killed. The Lakeside Observatory said the toll could rise.'))
      .toEqual(['Lakeside Observatory for Peace | 12 people were killed', 'Lakeside Observatory for Peace | the toll could rise']);
  });

  it('leaves a short form alone when two longer names extend it', () => {
    const doc = entitiesOf('The Coastal Council of Norland met. The Coastal Council for Fisheries objected. The Coastal Council said nothing.');
    expect(doc.organizations.map((o) => o.name)).toContain('Coastal Council');
  });
});

describe('statements: speech carried by a noun', () => {
  it('reads "gave his assurance that" and "gave assurances that" as reports', () => {
    expect(said('The governor gave his assurance that the elections would go ahead.'))
      .toEqual(['The governor | the elections would go ahead']);
  });

  it('reads "issued a warning that" as a report', () => {
    expect(said('The governor issued a warning that looters would be shot.')).toEqual(['The governor | looters would be shot']);
  });

  it('does not read "gave" without a speech noun and "that" as a report', () => {
    expect(said('The governor gave the soldiers a medal that day.')).toEqual([]);
  });

  it('gives "X issued a statement saying" to X, not to the whole clause', () => {
    expect(said('The ministry issued a statement saying the border was closed.'))
      .toEqual(['The ministry | the border was closed']);
  });

  it('keeps an agreement as its own speaker ("the agreement states that")', () => {
    expect(said('The agreement states that all foreign fighters must leave within a month.'))
      .toEqual(['The agreement | all foreign fighters must leave within a month']);
  });

  it('does not read "member states that" as speech', () => {
    expect(said('The council has member states that border the war zone.')).toEqual([]);
  });
});

describe('statements: groups known only by a description or by "the" before their name', () => {
  it('gives "the Lakeside-based group" to the group named just before', () => {
    const got = said('The Norland Observatory for Peace, which relies on sources on the ground, said 30 people died. The Lakeside-based group said the toll could rise.');
    expect(got[1]).toBe('Norland Observatory for Peace | the toll could rise');
  });

  it('does not give "the Lakeside-based group" to a ministry', () => {
    const got = said('The Norland Defence Ministry said the border was shut. The Lakeside-based group said the toll could rise.');
    expect(got[1]).toBe('The Lakeside-based group | the toll could rise');
  });

  it('reads "the" + a name as a group, not a person ("the Coastal Lions said")', () => {
    const doc = entitiesOf('The Coastal Lions, a militia backed by the government, said they had retaken the port.');
    findStatements(doc, { gazetteer: smallGazetteer() });
    expect(doc.statements.map((s) => `${s.speakerRef.type}:${s.speaker}`)).toEqual(['organization:Coastal Lions']);
  });
});

describe('statements: descriptions next to a name, and place adverbs', () => {
  it('gives "the jihadist group Red Hand said" to the name it stands before, not an earlier armed group', () => {
    const got = said('The Northern Front fought the army. The jihadist group Red Hand said it had joined the battle.');
    expect(got).toEqual(['Red Hand | it had joined the battle']);
  });

  it('ends "medical workers there" before "there"', () => {
    expect(said('The fighting spread to the hills. Medical workers there said the clinic was full.'))
      .toEqual(['Medical workers | the clinic was full']);
  });
});

describe('statements: a place set off after a town is never the speaker', () => {
  it('reads "medical workers in <town>, <country>, said" as the workers', () => {
    const got = said('Medical workers in Braga, Portugal, said the clinic was overwhelmed.');
    expect(got).toEqual(['Medical workers | the clinic was overwhelmed']);
  });

  it('still lets a country that opens its own clause speak', () => {
    const got = said('In Braga, Portugal said the clinic was overwhelmed.');
    expect(got).toEqual(['Portugal | the clinic was overwhelmed']);
  });
});

describe('statements: "according to X, who said"', () => {
  it('gives the relative clause to X without "according to"', () => {
    const got = said('The clinic is full, according to medical workers in the hills, who said supplies were running out.');
    expect(got).toContain('medical workers in the hills | supplies were running out');
  });
});

describe('statements: descriptions with no organization of their kind, and roles set off after a name', () => {
  it('keeps "the news agency" as its phrase when only a body of another kind is named', () => {
    expect(said('The Coastal States Union condemned the attack. The news agency said five people died.'))
      .toEqual(['The news agency | five people died']);
  });

  it('gives "X Y, head of the Z, said" to the person, not the organization', () => {
    expect(said('Ann Marlow, head of the Lakeside Observatory for Peace, said 30 people died.'))
      .toEqual(['Ann Marlow | 30 people died']);
    expect(said('Ann Marlow, commander of the Red Dawn Brigades, told reporters the talks failed.'))
      .toEqual(['Ann Marlow | the talks failed']);
  });
});

describe('statements: "the ministry" for a name that opens with its head, aid descriptions', () => {
  it('gives "the ministry said" to "the Ministry of Defence"', () => {
    expect(said('The Ministry of Defence said 12 drones were shot down. The ministry said none caused damage.'))
      .toEqual(['Ministry of Defence | 12 drones were shot down', 'Ministry of Defence | none caused damage']);
  });

  it('gives "the medical charity" to the aid organization, not to an armed group named later', () => {
    const got = said('Doctors Without Borders said its clinic was hit. The medical charity said two staff were killed by the Red Dawn Brigades.');
    expect(got[1]).toBe('Doctors Without Borders | two staff were killed by the Red Dawn Brigades');
  });
});

describe('statements: "both the A and B <nouns>" is two speakers', () => {
  it('splits the shared plural noun over the two adjectives, in the singular', () => {
    expect(said('Both the Norlandian and Eastlandian foreign ministers later said the talks must continue.')).toEqual([
      'Norlandian foreign minister | the talks must continue',
      'Eastlandian foreign minister | the talks must continue',
    ]);
  });

  it('leaves a phrase without "both" as one speaker', () => {
    expect(said('Norlandian and Eastlandian officials said the talks must continue.')).toHaveLength(1);
  });
});

describe('statements: a monitor described by what it does', () => {
  it('gives "a group monitoring the war said" to the observatory the article names', () => {
    expect(said('Fighting raged near the river, according to the Lakeside Observatory for Peace. A group monitoring the war said 14 civilians died.'))
      .toEqual(['Lakeside Observatory for Peace | 14 civilians died']);
  });
});

describe('statements: "in <organization>" is a post-modifier, "in <place>" is not', () => {
  it('keeps "a senior official in the Fisheries Ministry" whole', () => {
    expect(said('A senior official in the Fisheries Ministry said the suspects confessed.'))
      .toEqual(['a senior official in the Fisheries Ministry | the suspects confessed']);
  });

  it('still drops a named place after a modified head ("Government officials in <province>")', () => {
    expect(said('Government officials in Dahla said the road was closed.'))
      .toEqual(['Government officials | the road was closed']);
  });
});

describe('statements: pronouns for anonymous phrases with a post-modifier', () => {
  it('reads the number of "an officer with the X Service" from "officer", so "he" finds it', () => {
    expect(said('An officer with the Border Service said the road was shut. He said it would reopen soon.')).toEqual([
      'an officer with the Border Service | the road was shut',
      'an officer with the Border Service | it would reopen soon',
    ]);
  });

  it('reads "doctors at the main hospital" as plural, so "they" finds the whole phrase', () => {
    expect(said('Doctors at the main hospital said 20 people died. They said most were children.')[1])
      .toBe('Doctors at the main hospital | most were children');
  });
});

describe('statements: "the other group" is not the group named last', () => {
  it('keeps "the other militant group" as its phrase', () => {
    const got = said('The Red Dawn Brigades fought the Northern Liberation Front near the river. The other militant group said it lost five men.');
    expect(got).toEqual(['The other militant group | it lost five men']);
  });
});

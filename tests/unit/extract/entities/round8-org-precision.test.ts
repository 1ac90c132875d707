import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../helpers/entities-doc.ts';

const orgs = (body: string) => entitiesOf(body).organizations.map((o) => o.name);

describe('entities (round 8): capitalised generic forces name no organization', () => {
  it('reads a modifier run and a force noun, all general words, as an unnamed actor', () => {
    expect(orgs('Security Forces said on Tuesday they had cleared the market.')).toEqual([]);
    expect(orgs('In the capital, Riot Police fired tear gas at the marchers.')).toEqual([]);
    expect(orgs('The officials said Western Intelligence Agencies had tracked the cell.')).toEqual([]);
  });

  it('reads a plural kind of body after general words as unnamed ("Aid Agencies", "Opposition Parties")', () => {
    expect(orgs('Aid Agencies said the road to the camp was closed.')).toEqual([]);
    expect(orgs('Human Rights Groups and Opposition Parties called for an inquiry.')).toEqual([]);
  });

  it('reads a faith word before a force noun as unnamed fighters ("Shiite Militias")', () => {
    expect(orgs('Overnight, Shiite Militias and Christian Fighters traded fire.')).toEqual([]);
  });

  it('does not let the news cue ("X reported") make one a desk', () => {
    expect(orgs('Overnight, Border Guards reported heavy gunfire near the crossing.')).toEqual([]);
  });

  it('keeps a force whose name has a word of its own', () => {
    expect(orgs('The Popular Defence Forces said they repelled the raid.')).toEqual(['Popular Defence Forces']);
    expect(orgs('Officers of the Rapid Response Police sealed the road.')).toEqual(['Rapid Response Police']);
  });

  it('leaves a lone force noun after faith words unnamed ("Christian Militia fighters")', () => {
    expect(orgs('On Monday, Christian Militia fighters burned two houses.')).toEqual([]);
  });
});

describe('entities (round 8): a people before a fighter noun names no organization', () => {
  it('reads "<people> gunmen/militia/rebels" as unnamed fighters', () => {
    expect(orgs('Residents said Hutu gunmen burned the market on Friday.')).toEqual([]);
    expect(orgs('The raid was blamed on Toubou militia from the desert.')).toEqual([]);
    expect(orgs('Officials said Chechen rebels had fired on the convoy.')).toEqual([]);
  });

  it('still lists a named group whose first word is a people', () => {
    expect(orgs('The Baloch Liberation Front said it had carried out the attack.')).toEqual(['Baloch Liberation Front']);
  });
});

describe('entities (round 8): an office of a body is not the body', () => {
  it('lists the body after "<Title> of (the)" and not the office', () => {
    expect(orgs('The Director of the Norwegian Refugee Council said aid would resume.')).toEqual([
      'Norwegian Refugee Council',
    ]);
  });

  it('lists nothing for an office of a generic force or a lone institution word', () => {
    expect(orgs('The Commander of Ground Forces said the hills were quiet.')).toEqual([]);
    expect(orgs('The Speaker of Parliament called for calm on Sunday.')).toEqual([]);
  });
});

describe('entities (round 8): "in" and "of" inside a well-known long name are one name', () => {
  it('reads the "in" spelling of a listed "of" name as the whole organization, not its first words', () => {
    expect(orgs('Fighters loyal to Islamic State in Iraq and Syria took the bridge.')).toEqual([
      'Islamic State in Iraq and Syria',
    ]);
  });
});

describe('entities (round 8): a world region completes an organization\'s "in" phrase', () => {
  it('keeps "<Name> Front in the Sahel" whole, with "the" before the region', () => {
    expect(orgs('The Patriotic Front in the Sahel claimed the ambush on Tuesday.')).toEqual([
      'Patriotic Front in the Sahel',
    ]);
  });

  it('does not join a town after "in"', () => {
    expect(orgs('The Patriotic Front in Gorvalla denied any role.')).toEqual(['Patriotic Front']);
  });
});

describe('entities (round 8): a body named inside a title keeps its "of" phrase', () => {
  it('reads "<Head> of <Words> <Title> <Name>" as the whole body, not the head word cut before "of"', () => {
    expect(orgs('Ministry of Fisheries Spokesman Col. Ivo Marr said the boats were seized.')).toEqual([
      'Ministry of Fisheries',
    ]);
    expect(orgs('Council of Elders Chairman Tomas Rale urged calm.')).toEqual(['Council of Elders']);
  });
});

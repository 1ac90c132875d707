import { beforeAll, describe, expect, it } from 'vitest';
import { PlaceRelations } from '../../../src/extract/events/place-relations.ts';
import { findTriggers } from '../../../src/extract/events/triggers.ts';
import type { PlaceHit } from '../../../src/extract/events/places.ts';
import { loadEventResources, run } from './event-helpers.ts';

beforeAll(loadEventResources, 120_000);

const hit = (name: string, rank: number, parents: string[], country: string | null): PlaceHit =>
  ({ name, key: null, start: 0, end: 0, rank, country, parents, forms: [], reportedFrom: false });

describe('events: place relations', () => {
  const relations = new PlaceRelations([]);
  const province = hit('Western Province', 5, ['Zambia'], 'Zambia');
  const town = hit('Mongu', 2, ['Western Province', 'Zambia'], 'Zambia');

  it('puts a town inside a province whose name starts with a direction word', () => {
    expect(relations.related(town, province)).toBe(true);
    expect(relations.conflicts(province, [town])).toBe(false);
  });

  it('keeps two countries named in one clause apart', () => {
    const peru = hit('Peru', 6, [], 'Peru');
    const chile = hit('Chile', 6, [], 'Chile');
    expect(new PlaceRelations([[peru, chile]]).conflicts(peru, [chile])).toBe(true);
  });

  it('nests two known places the text puts one in the other ("X in Y district")', () => {
    const text = 'Gunmen attacked an office in the town of Kalabo in Mongu district.';
    const town = { ...hit('Kalabo', 2, ['Zambia'], 'Zambia'), start: text.indexOf('Kalabo'), end: text.indexOf('Kalabo') + 6 };
    const district = { ...hit('Mongu', 3, ['Zambia'], 'Zambia'), start: text.indexOf('Mongu'), end: text.indexOf('Mongu') + 5 };
    expect(new PlaceRelations([[town, district]], text).related(town, district)).toBe(true);
    expect(new PlaceRelations([[town, district]]).related(town, district)).toBe(false);
  });

  it('still tells apart a town in another province', () => {
    expect(relations.conflicts(province, [hit('Livingstone', 3, ['Southern Province', 'Zambia'], 'Zambia')])).toBe(true);
  });
});

describe('events: the article country for events with no place', () => {
  const text = [
    'The Peruvian government and rebels have agreed to extend their truce for another three months.',
    'The agreement was announced Tuesday in Oslo, where negotiators have held talks since January.',
    'A first cease-fire was reached last March, after Peruvian troops and rebels fought for years.',
  ].join('\n\n');

  it('places a truce told only with nationality words in that country, not at the talks abroad', () => {
    const ceasefires = run(text).events.filter((e) => e.type === 'CEASEFIRE');
    expect(ceasefires.length).toBeGreaterThan(1);
    expect(ceasefires.at(-1)!.place).toBe('Peru');
  });

  it('keeps a country the article names twice over the nationality of foreign troops', () => {
    const x = run([
      'Kenyan troops clashed with militants near a base in Somalia on Sunday.',
      'Kenyan officials said the base, in southern Somalia, came under fire overnight.',
      'Kenyan forces have fought the militants for years, a Kenyan spokesman said, and the fighting was fierce.',
    ].join('\n\n'));
    expect(x.events.every((e) => e.place === 'Somalia' || e.placeAlternatives.includes('Somalia'))).toBe(true);
  });
});

describe('events: fighting told as background', () => {
  it('reports no event for fighting told over a span of years', () => {
    const x = run('Government troops and rebels have fought for decades over the northern hills. Talks resumed in Vienna on Monday.');
    expect(x.events.filter((e) => e.type === 'ARMED_CLASH')).toEqual([]);
  });

  it('reports no event for fighting in a past month with no toll', () => {
    const x = run('Heavy fighting flared in Sirte in August before the army withdrew. Troops shelled Tobruk on Sunday.');
    expect(x.events.map((e) => e.type)).toEqual(['SHELLING']);
  });

  it('keeps fighting with a toll or a day of its own', () => {
    const x = run('Fighting in August killed 40 soldiers near Tobruk. Clashes erupted on Sunday in Derna.');
    expect(x.events.map((e) => e.type)).toEqual(['ARMED_CLASH', 'ARMED_CLASH']);
  });

  it('keeps the capture of a town, however long ago', () => {
    const x = run('The militants captured the town of Sirte last year, officials said.');
    expect(x.events.map((e) => [e.type, e.place])).toEqual([['ARMED_CLASH', 'Sirte']]);
  });
});

describe('events: one attack told in several sentences', () => {
  it('reads "a well-coordinated attack" as one attack, not a wave over others', () => {
    const x = run([
      'More than 15 people were killed on Saturday when gunmen stormed an army post in Tartu.',
      'The assailants threw grenades at the army post during a well-coordinated attack in the town of Tartu on Saturday morning.',
    ].join('\n\n'));
    expect(x.events).toHaveLength(1);
  });

  it('joins "the bomber detonated his explosive" to the bombing reported before, however far back', () => {
    const x = run([
      'A large explosion ripped through a square in Lahore on Sunday, killing at least 20 people.',
      'Hospitals appealed for blood donors.',
      'Shops across the district stayed closed.',
      'The minister said the bomber detonated his explosive near a bus stop.',
    ].join('\n\n'));
    expect(x.events.map((e) => [e.type, e.place])).toEqual([['BOMBING', 'Lahore']]);
  });
});

describe('events: places given as a distance from the capital', () => {
  it('does not place an event at the capital it is said to lie north of', () => {
    const x = run('A roadside bomb hit a convoy 40 kilometers north of the capital, Lusaka, on Friday.');
    expect(x.events.map((e) => e.place)).not.toContain('Lusaka');
  });
});

describe('events: ceasefires named but not reached', () => {
  const ceasefires = (text: string) => run(text).events.filter((e) => e.type === 'CEASEFIRE');

  it('reports no ceasefire that was not signed', () => {
    expect(ceasefires('The militia is the last armed faction in the hills that has not signed a cease-fire deal with the state.')).toEqual([]);
  });

  it('reports no ceasefire that fighting goes on despite', () => {
    expect(ceasefires('Fighting in Casamance has intensified in recent weeks despite a 2014 cease-fire.')).toEqual([]);
  });

  it('still reports a peace agreement dated by its year', () => {
    expect(ceasefires('The fighters were integrated into the national army in a 2014 peace agreement.')).toHaveLength(1);
  });

  it('reports no ceasefire the government is trying to get the sides to agree to', () => {
    expect(ceasefires('The government has so far failed in its efforts to get the armed factions in the hills to agree to a cease-fire.')).toEqual([]);
  });

  it('takes "since the truce began last week" for the truce already reported', () => {
    expect(ceasefires('The truce in Casamance remains in effect on Sunday. Residents have returned since the truce began last week.')).toHaveLength(1);
  });
});

describe('events: a sentence opening at another time', () => {
  it('opens another event with "Just hours earlier," even at the same place', () => {
    const x = run('A suicide bomber killed 12 people at a market in Mombasa on Friday. Just hours earlier, a suicide car bombing killed five soldiers in Mombasa.');
    expect(x.events.map((e) => [e.type, e.killed?.min])).toEqual([['SUICIDE_BOMBING', 12], ['SUICIDE_BOMBING', 5]]);
  });

  it('still joins "Hours later, the blast" to the bombing it names', () => {
    const x = run('A bomb exploded at a market in Mombasa on Friday, killing 12 people. Hours later, the blast was claimed by a militant group.');
    expect(x.events).toHaveLength(1);
  });
});

describe('events: words for attacks and for places', () => {
  it('reads "a mine attack" as a planted device', () => {
    const x = run('Three villagers were killed in a mine attack near Kismayo on Sunday.');
    expect(x.events.map((e) => [e.type, e.place])).toEqual([['IED', 'Kismayo']]);
  });

  it('reads "the kidnap and murder of" as an abduction', () => {
    const x = run('Police in Tartu detained three men over the kidnap and murder of a shopkeeper.');
    expect(x.events.map((e) => e.type)).toEqual(['ABDUCTION']);
  });

  it('reads "the killing of more than 35 people" as an attack', () => {
    const x = run('The governor denounced the killing of more than 35 people in a hamlet in Katanga on Saturday.');
    expect(x.events.map((e) => [e.type, e.place])).toEqual([['ATTACK', 'Katanga']]);
  });

  it('reports no clash that "no further clashes were reported" denies', () => {
    const x = run('Troops shelled rebel positions near Gao on Monday night, although no further clashes were reported on Tuesday.');
    expect(x.events.map((e) => e.type)).toEqual(['SHELLING']);
  });

  it('does not take "ethnic X" for a place', () => {
    const x = run('Gunmen killed 30 people, most of them ethnic Mon, in the southern Tanintharyi region on Saturday.');
    expect(x.events.map((e) => e.place)).toEqual(['Tanintharyi']);
  });

  it('does not let "revenge for action in neighbouring X" move an attack to that country', () => {
    const x = run('Earlier this month, gunmen staged an attack on Malawi\'s Zomba University, killing 23 people. The gunmen said that attack was payback for Malawian army operations in neighboring Zambia.');
    expect(x.events.map((e) => e.place)).toEqual(['Malawi']);
  });
});

describe('events: what an event "comes as" is another event', () => {
  it('does not give "the blasts" the day of the protest they come as', () => {
    const x = run('Two bombs exploded in Siem Reap on Friday, wounding 20 people. The blasts come as Cambodia\'s prime minister prepares to speak about a deadly protest on Monday.');
    const bombings = x.events.filter((e) => e.type === 'BOMBING');
    expect(bombings.map((e) => e.date)).toEqual(['2021-03-12']);
  });
});

describe('events: denied attacks', () => {
  it('finds no fighting in a participle set off by commas ("the coalition, fighting in X, was urged")', () => {
    expect(findTriggers('Rights groups urged the coalition, fighting in the north, to end its use of mines.')).toEqual([]);
    expect(findTriggers('Heavy fighting in the north killed 12 soldiers.').map((t) => t.type)).toEqual(['ARMED_CLASH']);
  });

  it('reads "he heard a loud explosion" as pointing back, never as a new bombing', () => {
    expect(findTriggers('A shopkeeper said he heard a loud explosion.').every((t) => t.anaphorOnly)).toBe(true);
    expect(findTriggers('A loud explosion shook the market.').some((t) => !t.anaphorOnly)).toBe(true);
  });

  it('finds no event word in "had not carried out any airstrikes" or "no further clashes"', () => {
    expect(findTriggers('The air force said it had not carried out any airstrikes on the village since Friday.')).toEqual([]);
    expect(findTriggers('No further clashes were reported on Tuesday.')).toEqual([]);
    expect(findTriggers('Further clashes were reported on Tuesday.').map((t) => t.type)).toEqual(['ARMED_CLASH']);
  });
});

describe('events: plurals told as a span', () => {
  it('makes no event of "attacks since the election on May 12"', () => {
    const x = run('The region has suffered several deadly attacks since the election on May 12. A car bomb killed nine people in Mazar on Monday.');
    expect(x.events.map((e) => [e.type, e.place])).toEqual([['CAR_BOMBING', 'Mazar']]);
  });
});

describe('events: an event told as weeks older', () => {
  it('gives no day of the week to what "the attack comes a month after"', () => {
    const x = run([
      'Six soldiers were killed on Friday when gunmen attacked two army posts in Marsabit county.',
      'The raid comes barely a month after gunmen killed four people in Lodwar.',
    ].join('\n\n'));
    expect(x.events.map((e) => [e.place, e.date])).toEqual([['Marsabit', '2021-03-12'], ['Lodwar', null]]);
  });
});

describe('events: times to come and agreements named after places', () => {
  it('does not date a running protest by "next month\'s elections"', () => {
    const x = run("Police shot dead two protesters in Lilongwe on Monday. At least 11 people have been killed in nearly two weeks of protests over a delayed count in next month's elections.");
    expect(x.events.filter((e) => e.type === 'PROTEST')).toHaveLength(1);
  });

  it('does not place a protest at the city an accord is named after', () => {
    const x = run('Protesters carrying placards that read "Respect the Lusaka accord" marched in Blantyre on Monday.');
    expect(x.events.map((e) => [e.type, e.place])).toEqual([['PROTEST', 'Blantyre']]);
  });
});

describe('events: where attackers came from', () => {
  it('does not place an attack at the city the militiamen came from', () => {
    const x = run('Militiamen from the city of Mzuzu opened fire on protesters in Zomba on Friday, killing 12 people.');
    expect(x.events.map((e) => e.place)).not.toContain('Mzuzu');
  });
});

describe('events: the second of a pair', () => {
  it('joins "a second blast" with no place of its own to the pair whose first was told', () => {
    const x = run('Two bombs went off in Chiang Rai on Friday, wounding 13 people. The first bomb exploded near a bakery. Roughly 40 minutes later a second blast went off as officers sealed off the street.');
    expect(x.events.filter((e) => e.type === 'BOMBING')).toHaveLength(1);
  });

  it('keeps "a second car bomb" at another place apart', () => {
    const x = run('A car bomb exploded at a market in Chiang Rai on Friday, killing 20 people. The first bomb went off at 9 a.m. An hour later, a second car bomb hit a mosque in Chiang Mai, killing eight.');
    expect(x.events.map((e) => e.place)).toEqual(['Chiang Rai', 'Chiang Mai']);
  });
});

describe('events: guns fired by an army', () => {
  it('reads "has fired artillery shells into X" as shelling that happened', () => {
    const x = run('Officials say Bolivia has fired artillery shells into northern Paraguay, after two mortar rounds landed in Bolivia from Paraguay.');
    expect(x.events.map((e) => [e.type, e.place])).toContainEqual(['SHELLING', 'Paraguay']);
  });
});

describe('events: a one-word place inside a longer name', () => {
  it('does not place an event at one word of "the Valley of Kings" or "the Bay of Bengal"', () => {
    const places = (s: string) => run(s).events.map((e) => e.place);
    expect(places('Troops exchanged fire near the Valley of Kings on Wednesday, killing two soldiers.')).not.toContain('Valley');
    expect(places('Two boats exploded in the Bay of Bengal on Wednesday, killing six sailors.')).not.toContain('Bay');
  });
});

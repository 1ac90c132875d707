import { beforeAll, describe, expect, it } from 'vitest';
import { brief, loadEventResources, run } from './event-helpers.ts';

// Made-up sentences for the general rules of events: splitting, places, dates, typing. Published Monday 2021-03-15.
beforeAll(loadEventResources, 120_000);

describe('events: where the story was filed', () => {
  it('reads "CITY: ..." at the start of the story as a dateline, not the event place', () => {
    const x = run('LYON: A bomb exploded in a market in Nantes on Sunday, killing two people.');
    expect(x.events.map((e) => e.place)).toEqual(['Nantes']);
  });
});

describe('events: a second scene in the same sentence', () => {
  it('keeps an earlier bombing named after "after" apart, with its own place and day', () => {
    const x = run('A suicide bomber killed 14 people in Lyon on Saturday. Security in Lyon was already on alert after a suicide bombing outside a hotel in Marseille on Friday.');
    expect(brief(x).map((e) => [e.place, e.date])).toEqual([['Lyon', '2021-03-13'], ['Marseille', '2021-03-12']]);
  });

  it('dates an event by the day named in its clause rather than by an anchor ("shortly before")', () => {
    const x = run('At least 14 people were killed on Saturday in a suicide bombing in Lyon shortly before a procession was to pass.');
    expect(brief(x).map((e) => e.date)).toEqual(['2021-03-13']);
  });
});

describe('events: coreference across kinds of words', () => {
  it('reads "the raid" after an air raid as the same event', () => {
    const x = run('At least 18 civilians were killed in an air raid on a town in France on Saturday. Rescuers said 50 others were wounded in the raid on the town of Nantes.');
    expect(brief(x)).toEqual([{ type: 'AIRSTRIKE', place: 'Nantes', date: '2021-03-13', killed: { min: 18, max: null }, injured: { min: 50, max: 50 } }]);
  });

  it('does not add a nationwide total to the last event', () => {
    const x = run('A bomb killed five people in Lyon on Saturday. At least 54 people were killed in violence across France on Saturday, according to a monitor.');
    expect(brief(x).map((e) => [e.place, e.killed])).toEqual([['Lyon', { min: 5, max: 5 }]]);
  });
});

describe('dates: a month name is a whole word', () => {
  it('does not read "in Marseille" as the month of March', async () => {
    const { findDateMentions } = await import('../../../src/extract/dates.ts');
    expect(findDateMentions('a bombing in Marseille on Friday', '2021-03-15').map((d) => [d.kind, d.iso])).toEqual([['day', '2021-03-12']]);
  });
});

describe('events: typing from trigger words', () => {
  it('types a bare "strike" as an airstrike, and a word that says how beats it', () => {
    expect(brief(run('A French strike killed two fighters near Lyon on Sunday.')).map((e) => e.type)).toEqual(['AIRSTRIKE']);
    expect(brief(run('A rocket strike killed two people in Lyon on Sunday.')).map((e) => e.type)).toEqual(['SHELLING']);
  });

  it('reads "the air force bombed" as an airstrike', () => {
    expect(brief(run('The air force bombed a market in Lyon on Sunday, killing six people.')).map((e) => e.type)).toEqual(['AIRSTRIKE']);
  });

  it('types the capture of a named town as fighting', () => {
    expect(brief(run('Rebels captured the town of Nantes on Sunday after a week of heavy losses.')).map((e) => [e.type, e.place])).toEqual([['ARMED_CLASH', 'Nantes']]);
  });

  it('opens no event for a general strike, a hunger strike or rocket fire someone wants stopped', () => {
    expect(run('Workers in Lyon began a general strike on Sunday.').events).toEqual([]);
    expect(run('The offensive on Lyon is aimed at stopping rocket fire, the minister said.').events.map((e) => e.type)).not.toContain('SHELLING');
  });
});

describe('events: totals and habits are no events', () => {
  it('takes "rocket attacks have killed three civilians" as a running total', () => {
    expect(run('Rocket attacks have killed three civilians in Lyon.').events).toEqual([]);
  });

  it('takes "have been launching attacks" as a habit', () => {
    expect(run('The militants have been launching attacks against soldiers in Lyon.').events).toEqual([]);
  });
});

describe('events: who reacts is not where it happened', () => {
  it('does not place fighting in the country that condemned it', () => {
    const x = run('France has strongly condemned renewed fighting in Nantes on Sunday that killed four soldiers.');
    expect(x.events.map((e) => e.place)).toEqual(['Nantes']);
  });

  it('does not place an event where the officials of a closing attribution are', () => {
    const x = run('On Thursday, drones hit a power plant in northern France, officials in Paris said.');
    expect(x.events.map((e) => e.place)).not.toContain('Paris');
  });
});

describe('events: splitting and merging', () => {
  it('splits ", and a second attack" into another event with its own place and toll', () => {
    const x = run('A car bomb killed at least 11 people in Lyon on Friday, and a second attack near Nantes killed four.');
    expect(brief(x).map((e) => [e.place, e.killed?.min])).toEqual([['Lyon', 11], ['Nantes', 4]]);
  });

  it('reads "two more attacks" as others than the one reported', () => {
    const x = run('Artillery blasts rocked Lyon on Sunday. Rebels launched two more attacks on the airport in Lyon with tanks on Sunday.');
    expect(brief(x).map((e) => e.type)).toEqual(['SHELLING', 'ARMED_CLASH']);
  });

  it('gives the parts of a wave the wave\'s place and day, and "Later," another part', () => {
    const x = run('A wave of bombings shook Lyon on Saturday, killing at least 31 people. A suicide car bombing outside an army post killed at least nine people. Later, at least two bombings occurred in the old town, killing at least 13 people.');
    expect(brief(x).map((e) => [e.place, e.date, e.killed?.min])).toEqual([['Lyon', '2021-03-13', 9], ['Lyon', '2021-03-13', 13]]);
  });

  it('joins a later report at the same place to the event that was reported there', () => {
    const x = run('A bomber killed 18 people in Lyon on Tuesday, and a second attack near Nantes killed two. Officials said the governor escaped the Lyon attack. A convoy was attacked near Nantes, also on Tuesday, killing two soldiers.');
    expect(brief(x).map((e) => e.place)).toEqual(['Lyon', 'Nantes']);
  });

  it('takes a capture of a named town as fighting, and no capture of a thing', () => {
    expect(brief(run('Troops liberated the town of Nantes on Tuesday.')).map((e) => e.type)).toEqual(['ARMED_CLASH']);
    expect(run('Police seized weapons in Nantes on Tuesday.').events).toEqual([]);
  });
});

describe('events: places named as a region', () => {
  it('narrows "Southern France" to the place named later', () => {
    const x = run('A suicide bomber killed at least 23 people in Southern France on Friday. Police say the attack occurred at the mayor\'s office in Marseille.');
    expect(brief(x).map((e) => e.place)).toEqual(['Marseille']);
  });
});

describe('events: compounds, counts and earlier ones', () => {
  it('types missile strikes in a story of drones as airstrikes', () => {
    expect(brief(run('Suspected drone missile strikes killed at least 15 people in Lyon on Friday.')).map((e) => e.type)).toEqual(['AIRSTRIKE']);
  });

  it('takes "most missile strikes have occurred in X" as a general statement', () => {
    expect(run('Most missile strikes have occurred in Lyon, officials say.').events).toEqual([]);
  });

  it('keeps a bombing "that took place earlier that morning" apart from the attack at its scene', () => {
    const x = run('A suicide bomber in Lyon on Friday attacked medics near the site of a bombing that took place earlier that morning.');
    expect(brief(x).map((e) => e.type)).toEqual(['SUICIDE_BOMBING', 'BOMBING']);
  });

  it('outputs no event for "the two blasts" once both were reported', () => {
    const x = run('A bomb went off in a bazaar in Lyon on Thursday, killing six people. Later, a suicide bomber blew himself up outside the bazaar, killing three. The two blasts killed nine people.');
    expect(brief(x).map((e) => e.killed?.min)).toEqual([6, 3]);
  });

  it('reads "In June," at the start of a sentence as a month, so the event has no day', () => {
    const x = run('A bomb killed four people in Lyon on Thursday. In June, rebels carried out a suicide bombing outside a bus depot in Nantes.');
    expect(brief(x).map((e) => [e.place, e.date])).toEqual([['Lyon', '2021-03-11'], ['Nantes', null]]);
  });
});

describe('events: deadly protests, crowd control, routes and background times', () => {
  it('makes clashes between police and protesters part of the protest, with its toll', () => {
    const x = run('Thousands of protesters rallied in Lyon on Saturday against the government. Police fired tear gas, and the clashes that followed killed at least one officer, a police spokesman said.');
    expect(brief(x).map((e) => [e.type, e.place, e.killed])).toEqual([['PROTEST', 'Lyon', { min: 1, max: null }]]);
  });

  it('opens no bombing for sound grenades that detonated', () => {
    const x = run('Hundreds of demonstrators marched in Lyon on Saturday as sound grenades detonated nearby.');
    expect(x.events.map((e) => e.type)).toEqual(['PROTEST']);
  });

  it('does not place an attack at the end of the route the bus was on', () => {
    const x = run('Gunmen attacked a bus in Lyon on Wednesday, killing four people. The bus had been taking workers from Nantes to Rennes when it was attacked.');
    expect(x.events.map((e) => e.place)).toEqual(['Lyon']);
  });

  it('keeps background events of different times apart', () => {
    const x = run('Last month, militants attacked a base in Lyon, killing three soldiers. In May 2012, at least 17 people were killed in a shooting near a sawmill.');
    expect(brief(x).map((e) => e.killed)).toEqual([{ min: 3, max: 3 }, { min: 17, max: null }]);
  });
});

describe('events: actors, complaints and wishes', () => {
  it('places a strike where it hit, not in the country that struck', () => {
    const x = run('France struck militant targets in Mali on Sunday, killing 12 fighters.');
    expect(x.events.map((e) => [e.type, e.place])).toEqual([['AIRSTRIKE', 'Mali']]);
  });

  it('reads "X formally protests the strikes" as a complaint, not a protest', () => {
    const x = run('A drone strike killed four people in Lyon on Friday. France formally protests the strikes.');
    expect(x.events.map((e) => e.type)).toEqual(['AIRSTRIKE']);
  });

  it('opens no clash for negotiations "to end the fighting"', () => {
    expect(run('The ministers said any negotiations to end the fighting must include the government.').events).toEqual([]);
  });
});

describe('events: one sentence, two kinds of attack', () => {
  it('splits ", and ... gunmen killed" after a car bombing into two events with their places', () => {
    const x = run('Elsewhere on Sunday, a car bomb killed a guard and three shoppers in the city of Lyon, and the army says gunmen killed four soldiers in the province of Brittany.');
    expect(brief(x).map((e) => [e.type, e.killed?.min])).toEqual([['CAR_BOMBING', 4], ['ARMED_CLASH', 4]]);
  });

  it('opens an event for a strike with a day of its own, named in passing', () => {
    const x = run('Militants attacked a convoy near Lyon on Monday, killing six soldiers. It was the first attack since the death of their leader in a French strike one week ago.');
    expect(brief(x).map((e) => [e.type, e.date])).toEqual([['ARMED_CLASH', '2021-03-15'], ['AIRSTRIKE', '2021-03-08']]);
  });

  it('makes no part of a wave from an event at a place the wave was not', () => {
    const x = run('A wave of bombings hit Lyon on Monday, killing 20 people. Separately, a roadside bomb killed two soldiers in Nantes.');
    expect(brief(x).map((e) => [e.place, e.killed?.min])).toEqual([['Lyon', 20], ['Nantes', 2]]);
  });
});

describe('events: means and kidnappings', () => {
  it('joins "struck by four missiles" to the strike just reported', () => {
    const x = run('Airstrikes on a town in France killed 39 people on Saturday. Reports said the buildings were struck by four missiles.');
    expect(brief(x).map((e) => e.type)).toEqual(['AIRSTRIKE']);
  });

  it('takes no shelling from weapons carried ("armed with rockets")', () => {
    const x = run('Militants armed with rockets and guns stormed a checkpoint near Lyon on Monday, killing four soldiers.');
    expect(brief(x).map((e) => e.type)).toEqual(['ARMED_CLASH']);
  });

  it('makes the assault on a school and the kidnapping from it one abduction', () => {
    const x = run('Gunmen stormed a school in Lyon on Friday night. Police traded gunfire with the assailants at the school. Residents said the gunmen kidnapped several students from the school in Lyon on Friday.');
    expect(brief(x).map((e) => [e.type, e.place, e.date])).toEqual([['ABDUCTION', 'Lyon', '2021-03-12']]);
  });
});

describe('events: lists, first mentions, descriptions and attackers', () => {
  it('splits ", as well as" with two tolls into two events', () => {
    const x = run('The militia claimed an attack that killed at least 27 people in a bombing of a mosque near Lyon, as well as a suicide car bombing at a market in the capital that killed 16 people.');
    expect(brief(x).map((e) => e.killed)).toEqual([{ min: 27, max: null }, { min: 16, max: 16 }]);
  });

  it('reads "the abduction of a journalist" as a first mention', () => {
    const x = run('The aid group is concerned about a staff member taken during the abduction of a French journalist in Nantes.');
    expect(brief(x).map((e) => e.type)).toEqual(['ABDUCTION']);
  });

  it('does not place an event in a place that only describes another ("which lies near X")', () => {
    const x = run('At least 12 rebels were killed in heavy fighting near the village of Vernon, which lies near Lyon, on Sunday.');
    expect(x.events.map((e) => e.place)).not.toContain('Lyon');
  });

  it('opens no event for what "has been" happening in recent weeks', () => {
    const x = run('Airstrikes killed 39 people in Nantes on Saturday. It is unclear whether French warplanes, which have both bombed the area in recent weeks, carried them out.');
    expect(brief(x).map((e) => e.place)).toEqual(['Nantes']);
  });

  // a clash counts the dead of both sides (the DEV answer keys: see clash-toll.ts)
  it('types "targeted several checkpoints" as fighting and counts both sides\' dead', () => {
    const x = run('Militants targeted several checkpoints in Lyon on Sunday night, killing four policemen. The attacks triggered gunbattles, and 15 militants were also killed.');
    expect(brief(x).map((e) => [e.type, e.killed])).toEqual([['ARMED_CLASH', { min: 19, max: 19 }]]);
  });
});

describe('events: hostages', () => {
  it('reads "took around 30 hostages" as an abduction', () => {
    expect(brief(run('Rebels took around 30 hostages in Nantes on Sunday.')).map((e) => e.type)).toEqual(['ABDUCTION']);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { brief, loadEventResources, run } from './event-helpers.ts';

// Made-up sentences for rules narrowed after a blind check (a rule that helped the dev set but misfired
// on unseen articles). Published Monday 2021-03-15.
beforeAll(loadEventResources, 120_000);

describe('event places: a region spanning countries', () => {
  it('places an airstrike in the country named, not in "the Middle East" named in passing', () => {
    const x = run('An airstrike killed a militia commander in northern Jordan on Sunday, the latest sign of a widening war in the Middle East.');
    expect(brief(x).map((e) => e.place)).toEqual(['Jordan']);
  });
});

describe('casualties: a part of a larger group', () => {
  it('does not take "including three nurses have died" as a toll of the event', () => {
    const x = run('A car bomb exploded at a checkpoint in Nantes on Sunday. More than 40 people including three nurses have died, medics said.');
    expect(brief(x).map((e) => e.killed)).not.toContainEqual({ min: 3, max: 3 });
    expect(brief(x)).toHaveLength(1);
  });
});

describe('events: what keeps happening is no event', () => {
  it('opens no event from "a frequent target of airstrikes and shelling" or "often fire rockets"', () => {
    const x = run('A car bomb killed four people in Nantes on Sunday. Militants in the hills often fire rockets into Nantes, and the hills are a frequent target of army airstrikes and shelling.');
    expect(brief(x).map((e) => e.type)).toEqual(['CAR_BOMBING']);
  });
});

describe('dates: "last <month>"', () => {
  it('reads "last June" as a month (the year before when that month has not yet come round), never a day', async () => {
    const { findDateMentions } = await import('../../../src/extract/dates.ts');
    expect(findDateMentions('Rebels took the port last June.', '2021-03-15').map((d) => [d.kind, d.month])).toEqual([['month', '2020-06']]);
    expect(findDateMentions('Rebels took the port last January.', '2021-03-15').map((d) => [d.kind, d.month])).toEqual([['month', '2021-01']]);
  });

  it('gives an event told with "last June" no day of its own', () => {
    const x = run('A bomb killed three people in Lyon on Sunday. Rebels captured the town of Nantes last June after a long siege.');
    expect(brief(x).map((e) => [e.place, e.date])).toEqual([['Lyon', '2021-03-14'], ['Nantes', null]]);
  });
});

describe('ceasefire places: a truce signed abroad', () => {
  it('places a truce signed abroad, the parties named between, where the fighting is told', () => {
    const x = run('President Alvarez signed a ceasefire agreement on Friday night with his rival, the rebel commander Tomas Ruiz, in Portugal. The accord mirrors a previous truce signed in March, but fighting went on across Spain.');
    expect(brief(x).map((e) => [e.type, e.place])).toEqual([['CEASEFIRE', 'Spain'], ['CEASEFIRE', 'Spain']]);
  });

  it('keeps the venue when no other country is named where fighting is told', () => {
    const x = run('The army and the rebels signed a ceasefire in Madrid on Friday. Portugal welcomed the deal.');
    expect(brief(x).map((e) => [e.type, e.place])).toEqual([['CEASEFIRE', 'Madrid']]);
  });
});

describe('events: a whole conflict is no event', () => {
  it('opens no event from "anger exploded" nor from "fighting that has left over 3,000 dead"', () => {
    const x = run('A roadside bomb killed six soldiers in Lyon on Saturday. Long-held anger over seized farmland exploded in 1998 in fighting that has left over 3,000 people dead, many of them herders.');
    expect(brief(x).map((e) => [e.place, e.killed])).toEqual([['Lyon', { min: 6, max: 6 }]]);
  });

  it('still reads a bomb that exploded, and the toll of clashes since a day', () => {
    expect(brief(run('A bomb exploded in a market in Lyon on Saturday, killing two.')).map((e) => e.type)).toEqual(['BOMBING']);
    expect(brief(run('Clashes that have killed 47 people since Sunday continued in Lyon on Tuesday.')).map((e) => e.killed)).toEqual([{ min: 47, max: 47 }]);
  });
});

describe('event places: where the news was told', () => {
  it('does not open or place an event where a witness "discussed the toll with reporters"', () => {
    const x = run('Gunmen attacked a village in northern France on Wednesday, killing at least 45 villagers. A man from the attacked village talked about the number of dead with journalists in Lyon.');
    expect(brief(x).map((e) => [e.type, e.place])).toEqual([['ATTACK', 'France']]);
  });
});

describe('event types: what was attacked', () => {
  it('keeps "a gun attack near a military camp" an attack, while an attack on a camp is a clash', () => {
    expect(brief(run('At least nine people were killed on Friday in an armed attack near a military camp in Lyon.')).map((e) => e.type)).toEqual(['ATTACK']);
    expect(brief(run('Gunmen killed 14 soldiers in an attack on a military camp in Lyon on Sunday.')).map((e) => e.type)).toEqual(['ARMED_CLASH']);
  });
});

describe('casualties: a denial is no figure', () => {
  it('gives no killed figure for "No one was killed" and none injured for "nobody was hurt"', () => {
    const x = run('Two rockets hit a residential area of Lyon on Saturday, wounding six people. No one was killed.');
    expect(brief(x).map((e) => [e.killed, e.injured])).toEqual([[null, { min: 6, max: 6 }]]);
    const y = run('Gunmen killed three guards at a bank in Lyon on Monday. Nobody was injured.');
    expect(brief(y).map((e) => [e.killed, e.injured])).toEqual([[{ min: 3, max: 3 }, null]]);
  });
});

describe('event types: people seized', () => {
  it('reads "seized 30 students" and "took 12 foreign workers hostage" as abductions, "seized the town" as fighting', () => {
    expect(brief(run('Gunmen seized 30 students from a school in Lyon on Wednesday.')).map((e) => e.type)).toEqual(['ABDUCTION']);
    expect(brief(run('Militants took 12 foreign workers hostage in Lyon on Wednesday.')).map((e) => e.type)).toEqual(['ABDUCTION']);
    expect(brief(run('Gunmen seized the town of Lyon on Wednesday.')).map((e) => e.type)).toEqual(['ARMED_CLASH']);
  });
});

describe('casualties: a toll told of another town', () => {
  it('does not add "a protester was killed in the town of Y" to the protest in X', () => {
    const x = run('Police fired live rounds on protesters in Lyon on Friday, killing eight people. Witnesses also said a protester was killed in the town of Nantes.');
    expect(brief(x).find((e) => e.place === 'Lyon')?.killed).toEqual({ min: 8, max: 8 });
  });

  it('reads "a gunman killed two people" as an attack with its toll', () => {
    expect(brief(run('A gunman killed two people at a petrol station in Lyon on Friday.')).map((e) => [e.type, e.killed])).toEqual([['ATTACK', { min: 2, max: 2 }]]);
  });

  it('reads "a protester was shot dead" as one killed', () => {
    expect(brief(run('A protester was shot dead by police in Lyon on Saturday.')).map((e) => e.killed)).toEqual([{ min: 1, max: 1 }]);
  });
});

describe('event types: a strike on hideouts', () => {
  it('reads "jets struck militant hideouts" as an airstrike, and opens nothing for jets that landed', () => {
    expect(brief(run('Jets struck militant hideouts in Nantes on Sunday, killing 30 militants.')).map((e) => [e.type, e.killed])).toEqual([['AIRSTRIKE', { min: 30, max: 30 }]]);
    expect(brief(run('Two passenger jets landed in Lyon on Sunday.'))).toEqual([]);
  });
});

describe('events: a fronted time clause', () => {
  it('keeps "Two days after a bombing in X killed 12, a second bomb exploded in Y" as two events', () => {
    const x = run('Two days after a bombing in Lyon killed 12, a second bomb exploded in Nantes on Tuesday, killing three.');
    expect(brief(x).map((e) => [e.place, e.killed])).toEqual([['Lyon', { min: 12, max: 12 }], ['Nantes', { min: 3, max: 3 }]]);
  });
});

describe('dates: two weekdays', () => {
  it('gives "on Sunday and Monday" no single day, but dates "late Wednesday and early Thursday" by the night', () => {
    expect(brief(run('Rebels shelled Lyon on Sunday and Monday, killing 9.')).map((e) => e.date)).toEqual([null]);
    expect(brief(run('Airstrikes hit Lyon late Wednesday and early Thursday, killing 9.')).map((e) => e.date)).toEqual(['2021-03-10']);
  });
});

describe('dates: how long it went on', () => {
  it('keeps "the clashes, which continued into Monday" with the fighting that broke out on Sunday', () => {
    const x = run('Fighting broke out in Lyon on Sunday. At least 15 fighters were killed in the clashes, which continued into Monday.');
    expect(brief(x).map((e) => [e.date, e.killed])).toEqual([['2021-03-14', { min: 15, max: null }]]);
  });
});

describe('event types: a crowd that protested', () => {
  it('reads "thousands of people protested in X" as a protest, and not a state that "protested against the strikes"', () => {
    expect(brief(run('Thousands of people protested in Lyon on Saturday against the new law.')).map((e) => [e.type, e.place])).toEqual([['PROTEST', 'Lyon']]);
    expect(brief(run('Portugal protested against the strikes on Monday.'))).toEqual([]);
  });
});

describe('event triggers: a participle before a noun', () => {
  it('opens no second event from "a man from the attacked village"', () => {
    const x = run('Gunmen attacked a village in northern France on Wednesday, killing 12 people. A man from the attacked village spoke to police in Nantes on Thursday.');
    expect(brief(x).map((e) => [e.type, e.date])).toEqual([['ATTACK', '2021-03-10']]);
  });
});

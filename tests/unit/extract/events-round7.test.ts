import { beforeAll, describe, expect, it } from 'vitest';
import { loadEventResources, run } from './event-helpers.ts';

beforeAll(loadEventResources, 120_000);

describe('events: a toll told at a second place', () => {
  it('opens an event of the same kind where a later sentence with no attack word puts its own toll', () => {
    const x = run([
      'Gunmen attacked a market in the town of Ayacucho on Sunday, killing four traders.',
      'Two more villagers were killed in Huancavelica, police said.',
    ].join('\n\n'));
    expect(x.events.map((e) => [e.type, e.place, e.date])).toEqual([
      ['ATTACK', 'Ayacucho', '2021-03-14'],
      ['ATTACK', 'Huancavelica', '2021-03-14'],
    ]);
    expect(x.events[1]!.killed).toEqual({ min: 2, max: 2 });
  });

  it('keeps a toll at a place inside the event\'s own place with that event', () => {
    const x = run([
      'Warplanes bombed villages in Peru on Sunday, killing nine people.',
      'Five of the dead were in Ayacucho, officials said.',
    ].join('\n\n'));
    expect(x.events).toHaveLength(1);
  });

  it('opens an event of the same kind for a toll told there on another day', () => {
    const x = run([
      'Warplanes bombed the old town of Ayacucho on Sunday, killing 12 people.',
      'Thirty more people died in the old town on Saturday, residents said.',
    ].join('\n\n'));
    expect(x.events.map((e) => [e.type, e.date, e.killed])).toEqual([
      ['AIRSTRIKE', '2021-03-14', { min: 12, max: 12 }],
      ['AIRSTRIKE', '2021-03-13', { min: 30, max: 30 }],
    ]);
  });

  it('reads a running total at another place as no new event', () => {
    const x = run([
      'Gunmen attacked a market in the town of Ayacucho on Sunday, killing four traders.',
      'More than 350 people have been killed in Huancavelica since April.',
    ].join('\n\n'));
    expect(x.events.map((e) => e.place)).toEqual(['Ayacucho']);
  });
});

describe('events: strikes from the air told by their weapon', () => {
  it('types a missile fired by an aircraft as an airstrike', () => {
    const x = run('An aircraft launched a missile at a pickup truck near Ayacucho on Sunday, killing three men.');
    expect(x.events.map((e) => e.type)).toEqual(['AIRSTRIKE']);
  });

  it('keeps rockets fired at a helicopter as shelling', () => {
    const x = run('Rebels fired rockets at a helicopter near Ayacucho on Sunday, killing two soldiers.');
    expect(x.events.map((e) => e.type)).toEqual(['SHELLING']);
  });

  it('types barrel bombs and aerial bombing as airstrikes', () => {
    expect(run('Helicopters dropped barrel bombs on Ayacucho on Sunday, killing six people.').events.map((e) => e.type)).toEqual(['AIRSTRIKE']);
    expect(run('Residents said heavy aerial bombing hit Ayacucho on Sunday.').events.map((e) => e.type)).toEqual(['AIRSTRIKE']);
  });
});

describe('events: taking a place told without "captured"', () => {
  it('reads "drove X out of <place>" and "regained control of <place>" as fighting there', () => {
    expect(run('Government troops drove the rebels out of Huancavelica on Sunday.').events.map((e) => [e.type, e.place]))
      .toEqual([['ARMED_CLASH', 'Huancavelica']]);
    expect(run('Troops regained control of the village of Ayacucho on Sunday.').events.map((e) => [e.type, e.place]))
      .toEqual([['ARMED_CLASH', 'Ayacucho']]);
  });

  it('reads no fighting when what they were driven out of is not a named place', () => {
    expect(run('The floods drove many families out of their homes near Ayacucho on Sunday.').events).toEqual([]);
  });
});

describe('events: firing across a line', () => {
  it('reads cross-border and retaliatory fire as fighting', () => {
    expect(run('Cross-border firing killed four villagers near Tacna on Sunday.').events.map((e) => [e.type, e.place, e.killed]))
      .toEqual([['ARMED_CLASH', 'Tacna', { min: 4, max: 4 }]]);
    expect(run('Retaliatory fire by border guards wounded two smugglers near Tacna on Sunday.').events.map((e) => e.type)).toEqual(['ARMED_CLASH']);
  });

  it('reads "returned fire" as the other side of a fight', () => {
    expect(run('Border guards returned fire near Tacna on Sunday, a spokesman said.').events.map((e) => e.type)).toEqual(['ARMED_CLASH']);
  });

  it('does not read firing into the air as fighting', () => {
    expect(run('Police began firing into the air to scatter a crowd of traders near Tacna on Sunday.').events).toEqual([]);
  });
});

describe('events: a rampage is an attack', () => {
  it('reads "went on a rampage ... killing" as an attack', () => {
    const x = run('Militiamen went on a rampage through farms near Tacna on Sunday, killing at least six people.');
    expect(x.events.map((e) => [e.type, e.place, e.killed])).toEqual([['ATTACK', 'Tacna', { min: 6, max: null }]]);
  });
});

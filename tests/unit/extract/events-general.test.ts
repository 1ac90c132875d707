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

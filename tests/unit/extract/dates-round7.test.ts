import { beforeAll, describe, expect, it } from 'vitest';
import { saidOn } from '../../../src/extract/events/groups.ts';
import { brief, loadEventResources, run } from './event-helpers.ts';

beforeAll(loadEventResources);

// Round 7 (docs/events.md): days the extractor did not read. Made-up sentences, places outside the corpus.
// run() publishes on Monday 2021-03-15 unless told otherwise.
describe('dates round 7: a day told relative to another event', () => {
  it('reads ", two days after" (no verb) as two days before the event named first', () => {
    const x = run('Gunmen attacked a village in Cusco province on Saturday, two days after a bomb in Arequipa killed six officers.');
    const byPlace = Object.fromEntries(brief(x).map((e) => [e.place, e.date]));
    expect(byPlace['Cusco']).toBe('2021-03-13');
    expect(byPlace['Arequipa']).toBe('2021-03-11');
  });
});

describe('dates round 7: the day a report was told', () => {
  const at = (text: string, word: string) => saidOn(text, text.indexOf(word));

  it('reads "told X on Friday" and "told reporters Friday" as the report\'s day', () => {
    expect(at('Nine guards were killed in a raid, local sources told the agency on Friday.', 'Friday')).toBe(true);
    expect(at('A spokesman told reporters Friday that the convoy was hit.', 'Friday')).toBe(true);
  });

  it('keeps the day of the act itself', () => {
    expect(at('Raiders attacked the convoy on Friday, sources said.', 'Friday')).toBe(false);
  });

  it('dates the event by its own day, not the report\'s', () => {
    const x = run('Gunmen have killed nine villagers in Cusco province, local sources told the agency on Monday. '
      + 'The attack was launched on Saturday, a resident said.');
    expect(brief(x).map((e) => e.date)).toEqual(['2021-03-13']);
  });
});

describe('dates round 7: the day a follow-up sentence gives', () => {
  it('takes the act day of a follow-up over the report\'s day', () => {
    const x = run('Rebels killed five guards in an ambush in Cusco province, the army said Friday. '
      + 'The guards were driving in a column early Thursday when they were fired on from a ridge.');
    expect(brief(x).map((e) => e.date)).toEqual(['2021-03-11']);
  });

  it('takes it for a lead with no day at all', () => {
    const x = run('An air raid has killed 12 farmers in Cusco province, officials say. '
      + 'The governor says the farmers were killed Saturday evening as they gathered crops.');
    expect(brief(x).map((e) => e.date)).toEqual(['2021-03-13']);
  });

  it('takes the day of a possessive weekday in a follow-up ("Saturday\'s bloodshed")', () => {
    const x = run('An early-morning blast at a market in Cusco killed four traders and wounded nine. '
      + 'Despite Saturday\'s bloodshed, officials said the market would reopen soon.');
    expect(brief(x).map((e) => e.date)).toEqual(['2021-03-13']);
  });

  it('does not take a day said of a report or a span', () => {
    const x = run('Rebels killed five guards in an ambush in Cusco province, the army said Friday. '
      + 'All of the guards were killed, a spokesman said on Thursday.');
    expect(brief(x).map((e) => e.date)).toEqual(['2021-03-12']);
    const y = run('Rebels killed five guards in an ambush in Cusco province, the army said Friday. '
      + 'The guards were fired on every night since Tuesday.');
    expect(brief(y).map((e) => e.date)).toEqual(['2021-03-12']);
  });
});

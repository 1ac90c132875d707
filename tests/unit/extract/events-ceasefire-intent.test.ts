import { beforeAll, describe, expect, it } from 'vitest';
import { intendedCeasefire } from '../../../src/extract/events/ceasefire-intent.ts';
import { loadEventResources, run } from './event-helpers.ts';

beforeAll(loadEventResources, 120_000);

describe('ceasefire wanted, not reached', () => {
  it('reads intent in the words just before the noun', () => {
    expect(intendedCeasefire('The two sides will hold talks aimed at a ')).toBe(true);
    expect(intendedCeasefire('Mediators hope to reach a ')).toBe(true);
    expect(intendedCeasefire('Mediators hope to reach a ceasefire ')).toBe(true);
    expect(intendedCeasefire('The president said he was working toward a lasting ')).toBe(true);
    expect(intendedCeasefire('The two sides signed a ')).toBe(false);
    expect(intendedCeasefire('They agreed at talks in Geneva to a ')).toBe(false);
  });

  it('reports no ceasefire for talks aimed at one or hopes of one', () => {
    const x = run([
      'Talks aimed at a cease-fire in Darfur will begin next week in Geneva, the U.N. said.',
      'Mediators hope to reach a ceasefire agreement in Darfur by the end of the month.',
    ].join('\n\n'));
    expect(x.events.filter((e) => e.type === 'CEASEFIRE')).toEqual([]);
  });

  it('still reports a truce aimed at ending the war that was signed', () => {
    const x = run('A truce aimed at ending the war in Darfur was signed on Sunday.');
    expect(x.events.map((e) => [e.type, e.place])).toEqual([['CEASEFIRE', 'Darfur']]);
  });
});

describe('event types: planted devices and conflict spans', () => {
  it('reports explosives planted on a vehicle as a planted device', () => {
    const x = run('Explosives planted on a motorcycle killed three people on Sunday in Kandahar.');
    expect(x.events.map((e) => [e.type, e.place, e.killed?.min])).toEqual([['IED', 'Kandahar', 3]]);
  });

  it('reports no clash for the years of fighting a truce is meant to end', () => {
    const x = run('The government and the rebels signed a cease-fire on Tuesday in Darfur. The truce is meant to end years of fighting.');
    expect(x.events.map((e) => e.type)).toEqual(['CEASEFIRE']);
  });
});

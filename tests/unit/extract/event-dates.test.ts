import { beforeAll, describe, expect, it } from 'vitest';
import { brief, loadEventResources, run } from './event-helpers.ts';

beforeAll(loadEventResources);

// run() publishes on Monday 2021-03-15 unless told otherwise.
describe('event dates: a present-perfect lead', () => {
  it('dates the lead event to publication when no day is named', () => {
    const x = run('A roadside bomb has killed at least nine people in Peshawar. Police said the device was hidden in a cart.');
    expect(brief(x)[0]).toMatchObject({ type: 'IED', date: '2021-03-15' });
  });

  it('keeps a day named later in the article', () => {
    const x = run('A roadside bomb has killed at least nine people in Peshawar. The bomb exploded on Saturday near a market.');
    expect(brief(x)[0]).toMatchObject({ date: '2021-03-13' });
  });

  it('leaves an event said to be older without a day', () => {
    const x = run('A roadside bomb has killed at least nine people in Peshawar last month, police said.');
    expect(brief(x)[0]).toMatchObject({ date: null });
  });

  it('does not date a lead in the simple past', () => {
    const x = run('A roadside bomb killed at least nine people in Peshawar. Police said the device was hidden in a cart.');
    expect(brief(x)[0]).toMatchObject({ date: null });
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { brief, loadEventResources, run } from './event-helpers.ts';

beforeAll(loadEventResources);

// Round 7 (docs/events.md): a clash's toll and the other side's blow told later. Made-up sentences.
describe('clash toll round 7: the other side killed in a blow of its own', () => {
  it('does not add raiders the army says it killed in return', () => {
    const x = run('Twelve soldiers were killed in a firefight with rebels in Tamale on Sunday. The army said it killed 15 rebels in return.');
    expect(brief(x)[0]).toMatchObject({ type: 'ARMED_CLASH', killed: { min: 12, max: 12 } });
  });

  it('does not add "the ensuing clashes also killed five militants"', () => {
    const x = run('Nine soldiers were killed in a firefight with militants in Tamale on Sunday. The ensuing clashes also killed five militants.');
    expect(brief(x)[0]).toMatchObject({ type: 'ARMED_CLASH', killed: { min: 9, max: 9 } });
  });

  it('still adds the other side\'s dead told as their own death', () => {
    const x = run('Twelve soldiers were killed in a firefight with rebels in Tamale on Sunday. A spokesman said at least six rebels died in the fighting.');
    expect(brief(x)[0]).toMatchObject({ type: 'ARMED_CLASH', killed: { min: 18, max: null } });
  });
});

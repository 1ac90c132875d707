import { beforeAll, describe, expect, it } from 'vitest';
import { loadEventResources, run } from './event-helpers.ts';

beforeAll(loadEventResources, 120_000);

const said = (body: string): string[] => run(body).statements.map((s) => `${s.speaker} | ${s.quote}`);

describe('statements: a description that the next sentences name', () => {
  it('gives an official of the lede to the person named as the next speaker', () => {
    const x = said('A Norlandian official said Tuesday that the two sides had agreed to a truce. ' +
      'Pavel Dorn, the head of the Norlandian Defense Council, said in a broadcast that the guns had fallen silent.');
    expect(x).toContain('Pavel Dorn | the two sides had agreed to a truce');
    expect(x).toContain('Pavel Dorn | the guns had fallen silent');
  });

  it('gives a group of the lede to the organization named as the next speaker', () => {
    const x = said('Meanwhile, a relief group says 40 families have returned to the valley. ' +
      'The Mountain Villages Support Network said the families arrived Sunday in trucks.');
    expect(x).toContain('Mountain Villages Support Network | 40 families have returned to the valley');
  });

  it('keeps the description when the next speaker was named before it', () => {
    const x = said('Pavel Dorn, the head of the Norlandian Defense Council, visited the border. ' +
      'A Norlandian official said the two sides had agreed to a truce. Dorn said the guns had fallen silent.');
    expect(x).toContain('a Norlandian official | the two sides had agreed to a truce');
  });

  it('keeps a witness anonymous even when an official speaks next', () => {
    const x = said('A witness said the market was full of shoppers. Police chief Pavel Dorn said nine people died.');
    expect(x).toContain('a witness | the market was full of shoppers');
  });
});

describe('statements: a possessive description of an armed group', () => {
  it('reads "<Country>\'s main <adjective> rebel group" as the one armed group the article names', () => {
    const x = said("Norland's main separatist rebel group - weakened by years of fighting - says it will lay down its arms. " +
      'The announcement by the Northern Liberation Front came after talks in the capital.');
    expect(x).toContain('Northern Liberation Front | it will lay down its arms');
  });

  it('does not read "a rival rebel group" as the group the article names', () => {
    const x = said('The Northern Liberation Front attacked a village on Monday. A rival rebel group said its fighters were not involved.');
    expect(x.some((s) => s.startsWith('Northern Liberation Front |'))).toBe(false);
  });
});

describe('statements: a role reference by any role noun the article gave a person', () => {
  it('reads "the commissioner" as the person introduced as the district commissioner', () => {
    const x = said('Floods cut the valley road on Monday. The district commissioner, Ines Marlow, said 30 houses were lost. ' +
      'The commissioner said families had moved to the school.');
    expect(x).toContain('Ines Marlow | families had moved to the school');
  });
});

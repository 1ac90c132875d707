import { beforeAll, describe, expect, it } from 'vitest';
import { loadEventResources, run } from './event-helpers.ts';

beforeAll(loadEventResources, 120_000);

const said = (body: string): string[] => run(body).statements.map((s) => `${s.speaker} | ${s.quote}`);

describe('statements: speaker phrases that recur across articles', () => {
  it('keeps a relative clause that says who an unnamed speaker is', () => {
    expect(said('A bomb went off in a market on Monday. A shopkeeper who works at the bazaar said the blast was very loud.'))
      .toContain('a shopkeeper who works at the bazaar | the blast was very loud');
    expect(said('A bomb went off in a market. An eyewitness who owns a stall near the gate told reporters he saw smoke.'))
      .toContain('an eyewitness who owns a stall near the gate | he saw smoke');
  });

  it('drops a relative clause that only says why no name is given', () => {
    expect(said('A bomb went off in a market. A police officer who declined to be named said three people died.'))
      .toContain('a police officer | three people died');
  });

  it('carries the identified speaker to a later "he said"', () => {
    const x = said('A bomb went off in a market. A farmer who sells melons at the stalls said the stalls burned. He said nobody warned them.');
    expect(x).toContain('a farmer who sells melons at the stalls | nobody warned them');
  });

  it('strips an office description and rank glued before a name, and links the surname later', () => {
    const x = said('Fighting broke out near the river on Monday. Commander of the northern ground forces General Ada Oru said his troops repelled the attack. ' +
      'Later, Oru said the area was calm.');
    expect(x).toContain('Ada Oru | his troops repelled the attack');
    expect(x).toContain('Ada Oru | the area was calm');
  });

  it('keeps "a spokesman for President X" as the spokesman, not the president', () => {
    const x = said('The talks ended on Monday. A spokesman for President Lena Varga said the talks would resume.');
    expect(x.some((s) => s.startsWith('Lena Varga |'))).toBe(false);
  });
});

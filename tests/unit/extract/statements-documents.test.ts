import { beforeAll, describe, expect, it } from 'vitest';
import { loadEventResources, run } from './event-helpers.ts';

beforeAll(loadEventResources, 120_000);

const said = (body: string): string[] => run(body).statements.map((s) => `${s.speaker} | ${s.quote}`);

describe('statements: a document and who put it out', () => {
  it('gives "a statement from <Org> said" to the organization, not to the subject of the sentence before', () => {
    const x = said('Raiders burned a grain store on Friday. A statement from the Harbor Ministry said the raiders escaped by boat.');
    expect(x).toEqual(['Harbor Ministry | the raiders escaped by boat']);
  });

  it('does not make the narrated actors of the sentence before the issuer of "the statement"', () => {
    const x = said('Raiders burned a grain store on Friday. The store was empty, said the statement, which was read on radio.');
    expect(x.some((s) => s.startsWith('Raiders |'))).toBe(false);
  });

  it('gives "the report" to the broadcaster the sentence before was about', () => {
    const x = said('Regional state radio showed crowds near the old bridge on Friday. The report said the crowds had dispersed by noon.');
    expect(x).toContain('Regional state radio | the crowds had dispersed by noon');
  });

  it('still gives "the statement" to the group the sentence before was about', () => {
    const x = said('The Coastal Freedom Front claimed the raid on Friday. The statement said its fighters had returned safely.');
    expect(x).toContain('Coastal Freedom Front | its fighters had returned safely');
  });
});

describe('statements: "according to" names a source, not a speaker', () => {
  it('makes no statement of "according to <people> and media reports"', () => {
    expect(said('Guards fired on marchers on Friday. Three marchers died, according to neighbours and media reports.')).toEqual([]);
    expect(said('Guards fired on marchers on Friday. Three marchers died and six were hurt, according to a hospital report.')).toEqual([]);
  });

  it('keeps the report of a relative clause after "according to X"', () => {
    const x = said('Guards fired on marchers on Friday. Three marchers died, according to the city radio, which said the guards had been provoked.');
    expect(x).toHaveLength(1);
    expect(x[0]).toMatch(/the guards had been provoked$/);
  });
});

describe('statements: a description in apposition is no report', () => {
  it('makes no report of "A spokesman for the group" before ", X Y, denied the accusation"', () => {
    const x = said('The mayor blamed the river militia for the fire. A spokesman for the militia, Tomas Perl, denied the accusation.');
    expect(x.some((s) => /\| A spokesman for the militia$/.test(s))).toBe(false);
  });

  it('still reads a short clause before a closing attribution', () => {
    expect(said('The fire spread quickly. The old bridge burned down, the mayor said.')).toContain('the mayor | The old bridge burned down');
  });
});

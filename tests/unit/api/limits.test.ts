import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiSchema } from '../../../src/api/schema.ts';
import { costLimitRule, MAX_COST } from '../../../src/api/limits/cost.ts';
import { depthLimitRule, MAX_DEPTH } from '../../../src/api/limits/depth.ts';

const check = (query: string) => validate(apiSchema(), parse(query), [depthLimitRule(), costLimitRule()]);
const codes = (query: string) => check(query).map((e) => e.extensions.code);

/** `{ node(id: "x") { ... on Place { parent { parent { ... name } } } } }` nested `levels` deep. */
function nestedParents(levels: number): string {
  return `{ node(id: "x") { ... on Place { ${'parent { '.repeat(levels)}name${' }'.repeat(levels)} } } }`;
}

describe('depth limit', () => {
  it(`accepts a query ${MAX_DEPTH} fields deep`, () => {
    expect(codes(nestedParents(MAX_DEPTH - 2))).toEqual([]);
  });

  it('refuses a query one level deeper with QUERY_TOO_DEEP', () => {
    expect(codes(nestedParents(MAX_DEPTH - 1))).toEqual(['QUERY_TOO_DEEP']);
  });

  it('counts depth through fragments', () => {
    const query = `query { node(id: "x") { ...P } } fragment P on Place { ${'parent { '.repeat(MAX_DEPTH)}name${' }'.repeat(MAX_DEPTH)} }`;
    expect(codes(query)).toContain('QUERY_TOO_DEEP');
  });
});

describe('cost limit', () => {
  it('accepts a typical analyst query', () => {
    expect(
      codes(
        '{ events(first: 20) { nodes { type places { name } claimedBy { ... on Organization { name } } } } }',
      ),
    ).toEqual([]);
  });

  it('multiplies nested lists by their page sizes and refuses a fan-out with QUERY_TOO_COSTLY', () => {
    const query = `{ events(first: 100) { nodes { places { events(first: 100) { statements { text } } } } } }`;
    const errors = check(query);
    expect(errors.map((e) => e.extensions.code)).toEqual(['QUERY_TOO_COSTLY']);
    expect(errors[0]?.extensions.cost).toBeGreaterThan(MAX_COST);
  });

  it('counts every alias of the same field', () => {
    const one = 'a0: events(first: 100) { nodes { places { name } statements { text } } }';
    const many = Array.from({ length: 40 }, (_, i) => one.replace('a0', `a${i}`)).join(' ');
    expect(codes(`{ ${one} }`)).toEqual([]);
    expect(codes(`{ ${many} }`)).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('prices a variable page size at the largest page', () => {
    const query = `query ($n: Int) { events(first: $n) { nodes { places { events(first: $n) { places { name } } } } } }`;
    expect(codes(query)).toEqual(['QUERY_TOO_COSTLY']);
  });
});

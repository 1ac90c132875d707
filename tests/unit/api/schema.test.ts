import { isInterfaceType, isObjectType, isUnionType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiSchema } from '../../../src/api/schema.ts';
import { resolvers } from '../../../src/api/resolvers/index.ts';

describe('schema.graphql and the resolvers', () => {
  const schema = apiSchema();
  const map = resolvers as unknown as Record<string, Record<string, unknown>>;

  it('resolves every root field', () => {
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      for (const name of Object.keys(root!.getFields()))
        expect(map[root!.name]?.[name], `${root!.name}.${name}`).toBeTypeOf('function');
    }
  });

  it('resolves the type of every union and interface', () => {
    const abstract = Object.values(schema.getTypeMap()).filter(
      (t) => (isUnionType(t) || isInterfaceType(t)) && !t.name.startsWith('__'),
    );
    expect(abstract.map((t) => t.name).sort()).toEqual(['Actor', 'Entity', 'Node']);
    for (const t of abstract) expect(map[t.name]?.__resolveType, t.name).toBeTypeOf('function');
  });

  it('resolves every field that takes arguments (a default resolver would ignore them)', () => {
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (field.args.length > 0)
          expect(map[type.name]?.[field.name], `${type.name}.${field.name}`).toBeTypeOf('function');
      }
    }
  });

  it('caps every list that may grow with the graph with `first`', () => {
    const growing = [
      'Person.statements',
      'Organization.statements',
      'Organization.claimed',
      'Place.events',
      'Place.children',
      'Place.statementsMadeHere',
    ];
    for (const coordinate of growing) {
      const [typeName, fieldName] = coordinate.split('.') as [string, string];
      const type = schema.getType(typeName);
      expect(
        isObjectType(type) && type.getFields()[fieldName]?.args.some((a) => a.name === 'first'),
        coordinate,
      ).toBe(true);
    }
  });
});

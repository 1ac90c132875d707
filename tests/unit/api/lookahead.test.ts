import { parse, type FragmentDefinitionNode, type OperationDefinitionNode, type FieldNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectsField } from '../../../src/api/lookahead.ts';

/** The top-level field of `query` as a resolver's info would carry it. */
function infoOf(query: string) {
  const doc = parse(query);
  const operation = doc.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
  );
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
      .map((d) => [d.name.value, d]),
  );
  const field = operation?.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [field], fragments };
}

describe('selectsField', () => {
  it('sees a field selected directly', () => {
    expect(selectsField(infoOf('{ events { totalCount nodes { id } } }'), 'totalCount')).toBe(true);
  });

  it('does not see a field that is not selected, nor one deeper down', () => {
    const info = infoOf('{ events { nodes { id totalCount: summary } pageInfo { hasNextPage } } }');
    expect(selectsField(info, 'totalCount')).toBe(false);
  });

  it('sees a field selected through inline and named fragments', () => {
    expect(selectsField(infoOf('{ events { ... on EventConnection { totalCount } } }'), 'totalCount')).toBe(
      true,
    );
    const named =
      '{ events { ...Counted } } fragment Counted on EventConnection { ...Inner } fragment Inner on EventConnection { totalCount }';
    expect(selectsField(infoOf(named), 'totalCount')).toBe(true);
  });

  it('stops on a fragment that spreads itself', () => {
    const cyclic = '{ events { ...A } } fragment A on EventConnection { ...A nodes { id } }';
    expect(selectsField(infoOf(cyclic), 'totalCount')).toBe(false);
  });
});

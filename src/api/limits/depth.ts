import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/** Deepest field nesting accepted. The deepest useful analyst query (events → statements → speaker → roles → of) is 8. */
export const MAX_DEPTH = 12;

/** Depth of a selection set in fields; fragments do not add a level. Cyclic fragments count as too deep. */
export function selectionDepth(
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: ReadonlySet<string> = new Set(),
): number {
  if (!set) return 0;
  let deepest = 0;
  for (const selection of set.selections) {
    let depth = 0;
    if (selection.kind === Kind.FIELD) {
      depth = selection.name.value.startsWith('__')
        ? 0
        : 1 + selectionDepth(selection.selectionSet, fragments, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = selectionDepth(selection.selectionSet, fragments, seen);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (seen.has(name)) return Infinity;
      depth = fragment ? selectionDepth(fragment.selectionSet, fragments, new Set([...seen, name])) : 0;
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/** Validation rule: refuses operations nested deeper than `max` fields, before anything runs. */
export function depthLimitRule(max = MAX_DEPTH) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const def of context.getDocument().definitions) {
        if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
      }
      const depth = selectionDepth(node.selectionSet, fragments);
      if (depth > max) {
        context.reportError(
          new GraphQLError(
            `Query is nested ${Number.isFinite(depth) ? depth : 'infinitely'} deep; the limit is ${max}.`,
            {
              nodes: [node],
              extensions: { code: 'QUERY_TOO_DEEP' },
            },
          ),
        );
      }
    },
  });
}

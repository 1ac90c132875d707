import {
  GraphQLError,
  Kind,
  getNamedType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  valueFromAST,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../pagination.ts';

/** Highest estimated cost accepted: e.g. 100 events, each with 10 statements and their speakers' roles. */
export const MAX_COST = 20_000;

/** Assumed length of a list field that takes no `first` (an event's places, an article's events). */
export const UNBOUNDED_LIST_SIZE = 5;

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  seen: ReadonlySet<string>;
}

/**
 * How many items a field returns at most: its `first` argument (a variable counts as the page-size
 * limit, since validation runs before variables are known), its default, or a guess for plain lists.
 * A connection's `nodes` and `edges` hold the page its field's `first` already paid for.
 */
function multiplier(field: FieldNode, def: GraphQLField<unknown, unknown>, parent: GraphQLNamedType): number {
  if (parent.name.endsWith('Connection')) return 1;
  const firstDef = def.args.find((a) => a.name === 'first');
  if (firstDef) {
    const arg = field.arguments?.find((a) => a.name.value === 'first');
    if (!arg) return typeof firstDef.defaultValue === 'number' ? firstDef.defaultValue : MAX_PAGE_SIZE;
    if (arg.value.kind === Kind.VARIABLE) return MAX_PAGE_SIZE;
    const value: unknown = valueFromAST(arg.value, firstDef.type);
    return typeof value === 'number' ? Math.max(value, 0) : MAX_PAGE_SIZE;
  }
  const type = isNonNullType(def.type) ? def.type.ofType : def.type;
  return isListType(type) ? UNBOUNDED_LIST_SIZE : 1;
}

/** Estimated cost of a selection: every field costs 1, and a list's children count once per item. */
export function selectionCost(
  set: SelectionSetNode | undefined,
  type: GraphQLNamedType | undefined,
  walk: Walk,
): number {
  if (!set || !type) return 0;
  let total = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const def =
        isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
      if (!def) continue; // unknown fields are reported by the standard rules
      const child = selectionCost(selection.selectionSet, getNamedType(def.type), walk);
      total += 1 + multiplier(selection, def, type) * child;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const inner = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : type;
      total += selectionCost(selection.selectionSet, inner, walk);
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments[name];
      if (!fragment) continue;
      if (walk.seen.has(name)) return Infinity;
      const inner = walk.schema.getType(fragment.typeCondition.name.value);
      total += selectionCost(fragment.selectionSet, inner, { ...walk, seen: new Set([...walk.seen, name]) });
    }
  }
  return total;
}

/** Validation rule: refuses operations whose estimated cost exceeds `max`, before anything runs. */
export function costLimitRule(max = MAX_COST) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const schema = context.getSchema();
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const def of context.getDocument().definitions) {
        if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
      }
      const root = node.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
      const cost = selectionCost(node.selectionSet, root ?? undefined, {
        schema,
        fragments,
        seen: new Set(),
      });
      if (cost > max) {
        context.reportError(
          new GraphQLError(
            `Query cost ${Number.isFinite(cost) ? cost : 'is unbounded'} exceeds the limit of ${max}.`,
            {
              nodes: [node],
              extensions: { code: 'QUERY_TOO_COSTLY', cost: Number.isFinite(cost) ? cost : null, limit: max },
            },
          ),
        );
      }
    },
  });
}

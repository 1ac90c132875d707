import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { PROJECT_ROOT } from '../config.ts';
import { resolvers } from './resolvers/index.ts';

/** The top-level schema.graphql: the single source of the API. */
export const SCHEMA_PATH = join(PROJECT_ROOT, 'schema.graphql');

let built: GraphQLSchema | undefined;

/** The executable schema, built once per process. A resolver for a field the schema lacks fails here. */
export function apiSchema(): GraphQLSchema {
  built ??= makeExecutableSchema({
    typeDefs: readFileSync(SCHEMA_PATH, 'utf8'),
    resolvers,
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
  return built;
}

import { DateScalar, DateTimeScalar } from '../scalars.ts';
import { abstractResolvers } from './abstract.ts';
import { articleResolvers } from './article.ts';
import { entityResolvers, placeResolvers } from './entity.ts';
import { eventResolvers } from './event.ts';
import { mutationResolvers } from './mutation.ts';
import { queryEntityResolvers } from './query-entities.ts';
import { queryFactResolvers } from './query-facts.ts';
import { queryLookupResolvers } from './query-lookup.ts';
import { statementResolvers } from './statement.ts';

/** Every resolver group; groups are disjoint (Query is split across three files and merged here). */
export const resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: { ...queryFactResolvers.Query, ...queryEntityResolvers.Query, ...queryLookupResolvers.Query },
  ...mutationResolvers,
  ...eventResolvers,
  ...statementResolvers,
  ...articleResolvers,
  ...entityResolvers,
  ...placeResolvers,
  ...abstractResolvers,
};

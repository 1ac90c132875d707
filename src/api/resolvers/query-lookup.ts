import { UserInputError } from '../../errors.ts';
import { namePrefixQuery } from '../../graph/repositories/lucene.ts';
import { searchNames } from '../../graph/repositories/search.ts';
import type { ApiContext } from '../context.ts';
import { textArg } from '../inputs.ts';
import { pageSize } from '../pagination.ts';

/** Query.node (through the node loader, so repeated ids cost nothing) and Query.search (full text). */
export const queryLookupResolvers = {
  Query: {
    node(_: unknown, args: { id: string }, ctx: ApiContext) {
      const id = textArg('id', args.id);
      return id === null ? null : ctx.loaders.node.load(id);
    },
    async search(_: unknown, args: { text: string; first?: number | null }, ctx: ApiContext) {
      const limit = pageSize(args.first);
      const text = textArg('text', args.text);
      const query = text === null ? null : namePrefixQuery(text);
      if (query === null) throw new UserInputError('`text` has no words to search for');
      return searchNames(ctx.db, query, limit);
    },
  },
};

import { typeOf } from './shared.ts';

/** Unions and interfaces resolve from the `label` every record carries: no extra query. */
export const abstractResolvers = {
  Node: { __resolveType: typeOf },
  Entity: { __resolveType: typeOf },
  Actor: { __resolveType: typeOf },
};

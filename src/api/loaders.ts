import type { ReadExecutor } from '../graph/repositories/read-executor.ts';
import * as links from '../graph/repositories/links.ts';
import { nodesById } from '../graph/repositories/nodes.ts';
import { createLoader, type Loader } from './loader.ts';
import { createPartsLoader } from './parts-loader.ts';

/**
 * One set per request. Every nested field reads through these, so a query over 100 events makes one
 * round trip per kind of link and depth, not one per event. The link rows of events, statements,
 * casualties, articles and places read only the links the query selected (parts-loader.ts). Lists that
 * take `first` get one loader per distinct argument set (the common case is one).
 */
export function createLoaders(db: ReadExecutor) {
  const keyed = new Map<string, Loader<string, unknown>>();
  /** A loader for one argument set, created on first use. */
  function byArgs<V>(key: string, batch: (ids: readonly string[]) => Promise<V[]>): Loader<string, V> {
    let loader = keyed.get(key) as Loader<string, V> | undefined;
    if (!loader) {
      loader = createLoader(batch);
      keyed.set(key, loader as Loader<string, unknown>);
    }
    return loader;
  }

  return {
    node: createLoader((ids: readonly string[]) => nodesById(db, ids)),
    eventLinks: createPartsLoader<links.EventLinksRow>((ids, parts) => links.eventLinks(db, ids, parts)),
    statementLinks: createPartsLoader<links.StatementLinksRow>((ids, parts) =>
      links.statementLinks(db, ids, parts),
    ),
    casualtyLinks: createPartsLoader<links.CasualtyLinksRow>((ids, parts) =>
      links.casualtyLinks(db, ids, parts),
    ),
    articleLinks: createPartsLoader<links.ArticleLinksRow>((ids, parts) =>
      links.articleLinks(db, ids, parts),
    ),
    placeLinks: createPartsLoader<links.PlaceLinksRow>((ids, parts) => links.placeLinks(db, ids, parts)),
    personRoles: createLoader((ids: readonly string[]) => links.personRoles(db, ids)),
    anonymousLinks: createLoader((ids: readonly string[]) => links.anonymousLinks(db, ids)),
    actorStatements: (first: number) =>
      byArgs(`actorStatements:${first}`, (ids) => links.actorStatements(db, ids, first)),
    actorEvents: (rel: links.ActorEventRelation, first: number) =>
      byArgs(`actorEvents:${rel}:${first}`, (ids) => links.actorEvents(db, ids, rel, first)),
    placeEvents: (includeInside: boolean, first: number) =>
      byArgs(`placeEvents:${includeInside}:${first}`, (ids) =>
        links.placeEvents(db, ids, includeInside, first),
      ),
    placeStatementsMadeHere: (includeInside: boolean, first: number) =>
      byArgs(`placeStatements:${includeInside}:${first}`, (ids) =>
        links.placeStatementsMadeHere(db, ids, includeInside, first),
      ),
    placeChildren: (first: number) =>
      byArgs(`placeChildren:${first}`, (ids) => links.placeChildren(db, ids, first)),
    officials: (first: number) => byArgs(`officials:${first}`, (ids) => links.officials(db, ids, first)),
    entityMentions: (first: number) =>
      byArgs(`entityMentions:${first}`, (ids) => links.entityMentions(db, ids, first)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

import type { EventQuery } from '../../graph/repositories/events.ts';
import { keyTermQuery } from '../../graph/repositories/lucene.ts';
import { countArg, dateRangeArg, nameArg, nearArg, textArg } from '../inputs.ts';

export interface EventFilterInput {
  types?: string[] | null;
  place?: string | null;
  from?: string | null;
  to?: string | null;
  minKilled?: number | null;
  minInjured?: number | null;
  claimedBy?: string | null;
  perpetratedBy?: string | null;
  near?: { latitude: number; longitude: number; km: number } | null;
  articleId?: string | null;
}

/**
 * The filter the candidates come from, by an index: the one expected to select fewest events (one
 * article's; a place's; a radius; a group's; a date range; types), the rest checked on those.
 */
function startOf(q: Omit<EventQuery, 'start'>): EventQuery['start'] {
  if (q.articleId !== null) return 'article';
  if (q.placeKey !== null) return 'place';
  if (q.near !== null) return 'near';
  if (q.claimedByKey !== null) return 'claimedBy';
  if (q.perpetratedByKey !== null) return 'perpetratedBy';
  if (q.from !== null || q.to !== null) return 'date';
  return q.types !== null ? 'types' : 'all';
}

/** Checks an EventFilter and turns it into the repository's parameters (names folded). */
export function eventQueryOf(filter: EventFilterInput, orderBy: 'DATE_DESC' | 'KILLED_DESC'): EventQuery {
  dateRangeArg(filter.from, filter.to);
  const placeKey = nameArg('place', filter.place);
  const claimedByKey = nameArg('claimedBy', filter.claimedBy);
  const perpetratedByKey = nameArg('perpetratedBy', filter.perpetratedBy);
  const query = {
    // An empty list of types means "no type filter", like an absent one.
    types: filter.types && filter.types.length > 0 ? [...new Set(filter.types)] : null,
    place: textArg('place', filter.place),
    placeKey,
    placeKeyQuery: keyTermQuery(placeKey),
    from: filter.from ?? null,
    to: filter.to ?? null,
    minKilled: countArg('minKilled', filter.minKilled),
    minInjured: countArg('minInjured', filter.minInjured),
    claimedBy: textArg('claimedBy', filter.claimedBy),
    claimedByKey,
    claimedByKeyQuery: keyTermQuery(claimedByKey),
    perpetratedBy: textArg('perpetratedBy', filter.perpetratedBy),
    perpetratedByKey,
    perpetratedByKeyQuery: keyTermQuery(perpetratedByKey),
    near: nearArg(filter.near),
    articleId: textArg('articleId', filter.articleId),
    orderBy,
  };
  return { ...query, start: startOf(query) };
}

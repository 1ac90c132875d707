import { UserInputError } from '../../errors.ts';
import type { StatementQuery } from '../../graph/repositories/statements.ts';
import { allWordsQuery, keyTermQuery } from '../../graph/repositories/lucene.ts';
import { dateRangeArg, nameArg, textArg } from '../inputs.ts';

/** `StatementFilter` as GraphQL hands it over (enums and dates already checked by the schema). */
export interface StatementFilterInput {
  speaker?: string | null;
  text?: string | null;
  saidAt?: string | null;
  kind?: string | null;
  from?: string | null;
  to?: string | null;
  eventId?: string | null;
  articleId?: string | null;
}

/**
 * The filter the candidates come from (cypher/api/statements.cypher): the words when given (they can
 * only be checked through the full-text index), else the one expected to select fewest statements.
 */
function startOf(q: Omit<StatementQuery, 'start'>): StatementQuery['start'] {
  if (q.text !== null) return 'text';
  if (q.articleId !== null) return 'article';
  if (q.eventId !== null) return 'event';
  if (q.speakerKey !== null) return 'speaker';
  if (q.placeKey !== null) return 'place';
  return q.from !== null || q.to !== null ? 'date' : 'all';
}

/** Checks a StatementFilter and turns it into the repository's parameters (names folded, text escaped). */
export function statementQueryOf(filter: StatementFilterInput): StatementQuery {
  dateRangeArg(filter.from, filter.to);
  const text = textArg('text', filter.text);
  const lucene = text === null ? null : allWordsQuery(text);
  if (text !== null && lucene === null) throw new UserInputError('`text` has no words to search for');
  const speakerKey = nameArg('speaker', filter.speaker);
  const placeKey = nameArg('saidAt', filter.saidAt);
  const query = {
    text: lucene,
    speaker: textArg('speaker', filter.speaker),
    speakerKey,
    speakerKeyQuery: keyTermQuery(speakerKey),
    place: textArg('saidAt', filter.saidAt),
    placeKey,
    placeKeyQuery: keyTermQuery(placeKey),
    kind: filter.kind ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
    eventId: textArg('eventId', filter.eventId),
    articleId: textArg('articleId', filter.articleId),
  };
  return { ...query, start: startOf(query) };
}

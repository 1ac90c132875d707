import type {
  ArticleInput,
  CasualtyFigure,
  ConflictEvent,
  OrganizationEntity,
  PersonEntity,
  PlaceEntity,
  Statement,
} from './types.ts';

/**
 * The pipeline's working document, in the manner of spaCy's Doc: each component reads what earlier
 * components wrote and adds its own annotations. Components never mutate another component's output.
 */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (blank-line separated block) the sentence belongs to. */
  paragraph: number;
}

export interface Token {
  index: number;
  text: string;
  start: number;
  end: number;
  sentenceIndex: number;
  /** `text.toLowerCase()`, computed once when the token is made (many rules ask for it). */
  lower?: string;
}

export type MentionType = 'person' | 'organization' | 'place' | 'nationality' | 'generic' | 'pronoun';

/** A stretch of body text that refers to something. `entityKey` points into people/organizations/places. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  sentenceIndex: number;
  type: MentionType;
  entityKey: string | null;
}

export interface Doc {
  readonly article: ArticleInput;
  /** Same as article.body; all offsets point into it. */
  readonly text: string;
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  people: PersonEntity[];
  organizations: OrganizationEntity[];
  places: PlaceEntity[];
  statements: Statement[];
  events: ConflictEvent[];
  casualties: CasualtyFigure[];
}

export function createDoc(article: ArticleInput): Doc {
  return {
    article,
    text: article.body,
    sentences: [],
    tokens: [],
    mentions: [],
    people: [],
    organizations: [],
    places: [],
    statements: [],
    events: [],
    casualties: [],
  };
}

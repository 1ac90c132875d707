/**
 * General English words around place names. Plain data: no article's places.
 */

/** Kind words and how specific a place of that kind is (lower = more specific). */
export const KIND_RANK: Readonly<Record<string, number>> = {
  square: 0, street: 0, road: 0, market: 0, camp: 1, neighborhood: 1, neighbourhood: 1, quarter: 1, suburb: 1,
  area: 1.5, village: 2, town: 2, valley: 3, city: 3, capital: 3, port: 3, district: 3.5, county: 3.5,
  municipality: 3.5, province: 5, governorate: 5, region: 5, state: 5, prefecture: 5, country: 6,
};

/** Words that make a capitalised phrase an organisation or a people, not a place. */
export const NOT_PLACE_WORDS = new Set([
  'party', 'ministry', 'council', 'forces', 'force', 'army', 'union', 'nations', 'state', 'group', 'brigade', 'brigades',
  'front', 'movement', 'agency', 'committee', 'government', 'mission', 'media', 'television', 'tv', 'news', 'office',
  'department', 'bloc', 'coalition', 'organization', 'organisation', 'alliance', 'police', 'militia', 'militias',
  'president', 'minister', 'secretary', 'general', 'governor', 'commander', 'spokesman', 'spokeswoman', 'king',
  'prince', 'sheikh', 'mr', 'mrs', 'ms', 'dr', 'times', 'post', 'press', 'reuters', 'court', 'university', 'hospital',
  'church', 'mosque', 'shrine', 'company', 'bank', 'assembly', 'parliament', 'senate', 'congress',
  // religious and ethnic adjectives are not places
  'shia', 'shiite', "shi'ite", 'sunni', 'christian', 'christians', 'alawite', 'alawites', 'kurdish', 'muslim', 'muslims',
  'islamic', 'islamist', 'jewish', 'arab', 'druze', 'yazidi', 'catholic', 'orthodox', 'related', 'photo', 'photos',
]);

/** Capitalised words that start a sentence or phrase but are not part of a name. */
export const LEADING_FUNCTION_WORDS = new Set([
  'in', 'the', 'at', 'on', 'a', 'an', 'but', 'and', 'meanwhile', 'also', 'after', 'from', 'for', 'of', 'to', 'with',
  'by', 'as', 'since', 'shortly', 'some', 'both', 'until', 'when', 'while', 'near', 'inside', 'outside', 'across',
  'local', 'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'greater',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mondays', 'tuesdays', 'wednesdays',
  'thursdays', 'fridays', 'saturdays', 'sundays', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
  'august', 'september', 'october', 'november', 'december', 'it', 'he', 'she', 'they', 'we', 'i', 'there', 'this',
  'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'some', 'many', 'several', 'most', 'all', 'no',
  'police', 'officials', 'reports', 'residents', 'witnesses',
]);

/** Lower-case words that may sit inside a place name ("Bosnia and Herzegovina", "al Zahra"). */
export const NAME_PARTICLES = ['al', 'el', 'ad', 'as', 'ash', 'an', 'ar', 'at', 'az', 'bin', 'ibn', 'de', 'del', 'la', 'le'];

/** Prepositions that put a place at an event ("in", "at"); a place after "from" is where a report came from. */
export const LOCATIVE_BEFORE = /\b(?:in|at|near|outside|inside|across|into|on|around|toward|towards|for|of)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$/;
// "25 km from X", "south of X" (but "in the south of X" is inside X)
// "from X to Y", "bound for Y": the ends of a route; "militiamen from the city of X": where they came from
// "X, which lies near Y": a description of X
export const REPORTED_FROM = /\b(?:(?:which|that)\s+(?:is|are|was|were|lies|lie|sits|sit)\s+(?:\w+\s+)?(?:near|close\s+to|next\s+to|along)|from\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+to|(?:bound|headed|heading|en\s+route)\s+(?:for|to)|from\s+(?:the\s+)?(?:\w+\s+)?(?:city|town|village|province|region|district)\s+of|from|reports?\s+from|reporting\s+from|(?:kilomet(?:er|re)s?|km|miles?)\s+(?:\w+\s+)?(?:from|of|north|south|east|west)|(?<!\bthe\s+(?:far\s+)?)(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?(?:(?:\w+\s+)?(?:capital|city|town),?\s+)?$/i;

/**
 * Where news was told, not where the event happened: "told reporters in X", "speaking to journalists in
 * X", "at a news conference in X", "in a statement issued in X", "X-based". Such a place is the event's
 * place only when nothing else is named (the finalizer's last resort).
 */

const AUDIENCE = '(?:reporters|journalists|the\\s+press|the\\s+media|newsmen|a\\s+(?:news|press)\\s+(?:conference|briefing)|parliament|lawmakers|the\\s+(?:UN|U\\.N\\.)\\s+Security\\s+Council|[A-Z][\\w.]*(?:\\s+[A-Z][\\w.]*){0,3})';
const TOLD = `\\b(?:told|telling|briefed|briefing|addressed|addressing)\\s+${AUDIENCE}`;
const SPEAKING = `\\b(?:speaking|spoke|talking|talked)\\s+(?:to|with)\\s+${AUDIENCE}`;
const VENUE = '\\b(?:(?:at|during|in)\\s+an?\\s+(?:news|press)\\s+(?:conference|briefing)|in\\s+an?\\s+(?:statement|interview|speech|address)(?:\\s+(?:issued|released|given|made|published|broadcast))?|(?:statement|communique|announcement)\\s+(?:issued|released|published|made))';
const WHEN = '(?:\\s+(?:on|late|early)\\s+\\w+)?';
const BEFORE_PLACE = '\\s+(?:in|from)\\s+(?:the\\s+(?:\\w+\\s+)?(?:capital|city|town)(?:\\s+of)?,?\\s+)?$';
const SPOKEN = new RegExp(`(?:${TOLD}|${SPEAKING}|${VENUE})${WHEN}${BEFORE_PLACE}`, 'i');

/** Whether the place mention starting at `start` names where something was told or announced. */
export function spokenAt(text: string, start: number): boolean {
  return SPOKEN.test(text.slice(Math.max(0, start - 90), start));
}

// "Finland is "deeply troubled" by the clashes", "Uruguay was profoundly shocked": who reacts, not where
const REACTS = /^\s+(?:(?:is|was|are|were|has\s+been|have\s+been|remains?)\s+)["\u201c']?(?:\w+ly\s+)?(?:alarmed|concerned|worried|troubled|saddened|outraged|shocked|appalled|dismayed|disturbed)\b/i;

/** Whether the place mention [start, end) is the subject of a reaction (not after a preposition). */
export function reactingSubject(text: string, start: number, end: number): boolean {
  if (/\b(?:in|of|from|at|near|for|to|by|on)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 12), start))) return false;
  return REACTS.test(text.slice(end, end + 50));
}

// "Speaking in X on Monday, the chief said ...", "In a statement on Monday, the army said ...": the day
// it was said, not the day of the event
const SPOKEN_ON_DAY = /(?:\b(?:speaking|talking|briefing\s+reporters)\s+(?:[\w'\u2019.-]+\s+){0,6}?|\b(?:in|at|during)\s+an?\s+(?:statement|interview|speech|news\s+conference|press\s+conference|briefing)\s+(?:[\w'\u2019.-]+\s+){0,4}?)(?:(?:on|late|early)\s+)?$/i;

/** Whether the date mention at `at` is the day something was said, by the words before it. */
export function spokenOnDay(text: string, at: number): boolean {
  return SPOKEN_ON_DAY.test(text.slice(Math.max(0, at - 70), at)) && /^[^,.;]{0,25},/.test(text.slice(at, at + 30));
}

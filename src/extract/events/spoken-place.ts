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

/**
 * Place mentions that locate something else or name a party, never where the event happened.
 * General English only.
 */

// "near the border with X", "along the borders with X and Y": X lies on the other side of the line
const BORDER_WITH = /\bborders?\s+with\s+(?:the\s+)?(?:[A-Z][\w'.-]*\s+(?:and|or)\s+)?$/;
// "near the X border": the country beside the place, not the place (but "the X border region/town"
// is a place of its own, and "the X-Y border" is read elsewhere)
const BORDER_AFTER = /^\s+border\b(?!\s+(?:region|area|province|district|town|city|village|crossing|post|guards?)\b)/;
// "accused X of", "blamed X for": X is a party to the event, not its location
const ACCUSED = /\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing))\s+(?:the\s+)?$/i;

/** Whether the mention [start, end) is a reference point or a party rather than a location. */
export function referencePlace(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (BORDER_WITH.test(before) || ACCUSED.test(before)) return true;
  // the mention may itself take in the word ("X border" as one name)
  const own = /\s+border$/i.exec(text.slice(start, end));
  const tail = own ? text.slice(start + own.index, end + 30) : text.slice(end, end + 30);
  return text[start - 1] !== '-' && BORDER_AFTER.test(tail);
}

import type { Range } from '../types.ts';
import { ASSAILANT_GROUPS, GROUP_STOP, ONE_PERSON } from './casualty-words.ts';
import { NUMBER_PHRASE, parseRange, sumRanges } from './numbers.ts';

/**
 * Victims counted in more than two parts (docs/events.md, round 7): a comma list before the verb ("six
 * farmers, two guards and nine raiders were killed") and a part added after it ("three porters were
 * killed as well as a guide", "killing four guards as well as two drivers").
 */

const STOP = [...GROUP_STOP].join('|');
// one to four words of who they are: a list item always names them ("2019, 40 people..." is no item);
// "Of the 40 victims, 12 soldiers ..." is the whole, not an item
const ITEM = new RegExp(`(?<![\\w-])(?<!\\b(?:the|of|these|those|all|its|their)\\s+)(${NUMBER_PHRASE})((?:\\s+(?!(?:${STOP})\\b)[A-Za-z][A-Za-z'\u2019-]*){1,4}),\\s+$`, 'i');
const PERSON = [...ONE_PERSON].sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+');
const AS_WELL_AS = new RegExp(`^,?\\s+as\\s+well\\s+as\\s+(?:an?\\s+((?:[\\w-]+\\s+){0,2}?(?:${PERSON}))\\b|(${NUMBER_PHRASE})((?:\\s+(?!(?:${STOP})\\b)[A-Za-z][A-Za-z'\u2019-]*){1,3}))`, 'i');

const lastWord = (g: string): string => g.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';

/** The earlier items of a comma list ending at `at` ("six farmers, " before "two guards and nine raiders"). */
export interface ListHead {
  range: Range;
  start: number;
}

/**
 * The items of a comma list right before offset `at` in `text`, summed (null when there is none). Items
 * that are attackers ("nine raiders, ") stop the list: their dead are not the victims'.
 */
export function listBefore(text: string, at: number): ListHead | null {
  let range: Range | null = null;
  let start = at;
  for (let i = 0; i < 4; i++) {
    const m = ITEM.exec(text.slice(Math.max(0, start - 80), start));
    if (!m || ASSAILANT_GROUPS.includes(lastWord(m[2]!))) break;
    const r = parseRange(m[1]!);
    range = range ? sumRanges(range, r) : r;
    start -= m[0].length;
  }
  return range ? { range, start } : null;
}

/** A part added after a figure ends at `end`: its count and length, or null. Attackers are never added. */
export function asWellAs(text: string, end: number): { range: Range; length: number } | null {
  const m = AS_WELL_AS.exec(text.slice(end, end + 90));
  if (!m) return null;
  if (m[1]) return { range: { min: 1, max: 1 }, length: m[0].length };
  if (ASSAILANT_GROUPS.includes(lastWord(m[3]!))) return null;
  return { range: parseRange(m[2]!), length: m[0].length };
}

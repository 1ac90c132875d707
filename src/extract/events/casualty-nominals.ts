import type { CasualtyKind, Range } from '../types.ts';
import { allMatches } from '../all-matches.ts';
import { ASSAILANT_GROUPS, BACKGROUND_SUBJECTS, GENERIC_GROUP, GROUP_STOP, KIN, ONE_PERSON, RANKED_ONE } from './casualty-words.ts';
import { NUMBER_PHRASE, parseRange, sumRanges } from './numbers.ts';
import { DEMONYM, oneVictim } from './one-victim.ts';

/**
 * Casualties told by a noun rather than a verb (docs/events.md, round 7): one victim ("the shooting death of
 * a teenage boy", "the murder of a young farmer"), "only the bomber was killed", and a toll that is the
 * object of a result verb ("resulting in the deaths of four guards and two raiders", "resulted in injuries
 * to nine workers"). "The deaths of" alone is not read: it also names a toll told in passing.
 */
export interface NominalFigure {
  kind: CasualtyKind;
  range: Range;
  group: string | null;
  start: number;
  end: number;
  /** The attackers' own dead counted with the victims ("the deaths of four guards and two raiders"). */
  assailants?: Range;
  /** "a lawmaker was among those killed": at least one, used only when nothing better is said. */
  implicit?: boolean;
}

const words = (list: readonly string[]): string => [...list].sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+');
const PERSON = `(?:${words([...ONE_PERSON, ...RANKED_ONE, ...KIN, 'bomber', 'attacker', 'gunman', 'assailant'])})`;
// "a 15-year-old boy", "a young farmer": up to three modifiers, digits allowed
const MODIFIED = `((?:[\\w-]+\\s+){0,3}?${PERSON}|(?:[\\w-]+\\s+)?${DEMONYM})`;
const ONE_OF = new RegExp(`\\b(?:(?:shooting|violent|brutal)\\s+)?(?:death|murder|killing|slaying|beheading)\\s+of\\s+an?\\s+${MODIFIED}\\b(?!\\s+of\\b)`, 'gi');
const ONLY_THE = new RegExp(`\\b(?:only|just)\\s+the\\s+${MODIFIED}\\s+(?:was|had\\s+been)\\s+(?:killed|dead|died)\\b`, 'gi');
// up to four words of who they are, never a stop word
const STOP = [...GROUP_STOP].join('|');
const GROUP = `((?:\\s+(?!(?:${STOP})\\b)[A-Za-z][A-Za-z'\u2019-]*){1,4})`;
const RESULT = '(?:result(?:ed|ing|s)?\\s+in|caus(?:ed|ing|es)|(?:led|leading)\\s+to)';
const DEATHS_OF = new RegExp(`\\b${RESULT}\\s+the\\s+deaths\\s+of\\s+(${NUMBER_PHRASE})${GROUP}(?:\\s+and\\s+(${NUMBER_PHRASE})${GROUP})?`, 'gi');
const INJURIES_TO = new RegExp(`\\b${RESULT}\\s+(?:the\\s+)?(?:injuries|wounds)\\s+to\\s+(${NUMBER_PHRASE})${GROUP}`, 'gi');

// "a local mayor was among several people who were killed", "the governor, X, was among those killed"
// (its modifiers never a verb or a count: "the army said one officer was among those killed" is a subset)
const TITLE = `((?:(?!(?:said|says|told|reported|added|one|two|three|four|five)\\b)[\\w-]+\\s+){0,3}?${PERSON})`;
const AMONG_ONE = new RegExp(`\\b(?:an?|the)\\s+${TITLE}(?:,[^,]{2,40},)?\\s+(?:was|is)\\s+among\\s+(?:the|those|several|many|dozens\\s+of)\\s+(?:(?:people|others|victims)\\s+)?(?:who\\s+(?:were|was|had\\s+been)\\s+)?(killed|dead)\\b`, 'gi');
// "the attack claimed 12 lives", "costing at least 30 lives"; "a war that has cost 11,000 lives" is a running total
const WAR_BEFORE = new RegExp(`\\b(?:${BACKGROUND_SUBJECTS.join('|')})\\b[^,;]*\\b(?:has|have|had|that|which)\\s+(?:so\\s+far\\s+|already\\s+)?$`, 'i');
const LIVES = new RegExp(`\\b(?:claimed|claiming|cost|costing|took|taking)\\s+(?:the\\s+)?(${NUMBER_PHRASE})\\s+(?:more\\s+)?lives\\b`, 'gi');

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();
// who they are, or null when only generic words remain ("people", "others")
function who(raw: string): string | null {
  const kept = clean(raw).split(' ').filter((w) => !GENERIC_GROUP.has(w.toLowerCase()));
  return kept.length ? kept.join(' ') : null;
}
const isAssailants = (g: string): boolean => ASSAILANT_GROUPS.includes(clean(g).split(' ').at(-1)!.toLowerCase());

/** Nominal casualty figures in `text`; offsets relative to `text`. */
export function findNominalFigures(text: string): NominalFigure[] {
  const out: NominalFigure[] = [];
  if (/\b(?:death|murder|killing|slaying|beheading)\s+of\s+an?\s/i.test(text)) {
    for (const m of allMatches(ONE_OF, text)) out.push({ kind: 'killed', range: oneVictim(m[1]!), group: clean(m[1]!), start: m.index, end: m.index + m[0].length });
  }
  if (/\b(?:only|just)\s+the\s/i.test(text)) {
    for (const m of allMatches(ONLY_THE, text)) out.push({ kind: 'killed', range: { min: 1, max: 1 }, group: clean(m[1]!), start: m.index, end: m.index + m[0].length });
  }
  if (/\bdeaths\s+of\s/i.test(text)) {
    for (const m of allMatches(DEATHS_OF, text)) {
      const first = parseRange(m[1]!);
      const end = m.index + m[0].length;
      if (!m[3]) out.push({ kind: 'killed', range: first, group: who(m[2]!), start: m.index, end });
      // "the deaths of five guards and three raiders": the raiders are the attackers' own dead
      else if (isAssailants(m[4]!) && !isAssailants(m[2]!)) out.push({ kind: 'killed', range: first, group: who(m[2]!), start: m.index, end, assailants: parseRange(m[3]) });
      else out.push({ kind: 'killed', range: sumRanges(first, parseRange(m[3])), group: `${who(m[2]!) ?? ''} and ${who(m[4]!) ?? ''}`.trim(), start: m.index, end });
    }
  }
  if (/\b(?:injuries|wounds)\s+to\s/i.test(text)) {
    for (const m of allMatches(INJURIES_TO, text)) out.push({ kind: 'injured', range: parseRange(m[1]!), group: who(m[2]!), start: m.index, end: m.index + m[0].length });
  }
  if (/\bamong\s/i.test(text)) {
    for (const m of allMatches(AMONG_ONE, text)) {
      out.push({ kind: 'killed', range: { min: 1, max: null }, group: clean(m[1]!), start: m.index, end: m.index + m[0].length, implicit: true });
    }
  }
  if (/\blives\b/i.test(text)) {
    for (const m of allMatches(LIVES, text)) {
      if (WAR_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
      out.push({ kind: 'killed', range: parseRange(m[1]!), group: null, start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

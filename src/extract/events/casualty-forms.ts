import type { CasualtyKind, Range } from '../types.ts';
import { allMatches } from '../all-matches.ts';
import { KIND_WORDS, ONE_PERSON, RANKED_ONE } from './casualty-words.ts';
import { NUMBER, NUMBER_PHRASE, parseRange, sumRanges } from './numbers.ts';
import { oneVictim } from './one-victim.ts';

/**
 * Casualty sentences whose count is not a number next to a verb: a pair of victims ("the attacker and
 * another passenger were wounded"), a partitive ("four of the pilgrims were found dead", "one member of the
 * border guard was killed") and an exception ("causing no deaths except for the gunman"). Tried before
 * the plain patterns of casualties.ts, which skip what these already took.
 */
export interface FormFigure {
  kind: CasualtyKind;
  range: Range;
  group: string | null;
  start: number;
  end: number;
}

const alt = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+');
const KIND_ALT = alt(Object.values(KIND_WORDS).flat());
const AUX = '(?:(?:were|was|have\\s+been|has\\s+been|had\\s+been)\\s+)(?:(?:reportedly|also|later|found|confirmed)\\s+)?';
// a pair takes a plural verb: "a soldier and a child was wounded" is not read as two
const PLURAL_AUX = '(?:(?:were|have\\s+been|had\\s+been)\\s+)(?:(?:reportedly|also|later|found|confirmed)\\s+)?';
const PERSON = `(?:${alt([...ONE_PERSON, ...RANKED_ONE, 'bomber', 'attacker', 'gunman', 'assailant', 'hostage', 'captive', 'passenger', 'wife', 'husband', 'son', 'daughter', 'brother'])})`;

// "The attacker and another passenger were wounded", "five policemen and a child were killed": one more than the first count
const WORD = '(?!(?:and|or|of|in|at|on|were|was)\\b)[A-Za-z-]+';
const PAIR = new RegExp(`(?<![\\w-])(?:(${NUMBER_PHRASE})\\s+((?:${WORD}\\s+){0,2})(${WORD})|(?:the|an?)\\s+((?:[A-Za-z-]+\\s+){0,2}?)(${PERSON}))\\s+and\\s+(?:another|one\\s+other|an?)\\s+((?:[A-Za-z.-]+\\s+)?${PERSON})\\s+${PLURAL_AUX}(${KIND_ALT})\\b`, 'gi');
// "four of the pilgrims were found dead", "at least one member of the police force was killed", "seven
// members of one family were killed"
const PARTITIVE = new RegExp(`(?<![\\w-])(${NUMBER_PHRASE})\\s+(?:(?:members?|people)\\s+)?(?:of|from)\\s+(?:the\\s+same|the|their|its|one|a)\\s+((?:[\\w'-]+\\s+){0,3}?[\\w'-]+)\\s+${AUX}(${KIND_ALT})\\b`, 'gi');
// "a local commander and at least five of his bodyguards were wounded", "a driver and two other passengers
// were wounded": the one plus the count
const ONE_AND_MORE = new RegExp(`(?<![\\w-])(?:an?|one)\\s+((?:[A-Za-z-]+\\s+){0,2}?${PERSON})\\s+and\\s+(${NUMBER_PHRASE})\\s+(?:of\\s+(?:his|her|their|its)\\s+|other\\s+)?((?:${WORD}\\s+){0,2}${WORD})\\s+${PLURAL_AUX}(${KIND_ALT})\\b`, 'gi');
const KIND_BEFORE = new RegExp(`\\b(?:${KIND_ALT})\\s+$`, 'i');
// "a child was wounded", "a police officer has been killed": one
const SINGLE = new RegExp(`(?<![\\w-])(?:an?|another)\\s+((?:[A-Za-z-]+\\s+){0,2}?${PERSON})\\s+(?:was|has\\s+been|had\\s+been)\\s+(?:(?:reportedly|also|later|found|confirmed)\\s+)?(${KIND_ALT})\\b`, 'gi');
// "causing no deaths except for the gunman", "no one was killed other than the attacker": the one person named
const EXCEPT = /\bno\s+(?:(?:other\s+)?deaths|(?:other\s+)?fatalities|one\s+(?:else\s+)?(?:was|were)\s+killed|one\s+(?:else\s+)?died)\s+(?:\w+\s+){0,3}?(?:except|other\s+than|besides|apart\s+from|but)\s+(?:for\s+)?(?:the|a)\s+((?:[a-z-]+\s+)?(?:bomber|attacker|gunman|assailant))\b/gi;

// "killed two soldiers and wounded a third": one more person, named by an ordinal
const ORDINAL = new RegExp(`\\b(${KIND_ALT})\\s+(?:a|one)\\s+(?:second|third|fourth|fifth|sixth)\\b(?!\\s+(?:of|time|day|attack|blast|bomb|person\\s+of)\\b)`, 'gi');
// "killed a family of six", "a family of five were killed"
const FAMILY = new RegExp(`\\b(?:(${KIND_ALT})\\s+(?:an?|the|one|another)\\s+(?:entire\\s+)?family\\s+of\\s+(${NUMBER})\\b|(?:an?|the|one)\\s+family\\s+of\\s+(${NUMBER})\\s+${PLURAL_AUX}(${KIND_ALT})\\b)`, 'gi');
// "denounced the killing of at least 150 villagers", "the murder of 12 miners": the noun gives the kind ("the
// deaths of" is left out: it also names a toll told in passing, "confirmed deaths of two dozen soldiers")
const KILLING_OF = new RegExp(`\\b(?:killings?|murders?|massacre|slaying)\\s+of\\s+(${NUMBER_PHRASE})\\s+((?:${WORD}\\s+){0,2}${WORD})`, 'gi');
// "caused at least 30 deaths", "12 fatalities": the noun gives the kind. Not after a determiner: "the
// two deaths came after ..." refers back to a toll already told, and counting it again misfired.
const DEATHS = new RegExp(`(?<![\\w-])(?<!\\b(?:the|these|those|both|their|its)\\s+)(${NUMBER_PHRASE})\\s+(?:(?:civilian|confirmed|reported|more)\\s+)?(?:deaths|fatalities)\\b`, 'gi');

function kindOf(word: string): CasualtyKind | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  for (const [kind, words] of Object.entries(KIND_WORDS) as Array<[CasualtyKind, readonly string[]]>) {
    if (words.includes(w)) return kind;
  }
  return null;
}

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Pair, partitive and exception figures in `text`; offsets are relative to `text`. */
// A module function, not a closure: tsx names every closure it creates (keepNames), at a cost per call.
function add(out: FormFigure[], kind: CasualtyKind | null, range: Range, group: string | null, start: number, end: number): void {
  if (kind && !out.some((f) => start < f.end && end > f.start)) out.push({ kind, range, group, start, end });
}

export function findFormFigures(text: string): FormFigure[] {
  const out: FormFigure[] = [];
  if (/\band\s+(?:another|one\s+other|an?)\s/i.test(text)) {
    for (const m of allMatches(PAIR, text)) {
      const first = m[1] ? parseRange(m[1]) : { min: 1, max: 1 };
      const plus = (n: number | null) => (n === null ? null : n + 1);
      const one = `${m[2] ?? m[4]}${m[3] ?? m[5]}`;
      add(out, kindOf(m[7]!), { min: plus(first.min), max: plus(first.max) }, clean(`${one} and ${m[6]}`), m.index, m.index + m[0].length);
    }
  }
  // cheap test first: "and" right before a count
  if (/\band\s+(?:\d|at\s+least|more\s+than|over|about|around|nearly|some|up\s+to|as\s+many|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|scores|several|hundreds)/i.test(text)) {
    for (const m of allMatches(ONE_AND_MORE, text)) {
      // "the shell killed a soldier and two civilians were wounded": the one is the object of another verb
      if (KIND_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      const more = parseRange(m[2]!);
      const one = oneVictim(m[1]!);
      add(out, kindOf(m[4]!), sumRanges(more, one), clean(`${m[1]} and ${m[3]}`), m.index, m.index + m[0].length);
    }
  }
  if (/\s(?:of|from)\s+(?:the|their|its|one|a)\s/i.test(text)) {
    for (const m of allMatches(PARTITIVE, text)) add(out, kindOf(m[3]!), parseRange(m[1]!), clean(m[2]!), m.index, m.index + m[0].length);
  }
  if (/\b(?:second|third|fourth|fifth|sixth)\b/i.test(text)) {
    for (const m of allMatches(ORDINAL, text)) add(out, kindOf(m[1]!), { min: 1, max: 1 }, null, m.index, m.index + m[0].length);
  }
  if (/\bfamily\s+of\b/i.test(text)) {
    for (const m of allMatches(FAMILY, text)) add(out, kindOf(m[1] ?? m[4]!), parseRange(m[2] ?? m[3]!), 'family', m.index, m.index + m[0].length);
  }
  if (/\b(?:killings?|murders?|massacre|slaying)\s+of\s/i.test(text)) {
    for (const m of allMatches(KILLING_OF, text)) {
      // who they are: the words up to the first plural noun ("12 coal miners"), not the verb after it
      const words = clean(m[2]!).split(' ');
      const last = words.findIndex((w) => /(?:s|people|men|children)$/i.test(w));
      add(out, 'killed', parseRange(m[1]!), last >= 0 ? words.slice(0, last + 1).join(' ') : null, m.index, m.index + m[0].length);
    }
  }
  if (/\b(?:deaths|fatalities)\b/i.test(text)) {
    for (const m of allMatches(DEATHS, text)) add(out, 'killed', parseRange(m[1]!), null, m.index, m.index + m[0].length);
  }
  if (/\b(?:was|been)\s/i.test(text)) {
    // "an army commander was killed": at least one (a target of rank), "a child was wounded": one
    for (const m of allMatches(SINGLE, text)) add(out, kindOf(m[2]!), oneVictim(m[1]!), clean(m[1]!), m.index, m.index + m[0].length);
  }
  if (/\bno\s+(?:other\s+)?(?:deaths|fatalities|one)\b/i.test(text)) {
    for (const m of allMatches(EXCEPT, text)) add(out, 'killed', { min: 1, max: 1 }, clean(m[1]!), m.index, m.index + m[0].length);
  }
  return out;
}

const ATTACKS = '(?:blasts|attacks|bombings|explosions|strikes|airstrikes|air\\s+strikes|raids|incidents|assaults|ambushes)';
const COUNTED = `(?:both|(?:all\\s+)?the\\s+(?:two|three|four|five|six|seven|eight|nine|ten|\\d+|twin)|all\\s+(?:two|three|four|five|\\d+))\\s+(?:[a-z-]+\\s+)?${ATTACKS}`;
const TOTAL_BEFORE = new RegExp(`\\b${COUNTED}\\s+(?:(?:have|had|together|also)\\s+)?$`, 'i');
const TOTAL_AFTER = new RegExp(`^\\s+(?:in|by|during)\\s+${COUNTED}\\b`, 'i');

/** "The two blasts killed nine people", "eleven were wounded in both attacks": a total over several
 * attacks, each event's toll only when nothing more precise is said. */
export function isTotalOverAttacks(text: string, start: number, end: number): boolean {
  return TOTAL_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || TOTAL_AFTER.test(text.slice(end, end + 60));
}

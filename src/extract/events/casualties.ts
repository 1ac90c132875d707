import type { CasualtyKind, Range } from '../types.ts';
import { allMatches } from '../all-matches.ts';
import { ASSAILANT_GROUPS, ATTACKER_GROUPS, BACKGROUND_SUBJECTS, GENERIC_GROUP, GROUP_STOP, KIN, KIND_WORDS, ONE_PERSON, RANKED_ONE } from './casualty-words.ts';
import { findFormFigures, isTotalOverAttacks } from './casualty-forms.ts';
import { findNominalFigures } from './casualty-nominals.ts';
import { asWellAs, listBefore } from './figure-lists.ts';
import { NUMBER_PHRASE, parseRange, sumRanges as sum } from './numbers.ts';
import { DEMONYM, oneVictim } from './one-victim.ts';

/** One casualty figure found in text, before it is tied to an event and a source. */
export interface RawFigure {
  kind: CasualtyKind;
  range: Range;
  /** Who they are ("civilians", "Peruvian troops"); null for "people", "others". */
  group: string | null;
  /** Absolute offsets of the whole figure phrase. */
  start: number;
  end: number;
  /** "one soldier was among those killed": part of another figure, never an event's toll. */
  subset: boolean;
  /** "X, who was killed in the blast": at least one, used only when nothing better is said. */
  implicit?: boolean;
  /** "The attack also killed a doctor": more victims of a toll reported before, to be added to it. */
  also?: boolean;
  /** "two policemen and six gunmen were killed": the assailants' count said with the figure, not in
   * its range (an attack's toll is its victims; a clash's counts both sides, see clash-toll.ts). */
  assailants?: Range;
  /** The count is the object of a killing verb ("the army killed 15 raiders in return"): one side's blow. */
  byVerb?: boolean;
}

// "the lawmaker, who was killed Tuesday", "the commander was killed": one person at least
const ONE_KILLED = /\b(?:who|[A-Z][\w'-]+|he|she)\s+(?:was|had\s+been|has\s+been)\s+(killed|wounded|injured|kidnapped|abducted)\b/g;

const alt = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+');
const KIND_ALT = alt(Object.values(KIND_WORDS).flat());
const STOP_ALT = [...GROUP_STOP].join('|');
// Up to four words of "who they are", never running into a stop word (a verb, preposition, conjunction).
const GROUP = `((?:\\s+(?!(?:${STOP_ALT})\\b)[A-Za-z][A-Za-z'\u2019-]*){0,4})`;
// GROUP_BRACKETS also lets a bracketed abbreviation ("(FHA)") sit inside; slower, so tried only on text with a bracket.
const GROUP_BRACKETS = `((?:\\s+(?!(?:${STOP_ALT})\\b)[A-Za-z][A-Za-z'\u2019-]*(?:\\s+\\([A-Z][\\w.-]{0,10}\\))?){0,5})`;
const AUX = `(?:(?:were|was|are|is|have\\s+been|has\\s+been|had\\s+been|being|got|(?:have|has|had)(?=\\s+(?:died|perished|lost\\s+their\\s+lives)\\b))\\s+)?(?:(?:reportedly|reported|confirmed|also|later|initially|found)\\s+)?`;

// "killed at least 83 people", "wounding 24 officers", "left six people dead"
// "killing himself and at least five bystanders": the bomber is not counted among the victims
const ACTIVE = new RegExp(`\\b(killed|killing|kills|kill|left|leaving|wounded|wounding|wounds|injured|injuring|injures|hurting|abducted|abducting|kidnapped|kidnapping|beheaded|beheading|murdered|murdering|massacred|massacring|slaughtered|slaughtering|shot\\s+dead|gunned\\s+down|claimed\\s+the\\s+lives\\s+of|claiming\\s+the\\s+lives\\s+of)\\s+(?:(?:himself|herself|themselves)\\s+and\\s+|another\\s+)?(${NUMBER_PHRASE})\\b${GROUP}`, 'gi');
// "at least 13 people were killed", "100 wounded", "six people dead": tried only in a window ending at
// each kind word, since a pattern that starts with a number phrase is slow to try at every position
const passive = (group: string) => new RegExp(`(?<![\\w-])(${NUMBER_PHRASE})${group}\\s+${AUX}(${KIND_ALT})$`, 'i');
const PASSIVE = passive(GROUP);
const PASSIVE_BRACKETS = passive(GROUP_BRACKETS);
const KIND_AT = new RegExp(`\\b(?:${KIND_ALT})\\b`, 'gi');
// a word of a title: never a conjunction, preposition or verb that would run into the next clause
const MODIFIER = '(?!(?:and|or|but|of|in|at|on|to|by|with|from|for|was|were|who|after|before|while|when)\\b)[A-Za-z-]+\\s+';
// "killing a policeman", "wounding a child"; "killed a top rebel field logistics commander": a person
// of rank may take a longer title; "shot dead a 19-year-old student", "killing his brother"; a nationality
// that stands for one person ("gunned down an Atlantean who ...") only before a clause boundary
const ACTIVE_ONE = new RegExp(`\\b(killed|killing|wounded|wounding|injured|injuring|abducted|abducting|kidnapped|kidnapping|shot\\s+dead|gunned\\s+down|murdered|murdering|beheaded|beheading)\\s+(?:an?|his|her|their)\\s+((?:${MODIFIER}){0,4}?(?:${RANKED_ONE.join('|')})|(?:[\\w-]+\\s+){0,2}?(?:${[...ONE_PERSON, ...KIN].join('|').replace(/ /g, '\\s+')})|(?:[\\w-]+\\s+)?${DEMONYM})\\b`, 'g');

// "one soldier was among those killed"
const SUBSET = new RegExp(`(?<![\\w-])(${NUMBER_PHRASE})${GROUP}\\s+(?:was|were|is|are)\\s+among\\s+(?:those|the)\\s+(${KIND_ALT})\\b`, 'gi');
// "officials said the death toll had risen to 23"
const TOLL = new RegExp(`\\b(?:(?:death\\s+)?toll|number\\s+of\\s+(?:the\\s+)?(?:dead|deaths|fatalities|(?:[a-z]+\\s+){1,2}?killed))\\s+(?:(?:from|in|of)\\s+[^,.;]{1,100}?\\s+)?(?:at|to|of|stood\\s+at|stands\\s+at|rose\\s+to|climbed\\s+to|jumped\\s+to|reached|hit|(?:has|had)\\s+(?:risen|climbed|reached)(?:\\s+to)?)\\s+(${NUMBER_PHRASE})\\b`, 'gi');
// "was killed in the strike along with six others": the named victim plus the others
const ALONG_WITH = new RegExp(`\\b(killed|wounded|injured|abducted|kidnapped)\\b[^.;]{0,80}?\\balong\\s+with\\s+(${NUMBER_PHRASE})\\s+others?\\b`, 'gi');

function kindOf(word: string): CasualtyKind | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  for (const [kind, words] of Object.entries(KIND_WORDS) as Array<[CasualtyKind, readonly string[]]>) {
    if (words.includes(w)) return kind;
  }
  return null;
}

/** The group phrase: leading words up to the first stop word; null when only generic words remain. */
function groupOf(raw: string): { text: string | null; words: string[] } {
  const words: string[] = [];
  for (const w of raw.trim().split(/\s+/).filter(Boolean)) {
    if (GROUP_STOP.has(w.toLowerCase()) || /^[A-Z][a-z]+day$/.test(w)) break;
    words.push(w);
  }
  const meaningful = words.filter((w) => !GENERIC_GROUP.has(w.toLowerCase()));
  return { text: meaningful.length ? meaningful.join(' ') : null, words };
}

// "violence that has killed ...", "unrest which has so far left over N dead": the conflict's running total
const BACKGROUND = new RegExp(`\\b(?:${BACKGROUND_SUBJECTS.join('|')})\\b[^,;]*\\b(?:has|have|had|that|which)\\s+(?:so\\s+far\\s+|already\\s+)?(?:(?:left|claimed|cost)\\s+(?:the\\s+lives\\s+of\\s+)?(?:(?:more\\s+than|over|at\\s+least|nearly|about|around|some|almost|roughly)\\s+)?)?$`);

// "... have been killed in attacks across the country since 2007": a running total over a span (but "in the
// past 24 hours" is one day's toll)
const SINCE = /^[^,;]{0,60}?\b(?:since\s+(?:\d{4}|the\s+(?:start|beginning|outbreak)|the\s+(?:\w+\s+)?(?:cease-?fire|truce|war|conflict|offensive|operation|campaign|uprising|fighting)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months?|decades?)|(?:in|over)\s+the\s+(?:past|last)\s+(?!24\s|twenty-four\s)(?:\d+|\w+)\s+(?:hours|days|weeks|months)|so\s+far\s+this\s+year|in\s+(?:\w+\s+){0,2}(?:days|weeks|months|years)\s+of\b)/i;

// a toll "since last Wednesday" runs over days; "clashes have killed 47 since Sunday" is still the clashes' own
const SINCE_DAY = /^[^,;]{0,60}?\bsince\s+(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)\b/i;

function isBackgroundTotal(text: string, verbAt: number, end = verbAt): boolean {
  return BACKGROUND.test(text.slice(Math.max(0, verbAt - 60), verbAt).toLowerCase()) || SINCE.test(text.slice(end));
}

// "eight guards were killed and five others hurt": the others are not a named victim plus the figure
// the kind verb right after a second count ("... and nine attackers were killed")
const KIND_NEXT = new RegExp(`^\\s+${AUX}(?:${KIND_ALT})\\b`, 'i');
const KIND_BEFORE_AND = new RegExp(`\\b(?:${KIND_ALT})\\s+and\\s+$`, 'i');
const AND_ONE = new RegExp(`^\\s+and\\s+(?:an?|another|one\\s+other)\\s+((?:[A-Za-z-]+\\s+){0,2}?(?:${ONE_PERSON.join('|').replace(/ /g, '\\s+')}))\\b(?!\\s+(?:was|were)\\b)`, 'i');
// "and three policemen", "and her two children": more victims of the same blow
const AND_MORE = new RegExp(`^\\s+and\\s+(?:(?:his|her|their)\\s+)?(${NUMBER_PHRASE})${GROUP}`, 'i');
const FIRST_OF_TWO = new RegExp(`(?<![\\w-])(${NUMBER_PHRASE})${GROUP}\\s+and\\s+$`, 'i');

// "11 soldiers and 17 attackers died": the assailants' own dead are not the attack's toll
const assailants = (g: string): boolean => ASSAILANT_GROUPS.includes(g.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '');


function addOne(r: Range): Range {
  return { min: r.min === null ? null : r.min + 1, max: r.max === null ? null : r.max + 1 };
}

const ASIDE = /,\s+(?:including|among\s+them|(?:most|many|all|one|two|three|four|five|some|several|half)\s+of\s+them|mostly|mainly)\b[^,;]{1,80},\s+(?=[^,;]*$)/i;

// Cheap test first: most sentences name no casualties at all.
const ANY_KIND = new RegExp(`\\b(?:${KIND_ALT}|left|toll|deaths|fatalities|death|murder|slaying|injuries|lives)\\b`, 'i');

/** Casualty figures in `text` (offsets shifted by `offset`), in text order, non-overlapping. */
// A module function, not a closure: tsx names every closure it creates (keepNames), at a cost per call.
function push(found: RawFigure[], offset: number, kind: CasualtyKind | null, range: Range, group: string | null, s: number, e: number, subset = false): void {
  if (!kind || found.some((f) => s < f.end - offset && e > f.start - offset)) return;
  found.push({ kind, range, group, start: s + offset, end: e + offset, subset });
}

/** The figure found at `start` also names the assailants' own dead ("two policemen and six gunmen"). */
function withAssailants(found: RawFigure[], start: number, range: Range): void {
  const figure = found.find((f) => f.start === start);
  if (figure) figure.assailants = range;
}

// "killed about 50 kilometers south", "the toll of almost two months of fighting": a distance, a length
// of time or a share after the number, not a count of people
const MEASURE_AFTER = /^\s+(?:kilomet(?:er|re)s?|km|miles?|met(?:er|re)s?|yards?|feet|hours?|days?|weeks?|months?|years?|decades?|percent|per\s+cent)\b/i;

export function findFigures(text: string, offset = 0): RawFigure[] {
  const found: RawFigure[] = [];
  if (!ANY_KIND.test(text)) return found;
  for (const f of findFormFigures(text)) push(found, offset, f.kind, f.range, f.group, f.start, f.end);
  for (const f of findNominalFigures(text)) {
    push(found, offset, f.kind, f.range, f.group, f.start, f.end);
    if (f.assailants) withAssailants(found, offset + f.start, f.assailants);
    if (f.implicit) {
      const mine = found.find((g) => g.start === offset + f.start);
      if (mine) mine.implicit = true;
    }
  }
  for (const m of /\balong\s+with\b/i.test(text) ? allMatches(ALONG_WITH, text) : []) {
    push(found, offset, kindOf(m[1]!), addOne(parseRange(m[2]!)), null, m.index, m.index + m[0].length);
  }
  for (const m of /\bamong\b/i.test(text) ? allMatches(SUBSET, text) : []) {
    push(found, offset, kindOf(m[3]!), parseRange(m[1]!), groupOf(m[2]!).text, m.index, m.index + m[0].length, true);
  }
  for (const m of /\b(?:toll|number\s+of)\b/i.test(text) ? allMatches(TOLL, text) : []) {
    // "the toll from the offensive has risen to 60 since last week": a running total
    const rest = text.slice(m.index + m[0].length);
    if (MEASURE_AFTER.test(rest)) continue;
    if (!SINCE.test(rest) && !SINCE_DAY.test(rest)) push(found, offset, 'killed', parseRange(m[1]!), null, m.index, m.index + m[0].length);
  }
  for (const m of allMatches(ACTIVE, text)) {
    if (isBackgroundTotal(text, m.index, m.index + m[0].length) || MEASURE_AFTER.test(m[3]!)) continue;
    const group = groupOf(m[3]!);
    const end = m.index + m[0].length - m[3]!.length + (group.words.length ? m[3]!.indexOf(group.words.at(-1)!) + group.words.at(-1)!.length : 0);
    const after = text.slice(end);
    const verb = m[1]!.toLowerCase();
    // "left six people dead": the kind is the adjective after the figure
    const kind = verb === 'left' || verb === 'leaving' ? kindOf(/^\s+(dead|wounded|injured)\b/i.exec(after)?.[1] ?? '') : kindOf(verb);
    // "killing five civilians and three soldiers": both groups are the toll
    const more = group.words.length ? AND_MORE.exec(after) : null;
    if (more && assailants(groupOf(more[2]!).words.join(' ')) && !assailants(m[3]!)) {
      push(found, offset, kind, parseRange(m[2]!), group.text, m.index, end + more[0].length);
      withAssailants(found, offset + m.index, parseRange(more[1]!));
    } else if (more && !KIND_NEXT.test(after.slice(more[0].length))) {
      push(found, offset, kind, sum(parseRange(m[2]!), parseRange(more[1]!)), `${group.text ?? ''} and ${groupOf(more[2]!).text ?? ''}`.trim(), m.index, end + more[0].length);
    } else if (group.words.length && AND_ONE.test(after)) {
      // "killing five civilians and a policeman": one more
      const one = AND_ONE.exec(after)!;
      push(found, offset, kind, addOne(parseRange(m[2]!)), `${group.text ?? ''} and ${one[1]!.replace(/\s+/g, ' ')}`.trim(), m.index, end + one[0].length);
    } else push(found, offset, kind, parseRange(m[2]!), group.text, m.index, end);
    const mine = found.find((f) => f.start === offset + m.index);
    if (mine) mine.byVerb = true;
  }
  for (const m of allMatches(ACTIVE_ONE, text)) {
    // "killed a policeman and two civilians": one more than the second count
    const after = text.slice(m.index + m[0].length);
    const more = AND_MORE.exec(after);
    const also = AND_ONE.exec(after);
    if (more && !KIND_NEXT.test(after.slice(more[0].length))) {
      const group = `${m[2]!.replace(/\s+/g, ' ')} and ${groupOf(more[2]!).text ?? ''}`.trim();
      push(found, offset, kindOf(m[1]!), addOne(parseRange(more[1]!)), group, m.index, m.index + m[0].length + more[0].length);
    } else if (also) {
      // "killing a soldier and a young child": two
      push(found, offset, kindOf(m[1]!), { min: 2, max: 2 }, `${m[2]!} and ${also[1]!}`.replace(/\s+/g, ' '), m.index, m.index + m[0].length + also[0].length);
    } else push(found, offset, kindOf(m[1]!), oneVictim(m[2]!), m[2]!.replace(/\s+/g, ' '), m.index, m.index + m[0].length);
  }
  for (const k of allMatches(KIND_AT, text)) {
    const from = Math.max(0, k.index - 120);
    const end = k.index + k[0].length;
    let window = text.slice(from, end);
    // "20 people, including five children, were killed": the count before the aside
    const aside = window.includes(',') ? ASIDE.exec(window) : null;
    if (aside) window = window.slice(0, aside.index) + window.slice(aside.index + aside[0].length - 1);
    const hit = (window.includes('(') ? PASSIVE_BRACKETS : PASSIVE).exec(window);
    if (!hit || (aside && hit.index >= aside.index)) continue;
    const m = Object.assign(hit, { index: hit.index + from });
    if (isBackgroundTotal(text, m.index, end)) continue;
    const group = groupOf(m[2]!);
    if (group.words.length !== m[2]!.trim().split(/\s+/).filter(Boolean).length) continue;
    if (/\b(?:their|its|his|her)\s+$/i.test(text.slice(0, m.index))) continue;
    // "14 villagers including two teachers have died": the count after "including" is a part of
    // a larger group, never the toll itself
    if (/\b(?:including|among\s+them|among\s+whom|of\s+whom)\s+$/i.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    let range = parseRange(m[1]!);
    // "the consul and two other Canadians were killed": the named one counts too
    const lead = text.slice(Math.max(0, m.index - 40), m.index);
    if (/\bothers?\b/i.test(m[2]!) && /[A-Za-z]\s+and\s+$/.test(lead) && !FIRST_OF_TWO.test(lead) && !KIND_BEFORE_AND.test(lead)) {
      range = addOne(range);
    }
    // "five civilians and three soldiers were killed": both groups are the toll
    const first = FIRST_OF_TWO.exec(text.slice(Math.max(0, m.index - 80), m.index));
    // "six farmers, two guards and nine raiders were killed": the list's earlier items count too
    const head = first ? listBefore(text, m.index - first[0].length) : null;
    const firstRange = first ? (head ? sum(head.range, parseRange(first[1]!)) : parseRange(first[1]!)) : null;
    // "three porters were killed as well as a guide": one more
    const extra = asWellAs(text, end);
    if (extra) range = sum(range, extra.range);
    const to = extra ? end + extra.length : end;
    if (first && assailants(m[2]!) && !assailants(first[2]!)) {
      const at = head?.start ?? m.index - first[0].length;
      push(found, offset, kindOf(m[3]!), firstRange!, groupOf(first[2]!).text, at, to);
      withAssailants(found, offset + at, range);
    } else if (first && !/\bothers?\b/i.test(m[2]!)) {
      const at = head?.start ?? m.index - first[0].length;
      push(found, offset, kindOf(m[3]!), sum(firstRange!, range), `${groupOf(first[2]!).text ?? ''} and ${group.text ?? ''}`.trim(), at, to);
    } else push(found, offset, kindOf(m[3]!), range, group.text, m.index, to);
  }
  for (const m of allMatches(ONE_KILLED, text)) {
    if (found.some((f) => f.kind === kindOf(m[1]!))) continue;
    push(found, offset, kindOf(m[1]!), { min: 1, max: null }, null, m.index, m.index + m[0].length);
    found.at(-1)!.implicit = true;
  }
  // "No one was killed", "nobody was hurt": a denial, no figure (the corpus gives null, not zero)
  for (let i = found.length - 1; i >= 0; i--) {
    const s = found[i]!.start - offset;
    if (/\bno\s+$/i.test(text.slice(Math.max(0, s - 4), s)) || /^(?:nobody|none)\b/i.test(text.slice(s, s + 7))) found.splice(i, 1);
  }
  for (const f of found) {
    const s = f.start - offset;
    // "four died in the explosion, which also injured nine": "also" adds a kind, not more victims of it
    if (isTotalOverAttacks(text, s, f.end - offset)) f.implicit = true;
    const afterOtherKind = found.some((g) => g.start < f.start && g.kind !== f.kind);
    const attackers = f.group !== null && ATTACKER_GROUPS.includes(f.group.split(' ').at(-1)!.toLowerCase());
    if (afterOtherKind || attackers) continue;
    if (/\balso\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, s - 20), s)) || /\balso\b/i.test(text.slice(s, f.end - offset))) f.also = true;
    // "Two more soldiers died of their wounds": more victims of the toll reported before
    else if (/^(?:\S+\s+){1,3}?more\s+(?!than\b)/i.test(text.slice(s, f.end - offset))) f.also = true;
  }
  return found.sort((a, b) => a.start - b.start);
}

/*
 * "The monitoring group said", "a militant group said", "the news agency reported": a description of
 * an organization by what it is, standing for the one organization of that kind the article names.
 */
import type { ActorRef, OrganizationEntity } from '../types.ts';
import type { SpeakerScope } from './speaker-scope.ts';
import type { TokenRange } from './subject.ts';
import type { SentenceView } from './units.ts';
import { PREPOSITIONS, TITLE_HEADS } from './lexicon.ts';

/** What kind of organization a description names, and which organizations fit it. */
interface Description {
  /** Lower-case words of the description that must all be there (modifiers and head). */
  readonly fits: (words: readonly string[]) => boolean;
  readonly accepts: (org: OrganizationEntity) => boolean;
  /** Only the organization named last, shortly before ("the Britain-based group" = the group just named). */
  readonly recent?: boolean;
  /** Organizations that fit best; when any is named, the others are not considered. */
  readonly strong?: (org: OrganizationEntity) => boolean;
}

const GROUP_NOUNS = new Set(['group', 'groups', 'organization', 'organisation', 'movement', 'faction', 'outfit',
  'network', 'militia', 'body', 'alliance']);
const ARMED_MODIFIERS = new Set(['militant', 'rebel', 'insurgent', 'jihadist', 'jihadi', 'extremist', 'armed',
  'terror', 'terrorist', 'islamist', 'separatist', 'guerrilla', 'guerilla', 'paramilitary', 'radical']);
const MONITOR_MODIFIERS = new Set(['monitoring', 'monitor', 'war-monitoring', 'war-monitor', 'rights',
  'watchdog', 'observatory']);
const MONITOR_HEADS = new Set(['watchdog', 'monitor', 'observatory']);
const MONITOR_NAME = /\b(?:Observatory|Monitor|Monitoring|Watch|Rights|Documentation|Network)\b/;
const NEWS_NAME = /\b(?:News|Press|Wire)\b/;
const NEWS_HEADS = new Set(['agency', 'service']);
const AID_MODIFIERS = new Set(['aid', 'relief', 'humanitarian', 'medical', 'charity', 'health', 'charitable']);

const has = (words: readonly string[], set: ReadonlySet<string>): boolean => words.some((w) => set.has(w));
const last = (words: readonly string[]): string => words[words.length - 1] ?? '';

const DESCRIPTIONS: readonly Description[] = [
  // "the militant group", "a rebel movement", "the armed faction": an armed group.
  {
    fits: (w) => GROUP_NOUNS.has(last(w)) && has(w.slice(0, -1), ARMED_MODIFIERS),
    accepts: (o) => o.kind === 'armed_group',
  },
  // "the monitoring group", "a rights group", "the watchdog", "the war monitor": a monitor of the conflict.
  {
    fits: (w) => MONITOR_HEADS.has(last(w)) || (GROUP_NOUNS.has(last(w)) && has(w.slice(0, -1), MONITOR_MODIFIERS)),
    accepts: (o) => MONITOR_NAME.test(o.name) || (o.kind === 'ngo' && !/\b(?:Aid|Relief|Red)\b/.test(o.name)),
    strong: (o) => /\b(?:Observatory|Monitor|Monitoring)\b/.test(o.name),
  },
  // "the news agency", "the state wire service", "a news service": a news agency.
  {
    fits: (w) => NEWS_HEADS.has(last(w)) && (w.includes('news') || w.includes('wire') || w.includes('press')),
    accepts: (o) => o.kind === 'news_agency' || (NEWS_NAME.test(o.name) && o.kind !== 'armed_group') ||
      (/^[A-Z]{2,6}$/.test(o.name) && o.kind === 'other'),
    strong: (o) => o.kind === 'news_agency' || /\bNews\b/.test(o.name),
  },
  // "the aid group", "the medical charity", "a humanitarian organization": an aid organization.
  {
    fits: (w) => last(w) === 'charity' || ((GROUP_NOUNS.has(last(w)) || last(w) === 'agency') && has(w.slice(0, -1), AID_MODIFIERS)),
    accepts: (o) => o.kind === 'ngo' || (o.kind === 'international' && /\b(?:Red|Relief|Aid|Food|Refugees?|Children)\b/.test(o.name)),
  },
  // "the Britain-based group", "the Lakeside-based organization": the group just named, of whatever kind but a state's.
  {
    fits: (w) => GROUP_NOUNS.has(last(w)) && w.length > 1,
    accepts: (o) => o.kind !== 'government' && o.kind !== 'military' && o.kind !== 'international',
    recent: true,
  },
];

/** How far back (in characters, about two sentences) "the Britain-based group" looks for its group. */
const RECENT_CHARS = 400;

/** Words that may stand before the head besides the description's own: "the official", "state-run", "Britain-based". */
const FREE_MODIFIERS = new Set(['official', 'state', 'state-run', 'state-owned', 'government-run', 'main', 'local',
  'international', 'independent', 'leading', 'prominent', 'small', 'little-known', 'shadowy', 'banned', 'outlawed',
  'powerful', 'largest', 'biggest', 'major', 'same', 'human', 'war', 'semi-official', 'private', 'national',
  'regional']);
const DETERMINERS = new Set(['the', 'a', 'an', 'one']);
/** Words that end a description before its head ("a spokesman for the aid group" is no aid group). */
const NOT_ADJECTIVES = new Set([...PREPOSITIONS, ...TITLE_HEADS, 'of', 'the', 'a', 'an', 'and', 'or', 'its', 'their',
  'official', 'officials', 'spokesperson', 'member', 'members', 'leader', 'leaders', 'head', 'who', 'which', 'that']);
/** Modifiers that set a group apart from the one named ("a rival group", "a splinter faction"). */
const CONTRASTIVE = new Set(['rival', 'other', 'another', 'second', 'splinter', 'breakaway', 'new', 'smaller',
  'opposing', 'enemy', 'allied', 'affiliated', 'different', 'unknown', 'unidentified', 'previously']);
const PLAIN = new Set([...ARMED_MODIFIERS, ...MONITOR_MODIFIERS, ...FREE_MODIFIERS, ...AID_MODIFIERS, 'news', 'wire', 'press']);

/** Where a description's head stands among `lower` (after the determiner), or -1. */
function headAt(lower: readonly string[]): number {
  for (let k = 1; k < lower.length && k <= 5; k++) {
    const w = lower[k] ?? '';
    if (GROUP_NOUNS.has(w) || MONITOR_HEADS.has(w) || NEWS_HEADS.has(w) || w === 'charity') return k;
  }
  return -1;
}

/**
 * The organization a descriptive subject ("the militant group", "a monitoring group linked to X",
 * "the Britain-based monitoring group") stands for, or null. Organizations named inside the subject
 * ("linked to X") are not what it stands for; an apposition after a comma is left to the caller.
 * With several organizations of the kind, a definite description takes the one mentioned last before
 * it; an indefinite one stays anonymous.
 */
export function describedOrganization(scope: SpeakerScope, view: SentenceView, range: TokenRange): ActorRef | null {
  const words = view.tokens.slice(range.from, range.to).map((t) => t.text);
  const lower = words.map((w) => w.toLowerCase());
  // "Norland's main rebel group": a possessive name determines the description as "the" does; with no
  // organization of the kind named, the caller keeps the phrase as written.
  if (/^\p{Lu}/u.test(words[0] ?? '') && /^['\u2019]s$/.test(lower[1] ?? '') && range.to - range.from > 3) {
    const inner = describedOrganization(scope, view, { from: range.from + 1, to: range.to });
    return inner?.type === 'anonymous' ? null : inner;
  }
  const det = /^['\u2019]s$/.test(lower[0] ?? '') ? 'the' : lower[0] ?? '';
  const leading = byLeadingHead(scope, lower, view.tokens[range.from]?.start ?? 0);
  if (leading) return leading;
  if (!DETERMINERS.has(det)) return null;
  const head = headAt(lower);
  if (head < 0 || lower[head + 1] === ',' || (lower[head + 1] ?? '').startsWith('(')) return null;
  // "the jihadist group Red Hand": the name stands right there; the caller reads it.
  if (/^\p{Lu}/u.test(words[head + 1] ?? '')) return null;
  // "the group's leader", "the agency's correspondent": a person of the organization, not the organization.
  if (/['\u2019]s?$/.test(lower[head] ?? '') || lower[head + 1] === "'s" || lower[head + 1] === '\u2019s') return null;
  // "a group monitoring the war", "a network tracking casualties": a monitor by what it does.
  const doing = /^(?:monitoring|tracking|documenting|monitors|tracks|documents)$/.test(lower[head + 1] ?? '') ? ['monitoring'] : [];
  const rest = [...doing, ...lower.slice(1, head + 1)];
  const description = DESCRIPTIONS.find((d) => d.fits(rest));
  if (!description) return null;
  const modifiers = words.slice(1, head);
  // Any plain adjective may qualify the description ("the main leftist rebel group"); a word that sets the
  // group apart from another ("a rival rebel group") or a name inside it does not.
  const known = (w: string): boolean => PLAIN.has(w.toLowerCase()) ||
    /^[\p{L}.-]+-(?:based|run|backed|led|linked|aligned|affiliated|allied|funded|supported)$/u.test(w);
  if (!modifiers.every((w) => known(w) || (/^\p{Ll}[\p{Ll}-]*$/u.test(w) && !CONTRASTIVE.has(w) && !NOT_ADJECTIVES.has(w)))) return null;
  const from = view.tokens[range.from]?.start ?? 0;
  const to = view.tokens[range.to - 1]?.end ?? from;
  const outside = (o: OrganizationEntity): boolean => !scope.doc.mentions.some((m) => m.entityKey === o.key && m.start >= from && m.end <= to);
  const fitting = scope.doc.organizations.filter((o) => description.accepts(o) && outside(o) && o.mentions.length > 0);
  const strong = fitting.filter((o) => description.strong?.(o) ?? true);
  const candidates = strong.length > 0 ? strong : fitting;
  const picked = pick(candidates, det, from, description.recent ? from - RECENT_CHARS : -1);
  if (picked) return picked;
  // No organization of the kind: the non-state one named just before (its kind may be unknown), else the
  // phrase itself ("the news agency said" when only a UN body is named is no speaker of that body).
  const unknownKind = scope.doc.organizations.filter((o) => outside(o) && o.kind === 'other');
  const near = candidates.length === 0 ? pick(unknownKind, 'the', from, from - RECENT_CHARS) : null;
  if (near) return near;
  // An adjective of its own ("the world body") leaves an unresolved phrase to the caller's other readings.
  if (!modifiers.every(known)) return null;
  const text = scope.units.text.slice(from, view.tokens[range.from + head]?.end ?? to);
  return { type: 'anonymous', name: text.replace(/^(A|An|One)\s/, (m) => m.toLowerCase()), key: null };
}

/**
 * The one candidate, unless `recent` bounds the search; with several, a definite description takes the
 * one mentioned last before `before` (and after `recent`); an indefinite one none.
 */
function pick(candidates: readonly OrganizationEntity[], det: string, before: number, recent: number): ActorRef | null {
  if (candidates.length === 1 && recent < 0) return toRef(candidates[0]!);
  if (candidates.length === 0 || det !== 'the') return null;
  let best: OrganizationEntity | null = null;
  let bestAt = -1;
  for (const o of candidates) {
    for (const m of o.mentions) if (m.end <= before && m.end > bestAt && m.end >= recent) [best, bestAt] = [o, m.end];
  }
  return best ? toRef(best) : null;
}

/** Heads of institutions whose names may open with them ("Ministry of Defence", "Council for X"). */
const LEADING_HEADS = new Set(['ministry', 'department', 'council', 'office', 'commission', 'committee', 'court',
  'mission', 'command', 'authority', 'directorate', 'bureau', 'league', 'assembly', 'organization', 'organisation',
  'union', 'army', 'secretariat', 'agency']);

/**
 * "The ministry said" when the article wrote "the Ministry of Defence": the organization mentioned last
 * before that opens with the head and a for/of/on part, or ends in it; null when none opens with it.
 */
function byLeadingHead(scope: SpeakerScope, lower: readonly string[], before: number): ActorRef | null {
  const head = lower[1] ?? '';
  if (lower.length !== 2 || lower[0] !== 'the' || !LEADING_HEADS.has(head)) return null;
  const words = (o: OrganizationEntity): string[] => o.name.toLowerCase().replace(/^the\s+/, '').split(/\s+/);
  const opens = (o: OrganizationEntity): boolean => words(o)[0] === head && ['of', 'for', 'on'].includes(words(o)[1] ?? '');
  if (!scope.doc.organizations.some(opens)) return null;
  const fits = scope.doc.organizations.filter((o) => opens(o) || words(o).at(-1) === head);
  return pick(fits, 'the', before, -1);
}

function toRef(o: OrganizationEntity): ActorRef {
  return { type: 'organization', name: o.name, key: o.key };
}

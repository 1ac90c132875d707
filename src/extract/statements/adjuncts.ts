/* The words a speech verb may have between itself and its reported clause: when, where, to whom. */
import { DOCUMENT_HEADS, SETTING_NOUNS, SPEECH_VERBS, WEEKDAYS } from './lexicon.ts';
import { isPunct } from './subject.ts';
import type { SentenceView } from './units.ts';

const TIME_WORDS = new Set(['yesterday', 'today', 'tonight', 'earlier', 'later', 'again', 'also', 'repeatedly',
  'recently', 'previously', 'publicly', 'privately', 'separately', 'further', 'too', 'late', 'early', 'once']);
const MEDIA_NOUNS = new Set(['media', 'outlets', 'press', 'service', 'radio', 'television', 'tv', 'channel', 'network', 'agency', 'newspaper',
  'news', 'station', 'broadcaster', 'website', 'correspondent', 'reporter', 'reporters']);
/** Plural media nouns that may close a bare audience ("told news agencies", "told state media"). */
const MEDIA_PLURALS = new Set(['agencies', 'media', 'outlets', 'newspapers', 'stations', 'networks', 'broadcasters',
  'channels', 'websites', 'reporters', 'journalists', 'correspondents']);
export const AUDIENCE = new Set(['reporters', 'journalists', 'lawmakers', 'parliament', 'parliamentarians', 'legislators',
  'supporters', 'followers', 'residents', 'delegates', 'diplomats', 'students', 'troops', 'crowds', 'viewers',
  'listeners', 'him', 'her', 'them', 'us', 'me', 'congress', 'senators', 'correspondents', 'envoys']);
/** Means by which words reach the reporter: "in an email", "on the phone", "in a video", "by telephone". */
const CHANNELS = new Set(['television', 'radio', 'tv', 'website', 'broadcast', 'email', 'e-mail', 'phone', 'telephone',
  'video', 'call', 'podcast', 'text', 'telegram', 'blog', 'sermon', 'op-ed', 'editorial', 'column', 'channel',
  'account', 'page', 'feed', 'site', 'platform']);
/** Participles after a document or channel noun: "in a report released Tuesday", "in a video posted online". */
const DOCUMENT_PARTICIPLES = new Set(['released', 'issued', 'published', 'posted', 'seen', 'obtained', 'sent',
  'carried', 'broadcast', 'aired', 'shared', 'uploaded', 'circulated', 'read', 'televised', 'distributed']);
/** Unnamed places a speaker speaks from, when "that" follows: "said from the capital that ...". */
const SPEAKING_PLACES = new Set(['capital', 'city', 'town', 'village', 'scene', 'hospital', 'border', 'front', 'camp',
  'region', 'province', 'district', 'area', 'base', 'headquarters', 'office', 'palace', 'embassy', 'port', 'site']);
/** What a speaker says, as a setting: "in televised remarks", "in his comments". */
const REMARK_NOUNS = new Set(['remarks', 'comments', 'statements', 'interviews', 'speeches', 'messages', 'posts', 'tweets']);
/** "said on condition of anonymity", "on the condition that he not be named": why the source is unnamed. */
const ANONYMITY_END = new Set(['anonymity', 'named', 'identified', 'quoted']);

/** Time nouns after a demonstrative "that" ("that night"): a time phrase, not the start of a reported clause. */
const THAT_TIMES = new Set(['day', 'night', 'morning', 'evening', 'afternoon', 'week', 'weekend', 'month', 'year']);

/** "told reporters in the capital ...": an unnamed place after the audience (`in/at/from the <place noun>`); its end or -1. */
export function unnamedPlaceEnd(view: SentenceView, i: number): number {
  const w = view.lower[i] ?? '';
  if (!['in', 'at', 'from'].includes(w) || !['the', 'a'].includes(view.lower[i + 1] ?? '')) return -1;
  return SPEAKING_PLACES.has(view.lower[i + 2] ?? '') ? i + 3 : -1;
}

export function cap(view: SentenceView, i: number): boolean {
  return /^\p{Lu}/u.test(view.tokens[i]?.text ?? '');
}

/** One adjunct starting at `i` (time, "in a statement", "at a news conference in X", "in X"); its end or -1. */
export function adjunctEnd(view: SentenceView, i: number): number {
  const w = view.lower[i] ?? '';
  const next = view.lower[i + 1] ?? '';
  // "said Tuesday's attack killed ...": a possessive weekday opens the reported clause.
  if (/^['\u2019]s$/.test(next)) return -1;
  if (WEEKDAYS.has(w) || TIME_WORDS.has(w)) {
    let k = i + 1;
    if (WEEKDAYS.has(view.lower[k] ?? '')) k++;
    if (['night', 'morning', 'afternoon', 'evening'].includes(view.lower[k] ?? '')) k++;
    return k;
  }
  if (w === 'on' && WEEKDAYS.has(next)) return adjunctEnd(view, i + 1);
  // "said that evening", "told reporters that night that ...": a demonstrative time phrase, no "that"-clause.
  if (w === 'that' && THAT_TIMES.has(next) && !/^['\u2019]s$/.test(view.lower[i + 2] ?? '')) return i + 2;
  if (w === 'on' && (next === 'condition' || (next === 'the' && view.lower[i + 2] === 'condition'))) {
    for (let k = i + 2; k < Math.min(view.tokens.length, i + 14); k++) if (ANONYMITY_END.has(view.lower[k] ?? '')) return becauseNotAuthorized(view, k + 1);
    return -1;
  }
  if (w === 'anonymously') return i + 1;
  if (w === 'on' && next === 'social' && ['media', 'networks', 'network'].includes(view.lower[i + 2] ?? '')) return i + 3;
  // "in a report released Tuesday that ...": the participle tells about the document, not the report.
  const prev = view.lower[i - 1] ?? '';
  if (DOCUMENT_PARTICIPLES.has(w) && (DOCUMENT_HEADS.has(prev) || CHANNELS.has(prev) || SETTING_NOUNS.has(prev))) {
    const k = i + 1;
    if (view.lower[k] === 'online') return k + 1;
    const time = adjunctEnd(view, k);
    return time > k ? time : k;
  }
  if (w === 'last' && ['week', 'month', 'year', 'night', 'weekend'].includes(next)) return i + 2;
  // "said last Tuesday that ...", "last Friday night".
  if (w === 'last' && WEEKDAYS.has(next)) return ['night', 'morning', 'afternoon', 'evening'].includes(view.lower[i + 2] ?? '') ? i + 3 : i + 2;
  if ((w === 'this' || w === 'on') && ['week', 'month', 'year', 'morning', 'afternoon', 'evening'].includes(next)) return i + 2;
  // "said in a text message to reporters that ...": the audience the words went to.
  if (w === 'to' && AUDIENCE.has(next) && next !== 'him' && next !== 'her' && next !== 'them') return i + 2;
  // "said from the capital that ...", "told reporters at the scene that ...": an unnamed place, then "that".
  if ((w === 'in' || w === 'from' || w === 'at') && ['the', 'a', 'his', 'her', 'its', 'their'].includes(next)) {
    for (let k = i + 2; k < Math.min(view.tokens.length, i + 5); k++) {
      if (SPEAKING_PLACES.has(view.lower[k] ?? '') && view.lower[k + 1] === 'that') return k + 1;
      if (!/^[a-z-]+$/.test(view.tokens[k]?.text ?? '')) break;
    }
  }
  if ((w === 'in' || w === 'at' || w === 'on' || w === 'during' || w === 'to' || w === 'via' || w === 'through') &&
      ['a', 'an', 'the', 'his', 'her', 'its', 'their'].includes(next)) {
    // "in a statement", "at a news conference in X with Y", "on state television", "to a news conference"
    for (let k = i + 2; k < Math.min(view.tokens.length, i + 7); k++) {
      const lk = view.lower[k] ?? '';
      if (SETTING_NOUNS.has(lk) || DOCUMENT_HEADS.has(lk) || CHANNELS.has(lk) || REMARK_NOUNS.has(lk)) {
        let end = k + 1;
        // "radio address", "Telegram channel"
        while (SETTING_NOUNS.has(view.lower[end] ?? '') || DOCUMENT_HEADS.has(view.lower[end] ?? '') || CHANNELS.has(view.lower[end] ?? '')) end++;
        while (['in', 'on', 'at', 'with'].includes(view.lower[end] ?? '') && cap(view, end + 1)) {
          end += 2;
          while (cap(view, end) || ['of', "'s", '-'].includes(view.lower[end] ?? '')) end++;
        }
        return end;
      }
      if (isPunct(lk) || lk === 'that') break;
    }
    return -1;
  }
  // "said in televised remarks that ...", "in written comments": a setting without a determiner.
  if ((w === 'in' || w === 'during') && /^[a-z-]+$/.test(view.tokens[i + 1]?.text ?? '')) {
    for (let k = i + 1; k < Math.min(view.tokens.length, i + 4); k++) {
      const lk = view.lower[k] ?? '';
      if (REMARK_NOUNS.has(lk) || SETTING_NOUNS.has(lk) || CHANNELS.has(lk)) return k + 1;
      if (!/^[a-z-]+$/.test(view.tokens[k]?.text ?? '') || lk === 'that') break;
    }
  }
  // "said in Geneva", "confirmed to VOA", "told to the BBC": a place or an audience by name.
  if ((w === 'in' || w === 'from' || w === 'on' || w === 'to') && cap(view, i + 1)) {
    let k = i + 1;
    while (cap(view, k) || (view.lower[k] === "'s" && cap(view, k + 1))) k++;
    return k;
  }
  if (w === 'on' && /^\d/.test(next)) return i + 2;
  if ((w === 'by' || w === 'via') && CHANNELS.has(next)) return i + 2; // "said by phone that ..."

  return -1;
}

/**
 * ", speaking on condition of anonymity because ..., that ...": a participle or condition phrase set
 * off by commas between the verb and its clause; the index after its closing comma, or -1.
 */
export function insertedPhraseEnd(view: SentenceView, comma: number): number {
  const first = view.lower[comma + 1] ?? '';
  if (!/[a-z]ing$/.test(first) || SPEECH_VERBS.has(first)) return -1;
  for (let k = comma + 2; k < Math.min(view.tokens.length, comma + 30); k++) {
    if (view.lower[k] === ',') return k + 1;
  }
  return -1;
}

/** End of a `told` audience: a pronoun/known word, a capitalised name, or a short "a/the ..." phrase. */
export function skipAudience(view: SentenceView, i: number): number {
  const w = view.lower[i] ?? '';
  if (AUDIENCE.has(w)) return i + 1;
  if (cap(view, i)) {
    let k = i;
    while (cap(view, k) || view.lower[k] === "'s" || view.lower[k] === 'of') k++;
    while (MEDIA_NOUNS.has(view.lower[k] ?? '')) k++; // "told the BBC's Hausa service"
    return k;
  }
  if (w === 'the' && cap(view, i + 1)) return skipAudience(view, i + 1); // "told the BBC's Hausa service"
  // "told news agencies", "told local reporters", "told state media": a bare plural audience with its modifiers.
  for (let k = i; k < Math.min(view.tokens.length, i + 3) && /^\p{Ll}[\p{Ll}-]*$/u.test(view.tokens[k]?.text ?? ''); k++) {
    const lk = view.lower[k] ?? '';
    if (k > i && (AUDIENCE.has(lk) || MEDIA_PLURALS.has(lk))) return k + 1;
  }
  if (['a', 'an', 'the', 'his', 'her', 'their', 'its'].includes(w)) {
    for (let k = i + 1; k < Math.min(view.tokens.length, i + 6); k++) {
      const lk = view.lower[k] ?? '';
      if (SETTING_NOUNS.has(lk) || AUDIENCE.has(lk) || (MEDIA_NOUNS.has(lk) && lk !== 'news')) return k + 1;
      if (/[^s]s$/.test(lk) && lk !== 'news' && !SETTING_NOUNS.has(view.lower[k + 1] ?? '')) return k + 1;
      if (isPunct(lk)) return -1;
    }
  }
  return -1;
}

/**
 * "on condition of anonymity because he was not authorized to brief reporters that ...": the reason
 * belongs with the anonymity; the end is the "that" that opens the report, or `at` when there is none.
 */
function becauseNotAuthorized(view: SentenceView, at: number): number {
  if (view.lower[at] !== 'because') return at;
  let reason = false;
  for (let k = at + 1; k < Math.min(view.tokens.length, at + 20); k++) {
    const w = view.lower[k] ?? '';
    if (isPunct(w) || w === '.') return at;
    if (['authorized', 'authorised', 'allowed', 'permitted', 'cleared', 'empowered'].includes(w)) reason = true;
    if (w === 'that' && reason) return k;
  }
  return at;
}

import type { Complement } from './complement.ts';
import type { SubjectFind } from './subject.ts';
import type { ActorRef } from '../types.ts';

/** A statement before keys, places and dates are settled. */
export interface Draft {
  kind: 'direct' | 'indirect';
  speakers: ActorRef[];
  quote: string;
  /** Offsets of the quoted words (direct: inside the marks; indirect: the reported clause). */
  start: number;
  end: number;
  sentenceIndex: number;
  /** Where the attribution is, for ordering and pronouns: the speech verb or the quote. */
  anchor: number;
  /** Stretches outside the quote that may say where and when it was said. */
  setting: Array<[number, number]>;
  /** Direct quotes attributed after the closing mark: where the attribution ends (for split quotes). */
  attributionEnd?: number;
  /** False when the setting was told after the fact ("X made the announcement in Y"): it does not carry on. */
  settingCarries?: boolean;
}

/** Words as the scorer counts them: letters and digits, inner apostrophes kept. */
export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu) ?? []).length;
}

/** A report about the speakers themselves ("they would ...", "they shot down ..."): a pronoun subject. */
const BACKSHIFTED = /^(?:they|he|she|it|we|i)\s+[a-z]+/i;
const NARRATION = /,\s+and\s+((?:the\s+)?[\p{L}'\u2019.-]+(?:\s+[\p{L}'\u2019.-]+){0,3}?)\s+([a-z]+ed|met|held|began|went|came|took|gave|made|left|sent|struck|fought|flew|fled|spoke|wrote|won|lost|kept|brought|built|drove|led|saw|stood|sat|rode)\b/u;
const NOT_SUBJECT = /\b(?:would|could|might|will|had|has|have|should|may|must|was|were|is|are|they|he|she|it|we|that|then|not)\b/i;

/**
 * "they would hold talks, and European leaders gathered in X", "they shot down drones, and leaders met
 * in X": a report of the speakers' own doings, then a new subject in the simple past is the reporter's
 * narration, not part of the report.
 */
export function cutNarration(text: string): string {
  if (!BACKSHIFTED.test(text)) return text;
  const own = SECOND_PREDICATE.exec(text);
  const head = own ? text.slice(0, own.index) : '';
  if (own && (PROGRESSIVE_OR_MODAL.test(head) || (/\balso\s*$/.test(own[0]) && /^\S+\s+had\b/i.test(head)))) text = head;
  const m = NARRATION.exec(text);
  return m && !NOT_SUBJECT.test(m[1] ?? '') ? text.slice(0, m.index) : text;
}

/** A report in the progressive or with a modal ("they were acting ...", "it would halt ..."); "had ..., and also". */
const PROGRESSIVE_OR_MODAL = /^(?:they|he|she|it|we|i)\s+(?:(?:was|were)\s+[a-z]+ing|would|could|will|might)\b/i;
/**
 * "insisted they were guarding the depot and demanded an inquiry": a simple past after "and" cannot
 * continue a progressive or modal report (no auxiliary to share), so it is the speakers' next act.
 */
const SECOND_PREDICATE = /,?\s+and\s+(?:also\s+)?(?=[a-z]+ed\b(?!\s+by\b))/;

/** Trims spaces and a trailing comma, period, semicolon or colon that the sentence, not the quote, owns. */
export function trimClause(text: string): string {
  return text
    .replace(/,\s+according to [^,;]+[.;]?\s*$/i, '')
    // "..., a claim the ministry denied" / "-- a charge X denies": the reporter's comment on the report.
    .replace(/\s*(?:,|--|\u2014|\u2013)\s*(?:a|an)\s+(?:claim|charge|allegation|assertion|accusation)\b[^.;]*[.;]?\s*$/i, '')
    // "12 were hurt, but police later revised the figure": what happened later is the reporter's narration.
    .replace(/,?\s+but\s+(?:the\s+)?[\p{L}.'-]+(?:\s+[\p{L}.'-]+){0,2}?\s+(?:later|subsequently)\s+[a-z]+\b[^;]*[.;]?\s*$/u, '')
    // "..., but did not give details": the reporter's note on the source, not the report.
    .replace(/,?\s+(?:but|and)\s+(?:did not|didn't|declined to|refused to|would not|gave no|offered no|provided no)\s+(?:say|give|elaborate|provide|comment|identify|disclose|offer|specify)\b[^.;]*[.;]?\s*$/i, '')
    // "..., though the group often inflates its tolls": the reporter's reservation, not the report.
    .replace(/,\s+(?:though|although)\s+[^;]*$/i, '')
    // "the talks had moved forward but was silent on the cost": how the source spoke, not what it said.
    .replace(/,?\s+but\s+(?:was|were)\s+(?:vague|silent|noncommittal|evasive|tight-lipped|reticent)\b[^.;]*[.;]?\s*$/i, '').replace(/^[\s,:;]+/, '').replace(/[\s,;:.]+$/, '').trim();
}

/** A speech clause in a sentence: verb, subject, and reported clause (when it has one). */
export interface SpeechClause {
  verb: number;
  subject: SubjectFind;
  complement: Complement | null;
}

const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)';
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** "On Thursday, ", "Late Monday night, ", "Earlier on Friday, ", "On March 3, ": a time that opens the sentence. */
const TIME_OPENER = new RegExp(`^(?:(?:late|early|earlier|later)\\s+)?(?:on\\s+)?(?:${DAY}(?:\\s+(?:morning|afternoon|evening|night))?|${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH}),\\s+`, 'i');

/**
 * Length of a time phrase opening a clause that a closing attribution reports ("On Thursday, X hit Y,
 * officials said"): when the reporter dates the event, the date is the sentence's, not the speaker's words.
 */
export function timeOpenerLength(text: string): number {
  return TIME_OPENER.exec(text)?.[0].length ?? 0;
}

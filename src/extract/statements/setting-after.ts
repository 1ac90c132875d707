import type { Draft } from './draft.ts';
import { resolveSpeakers, type SpeakerScope } from './speaker.ts';
import { mainSubject } from './subject.ts';
import type { SentenceView } from './units.ts';

const ACT_NOUNS = new Set(['announcement', 'remarks', 'comments', 'statement', 'speech', 'address', 'appeal']);

/**
 * "X said A. X made the announcement after talks in Y.": a sentence right after a statement that says
 * where its speaker made it. Returns true when `view` is such a sentence for the drafts just before,
 * and adds the sentence to their setting stretches (for place and date).
 */
export function settingAfter(scope: SpeakerScope, view: SentenceView, before: Draft[]): boolean {
  const last = before[before.length - 1];
  if (!last || last.sentenceIndex !== view.sentence.index - 1) return false;
  const at = view.lower.slice(0, 8).findIndex((w) => ['made', 'delivered', 'gave', 'issued', 'spoke', 'was'].includes(w));
  const subj = mainSubject(view);
  if (at <= 0 || !subj || subj.from >= at) return false;
  subj.to = at;
  const verb = view.lower[at] ?? '';
  const made = ['made', 'delivered', 'gave', 'issued'].includes(verb) &&
    view.lower.slice(subj.to + 1, subj.to + 4).some((w) => ACT_NOUNS.has(w));
  const spoke = verb === 'spoke' || (verb === 'was' && view.lower[subj.to + 1] === 'speaking');
  if (!made && !spoke) return false;
  const speaker = resolveSpeakers(scope, view, subj)[0];
  if (!speaker || speaker.name !== last.speakers[0]?.name) return false;
  for (const d of before) {
    if (d.sentenceIndex === last.sentenceIndex && d.speakers[0]?.name === speaker.name) {
      d.setting.push([view.sentence.start, view.sentence.end]);
      d.settingCarries = false;
    }
  }
  return true;
}
